"""The stories recipe: deterministic, independent prompts that render well."""

from __future__ import annotations

import pytest

from corpora.errors import UserError
from corpora.recipes.stories import StoryPrompt, render_word_list, sample_prompt
from corpora.spec import StoriesRecipe
from corpora.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary("child")


def test_deterministic_and_independent(vocab):
    recipe = StoriesRecipe()
    first = [sample_prompt(recipe, vocab, 7, i) for i in range(50)]
    again = [sample_prompt(recipe, vocab, 7, i) for i in reversed(range(50))][::-1]
    assert first == again
    assert sample_prompt(recipe, vocab, 7, 30) == first[30]
    other_seed = [sample_prompt(recipe, vocab, 8, i) for i in range(50)]
    assert [p.words for p in first] != [p.words for p in other_seed]
    assert len({p.required_words for p in first}) == 50


def test_word_and_feature_counts(vocab):
    recipe = StoriesRecipe(
        words_per_prompt={"verb": 2, "noun": 3, "adjective": 0}, min_features=1, max_features=3
    )
    seen_counts = set()
    for i in range(200):
        prompt = sample_prompt(recipe, vocab, 1, i)
        assert isinstance(prompt, StoryPrompt) and prompt.index == i
        assert len(set(prompt.words["verb"])) == 2 and len(set(prompt.words["noun"])) == 3
        assert "adjective" not in prompt.words
        assert set(prompt.words["verb"]) <= set(vocab.verbs)
        assert 1 <= len(prompt.features) <= 3 and len(set(prompt.features)) == len(prompt.features)
        seen_counts.add(len(prompt.features))
        assert prompt.required_words == prompt.words["verb"] + prompt.words["noun"]
    assert seen_counts == {1, 2, 3}


def test_rendering(vocab):
    assert render_word_list({"verb": ("jump",), "noun": ("ball",), "adjective": ("red",)}) == (
        'the verb "jump", the noun "ball" and the adjective "red"'
    )
    assert render_word_list({"noun": ("ball", "cat")}) == 'the nouns "ball" and "cat"'
    recipe = StoriesRecipe(min_features=2, max_features=2, features=["dialogue", "bad_ending"])
    prompt = sample_prompt(recipe, vocab, 0, 0)
    assert prompt.text.startswith("Write a short story (3-5 paragraphs)")
    assert (
        "The story should have the following features: the story should contain at least "
        "one dialogue, the story has a bad ending. Remember" in prompt.text
    )
    for word in prompt.required_words:
        assert f'"{word}"' in prompt.text
    plain = sample_prompt(StoriesRecipe(max_features=0), vocab, 0, 0)
    assert "features" not in plain.text and ". Remember to only use simple words!" in plain.text


def test_custom_template_and_bad_placeholder(vocab):
    ok = StoriesRecipe(prompt_template="Use {word_list}. {{literal}} {feature_sentence}")
    assert "{literal}" in sample_prompt(ok, vocab, 0, 0).text
    bad = StoriesRecipe(prompt_template="Use {word_list} about {topic}.")
    with pytest.raises(UserError, match="topic"):
        sample_prompt(bad, vocab, 0, 0)
