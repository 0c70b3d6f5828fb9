"""The story grammar: a shape's beats, the feature beats, and how they are put together.

A story is five or more paragraphs: (1) the opening and setup, (2) the inciting event,
(3) attempts and complications, (4) the climax and resolution, (5) the ending. The shape
(`shapes.py`) gives the plot's beats; the banks below give the beats every shape shares:
the first sentence, descriptions, the feature beats (foreshadowing set-up and payoff,
conflict and its outcome, the ending lines, the moral). Every bank holds alternatives, one
drawn per story, and tests match story text against the banks (`bank_pattern`), so a
feature counts as realised only when its beat is really in the text.
"""

from __future__ import annotations

import re
from functools import cache

# First sentence after the opening words: "<Opening>, <clause>." (clause lowercase).
FIRST_CLAUSES = (
    "there was a {little} {kind} named {name}",
    "a {little} {kind} named {name} had a home {near_place}",
    "{name} and {his} friend {friend} went {to_place}",
    "{name} woke up with a big smile",
    "a {kind} called {name} was playing {at_place}",
    "there was a {little} {kind} named {name} who loved to play",
    "{name} went {to_place} with {adult}",
    "{name} the {kind} was {at_place}",
    "{name} looked out of the window at the sky",
    "{name} was a {little} {kind} who had a home {near_place}",
    "{name} and {adult} were {at_place}",
    "a {little} {kind} called {name} had a friend named {friend}",
)
# "{name} the {kind}" reads well for an animal only.
PEOPLE_CLAUSES = tuple(c for c in FIRST_CLAUSES if "{name} the {kind}" not in c)
LITTLE = ("little", "happy", "small", "young", "kind", "sweet", "good", "nice", "funny", "busy")
INTRO_LINES = (
    "{His} best friend was {friend}, a {fkind} who had a house close by.",
    "The sun was shining, and the birds were singing.",
    "{name} liked to run, jump and laugh all day long.",
    "There were tall trees and pretty flowers everywhere.",
    "{name} had a big smile and a kind heart.",
    "Every day, {name} and {friend} played together.",
    "{adult} always said that {name} was a lot of fun.",
    "The sky was blue, and the grass was soft and green.",
    "{name} liked {the_place} more than any other place.",
)
# Said in the first paragraph when the first sentence did not name the setting.
PLACE_LINES = (
    "That day, {name} was {at_place}.",
    "{name} loved to play {at_place}.",
    "{name} and {adult} had gone {to_place} for the day.",
    "{name} spent all morning {at_place}.",
    "It was a good day to be {at_place}.",
    "{name} went {to_place} to play.",
)
VP_LINES = (
    "{name} loved to {vp}.",
    "More than anything, {name} wanted to {vp}.",
    "Every day, {name} tried to {vp}.",
    "The thing {name} loved most was to {vp}.",
    "That day, {name} wanted to {vp}.",
    "{name} liked to {vp} with {friend}.",
    "{adult} had taught {name} how to {vp}.",
    "{name} always said {he} would {vp} one day.",
)
FILLER_LINES = (
    "The birds sang in the trees.",
    "{name} closed {his} eyes and counted to ten.",
    "{friend} came to see what {name} was doing.",
    "A soft wind moved the leaves.",
    "{name} thought about it for a long time.",
    "{adult} looked out of the window and smiled.",
    "A little dog ran by and looked at them.",
    "{name} sat down to rest for a while.",
    "The day was warm and bright.",
    "{He} looked all around {the_place}.",
    "{friend} stayed close to {him}.",
    "Time went by slowly.",
)
# Foreshadowing: a set-up early in the story and the payoff it promised, later.
FORESHADOW_PAIRS = (
    (
        "That morning, {name} saw dark clouds far away in the sky.",
        "Just then, the dark clouds from the morning came closer, and big drops of rain started to fall.",
    ),
    (
        '{adult} said, "Be careful, the floor by the door is wet."',
        "{name} ran too fast and slipped on the wet floor by the door, just like {adult} had said.",
    ),
    (
        "{name} saw that the old fence had a big hole in it.",
        "Then a puppy came in through the hole in the old fence, the one {name} had seen before.",
    ),
    (
        '{adult} told {name}, "That old branch is not safe to climb."',
        "The old branch made a loud noise and broke, just as {adult} had said it would.",
    ),
    (
        "{name}'s bag had a small hole in it, but {he} did not think about it.",
        "Then {name} saw why the bag felt so light: the small hole had let things fall out.",
    ),
    (
        "The gate to the garden was open, and nobody shut it.",
        "Just then, the dog ran out through the open gate, the same gate nobody had shut.",
    ),
    (
        "{friend} had a funny map in {fhis} pocket and would not say what it was for.",
        "Then {friend} took out the funny map from {fhis} pocket, and at last {name} knew what it was for.",
    ),
    (
        "{name} heard a little noise behind the wall, but {he} did not look.",
        "The little noise came back, and this time a little mouse ran out from behind the wall.",
    ),
)
CONFLICT_LINES = (
    '{friend} wanted {the_obj} too. "Give {it} to me!" {fhe} said. "No, {it_is} mine!" said {name}. They started to fight.',
    "{name} and {friend} had a big fight. {friend} wanted to go home, but {name} wanted to stay.",
    "{friend} grabbed {the_obj} and would not give {it} back. {name} got very angry.",
    "{name} wanted to {vp}, but {friend} said no. They both got angry and yelled.",
    "{adult} said {name} could not go out, and {name} stamped {his} feet and shouted that it was not fair.",
    "{friend} laughed at {name} and called {him} a baby. {name} was hurt and angry.",
)
RESOLVED_LINES = (
    "After a while, they both said sorry and decided to share.",
    "Then they looked at each other, said sorry, and hugged.",
    "{adult} came and helped them talk it out, and soon they were friends again.",
    "{name} was the first to say sorry, and {friend} said sorry too.",
)
UNRESOLVED_LINES = (
    "They did not talk to each other for the rest of the day.",
    "Neither of them would say sorry.",
    "{friend} walked away, and {name} did not call {fhim} back.",
)
HAPPY_FINALS = (
    "{name} went home with a big smile on {his} face.",
    "That night, {name} slept well and dreamed of {the_place}.",
    "From that day on, {name} and {friend} were the best of friends.",
    "It was the best day ever.",
    "Everyone was happy, and they all went home together.",
    "{name} hugged {adult} and said it was a wonderful day.",
    "And they all played happily until the sun went down.",
)
BAD_FINALS = (
    "{name} cried all the way home, and nothing could make {him} feel better.",
    "It was a very sad day for {name}.",
    "{name} was sad for a long, long time.",
    "Nothing was ever the same again.",
    "That night, {name} went to bed alone and sad.",
    "{name} wished {he} could go back and do it all again, but {he} could not.",
)
MORAL_STEMS = (
    "{name} learned that {moral}.",
    "And so, {name} learned that {moral}.",
    "From that day on, {name} knew that {moral}.",
)
# The required-sentence slot of instruct mode goes verbatim between two beats.

_SLOT_RE = re.compile(r"\\\{[A-Za-z_]+\\\}")


@cache
def bank_pattern(bank: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching any sentence of `bank` with its slots filled in (for tests)."""
    alternatives = [_SLOT_RE.sub(r".+?", re.escape(t)) for t in bank]
    return re.compile("(?:" + "|".join(alternatives) + ")")
