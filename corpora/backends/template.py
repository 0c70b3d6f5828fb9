"""The `template` backend: offline, deterministic, CPU-only TinyStories-style stories.

It answers a `StoryPrompt` without a language model, so a corpus can be built (and the
whole pipeline tested) anywhere. It is a walking skeleton, not a story grammar: a story is
a shape (three kinds of plot) filled from many hand-written sentence templates, chosen by a
random generator keyed on (seed, prompt index).

Two guarantees matter more than literary merit:

* every word of a story is in the vocabulary (templates only use listed words, function
  words and names; `tests/test_template_backend.py` checks this programmatically), and
* every required word and every requested feature really appears.

The required words are arbitrary list entries ("oxygen", "yet", "sharp" as a verb), so
each is first sorted into a usage class (an object you can find, some stuff, an event,
an idea, a character trait, a feeling, a verb that takes an object or not), and words the
classes cannot place get a hand-written sentence of their own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from corpora.recipes.stories import StoryPrompt
from corpora.vocabulary import Vocabulary

TEMPLATE_BACKEND_VERSION = "1"
MIN_WORDS = 125  # stories are padded up to this many words

# ----------------------------------------------------------------- lexical classes

# Stuff nouns: "some sand", never "a sand".
MASS_NOUNS = frozenset(
    [
        "water",
        "soup",
        "butter",
        "sand",
        "money",
        "tea",
        "sauce",
        "juice",
        "salt",
        "powder",
        "fur",
        "cloth",
        "dust",
        "snow",
        "soil",
        "mud",
        "grass",
        "corn",
        "wheat",
        "sugar",
        "milk",
        "honey",
        "rice",
        "food",
        "coal",
        "oil",
        "gas",
        "glue",
        "ice",
        "ink",
        "paint",
        "paper",
        "yarn",
        "wool",
        "hay",
        "smoke",
        "steam",
        "dough",
        "meat",
        "beef",
        "cheese",
        "chocolate",
        "candy",
        "popcorn",
        "cereal",
        "pasta",
        "spaghetti",
        "salad",
        "jam",
        "jelly",
        "cream",
        "cocoa",
        "coffee",
        "lotion",
        "perfume",
        "shampoo",
        "soap",
        "clay",
        "rubber",
        "plastic",
        "metal",
        "steel",
        "iron",
        "copper",
        "wood",
        "leather",
        "velvet",
        "lumber",
        "oxygen",
        "fuel",
        "laundry",
        "luggage",
        "jewelry",
        "equipment",
        "furniture",
        "makeup",
        "junk",
        "stuff",
        "mail",
        "medicine",
        "poison",
        "ash",
        "fog",
        "mist",
        "sunshine",
        "heat",
        "waste",
        "cardboard",
        "chalk",
        "toast",
        "yogurt",
        "butter",
        "celery",
        "broccoli",
        "cauliflower",
        "lime",
        "mint",
        "pepper",
        "herb",
        "wine",
        "tuna",
        "shrimp",
        "oat",
        "steak",
        "sausage",
        "pastry",
        "laundry",
        "gum",
    ]
)
# Nouns only used in the plural: "some pants", "them".
PLURAL_NOUNS = frozenset(["pants", "clothes", "scissors", "sunglasses", "blocks"])
# Events and activities: "It was time for a nap."
EVENT_NOUNS = frozenset(
    [
        "hug",
        "nap",
        "walk",
        "swim",
        "dance",
        "look",
        "wish",
        "smile",
        "visit",
        "trip",
        "picnic",
        "party",
        "race",
        "bath",
        "jog",
        "surf",
        "tour",
        "vacation",
        "holiday",
        "game",
        "parade",
        "festival",
        "meeting",
        "lecture",
        "exam",
        "quiz",
        "test",
        "play",
        "show",
        "wink",
        "touch",
        "rub",
        "massage",
        "haircut",
        "exercise",
        "yoga",
        "search",
        "escape",
        "journey",
        "safari",
        "sport",
        "march",
        "birthday",
        "operation",
        "wedding",
        "marriage",
        "nightmare",
        "shower",
        "fight",
        "match",
    ]
)
# Ideas and qualities: "Mom told Lily a story about peace."
ABSTRACT_NOUNS = frozenset(
    [
        "peace",
        "truth",
        "love",
        "wisdom",
        "history",
        "success",
        "nature",
        "fashion",
        "life",
        "speed",
        "value",
        "luxury",
        "magic",
        "fun",
        "music",
        "power",
        "sound",
        "taste",
        "worry",
        "trouble",
        "mystery",
        "secret",
        "memory",
        "idea",
        "opinion",
        "promise",
        "spirit",
        "victory",
        "pain",
        "shock",
        "noise",
        "silence",
        "rhythm",
        "language",
        "math",
        "science",
        "law",
        "nation",
        "network",
        "universe",
        "world",
        "space",
        "weather",
        "time",
        "youth",
        "texture",
        "style",
        "motion",
        "structure",
        "result",
        "order",
        "trade",
        "threat",
        "urge",
        "emergency",
        "event",
        "news",
        "image",
        "view",
        "sight",
        "wonder",
        "spell",
        "measure",
        "figure",
        "pattern",
        "shape",
        "symbol",
        "number",
        "word",
        "story",
        "question",
        "reward",
        "price",
        "score",
        "speed",
        "success",
        "joke",
        "song",
        "poem",
        "message",
        "name",
        "class",
        "group",
        "team",
        "family",
        "family",
        "jazz",
        "opera",
        "chess",
        "golf",
        "hockey",
        "football",
        "basketball",
        "baseball",
        "art",
        "surprise",
        "truth",
        "luck",
    ]
)
# Countable ideas: "Lily thought of a song."
COUNT_IDEA_NOUNS = frozenset(
    [
        "song",
        "poem",
        "joke",
        "idea",
        "secret",
        "question",
        "name",
        "word",
        "number",
        "story",
        "message",
        "promise",
        "plan",
        "riddle",
        "shape",
        "pattern",
        "symbol",
        "figure",
        "wish",
        "dream",
    ]
)
# Words the noun list holds that are not ordinary nouns; each gets its own sentence.
# {name}, {his}, {He} etc. are the hero; the word itself is written literally.
SPECIAL_NOUN_SENTENCES: dict[str, str] = {
    "yet": "{name} was not ready to go home yet.",
    "wind": "The wind was cold that day.",
    "rain": "Soon the rain came down.",
    "storm": "That night, there was a big storm.",
    "thunder": "{name} heard thunder far away.",
    "lightning": "{name} saw lightning in the sky.",
    "sun": "The sun was bright and warm.",
    "moon": "That night, the moon was big and round.",
    "under": "{name} looked under the bed.",
    "wide": "{name} opened {his} eyes wide.",
    "open": "The door of the house was open.",
    "left": "{name} looked to the left.",
    "today": "Today was a big day for {name}.",
    "yesterday": "Yesterday, {name} had a long nap.",
    "tuesday": "It was Tuesday.",
    "wednesday": "It was Wednesday.",
    "sunday": "It was Sunday, and {name} did not have to go to school.",
    "true": "{name} knew it was true.",
    "wild": "The wind was wild that day.",
    "old": "The house was very old.",
    "young": "{name} was still young.",
    "hot": "The sun was hot.",
    "dark": "Soon it was dark outside.",
    "quiet": "The room was quiet.",
    "quick": "{name} was very quick.",
    "safe": "{name} felt safe at home.",
    "wet": "The grass was wet.",
    "cold": "The wind was cold.",
    "well": "{name} slept well that night.",
    "will": "{name} will never forget that day.",
    "mine": '"This is mine," said {name}.',
    "welcome": '"You are welcome," said {name}.',
    "zoom": "A car went zoom down the street.",
    "wait": "{name} did not want to wait.",
    "west": "The sun went down in the west.",
    "east": "The sun came up in the east.",
    "top": "{name} climbed to the top of the hill.",
    "round": "The big cookie was round.",
    "stay": '"Please stay with me," said {name}.',
    "pick": "{name} got to pick a toy.",
    "spring": "It was spring, and the flowers were out.",
    "fall": "It was fall, and the leaves were red and yellow.",
    "summer": "It was a warm summer day.",
    "winter": "It was a cold winter day.",
    "season": "Summer was {name}'s best season.",
    "cross": "Mom was cross with {name}.",
    "turn": "It was {name}'s turn.",
    "start": "It was a good start.",
    "win": "It was a big win for {name}.",
    "cut": "{name} had a small cut on {his} knee.",
    "wake": "The boat left a wake on the lake.",
    "teach": "{name} loved to watch Mom teach.",
    "pass": "{name} got a pass to the zoo.",
    "post": "{name} sat on a post by the fence.",
    "stand": "There was a little stand by the road.",
    "present": "{name} got a present.",
    "underground": "The rabbit had a home underground.",
    "upstairs": "{name} ran upstairs.",
    "green": "{name} loved the color green.",
    "blue": "{name} loved the color blue.",
    "pink": "{name} loved the color pink.",
    "yellow": "{name} loved the color yellow.",
    "white": "The snow was white.",
    "black": "The night sky was black.",
    "gray": "The sky was gray.",
    "purple": "{name} loved the color purple.",
    "orange": "{name} ate an orange.",
    "silver": "The moon looked like silver.",
    "gold": "The sun looked like gold.",
    "morning": "It was a sunny morning.",
    "evening": "It was a calm evening.",
    "night": "It was a dark night.",
    "noon": "It was almost noon.",
    "day": "It was a nice day.",
    "week": "It had been a long week.",
    "year": "{name} was five years old this year.",
    "minute": "{name} waited for a minute.",
    "inch": "{name} moved one inch at a time.",
    "way": "{name} knew the way home.",
    "place": "The park was {name}'s best place to play.",
    "side": "{name} sat by Mom's side.",
    "point": "{name} did not see the point.",
    "row": "The ducks swam in a row.",
    "line": "The ants walked in a line.",
    "case": "Mom took an umbrella, just in case.",
    "square": "{name} made a square in the sand.",
    "circle": "{name} made a circle in the sand.",
    "triangle": "{name} made a triangle in the sand.",
    "zero": "{name} counted down to zero.",
    "step": "{name} took one small step.",
    "ground": "{name} sat on the ground.",
    "land": "The bird flew over the land.",
    "earth": "The sun was warm on the earth.",
    "sky": "The sky was blue.",
    "thing": "{name} saw a funny thing.",
    "stuff": "{name} had lots of stuff in {his} room.",
    "work": "Mom had to go to work.",
    "job": "Dad had a new job.",
    "task": "{name} had one small task.",
    "home": "{name} was happy to be home.",
    "lady": "A kind lady had a house next to {name}'s house.",
    "human": "The dog looked at the human.",
}

# Adjectives that describe a character: "Tom was a shy boy."
TRAIT_ADJECTIVES = frozenset(
    [
        "spoiled",
        "selfish",
        "creative",
        "strong",
        "competitive",
        "generous",
        "curious",
        "silly",
        "rude",
        "humble",
        "naughty",
        "ignorant",
        "loyal",
        "careless",
        "brave",
        "smart",
        "powerful",
        "enthusiastic",
        "honest",
        "shy",
        "adventurous",
        "fit",
        "healthy",
        "nosy",
        "clumsy",
        "wise",
        "thoughtful",
        "patient",
        "dependable",
        "gentle",
        "crazy",
        "serious",
        "mighty",
        "persistent",
        "independent",
        "charming",
        "stubborn",
        "compassionate",
        "tidy",
        "organized",
        "lazy",
        "good",
        "polite",
        "impatient",
        "lively",
        "helpful",
        "reliable",
        "lucky",
        "popular",
        "grumpy",
        "elderly",
        "careful",
        "clever",
        "graceful",
        "tall",
        "tough",
        "brilliant",
        "bald",
        "rich",
        "wealthy",
        "poor",
        "bossy",
        "kind",
        "modest",
        "successful",
        "cheerful",
        "jolly",
        "playful",
        "deaf",
        "funny",
        "stupid",
        "intelligent",
        "obedient",
        "foolish",
        "friendly",
        "famous",
        "gifted",
        "fierce",
        "weak",
        "fat",
        "chubby",
        "fair",
        "talented",
    ]
)
# Adjectives for how a character feels: "Lily felt sleepy."
FEELING_ADJECTIVES = frozenset(
    [
        "sorry",
        "sleepy",
        "upset",
        "nervous",
        "hurt",
        "happy",
        "ready",
        "dizzy",
        "tired",
        "frustrated",
        "embarrassed",
        "hungry",
        "scared",
        "ashamed",
        "guilty",
        "worried",
        "jealous",
        "lonely",
        "anxious",
        "proud",
        "sad",
        "excited",
        "confused",
        "glad",
        "frightened",
        "miserable",
        "uncomfortable",
        "grateful",
        "angry",
        "calm",
        "eager",
        "alert",
        "fearful",
        "restless",
        "envious",
        "troubled",
        "gloomy",
        "busy",
        "bored",
    ]
)
# Verbs used without an object: "Lily wanted to dance."
INTRANSITIVE_VERBS = frozenset(
    [
        "think",
        "talk",
        "care",
        "shine",
        "pretend",
        "sing",
        "swim",
        "dance",
        "hurry",
        "worry",
        "dream",
        "lean",
        "relax",
        "nod",
        "sneeze",
        "laugh",
        "travel",
        "shiver",
        "march",
        "skip",
        "succeed",
        "yawn",
        "sigh",
        "bloom",
        "rest",
        "race",
        "play",
        "hope",
        "grow",
        "hop",
        "blink",
        "wonder",
        "work",
        "study",
        "clap",
        "arrive",
        "soar",
        "glow",
        "frown",
        "tremble",
        "walk",
        "wander",
        "panic",
        "weep",
        "kneel",
        "pray",
        "cry",
        "behave",
        "rise",
        "stay",
        "climb",
        "jog",
        "sleep",
        "sit",
        "smile",
        "stand",
        "run",
        "jump",
        "wave",
        "fly",
        "fall",
        "go",
        "come",
        "listen",
        "cook",
        "bow",
        "dive",
        "crawl",
        "stumble",
        "disagree",
        "quarrel",
        "complain",
        "struggle",
        "vanish",
        "disappear",
        "escape",
        "appear",
        "splash",
        "zoom",
        "roar",
        "shrug",
        "peek",
        "pause",
        "whistle",
        "bounce",
        "gaze",
        "stare",
        "settle",
        "unite",
        "balance",
        "hide",
        "slip",
        "spin",
        "act",
        "sail",
        "speak",
        "shout",
        "yell",
        "scream",
        "whisper",
        "reply",
        "surrender",
        "suffer",
        "insist",
        "melt",
        "freeze",
        "rot",
        "burn",
        "dry",
        "shrink",
        "wake",
        "rush",
        "lie",
        "nap",
        "park",
        "rock",
        "spring",
        "jog",
        "perform",
        "pretend",
        "relax",
        "decide",
        "guess",
    ]
)
# Verbs whose natural object is a person: "Lily wanted to help Tom."
PERSON_OBJECT_VERBS = frozenset(
    [
        "help",
        "thank",
        "welcome",
        "invite",
        "forgive",
        "trust",
        "teach",
        "tease",
        "hug",
        "kiss",
        "comfort",
        "encourage",
        "warn",
        "remind",
        "urge",
        "excite",
        "surprise",
        "scare",
        "please",
        "meet",
        "visit",
        "follow",
        "call",
        "ask",
        "tell",
        "punish",
        "rescue",
        "save",
        "protect",
        "support",
        "marry",
        "introduce",
        "disturb",
        "embarrass",
        "ignore",
        "admire",
        "applaud",
        "recognize",
        "miss",
        "love",
        "hate",
        "push",
        "pinch",
        "poke",
        "answer",
        "serve",
        "lead",
        "join",
        "greet",
    ]
)
# Verbs the lists hold that need a frame of their own (base form only, so inflection of
# the required word never goes wrong).
SPECIAL_VERB_PHRASES: dict[str, str] = {
    "be": "be brave",
    "remain": "remain calm",
    "become": "become strong",
    "seem": "seem brave",
    "feel": "feel better",
    "let": "let {friend} play too",
    "belong": "belong to a team",
    "happen": "see what would happen",
    "need": "need help",
    "want": "want more",
    "mind": "mind the baby",
    "number": "number the pages",
    "part": "part with {his} toys",
    "value": "value {his} friends",
    "seat": "seat everyone at the table",
    "yield": "yield to the big truck",
    "sharp": "keep the knife sharp",
    "rain": "see the rain",
    "dare": "dare to try",
    "permit": "permit the dog to come in",
    "allow": "allow the dog to come in",
    "suggest": "suggest a game",
    "mention": "mention it to Mom",
    "realize": "realize the truth",
    "recommend": "recommend a book",
    "request": "request a song",
    "demand": "demand a turn",
    "discuss": "discuss the plan",
    "promise": "promise to be good",
    "order": "order a pizza",
    "have": "have fun",
    "do": "do a dance",
    "get": "get a treat",
    "make": "make a cake",
    "take": "take a nap",
    "give": "give a gift",
    "say": "say hello",
    "know": "know more",
    "see": "see the stars",
    "learn": "learn to read",
    "sack": "sack the potatoes",
    "sign": "sign {his} name",
    "wear": "wear a hat",
    "spend": "spend the day outside",
    "supply": "supply the food",
    "include": "include everyone",
    "lay": "lay the blanket down",
    "set": "set the table",
    "put": "put the toys away",
    "fit": "fit in the box",
    "gain": "gain a friend",
    "end": "end the game",
    "start": "start a game",
    "own": "own a puppy",
    "weigh": "weigh the apples",
    "measure": "measure the table",
    "match": "match the socks",
    "pay": "pay for the treat",
    "spread": "spread the butter",
    "split": "split the cookie",
    "separate": "separate the red and blue blocks",
    "unite": "unite the team",
    "lend": "lend {friend} a toy",
    "borrow": "borrow a book",
    "send": "send a letter",
    "mail": "mail a letter",
    "deliver": "deliver the mail",
    "sell": "sell lemons",
    "buy": "buy a treat",
    "read": "read a book",
    "write": "write a letter",
    "print": "print a picture",
    "record": "record a song",
    "design": "design a kite",
    "create": "create a picture",
    "draw": "draw a picture",
    "paint": "paint a picture",
    "bake": "bake a cake",
    "cook": "cook dinner",
    "eat": "eat a snack",
    "drink": "drink some milk",
    "chew": "chew the gum",
    "taste": "taste the soup",
    "feed": "feed the ducks",
    "plan": "plan a party",
    "celebrate": "celebrate",
    "decorate": "decorate the tree",
    "prepare": "prepare a picnic",
    "pack": "pack a bag",
    "unpack": "unpack the bag",
    "organize": "organize the toys",
    "sort": "sort the toys",
    "clean": "clean the room",
    "wash": "wash the dishes",
    "wipe": "wipe the table",
    "polish": "polish the shoes",
    "tidy": "tidy the room",
    "bathe": "bathe the puppy",
    "dress": "dress up",
    "zip": "zip {his} coat",
    "tie": "tie {his} shoes",
    "lock": "lock the door",
    "unlock": "unlock the door",
    "open": "open the door",
    "close": "close the door",
    "shut": "shut the door",
    "knock": "knock on the door",
    "enter": "enter the room",
    "leave": "leave the park",
    "reach": "reach the top shelf",
    "lift": "lift the box",
    "raise": "raise {his} hand",
    "point": "point at the moon",
    "count": "count the stars",
    "test": "test the water",
    "examine": "examine the bug",
    "observe": "observe the birds",
    "notice": "notice the little things",
    "discover": "discover a secret",
    "find": "find the treasure",
    "search": "search for shells",
    "collect": "collect shells",
    "gather": "gather leaves",
    "pick": "pick flowers",
    "grab": "grab a snack",
    "catch": "catch a fish",
    "throw": "throw the stick",
    "kick": "kick the stone",
    "hit": "hit the drum",
    "shoot": "shoot a basketball",
    "strike": "strike a match",
    "ring": "ring the bell",
    "watch": "watch the birds",
    "display": "display the picture",
    "show": "show {friend} a dance",
    "reveal": "reveal a secret",
    "hide": "hide",
    "imagine": "imagine a castle",
    "believe": "believe in magic",
    "remember": "remember the way home",
    "forget": "forget the bad day",
    "understand": "understand the game",
    "solve": "solve the puzzle",
    "answer": "answer the question",
    "question": "question everything",
    "explain": "explain the game",
    "repeat": "repeat the song",
    "excite": "excite the children",
    "embarrass": "embarrass {friend}",
    "steal": "steal a cookie",
    "destroy": "destroy the tower",
    "break": "break the toy",
    "tear": "tear the paper",
    "spoil": "spoil the fun",
    "scatter": "scatter the leaves",
    "spray": "spray the flowers",
    "pour": "pour the juice",
    "stir": "stir the soup",
    "mix": "mix the paint",
    "fill": "fill the bucket",
    "load": "load the truck",
    "carry": "carry the bag",
    "bring": "bring a snack",
    "provide": "provide food for the birds",
    "offer": "offer {friend} a cookie",
    "share": "share the toys",
    "receive": "receive a gift",
    "accept": "accept the gift",
    "release": "release the bird",
    "restore": "restore the old house",
    "repair": "repair the fence",
    "fix": "fix the fence",
    "replace": "replace the bulb",
    "remove": "remove the mud",
    "improve": "improve {his} picture",
    "increase": "increase the speed",
    "reverse": "reverse the car",
    "drive": "drive the car",
    "ride": "ride a pony",
    "move": "move the chair",
    "roll": "roll down the hill",
    "pull": "pull the wagon",
    "drop": "drop the cup",
    "fold": "fold the clothes",
    "wrap": "wrap a gift",
    "cover": "cover the cake",
    "bury": "bury a treasure",
    "hang": "hang a picture",
    "attach": "attach a string to the kite",
    "stretch": "stretch {his} arms",
    "twist": "twist the cap",
    "squeeze": "squeeze the lemon",
    "snap": "snap {his} fingers",
    "shake": "shake the tree",
    "soak": "soak the towel",
    "grow": "grow",
    "bite": "bite the apple",
    "lose": "lose the game",
    "win": "win the race",
    "quit": "quit the game",
    "finish": "finish the puzzle",
    "complete": "complete the puzzle",
    "manage": "manage the team",
    "try": "try again",
    "use": "use the crayons",
    "keep": "keep the secret",
    "hold": "hold the kite",
    "store": "store the toys in a box",
    "save": "save the kitten",
    "return": "return the book",
    "thank": "thank {friend}",
    "mark": "mark the map",
    "sail": "sail",
    "lie": "lie down",
    "trust": "trust {friend}",
    "hear": "hear the birds",
    "choose": "choose a toy",
    "look": "look at the stars",
    "prevent": "prevent a fire",
    "resist": "resist the cake",
    "refuse": "refuse the soup",
    "regret": "regret it",
    "ignore": "ignore the noise",
    "touch": "touch the sky",
    "visit": "visit Grandma",
    "travel": "travel",
    "turn": "turn around",
    "change": "change {his} shirt",
    "swing": "swing on the swing",
    "slide": "slide down the slide",
    "bounce": "bounce on the bed",
    "spin": "spin around",
    "kneel": "kneel down",
}
# Things to fall back on when the required noun is not an object you can find.
FALLBACK_OBJECTS = ("box", "toy", "kite", "hat", "doll", "book", "balloon", "drum", "boat", "shell")
SETTINGS = ("park", "garden", "forest", "beach", "yard", "house", "farm", "zoo", "lake", "hill")
GIRLS = (
    "Lily",
    "Sue",
    "Mia",
    "Anna",
    "Lucy",
    "Amy",
    "Sara",
    "Emma",
    "Zoe",
    "Kate",
    "Jane",
    "Molly",
    "Ella",
    "Rosie",
    "Ruby",
    "Daisy",
    "Bella",
    "Grace",
    "Sally",
    "Nina",
    "Lisa",
    "Ava",
    "Chloe",
    "Sophie",
    "Mary",
    "Jenny",
    "Polly",
    "Luna",
    "Ivy",
    "Kitty",
)
BOYS = (
    "Tom",
    "Ben",
    "Tim",
    "Sam",
    "Max",
    "Jack",
    "Leo",
    "Finn",
    "Joe",
    "Jake",
    "Bob",
    "Timmy",
    "Billy",
    "Ted",
    "Toby",
    "Sammy",
    "Milo",
    "Oscar",
    "Danny",
    "Pete",
    "Luke",
    "Henry",
    "Harry",
    "Roy",
    "Ned",
    "Alex",
    "Adam",
    "Eli",
    "Ryan",
    "Oliver",
)
# ----------------------------------------------------------------- sentence templates
# Slots: {name} {He} {he} {his} {His} {him} the hero; {friend} {fhe} {fhis} the
# friend; {kind} girl/boy; {place}; {a_obj} "a red box"; {the_obj} "the box"; {it}; {vp}
# a verb phrase in the base form.

OPENINGS = (
    "Once upon a time, there was a {kind} named {name}.",
    "One day, a little {kind} named {name} went to the {place}.",
    "There was once a {kind} called {name}.",
    "{name} was a little {kind} with a small house near the {place}.",
    "One sunny morning, {name} woke up and smiled.",
    "It was a bright day, and {name} wanted to go outside.",
    "In a small town, there was a {kind} named {name}.",
    "{name} loved to play at the {place} every day.",
    "Every morning, {name} looked out of the window at the {place}.",
    "Long ago, there was a {kind} named {name} who had a big family.",
    "{name} and {his} friend {friend} loved to play together.",
    "On a warm day, {name} and {friend} went to the {place}.",
    "Not far from the {place}, there was a {kind} named {name}.",
    "{name} had a best friend named {friend}.",
)
SETTING_LINES = (
    "The sun was shining and the birds were singing.",
    "The sky was blue and the grass was green.",
    "There were tall trees and pretty flowers everywhere.",
    "{He} loved the {place} because there was so much to see.",
    "{His} mom said {he} could play there until dinner.",
    "The wind was soft and warm.",
    "{He} ran and jumped and laughed all the way to the {place}.",
    "{friend} came too, and they played together for a long time.",
)
FEELING_LINES = ("{name} felt {adj}.", "That day, {name} felt very {adj}.")
DISCOVERY_LINES = (
    "Then {name} saw {a_obj} under a tree.",
    "Near the path, {name} found {a_obj}.",
    "All at once, {name} saw {a_obj} on the ground.",
    "{name} looked around and found {a_obj}.",
    "{friend} pointed at {a_obj} in the grass.",
    "In the grass, {name} saw {a_obj}.",
)
OBJECT_LINES = (
    "{He} picked up {the_obj} and looked at {it} for a long time.",
    "{He} had never seen anything like {it} before.",
    "{name} held {the_obj} with care.",
    "{He} wanted to keep {the_obj} forever.",
    "{name} showed {the_obj} to {friend}.",
    "{He} thought {the_obj} {was} the best thing in the world.",
)
WANT_LINES = (
    "{name} wanted to {vp}.",
    "More than anything, {name} wanted to {vp}.",
    '{name} asked Mom, "Can I {vp}, please?"',
    "{He} had always wanted to {vp}.",
    '{name} told {friend}, "Let\'s {vp}!"',
)
TRY_LINES = (
    "{He} tried to {vp}, but it was hard.",
    "{He} tried again and again.",
    "At first, {he} could not {vp}.",
    "{friend} came to help {him}.",
    "{name} did not give up.",
)
DIALOGUE_LINES = (
    '"This is so much fun!" said {name}.',
    '"Can I play too?" asked {friend}.',
    '"Yes, you can!" said {name} with a big smile.',
    '"Look at me!" {name} said.',
    '"What are you doing?" asked {friend}.',
    '"I am so happy," said {name}.',
    '"Let\'s be friends," said {friend}.',
)
FORESHADOW_PAIRS = (
    (
        "That morning, {name} saw dark clouds in the sky.",
        "Just then, the dark clouds from the morning came back, and it started to rain.",
    ),
    (
        'Mom said, "Be careful, the floor by the door is wet."',
        "{name} ran too fast and slipped on the wet floor by the door, just like Mom said.",
    ),
    (
        "{name} noticed that the old fence had a big hole in it.",
        "The puppy from next door got in through the hole in the old fence.",
    ),
    (
        'Dad told {name}, "The old tree by the river is not safe to climb."',
        "{friend} climbed the old tree, and a branch broke, just as Dad had said. {friend} fell and hurt {fhis} leg.",
    ),
)
TWIST_LINES = (
    "But then, something surprising happened. {The_obj_cap} started to talk!",
    "But then, a big bird flew down and took {the_obj} away.",
    'But then, {friend} laughed and said, "That is mine! I lost {it} last week."',
    "But then, something surprising happened. Grandma said she had hidden {the_obj} there for {name} to find.",
    "But then, a strong wind came, and {the_obj} flew up into the sky.",
)
CONFLICT_LINES = (
    '{friend} wanted {the_obj} too. "Give {it} to me!" {fhe} said. "No, {it_is} mine!" said {name}. They started to fight.',
    "{name} and {friend} had a fight. {friend} wanted to go home, but {name} wanted to stay.",
    "{friend} grabbed {the_obj} and would not give {it} back. {name} was very upset.",
    "{name} wanted to {vp}, but {friend} said no. They both got angry and yelled.",
)
RESOLVE_LINES = (
    "Then they said sorry to each other and decided to share.",
    "After a while, they hugged and became friends again.",
    "Mom came and helped them take turns.",
)
UNRESOLVED_LINES = (
    "They did not talk to each other for the rest of the day.",
    "Neither of them would say sorry.",
)
MIDDLE_LINES = (
    "The sun was warm, and the birds sang in the trees.",
    "{friend} came to see what {name} was doing.",
    "{name} told {friend} all about {the_obj}.",
    "They sat down on the grass to rest for a while.",
    "{name} was so happy that {he} did a little dance.",
    "Mom looked out of the window and smiled at them.",
    "A little dog ran by and looked at them.",
    "{He} thought about it for a long time.",
)
HAPPY_ENDINGS = (
    "In the end, {name} and {friend} played together until the sun went down.",
    "{name} went home with a big smile on {his} face.",
    "That night, {name} slept well and dreamed of the {place}.",
    "From that day on, {name} was always happy to see {friend}.",
    "It was the best day ever.",
)
BAD_ENDINGS = (
    "{The_obj_cap} {was} gone forever, and {name} cried all the way home.",
    "{name} never saw {the_obj} again. {He} was very sad.",
    "In the end, {name} was all alone, and nobody came to play with {him}.",
    "Mom was upset, and {name} had to go to bed early. It was a very bad day.",
)
MORALS = (
    "{name} learned that it is good to share with friends.",
    "{name} learned that {he} should always be careful.",
    "{name} learned that friends are more important than toys.",
    "From this, {name} learned that it is important to listen to Mom and Dad.",
    "{name} learned that being kind is the best thing to do.",
    "{name} learned that {he} should never give up.",
)
ABOUT_LINES = (
    "That night, Mom told {name} a story about {noun}.",
    "{name} loved to think about {noun}.",
    "Dad and {name} talked about {noun} on the way home.",
)
COUNT_IDEA_LINES = ("{name} thought of {a_noun}.", "Then {name} had {a_noun}.")
EVENT_LINES = ("It was time for {a_noun}.", "{name} was ready for {a_noun}.")


def _article(word: str) -> str:
    """'a' or 'an' by the sound of the next word ("an x-ray", "a unique", "an honest")."""
    lower = word.lower()
    if lower.startswith(("uni", "use", "eu", "one")):
        return "a"
    if lower.startswith(("x-", "hour", "honest", "honor")):
        return "an"
    return "an" if lower[:1] in "aeiou" else "a"


@dataclass(frozen=True)
class _Cast:
    name: str
    he: str
    his: str
    him: str
    kind: str
    friend: str
    fhe: str


def _cast(rng: random.Random, vocab: Vocabulary) -> _Cast:
    """Pick a hero and a friend from the shipped names, with matching pronouns."""
    girls = [n for n in GIRLS if n in vocab.names] or list(GIRLS[:1])
    boys = [n for n in BOYS if n in vocab.names] or list(BOYS[:1])
    hero_is_girl = rng.random() < 0.5
    name = rng.choice(girls if hero_is_girl else boys)
    friend_is_girl = rng.random() < 0.5
    friend = rng.choice([n for n in (girls if friend_is_girl else boys) if n != name])
    if hero_is_girl:
        return _Cast(name, "she", "her", "her", "girl", friend, "she" if friend_is_girl else "he")
    return _Cast(name, "he", "his", "him", "boy", friend, "she" if friend_is_girl else "he")


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _verb_phrase(verb: str, friend: str, his: str) -> str:
    """The required verb in its base form with whatever complement it needs."""
    lower = verb.lower()
    if lower in SPECIAL_VERB_PHRASES:
        phrase = SPECIAL_VERB_PHRASES[lower]
    elif lower in INTRANSITIVE_VERBS:
        phrase = lower
    elif lower in PERSON_OBJECT_VERBS:
        phrase = f"{lower} {friend}"
    else:
        phrase = f"{lower} it"
    return phrase.format(friend=friend, his=his)


def generate_story(prompt: StoryPrompt, vocab: Vocabulary, seed: int) -> str:
    """Write one story for `prompt`, deterministically per (seed, prompt.index)."""
    rng = random.Random(f"template:{seed}:{prompt.index}")
    cast = _cast(rng, vocab)
    nouns = [n for n in prompt.words.get("noun", ())]
    verbs = [v for v in prompt.words.get("verb", ())]
    adjectives = [a for a in prompt.words.get("adjective", ())]
    settings = [s for s in SETTINGS if s in vocab.nouns] or ["house"]
    place = rng.choice(settings)

    # The central object: the first required noun that is a findable thing, else a fallback.
    extra_sentences: list[str] = []  # sentences that place the other required words
    obj_noun: str | None = None
    obj_plural = obj_mass = False
    for noun in nouns:
        lower = noun.lower()
        if lower in SPECIAL_NOUN_SENTENCES:
            extra_sentences.append(SPECIAL_NOUN_SENTENCES[lower])
        elif lower in EVENT_NOUNS:
            extra_sentences.append(
                rng.choice(EVENT_LINES).replace("{a_noun}", f"{_article(lower)} {lower}")
            )
        elif lower in COUNT_IDEA_NOUNS:
            extra_sentences.append(
                rng.choice(COUNT_IDEA_LINES).replace("{a_noun}", f"{_article(lower)} {lower}")
            )
        elif lower in ABSTRACT_NOUNS:
            extra_sentences.append(rng.choice(ABOUT_LINES).replace("{noun}", lower))
        elif obj_noun is None:
            obj_noun, obj_plural = (noun if noun.isupper() else lower), lower in PLURAL_NOUNS
            obj_mass = lower in MASS_NOUNS
        else:
            extra_sentences.append(
                f"{{name}} also saw {'some' if lower in MASS_NOUNS | PLURAL_NOUNS else _article(lower)} {lower}."
            )
    if obj_noun is None:
        fallbacks = [n for n in FALLBACK_OBJECTS if n in vocab.nouns] or ["box"]
        obj_noun = rng.choice(fallbacks)

    # Adjectives: thing adjectives describe the object, the rest describe the hero.
    obj_adjs: list[str] = []
    hero_lines: list[str] = []
    for adj in adjectives:
        lower = adj.lower()
        if lower in TRAIT_ADJECTIVES:
            hero_lines.append(_trait_line(rng, lower))
        elif lower in FEELING_ADJECTIVES:
            hero_lines.append(rng.choice(FEELING_LINES).replace("{adj}", lower))
        else:
            obj_adjs.append(lower)
    described = " ".join([*obj_adjs, obj_noun])
    some = obj_mass or obj_plural
    a_obj = f"some {described}" if some else f"{_article(described)} {described}"
    the_obj = f"the {obj_noun}"
    it = "them" if obj_plural else "it"

    vps = [_verb_phrase(v, cast.friend, cast.his) for v in verbs]
    vp = vps[0] if vps else "play"

    slots = {
        "name": cast.name,
        "he": cast.he,
        "He": _sentence_case(cast.he),
        "his": cast.his,
        "His": _sentence_case(cast.his),
        "him": cast.him,
        "kind": cast.kind,
        "friend": cast.friend,
        "fhe": cast.fhe,
        "fhis": "her" if cast.fhe == "she" else "his",
        "place": place,
        "a_obj": a_obj,
        "the_obj": the_obj,
        "The_obj_cap": _sentence_case(the_obj),
        "it": it,
        "vp": vp,
        "it_is": "they are" if obj_plural else "it is",
        "was": "were" if obj_plural else "was",
    }

    features = set(prompt.features)
    pick = rng.sample

    # Paragraph 1: who, where, and the foreshadowing set-up.
    para1 = [rng.choice(OPENINGS), *pick(SETTING_LINES, 3), *hero_lines]
    payoff = None
    if "foreshadowing" in features:
        setup, payoff = rng.choice(FORESHADOW_PAIRS)
        para1.append(setup)

    # Paragraph 2: the object and the verb.
    para2 = [rng.choice(DISCOVERY_LINES), *pick(OBJECT_LINES, 3), *extra_sentences]
    shape = rng.randrange(3)
    for want_line, phrase in zip(pick(WANT_LINES, max(1, len(vps))), vps or [vp], strict=True):
        para2.append(want_line.replace("{vp}", phrase))

    # Paragraph 3: the middle, shaped by the requested features.
    para3: list[str] = pick(MIDDLE_LINES, 2)
    if shape == 0:
        para3 += pick(TRY_LINES, 2)
    elif shape == 1:
        para3 += pick(DIALOGUE_LINES, 2)
    else:
        para3 += ["{name} and {friend} played with {the_obj} all morning.", rng.choice(TRY_LINES)]
    if "dialogue" in features and shape != 1:
        para3.append(rng.choice(DIALOGUE_LINES))
    if "conflict" in features:
        para3.append(rng.choice(CONFLICT_LINES))
        if "bad_ending" in features:
            para3.append(rng.choice(UNRESOLVED_LINES))
        else:
            para3.append(rng.choice(RESOLVE_LINES))
    if "plot_twist" in features:
        para3.append(rng.choice(TWIST_LINES))
    if payoff is not None:
        para3.append(payoff)

    # Paragraph 4 (and 5): the ending and the lesson.
    endings = BAD_ENDINGS if "bad_ending" in features else HAPPY_ENDINGS
    para4 = pick(endings, 2)
    paragraphs = [para1, para2, para3, para4]
    if "moral_value" in features:
        moral = [rng.choice(MORALS)]
        if rng.random() < 0.5:
            paragraphs.append(moral)
        else:
            para4.extend(moral)
    # Pad short stories with middle sentences so every story reaches about 120 words.
    spare = [line for line in MIDDLE_LINES if line not in para3]
    rng.shuffle(spare)
    text = "\n".join(" ".join(s.format(**slots) for s in para) for para in paragraphs)
    while len(text.split()) < MIN_WORDS and spare:
        para3.append(spare.pop())
        text = "\n".join(" ".join(s.format(**slots) for s in para) for para in paragraphs)
    return text


def _trait_line(rng: random.Random, adj: str) -> str:
    """'Tom was a shy boy.' with the right article before the adjective."""
    if rng.random() < 0.5:
        return f"{{name}} was {_article(adj)} {adj} {{kind}}."
    return f"Everyone knew that {{name}} was a very {adj} {{kind}}."
