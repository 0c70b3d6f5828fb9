"""The phrasings and word pools one recipe may use, filtered once by its vocabulary."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from hornbook.corpora.backends.template_math.phrases import (
    ACTIVITIES,
    CONTAINERS,
    GROUPS,
    NOT_PEOPLE,
    PHRASES,
    SHOP_ITEMS,
    THINGS,
    TIME_UNITS,
)
from hornbook.corpora.vocabulary import NAMES_FILE, Vocabulary, load_vocabulary

# --------------------------------------------------------------------------- lexicon filter


def _words_ok(vocab: Vocabulary | None, text: str) -> bool:
    """Whether every word of `text` (placeholders removed) is known; lowercased so that no
    unknown word passes as a capitalised name."""
    if vocab is None:
        return True
    literal = re.sub(r"\{[^}]*\}", " ", text).lower()
    return not vocab.oov_words(literal)


@dataclass(frozen=True)
class Lexicon:
    """The phrasings and word pools one recipe may use (filtered by its vocabulary)."""

    phrases: dict[str, tuple[str, ...]]
    shop_items: tuple[tuple[str, str], ...]
    things: tuple[tuple[str, str], ...]
    containers: tuple[tuple[str, str], ...]
    activities: tuple[tuple[str, str, str, str], ...]
    time_units: tuple[tuple[str, str, str, str, int], ...]
    groups: tuple[tuple[str, str], ...]
    names: tuple[str, ...]


@lru_cache(maxsize=8)
def build_lexicon(vocabulary: str | None) -> Lexicon:
    vocab = load_vocabulary(vocabulary) if vocabulary else None

    def keep(pool: list, words: Callable[[tuple], str]) -> tuple:
        return tuple(entry for entry in pool if _words_ok(vocab, words(entry)))

    names = sorted(
        line.strip()
        for line in NAMES_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#") and line.strip() not in NOT_PEOPLE
    )
    return Lexicon(
        phrases={key: keep(list(v), lambda s: s) for key, v in PHRASES.items()},
        shop_items=keep(SHOP_ITEMS, " ".join),
        things=keep(THINGS, " ".join),
        containers=keep(CONTAINERS, " ".join),
        activities=keep(ACTIVITIES, " ".join),
        time_units=keep(TIME_UNITS, lambda t: " ".join(t[:4])),
        groups=keep(GROUPS, " ".join),
        names=tuple(n for n in names if re.fullmatch(r"[A-Z][a-z]+", n)),
    )
