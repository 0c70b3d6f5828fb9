"""`metrics.jsonl`, the per-step log of a run: its name and how to read it back.

The trainer appends to it and `train.plots` draws from it; both import it from here, so
neither has to import the other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

METRICS_NAME = "metrics.jsonl"


def read_metrics(run_dir: Path) -> list[dict[str, Any]]:
    """Records of `metrics.jsonl`, in step order; empty when the run has none yet."""
    path = Path(run_dir) / METRICS_NAME
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
