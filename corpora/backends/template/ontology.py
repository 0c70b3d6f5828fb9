"""A small ontology of story places: what each place has, so details never contradict it.

A toy shop has shelves and no trees; a beach has sand and waves and no ceiling. Every
place-bound detail a story writes (where a thing can hide, where it can get stuck up high,
what the characters see and hear) comes from the `Place` of the plan, and the properties
below (`outdoor`, `trees`, `water`, `shelves`, ...) let the tests check that a detail word
only ever appears in a place that has it (`DETAIL_WORDS`).

Places are keyed by the setting's head noun ("in a small town" -> "town"); a setting the
ontology does not know (a user's own list) gets `NEUTRAL`, which only says things true
anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """What a place has: the facts the realiser may state about it."""

    head: str
    outdoor: bool
    trees: bool = False
    grass: bool = False
    water: str = ""  # "the lake", "the sea": the water a story may fall into
    sand: bool = False
    shelves: bool = False
    animals: bool = False  # farm or zoo animals live here
    spots: tuple[str, ...] = ()  # where a small thing can hide: "under the slide"
    high: tuple[str, ...] = ()  # where a thing can get stuck up high
    sights: tuple[str, ...] = ()  # what one sees there: "the swings went up and down"
    sounds: tuple[str, ...] = ()  # what one hears there
    grown_up: tuple[str, ...] = ()  # someone who works there and can help: "the farmer"


# Words that only fit places with a property: a test checks each appears only where allowed.
DETAIL_WORDS: dict[str, str] = {
    "tree": "trees",
    "trees": "trees",
    "branch": "trees",
    "branches": "trees",
    "leaves": "trees",
    "grass": "grass",
    "sand": "sand",
    "waves": "water",
    "shelf": "shelves",
    "shelves": "shelves",
    "ceiling": "indoor",
    "sky": "outdoor",
    "wind": "outdoor",
    "clouds": "outdoor",
}


def allows(place: Place, prop: str) -> bool:
    """Whether `place` has the property a detail word needs (see `DETAIL_WORDS`)."""
    if prop == "indoor":
        return not place.outdoor
    if prop == "outdoor":
        return place.outdoor
    if prop == "water":
        return bool(place.water)
    return bool(getattr(place, prop))


def fits(place: Place, text: str, exempt: str = "") -> bool:
    """Whether every place-bound detail word of `text` fits `place` (`exempt` aside)."""
    for word in re.findall(r"[a-z]+", text.lower()):
        prop = DETAIL_WORDS.get(word)
        if prop is not None and word != exempt and not allows(place, prop):
            return False
    return True


_PARK_SPOTS = ("under a bench", "behind a big tree", "in the tall grass", "under a bush")

PLACES: dict[str, Place] = {
    p.head: p
    for p in (
        Place(
            "park",
            True,
            trees=True,
            grass=True,
            spots=_PARK_SPOTS,
            high=("up in a tall tree", "on a high branch"),
            sights=(
                "the swings went up and down",
                "dogs ran after sticks on the grass",
                "the ducks swam in the little pond",
            ),
            sounds=("children laughing", "birds singing in the trees"),
            grown_up=("a kind man with a dog", "the park man"),
        ),
        Place(
            "garden",
            True,
            trees=True,
            grass=True,
            spots=(
                "under a big leaf",
                "behind the flower pots",
                "in the tall grass",
                "by the fence",
            ),
            high=("up in the apple tree", "on top of the fence"),
            sights=(
                "red and yellow flowers grew in rows",
                "bees flew from flower to flower",
                "a little path went between the plants",
            ),
            sounds=("the bees", "birds singing in the trees"),
            grown_up=("the old man next door",),
        ),
        Place(
            "forest",
            True,
            trees=True,
            spots=("under some leaves", "behind a big rock", "inside an old log"),
            high=("up in a tall tree", "on a high branch"),
            sights=(
                "tall trees grew close together",
                "a little path went between the trees",
                "a squirrel ran up a tree",
            ),
            sounds=("the leaves moving in the wind", "an owl far away"),
        ),
        Place(
            "woods",
            True,
            trees=True,
            spots=("under some leaves", "behind a big rock", "inside an old log"),
            high=("up in a tall tree", "on a high branch"),
            sights=("the trees were old and tall", "a rabbit hopped across the path"),
            sounds=("the leaves moving in the wind", "a bird far away"),
        ),
        Place(
            "jungle",
            True,
            trees=True,
            spots=("under a huge leaf", "behind a big rock", "in the thick plants"),
            high=("up in a tall tree", "on a high branch"),
            sights=("monkeys jumped from tree to tree", "big green leaves were everywhere"),
            sounds=("monkeys calling", "birds singing in the trees"),
        ),
        Place(
            "beach",
            True,
            water="the sea",
            sand=True,
            spots=("under the sand", "behind a big rock", "by the beach chairs"),
            high=("on top of a tall rock",),
            sights=(
                "the waves came in and went out",
                "people built castles in the sand",
                "birds walked by the water",
            ),
            sounds=("the waves", "birds calling over the water"),
            grown_up=("the life guard", "a man selling ice-cream"),
        ),
        Place(
            "sea",
            True,
            water="the sea",
            sand=True,
            spots=("under the sand", "behind a big rock"),
            high=("on top of a tall rock",),
            sights=("the waves came in and went out", "a boat sailed far away"),
            sounds=("the waves",),
        ),
        Place(
            "farm",
            True,
            trees=True,
            grass=True,
            animals=True,
            spots=("in the hay", "behind the barn", "by the fence"),
            high=("on the roof of the barn", "up in the apple tree"),
            sights=(
                "the cows ate grass",
                "the pigs played in the mud",
                "the chickens walked around",
            ),
            sounds=("the cows", "a bird calling"),
            grown_up=("the farmer",),
        ),
        Place(
            "zoo",
            True,
            trees=True,
            animals=True,
            spots=("under a bench", "by the monkey house", "behind a big sign"),
            high=("on top of the monkey house", "up in a tall tree"),
            sights=(
                "the lions slept in the sun",
                "a big elephant drank water",
                "the monkeys played on ropes",
            ),
            sounds=("the lions roaring", "the monkeys calling"),
            grown_up=("a kind man from the zoo",),
        ),
        Place(
            "lake",
            True,
            trees=True,
            grass=True,
            water="the lake",
            spots=("under a bench", "behind a big tree", "in the tall grass"),
            high=("up in a tall tree",),
            sights=("the ducks swam on the water", "a little boat sat by the shore"),
            sounds=("the ducks", "the water"),
        ),
        Place(
            "pond",
            True,
            trees=True,
            grass=True,
            water="the pond",
            spots=("in the tall grass", "behind a big rock", "under a bush"),
            high=("up in a tall tree",),
            sights=("frogs sat on big green leaves", "the ducks swam in a row"),
            sounds=("frogs singing", "the ducks"),
        ),
        Place(
            "river",
            True,
            trees=True,
            grass=True,
            water="the river",
            spots=("in the tall grass", "behind a big rock", "under a bush"),
            high=("up in a tall tree",),
            sights=("the water ran fast over the rocks", "fish jumped in the water"),
            sounds=("the water", "birds singing in the trees"),
        ),
        Place(
            "hill",
            True,
            trees=True,
            grass=True,
            spots=("in the tall grass", "behind a big rock", "under a bush"),
            high=("up in the only tree on the hill",),
            sights=(
                "they could see all of the town from the top",
                "the grass went all the way down",
            ),
            sounds=("the wind",),
        ),
        Place(
            "mountains",
            True,
            trees=True,
            spots=("behind a big rock", "under some stones"),
            high=("on top of a tall rock", "up in a tall tree"),
            sights=("the tops of the mountains were white with snow", "a little river ran down"),
            sounds=("the wind",),
        ),
        Place(
            "field",
            True,
            grass=True,
            spots=("in the tall grass", "behind a big rock", "by the fence"),
            high=("on top of the fence post",),
            sights=("yellow flowers grew all over the field", "a horse ate grass by the fence"),
            sounds=("the wind in the grass",),
        ),
        Place(
            "playground",
            True,
            trees=True,
            grass=True,
            sand=True,
            spots=("under the slide", "behind the swings", "in the sand box"),
            high=("on top of the slide", "up in a tall tree"),
            sights=("kids went down the slide", "the swings went up and down"),
            sounds=("children laughing",),
            grown_up=("a kind woman",),
        ),
        Place(
            "backyard",
            True,
            trees=True,
            grass=True,
            spots=("under the bushes", "behind the garage", "by the fence"),
            high=("up in the big tree", "on the roof of the garage"),
            sights=("the grass was green and soft", "a swing hung from the big tree"),
            sounds=("birds singing in the trees",),
        ),
        Place(
            "camp",
            True,
            trees=True,
            spots=("behind the tent", "under a log", "by the fire pit"),
            high=("up in a tall tree", "on top of the tent"),
            sights=("the tents stood in a circle", "tall trees grew all around"),
            sounds=("the fire", "an owl far away"),
        ),
        Place(
            "island",
            True,
            trees=True,
            water="the sea",
            sand=True,
            spots=("under the sand", "behind a big rock", "under a palm leaf"),
            high=("up in a palm tree",),
            sights=("the water was blue all around", "palm trees moved in the wind"),
            sounds=("the waves",),
        ),
        Place(
            "boat",
            True,
            water="the water",
            spots=("under a seat", "behind a box of ropes", "by the big wheel"),
            high=("on top of the sail", "up on the pole"),
            sights=("the water went on and on", "fish swam next to the boat"),
            sounds=("the waves", "the sails"),
            grown_up=("a kind sailor",),
        ),
        Place(
            "town",
            True,
            trees=True,
            spots=("under a bench", "behind a shop sign", "by a lamp post"),
            high=("on top of a bus stop", "up in a tall tree"),
            sights=("people walked to the shops", "a little bus went down the street"),
            sounds=("the bells of the town", "cars going by"),
            grown_up=("a police woman", "a man from a shop"),
        ),
        Place(
            "village",
            True,
            trees=True,
            grass=True,
            spots=("under a bench", "behind a wall", "by the well"),
            high=("on a high roof", "up in a tall tree"),
            sights=("the houses had red roofs", "chickens walked in the road"),
            sounds=("a bell", "a dog far away"),
            grown_up=("an old woman from the village",),
        ),
        Place(
            "city",
            True,
            spots=("under a bench", "behind a lamp post", "by a big door"),
            high=("on top of a bus stop", "on a high window"),
            sights=("the buildings were very tall", "lots of cars went by"),
            sounds=("cars", "people talking"),
            grown_up=("a police man",),
        ),
        Place(
            "street",
            True,
            trees=True,
            spots=("under a parked car", "behind a mailbox", "by a lamp post"),
            high=("on top of a bus stop", "up in a tall tree"),
            sights=("cars and bicycles went by", "people walked fast"),
            sounds=("cars",),
            grown_up=("a police man",),
        ),
        Place(
            "market",
            True,
            spots=("under a table of fruit", "behind a big basket", "by some boxes"),
            high=("on top of some boxes",),
            sights=("people sold apples and cheese", "there were boxes of fruit everywhere"),
            sounds=("people talking and laughing",),
            grown_up=("a man selling apples", "a woman selling cheese"),
        ),
        Place(
            "fair",
            True,
            grass=True,
            spots=("under a table", "behind a big tent", "by the ticket stand"),
            high=("on top of a tent", "up on the big wheel"),
            sights=("the big wheel went round and round", "there were games and music"),
            sounds=("music", "children laughing"),
            grown_up=("a man with balloons",),
        ),
        Place(
            "school",
            False,
            shelves=True,
            spots=("under a desk", "behind the book shelf", "in the box of toys"),
            high=("on top of a high shelf", "on top of the big cupboard"),
            sights=("pictures hung on the walls", "the desks stood in rows"),
            sounds=("children talking", "the bell"),
            grown_up=("a kind woman",),
        ),
        Place(
            "kitchen",
            False,
            shelves=True,
            spots=("under the table", "behind the big pot", "in a drawer"),
            high=("on top of a high shelf", "on top of the fridge"),
            sights=("pots and pans hung on the wall", "a cake sat on the table"),
            sounds=("the pot bubbling",),
        ),
        Place(
            "house",
            False,
            shelves=True,
            spots=("under the bed", "behind the couch", "in the toy box"),
            high=("on top of a high shelf", "on top of the cupboard"),
            sights=("a warm fire was in the fireplace", "the rooms were small and warm"),
            sounds=("the clock",),
        ),
        Place(
            "attic",
            False,
            shelves=True,
            spots=("inside an old box", "under a dusty blanket", "behind an old chair"),
            high=("on top of a high shelf", "on top of some old boxes"),
            sights=("old boxes stood everywhere", "dust danced in the light from the window"),
            sounds=("the roof",),
        ),
        Place(
            "library",
            False,
            shelves=True,
            spots=("under a table", "behind a row of books", "by the big chair"),
            high=("on top of a high shelf",),
            sights=("there were books on every shelf", "people read in big soft chairs"),
            sounds=("pages turning",),
            grown_up=("the kind woman who looked after the books",),
        ),
        Place(
            "shop",
            False,
            shelves=True,
            spots=("under a shelf", "behind a big box", "by the window"),
            high=("on top of a high shelf",),
            sights=("there were toys on every shelf", "a toy train went round and round"),
            sounds=("a little bell on the door",),
            grown_up=("the shop man",),
        ),
        Place(
            "store",
            False,
            shelves=True,
            spots=("under a shelf", "behind a big box", "by the door"),
            high=("on top of a high shelf",),
            sights=("the shelves had lots of food", "people pushed carts"),
            sounds=("people talking",),
            grown_up=("the man who worked at the store",),
        ),
        Place(
            "barn",
            False,
            animals=True,
            spots=("in the hay", "under the hay", "in an old bucket"),
            high=("on top of the hay", "up on the roof"),
            sights=("the horses ate their hay", "there was hay everywhere"),
            sounds=("the cows", "the horses"),
            grown_up=("the farmer",),
        ),
        Place(
            "castle",
            False,
            spots=("behind a big door", "under an old table", "in a dark spot"),
            high=("on top of a tall wall", "on a high window"),
            sights=("the halls were big and cold", "old flags hung on the walls"),
            sounds=("a door far away",),
        ),
        Place(
            "cave",
            False,
            water="the dark water",
            spots=("behind a big rock", "in a dark spot", "under some stones"),
            high=("on top of a tall rock",),
            sights=("the walls were wet and cold", "little lights shone on the walls"),
            sounds=("water running over the rocks",),
        ),
    )
}

NEUTRAL = Place("place", True, spots=("behind a big box", "under a seat"))


def place_for(head: str) -> Place:
    """The ontology entry for a setting's head noun ('a small town' -> town)."""
    return PLACES.get(head.lower(), NEUTRAL)


# What children do at each place (past tense, after a subject): "played on the swings".
ACTIVITIES: dict[str, tuple[str, ...]] = {
    "park": (
        "played on the swings",
        "ran on the grass",
        "fed the ducks by the pond",
        "went down the big slide",
        "had a picnic under a tree",
    ),
    "garden": (
        "picked red and yellow flowers",
        "watered the plants",
        "looked for bugs under the leaves",
        "helped work in the soil",
    ),
    "forest": (
        "walked on a little path",
        "looked for nuts and leaves",
        "listened to the birds",
        "jumped over an old log",
    ),
    "woods": (
        "walked on a little path",
        "looked for nuts and leaves",
        "jumped over an old log",
        "counted the tall trees",
    ),
    "jungle": (
        "walked under the big leaves",
        "looked for monkeys in the trees",
        "listened to the birds",
    ),
    "beach": (
        "built a castle in the sand",
        "looked for shells",
        "ran in and out of the waves",
        "made a big hole in the sand",
    ),
    "sea": ("looked for shells", "built a castle in the sand", "splashed in the waves"),
    "farm": ("fed the chickens", "looked at the cows", "rode on a big wagon", "played in the hay"),
    "zoo": (
        "looked at the lions",
        "watched the monkeys play",
        "waved at the big elephant",
        "fed the goats",
    ),
    "lake": ("threw little rocks in the water", "fed the ducks", "walked along the shore"),
    "pond": ("looked at the frogs", "fed the ducks", "threw little rocks in the water"),
    "river": ("threw little rocks in the water", "watched the fish", "walked along the river"),
    "hill": ("rolled down the grass", "ran up to the top", "looked at the clouds"),
    "mountains": (
        "walked up a little path",
        "looked at the snow far away",
        "climbed over big rocks",
    ),
    "field": ("ran in the tall grass", "picked yellow flowers", "looked at the clouds"),
    "playground": (
        "went down the slide",
        "played on the swings",
        "climbed up the ladder",
        "played in the sand box",
    ),
    "backyard": ("played on the swing", "ran on the grass", "looked for bugs", "played catch"),
    "camp": ("helped put up the tent", "sat by the fire", "looked for sticks"),
    "island": ("looked for shells", "walked on the sand", "watched the waves"),
    "boat": ("watched the water", "looked for fish", "waved at other boats"),
    "town": ("looked in the shop windows", "walked down the street", "sat on a bench"),
    "village": (
        "walked down the little road",
        "said hello to the neighbors",
        "looked at the chickens",
    ),
    "city": ("looked up at the tall buildings", "rode on a bus", "walked down the busy street"),
    "street": ("walked to the shops", "waved at the cars", "looked in the windows"),
    "market": ("looked at the fruit", "helped carry a basket", "tasted a sweet apple"),
    "fair": ("rode the big wheel", "played games", "ate sweet candy"),
    "school": ("painted pictures", "read books", "played with blocks"),
    "kitchen": ("helped make lunch", "mixed the dough", "washed the cups"),
    "house": ("played with blocks", "read books on the rug", "built a little house with pillows"),
    "attic": ("opened old boxes", "looked at old pictures", "tried on old hats"),
    "library": ("looked at the books", "read a book about animals", "sat in a big soft chair"),
    "shop": ("looked at the toys", "played with a toy train", "looked at the shelves"),
    "store": ("helped push the cart", "looked at the shelves", "helped find the milk"),
    "barn": ("fed the horses", "played in the hay", "looked at the cows"),
    "castle": ("walked in the big halls", "looked at the old flags", "climbed the stairs"),
    "cave": ("looked at the walls", "walked slowly with a flashlight", "listened to the water"),
}
