"""How much of an evaluation set a run has already seen: 13-gram overlap with its training text.

A score on an evaluation set means something only if the model did not train on that set.
The check reuses the GSM8K decontamination's n-grams (`corpora.curate.decontaminate`:
numbers deleted, DataTrove's `simplify_text`, whitespace words, 13-grams, xxhash64), so a
score is guarded by exactly the rule that keeps GSM8K questions out of math corpora.

An item *overlaps* when at least one of its 13-grams occurs in the training split, and is
*copied* when at least `COPIED_ITEM_SHARE` (half) of its 13-grams do. Overlap alone is a poor
flag: children's stories share formulaic runs of 13 words ("once upon a time there was a
little girl named ... she loved to play"), so one half of the shipped real stories overlaps
the other in ~10% of items, yet no item has more than 8% of its 13-grams in the other half.
A score is flagged `contaminated` when more than `CONTAMINATED_SHARE` (1%) of the set's
items are copied. Items with fewer than 13 words cannot match and count in the denominator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from datatrove.utils.hashing import create_hash_func
from hornbook.corpora.curate.decontaminate import decont_config, ngram_tokens

NGRAM = 13
COPIED_ITEM_SHARE = 0.5
CONTAMINATED_SHARE = 0.01


def training_ngrams(texts: Iterable[str], n: int = NGRAM) -> set[int]:
    """Hashes of every normalised n-gram of the training texts."""
    config = decont_config(n)
    hash_func = create_hash_func(config.hash_config)
    hashes: set[int] = set()
    for text in texts:
        hashes.update(hash_func(gram) for gram in ngram_tokens(text, config))
    return hashes


def overlap(eval_texts: Sequence[str], train_hashes: set[int], n: int = NGRAM) -> dict[str, Any]:
    """Per-set overlap figures and the contamination flag (see the module docstring).

    Keys: `n`, `items`, `items_overlapping` (any shared n-gram), `share_items_overlapping`,
    `items_copied` (at least half of its n-grams shared), `share_items_copied`, `ngrams`
    (n-grams of the set), `ngrams_in_train`, `share_ngrams_in_train`, `threshold` (the
    copied-item share above which the score is flagged) and `contaminated`.
    """
    config = decont_config(n)
    hash_func = create_hash_func(config.hash_config)
    items_hit = items_copied = grams = grams_hit = 0
    for text in eval_texts:
        hashes = [hash_func(gram) for gram in ngram_tokens(text, config)]
        hit = sum(1 for h in hashes if h in train_hashes)
        grams += len(hashes)
        grams_hit += hit
        items_hit += hit > 0
        items_copied += bool(hashes) and hit >= COPIED_ITEM_SHARE * len(hashes)
    total = len(eval_texts)
    copied_share = items_copied / total if total else 0.0
    return {
        "n": n,
        "items": len(eval_texts),
        "items_overlapping": items_hit,
        "share_items_overlapping": items_hit / total if total else 0.0,
        "items_copied": items_copied,
        "share_items_copied": copied_share,
        "ngrams": grams,
        "ngrams_in_train": grams_hit,
        "share_ngrams_in_train": grams_hit / grams if grams else 0.0,
        "threshold": CONTAMINATED_SHARE,
        "contaminated": copied_share > CONTAMINATED_SHARE,
    }
