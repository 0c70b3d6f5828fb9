"""One corpus build: spec -> generate -> curate -> publish, as three composable steps.

`plan` resolves the spec and its fingerprint (and notices an existing version), `curate`
runs the DataTrove stages in a per-fingerprint work directory (so a killed build resumes),
`publish` writes the immutable version. The Prefect flow runs the three as tasks;
`build_corpus` runs them in a row for library use.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from corpora.catalog import Catalog, CorpusVersion
from corpora.curate.pipeline import WorkLayout, run_curation
from corpora.errors import UserError
from corpora.publish import PublishResult, fingerprint, publish
from corpora.spec import CorpusSpec, find_spec_file, load_spec


@dataclass(frozen=True)
class BuildPlan:
    spec: CorpusSpec
    source: str  # the spec file, plus overrides, as the user gave them
    fingerprint: str
    root: Path
    existing: CorpusVersion | None

    @property
    def work(self) -> WorkLayout:
        return WorkLayout(self.root / ".work" / self.spec.name / self.fingerprint[:16])


def plan(
    spec_ref: str, overrides: list[str] | None = None, root: str | Path | None = None
) -> BuildPlan:
    """Resolve the spec, compute its fingerprint and look for a version that already has it."""
    spec = load_spec(spec_ref, overrides)
    path = find_spec_file(spec_ref)
    source = str(path) + "".join(f" --set {o}" for o in overrides or [])
    catalog = Catalog(root)
    fp = fingerprint(spec)
    return BuildPlan(spec, source, fp, catalog.root, catalog.find_fingerprint(spec.name, fp))


@contextmanager
def _exclusive(work: WorkLayout) -> Iterator[None]:
    """Only one build of a given fingerprint may use its work directory at a time."""
    work.root.mkdir(parents=True, exist_ok=True)
    with (work.root.parent / f"{work.root.name}.lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(
                f"another build of this spec is running (work directory {work.root} is locked)"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def curate(build: BuildPlan) -> Path:
    """Generate and curate into the work directory; returns the curated folder."""
    with _exclusive(build.work):
        return run_curation(build.spec, build.work)


def publish_build(build: BuildPlan, curated: Path) -> PublishResult:
    """Publish the curated documents and remove the work directory."""
    with _exclusive(build.work):
        result = publish(
            build.spec,
            build.source,
            build.fingerprint,
            curated,
            build.work.rejected,
            generated=build.spec.generator.samples,
            catalog=Catalog(build.root),
        )
    shutil.rmtree(build.work.root, ignore_errors=True)
    (build.work.root.parent / f"{build.work.root.name}.lock").unlink(missing_ok=True)
    return result


def build_corpus(
    spec_ref: str, overrides: list[str] | None = None, root: str | Path | None = None
) -> PublishResult:
    """Plan, curate and publish in one call (no Prefect)."""
    build = plan(spec_ref, overrides, root)
    if build.existing is not None:
        return PublishResult(build.existing, created=False)
    return publish_build(build, curate(build))
