"""Real TinyStories stories, shipped inside the repo as evaluation data.

`corpora/evalsets/tinystories-real.jsonl.gz` holds 1,158 stories of the original TinyStories
release (CDLA-Sharing-1.0, see `corpora/evalsets/ATTRIBUTION.md`). They are the yardstick a
generated story corpus is measured against (what a small model trained on it learns about
real children's language, how varied it is next to real stories) and the good data the
filter suite must not punish. They are evaluation data only: no generator, grammar or
phrase list may be built from them, and no training corpus the project ships contains them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hornbook.corpora.jsonl import iter_records

REFERENCE_STORIES_FILE = Path(__file__).parent / "evalsets" / "tinystories-real.jsonl.gz"


@lru_cache(maxsize=1)
def load_reference_stories() -> tuple[str, ...]:
    """The shipped real stories' texts, in file order (cached per process)."""
    return tuple(record["text"] for _, record in iter_records(REFERENCE_STORIES_FILE))
