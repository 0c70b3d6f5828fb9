"""The template backend: in-vocabulary, deterministic stories that do what was asked."""

from __future__ import annotations

import collections
import re

import pytest

from corpora.backends.template import TEMPLATE_BACKEND_VERSION, generate_story
from corpora.recipes.stories import sample_prompt
from corpora.spec import StoriesRecipe
from corpora.vocabulary import load_vocabulary

N = 500


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary("child")


@pytest.fixture(scope="module")
def corpus(vocab):
    recipe = StoriesRecipe(min_features=0, max_features=3)
    prompts = [sample_prompt(recipe, vocab, 42, i) for i in range(N)]
    return prompts, [generate_story(p, vocab, 42) for p in prompts]


def test_version():
    assert TEMPLATE_BACKEND_VERSION == "1"


def test_required_words_and_vocabulary(corpus, vocab):
    for prompt, story in zip(*corpus, strict=True):
        for word in prompt.required_words:
            assert vocab.contains_word(story, word), (word, story)
        assert vocab.oov_words(story) == [], story
        assert vocab.oov_rate(story) == 0.0


def test_every_word_of_every_list_is_usable(vocab):
    """Each noun, verb and adjective of the list yields an in-vocabulary story using it."""
    recipe = StoriesRecipe(max_features=0)
    base = sample_prompt(recipe, vocab, 0, 0)
    for pos, pool in (
        ("noun", vocab.nouns),
        ("verb", vocab.verbs),
        ("adjective", vocab.adjectives),
    ):
        for i, word in enumerate(pool):
            words = dict(base.words)
            words[pos] = (word,)
            prompt = type(base)(index=i, words=words, features=(), text="")
            story = generate_story(prompt, vocab, 0)
            assert vocab.contains_word(story, word), (word, story)
            assert vocab.oov_words(story) == [], (word, vocab.oov_words(story))


def test_deterministic(corpus, vocab):
    prompts, stories = corpus
    assert [generate_story(p, vocab, 42) for p in prompts[:50]] == stories[:50]
    assert generate_story(prompts[0], vocab, 43) != stories[0]


def test_features_realised(corpus):
    for prompt, story in zip(*corpus, strict=True):
        features = set(prompt.features)
        if "dialogue" in features:
            assert re.search(r'"[^"\n]{2,}"', story), story
            assert re.search(r"\b(said|asked)\b", story), story
        if "moral_value" in features:
            assert " learned that " in story
        if "plot_twist" in features:
            assert "But then," in story
        if "bad_ending" in features:
            last = story.split("\n")[-1] + story.split("\n")[-2]
            assert re.search(r"gone forever|never saw|all alone|very bad day", last), story
        if "conflict" in features:
            assert re.search(r"fight|would not give|got angry", story), story
        if "foreshadowing" in features:
            assert re.search(r"dark clouds|wet|hole in|old tree", story.split("\n")[0]), story


def test_shape_and_variety(corpus, vocab):
    stories = corpus[1]
    assert len(set(stories)) == len(stories)
    for story in stories:
        assert 3 <= story.count("\n") + 1 <= 5
        assert 120 <= len(vocab.words(story)) <= 350
    first = collections.Counter(re.split(r"(?<=[.!?])\s", s, maxsplit=1)[0] for s in stories)
    share = first.most_common(1)[0][1] / len(stories)
    assert share < 0.05, first.most_common(3)
