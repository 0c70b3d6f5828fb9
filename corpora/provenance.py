"""Which code produced a corpus version: a digest of everything that shapes shard bytes.

A corpus fingerprint must change whenever the code that would build it changes, or
`hornbook build` would call a version "already built" that the current code no longer
produces. A hand-bumped version string was forgotten across many commits, so the
fingerprint takes a digest of the source itself, plus the versions of the libraries that
take part in making the bytes.

The file set, as globs relative to the `hornbook.corpora` package (`SHAPING_GLOBS`):

- generation: `backends/**/*.py` (template story grammar, template math, openai/vllm,
  files, the InferenceRunner fixes and the response cache), `recipes/*.py`,
  `generate.py`, `rows.py`, `spec.py` (defaults), `vocabulary.py`, `gsm8k.py`, `jsonl.py`;
- curation: `curate/*.py` (filters, heuristics, dedupe, decontamination, the pipeline and
  its executors) and `sandbox/*.py` (the answers of math rows come out of it);
- publishing: `publish.py` and `build.py`;
- data: `vocab/*.json`, `vocab/*.txt` (vocabulary, names, settings, openings, stop words)
  and `evalsets/gsm8k-*.jsonl.gz` (seed questions and the decontamination set).

`DESCRIBES_ONLY` lists, with the reason, the modules under the package that never change a
shard byte (the catalog, the report, card and diff, which only describe a version; CLI and
logging helpers). Every `.py` file of the package must be in one or the other
(`unclassified_modules`, checked by tests/test_provenance.py), so a new module cannot
slip past the digest unnoticed.

The digest is SHA-256 over the files in sorted relative-path order, each as its path, its
length and its raw bytes (bytes are bytes: no newline normalisation), computed once per
process. `LIBRARIES` are the distributions whose code makes the bytes: DataTrove (readers,
writers, Gopher repetition, dedupe, MinHash, n-gram decontamination), pyarrow (Parquet
shards), spaCy (DataTrove's word tokenizer), numpy and xxhash (MinHash and decontamination
hashes), datasets (the files backend's Hugging Face datasets), plus Python's major.minor
(the sandbox computes the answers of math rows). SentencePiece shapes tokenizers, not
shards, and polars is not used on the path from spec to shard, so neither is included.
"""

from __future__ import annotations

import hashlib
import platform
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent

SHAPING_GLOBS: tuple[str, ...] = (
    # generation
    "backends/**/*.py",
    "recipes/*.py",
    "generate.py",
    "rows.py",
    "spec.py",
    "vocabulary.py",
    "gsm8k.py",
    "jsonl.py",
    # curation
    "curate/*.py",
    "sandbox/*.py",
    # publishing
    "publish.py",
    "build.py",
    # data
    "vocab/*.json",
    "vocab/*.txt",
    "evalsets/gsm8k-*.jsonl.gz",
)

DESCRIBES_ONLY: dict[str, str] = {
    "__init__.py": "package docstring and __version__ (recorded on its own)",
    "provenance.py": "computes this digest",
    "atomic.py": "file replacement for tokenizer and train artifacts",
    "catalog.py": "finds and verifies versions, writes nothing into them",
    "card.py": "the dataset card describes a version",
    "diff.py": "compares two manifests",
    "report.py": "report and manifest statistics describe the shards",
    "textstats.py": "diversity statistics for the report",
    "reference_stories.py": "evaluation data for reports and scoring",
    "peek.py": "`hornbook sample` / `rejected` read published versions",
    "names.py": "validates names before any work; a valid name is in the spec already",
    "preflight.py": "checks that the files a spec names exist before any work",
    "progress.py": "progress bars on stderr",
    "errors.py": "the UserError type",
    "curate/logs.py": "where DataTrove's console output goes",
    "sandbox/cli.py": "`hornbook sandbox`, the command line around the sandbox",
}

LIBRARIES: tuple[str, ...] = ("datatrove", "datasets", "numpy", "pyarrow", "spacy", "xxhash")


def digest_files(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """The relative paths (POSIX, sorted) whose bytes enter the digest."""
    found: set[str] = set()
    for pattern in SHAPING_GLOBS:
        for path in package_dir.glob(pattern):
            rel = path.relative_to(package_dir).as_posix()
            if path.is_file() and "__pycache__" not in rel and rel not in DESCRIBES_ONLY:
                found.add(rel)
    return sorted(found)


def unclassified_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """`.py` files of the package in neither the digest set nor `DESCRIBES_ONLY`."""
    digested = set(digest_files(package_dir))
    return sorted(
        rel
        for path in package_dir.rglob("*.py")
        if "__pycache__" not in (rel := path.relative_to(package_dir).as_posix())
        and rel not in digested
        and rel not in DESCRIBES_ONLY
    )


def source_digest_of(package_dir: Path) -> str:
    """SHA-256 over (path, length, bytes) of each file of `digest_files`, in order."""
    hasher = hashlib.sha256()
    for rel in digest_files(package_dir):
        data = (package_dir / rel).read_bytes()
        hasher.update(f"{rel}\0{len(data)}\0".encode())
        hasher.update(data)
    return hasher.hexdigest()


@cache
def source_digest() -> str:
    """The digest of this installation's corpus code (computed once per process)."""
    return source_digest_of(PACKAGE_DIR)


@cache
def library_versions() -> dict[str, str]:
    """Versions of `LIBRARIES` ("absent" when not installed) and Python's major.minor."""
    versions = {"python": ".".join(platform.python_version_tuple()[:2])}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def code_provenance() -> dict[str, Any]:
    """What enters the fingerprint and the manifest: hornbook's version, the source digest
    and the library versions."""
    from hornbook.corpora import __version__

    return {
        "hornbook": __version__,
        "digest": source_digest(),
        "libraries": dict(library_versions()),
    }


def describe(code: dict[str, Any]) -> str:
    """One line for `hornbook show` and the card: `hornbook 0.1.0, code 1a2b3c4d5e6f`."""
    return f"hornbook {code['hornbook']}, code {code['digest'][:12]}"
