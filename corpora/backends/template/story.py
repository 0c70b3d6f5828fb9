"""Writing one story: cast, world and required words, then the grammar's beats in order.

Everything is drawn from one random generator keyed on (seed, prompt index), so a story
depends on nothing else and a corpus is byte-identical however it is sharded.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from hornbook.corpora.backends.template import grammar as g
from hornbook.corpora.backends.template import lexicon as lx
from hornbook.corpora.backends.template.shapes import SHAPES, Shape
from hornbook.corpora.recipes.stories import (
    StoryPrompt,
    builtin_names,
    builtin_settings,
    split_setting,
)
from hornbook.corpora.vocabulary import Vocabulary

ADULTS = (("Mom", "she"), ("Dad", "he"), ("Grandma", "she"), ("Grandpa", "he"))
# With the opening control off, stories open the way most real TinyStories do.
ONCE_UPON_A_TIME_SHARE = 0.6
SPONTANEOUS_DIALOGUE = 0.35  # real stories often talk even when not asked to
MIN_TARGET_WORDS, MAX_TARGET_WORDS = 120, 215


@dataclass(frozen=True)
class TemplateStory:
    """A story, its one-sentence summary, and the shape of its plot."""

    story: str
    summary: str
    shape: str


@dataclass(frozen=True)
class _Person:
    name: str
    kind: str  # girl, boy, or an animal
    he: str

    @property
    def his(self) -> str:
        return "her" if self.he == "she" else "his"

    @property
    def him(self) -> str:
        return "her" if self.he == "she" else "him"


def _person(rng: random.Random, name: str, known: frozenset[str]) -> _Person:
    if name in lx.PET_NAMES:
        return _Person(name, rng.choice(lx.PET_KINDS), rng.choice(("he", "she")))
    if name in lx.GIRLS:
        return _Person(name, "girl", "she")
    if name in known:
        return _Person(name, "boy", "he")
    she = rng.random() < 0.5  # a name we do not know: either reads fine
    return _Person(name, "girl" if she else "boy", "she" if she else "he")


def _cap(sentence: str) -> str:
    """Capitalise the first letter, also after an opening quote."""
    for i, ch in enumerate(sentence):
        if ch.isalpha():
            return sentence[:i] + ch.upper() + sentence[i + 1 :]
        if ch not in "\"' ":
            return sentence
    return sentence


@dataclass
class _Object:
    noun: str
    a_obj: str
    plural: bool


def _place_words(
    rng: random.Random, prompt: StoryPrompt, vocab: Vocabulary
) -> tuple[list[str], list[str], list[str], _Object]:
    """Place the required nouns and adjectives: (P1 lines, P2 lines, P3 lines, object)."""
    p1: list[str] = []
    p2: list[str] = []
    p3: list[str] = []
    obj: _Object | None = None
    for noun in prompt.words.get("noun", ()):
        lower = noun.lower()
        if lower in lx.SPECIAL_NOUN_SENTENCES:
            p2.append(lx.SPECIAL_NOUN_SENTENCES[lower])
        elif lower in lx.EVENT_NOUNS:
            line = rng.choice(("It was time for {x}.", "{name} was ready for {x}."))
            p2.append(line.replace("{x}", f"{lx._article(lower)} {lower}"))
        elif lower in lx.COUNT_IDEA_NOUNS:
            line = rng.choice(("{name} thought of {x}.", "Then {name} had {x}."))
            p2.append(line.replace("{x}", f"{lx._article(lower)} {lower}"))
        elif lower in lx.ABSTRACT_NOUNS:
            line = rng.choice(
                (
                    "That night, {adult} told {name} a story about {x}.",
                    "{name} loved to think about {x}.",
                    "{adult} and {name} talked about {x} on the way home.",
                )
            )
            p3.append(line.replace("{x}", lower))
        elif obj is None:
            plural = lower in lx.PLURAL_NOUNS
            some = plural or lower in lx.MASS_NOUNS
            obj = _Object(noun if noun.isupper() else lower, "some" if some else "", plural)
        else:
            det = "some" if lower in lx.MASS_NOUNS | lx.PLURAL_NOUNS else lx._article(lower)
            p2.append(f"{{name}} also saw {det} {lower} {{at_place}}.")
    if obj is None:
        fallbacks = [n for n in lx.FALLBACK_OBJECTS if n in vocab.nouns] or ["box"]
        obj = _Object(rng.choice(fallbacks), "", False)
    obj_adjs: list[str] = []
    for adj in prompt.words.get("adjective", ()):
        lower = adj.lower()
        if lower in lx.TRAIT_ADJECTIVES:
            line = rng.choice(
                (
                    f"{{name}} was {lx._article(lower)} {lower} {{kind}}.",
                    f"Everyone knew that {{name}} was very {lower}.",
                    f"{{adult}} always said {{name}} was {lower}.",
                )
            )
            p1.append(line)
        elif lower in lx.FEELING_ADJECTIVES:
            line = rng.choice(("{name} felt {x}.", "That day, {name} felt very {x}."))
            (p1 if rng.random() < 0.5 else p3).append(line.replace("{x}", lower))
        else:
            obj_adjs.append(lower)
    described = " ".join([*obj_adjs, obj.noun])
    obj.a_obj = (
        f"some {described}" if obj.a_obj == "some" else f"{lx._article(described)} {described}"
    )
    return p1, p2, p3, obj


def write_story(prompt: StoryPrompt, vocab: Vocabulary, seed: int) -> TemplateStory:
    """Write one story (and its summary) for `prompt`, deterministically per (seed, index)."""
    rng = random.Random(f"template:{seed}:{prompt.index}")
    features = set(prompt.features)
    names = [n for n in builtin_names() if n in vocab.names] or ["Lily", "Tom"]
    known = frozenset(names)
    hero = _person(rng, prompt.character or rng.choice(names), known)
    friends = [n for n in names if n != hero.name and n not in lx.PET_NAMES]
    friend = _person(rng, rng.choice(friends), known)
    adult, adult_he = rng.choice([a for a in ADULTS if a[0] in vocab.names] or list(ADULTS))
    setting = prompt.setting or rng.choice(builtin_settings())
    prep, phrase, head = split_setting(setting)
    shape: Shape = rng.choice(SHAPES)
    p1_words, p2_words, p3_words, obj = _place_words(rng, prompt, vocab)

    verbs = [lx._verb_phrase(v, friend.name, hero.his) for v in prompt.words.get("verb", ())]
    vp = verbs[0] if verbs else "play"
    plural = obj.plural
    slots = {
        "name": hero.name,
        "he": hero.he,
        "He": hero.he.capitalize(),
        "his": hero.his,
        "His": hero.his.capitalize(),
        "him": hero.him,
        "kind": hero.kind,
        "friend": friend.name,
        "fhe": friend.he,
        "fHe": friend.he.capitalize(),
        "fhis": friend.his,
        "fHis": friend.his.capitalize(),
        "fhim": friend.him,
        "fkind": friend.kind,
        "adult": adult,
        "he_adult": adult_he,
        "at_place": f"{prep} {phrase}",
        "to_place": f"to {phrase}",
        "near_place": f"near {phrase}",
        "the_place": f"the {head}",
        "obj": obj.noun,
        "a_obj": obj.a_obj,
        "the_obj": f"the {obj.noun}",
        "it": "them" if plural else "it",
        "It": "They" if plural else "It",
        "was": "were" if plural else "was",
        "is": "are" if plural else "is",
        "it_is": "they are" if plural else "it is",
        "vp": vp,
        "little": rng.choice(g.LITTLE),
    }

    # 1. Opening and setup.
    clauses = g.FIRST_CLAUSES if hero.kind not in ("girl", "boy") else g.PEOPLE_CLAUSES
    clause = rng.choice(clauses)
    opening = prompt.opening
    if opening is None and rng.random() < ONCE_UPON_A_TIME_SHARE:
        opening = "Once upon a time"
    first = f"{opening}, {clause}." if opening else _cap(clause) + "."
    p1 = [first, *rng.sample(g.INTRO_LINES, rng.randint(1, 2)), *p1_words]
    if not any(
        slot in line for line in p1 for slot in ("{at_place}", "{to_place}", "{near_place}")
    ):
        p1.insert(1, rng.choice(g.PLACE_LINES))  # the prompt's setting, said in words
    vp_lines = [rng.choice(g.VP_LINES).replace("{vp}", phrase) for phrase in verbs or [vp]]
    p1 += vp_lines
    payoff = None
    if "foreshadowing" in features:
        setup, payoff = rng.choice(g.FORESHADOW_PAIRS)
        p1.append(setup)

    # 2. The inciting event: where the object (required noun and adjective) appears.
    p2 = [*rng.choice(shape.inciting), *p2_words]

    # 3. Attempts and complications.
    p3 = [*rng.choice(shape.middle), *p3_words]
    talk: list[str] = []
    if "dialogue" in features or rng.random() < SPONTANEOUS_DIALOGUE:
        talk = list(rng.choice(shape.talk))
    conflict: list[str] = []
    if "conflict" in features:
        outcome = g.UNRESOLVED_LINES if "bad_ending" in features else g.RESOLVED_LINES
        conflict = [rng.choice(g.CONFLICT_LINES), rng.choice(outcome)]

    # 4. Climax and resolution (the foreshadowed payoff and the twist come first).
    bad = "bad_ending" in features
    p4 = [payoff] if payoff else []
    if "plot_twist" in features:
        p4.append(rng.choice(shape.twist))
    p4 += list(rng.choice(shape.bad if bad else shape.good))

    # 5. The ending and the lesson.
    p5 = [rng.choice(g.BAD_FINALS if bad else g.HAPPY_FINALS)]
    if "moral_value" in features:
        moral = rng.choice(shape.morals)
        p5.append(rng.choice(g.MORAL_STEMS).replace("{moral}", moral))

    # Dialogue lines stand as their own paragraphs half the time, as in real stories.
    paragraphs: list[list[str]] = [p1, p2, p3]
    if talk:
        if rng.random() < 0.5:
            paragraphs += [[line] for line in talk]
        else:
            paragraphs.append(talk)
    if conflict:
        paragraphs.append(conflict)
    paragraphs += [p4, p5]

    fillers = list(g.FILLER_LINES)
    rng.shuffle(fillers)
    target = rng.randint(MIN_TARGET_WORDS, MAX_TARGET_WORDS)

    def render() -> str:
        return "\n".join(" ".join(_cap(s.format(**slots)) for s in para) for para in paragraphs)

    text = render()
    grow = [p2, p3]
    while len(text.split()) < target and fillers:
        para = grow[len(fillers) % 2]
        para.insert(len(para) - 1 if len(para) > 1 else len(para), fillers.pop())
        text = render()
    if prompt.sentence:
        # Instruct mode: the required sentence, verbatim, after the inciting event.
        lines = text.split("\n")
        lines[1] = f"{lines[1]} {prompt.sentence}"
        text = "\n".join(lines)

    summary = _cap(rng.choice(shape.summary_bad if bad else shape.summary_good).format(**slots))
    return TemplateStory(story=text, summary=summary, shape=shape.name)


def generate_story(prompt: StoryPrompt, vocab: Vocabulary, seed: int) -> str:
    """The story text alone (see `write_story` for the summary and the shape)."""
    return write_story(prompt, vocab, seed).story
