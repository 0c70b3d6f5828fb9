"""Scoring a trained run: held-out loss, bits per byte, and a few samples.

Loss per token depends on the tokenizer (a byte model predicts many easy tokens, a BPE
model fewer hard ones), so runs with different tokenizers are compared on bits per byte
instead: the same total information, divided by the same number of bytes of text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from hornbook.corpora.errors import UserError
from hornbook.corpora.vocabulary import Vocabulary, load_vocabulary
from hornbook.tokenizer.base import Tokenizer
from hornbook.train.contamination import overlap, training_ngrams
from hornbook.train.evalsets import EvalSet
from hornbook.train.model import ModelConfig, Transformer
from hornbook.train.presets import TrainConfig
from hornbook.train.trainer import (
    CHECKPOINT_NAME,
    CONFIG_NAME,
    load_checkpoint,
    pick_device,
    write_json,
)

SCORE_NAME = "score.json"
# Upper bound on tokens per scoring forward pass; keeps memory flat whatever the docs.
_TOKENS_PER_BATCH = 16384
_PROMPT_WORDS = 4


@dataclass(frozen=True)
class LoadedRun:
    """A run's model (in eval mode), the TrainConfig it was trained with, and the step of its
    checkpoint: read once and handed to every scorer of the run (loss, samples, math)."""

    model: Transformer
    config: TrainConfig
    step: int


def load_model(
    run_dir: Path, device: str | torch.device | None = None
) -> tuple[Transformer, TrainConfig]:
    """The model of `run_dir/ckpt.pt` in eval mode, and the TrainConfig it was trained with.

    The model shape is read from `config.json` when present (it is what the trainer
    resolved), falling back to the copy inside the checkpoint.
    """
    loaded = load_run(run_dir, device)
    return loaded.model, loaded.config


def load_run(run_dir: Path, device: str | torch.device | None = None) -> LoadedRun:
    """`load_model` plus the checkpoint's step, from a single read of the checkpoint."""
    run_dir = Path(run_dir)
    if not (run_dir / CHECKPOINT_NAME).exists():
        raise UserError(f"no checkpoint {CHECKPOINT_NAME} in {run_dir}; train the run first")
    device = torch.device(device) if device is not None else pick_device()
    ckpt = load_checkpoint(run_dir, map_location=device)
    config_path = run_dir / CONFIG_NAME
    if config_path.exists():
        saved = json.loads(config_path.read_text(encoding="utf-8"))
        model_dict, train_dict = saved["model_config"], saved["train_config"]
    else:
        model_dict, train_dict = ckpt["model_config"], ckpt["train_config"]
    model = Transformer(ModelConfig(**model_dict)).to(device)
    model.load_state_dict(ckpt["model"])
    model.eval()
    return LoadedRun(model, TrainConfig.from_dict(train_dict), int(ckpt["step"]))


def _chunks(ids: list[int], window: int) -> list[tuple[list[int], list[int]]]:
    """(inputs, targets) chunks covering every prediction of `ids` after its first token.

    Chunk k feeds `ids[k*window : k*window + window]` and predicts the next token at
    each position, so consecutive chunks overlap by one token: a chunk's first input is
    the previous chunk's last target, the only context carried across the cut.
    """
    out = []
    for start in range(0, len(ids) - 1, window):
        piece = ids[start : start + window + 1]
        out.append((piece[:-1], piece[1:]))
    return out


@torch.no_grad()
def _total_nll(
    model: Transformer, sequences: list[list[int]], pad_id: int, device: torch.device
) -> tuple[float, int]:
    """Summed NLL (nats) and number of predicted tokens over all `sequences`."""
    window = model.config.max_seq_len
    chunks = [chunk for ids in sequences for chunk in _chunks(ids, window)]
    # Sorting by length makes padded batches nearly rectangular; the total does not
    # depend on the order.
    chunks.sort(key=lambda c: len(c[0]), reverse=True)
    total, count, i = 0.0, 0, 0
    while i < len(chunks):
        width = len(chunks[i][0])
        batch = chunks[i : i + max(1, _TOKENS_PER_BATCH // width)]
        i += len(batch)
        x = torch.full((len(batch), width), pad_id, dtype=torch.long)
        y = torch.full((len(batch), width), -100, dtype=torch.long)
        for row, (inputs, targets) in enumerate(batch):
            # Right padding is safe: causal attention never lets a position see the pads.
            x[row, : len(inputs)] = torch.tensor(inputs)
            y[row, : len(targets)] = torch.tensor(targets)
        nll = model.token_nll(x.to(device), y.to(device))
        total += float(nll.double().sum())
        count += int((y != -100).sum())
    return total, count


def measure_texts(
    model: Transformer, tokenizer: Tokenizer, docs: Sequence[str], device: torch.device
) -> dict[str, Any]:
    """Loss and bits per byte of `model` on `docs` (definitions in `score_run`).

    Keys: `docs`, `tokens`, `bytes`, `loss` (nats per predicted token), `bits_per_byte`
    and `tokens_per_byte`.
    """
    encoded = tokenizer.encode_batch(list(docs))
    sequences = [[tokenizer.bos_id, *ids, tokenizer.eos_id] for ids in encoded]
    total_nll, n_tokens = _total_nll(model, sequences, tokenizer.pad_id, device)
    n_bytes = sum(len(text.encode("utf-8")) + 1 for text in docs)
    return {
        "docs": len(docs),
        "tokens": n_tokens,
        "bytes": n_bytes,
        "loss": total_nll / n_tokens,
        "bits_per_byte": total_nll / math.log(2) / n_bytes,
        "tokens_per_byte": n_tokens / n_bytes,
    }


def score_eval_sets(
    model: Transformer,
    tokenizer: Tokenizer,
    eval_sets: Sequence[EvalSet],
    device: torch.device,
    train_texts: Sequence[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """`measure_texts` on each evaluation set, keyed by set name, with where it came from.

    With `train_texts` (the run's training split) each set also gets `contamination`: its
    13-gram overlap with that text and whether the score is flagged (`train.contamination`).
    """
    train_hashes = training_ngrams(train_texts) if train_texts is not None and eval_sets else None
    results: dict[str, dict[str, Any]] = {}
    for evalset in eval_sets:
        entry: dict[str, Any] = {"kind": evalset.kind, "source": evalset.source}
        entry |= measure_texts(model, tokenizer, evalset.texts, device)
        if train_hashes is not None:
            entry["contamination"] = overlap(evalset.texts, train_hashes)
        results[evalset.name] = entry
    return results


def _samples(
    model: Transformer,
    texts: Sequence[str],
    tokenizer: Tokenizer,
    num_samples: int,
    max_new_tokens: int,
    seed: int,
    temperature: float,
    top_k: int | None,
    device: torch.device,
) -> list[dict[str, str]]:
    """Stories sampled from BOS alone, then from the first words of evenly spaced docs.

    `text` is the whole decoded story, prompt included, because decoding a continuation
    on its own can lose the space that joins it to the prompt.
    """
    generator = torch.Generator(device=device).manual_seed(seed)
    prompts = [""]
    if texts:
        for k in range(num_samples - 1):
            doc = texts[(k * len(texts)) // max(1, num_samples - 1)]
            prompts.append(" ".join(doc.split()[:_PROMPT_WORDS]))
    else:
        prompts *= num_samples
    samples = []
    for prompt in prompts[:num_samples]:
        ids = [tokenizer.bos_id] + (tokenizer.encode(prompt) if prompt else [])
        idx = torch.tensor([ids], dtype=torch.long, device=device)
        out = model.generate(
            idx,
            max_new_tokens,
            temperature=temperature,
            top_k=top_k,
            eos_id=tokenizer.eos_id,
            generator=generator,
        )
        samples.append({"prompt": prompt, "text": tokenizer.decode(out[0].tolist())})
    return samples


def samples_vocab_compliance(
    samples: Sequence[dict[str, str]], vocabulary: str | Vocabulary
) -> dict[str, Any]:
    """How well generated stories keep to a vocabulary: the mean out-of-vocabulary rate.

    Only the generated continuation is checked (the prompt came from a validation story,
    so counting it would flatter the model). The rate of one sample is the share of its
    word tokens that the vocabulary does not know, with the same rules as curation
    (inflections, function words and names count as known); the mean is unweighted, so a
    short sample counts as much as a long one.
    """
    vocab = load_vocabulary(vocabulary) if isinstance(vocabulary, str) else vocabulary
    per_sample = []
    for sample in samples:
        generated = _continuation(sample)
        per_sample.append(
            {"oov_rate": vocab.oov_rate(generated), "oov_words": vocab.oov_words(generated)}
        )
    mean = sum(s["oov_rate"] for s in per_sample) / len(per_sample) if per_sample else 0.0
    return {"vocabulary": vocab.source, "mean_oov_rate": mean, "per_sample": per_sample}


def _continuation(sample: dict[str, str]) -> str:
    """The part of a sample the model wrote: its text after the prompt."""
    prompt, text = sample.get("prompt", ""), sample["text"]
    return text[len(prompt) :] if prompt and text.startswith(prompt) else text


def score_run(
    run_dir: Path,
    val_texts: Sequence[str],
    tokenizer: Tokenizer,
    num_samples: int = 4,
    max_new_tokens: int = 200,
    seed: int = 0,
    max_docs: int | None = 500,
    temperature: float = 0.8,
    top_k: int | None = None,
    *,
    vocabulary: str | None = None,
    judge: dict[str, Any] | None = None,
    eval_sets: Sequence[EvalSet] = (),
    train_texts: Sequence[str] | None = None,
    loaded: LoadedRun | None = None,
) -> dict[str, Any]:
    """Score the run in `run_dir` on held-out documents; write and return `score.json`.

    `loaded`: the run's model as `load_run` returned it, when the caller needs the model
    for more scoring (math) and should not read the checkpoint twice.

    Definitions, over the first `max_docs` documents of `val_texts`:

    - each document is the sequence `[bos] + encode(text) + [eos]`, and every token after
      BOS is predicted (the text tokens and the EOS). Documents longer than the context
      are cut into consecutive windows of `max_seq_len` predictions; each window after
      the first sees only the previous window's last token as context, which slightly
      overstates the loss of long documents but never double-counts a token;
    - `val_tokens`: the number of predicted tokens; `val_docs`: the number of documents;
    - `val_loss`: mean negative log-likelihood per predicted token, in nats;
    - `val_bytes`: sum over documents of `len(text.encode("utf-8")) + 1`, the +1 being
      the EOS, counted as one byte like a document separator;
    - `bits_per_byte`: total NLL / ln(2) / val_bytes, comparable across tokenizers;
    - `tokens_per_byte`: val_tokens / val_bytes, how much the tokenizer compresses;
    - `step`: the training step of the checkpoint;
    - `samples`: `num_samples` stories sampled with a generator seeded by `seed` (so
      they are deterministic on a given device), the first from BOS alone, the others
      prompted with BOS plus the first few words of a validation document; each is
      `{"prompt", "text"}`, `text` being the full story including the prompt;
    - with `vocabulary` (a vocabulary name such as "child", or a path), also
      `samples_vocab_compliance`: `{"vocabulary", "mean_oov_rate", "per_sample"}`, see
      `samples_vocab_compliance`;
    - with `judge` (keyword arguments of `train.judge.judge_samples`: at least `base_url`
      and `model`), also `judge`: the LLM judge's grades of the samples;
    - `evals`: per evaluation set in `eval_sets` (see `train.evalsets`), keyed by its name,
      `{kind, source, docs, tokens, bytes, loss, bits_per_byte, tokens_per_byte}` with the
      same definitions, every document of the set scored; with `train_texts` also
      `contamination` (see `train.contamination`). Empty when no set is given.
    """
    run_dir = Path(run_dir)
    # Checked before any model work, so a misspelt vocabulary or judge fails in a second.
    vocab = load_vocabulary(vocabulary) if vocabulary is not None else None
    if judge is not None and not {"base_url", "model"} <= judge.keys():
        raise UserError(f"judge needs at least base_url and model, got {sorted(judge)}")
    loaded = loaded if loaded is not None else load_run(run_dir)
    model, step = loaded.model, loaded.step
    device = next(model.parameters()).device
    if model.config.vocab_size != tokenizer.vocab_size:
        raise UserError(
            f"run {run_dir} was trained with a vocabulary of {model.config.vocab_size} ids, "
            f"but the tokenizer has {tokenizer.vocab_size}; score with the run's tokenizer"
        )
    docs = list(val_texts if max_docs is None else val_texts[:max_docs])
    if not docs:
        raise UserError("no validation documents to score")
    own = measure_texts(model, tokenizer, docs, device)

    result: dict[str, Any] = {
        "step": step,
        "val_docs": own["docs"],
        "val_tokens": own["tokens"],
        "val_bytes": own["bytes"],
        "val_loss": own["loss"],
        "bits_per_byte": own["bits_per_byte"],
        "tokens_per_byte": own["tokens_per_byte"],
        "evals": score_eval_sets(model, tokenizer, eval_sets, device, train_texts),
        "tokenizer_kind": tokenizer.kind,
        "vocab_size": tokenizer.vocab_size,
        "samples": _samples(
            model,
            docs,
            tokenizer,
            num_samples,
            max_new_tokens,
            seed,
            temperature,
            top_k,
            device,
        ),
    }
    if vocab is not None:
        result["samples_vocab_compliance"] = samples_vocab_compliance(result["samples"], vocab)
    if judge is not None:
        # Imported only when asked for: the OpenAI client is not needed to score offline.
        from hornbook.train.judge import judge_samples

        result["judge"] = judge_samples(result["samples"], **judge)
    write_json(run_dir / SCORE_NAME, result)
    return result
