"""The story plan: who is in the story, what they want, what stands in the way, how it ends.

A story is planned before a word is written (`make_plan`), and the realiser
(`realise.py`) only says what the plan holds, so the kitten stuck in a drain cannot turn
into a bird, a toy shop never grows trees, and the ending answers the goal. The plan is
also what the tests check a story against (tests/test_story_plan.py).

Arcs (`ARCS`): each is a goal about the plan's one object, an obstacle, and a resolution
that answers the obstacle (or, for a bad ending, fails to):

  lost     the object goes missing; they search the place's hiding spots; found in one
  stuck    the object ends up somewhere high; they reach it with help
  taken    an animal runs off with it; they win it back
  broken   it breaks; they mend it together
  sharing  the friend wants a turn; the hero learns to share
  water    it falls into the water; they get it out
  brave    it is somewhere dark or scary; the hero finds the courage to go and get it
  rain     rain stops their play outdoors; they shelter and wait, and play again after it
  hurt     the hero falls while playing with it and gets hurt; care makes it better
  rescue   an animal of the place is in trouble; they help it, and it plays with the object
  apart    chasing the object, the children lose sight of the parent; they find each other
  gift     it is the friend's birthday; giving the object (or getting it there) is hard
  race     a race or game with the object; the hero wants to win and learns what matters
  sick     the hero falls sick while playing; rest and care, and back to play
  chores   the parent asks for help before play; the object gets lost in the work
  lie      playing too wildly, the hero breaks the parent's thing and hides it; the truth
  picnic   the picnic goes wrong (ants, a thief, a spill); they share what is left
  pretend  the children are bored; a game of make-believe turns the object into magic
  night    back home at bedtime the hero can not sleep; a light, a story, the object in bed
  plant    they plant a seed and nothing grows; patience, water and time
  bake     back home they bake with the parent, and it goes wrong; they mend it and share
  fear     the place's animal scares the hero, who drops the object; it is only friendly

The last fifteen are about the people and animals around the object rather than the object
itself: real children's stories are about rain, scraped knees and lost kittens as much as
about toys, and a corpus of nothing but object trouble teaches a narrow English.
"""

from __future__ import annotations

import collections
import functools
import random
import re
from dataclasses import dataclass, field

from hornbook.corpora.backends.template import lexicon as lx
from hornbook.corpora.backends.template import roles
from hornbook.corpora.backends.template.arcs import ARC_TEXT
from hornbook.corpora.backends.template.ontology import Place, place_for
from hornbook.corpora.recipes.stories import (
    StoryPrompt,
    builtin_names,
    builtin_settings,
    split_setting,
)
from hornbook.corpora.vocabulary import Vocabulary

ARCS = ("lost", "stuck", "taken", "broken", "sharing", "water", "brave", "rain", "hurt", "rescue")
ARCS += ("apart", "gift", "race", "sick", "chores", "lie", "picnic", "pretend", "night")
ARCS += ("plant", "bake", "fear")
PEOPLE_ARCS = ARCS[ARCS.index("rain") :]  # about the people and animals around the object
# Arcs whose trouble is solved at home: no grown-up of the place is there to help.
HOME_ARCS = frozenset({"sick", "night", "bake"})
# Who always resolves some arcs: the hero learns to share; the parent helps with a present.
FIXED_HELPER = {"sharing": "hero", "gift": "parent"}
# Places too small to get lost in (the `apart` arc).
SMALL_PLACES = frozenset({"house", "kitchen", "attic", "backyard", "boat", "barn"})
PARENTS = (("Mom", "she", "mom"), ("Dad", "he", "dad"), ("Grandma", "she", "grandma"))
PARENTS += (("Grandpa", "he", "grandpa"),)
FALLBACK_OBJECTS = (
    "ball",
    "kite",
    "doll",
    "teddy",
    "hat",
    "book",
    "boat",
    "drum",
    "car",
    "robot",
    "balloon",
    "shell",
    "blanket",
    "scarf",
    "bucket",
    "cup",
    "box",
    "train",
    "puzzle",
    "crayon",
)
OBJECT_COLORS = ("red", "blue", "green", "yellow", "pink", "purple", "orange", "white", "brown")
OBJECT_LOOKS = (
    "big",
    "little",
    "new",
    "old",
    "shiny",
    "soft",
    "pretty",
    "small",
    "bright",
    "beautiful",
    "colorful",
    "lovely",
    "fancy",
    "smooth",
    "cute",
)
PLACE_ANIMALS = {
    "farm": "goat",
    "barn": "goat",
    "zoo": "monkey",
    "jungle": "monkey",
    "beach": "dog",
    "forest": "squirrel",
    "woods": "squirrel",
    "park": "squirrel",
    "garden": "squirrel",
    "backyard": "squirrel",
    "camp": "fox",
}


@dataclass(frozen=True)
class Character:
    """A person or animal of the story, with the pronouns the text must use for it."""

    name: str  # how the story calls it: "Lily", "Mom", "the puppy"
    kind: str  # girl, boy, or an animal: "dog"
    he: str  # he / she / it
    relation: str  # hero, friend, brother, sister, mom, dad, grandma, grandpa, animal

    @property
    def his(self) -> str:
        return {"he": "his", "she": "her"}.get(self.he, "its")

    @property
    def him(self) -> str:
        return {"he": "him", "she": "her"}.get(self.he, "it")

    @property
    def person(self) -> bool:
        return self.kind in ("girl", "boy")


@dataclass(frozen=True)
class Thing:
    """The goal object: one noun and its adjectives, fixed for the whole story."""

    noun: str
    adjectives: tuple[str, ...]
    number: str  # one, mass (some sand), plural (some blocks)
    fragile: bool

    @property
    def phrase(self) -> str:
        return " ".join([*self.adjectives, self.noun])

    @property
    def a(self) -> str:
        if self.number != "one":
            return f"some {self.phrase}"
        return f"{lx._article(self.phrase)} {self.phrase}"

    @property
    def it(self) -> str:
        return "them" if self.number == "plural" else "it"

    @property
    def was(self) -> str:
        return "were" if self.number == "plural" else "was"


@dataclass(frozen=True)
class Placement:
    """A required word that is not the object: the role it plays and its word."""

    role: str  # animal, food, person, event, idea, stuff, thing, trait, feeling, weather, taste, opinion
    word: str


@dataclass
class StoryPlan:
    """Everything the story will say, decided before any sentence is written."""

    hero: Character
    friend: Character
    parent: Character
    place: Place
    prep: str  # "in"
    where: str  # "the park", "a small town"
    obj: Thing
    arc: str
    spot: str  # where the obstacle puts the object: "under a bench", "up in a tall tree"
    animal: Character  # the animal that takes the object (arc taken) or turns up in a twist
    helper: str  # who resolves: friend, parent, hero, or a grown-up of the place
    helper_phrase: str  # "the farmer" when a grown-up helps
    success: bool
    verb: str  # the required verb's phrase in the base form, e.g. "paint it"
    verb_lemma: str
    features: frozenset[str]
    placements: list[Placement] = field(default_factory=list)
    sentence: str | None = None  # instruct mode's required sentence

    @property
    def characters(self) -> tuple[Character, ...]:
        cast = (self.hero, self.friend, self.parent)
        return (*cast, self.animal)


def _person(rng: random.Random, name: str, known: frozenset[str], relation: str) -> Character:
    if name in lx.PET_NAMES:
        return Character(name, rng.choice(lx.PET_KINDS), rng.choice(("he", "she")), relation)
    if name in lx.GIRLS:
        return Character(name, "girl", "she", relation)
    if name in known:
        return Character(name, "boy", "he", relation)
    she = rng.random() < 0.5  # a name we do not know: either reads fine
    return Character(name, "girl" if she else "boy", "she" if she else "he", relation)


def _object(
    rng: random.Random, noun: str | None, adjectives: list[str], vocab: Vocabulary
) -> Thing:
    if noun is None:
        pool = [n for n in FALLBACK_OBJECTS if n in vocab.nouns] or ["box"]
        noun = rng.choice(pool)
    lower = noun.lower()
    if lower in lx.PLURAL_NOUNS:
        number = "plural"
    elif lower in lx.MASS_NOUNS:
        number = "mass"
    else:
        number = "one"
    adjs = list(adjectives)
    if not adjs:
        adjs.append(rng.choice(OBJECT_COLORS if rng.random() < 0.6 else OBJECT_LOOKS))
    adjs = [a for a in adjs if a in vocab.adjectives or vocab.is_known(a)]
    return Thing(noun if noun.isupper() else lower, tuple(adjs), number, lower in roles.FRAGILE)


def _noun_role(lower: str) -> str:
    if lower in roles.ANIMALS:
        return "animal"
    if lower in roles.FOODS:
        return "food"
    if lower in roles.PEOPLE:
        return "person"
    if lower in lx.EVENT_NOUNS:
        return "event"
    if lower in lx.ABSTRACT_NOUNS or lower in lx.COUNT_IDEA_NOUNS:
        return "idea"
    if lower in lx.SPECIAL_NOUN_SENTENCES:
        return "special"
    if lower in lx.MASS_NOUNS:
        return "stuff"
    return "thing"


def _adjective_role(lower: str) -> str:
    if lower in lx.TRAIT_ADJECTIVES:
        return "trait"
    if lower in lx.FEELING_ADJECTIVES:
        return "feeling"
    if lower in roles.OBJECT_ADJECTIVES:
        return "object"
    if lower in roles.FOOD_ADJECTIVES:
        return "taste"
    if lower in roles.WEATHER_ADJECTIVES:
        return "weather"
    return "opinion"


@functools.cache
def arc_props(arc: str) -> frozenset[str]:
    """The portable things an arc about people uses as props (the picnic's basket, the
    plant's pot, the bandage): a goal object of the same noun would be mistaken for them
    ("she sat by the empty pot, holding her pot"), so that arc is not drawn for it."""
    words: collections.Counter[str] = collections.Counter()
    for alternatives in ARC_TEXT[arc].values():
        for alternative in alternatives:
            for line in alternative:
                words.update(re.findall(r"[a-z]+", re.sub(r"\{[^}]*\}", "", line.lower())))
    return frozenset(w for w, n in words.items() if n >= 2 and w in roles.PORTABLE)


def _arc(rng: random.Random, place: Place, obj: Thing, animal_noun: str | None) -> str:
    # Every arc but the place-bound ones (stuck, water, rain, apart) and taken, which comes last.
    arcs = ["lost", "broken", "sharing", "brave"]
    arcs += [a for a in PEOPLE_ARCS if a not in ("rain", "apart")]
    if place.outdoor:
        arcs.append("rain")
    if place.head not in SMALL_PLACES:
        arcs.append("apart")
    if place.high:
        arcs.append("stuck")
    if place.water:
        arcs += ["water"] * 2
    if animal_noun in roles.TAKERS:
        return "taken"
    arcs.append("taken")
    if obj.number != "one":
        arcs = [a for a in arcs if a not in ("broken", "stuck")] or ["lost"]
    if obj.fragile:
        arcs.append("broken")
    return rng.choice([a for a in arcs if a not in PEOPLE_ARCS or obj.noun not in arc_props(a)])


def make_plan(prompt: StoryPrompt, vocab: Vocabulary, rng: random.Random) -> StoryPlan:
    """Draw the plan for `prompt`: cast, place, object, arc, obstacle and resolution."""
    names = [n for n in builtin_names() if n in vocab.names] or ["Lily", "Tom"]
    known = frozenset(names)
    hero = _person(rng, prompt.character or rng.choice(names), known, "hero")
    people = [n for n in names if n != hero.name and n not in lx.PET_NAMES]
    friend = _person(rng, rng.choice(people), known, "friend")
    if hero.person and rng.random() < 0.35:
        friend = Character(
            friend.name, friend.kind, friend.he, "sister" if friend.he == "she" else "brother"
        )
    parents = [p for p in PARENTS if p[0] in vocab.names] or list(PARENTS)
    pname, phe, prel = rng.choice(parents)
    parent = Character(pname, "grown-up", phe, prel)

    setting = prompt.setting or rng.choice(builtin_settings())
    prep, where, head = split_setting(setting)
    place = place_for(head)

    nouns = [n for n in prompt.words.get("noun", ())]
    obj_noun: str | None = None
    placements: list[Placement] = []
    animal_noun: str | None = None
    worker: str | None = None
    for noun in nouns:
        lower = noun.lower()
        if obj_noun is None and lower in roles.PORTABLE:
            obj_noun = noun
            continue
        role = _noun_role(lower)
        if role == "animal" and lower in roles.TAKERS and animal_noun is None:
            animal_noun = lower  # the animal that runs off with the object
            continue
        if role == "animal" and obj_noun is None and "toy" in vocab.nouns:
            obj_noun = f"toy {lower}"  # a toy elephant: the animal a child can carry
            continue
        if role == "person" and lower in roles.WORKERS and worker is None:
            worker = lower  # the grown-up who helps at the climax
            continue
        placements.append(Placement(role, noun))
    obj_adjs: list[str] = []
    for adj in prompt.words.get("adjective", ()):
        role = _adjective_role(adj.lower())
        if role == "object" and len(obj_adjs) < 2:
            obj_adjs.append(adj.lower())
        else:
            placements.append(Placement(role if role != "object" else "opinion", adj.lower()))
    obj = _object(rng, obj_noun, obj_adjs, vocab)

    arc = _arc(rng, place, obj, animal_noun)
    if animal_noun is None:  # the animal of the place, for the arc or a twist
        animal_noun = PLACE_ANIMALS.get(place.head, rng.choice(("puppy", "dog", "cat", "kitten")))
    animal = Character(f"the {animal_noun}", animal_noun, "it", "animal")

    if arc == "stuck":
        spot = rng.choice([h for h in place.high if obj.noun not in h.split()] or place.high)
    elif arc == "water":
        spot = f"in {place.water}"
    elif arc == "brave":
        dark = [s for s in place.spots if "dark" in s or "under" in s or "inside" in s]
        dark = [s for s in dark if obj.noun not in s.split()]  # no box "inside an old box"
        spot = rng.choice(dark or list(place.spots) or ["under a seat"])
    elif arc == "rain":  # where they wait for the rain to stop
        cover = [s for s in place.spots if s.startswith(("under", "behind", "inside"))]
        spot = rng.choice(
            [s for s in cover if "grass" not in s and "sand" not in s] or ["under a bench"]
        )
    else:
        spot = rng.choice([p for p in place.spots if obj.noun not in p.split()] or ["under a seat"])

    features = frozenset(prompt.features)
    success = "bad_ending" not in features
    helpers = ["friend", "parent", "hero"]
    if place.grown_up:
        helpers.append("grown_up")
    helper = rng.choice(helpers)
    helper_phrase = rng.choice(place.grown_up) if helper == "grown_up" else ""
    if worker is not None:
        helper, helper_phrase = "grown_up", f"{lx._article(worker)} {worker}"
    if arc == "apart" and helper == "parent":  # the parent is the one they lost
        helper = rng.choice(["friend", "hero"])
    if arc in HOME_ARCS and helper == "grown_up":  # solved at home
        helper, helper_phrase = rng.choice(["friend", "parent", "hero"]), ""
    if arc in FIXED_HELPER:
        helper, helper_phrase = FIXED_HELPER[arc], ""
    if worker is not None and helper != "grown_up":  # the required grown-up is still met
        placements.append(Placement("person", worker))

    verbs = prompt.words.get("verb", ())
    verb_lemma = verbs[0].lower() if verbs else "play"
    verb = lx._verb_phrase(verb_lemma, friend.name, hero.his) if verbs else "play with it"
    verb = re.sub(r"\b(?:Mom|Dad|Grandma|Grandpa)\b", parent.name, verb)
    if verb.endswith(" it"):  # a plain transitive verb takes the goal object
        verb = verb[:-3] + " {my_obj}"
    for extra in verbs[1:]:
        placements.append(Placement("verb", extra.lower()))

    return StoryPlan(
        hero=hero,
        friend=friend,
        parent=parent,
        place=place,
        prep=prep,
        where=where,
        obj=obj,
        arc=arc,
        spot=spot,
        animal=animal,
        helper=helper,
        helper_phrase=helper_phrase,
        success=success,
        verb=verb,
        verb_lemma=verb_lemma,
        features=features,
        placements=placements,
        sentence=prompt.sentence,
    )
