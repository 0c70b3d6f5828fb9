"""The catalog of published corpus versions under a data root.

Layout: `<data-root>/corpora/<name>/v<N>/` with `manifest.json`, `README.md`, `data/`,
`rejected/` and `report/`. A version is immutable once its directory exists: it is written
elsewhere and renamed into place (see `corpora.publish`), so a reader never sees half a
version. References resolve as `name@vN`, `name@latest`, `name@<fingerprint prefix>`, a bare
`name` (= latest), or a path to a version directory.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from hornbook.corpora.errors import IntegrityError, RefError, UserError
from hornbook.corpora.names import check_name

DATA_ROOT_ENV = "HORNBOOK_DATA"
VERSION_DIR = re.compile(r"^v(\d+)$")
MIN_FINGERPRINT_PREFIX = 6


def data_root(explicit: str | Path | None = None) -> Path:
    """`--data-root`, else `$HORNBOOK_DATA`, else `./data`."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_ROOT_ENV)
    return Path(env).expanduser() if env else Path("data")


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class CorpusVersion:
    """One published version: its directory and its manifest."""

    path: Path
    manifest: dict[str, Any]

    @property
    def name(self) -> str:
        return self.manifest["name"]

    @property
    def version(self) -> int:
        return int(self.manifest["version"])

    @property
    def ref(self) -> str:
        return f"{self.name}@v{self.version}"

    @property
    def fingerprint(self) -> str:
        return self.manifest["fingerprint"]

    def shard_paths(self, split: str) -> list[Path]:
        return [self.path / s["path"] for s in self.manifest["shards"] if s["split"] == split]

    def verify(self) -> None:
        """Check every shard's size and sha256 against the manifest."""
        problems = []
        for shard in self.manifest["shards"]:
            path = self.path / shard["path"]
            if not path.is_file():
                problems.append(f"{shard['path']}: missing")
                continue
            if path.stat().st_size != shard["bytes"]:
                problems.append(
                    f"{shard['path']}: {path.stat().st_size} bytes, manifest says {shard['bytes']}"
                )
            elif sha256_file(path) != shard["sha256"]:
                problems.append(f"{shard['path']}: sha256 does not match the manifest")
        if problems:
            raise IntegrityError(
                f"{self.ref} at {self.path} is corrupt or was modified:\n  " + "\n  ".join(problems)
            )

    def read_texts(self, split: str, verify: bool = True) -> list[str]:
        """All `text` values of one split, in shard order (checksums verified first)."""
        if verify:
            self.verify()
        texts: list[str] = []
        for path in self.shard_paths(split):
            texts.extend(pq.read_table(path, columns=["text"]).column("text").to_pylist())
        return texts


class Catalog:
    """Published corpus versions under one data root."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = data_root(root)
        self.corpora_dir = self.root / "corpora"

    # ------------------------------------------------------------------ listing

    def names(self) -> list[str]:
        if not self.corpora_dir.is_dir():
            return []
        return sorted(
            p.name for p in self.corpora_dir.iterdir() if p.is_dir() and self.versions(p.name)
        )

    def versions(self, name: str) -> list[int]:
        folder = self.corpora_dir / name
        if not folder.is_dir():
            return []
        found = []
        for child in folder.iterdir():
            match = VERSION_DIR.match(child.name)
            if match and (child / "manifest.json").is_file():
                found.append(int(match.group(1)))
        return sorted(found)

    def load(self, name: str, version: int) -> CorpusVersion:
        path = self.corpora_dir / name / f"v{version}"
        return self.load_path(path)

    @staticmethod
    def load_path(path: Path) -> CorpusVersion:
        manifest_path = path / "manifest.json"
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise RefError(f"{path} is not a corpus version (no manifest.json)") from None
        except json.JSONDecodeError as exc:
            raise IntegrityError(f"{manifest_path} is not valid JSON: {exc}") from None
        return CorpusVersion(path=path, manifest=manifest)

    def all_versions(self) -> Iterator[CorpusVersion]:
        for name in self.names():
            for version in self.versions(name):
                yield self.load(name, version)

    def find_fingerprint(self, name: str, fingerprint: str) -> CorpusVersion | None:
        for version in self.versions(name):
            candidate = self.load(name, version)
            if candidate.fingerprint == fingerprint:
                return candidate
        return None

    # ------------------------------------------------------------------ refs

    def resolve(self, ref: str) -> CorpusVersion:
        """Resolve a reference (see module docstring) to a published version."""
        name, sep, selector = ref.partition("@")
        if not sep:
            as_path = Path(ref)
            if (as_path / "manifest.json").is_file():
                return self.load_path(as_path)
            selector = "latest"
        check_name("corpus", name)  # a ref never reaches outside the data root
        versions = self.versions(name)
        if not versions:
            known = ", ".join(self.names()) or "none"
            raise RefError(
                f"unknown corpus '{name}' in {self.corpora_dir} (published corpora: {known})"
            )
        if selector == "latest":
            return self.load(name, versions[-1])
        match = VERSION_DIR.match(selector)
        if match:
            number = int(match.group(1))
            if number not in versions:
                listed = ", ".join(f"v{v}" for v in versions)
                raise RefError(f"{name} has no version v{number} (published: {listed})")
            return self.load(name, number)
        if re.fullmatch(r"[0-9a-f]+", selector) and len(selector) >= MIN_FINGERPRINT_PREFIX:
            hits = [
                v
                for v in (self.load(name, n) for n in versions)
                if v.fingerprint.startswith(selector)
            ]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                raise RefError(f"fingerprint prefix '{selector}' is ambiguous for {name}")
            raise RefError(f"no version of {name} has a fingerprint starting with '{selector}'")
        raise RefError(
            f"cannot read ref '{ref}': use NAME@vN, NAME@latest, NAME@<fingerprint prefix of "
            f"at least {MIN_FINGERPRINT_PREFIX} hex digits>, or a path to a version directory"
        )

    # ------------------------------------------------------------------ writing

    @contextmanager
    def lock(self, name: str) -> Iterator[None]:
        """An exclusive lock on one corpus name, held while a version number is taken."""
        folder = self.corpora_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / ".lock").open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def staging_dir(self, name: str, token: str) -> Path:
        """A private directory next to the versions, so the final rename stays on one filesystem."""
        path = self.corpora_dir / name / f".staging-{token}"
        if path.exists():
            raise UserError(f"staging directory {path} already exists; remove it and retry")
        path.mkdir(parents=True)
        return path
