"""The stories recipe: deterministic, independent prompts that render well."""

from __future__ import annotations

import pytest
from hornbook.corpora.errors import UserError
from hornbook.corpora.recipes.stories import (
    INSTRUCT_SENTENCES,
    StoryPrompt,
    builtin_openings,
    builtin_settings,
    prompt_metadata,
    render_training_text,
    render_word_list,
    sample_prompt,
    split_story_summary,
)
from hornbook.corpora.rows import STORY_SCHEMA
from hornbook.corpora.spec import DiversitySpec, InstructSpec, StoriesRecipe
from hornbook.corpora.vocabulary import load_vocabulary


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
        "one dialogue, the story has a bad ending. The main character is called "
        f"{prompt.character}. The story takes place {prompt.setting}. Begin the story with "
        f'"{prompt.opening}". Remember' in prompt.text
    )
    for word in prompt.required_words:
        assert f'"{word}"' in prompt.text
    off = DiversitySpec(names=[], settings=[], openings=[])
    plain = sample_prompt(StoriesRecipe(max_features=0, diversity=off), vocab, 0, 0)
    assert "features" not in plain.text
    assert plain.text.endswith('". Remember to only use simple words!')
    assert "main character" not in plain.text and plain.character is None


def test_custom_template_and_bad_placeholder(vocab):
    ok = StoriesRecipe(prompt_template="Use {word_list}. {{literal}} {feature_sentence}")
    assert "{literal}" in sample_prompt(ok, vocab, 0, 0).text
    bad = StoriesRecipe(prompt_template="Use {word_list} about {topic}.")
    with pytest.raises(UserError, match="topic"):
        sample_prompt(bad, vocab, 0, 0)


def test_diversity_controls_drawn_from_lists(vocab):
    recipe = StoriesRecipe()
    prompts = [sample_prompt(recipe, vocab, 5, i) for i in range(400)]
    assert len({p.character for p in prompts}) > 60
    assert {p.setting for p in prompts} <= set(builtin_settings())
    assert len({p.opening for p in prompts}) == len(set(builtin_openings()))
    for p in prompts[:20]:
        assert f"The main character is called {p.character}." in p.text
        assert f'Begin the story with "{p.opening}".' in p.text
    # Built-in settings and openings are in vocabulary.
    for entry in (*builtin_settings(), *builtin_openings(), *INSTRUCT_SENTENCES):
        assert vocab.oov_rate(entry[:1].upper() + entry[1:]) == 0.0, entry
    # Switching one control off leaves the words, features and other controls unchanged.
    off = StoriesRecipe(diversity=DiversitySpec(settings=[]))
    for p, q in zip(
        prompts[:50], [sample_prompt(off, vocab, 5, i) for i in range(50)], strict=True
    ):
        assert (q.words, q.features, q.character, q.opening) == (
            p.words,
            p.features,
            p.character,
            p.opening,
        )
        assert q.setting is None and "takes place" not in q.text


def test_custom_controls_and_their_errors(vocab):
    recipe = StoriesRecipe(
        diversity=DiversitySpec(names=["Zed"], settings=["in the kitchen"], openings=["One day"])
    )
    prompt = sample_prompt(recipe, vocab, 0, 3)
    assert (prompt.character, prompt.setting, prompt.opening) == (
        "Zed",
        "in the kitchen",
        "One day",
    )
    with pytest.raises(UserError, match="settings.*galaxy"):
        sample_prompt(StoriesRecipe(diversity=DiversitySpec(settings=["in a galaxy"])), vocab, 0, 0)
    with pytest.raises(UserError, match="names"):
        sample_prompt(StoriesRecipe(diversity=DiversitySpec(names=["zed"])), vocab, 0, 0)
    placed = StoriesRecipe(prompt_template="{controls}Write about {word_list}.")
    assert sample_prompt(placed, vocab, 0, 0).text.startswith("The main character is called ")


def test_instruct_prompt_metadata_and_training_text(vocab):
    recipe = StoriesRecipe(
        min_features=2, max_features=2, instruct=InstructSpec(enabled=True, sentence_fraction=1.0)
    )
    prompt = sample_prompt(recipe, vocab, 9, 0)
    assert prompt.sentence in INSTRUCT_SENTENCES and prompt.ask_summary
    assert f'contain this sentence: "{prompt.sentence}"' in prompt.text
    assert 'starts with "Summary:"' in prompt.text
    meta = prompt_metadata(prompt)
    assert set(meta) - {"index"} <= set(STORY_SCHEMA.names)
    assert meta["words"] == list(prompt.required_words) and meta["sentence"] == prompt.sentence
    text = render_training_text(recipe, prompt, "Once upon a time, Mia ran.\n", "Mia runs.")
    lines = text.split("\n")
    names = {
        "dialogue": "Dialogue",
        "bad_ending": "BadEnding",
        "moral_value": "MoralValue",
        "plot_twist": "Twist",
        "foreshadowing": "Foreshadowing",
        "conflict": "Conflict",
    }
    assert lines[0] == "Features: " + ", ".join(names[f] for f in prompt.features)
    assert lines[1] == "Words: " + ", ".join(prompt.required_words)
    assert lines[2] == f"Random sentence: {prompt.sentence}"
    assert lines[3:] == ["Summary: Mia runs.", "Story:", "", "Once upon a time, Mia ran."]
    plain = StoriesRecipe()
    assert render_training_text(plain, prompt, " Mia ran. ", "ignored") == "Mia ran."
    none_drawn = StoriesRecipe(
        instruct=InstructSpec(enabled=True, sentence_fraction=0.0, summary=False)
    )
    p0 = sample_prompt(none_drawn, vocab, 9, 0)
    assert p0.sentence is None and not p0.ask_summary and "Summary" not in p0.text
    assert "Random sentence" not in render_training_text(none_drawn, p0, "Mia ran.", "x")
    assert "Summary" not in render_training_text(none_drawn, p0, "Mia ran.", "x")


def test_split_story_summary_round_trip():
    story = 'Once upon a time, Mia ran.\n"Hi," said Tom.'
    assert split_story_summary(f"{story}\nSummary: Mia runs and meets Tom.") == (
        story,
        "Mia runs and meets Tom.",
    )
    assert split_story_summary(f"{story}\n\n**Summary:** Mia runs.\n") == (story, "Mia runs.")
    assert split_story_summary(story) == (story, None)
    assert split_story_summary(f"{story}\nSummary:") == (story, None)
    # A story line that merely mentions a summary is not the marker line.
    assert split_story_summary("Mia read a summary: it was short.") == (
        "Mia read a summary: it was short.",
        None,
    )
