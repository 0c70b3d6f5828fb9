"""Token streams and the batches cut from them.

Streams are packed by `tokenizer.stream.encode_documents` (`[bos] + ids + [eos]` per
document, the layout the token cache stores too); this module cuts training and
evaluation windows from them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import torch


def _windows(tokens: np.ndarray, starts: np.ndarray, seq_len: int) -> tuple[torch.Tensor, ...]:
    """Inputs and next-token targets for windows beginning at `starts`."""
    index = starts[:, None] + np.arange(seq_len + 1)[None, :]
    window = torch.from_numpy(tokens[index].astype(np.int64))
    return window[:, :-1], window[:, 1:]


class TokenBatcher:
    """Random training windows from a token stream, reproducible from a saved state.

    Window starts come from a dedicated `torch.Generator`, not the global RNG, so that
    saving its state in a checkpoint and restoring it replays exactly the batches an
    uninterrupted run would have drawn, whatever else consumes random numbers.
    """

    def __init__(self, tokens: np.ndarray, seq_len: int, batch_size: int, seed: int) -> None:
        if len(tokens) < seq_len + 1:
            raise ValueError(
                f"token stream of {len(tokens)} tokens is shorter than one window "
                f"of seq_len + 1 = {seq_len + 1}"
            )
        self.tokens = tokens
        self.seq_len = seq_len
        self.batch_size = batch_size
        self.generator = torch.Generator().manual_seed(seed)

    def next_batch(self) -> tuple[torch.Tensor, torch.Tensor]:
        """(x, y) LongTensors of shape (batch_size, seq_len); y is x shifted by one."""
        high = len(self.tokens) - self.seq_len  # exclusive: the last start still has a target
        starts = torch.randint(high, (self.batch_size,), generator=self.generator).numpy()
        return _windows(self.tokens, starts, self.seq_len)

    def __iter__(self) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        while True:
            yield self.next_batch()

    def state_dict(self) -> dict[str, Any]:
        return {"rng_state": self.generator.get_state()}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        # A checkpoint loaded with map_location="cuda" carries the state on the GPU, but
        # this generator lives on the CPU.
        self.generator.set_state(state["rng_state"].cpu())


def iter_eval_batches(
    tokens: np.ndarray, seq_len: int, batch_size: int, max_batches: int | None = None
) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    """Non-overlapping windows from the start of the stream, the same on every call.

    A fixed evaluation set makes validation losses comparable across steps and runs; the
    last batch may be smaller than `batch_size`.
    """
    n_windows = (len(tokens) - 1) // seq_len
    if max_batches is not None:
        n_windows = min(n_windows, max_batches * batch_size)
    for first in range(0, n_windows, batch_size):
        count = min(batch_size, n_windows - first)
        starts = (np.arange(first, first + count) * seq_len).astype(np.int64)
        yield _windows(tokens, starts, seq_len)
