"""Curation throughput: the full default pipeline on template stories, against DataTrove alone.

For each size n (stories), runs `run_curation` (generate + every default filter + exact
dedupe, `executor.tasks`/`workers` = 2 unless told otherwise) in a fresh work directory
and times it; then times DataTrove alone (`JsonlReader -> JsonlWriter`, same executor,
same task count) over the stage-1 shards of that run, the floor any DataTrove pipeline
pays for reading and writing. Fits time = a + b*n by least squares: b is the marginal cost
per document (1/b the sustained docs/s), a the fixed cost (process start, model loading);
linear growth shows as small residuals. Prints a JSON report; `--out` also writes it.

    .venv/bin/python benchmarks/bench_curation.py --sizes 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from datatrove.executor.local import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hornbook.corpora.curate.pipeline import WorkLayout, run_curation  # noqa: E402
from hornbook.corpora.spec import load_spec  # noqa: E402

from benchmarks.machine import cpu_model, load_average  # noqa: E402


def _fit(points: list[tuple[int, float]]) -> dict[str, float]:
    n = len(points)
    if n < 2:
        return {}
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    a = my - b * mx
    worst = max(abs(y - (a + b * x)) / y for x, y in points)
    return {
        "a_seconds": round(a, 3),
        "b_seconds_per_doc": b,
        "marginal_docs_per_s": round(1 / b, 1) if b > 0 else float("inf"),
        "max_relative_residual": round(worst, 4),
    }


def _datatrove_alone(source: Path, out: Path, logs: Path, tasks: int, workers: int) -> float:
    start = time.perf_counter()
    LocalPipelineExecutor(
        [
            JsonlReader(str(source), add_file_path=False),
            JsonlWriter(str(out), output_filename="${rank}.jsonl.gz"),
        ],
        tasks=tasks,
        workers=workers,
        logging_dir=str(logs),
    ).run()
    return time.perf_counter() - start


def bench(size: int, tasks: int, workers: int, scratch: Path) -> dict[str, float]:
    spec = load_spec(
        "tinystories",
        [f"generator.samples={size}", f"executor.tasks={tasks}", f"executor.workers={workers}"],
    )
    layout = WorkLayout(scratch / f"work-{size}")
    start = time.perf_counter()
    curated = run_curation(spec, layout, progress=None)
    seconds = time.perf_counter() - start
    record = json.loads(layout.summary_file.read_text())
    kept = 0
    for path in curated.glob("*.jsonl.gz"):
        with gzip.open(path, "rt") as handle:
            kept += sum(1 for _ in handle)
    alone = _datatrove_alone(
        layout.filtered, scratch / f"alone-{size}", scratch / f"alone-logs-{size}", tasks, workers
    )
    shutil.rmtree(layout.root, ignore_errors=True)
    shutil.rmtree(scratch / f"alone-{size}", ignore_errors=True)
    return {
        "docs": size,
        "kept": kept,
        "seconds": round(seconds, 2),
        "docs_per_s": round(size / seconds, 1),
        "stage_seconds": record.get("seconds", {}),
        "datatrove_alone_seconds": round(alone, 2),
        "overhead_ratio": round(seconds / alone, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--tasks", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-curation-") as tmp:
        for size in args.sizes:
            runs.append(bench(size, args.tasks, args.workers, Path(tmp)))
            print(json.dumps(runs[-1]), flush=True)
    report = {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "load_average_at_end": load_average(),
        "tasks": args.tasks,
        "workers": args.workers,
        "runs": runs,
        "fit": _fit([(r["docs"], r["seconds"]) for r in runs]),
    }
    print(json.dumps(report, indent=2))
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
