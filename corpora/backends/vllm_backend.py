"""The `vllm` backend: DataTrove starts a vLLM server on local GPUs and drives it.

GPU use
-------
`pip install 'hornbook[vllm]'` (Linux, NVIDIA GPUs, a CUDA build of torch that matches
vLLM's; vLLM brings its own). Then::

    generator:
      backend: vllm
      model: HuggingFaceTB/SmolLM2-360M-Instruct   # a hub id or a local directory
      tensor_parallel: 2     # GPUs per server: the model's layers split across them
      data_parallel: 1       # model replicas per server (each on tensor_parallel GPUs)
      concurrency: 256       # requests in flight; vLLM batches them, so go high
      max_tokens: 512

Each DataTrove task (`executor.tasks`) starts one `vllm serve` on a free localhost port
with `--tensor-parallel-size tensor_parallel --data-parallel-size data_parallel`, so one
task needs `tensor_parallel * data_parallel` GPUs; with several tasks on one machine, set
`executor.workers` so that workers * tp * dp <= GPUs (and give each its GPUs with
`CUDA_VISIBLE_DEVICES`, or run one task per node with the Slurm executor). Requests go
through the same cached, retried path as the `openai` backend (see `inference_fixes`),
so a killed build resumes without generating anything twice. The server's context is
`max_tokens + 1024` tokens (prompts are short). Offline machines need the model on disk
(`HF_HUB_OFFLINE=1`, a local path as `model`).

vLLM cannot run on CPU-only machines; there the build stops before any stage starts with
a `UserError` that says how to install it.
"""

from __future__ import annotations

import importlib
from typing import Any

from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import GeneratorSpec

INSTALL_HINT = (
    "generator.backend 'vllm' needs vLLM, which is not installed here: install the extra "
    "with `pip install 'hornbook[vllm]'` (Linux with NVIDIA GPUs), or use "
    "`backend: openai` with the base_url of a running vLLM (or any OpenAI-compatible) server"
)


def require_vllm() -> None:
    """Raise a UserError saying how to install vLLM when it cannot be imported."""
    try:
        importlib.import_module("vllm")
    except ImportError as exc:
        raise UserError(f"{INSTALL_HINT} ({type(exc).__name__}: {exc})") from None


def vllm_config_options(gen: GeneratorSpec) -> dict[str, Any]:
    """`InferenceConfig` fields for a vLLM server from the generator spec.

    DataTrove turns `tp`/`dp` into `--tensor-parallel-size`/`--data-parallel-size`
    (only when > 1) and `model_max_context` into `--max-model-len`.
    """
    return {
        "server_type": "vllm",
        "model_name_or_path": gen.model,
        "tp": gen.tensor_parallel,
        "dp": gen.data_parallel,
        "model_max_context": gen.max_tokens + 1024,
        "endpoint_url": None,
    }
