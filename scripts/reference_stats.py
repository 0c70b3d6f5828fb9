"""Compute the diversity statistics of real TinyStories stories and ship the numbers.

    .venv/bin/python scripts/reference_stats.py [--input PATH] [--output PATH]

Reads the reference stories (JSONL with a `text` field; default: the real stories shipped in
`corpora/evalsets/tinystories-real.jsonl.gz`), measures `corpora.textstats.diversity_stats`
on the first `REFERENCE_SAMPLE_SIZE` stories (distinct-n depends on corpus size, so the
product compares generated corpora at the same size) and writes numbers only (never the
text) to corpora/reference_stats.json with a note on where they came from.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hornbook.corpora.jsonl import iter_records  # noqa: E402
from hornbook.corpora.reference_stories import REFERENCE_STORIES_FILE  # noqa: E402
from hornbook.corpora.textstats import (  # noqa: E402
    REFERENCE_SAMPLE_SIZE,
    REFERENCE_STATS_FILE,
    diversity_stats,
)

DEFAULT_INPUT = REFERENCE_STORIES_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--output", type=Path, default=REFERENCE_STATS_FILE)
    args = parser.parse_args()
    rows = [record for _, record in iter_records(args.input)]
    texts = [row["text"] for row in rows]
    if len(texts) < REFERENCE_SAMPLE_SIZE:
        raise SystemExit(f"{args.input} has {len(texts)} stories, need {REFERENCE_SAMPLE_SIZE}")
    stats = diversity_stats(texts, sample_size=REFERENCE_SAMPLE_SIZE)
    origins = sorted({f"{r.get('source_repo', '?')}:{r.get('source_path', '?')}" for r in rows})
    out = {
        "source": (
            f"First {REFERENCE_SAMPLE_SIZE} of {len(texts)} real TinyStories stories "
            f"(Eldan & Li, 2023; CDLA-Sharing-1.0) sampled in {', '.join(origins)}; "
            "numbers only, no text. Written by scripts/reference_stats.py."
        ),
        **{k: round(v, 6) if isinstance(v, float) else v for k, v in stats.items()},
    }
    args.output.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
