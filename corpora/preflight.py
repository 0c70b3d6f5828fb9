"""Every file a spec names exists and is readable, checked before any work starts.

A spec names files in several places: `recipe.vocabulary` (a JSON word list),
`recipe.seed_questions` (JSONL), `curate.decontamination.sets` (JSONL) and, for the
`files` backend, `generator.path`. Each used to be opened only inside the stage that needs
it, so a typo surfaced as a failed DataTrove task after Prefect tracebacks. `check_spec_files`
runs when a build is planned and raises one `UserError` naming the key and the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import CorpusSpec

__all__ = ["check_spec_files"]

# Names that are not paths: shipped data sets and built-in vocabularies.
_SHIPPED_SETS = ("gsm8k-test", "gsm8k-train")


def _readable(value: str, key: str, what: str) -> None:
    path = Path(value)
    if not path.exists():
        raise UserError(f"{key}: '{value}' is neither {what} nor an existing file")
    if not path.is_file():
        raise UserError(f"{key}: '{value}' is not a file")
    if not os.access(path, os.R_OK):
        raise UserError(f"{key}: '{value}' is not readable (permission denied)")
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise UserError(f"{key}: cannot read '{value}': {exc.strerror or exc}") from None


def check_spec_files(spec: CorpusSpec) -> None:
    """Raise `UserError` for the first file the spec names that is missing or unreadable."""
    from hornbook.corpora.vocabulary import BUILTIN_VOCABULARIES

    recipe = spec.recipe
    vocabulary = getattr(recipe, "vocabulary", None)
    if vocabulary and vocabulary not in BUILTIN_VOCABULARIES:
        known = ", ".join(sorted(BUILTIN_VOCABULARIES))
        _readable(vocabulary, "recipe.vocabulary", f"a built-in vocabulary ({known})")
    seeds = getattr(recipe, "seed_questions", None)
    if seeds and seeds not in _SHIPPED_SETS:
        _readable(seeds, "recipe.seed_questions", "a shipped set (gsm8k-train)")
    for set_ref in spec.curate.decontamination.sets:
        if set_ref not in _SHIPPED_SETS:
            _readable(set_ref, "curate.decontamination.sets", "a shipped set (gsm8k-test)")
    if spec.generator.backend == "files":
        from hornbook.corpora.backends.files import check_files_source

        check_files_source(spec)
