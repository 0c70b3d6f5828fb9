"""A synthetic published story version of any size, for benchmarks of reading and reporting.

Building a million-row version through the real pipeline takes far too long for a
benchmark, so this writes what `publish` would leave behind (shards in the story schema,
`rejected/rejected.parquet`, a manifest) from vectorised random draws over a small word
list. The texts are not stories, but their shape is: ~100-250 words, a handful of common
openings, prompt words and features per row, so lengths, openings and column sizes
resemble a real corpus. Nothing here is a measurement; it is the input benchmarks time.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from hornbook.corpora.publish import REJECTED_SCHEMA, is_validation
from hornbook.corpora.rows import STORY_SCHEMA, content_id
from hornbook.corpora.spec import CorpusSpec

_WORDS = [
    "the",
    "a",
    "cat",
    "dog",
    "girl",
    "boy",
    "tree",
    "ball",
    "sun",
    "happy",
    "sad",
    "big",
    "little",
    "ran",
    "jumped",
    "saw",
    "said",
    "mom",
    "dad",
    "friend",
    "park",
    "red",
    "blue",
    "play",
    "went",
    "home",
    "day",
    "night",
    "bird",
    "fish",
    "water",
    "cake",
    "toy",
    "box",
    "and",
    "then",
    "she",
    "he",
    "they",
    "was",
    "were",
    "very",
    "fast",
    "slow",
    "good",
    "bad",
    "kind",
    "help",
    "look",
    "find",
    "lost",
    "found",
    "tall",
    "small",
]
_OPENINGS = [
    "Once upon a time,",
    "One day,",
    "There was a",
    "Lily and Tom",
    "In a small town,",
    "Every morning,",
]
_FEATURES = ["Dialogue", "BadEnding", "MoralValue", "Twist", "Foreshadowing", "Conflict"]


def _texts(rng: np.random.Generator, n: int) -> list[str]:
    lengths = rng.integers(100, 250, size=n)
    words = np.array(_WORDS)
    flat = words[rng.integers(0, len(_WORDS), size=int(lengths.sum()))]
    openings = rng.integers(0, len(_OPENINGS), size=n)
    out, start = [], 0
    for i, length in enumerate(lengths):
        body = flat[start : start + length]
        start += length
        out.append(f"{_OPENINGS[openings[i]]} {' '.join(body)}.")
    return out


def _story_table(rng: np.random.Generator, start: int, n: int) -> pa.Table:
    texts = _texts(rng, n)
    ids = [content_id(f"{start + i}:{t}") for i, t in enumerate(texts)]
    word_idx = rng.integers(0, len(_WORDS), size=(n, 3))
    feat_idx = rng.integers(0, len(_FEATURES), size=(n, 2))
    words = np.array(_WORDS)[word_idx].tolist()
    features = [sorted(set(f)) for f in np.array(_FEATURES)[feat_idx].tolist()]
    columns: dict[str, Any] = {name: [None] * n for name in STORY_SCHEMA.names}
    columns.update(
        id=ids,
        text=texts,
        story=texts,
        prompt=[f"Write a story with the words {', '.join(w)}." for w in words],
        words=words,
        features=features,
        backend=["template"] * n,
        model=["synthetic"] * n,
        seed=[1] * n,
        index=list(range(start, start + n)),
        recipe=["stories"] * n,
        word_count=[len(t.split()) for t in texts],
        oov_rate=rng.random(n).round(4).tolist(),
    )
    return pa.table(columns, schema=STORY_SCHEMA)


def write_synthetic_version(
    root: Path, rows: int, name: str = "synthetic", rows_per_shard: int = 100_000, seed: int = 0
) -> Path:
    """Write `<root>/corpora/<name>/v1` with `rows` published rows (and ~10% as many
    rejects); returns the version directory. Shards follow `publish`'s layout and split."""
    spec = CorpusSpec.model_validate({"name": name})
    rng = np.random.default_rng(seed)
    version = root / "corpora" / name / "v1"
    (version / "data").mkdir(parents=True, exist_ok=True)
    tables = [
        _story_table(rng, start, min(rows_per_shard, rows - start))
        for start in range(0, rows, rows_per_shard)
    ]
    table = pa.concat_tables(tables) if tables else STORY_SCHEMA.empty_table()
    mask = np.array(
        [is_validation(i, spec.publish.validation_fraction) for i in table.column("id").to_pylist()]
    )
    shards = []
    for split, selected in (("train", ~mask), ("validation", mask)):
        part = table.filter(pa.array(selected))
        count = max(1, math.ceil(part.num_rows / rows_per_shard))
        for i in range(count):
            chunk = part.slice(i * rows_per_shard, rows_per_shard)
            rel = f"data/{split}-{i:05d}-of-{count:05d}.parquet"
            pq.write_table(chunk, version / rel, compression="zstd")
            shards.append(
                {"path": rel, "split": split, "rows": chunk.num_rows, "bytes": 0, "sha256": ""}
            )
    rejects = _story_table(rng, rows, max(1, rows // 10))
    reasons = np.array(["too_short", "too_long", "oov", "duplicate"])[
        rng.integers(0, 4, size=rejects.num_rows)
    ].tolist()
    rejected = pa.table(
        {
            "id": rejects.column("id"),
            "index": rejects.column("index"),
            "stage": [r if r == "duplicate" else "filter" for r in reasons],
            "reason": reasons,
            "text": rejects.column("text"),
            "prompt": rejects.column("prompt"),
            "words": rejects.column("words"),
            "detail": [
                json.dumps({"word_count": len(t.split())}) for t in rejects["text"].to_pylist()
            ],
        },
        schema=REJECTED_SCHEMA,
    )
    (version / "rejected").mkdir(exist_ok=True)
    pq.write_table(rejected, version / "rejected" / "rejected.parquet", compression="zstd")
    drop_reasons = dict(sorted({r: reasons.count(r) for r in set(reasons)}.items()))
    manifest = {
        "name": name,
        "version": 1,
        "ref": f"{name}@v1",
        "fingerprint": f"{seed:064x}",
        "spec": spec.model_dump(mode="json"),
        "counts": {"published": rows, "rejected": rejected.num_rows},
        "drop_reasons": drop_reasons,
        "shards": shards,
        "rejected": "rejected/rejected.parquet",
    }
    (version / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return version
