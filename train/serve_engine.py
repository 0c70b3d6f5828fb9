"""The model side of `hornbook serve`: a run's model and tokenizer, and sampling.

Kept apart from the HTTP app so that generation (prompt cutting, top-p, stop strings,
seeded determinism) can be read and tested without a web framework; see
`hornbook.train.serve` for the semantics the server promises.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from hornbook.corpora.errors import UserError
from hornbook.tokenizer.base import Tokenizer
from hornbook.tokenizer.corpus import open_tokenizer
from hornbook.train.model import Transformer
from hornbook.train.score import load_model
from hornbook.train.trainer import CHECKPOINT_NAME, pick_device

__all__ = ["Completion", "ServedModel"]

# Prompt tokens decoded together with the answer so that a tokenizer which drops a
# leading space (SentencePiece) still yields the space joining prompt and answer.
_DECODE_CONTEXT = 8
# How long graceful shutdown waits for in-flight requests before cancelling them.
_GRACEFUL_SHUTDOWN_S = 3


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str  # "stop" | "length"
    prompt_tokens: int
    completion_tokens: int


class ServedModel:
    """A run's model and tokenizer, and sampling with top-p, stop strings and a seed.

    `complete` is thread-safe (one generation at a time) because the server calls it
    from worker threads.
    """

    def __init__(self, run_dir: Path, device: str = "cpu") -> None:
        self.run_dir = Path(run_dir)
        self.device = _torch_device(device)
        self.tokenizer = _run_tokenizer(self.run_dir)
        model, _ = load_model(self.run_dir, self.device)
        self.model: Transformer = model
        if model.config.vocab_size != self.tokenizer.vocab_size:
            raise UserError(
                f"run {self.run_dir} has a vocabulary of {model.config.vocab_size} ids but its "
                f"tokenizer has {self.tokenizer.vocab_size}"
            )
        self.max_seq_len = model.config.max_seq_len
        self.created = int((self.run_dir / CHECKPOINT_NAME).stat().st_mtime)
        self._lock = threading.Lock()

    def prompt_ids(self, prompt: str, max_tokens: int) -> list[int]:
        """`[BOS] + encode(prompt)`, cut from the left to leave room for `max_tokens`."""
        ids = [self.tokenizer.bos_id, *self.tokenizer.encode(prompt)]
        budget = self.max_seq_len - max_tokens
        return ids[-budget:] if len(ids) > budget else ids

    @torch.no_grad()
    def complete(
        self,
        prompt: str,
        max_tokens: int,
        temperature: float,
        top_p: float,
        seed: int,
        stop: Sequence[str] = (),
    ) -> Completion:
        """Sample an answer to `prompt`; see the module docstring for the semantics."""
        if not 1 <= max_tokens < self.max_seq_len:
            raise ValueError(f"max_tokens must be in [1, {self.max_seq_len - 1}]")
        ids = self.prompt_ids(prompt, max_tokens)
        head = ids[-_DECODE_CONTEXT:]
        with self._lock:
            generator = torch.Generator(device=self.device).manual_seed(seed % 2**64)
            tokens = torch.tensor([ids], dtype=torch.long, device=self.device)
            out: list[int] = []
            sampled, finish, text = 0, "length", None
            for _ in range(max_tokens):
                logits, _ = self.model(tokens)
                token = _sample(logits[0, -1].float(), temperature, top_p, generator)
                sampled += 1
                if token == self.tokenizer.eos_id:
                    finish = "stop"
                    break
                out.append(token)
                if stop:
                    so_far = self._continuation(head, out)
                    cut = min((i for i in (so_far.find(s) for s in stop) if i >= 0), default=-1)
                    if cut >= 0:
                        finish, text = "stop", so_far[:cut]
                        break
                tokens = torch.cat(
                    (tokens, torch.tensor([[token]], dtype=torch.long, device=self.device)), dim=1
                )
        if text is None:
            text = self._continuation(head, out)
        return Completion(text, finish, len(ids), sampled)

    def _continuation(self, head: list[int], out: list[int]) -> str:
        """The text of `out` as it reads after the prompt (keeping a joining space)."""
        if not out:
            return ""
        decode = self.tokenizer.decode
        prefix, full = decode(head), decode(head + out)
        return full[len(prefix) :] if full.startswith(prefix) else decode(out)


def _sample(
    logits: torch.Tensor, temperature: float, top_p: float, generator: torch.Generator
) -> int:
    """One token id from last-position logits: greedy at temperature 0, else nucleus."""
    if temperature == 0.0:
        return int(logits.argmax())
    probs = torch.softmax(logits / temperature, dim=-1)
    if top_p < 1.0:
        sorted_probs, order = probs.sort(descending=True)
        # Keep the smallest prefix whose mass reaches top_p (always at least one token).
        keep = (sorted_probs.cumsum(0) - sorted_probs) < top_p
        choice = torch.multinomial(sorted_probs * keep, 1, generator=generator)
        return int(order[choice])
    return int(torch.multinomial(probs, 1, generator=generator))


def _torch_device(name: str) -> torch.device:
    if name == "auto":
        return pick_device()
    try:
        device = torch.device(name)
    except RuntimeError:
        raise UserError(f"unknown device {name!r}; use cpu, cuda, cuda:N or auto") from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise UserError(f"device {name!r} asked for, but CUDA is not available here")
    return device


def _run_tokenizer(run_dir: Path) -> Tokenizer:
    """The tokenizer named by the run's lineage.json: its recorded path, else its name."""
    lineage_file = run_dir / "lineage.json"
    if not lineage_file.is_file():
        raise UserError(f"{run_dir} has no lineage.json, so its tokenizer is unknown")
    info = json.loads(lineage_file.read_text(encoding="utf-8")).get("tokenizer", {})
    path = info.get("path")
    if path and (Path(path) / "meta.json").is_file():
        return open_tokenizer(path)[1]
    if info.get("name"):
        # The data root may have moved since training: look the name up in the current one.
        return open_tokenizer(info["name"])[1]
    raise UserError(f"lineage.json of {run_dir} names no tokenizer")
