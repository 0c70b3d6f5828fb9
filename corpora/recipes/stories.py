"""The `stories` recipe: TinyStories-style prompts drawn from a child vocabulary.

Each prompt asks for a few required words (by default one verb, one noun, one adjective)
and a random subset of story features, rendered into the TinyStories paper's prompt. On
top of the paper, a prompt draws diversity controls (the main character's name, a setting,
the story's first words) and, in TinyStories-Instruct mode, sometimes a sentence the story
must contain. A prompt depends only on (seed, index), never on the prompts drawn before it,
so a corpus can be generated in any order, in shards, or resumed, and still be
byte-identical. Each control draws from its own random stream, so switching one off (an
empty list in the spec) leaves the words, features and other controls unchanged.

The prompt template keeps the paper's wording. Its placeholders are `{word_list}`,
`{feature_sentence}` and `{controls}` (the asks for character, setting, opening, required
sentence and summary, in words). A template without `{controls}` gets them right after
`{feature_sentence}` (or at its end), so an LLM is always told what the row's metadata
claims it was asked.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import ALL_STORY_FEATURES, StoriesRecipe
from hornbook.corpora.vocabulary import NAMES_FILE, VOCAB_DIR, Vocabulary

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
# The feature names of the released TinyStories-Instruct data ("Features: Dialogue, Twist").
INSTRUCT_FEATURE_NAMES: dict[str, str] = {
    "dialogue": "Dialogue",
    "bad_ending": "BadEnding",
    "moral_value": "MoralValue",
    "plot_twist": "Twist",
    "foreshadowing": "Foreshadowing",
    "conflict": "Conflict",
}

TEMPLATE_PLACEHOLDERS = frozenset({"word_list", "feature_sentence", "controls"})

OPENINGS_FILE = VOCAB_DIR / "openings.txt"
SETTINGS_FILE = VOCAB_DIR / "settings.txt"
# Lines of names.txt that are forms of address, not a main character's name.
FAMILY_WORDS = frozenset(
    ["Mom", "Mommy", "Mum", "Mummy", "Mama", "Dad", "Papa", "Grandma", "Grandpa", "Granny", "Nana"]
)
_PREPOSITIONS = ("in", "at", "on", "by", "near", "under", "inside")

# TinyStories-Instruct's "Random sentence": a simple, in-vocabulary sentence that fits any
# story with a main character and a friend, so the template backend can place it verbatim
# between two beats and an LLM can work it in.
INSTRUCT_SENTENCES: tuple[str, ...] = (
    "The sun was warm and the sky was blue.",
    "A little bird sang in a tall tree.",
    "They laughed and laughed until they fell down.",
    "The wind made the leaves dance.",
    "A big dog ran by with a stick.",
    "Everything was quiet for a while.",
    "They stopped and looked around.",
    "The clouds looked like big, soft pillows.",
    "A small frog jumped into the water.",
    "Mom called from the window, but nobody heard her.",
    "It was the best day of the summer.",
    "The flowers were red, yellow and pink.",
    "They heard a funny noise behind them.",
    "A butterfly landed on a flower.",
    "The grass was soft under their feet.",
    "Nobody said a word.",
    "They were a little scared.",
    "A cat watched them from the fence.",
    "The bell rang three times.",
    "Soon it was time for lunch.",
    "They were hungry, so they ate some apples.",
    "The water was cold and clear.",
    "Two ducks swam by in a row.",
    "There was a rainbow in the sky.",
    "It was getting dark outside.",
    "They sat down to rest for a while.",
    "A little mouse ran across the floor.",
    "The moon came out and the stars started to shine.",
    "They held hands and walked on.",
    "Someone was singing a happy song.",
)

SUMMARY_MARKER = "Summary:"
SUMMARY_ASK = (
    f'After the story, write one more line that starts with "{SUMMARY_MARKER}" and sums '
    "up the story in one short sentence. "
)
# The last line that starts with the marker (tolerating markdown bold around it).
_SUMMARY_LINE_RE = re.compile(r"^[ \t]*\**[ \t]*summary[ \t]*:?\**[ \t]*:?[ \t]*", re.I | re.M)


@dataclass(frozen=True)
class StoryPrompt:
    """One prompt: the words, features and controls it asks for, and the text sent.

    `character`, `setting` (e.g. "in the garden"), `opening` ("One sunny morning") and
    `sentence` (instruct mode: a sentence the story must contain verbatim) are None when
    the control is off or not drawn.
    """

    index: int
    words: dict[str, tuple[str, ...]]
    features: tuple[str, ...]
    text: str
    character: str | None = None
    setting: str | None = None
    opening: str | None = None
    sentence: str | None = None
    ask_summary: bool = field(default=False)

    @property
    def required_words(self) -> tuple[str, ...]:
        """Every word the story must use, in verb, noun, adjective order."""
        return tuple(word for group in self.words.values() for word in group)


# ------------------------------------------------------------------ rendering pieces


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


def render_controls(
    character: str | None,
    setting: str | None,
    opening: str | None,
    sentence: str | None,
    ask_summary: bool,
) -> str:
    """The asks for the diversity controls and instruct extras, each a sentence + space."""
    parts = []
    if character:
        parts.append(f"The main character is called {character}. ")
    if setting:
        parts.append(f"The story takes place {setting}. ")
    if opening:
        parts.append(f'Begin the story with "{opening}". ')
    if sentence:
        parts.append(f'The story must contain this sentence: "{sentence}" ')
    if ask_summary:
        parts.append(SUMMARY_ASK)
    return "".join(parts)


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


def _with_controls(template: str) -> str:
    """The template with `{controls}` placed after `{feature_sentence}` if it has none."""
    if "{controls}" in template:
        return template
    if "{feature_sentence}" in template:
        return template.replace("{feature_sentence}", "{feature_sentence}{controls}", 1)
    return template.rstrip() + " {controls}"


# ------------------------------------------------------------------ diversity lists


def _read_list(path: Path) -> tuple[str, ...]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#"))


# Children's stories reuse a few short, familiar names far more than the rest: the
# TinyStories paper's own examples are about Lily, Tom, Ben, Sue and Tim, and its corpus is
# dominated by such names. A flat draw over ~150 names would spread a corpus thin over
# names a reader rarely meets, so the built-in pool repeats these (count = weight).
FAVOURITE_NAMES = {
    "Lily": 5,
    "Tim": 3,
    "Ben": 3,
    "Tom": 3,
    **dict.fromkeys(
        ("Sara", "Timmy", "Sue", "Sam", "Mia", "Max", "Anna", "Lucy", "Jack", "Amy"), 2
    ),
}


@cache
def builtin_names() -> tuple[str, ...]:
    """Main-character names: the shipped names.txt without forms of address (Mom, Dad),
    each favourite repeated `FAVOURITE_NAMES[name]` times so a uniform draw is weighted."""
    names = [n for n in _read_list(NAMES_FILE) if n not in FAMILY_WORDS]
    return tuple(n for n in names for _ in range(FAVOURITE_NAMES.get(n, 1)))


@cache
def builtin_settings() -> tuple[str, ...]:
    """Settings such as "in the garden", shipped in corpora/vocab/settings.txt."""
    return _read_list(SETTINGS_FILE)


@cache
def builtin_openings() -> tuple[str, ...]:
    """Story openings such as "One sunny morning", shipped in corpora/vocab/openings.txt."""
    return _read_list(OPENINGS_FILE)


def split_setting(setting: str) -> tuple[str, str, str]:
    """'in a small town' -> ('in', 'a small town', 'town'); a bare 'garden' -> 'in the'.

    The head noun (the last word) is what a story refers back to ("the town").
    """
    words = setting.split()
    if len(words) > 1 and words[0].lower() in _PREPOSITIONS:
        prep, phrase = words[0].lower(), " ".join(words[1:])
    else:
        prep, phrase = "in", setting if len(words) > 1 else f"the {setting}"
    return prep, phrase, phrase.split()[-1]


def _in_vocabulary(vocab: Vocabulary, text: str) -> bool:
    # Sentence-initial position is what an opening takes; mid-sentence for the rest.
    return vocab.oov_rate(text[:1].upper() + text[1:]) == 0.0


def _build_pool(kind: str, given: tuple[str, ...] | None, vocab: Vocabulary) -> tuple[str, ...]:
    if given is None:
        builtin = {
            "names": builtin_names,
            "settings": builtin_settings,
            "openings": builtin_openings,
        }[kind]()
        # A custom vocabulary may lack some built-in entries: keep only those it knows.
        pool = tuple(s for s in builtin if kind == "names" or _in_vocabulary(vocab, s))
        return pool
    for entry in given:
        if not entry.strip():
            raise UserError(f"recipe.diversity.{kind} holds an empty entry")
        if kind != "names" and not _in_vocabulary(vocab, entry):
            raise UserError(
                f"recipe.diversity.{kind}: '{entry}' uses words outside the vocabulary "
                f"'{vocab.source}' ({', '.join(vocab.oov_words(entry))})"
            )
        if kind == "names" and not entry[:1].isupper():
            raise UserError(f"recipe.diversity.names: '{entry}' must start with a capital letter")
    return tuple(e.strip() for e in given)


def diversity_pool(recipe: StoriesRecipe, vocab: Vocabulary, kind: str) -> tuple[str, ...]:
    """The entries one control draws from ('names', 'settings' or 'openings').

    None in the spec means the built-in list (entries outside a custom vocabulary are
    skipped); a user list is checked (settings and openings must be in vocabulary) and an
    empty list switches the control off.
    """
    given = getattr(recipe.diversity, kind)
    frozen = tuple(given) if given is not None else None
    # Keyed on the vocabulary's identity (hashing its word lists costs more than a prompt);
    # the entry holds the vocabulary, so its id cannot be reused while cached.
    key = (kind, id(vocab), frozen)
    hit = _POOLS.get(key)
    if hit is None:
        hit = _POOLS[key] = (vocab, _build_pool(kind, frozen, vocab))
    return hit[1]


_POOLS: dict[tuple[str, int, tuple[str, ...] | None], tuple[Vocabulary, tuple[str, ...]]] = {}


# ------------------------------------------------------------------ sampling


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

    controls: dict[str, str | None] = {}
    for kind, key in (("names", "character"), ("settings", "setting"), ("openings", "opening")):
        entries = diversity_pool(recipe, vocab, kind)
        own = random.Random(f"{seed}:{index}:{key}")
        controls[key] = own.choice(entries) if entries else None
    sentence = None
    if recipe.instruct.enabled:
        own = random.Random(f"{seed}:{index}:sentence")
        if own.random() < recipe.instruct.sentence_fraction:
            sentence = own.choice(INSTRUCT_SENTENCES)
    ask_summary = recipe.instruct.enabled and recipe.instruct.summary

    text = _with_controls(recipe.prompt_template).format(
        word_list=render_word_list(words),
        feature_sentence=render_feature_sentence(features),
        controls=render_controls(
            controls["character"], controls["setting"], controls["opening"], sentence, ask_summary
        ),
    )
    return StoryPrompt(
        index=index,
        words=words,
        features=features,
        text=text,
        character=controls["character"],
        setting=controls["setting"],
        opening=controls["opening"],
        sentence=sentence,
        ask_summary=ask_summary,
    )


def prompt_metadata(prompt: StoryPrompt) -> dict[str, object]:
    """The STORY_SCHEMA fields a prompt fixes (the rest come from the backend and spec)."""
    return {
        "index": prompt.index,
        "prompt": prompt.text,
        "words": list(prompt.required_words),
        "features": list(prompt.features),
        "sentence": prompt.sentence,
        "character": prompt.character,
        "setting": prompt.setting,
        "opening": prompt.opening,
    }


# ------------------------------------------------------------------ training text


def render_training_text(
    recipe: StoriesRecipe, prompt: StoryPrompt, story: str, summary: str | None
) -> str:
    """The row's training text: the story itself, or TinyStories-Instruct's format.

    Instruct mode follows the released TinyStories-Instruct data: header lines, then
    "Story:", a blank line and the story:

        Features: Dialogue, BadEnding
        Words: jump, ball, red
        Random sentence: The wind made the leaves dance.
        Summary: Mia loses her ball and never finds it.
        Story:

        Once upon a time, ...

    A line is left out when it has nothing to say (no features, no words, no sentence, no
    summary or `instruct.summary` off). The released data's trailing space after "Story:"
    is dropped.
    """
    story = story.strip()
    if not recipe.instruct.enabled:
        return story
    lines = []
    if prompt.features:
        lines.append("Features: " + ", ".join(INSTRUCT_FEATURE_NAMES[f] for f in prompt.features))
    if prompt.required_words:
        lines.append("Words: " + ", ".join(prompt.required_words))
    if prompt.sentence:
        lines.append(f"Random sentence: {prompt.sentence}")
    if summary and recipe.instruct.summary:
        lines.append(f"Summary: {' '.join(summary.split())}")
    lines.append("Story:")
    return "\n".join(lines) + "\n\n" + story


def split_story_summary(text: str) -> tuple[str, str | None]:
    """Split an LLM answer into (story, summary) on its last "Summary:" line.

    In instruct mode the prompt asks for one line starting with `SUMMARY_MARKER` after the
    story; the summary is that line (and anything after it), joined into one line. An
    answer without the marker is all story (summary None); an empty summary is None too.
    """
    matches = list(_SUMMARY_LINE_RE.finditer(text))
    if not matches:
        return text.strip(), None
    last = matches[-1]
    story = text[: last.start()].strip()
    summary = " ".join(text[last.end() :].split()) or None
    return story, summary
