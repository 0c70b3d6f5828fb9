"""Bring your own data: the `files` backend reads JSONL, Parquet or a local Hugging Face
dataset and hands its rows to curation and publishing, as DataTrove documents.

`generator.path` is a glob ("data/*.jsonl"), a single file, or a directory: a directory
written by `datasets.Dataset.save_to_disk` (or `DatasetDict.save_to_disk`) is loaded with
`datasets.load_from_disk`; any other directory contributes every `.jsonl`, `.jsonl.gz`,
`.json`, `.json.gz` and `.parquet` file under it. `generator.text_key` names the text
field. Reading goes through DataTrove's own `JsonlReader` / `ParquetReader` file readers.

Determinism: files are read in sorted path order and rows in file order; `index` is the
row's global number (rows without text are skipped by DataTrove's readers and not
numbered). Task `rank` of `world_size` keeps the rows whose index is congruent to `rank`
(the same partition as the generators), so a re-run task reproduces its rows exactly; the
price is that every task scans every file, which is cheap next to the filters.

`generator.samples` is a cap only when the resolved spec sets it (the spec itself or a
base it `extends`): a spec that never mentions `samples` reads every row, instead of being
cut silently at the 2,000-row default meant for generators.

Recipes: stories take the text as the story (`story` = text, no `prompt`/`words`/
`features`, so the instruction-adherence filters let the rows pass). Math rows carry their
`question`, `solution` and `answer` columns when the files have them.

Bad input fails before the pipeline starts: `check_files_source` (run by `ReadFiles`
itself, and callable by the build up front) raises a `UserError` naming the file when
nothing matches, a file is not readable as its format, or the text field is missing.
"""

from __future__ import annotations

import glob
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers import JsonlReader, ParquetReader
from hornbook.corpora.errors import UserError
from hornbook.corpora.jsonl import iter_records
from hornbook.corpora.rows import content_id
from hornbook.corpora.spec import CorpusSpec

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz")
PARQUET_SUFFIXES = (".parquet",)
HF_MARKERS = ("state.json", "dataset_dict.json")  # what `save_to_disk` writes
MATH_COLUMNS = ("question", "solution", "answer")


@dataclass(frozen=True)
class SourceFile:
    """One input: a JSONL file, a Parquet file, or a saved Hugging Face dataset directory."""

    kind: str  # "jsonl" | "parquet" | "hf"
    path: str  # absolute


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if path.is_dir() and any((path / marker).is_file() for marker in HF_MARKERS):
        return "hf"
    return None


def resolve_files(path_spec: str) -> list[SourceFile]:
    """The inputs `generator.path` names, in the sorted order they are read."""
    path = Path(path_spec).expanduser()
    if path.is_dir():
        if _kind_of(path) == "hf":
            return [SourceFile("hf", str(path.resolve()))]
        found = sorted(p for p in path.rglob("*") if p.is_file() and _kind_of(p))
        if not found:
            raise UserError(
                f"generator.path: directory {path} holds no JSONL/Parquet files and is not "
                "a Hugging Face dataset saved with save_to_disk"
            )
        return [SourceFile(_kind_of(p) or "", str(p.resolve())) for p in found]
    matches = sorted(Path(m) for m in glob.glob(str(path), recursive=True))
    if not matches:
        raise UserError(f"generator.path: no file matches '{path_spec}'")
    inputs: list[SourceFile] = []
    unsupported: list[str] = []
    for match in matches:
        kind = _kind_of(match)
        if kind is None:
            if match.is_file():
                unsupported.append(str(match))
            continue
        inputs.append(SourceFile(kind, str(match.resolve())))
    if unsupported:
        raise UserError(
            f"generator.path: {unsupported[0]} is neither JSONL (.jsonl, .jsonl.gz) nor "
            "Parquet (.parquet)"
            + (f" (and {len(unsupported) - 1} more)" if len(unsupported) > 1 else "")
        )
    if not inputs:
        raise UserError(f"generator.path: nothing readable matches '{path_spec}'")
    return inputs


# ------------------------------------------------------------------------- checking


def _missing_key(source: str, text_key: str, fields: list[str]) -> UserError:
    listed = ", ".join(fields) if fields else "none"
    return UserError(
        f"{source}: no field '{text_key}' (generator.text_key); its fields are: {listed}"
    )


def _check_jsonl(path: str, text_key: str) -> None:
    for _, row in iter_records(path):
        if text_key not in row:
            raise _missing_key(path, text_key, list(row))
        return


def _check_parquet(path: str, text_key: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        names = pq.ParquetFile(path).schema_arrow.names
    except (OSError, pa.ArrowException) as exc:
        raise UserError(f"{path}: not a readable Parquet file ({exc})") from None
    if text_key not in names:
        raise _missing_key(path, text_key, names)


def _load_hf(path: str) -> Any:
    import datasets

    try:
        return datasets.load_from_disk(path)
    except Exception as exc:  # datasets raises many types for a damaged directory
        raise UserError(f"{path}: not a readable Hugging Face dataset ({exc})") from None


def _hf_splits(dataset: Any, path: str) -> list[tuple[str, Any]]:
    """(source label, Dataset) pairs: one for a Dataset, one per split (sorted) for a dict."""
    if hasattr(dataset, "column_names") and isinstance(dataset.column_names, list):
        return [(path, dataset)]
    return [(f"{path}[{name}]", dataset[name]) for name in sorted(dataset)]


def _check_hf(path: str, text_key: str) -> None:
    for label, split in _hf_splits(_load_hf(path), path):
        if text_key not in split.column_names:
            raise _missing_key(label, text_key, list(split.column_names))


def check_files_source(spec: CorpusSpec) -> list[SourceFile]:
    """Validate a `files` spec's inputs before any pipeline runs; returns them in order.

    Checks that `generator.path` matches something readable, and that each file's first
    row (JSONL), schema (Parquet) or features (Hugging Face) has `generator.text_key`.
    Raises `UserError` naming the file otherwise. A JSONL line damaged further down is
    skipped by DataTrove's reader with a warning in the build log.
    """
    if spec.generator.path is None:
        raise UserError("backend 'files' needs generator.path (a glob or a directory)")
    inputs = resolve_files(spec.generator.path)
    text_key = spec.generator.text_key
    for source in inputs:
        if source.kind == "jsonl":
            _check_jsonl(source.path, text_key)
        elif source.kind == "parquet":
            _check_parquet(source.path, text_key)
        else:
            _check_hf(source.path, text_key)
    return inputs


def source_digest(spec: CorpusSpec) -> str:
    """A sha256 over the inputs' paths and bytes: what a build fingerprint should include,
    so editing a data file (same spec) builds a new version instead of reusing the old."""
    digest = hashlib.sha256()
    for source in check_files_source(spec):
        root = Path(source.path)
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for file in files:
            digest.update(str(file.relative_to(root) if root.is_dir() else file.name).encode())
            with file.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- reading


class ReadFiles(PipelineStep):
    """Read a `files` spec's rows as documents of the row contract (see module docstring)."""

    name = "📂 files"
    type = "📖 - READER"

    def __init__(self, spec: CorpusSpec) -> None:
        super().__init__()
        self.inputs = check_files_source(spec)
        generator = spec.generator
        self.text_key = generator.text_key
        self.limit = generator.samples if "samples" in generator.model_fields_set else None
        self.seed = spec.seed
        self.recipe = spec.recipe.kind

    def _rows(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(source, text, other columns) for every row with text, in reading order."""
        for source in self.inputs:
            if source.kind == "hf":
                for label, split in _hf_splits(_load_hf(source.path), source.path):
                    for row in split:
                        text = row.get(self.text_key)
                        if isinstance(text, str) and text:
                            yield label, text, row
                        else:
                            self.stat_update("skipped_no_text")
                continue
            path = Path(source.path)
            reader_cls = JsonlReader if source.kind == "jsonl" else ParquetReader
            # The reader's id (a file's `id` column) is not used: ours is the content hash.
            reader = reader_cls(str(path.parent), text_key=self.text_key)
            for doc in reader.read_file(path.name):
                yield source.path, doc.text, doc.metadata

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        if data:
            yield from data
        for index, (source, text, row) in enumerate(self._rows()):
            if self.limit is not None and index >= self.limit:
                self.stat_update("capped_by_samples")
                break
            if index % world_size != rank:
                continue
            metadata: dict[str, Any] = {
                "index": index,
                "backend": "files",
                "model": None,
                "seed": self.seed,
                "recipe": self.recipe,
                "source": source,
            }
            if self.recipe == "stories":
                metadata["story"] = text
            else:
                metadata.update({k: row[k] for k in MATH_COLUMNS if k in row})
            self.stat_update("read")
            yield Document(text=text, id=content_id(text), metadata=metadata)
