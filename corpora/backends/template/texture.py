"""Everyday detail: what the hero likes, eats, plays with and wants to be.

A children's story is about one thing, but it is told in the whole of a child's
vocabulary: the girl who lost her kite also likes apples and ducks, has a book about
lions, and wants to be a pilot. Without such detail a corpus repeats the few hundred words
of its plot templates, and a small model trained on it meets most of the words of real
stories for the first time at evaluation (measured by `benchmarks/bench_transfer.py`:
stories that use more of the vocabulary teach real stories better).

Each line here draws words of one usage class (animals, foods, toys, jobs, traits,
intransitive verbs; `roles.py`, `lexicon.py`) from the corpus vocabulary, in frames that
are true whatever the place: nothing is placed *at* the story's place, so no detail can
contradict the ontology, and the goal object's noun is never reused for another thing.
"""

from __future__ import annotations

import random

from hornbook.corpora.backends.template import lexicon as lx
from hornbook.corpora.backends.template import roles
from hornbook.corpora.backends.template.morph import verb_form
from hornbook.corpora.backends.template.ontology import DETAIL_WORDS
from hornbook.corpora.vocabulary import Vocabulary

# Frames per class; `{x}`/`{y}`/`{z}` are words of the class (with article where `{a_x}`).
ANIMAL_LINES = (
    "{name} [liked|loved] animals, and {he} liked the {x} best.",
    "{He} had a book about {a_x} and {a_y}.",
    "{name} liked to pretend to be {a_x}.",
    "On the wall [of {his} room|by {his} bed], there was a picture of {a_x}.",
    "{name} made a picture of {a_x} for {parent}.",
    "At night, {parent} [read|told] {him} a story about {a_x} and {a_y}.",
    "{name} [wanted|hoped] to see {a_x} up close one day.",
    "{name} had a toy {x} and a toy {y}, and {he} took them everywhere.",
    "{friend} liked {x_mass}, but {name} liked {y_mass} more.",
    "{name} could make a sound just like {a_x}.",
    "{His} bag had pictures of {x_mass} and {y_mass} on it.",
    "Some day, {name} [wanted|hoped] to have {a_x} as a pet.",
    "When {he} played, {name} liked to move like {a_x}.",
    "{name} knew a song about {a_x}, and {he} sang it to {friend}.",
    "In {his} dreams, {name} could talk to {x_mass} and {y_mass}.",
    "{name} liked {x_mass}, but {he} liked {y_mass} even more.",
    "One time, {name} saw {a_x} in a book and laughed.",
    "{name} had a picture book with {x_mass}, {y_mass} and {z_mass} in it.",
    "{name} and {friend} liked to pretend they were {x_mass}.",
    "If {name} had a pet, {he} would want {a_x}.",
    "{name} thought {x_mass} were funny and {y_mass} were cute.",
    "{friend} told {name} a joke about {a_x} and {a_y}.",
    "At bedtime, {name} liked to hear about {x_mass}.",
    "{name} once made a hat that looked like {a_x}.",
    "{name} asked {parent} how big {a_x} could get.",
    "{name} liked to make the sound of {a_x} to make {friend} laugh.",
    "There were pictures of {x_mass} all over {name}'s room.",
    "{name} wanted to learn all about {x_mass} and {y_mass}.",
    "{parent} and {name} sang a song about {a_x} who could not sleep.",
    "{name} wondered what it was like to be {a_x}.",
)
FOOD_LINES = (
    "Of all foods, {name} liked {x_mass} best.",
    "For [lunch|breakfast|a snack], {parent} [made|gave {him}] {a_x} and {a_y}.",
    "{name} [ate|had] {a_x} [before they left|for breakfast|on the way].",
    "{He} [liked|loved] {x_mass} and {y_mass}, but not {z_mass}.",
    "{parent} put {a_x} and {a_y} in a bag for {him}.",
    "{name} did not like {x_mass}, but {he} [liked|loved] {y_mass}.",
    "After dinner, {name} [had|ate] {a_x}.",
    "{parent} knew that {name} liked {x_mass} more than {y_mass}.",
    "When {he} was hungry, {name} asked {parent} for {a_x}.",
    "{name} and {friend} liked to share {a_x} after lunch.",
    "That morning, {name} had {a_x} and {a_y} for breakfast.",
    "{name} could eat {x_mass} every day.",
    "{parent} said {name} had to eat {a_x} before {he} could have {a_y}.",
    "{friend} gave {name} {a_x}, and {name} said thank you.",
    "When {he} got hungry, {name} had {a_x} and {a_y}.",
    "{name} did not want {x_mass} for dinner, but {parent} said to try some.",
    "At lunch, {name} and {friend} both had {a_x}.",
    "{name} always had {a_x} when {he} came home.",
    "{parent} gave {name} {a_x} [after school|before bed].",
    "{friend} liked {x_mass}, and {name} liked {x_mass} too.",
    "{name} liked {x_mass} with {y_mass}.",
    "On {his} birthday, {name} wanted {x_mass} and {y_mass}.",
    "{name} tried {a_x} once, and {he} did not like it at all.",
)
TOY_LINES = (
    "{name} had many things to play with, like {a_x}, {a_y} and {a_z}.",
    "In {his} room, there was {a_x}, {a_y} and a big box of toys.",
    "{name} also had {a_x} and {a_y}, but {he} [liked|loved] the {obj} best.",
    "{friend} had {a_x}, and {name} had {a_y}.",
    "For {his} birthday, {name} got {a_x} and {a_y}.",
    "At home, {name} liked to play with {a_x} and {a_y}.",
    "{name} wanted {a_x}, but {parent} said {he} had enough toys.",
    "{name} kept {a_x} and {a_y} in a box under {his} bed.",
    "{friend} let {name} play with {a_x}.",
    "{parent} gave {name} {a_x} when {he} was small.",
    "{name} wanted {a_x} for {his} next birthday.",
    "At bedtime, {name} liked to have {a_x} close by.",
    "{name} liked {a_x}, but {friend} liked {a_y} more.",
    "When it rained, {name} played with {a_x} and {a_y} at home.",
    "{name} and {friend} liked to play with {a_x} and {a_y} together.",
)
JOB_LINES = (
    "When {he} grew up, {name} wanted to be {a_x}.",
    "{name} liked to pretend {he} was {a_x}.",
    "{name}'s [aunt|uncle|neighbor] was {a_x}, and {he} [loved|liked] to visit.",
    "{parent} said {name} could be {a_x} one day.",
    "In {his} games, {name} was always {a_x}.",
    "{friend} wanted to be {a_x}, but {name} wanted to be {a_y}.",
    "{name} once met {a_x}, and {he} never forgot it.",
    "{name} liked to dress up like {a_x}.",
    "{friend} said {name} would be a good {x}.",
    "{name} read a book about {a_x} and {a_y}.",
    "One day, {name} wanted to be {a_x}, and the next day, {a_y}.",
    "{name} and {friend} played that they were {a_x} and {a_y}.",
    "{name} asked {parent} what {a_x} does all day.",
    "At school, {name} told everyone {he} wanted to be {a_x}.",
    "{parent} once took {name} to meet {a_x}.",
)
TRAIT_LINES = (
    "{name} was {x} and {y}.",
    "{friend} was {a_x} {fkind}, and {name} liked that.",
    "Everyone said {name} was {a_x} {kind}.",
    "{friend} was {x}, and {name} was {y}.",
    "{parent} said {name} was {x}, but also {y}.",
    "{name} was {a_x} {kind} with {a_y} friend named {friend}.",
    "People who knew {name} said {he} was {x}.",
    "{name} was not always {x}, but {he} was always {y}.",
    "{friend} said {name} was {x}, and {parent} said {he} was {y}.",
    "{name} tried hard to be {x}.",
    "{parent} wanted {name} to be {x} and {y}.",
    "Some people thought {name} was {x}, but {he} was really just {y}.",
    "Everyone could see that {friend} was {x}.",
    "{name} and {friend} were both {x}.",
    "{name} was {x} at home and {y} at school.",
)
VERB_LINES = (
    "{name} liked to {x} and {y}.",
    "Every day, {name} would {x}, {y} and play.",
    "{He} [loved|liked] to {x} with {friend}.",
    "{friend} liked to {x}, but {name} liked to {y}.",
    "{parent} liked to watch {name} {x}.",
    "Some days, {name} would just {x}.",
    "After lunch, {name} liked to {x} for a while.",
    "{name} could {x} and {y} all day long.",
    "{name} liked to {x} when {he} was happy.",
    "{friend} showed {name} how to {x}.",
    "{name} would {x} and then {y}.",
    "In the morning, {name} liked to {x}.",
    "{name} and {friend} liked to {x} together.",
    "When {he} had time, {name} liked to {x}.",
    "Sometimes {name} would {x}, and sometimes {he} would {y}.",
    "{name} could {x} better than {friend}.",
)
FRAMES = {
    "animal": ANIMAL_LINES,
    "food": FOOD_LINES,
    "toy": TOY_LINES,
    "job": JOB_LINES,
    "trait": TRAIT_LINES,
    "verb": VERB_LINES,
}
KINDS = tuple(FRAMES)


_POOLS: dict[tuple[int, str], tuple[Vocabulary, tuple[str, ...]]] = {}


def _pool(vocab: Vocabulary, kind: str, noun: str) -> tuple[str, ...]:
    """Words of `kind` that the vocabulary knows, not tied to a place, not the object."""
    key = (id(vocab), kind)  # the entry holds the vocabulary, so its id stays unique
    hit = _POOLS.get(key)
    if hit is None:
        hit = _POOLS[key] = (vocab, _words(vocab, kind))
    return tuple(w for w in hit[1] if w != noun)


def _words(vocab: Vocabulary, kind: str) -> tuple[str, ...]:
    if kind == "animal":
        words = [w for w in roles.ANIMALS if w in vocab.nouns]
    elif kind == "food":
        words = [w for w in roles.FOODS if w in vocab.nouns]
    elif kind == "toy":
        words = [w for w in roles.PORTABLE if w in vocab.nouns and w not in roles.FRAGILE]
    elif kind == "job":
        words = [w for w in roles.WORKERS if w in vocab.nouns]
    elif kind == "trait":
        words = [w for w in lx.TRAIT_ADJECTIVES if w in vocab.adjectives]
    else:
        words = [w for w in lx.INTRANSITIVE_VERBS if w in vocab.verbs]
    return tuple(sorted(w for w in words if w not in DETAIL_WORDS and " " not in w))


def _plural(word: str, vocab: Vocabulary) -> str:
    """How a thing is named in general: "bread", "apples"."""
    if word in lx.MASS_NOUNS:
        return word
    return verb_form(word, "plural", vocab) or word


def _a_noun(word: str) -> str:
    """ "an apple", "some bread"."""
    return f"some {word}" if word in lx.MASS_NOUNS else f"{lx._article(word)} {word}"


def detail_line(kind: str, rng: random.Random, vocab: Vocabulary, noun: str) -> str | None:
    """A template (slots for `Writer.fill`) with three words of `kind`, or None."""
    pool = _pool(vocab, kind, noun)
    if len(pool) < 3:
        return None
    x, y, z = rng.sample(pool, 3)
    line = rng.choice(FRAMES[kind])
    for key, word in {"x": x, "y": y, "z": z}.items():
        line = line.replace(f"{{a_{key}}}", _a_noun(word))
        line = line.replace(f"{{{key}_mass}}", _plural(word, vocab))
        line = line.replace(f"{{{key}}}", word)
    return line
