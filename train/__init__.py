"""Train and score compact Llama-style language models on hornbook corpora.

The pipeline is: `encode_documents` turns texts into one token stream, `train` fits a
`Transformer` shaped by a `TrainConfig` preset into a run directory (resumable), and
`score_run` measures held-out loss and tokenizer-independent bits per byte.
"""

from hornbook.tokenizer.stream import encode_documents
from hornbook.train.data import TokenBatcher, iter_eval_batches
from hornbook.train.metrics_log import read_metrics
from hornbook.train.model import ModelConfig, Transformer
from hornbook.train.presets import PRESETS, TrainConfig, get_preset
from hornbook.train.score import load_model, score_run
from hornbook.train.trainer import train

__all__ = [
    "PRESETS",
    "ModelConfig",
    "TokenBatcher",
    "TrainConfig",
    "Transformer",
    "encode_documents",
    "get_preset",
    "iter_eval_batches",
    "load_model",
    "read_metrics",
    "score_run",
    "train",
]
