"""The loss curve of a run, as `run_dir/loss.png`.

The trainer redraws it at the end of every call, so a run directory always shows how its
training went without opening a notebook; `plot_losses` regenerates it from
`metrics.jsonl` alone, for runs trained before plots existed or after editing the log.
Figures are drawn with matplotlib's object API on an Agg canvas, never through pyplot's
global state, so plotting is safe from worker threads and needs no display.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hornbook.corpora.errors import UserError
from hornbook.train.metrics_log import METRICS_NAME, read_metrics
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

PLOT_NAME = "loss.png"


def plot_losses(run_dir: Path, out_path: Path | None = None) -> Path:
    """Draw train loss (every step) and validation loss (every evaluation) against the step.

    Writes `out_path` (default `run_dir/loss.png`) and returns its path. The train curve
    is drawn faintly with a moving average over it, because per-step losses are noisy and
    the trend is what a reader looks for. Raises UserError when the run has no metrics.
    """
    run_dir = Path(run_dir)
    records = read_metrics(run_dir)
    if not records:
        raise UserError(f"{run_dir / METRICS_NAME} has no training steps to plot")
    out_path = Path(out_path) if out_path is not None else run_dir / PLOT_NAME

    steps = [r["step"] for r in records]
    losses = [r["loss"] for r in records]
    val = [(r["step"], r["val_loss"]) for r in records if "val_loss" in r]

    figure = Figure(figsize=(7, 4.2), dpi=110)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.plot(steps, losses, color="tab:blue", alpha=0.3, linewidth=0.8, label="train (per step)")
    window = max(1, len(losses) // 50)
    if window > 1:
        ax.plot(
            steps[window - 1 :],
            _moving_average(losses, window),
            color="tab:blue",
            linewidth=1.6,
            label=f"train ({window}-step mean)",
        )
    if val:
        ax.plot(*zip(*val, strict=True), "o-", color="tab:orange", markersize=3.5, label="val")
    ax.set_xlabel("step")
    ax.set_ylabel("loss (nats/token)")
    ax.set_title(f"{run_dir.name}: final train {losses[-1]:.3f}" + _val_suffix(val))
    ax.grid(alpha=0.3)
    ax.legend()
    figure.tight_layout()
    figure.savefig(out_path)
    return out_path


def _moving_average(values: list[float], window: int) -> list[float]:
    """Means of each run of `window` consecutive values (len(values) - window + 1 of them)."""
    out: list[float] = []
    total = sum(values[:window])
    out.append(total / window)
    for i in range(window, len(values)):
        total += values[i] - values[i - window]
        out.append(total / window)
    return out


def _val_suffix(val: list[Any]) -> str:
    return f", val {val[-1][1]:.3f}" if val else ""
