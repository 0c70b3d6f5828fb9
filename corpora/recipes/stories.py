"""The `stories` recipe: TinyStories-style prompts drawn from a child vocabulary.

Each prompt asks for a few required words (by default one verb, one noun, one adjective)
and a random subset of story features, rendered into the TinyStories paper's prompt. A
prompt depends only on (seed, index), never on the prompts drawn before it, so a corpus can
be generated in any order, in shards, or resumed, and still be byte-identical.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from corpora.errors import UserError
from corpora.spec import ALL_STORY_FEATURES, StoriesRecipe
from corpora.vocabulary import Vocabulary

# Part of speech -> (singular label, plural label, vocabulary attribute), in the order the
# TinyStories paper lists them ('the verb "decorate", the noun "thunder" and the adjective
# "ancient"').
_POS_ORDER: tuple[tuple[str, str, str, str], ...] = (
    ("verb", "verb", "verbs", "verbs"),
    ("noun", "noun", "nouns", "nouns"),
    ("adjective", "adjective", "adjectives", "adjectives"),
)

# The TinyStories paper's instruction for each feature.
FEATURE_INSTRUCTIONS: dict[str, str] = {
    "dialogue": "the story should contain at least one dialogue",
    "bad_ending": "the story has a bad ending",
    "moral_value": "the story has a moral value",
    "plot_twist": "something unexpected happens / there is a plot twist",
    "foreshadowing": "the narrative uses foreshadowing or setup and payoff",
    "conflict": "the story has some form of conflict in it",
}

TEMPLATE_PLACEHOLDERS = frozenset({"word_list", "feature_sentence"})


@dataclass(frozen=True)
class StoryPrompt:
    """One prompt: the words and features it asks for, and the text sent to a generator."""

    index: int
    words: dict[str, tuple[str, ...]]
    features: tuple[str, ...]
    text: str

    @property
    def required_words(self) -> tuple[str, ...]:
        """Every word the story must use, in verb, noun, adjective order."""
        return tuple(word for group in self.words.values() for word in group)


def _join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' — the TinyStories prompt's list style."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def render_word_list(words: dict[str, tuple[str, ...]]) -> str:
    """'the verb "jump", the nouns "ball" and "cat" and the adjective "red"'."""
    groups = []
    for pos, singular, plural, _ in _POS_ORDER:
        chosen = words.get(pos, ())
        if not chosen:
            continue
        label = singular if len(chosen) == 1 else plural
        groups.append(f"the {label} " + _join([f'"{w}"' for w in chosen]))
    return _join(groups)


def render_feature_sentence(features: tuple[str, ...]) -> str:
    """'' for no features, else the paper's sentence with a trailing space."""
    if not features:
        return ""
    instructions = ", ".join(FEATURE_INSTRUCTIONS[f] for f in features)
    return f"The story should have the following features: {instructions}. "


def check_template(template: str) -> None:
    """Raise UserError if `template` is malformed or uses a placeholder we do not fill."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        raise UserError(f"recipe.prompt_template is malformed: {exc}") from None
    for name in fields:
        if name not in TEMPLATE_PLACEHOLDERS:
            allowed = ", ".join("{" + p + "}" for p in sorted(TEMPLATE_PLACEHOLDERS))
            raise UserError(
                f"recipe.prompt_template uses unknown placeholder '{{{name}}}' "
                f"(allowed: {allowed}; write {{{{ and }}}} for literal braces)"
            )


def sample_prompt(recipe: StoriesRecipe, vocab: Vocabulary, seed: int, index: int) -> StoryPrompt:
    """Draw prompt number `index` of a corpus with `seed`.

    The generator is keyed on both numbers as a string, so prompt 7 is the same whether or
    not prompts 0..6 were drawn, and seeds never collide the way `seed + index` would.
    """
    check_template(recipe.prompt_template)
    rng = random.Random(f"{seed}:{index}")
    words: dict[str, tuple[str, ...]] = {}
    for pos, _, _, attribute in _POS_ORDER:
        count = recipe.words_per_prompt.get(pos, 0)  # type: ignore[call-overload]
        if count <= 0:
            continue
        pool: tuple[str, ...] = getattr(vocab, attribute)
        if count > len(pool):
            raise UserError(
                f"recipe.words_per_prompt.{pos} asks for {count} words but the vocabulary "
                f"'{recipe.vocabulary}' lists only {len(pool)} {attribute}"
            )
        words[pos] = tuple(rng.sample(pool, count))
    distinct = [f for f in ALL_STORY_FEATURES if f in set(recipe.features)]
    count = rng.randint(recipe.min_features, min(recipe.max_features, len(distinct)))
    chosen = set(rng.sample(distinct, count))
    features = tuple(f for f in distinct if f in chosen)
    text = recipe.prompt_template.format(
        word_list=render_word_list(words), feature_sentence=render_feature_sentence(features)
    )
    return StoryPrompt(index=index, words=words, features=features, text=text)
