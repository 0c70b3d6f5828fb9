"""Phrase tables of the math template backend: people, item pools and the wordings.

Pure data. Every wording is a `str.format` template; `lexicon.build_lexicon` keeps the
ones a recipe's vocabulary allows.
"""

from __future__ import annotations

# Names in names.txt that are pets or family titles: fine in a story, odd as "Dad's age".
NOT_PEOPLE = frozenset(
    [
        "Dad",
        "Mom",
        "Mommy",
        "Mum",
        "Mummy",
        "Mama",
        "Papa",
        "Grandma",
        "Grandpa",
        "Granny",
        "Nana",
        "Fluffy",
        "Bongo",
        "Whiskers",
        "Mittens",
        "Sparky",
        "Spot",
        "Kitty",
        "Lucky",
        "Rex",
        "Coco",
        "Buddy",
        "Sunny",
        "Rocky",
        "Maxi",
        "Tobby",
    ]
)

# --------------------------------------------------------------------------- lexicon
# (singular, plural) pairs. Pools are filtered by the vocabulary when one is set.

SHOP_ITEMS = [
    ("apple", "apples"), ("book", "books"), ("toy", "toys"), ("pencil", "pencils"),
    ("cookie", "cookies"), ("cupcake", "cupcakes"), ("notebook", "notebooks"),
    ("kite", "kites"), ("hat", "hats"), ("shirt", "shirts"), ("ball", "balls"),
    ("sticker", "stickers"), ("marker", "markers"), ("sandwich", "sandwiches"),
    ("doll", "dolls"), ("puzzle", "puzzles"), ("candle", "candles"), ("banana", "bananas"),
    ("orange", "oranges"), ("cup", "cups"), ("plant", "plants"), ("ticket", "tickets"),
    ("pen", "pens"), ("cake", "cakes"), ("pie", "pies"), ("bike bell", "bike bells"),
]  # fmt: skip
THINGS = [
    ("cookie", "cookies"), ("sticker", "stickers"), ("marble", "marbles"),
    ("crayon", "crayons"), ("shell", "shells"), ("stamp", "stamps"), ("bead", "beads"),
    ("card", "cards"), ("grape", "grapes"), ("strawberry", "strawberries"),
    ("candy", "candies"), ("block", "blocks"), ("rock", "rocks"), ("button", "buttons"),
    ("balloon", "balloons"), ("flower", "flowers"), ("egg", "eggs"), ("coin", "coins"),
    ("berry", "berries"), ("apple", "apples"), ("pencil", "pencils"), ("toy car", "toy cars"),
    ("leaf", "leaves"), ("seed", "seeds"), ("nut", "nuts"),
]  # fmt: skip
CONTAINERS = [
    ("box", "boxes"), ("bag", "bags"), ("jar", "jars"), ("basket", "baskets"),
    ("pack", "packs"), ("bowl", "bowls"), ("cup", "cups"), ("tin", "tins"),
]  # fmt: skip
# (verb, third person, thing made, plural thing made)
ACTIVITIES = [
    ("read", "reads", "page", "pages"), ("bake", "bakes", "cookie", "cookies"),
    ("pick", "picks", "apple", "apples"), ("paint", "paints", "picture", "pictures"),
    ("write", "writes", "letter", "letters"), ("walk", "walks", "block", "blocks"),
    ("swim", "swims", "lap", "laps"), ("draw", "draws", "picture", "pictures"),
    ("plant", "plants", "flower", "flowers"), ("collect", "collects", "shell", "shells"),
    ("fold", "folds", "paper boat", "paper boats"), ("make", "makes", "cake", "cakes"),
    ("sell", "sells", "cup of milk", "cups of milk"), ("find", "finds", "rock", "rocks"),
]  # fmt: skip
# (small unit, plural, big unit, plural, small units per big unit)
TIME_UNITS = [
    ("day", "days", "week", "weeks", 7),
    ("minute", "minutes", "hour", "hours", 60),
]
GROUPS = [
    ("class", "kids"), ("party", "children"), ("club", "members"), ("party", "guests"),
    ("park", "people"), ("game", "players"), ("zoo", "visitors"), ("beach", "kids"),
]  # fmt: skip

# --------------------------------------------------------------------------- phrasings
# `{m}` fields are money ("$12"), `{pct}` percentages ("25%"), `{frac}` fractions ("3/4").

PHRASES: dict[str, list[str]] = {
    # shopping
    "shop.budget": [
        "{name} goes to the store with {m}.",
        "{name} has {m} to spend at the shop.",
        "{name} takes {m} to the market.",
        "{name} has {m} in a piggy bank and goes shopping.",
        "{name} brings {m} to the toy shop.",
        "{name} saved {m} and goes to the store.",
    ],
    "shop.start": [
        "{name} goes shopping.",
        "{name} goes to the store.",
        "{name} is buying things for a party.",
        "{name} visits the market.",
        "{name} shops for a friend's birthday.",
    ],
    "shop.many": [
        "{name} buys {q} {items} that are {m} each.",
        "Each {item} is {m}, and {name} buys {q} of them.",
        "{name} gets {q} {items} for {m} each.",
        "{name} buys {q} {items}. Each one costs {m}.",
        "{name} picks {q} {items} that cost {m} each.",
        "Then {name} buys {q} {items} at {m} each.",
    ],
    "shop.one": [
        "{name} also buys one {item} for {m}.",
        "Then {name} buys one {item} that is {m}.",
        "One {item} is {m}, and {name} buys it too.",
        "{name} also gets one {item} that costs {m}.",
    ],
    "shop.ask_change": [
        "How much money does {name} have left?",
        "How many dollars does {name} have left?",
        "How much change does {name} get back?",
        "How much money is left after shopping?",
    ],
    "shop.ask_spent": [
        "How much money does {name} spend in all?",
        "How much does {name} pay in all?",
        "How many dollars does {name} spend?",
        "How much does {name} spend in total?",
    ],
    # sharing & grouping
    "share.start_plain": [
        "{name} has {n} {items}.",
        "{name} finds {n} {items}.",
        "There are {n} {items} on the table.",
        "{name} got {n} {items} as a gift.",
    ],
    "share.start_containers": [
        "{name} has {b} {containers} with {e} {items} in each.",
        "{name} buys {b} {containers} of {items}, and each {container} has {e} {items}.",
        "There are {b} {containers} and each one holds {e} {items}.",
        "{name} fills {b} {containers} with {e} {items} each.",
    ],
    "share.more": [
        "Then {name} finds {n} more {items}.",
        "{name2} gives {name} {n} more {items}.",
        "{name} gets {n} more {items}.",
        "Later, {name} buys {n} more {items}.",
    ],
    "share.away": [
        "{name} gives {n} {items} to {name2}.",
        "{name} loses {n} of the {items}.",
        "{n} of the {items} get lost.",
        "{name} uses {n} {items} for a game.",
    ],
    "share.keep": [
        "{name} keeps {n} {items} for later.",
        "{name} puts {n} {items} away for later.",
        "{name} saves {n} {items} for a friend.",
    ],
    "share.split": [
        "{name} shares the rest equally among {g} friends.",
        "{name} splits the {items} equally between {g} friends.",
        "{name} gives all the {items} to {g} friends, and each friend gets the same number.",
        "The {items} are shared by {g} kids, and each kid gets the same number.",
    ],
    "share.eat": [
        "Each friend uses {n} of them.",
        "Each friend gives {n} of them away.",
        "Each friend loses {n} of them.",
    ],
    "share.ask_each": [
        "How many {items} does each friend get?",
        "How many {items} does each one get?",
    ],
    "share.ask_each_left": [
        "How many {items} does each friend have left?",
        "How many {items} does each one have now?",
    ],
    "share.bags": [
        "{name} puts the {items} into {containers} with {z} in each {container}.",
        "{name} packs the {items} in groups of {z}.",
        "{name} wants to put {z} {items} in each {container}.",
    ],
    "share.ask_bags": [
        "How many full {containers} can {name} make?",
        "How many {containers} can {name} fill?",
    ],
    "share.ask_leftover": [
        "How many {items} are left over?",
        "How many {items} will not fit?",
    ],
    # rates & time
    "rate.base": [
        "{name} {verbs} {r} {things} every {unit}.",
        "Every {unit}, {name} {verbs} {r} {things}.",
        "{name} can {verb} {r} {things} each {unit}.",
        "Each {unit} {name} {verbs} {r} {things}.",
    ],
    "rate.partner": [
        "{name2} {verbs} {r} {things} every {unit}.",
        "{name2} helps and {verbs} {r} {things} each {unit}.",
        "A friend, {name2}, {verbs} {r} {things} every {unit} too.",
    ],
    "rate.have": [
        "{name} already has {n} {things}.",
        "Before this, there are already {n} {things}.",
        "{name} has made {n} {things} before.",
    ],
    "rate.give": [
        "Then {name} gives {n} {things} away.",
        "{n} of the {things} are given to {name3}.",
        "{name} gives {n} {things} to {name3}.",
    ],
    "rate.span_small": [
        "This goes on for {t} {units}.",
        "The work goes on for {t} {units}.",
        "All of this goes on for {t} {units}.",
    ],
    "rate.span_big": [
        "This goes on for {t} {bigs}. There are {k} {units} in a {big}.",
        "The work goes on for {t} {bigs}, and a {big} has {k} {units}.",
    ],
    "rate.ask_forward": [
        "How many {things} are there at the end?",
        "How many {things} are there in all?",
        "How many {things} are there now?",
    ],
    "rate.goal": [
        "The goal is {n} {things}.",
        "{name} wants to have {n} {things} in all.",
        "{n} {things} are needed in all.",
    ],
    "rate.ask_time": [
        "How many {units} will it take?",
        "How many {units} are needed?",
        "How many {units} does it take to reach the goal?",
    ],
    # ages
    "age.base": ["{a} is {n} years old.", "{a} is {n}.", "{a} just turned {n} years old."],
    "age.older": [
        "{b} is {n} years older than {a}.",
        "{b} is older than {a} by {n} years.",
    ],
    "age.younger": [
        "{b} is {n} years younger than {a}.",
        "{b} is younger than {a} by {n} years.",
    ],
    "age.times": [
        "{b} is {k} times as old as {a}.",
        "{b}'s age is {k} times {a}'s age.",
    ],
    "age.half": ["{b} is half as old as {a}.", "{b}'s age is half of {a}'s age."],
    "age.ask_now": ["How old is {b}?", "How many years old is {b}?"],
    "age.ask_future": ["How old will {b} be in {n} years?", "In {n} years, how old will {b} be?"],
    "age.ask_past": ["How old was {b} {n} years ago?", "{n} years ago, how old was {b}?"],
    "age.ask_together": [
        "How old are {a} and {b} together?",
        "What is the sum of the ages of {a} and {b}?",
    ],
    "age.ask_gap": ["How many years older is {b} than {a}?"],
    # fractions
    "frac.take": [
        "{name} gives {frac} of them to {name2}.",
        "{name} trades {frac} of them for a book.",
        "{name} uses {frac} of them.",
        "{frac} of them get lost.",
    ],
    "frac.take_rest": [
        "Then {name} gives away {frac} of the rest.",
        "After that, {name} uses {frac} of what is left.",
        "Then {frac} of the rest get lost.",
    ],
    "frac.keep": [
        "{name} keeps {frac} of them and gives the rest away.",
        "{name} keeps only {frac} of them.",
    ],
    "frac.half": ["{name} uses half of them.", "{name} gives half of them to {name2}."],
    "frac.ask_left": [
        "How many {items} does {name} have left?",
        "How many {items} are left?",
        "How many {items} does {name} have now?",
    ],
    # percentages
    "pct.price": [
        "A {item} is {m}.",
        "A {item} costs {m}.",
        "The price of a {item} is {m}.",
        "At the shop, one {item} is {m}.",
    ],
    "pct.off": [
        "Today it is {pct} off.",
        "The shop takes {pct} off the price.",
        "It is on sale for {pct} off.",
        "{name} has a coupon for {pct} off.",
    ],
    "pct.buy": ["{name} buys {q} of them at that price.", "{name} gets {q} of them."],
    "pct.pay": ["{name} pays with {m}.", "{name} gives the shop {m}."],
    "pct.ask_price": [
        "How much does one {item} cost now?",
        "What is the new price of a {item}?",
        "How much is a {item} now?",
    ],
    "pct.ask_saved": [
        "How many dollars does {name} save on the {item}?",
        "How much money does {name} save?",
    ],
    "pct.ask_total": ["How much does {name} pay in all?", "How much does {name} spend?"],
    "pct.ask_change": ["How much change does {name} get?", "How much money is left?"],
    "pct.group": [
        "There are {n} {members} at the {group}.",
        "The {group} has {n} {members}.",
        "{n} {members} are at the {group}.",
    ],
    "pct.leave": [
        "{pct} of them go home.",
        "Then {pct} of the {members} go home.",
        "After a while, {pct} of the {members} leave.",
    ],
    "pct.leave_rest": [
        "Later, {pct} of the rest go home too.",
        "Then {pct} of the {members} who are still there leave.",
    ],
    "pct.come": ["Then {n} more {members} come.", "{n} new {members} join them."],
    "pct.ask_left": [
        "How many {members} are at the {group} now?",
        "How many {members} are still at the {group}?",
    ],
    "pct.ask_gone": ["How many {members} go home?", "How many {members} leave?"],
    # chains
    "chain.start": [
        "{name} has {n} {items}.",
        "{name} starts the day with {n} {items}.",
        "At first, {name} has {n} {items}.",
        "{name} had {n} {items} in a box.",
    ],
    "chain.more": [
        "Then {name} finds {n} more.",
        "{name2} gives {name} {n} more.",
        "{name} buys {n} more {items}.",
        "Next, {name} gets {n} more {items}.",
    ],
    "chain.away": [
        "Then {name} gives {n} to {name2}.",
        "{name} loses {n} of them.",
        "{name} uses {n} {items}.",
        "Next, {name} gives away {n} {items}.",
    ],
    "chain.times": [
        "Then {name} gets enough {items} to have {k} times as many.",
        "Then {name} ends up with {k} times as many {items}.",
    ],
    "chain.split": [
        "{name} splits them into {k} equal piles and keeps one pile.",
        "{name} shares them equally with {others} friends and keeps one share.",
        "{name} makes {k} groups with the same number in each and keeps one group.",
    ],
    "chain.packs": [
        "{name} buys {b} {containers} with {e} {items} in each.",
        "{name2} brings {b} {containers} of {items}, with {e} in each {container}.",
    ],
    "chain.ask": [
        "How many {items} does {name} have now?",
        "How many {items} does {name} have at the end?",
        "How many {items} are there now?",
    ],
}
