"""Sentences that place a required word which is not the goal object.

A prompt asks for several nouns, verbs and adjectives; the plan uses one noun as the goal
object and gives every other word a role (`plan._noun_role`, `plan._adjective_role`): a
trait of the hero, a feeling, the weather, a thing at the place, a grown-up met there...
Each role has its own bank of sentences, since one sentence per role, repeated in every
story that draws a word of that role, is what a small model learns by heart instead of
English. `{word}` is the required word and `{a_word}` the word with its article; the other
slots are the realiser's (`realise.Writer`).

A word that cannot be at the story's place (snow in a kitchen, a whale at the park) is
talked about or remembered instead of placed there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hornbook.corpora.backends.template import lexicon as lx
from hornbook.corpora.backends.template.ontology import DETAIL_WORDS, Place, allows
from hornbook.corpora.backends.template.plan import Placement

if TYPE_CHECKING:
    from hornbook.corpora.backends.template.realise import Writer

TRAIT = (
    "{name} was {a_word} {kind}.",
    "Everyone [said|knew] that {name} was [very|really] {word}.",
    "{parent} always said {name} was {word}.",
    "{name} was a [very|really] {word} {kind}, and everyone liked {him}.",
    "{friend} liked {name} because {he} was so {word}.",
    "{name} tried to be {word} every day.",
    "People could see that {name} was {word}.",
    "{name} was {word}, and {he} [liked|loved] to help {his} friends.",
    "All the other kids knew that {name} was {word}.",
)
FEELING = (
    "{name} felt [very|so] {word}.",
    "{name} was {word}.",
    "{name} [was|felt] a little {word}.",
    "{name} started to feel {word}.",
    "Now {name} was [very|so|really] {word}.",
    "[Everyone|{friend}] could see that {name} was {word}.",
    "{name} was so {word} that {he} could not say a word.",
    "{name} felt {word}, and {he} held {my_obj} close.",
)
WEATHER_OUT = (
    "It was {a_word} day.",
    "The day was {word}.",
    "[That day|Outside], the weather was {word}.",
    "It was {word} [outside|that day], but they did not mind.",
    "It was {a_word} day, perfect for playing {at_place}.",
    "The weather was {word}, so {name} was glad to be {at_place}.",
)
WEATHER_IN = (
    "Outside it was {word}, but they were inside {place}.",
    "It was {word} outside, so they [stayed|played] inside {place}.",
    "The day was {word}, and {name} was glad to be inside.",
)
OPINION = (
    "{name} thought {my_obj} {was} [very|so|really] {word}.",
    "[Everyone|{friend}] said {the_obj} looked {word}.",
    "{friend} [said|thought] that {my_obj} {was} {word}.",
    "{name} loved {my_obj} because {it} {was} so {word}.",
    "To {name}, {my_obj} {was} [very|the most] {word}.",
    "[{parent}|{friend}] looked at {my_obj} and said {it} {was} {word}.",
)
VERB = (
    "{name} [also|really|always] [liked|wanted|loved] to {phrase}.",
    "Sometimes {name} would {phrase}[ too| with {friend}|].",
    "{name} [could|knew how to] {phrase}[, too| very well|].",
    "{name} [liked|loved] to {phrase} [in the morning|after lunch|every day].",
    "Every day, {name} [would|liked to] {phrase}.",
    "{parent} had [shown|taught] {name} how to {phrase}.",
    "When {name} had nothing to do, {he} would {phrase}.",
    "{name} and {friend} liked to {phrase} together.",
    "{name} was learning to {phrase}, and {he} was getting better every day.",
)
PERSON = (
    "[On the way|There], {a_word} [smiled|waved] at {name} and [looked at|asked about] {my_obj}.",
    "{name} saw {a_word} [on the way|there] and [waved|said hello].",
    "On the way, they met {a_word}, who [was very kind|waved at them|said hello].",
    "{name} [told|showed] {a_word} about {my_obj}[ on the way|].",
    "{A_word} [said hello to|smiled at] {name} and {friend} on the way.",
)
ANIMAL = (
    "{my_obj} had a picture of {a_word} on {it}.",
    "{name} had a book about {a_word}, and {he} [read it|looked at it] every night.",
    "{name} [walked|jumped] like {a_word}, and {friend} laughed.",
    "{name} [wished|wanted] to see {a_word} one day.",
    "{name} told {friend} about {a_word} {he} had seen [once|the day before].",
)
EVENT = (
    "[Later|After that|Soon|Then], [it was time for|they got ready for] {a_word}, and {name} [took|brought] {my_obj} along.",
    "[Later|That evening], there was {a_word}, and {name} [took|brought] {my_obj}.",
    "{parent} said they would have {a_word} [soon|the next day], and {name} could not wait.",
    "After that, they all went to {a_word}[ together|].",
)
IDEA = (
    "That night, {parent} told {name} a story about {about}, and {name} listened with {my_obj} [next to {him}|in {his} arms].",
    "{name} [thought|talked] about {about} [for a long time|all the way home].",
    "Before bed, {name} and {parent} talked about {about}.",
    "That night, {name} [held|hugged] {my_obj} and thought about {about}.",
)
IDEA_COUNT = (
    "{name} [had|thought of] {a_word} about {my_obj}.",
    "{friend} had {a_word} about {my_obj}, and {name} listened.",
)
STUFF = (
    "There was some {word} [near|next to] them, and {name} kept {my_obj} away from it.",
    "{name} found some {word} there and showed it to {friend}.",
    "{friend} [pointed at|found] some {word}, and they looked at it together.",
    "There was a lot of {word} {at_place}, and {name} [looked at|stepped over] it.",
)
THING = (
    "{name} showed {my_obj} to {friend} next to {a_word}.",
    "{name} put {my_obj} down by {a_word} for a little while.",
    "[Near|Next to|Close to|Not far from] them [was|stood] {a_word}, and {name} [sat|stood|waited] there with {my_obj}.",
    "On the way, {name} [saw|passed|spotted] {a_word} and [pointed at|smiled at|looked at] it.",
    "{name} and {friend} [talked about|looked at] {a_word} [for a while|together].",
    "There was {a_word} [near|next to] them, and {friend} [pointed at|looked at] it.",
    "{name} [stopped|sat down] [next to|near] {a_word} to [rest|look at {my_obj}].",
    "{friend} asked {name} about {a_word} they saw there.",
)
ELSEWHERE = (
    "{name} told {friend} about {a_word} {he} had seen [once|the day before], and {friend} [listened|smiled].",
    "{name} [thought|talked] about {a_word} {he} had seen [once|the day before].",
)
# Lexicon sentences that place weather or sand outdoors, said from inside instead.
INDOOR_SPECIAL = {
    "wind": "{name} heard the wind outside.",
    "lightning": "{name} saw lightning from the window.",
    "wild": "{name}'s hair was wild that day.",
    "wet": "{name}'s shoes were wet.",
    "cold": "It was cold outside, so {name} had a warm coat.",
    "fall": "It was fall, and the days were getting cold.",
    "black": "The night outside was black.",
    "gray": "The day outside was gray.",
    "square": "{name} made a square on a piece of paper.",
    "circle": "{name} made a circle on a piece of paper.",
    "triangle": "{name} made a triangle on a piece of paper.",
    "sky": "{name} looked at the sky from the window.",
}


def fits(place: Place, text: str, exempt: str = "") -> bool:
    """Whether every place-bound detail word of `text` fits `place` (`exempt` aside)."""
    for word in re.findall(r"[a-z]+", text.lower()):
        prop = DETAIL_WORDS.get(word)
        if prop is not None and word != exempt and not allows(place, prop):
            return False
    return True


def uncountable(noun: str) -> bool:
    """Abstract nouns said without an article ("a story about kindness", not "the")."""
    return noun in lx.MASS_NOUNS or noun.endswith(("ness", "ship", "dom", "ity", "ce", "th"))


def placement_line(w: Writer, placement: Placement) -> tuple[str, str, str] | None:
    """(paragraph key, step, template) realising a required word that is not the object;
    None for the roles another step says (foods and tastes go in the treat line)."""
    word, lower, role = placement.word, placement.word.lower(), placement.role
    rng, place = w.rng, w.plan.place
    a_word = f"{lx._article(lower)} {lower}"
    if role == "trait":
        key, bank = "intro", TRAIT
    elif role == "feeling":
        key, bank = "react", FEELING
    elif role == "weather":
        key, bank = "place", WEATHER_OUT if place.outdoor else WEATHER_IN
    elif role in ("taste", "food"):
        return None
    elif role == "opinion":
        key, bank = "intro", OPINION
    elif role == "verb":
        phrase = lx._verb_phrase(lower, w.plan.friend.name, w.plan.hero.his)
        line = rng.choice(VERB).replace("{phrase}", phrase)
        return "intro", "verb", line
    elif role == "person":
        key, bank = "place", PERSON
    elif role == "animal":
        key, bank = "intro", ANIMAL
    elif role == "event":
        key, bank = "end", EVENT
    elif role == "idea":
        about = lower if uncountable(lower) else f"the {lower}"
        bank = IDEA_COUNT if lower in lx.COUNT_IDEA_NOUNS else IDEA
        line = rng.choice(bank).replace("{about}", about).replace("{a_word}", a_word)
        return "end", "idea", line
    elif role == "special":
        line = lx.SPECIAL_NOUN_SENTENCES[lower].replace("{adult}", "{parent}")
        line = re.sub(r"\b(?:Mom|Dad|Grandma|Grandpa)\b", "{parent}", line)
        if lower in INDOOR_SPECIAL and not fits(place, line, lower):
            line = INDOOR_SPECIAL[lower]
        return "place", "special", line
    else:  # "stuff" (mass nouns) and "thing"
        elsewhere = lower in DETAIL_WORDS and not allows(place, DETAIL_WORDS[lower])
        if role == "stuff":
            a_word = f"the {lower}" if elsewhere else lower
            bank = ELSEWHERE[:2] if elsewhere else STUFF
        else:
            a_word = word if word.isupper() else f"{lx._article(lower)} {word}"
            bank = ELSEWHERE if elsewhere else THING
        key = "place"
    line = rng.choice(bank).replace("{A_word}", a_word[:1].upper() + a_word[1:])
    line = line.replace("{a_word}", a_word).replace("{word}", lower)
    return key, role, line
