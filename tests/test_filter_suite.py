"""The story filter suite: each filter keeps a good story and drops a planted bad one with
its precise reason, records what it measured, and the suite runs in the spec's order."""

from __future__ import annotations

import pickle

import pytest
from datatrove.data import Document
from hornbook.corpora.curate import heuristics
from hornbook.corpora.curate.filters import (
    CharsetFilter,
    FeatureFilter,
    MetaChatterFilter,
    ReadabilityFilter,
    RepetitionFilter,
    TruncationFilter,
)
from hornbook.corpora.curate.suite import story_filter_steps
from hornbook.corpora.spec import RepetitionSpec, load_spec

GOOD = (
    "Once upon a time, there was a little dog named Max. Max liked to play in the park "
    "with his red ball. One day, he saw a big cat under a tree.\n"
    '"Do you want to play?" Max asked. The cat was sad, because she had lost her toy. '
    "Max helped her look for it, and they found it near the pond.\n"
    "They played together all day. Max learned that helping a friend makes you happy too."
)


def doc(text: str, **meta) -> Document:
    return Document(text=text, id="x", metadata=dict(meta))


def test_charset_filter_drops_foreign_text_and_symbols() -> None:
    f = CharsetFilter(min_alpha_ratio=0.75, max_non_ascii_ratio=0.01)
    good = doc(GOOD.replace('"', "\u201c", 1).replace('?"', "?\u201d"))  # curly quotes are fine
    assert f.filter(good) is True
    assert good.metadata["non_ascii_ratio"] == 0.0 and good.metadata["alpha_ratio"] > 0.9
    russian = doc("Жила-была маленькая собака по имени Макс. Она любила играть в парке. " * 3)
    assert f.filter(russian) == (False, "non_ascii")
    table = doc("| 1 | 2 | 3 |\n|---|---|---|\n| 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |")
    assert f.filter(table) == (False, "low_alpha_ratio")
    french = doc(
        "Il était une fois un petit chien nommé Max. Max aimait jouer dans le parc avec "
        "sa balle rouge. Un jour, il vit un grand chat sous un arbre."
    )
    f_ascii = CharsetFilter(min_alpha_ratio=0.75, max_non_ascii_ratio=0.05)
    assert f_ascii.filter(french) == (False, "not_english")
    assert french.metadata["stopword_ratio"] < 0.2


def test_truncation_filter() -> None:
    f = TruncationFilter()
    assert f.filter(doc(GOOD)) is True
    for ending in ('He said, "Bye!"', "The End", "They waited...", "It was fun!\u201d\n"):
        assert f.filter(doc(f"Tom ran home. {ending}")) is True, ending
    cut = doc(GOOD[:-30])
    assert f.filter(cut) == (False, "truncated") and cut.metadata["truncated"] is True
    assert f.filter(doc("Tom ran home, and then he")) == (False, "truncated")
    # an LLM answer stopped by its token limit is truncated whatever its last character
    assert f.filter(doc(GOOD, finish_reason="length")) == (False, "truncated")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sure! Here is a short story about a dog.\n\n" + GOOD, "preamble"),
        ("Here's a story for a 3 year old:\n" + GOOD, "preamble"),
        ("Certainly! " + GOOD, "preamble"),
        ("Title: Max and the Cat\n\n" + GOOD, "title"),
        ("**Max and the Cat**\n" + GOOD, "title"),
        ("## Max and the Cat\n" + GOOD, "markdown"),
        ("I'm sorry, but I can't write that story.", "refusal"),
        ("As an AI language model, I cannot do that. " + GOOD, "refusal"),
        (GOOD + "\n\nI hope you enjoyed this story! Let me know if you want another.", "postamble"),
        (GOOD + "\n\nThis story teaches children to be kind.", "postamble"),
    ],
)
def test_meta_chatter_is_dropped_with_its_kind(text: str, kind: str) -> None:
    d = doc(text)
    assert MetaChatterFilter().filter(d) == (False, f"meta_chatter:{kind}")
    assert d.metadata["meta_chatter"] == kind


def test_meta_chatter_ignores_what_characters_say() -> None:
    f = MetaChatterFilter()
    speech = GOOD + '\n"I can\'t help you," said the cat. "I hope you find it," said Max.'
    assert f.filter(doc(speech)) is True
    assert f.filter(doc('"Sure!" said Max. ' + GOOD)) is True


def test_readability_bounds_and_measure() -> None:
    simple = doc(GOOD)
    assert ReadabilityFilter(None, 9.0).filter(simple) is True
    assert 0 < simple.metadata["grade_level"] < 6
    adult = doc(
        "The municipal administration's comprehensive infrastructure modernization initiative "
        "necessitated unprecedented intergovernmental coordination, considerable financial "
        "commitments, and extraordinarily complicated environmental assessments."
    )
    assert ReadabilityFilter(None, 9.0).filter(adult) == (False, "grade_too_high")
    assert ReadabilityFilter(4.0, None).filter(doc("Tom ran. Sam sat. Max hid.")) == (
        False,
        "grade_too_low",
    )
    assert heuristics.syllables("little") == 2 and heuristics.syllables("make") == 1
    assert heuristics.syllables("jumped") == 1 and heuristics.syllables("wanted") == 2


def _repetition(spec: RepetitionSpec | None = None) -> RepetitionFilter:
    spec = spec or RepetitionSpec()
    return RepetitionFilter(
        spec.dup_line_frac, spec.dup_para_frac, spec.top_n_grams, spec.dup_n_grams
    )


def test_gopher_repetition_drops_looping_text_offline() -> None:
    f = _repetition()
    good = doc(GOOD)
    assert f.filter(good) is True and good.metadata["repetition"] is None
    loop = doc(GOOD + " " + "and they played and played and played and played " * 12 + ".")
    result = f.filter(loop)
    assert result is not True and result[1].startswith("repetition:")
    assert loop.metadata["repetition"] == result[1].removeprefix("repetition:")
    lines = doc("\n".join(["The dog ran to the park and back home again."] * 6 + [GOOD]))
    assert f.filter(lines) == (False, "repetition:dup_line_frac")
    # the step pickles into DataTrove workers without a loaded spaCy pipeline
    clone = pickle.loads(pickle.dumps(f))
    assert clone.filter(doc(GOOD)) is True


@pytest.mark.parametrize(
    ("feature", "good", "bad"),
    [
        ("dialogue", GOOD, GOOD.replace('"', "")),
        (
            "moral_value",
            GOOD,
            "Max played with his ball in the park. The sun was warm. He went home for dinner.",
        ),
        (
            "bad_ending",
            "Max played with his ball. Then it rolled into the river. Max cried, and the ball "
            "was gone forever.",
            "Max played with his ball. They had a great day. Everyone smiled and laughed.",
        ),
        (
            "plot_twist",
            "Max looked for the ball. Suddenly, he saw it was a big orange.",
            "Max looked for the ball. He found it under a tree. He played with it.",
        ),
        (
            "foreshadowing",
            "Mom said, \u201cDon\u2019t go near the river.\u201d Max played all day.",
            "Max played with his ball. He went home. He ate dinner.",
        ),
        (  # the payoff cue in its contracted form, as the story generator writes it
            "foreshadowing",
            "Max played with his ball. He didn't think it would roll so far.",
            "Max played with his ball. He went home. He ate dinner.",
        ),
        (
            "conflict",
            "Max wanted the ball. Tom grabbed it and they argued.",
            "Max played with his ball. He went home. He ate dinner.",
        ),
    ],
)
def test_feature_filter(feature: str, good: str, bad: str) -> None:
    f = FeatureFilter()
    assert f.filter(doc(good, features=[feature])) is True
    planted = doc(bad, features=[feature])
    assert f.filter(planted) == (False, f"missing_feature:{feature}")
    assert planted.metadata["missing_features"] == [feature]
    assert f.filter(doc(bad)) is True  # no requested features (e.g. a `files` row): no judgement


def test_filters_judge_the_story_not_the_instruction() -> None:
    """Instruct mode: `text` holds the instruction; filters read `metadata.story`."""
    instruct = "Features: Dialogue\nWords: dog, run, red\nStory: " + GOOD
    d = doc(instruct, story=GOOD, features=["dialogue"])
    assert MetaChatterFilter().filter(d) is True
    assert FeatureFilter().filter(d) is True


def test_suite_order_and_switches() -> None:
    spec = load_spec("tinystories")
    names = [type(s).__name__ for s in story_filter_steps(spec, lambda name: None)]
    assert names == [
        "LengthFilter",
        "CharsetFilter",
        "TruncationFilter",
        "MetaChatterFilter",
        "RequiredWordsFilter",
        "FeatureFilter",
        "VocabularyFilter",
        "ReadabilityFilter",
        "RepetitionFilter",
    ]
    off = load_spec(
        "tinystories",
        [
            "curate.reject_truncated=false",
            "curate.reject_meta_chatter=false",
            "curate.require_features=false",
            "curate.require_prompt_words=false",
            "curate.repetition.enabled=false",
        ],
    )
    names = [type(s).__name__ for s in story_filter_steps(off, lambda name: None)]
    assert names == ["LengthFilter", "CharsetFilter", "VocabularyFilter", "ReadabilityFilter"]
