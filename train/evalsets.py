"""Evaluation sets: the yardsticks a run is scored on besides its own validation split.

A corpus's own validation split flatters a formulaic corpus (a template corpus predicts its
own templates very well), so every score can also be measured on text the corpus did not
write. An evaluation set is named one of three ways, resolved in this order:

- a built-in set: `tinystories-real` (1,158 real TinyStories stories shipped in
  `corpora/evalsets/`, CDLA-Sharing-1.0, see ATTRIBUTION.md) or `gsm8k-test` (the GSM8K
  test questions, MIT). For `gsm8k-test` the text is the **question only**: a math row is
  the question followed by a Python program, while GSM8K's answers are natural-language
  worked solutions with calculator annotations, a format no hornbook corpus trains on, so
  scoring them would measure the format gap, not the model. The question is exactly the
  prompt part of a math row; whether the model can *solve* it is measured separately by
  the math scoring (programs run in the sandbox);
- a JSONL (optionally gzipped) or Parquet file with a `text` field (string per row);
- a corpus reference (`name@vN`, `name@latest`, a version directory): its validation split.

Each set carries an `identity` (a content hash or a corpus fingerprint), so a cached score
is reused only while the text it was measured on is unchanged.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from hornbook.corpora.catalog import Catalog
from hornbook.corpora.errors import UserError
from hornbook.corpora.gsm8k import load_gsm8k, split_path
from hornbook.corpora.jsonl import iter_records
from hornbook.corpora.reference_stories import REFERENCE_STORIES_FILE, load_reference_stories

# Rows of a file or corpus set beyond this are not scored (the first rows are): scoring cost
# grows with the set, and a few thousand documents already pin bits/byte to ~0.01.
MAX_EVAL_DOCS = 2000
FILE_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".parquet")


@dataclass(frozen=True)
class EvalSet:
    """Texts to score on, with where they came from and a fingerprint of their content."""

    name: str
    kind: str  # "builtin", "file" or "corpus"
    source: str
    identity: str
    texts: tuple[str, ...]

    def head(self, docs: int | None) -> EvalSet:
        """The set cut to its first `docs` texts (all of them for None)."""
        if docs is None or docs >= len(self.texts):
            return self
        if docs < 1:
            raise UserError(f"--eval-docs must be at least 1, not {docs}")
        return replace(self, texts=self.texts[:docs])


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tinystories_real() -> EvalSet:
    return EvalSet(
        "tinystories-real",
        "builtin",
        "corpora/evalsets/tinystories-real.jsonl.gz (CDLA-Sharing-1.0)",
        _sha256(REFERENCE_STORIES_FILE),
        load_reference_stories(),
    )


def _gsm8k_test() -> EvalSet:
    return EvalSet(
        "gsm8k-test",
        "builtin",
        "corpora/evalsets/gsm8k-test.jsonl.gz (MIT), questions only",
        _sha256(split_path("test")),
        tuple(item.question for item in load_gsm8k("test")),
    )


BUILTIN: dict[str, Callable[[], EvalSet]] = {
    "tinystories-real": _tinystories_real,
    "gsm8k-test": _gsm8k_test,
}
# What a run is scored on when the user names no set: real stories for story corpora,
# GSM8K questions for math corpora (keyed by the spec's recipe kind).
DEFAULT_EVALS: dict[str, tuple[str, ...]] = {
    "stories": ("tinystories-real",),
    "math": ("gsm8k-test",),
}


def default_eval_sets(recipe_kind: str | None) -> tuple[str, ...]:
    """The built-in sets a run of a corpus with this recipe kind is scored on by default."""
    return DEFAULT_EVALS.get(recipe_kind or "stories", ())


def _file_name(path: Path) -> str:
    stem = path.name
    for suffix in sorted(FILE_SUFFIXES, key=len, reverse=True):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem) or "evalset"


def _read_jsonl(path: Path) -> list[str]:
    texts = []
    for line_no, record in iter_records(path):
        text = record.get("text")
        if not isinstance(text, str):
            raise UserError(f"evaluation set {path}:{line_no}: no 'text' string field")
        texts.append(text)
    return texts


def _read_parquet(path: Path) -> list[str]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        schema = pq.read_schema(path)
    except (OSError, pa.ArrowException) as exc:
        raise UserError(f"evaluation set {path}: cannot read as Parquet ({exc})") from None
    if "text" not in schema.names:
        raise UserError(
            f"evaluation set {path}: no 'text' column (columns: {', '.join(schema.names)})"
        )
    texts = pq.read_table(path, columns=["text"]).column("text").to_pylist()
    for row, text in enumerate(texts):
        if not isinstance(text, str):
            raise UserError(f"evaluation set {path}: row {row} has no 'text' string")
    return texts


def _from_file(path: Path) -> EvalSet:
    if not path.is_file():
        raise UserError(f"evaluation set file {path} does not exist")
    texts = _read_parquet(path) if path.name.endswith(".parquet") else _read_jsonl(path)
    if not texts:
        raise UserError(f"evaluation set {path} has no rows")
    return EvalSet(_file_name(path), "file", str(path), _sha256(path), tuple(texts[:MAX_EVAL_DOCS]))


def _looks_like_file(spec: str) -> bool:
    return spec.endswith(FILE_SUFFIXES) or Path(spec).is_file()


def resolve_eval_set(spec: str, root: str | Path | None = None) -> EvalSet:
    """An evaluation set from a built-in name, a JSONL/Parquet file or a corpus ref.

    Raises UserError (one line) for an unknown name, a missing file, a file without a
    `text` field, or a corpus ref that does not resolve.
    """
    spec = spec.strip()
    if not spec:
        raise UserError("--eval needs a set name, a file or a corpus ref")
    if spec in BUILTIN:
        return BUILTIN[spec]()
    if _looks_like_file(spec):
        return _from_file(Path(spec))
    if "@" in spec or (Path(spec) / "manifest.json").is_file():
        version = Catalog(root).resolve(spec)
        texts = version.read_texts("validation")
        if not texts:
            raise UserError(f"evaluation set {version.ref} has an empty validation split")
        return EvalSet(
            version.ref,
            "corpus",
            f"{version.ref} validation split",
            version.fingerprint,
            tuple(texts[:MAX_EVAL_DOCS]),
        )
    raise UserError(
        f"unknown evaluation set '{spec}': not a built-in set ({', '.join(BUILTIN)}), "
        "a JSONL/Parquet file with a 'text' field, or a corpus ref NAME@vN"
    )


def resolve_eval_sets(specs: Sequence[str], root: str | Path | None = None) -> list[EvalSet]:
    """Resolve every spec up front (so a bad one fails before any scoring); names unique."""
    sets = [resolve_eval_set(spec, root) for spec in specs]
    seen: dict[str, str] = {}
    for spec, evalset in zip(specs, sets, strict=True):
        if evalset.name in seen:
            raise UserError(
                f"--eval {spec} and --eval {seen[evalset.name]} both score as '{evalset.name}'"
            )
        seen[evalset.name] = spec
    return sets
