"""diversity_stats on tiny corpora whose answers can be worked out by hand."""

from __future__ import annotations

import pytest
from hornbook.corpora.textstats import (
    REFERENCE_SAMPLE_SIZE,
    diversity_stats,
    first_sentence,
    load_reference_stats,
)


def test_distinct_n_by_hand():
    # Tokens: [a b a b] and [a b c]; 7 unigrams (3 distinct), bigrams ab ba ab | ab bc -> 5
    # total, 3 distinct (ab, ba, bc); trigrams aba bab | abc -> 3 total, 3 distinct;
    # 4-grams abab -> 1 of 1.
    stats = diversity_stats(["A b, a B.", "a b c!"])
    assert stats["stories"] == stats["sample_size"] == 2
    assert stats["distinct_1"] == pytest.approx(3 / 7)
    assert stats["distinct_2"] == pytest.approx(3 / 5)
    assert stats["distinct_3"] == pytest.approx(1.0)
    assert stats["distinct_4"] == pytest.approx(1.0)
    assert stats["mean_words"] == pytest.approx(3.5)


def test_first_sentences_and_openings():
    texts = [
        "Once upon a time, there was a cat. It sat.",
        "Once upon a time, there was a cat.\nIt ran.",
        "Once upon a time, there was a dog! It ran.",
        '"Hi!" said Tom. Then he left.',
    ]
    stats = diversity_stats(texts)
    assert first_sentence(texts[1]) == "Once upon a time, there was a cat."
    assert first_sentence(texts[3]) == '"Hi!"'
    assert stats["top_first_sentence_share"] == pytest.approx(2 / 4)
    assert stats["shared_first_sentence_share"] == pytest.approx(2 / 4)
    assert stats["once_upon_a_time_share"] == pytest.approx(3 / 4)


def test_sample_size_and_empty():
    stats = diversity_stats(iter(["a b", "c d", "e f"]), sample_size=2)
    assert stats["sample_size"] == 2 and stats["distinct_1"] == 1.0
    empty = diversity_stats([])
    assert empty["stories"] == 0 and empty["distinct_2"] == 0.0 and empty["mean_words"] == 0.0


def test_shipped_reference_numbers():
    ref = load_reference_stats()
    assert ref["sample_size"] == REFERENCE_SAMPLE_SIZE and "TinyStories" in ref["source"]
    for n in range(1, 5):
        assert 0.0 < ref[f"distinct_{n}"] <= 1.0
    assert ref["distinct_1"] < ref["distinct_2"] < ref["distinct_3"] < ref["distinct_4"]
    assert 100 < ref["mean_words"] < 300
