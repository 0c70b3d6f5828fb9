"""The `template` backend for the math recipe: offline, deterministic TinyGSM-style rows.

A problem is built by a family generator (shopping & change, sharing & grouping, rates &
time, ages, fractions, percentages, multi-step chains) that draws a scenario, its numbers
and its wording from a random generator keyed on (seed, index), and writes the question and
the program *together*, one sentence and one program line at a time, so the program always
computes what the question asks.

`steps` is the number of arithmetic operations in the program (`a + b + c` counts two);
each family can reach any count from its minimum up to 8, so `recipe.min_steps` and
`recipe.max_steps` are honoured exactly. Every number in the question and every
intermediate value stays within `0..recipe.max_number`, and all of them are whole numbers:
divisions are only drawn where they come out even (the fractions and percentages families
use Python's `/`, so their programs return floats such as `18.0`, never `17.999`).

The answer is computed by running the stored program with a trusted in-process `exec`,
not the sandbox: this module wrote every character of that program from its own templates
and integer literals (people's names only ever reach the docstring), so it is not
untrusted code, and exec costs microseconds where a sandboxed process costs milliseconds.
The result is cross-checked against the exact value the generator tracked while building
the program, and curation re-runs every program in the sandbox anyway (and the tests check
that 100% of template rows verify there), so the stored answer is always the answer of the
stored program.

With `recipe.vocabulary` set, every phrasing and every item word is checked against the
vocabulary once per process and only those that pass are used (`$`, `%`, digits and names
are not words), so every question is in vocabulary by construction.
"""

from __future__ import annotations

import keyword
import random
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from hornbook.corpora.errors import UserError
from hornbook.corpora.recipes.math import render_math_text
from hornbook.corpora.rows import content_id
from hornbook.corpora.spec import CorpusSpec, MathRecipe
from hornbook.corpora.vocabulary import NAMES_FILE, Vocabulary, load_vocabulary

TEMPLATE_MATH_VERSION = "1"
MAX_ATTEMPTS = 200  # redraws of one problem before its numbers are declared impossible

# Names in names.txt that are pets or family titles: fine in a story, odd as "Dad's age".
_NOT_PEOPLE = frozenset(
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


# --------------------------------------------------------------------------- lexicon filter


def _words_ok(vocab: Vocabulary | None, text: str) -> bool:
    """Whether every word of `text` (placeholders removed) is known; lowercased so that no
    unknown word passes as a capitalised name."""
    if vocab is None:
        return True
    literal = re.sub(r"\{[^}]*\}", " ", text).lower()
    return not vocab.oov_words(literal)


@dataclass(frozen=True)
class Lexicon:
    """The phrasings and word pools one recipe may use (filtered by its vocabulary)."""

    phrases: dict[str, tuple[str, ...]]
    shop_items: tuple[tuple[str, str], ...]
    things: tuple[tuple[str, str], ...]
    containers: tuple[tuple[str, str], ...]
    activities: tuple[tuple[str, str, str, str], ...]
    time_units: tuple[tuple[str, str, str, str, int], ...]
    groups: tuple[tuple[str, str], ...]
    names: tuple[str, ...]


@lru_cache(maxsize=8)
def build_lexicon(vocabulary: str | None) -> Lexicon:
    vocab = load_vocabulary(vocabulary) if vocabulary else None

    def keep(pool: list, words: Callable[[tuple], str]) -> tuple:
        return tuple(entry for entry in pool if _words_ok(vocab, words(entry)))

    names = sorted(
        line.strip()
        for line in NAMES_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#") and line.strip() not in _NOT_PEOPLE
    )
    return Lexicon(
        phrases={key: keep(list(v), lambda s: s) for key, v in PHRASES.items()},
        shop_items=keep(SHOP_ITEMS, " ".join),
        things=keep(THINGS, " ".join),
        containers=keep(CONTAINERS, " ".join),
        activities=keep(ACTIVITIES, " ".join),
        time_units=keep(TIME_UNITS, lambda t: " ".join(t[:4])),
        groups=keep(GROUPS, " ".join),
        names=tuple(n for n in names if re.fullmatch(r"[A-Z][a-z]+", n)),
    )


# --------------------------------------------------------------------------- program builder


class _Redraw(Exception):
    """The numbers drawn break a bound (too big, negative, not whole): draw again."""


@dataclass(frozen=True)
class Var:
    name: str
    value: Fraction


@dataclass
class _Program:
    """Writes a `solution()` line by line while tracking each value exactly."""

    cap: int
    lines: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    steps: int = 0

    def _name(self, wanted: str) -> str:
        base = re.sub(r"[^a-z0-9_]+", "_", wanted.lower()).strip("_") or "value"
        if base[0].isdigit() or keyword.iskeyword(base) or base in {"result", "solution"}:
            base = f"n_{base}"
        name, i = base, 2
        while name in self.used:
            name, i = f"{base}_{i}", i + 1
        self.used.add(name)
        return name

    def _check(self, value: Fraction) -> None:
        if value < 0 or value > self.cap or value.denominator != 1:
            raise _Redraw

    def given(self, name: str, value: int) -> Var:
        self._check(Fraction(value))
        var = Var(self._name(name), Fraction(value))
        self.lines.append(f"{var.name} = {value}")
        return var

    def op(self, name: str, symbol: str, *operands: Var | int) -> Var:
        """`name = a <symbol> b <symbol> c`: len(operands) - 1 steps."""
        values = [o.value if isinstance(o, Var) else Fraction(o) for o in operands]
        value = values[0]
        for v in values[1:]:
            if symbol == "+":
                value += v
            elif symbol == "-":
                value -= v
            elif symbol == "*":
                value *= v
            elif symbol in ("//", "/"):
                if v == 0 or (symbol == "//" and value % v):
                    raise _Redraw
                value /= v
            elif symbol == "%":
                value %= v
            else:
                raise ValueError(symbol)
        self._check(value)
        var = Var(self._name(name), value)
        text = f" {symbol} ".join(o.name if isinstance(o, Var) else str(o) for o in operands)
        self.lines.append(f"{var.name} = {text}")
        self.steps += len(operands) - 1
        return var

    def scale(self, name: str, base: Var, num: int, den: int) -> Var:
        """`name = base * num / den` (one step: take a fraction or a percentage of)."""
        value = base.value * num / den
        self._check(value)
        var = Var(self._name(name), value)
        self.lines.append(f"{var.name} = {base.name} * {num} / {den}")
        self.steps += 1
        return var

    def render(self, question: str, result: Var) -> str:
        if '"""' in question or "\\" in question:
            raise ValueError("question would break the docstring")
        doc = textwrap.fill(question, width=84, initial_indent="", subsequent_indent="    ")
        body = "\n".join(f"    {line}" for line in [*self.lines, f"result = {result.name}"])
        return f'def solution():\n    """{doc}"""\n{body}\n    return result\n'


# --------------------------------------------------------------------------- families


@dataclass
class _Ctx:
    rng: random.Random
    lex: Lexicon
    prog: _Program
    sentences: list[str] = field(default_factory=list)

    @property
    def cap(self) -> int:
        return self.prog.cap

    def say(self, key: str, **fields: object) -> None:
        options = self.lex.phrases[key]
        if not options:
            raise UserError(
                f"recipe.vocabulary: no wording for '{key}' uses only words of the vocabulary"
            )
        text = self.rng.choice(options).format(**fields)
        self.sentences.append(text[0].upper() + text[1:])

    def num(self, lo: int, hi: int) -> int:
        hi = min(hi, self.cap)
        if hi < lo:
            raise _Redraw
        return self.rng.randint(lo, hi)

    def pick(self, pool: tuple, what: str, k: int = 1) -> list:
        if len(pool) < k:
            raise UserError(f"recipe.vocabulary: too few {what} in the vocabulary ({len(pool)})")
        return self.rng.sample(pool, k)

    def people(self, k: int) -> list[str]:
        return self.pick(self.lex.names, "names", k)


def _money(v: int | Fraction) -> str:
    return f"${int(v)}"


def _shopping(c: _Ctx, steps: int) -> Var:
    name = c.people(1)[0]
    # change: m multiplications + (k - 1) additions + 1 subtraction = steps
    # spent:  m multiplications + (k - 1) additions                = steps
    options = [("change", k, steps - k) for k in range(1, 5) if 0 <= steps - k <= k]
    options += [("spent", k, steps + 1 - k) for k in range(1, 5) if 0 <= steps + 1 - k <= k]
    options = [(v, k, m) for v, k, m in options if not (v == "spent" and k == 1 and m == 0)]
    variant, k, m = c.rng.choice(options)
    items = c.pick(c.lex.shop_items, "shop items", k)
    budget_slot = len(c.sentences)
    costs: list[Var] = []
    many = set(c.rng.sample(range(k), m))
    for i, (item, items_) in enumerate(items):
        if i in many:
            q = c.num(2, 9)
            price = c.num(1, max(1, min(25, c.cap // q)))
            qv = c.prog.given(f"{items_} bought", q)
            pv = c.prog.given(f"{item} price", price)
            costs.append(c.prog.op(f"{items_} cost", "*", qv, pv))
            c.say("shop.many", name=name, q=q, items=items_, item=item, m=_money(price))
        else:
            price = c.num(1, 40)
            costs.append(c.prog.given(f"{item} price", price))
            c.say("shop.one", name=name, item=item, m=_money(price))
    total = c.prog.op("total_cost", "+", *costs) if len(costs) > 1 else costs[0]
    if variant == "spent":
        c.sentences.insert(budget_slot, _one(c, "shop.start", name=name))
        c.say("shop.ask_spent", name=name)
        return total
    money = int(total.value) + c.num(0, max(0, min(50, c.cap - int(total.value))))
    budget = c.prog.given("money", money)
    c.sentences.insert(budget_slot, _one(c, "shop.budget", name=name, m=_money(money)))
    change = c.prog.op("money_left", "-", budget, total)
    c.say("shop.ask_change", name=name)
    return change


def _one(c: _Ctx, key: str, **fields: object) -> str:
    c.say(key, **fields)
    return c.sentences.pop()


def _events(c: _Ctx, count: int, current: Var, item: str, items: str, keys: dict) -> Var:
    """`count` one-step events that add to or take from a quantity (each keeps it >= 0)."""
    name, name2 = keys["name"], keys["name2"]
    for _ in range(count):
        if c.rng.random() < 0.5:
            n = c.num(2, min(30, c.cap - int(current.value)))
            more = c.prog.given(f"more {items}", n)
            current = c.prog.op(f"{items} now", "+", current, more)
            c.say(keys["more"], name=name, name2=name2, n=n, items=items, item=item)
        else:
            n = c.num(2, int(current.value) // 2)
            away = c.prog.given(f"{items} given away", n)
            current = c.prog.op(f"{items} now", "-", current, away)
            c.say(keys["away"], name=name, name2=name2, n=n, items=items, item=item)
    return current


def _start(c: _Ctx, plain_key: str, box_key: str | None, name: str, thing: tuple) -> Var:
    """A starting quantity: a plain number (no step) or containers x each (one step)."""
    item, items = thing
    if box_key is not None:
        container, containers = c.pick(c.lex.containers, "containers")[0]
        b, e = c.num(2, 9), c.num(2, 12)
        bv = c.prog.given(containers, b)
        ev = c.prog.given(f"{items} per {container}", e)
        c.say(box_key, name=name, b=b, e=e, containers=containers, container=container, items=items)
        return c.prog.op(f"total {items}", "*", bv, ev)
    n = c.num(10, 120)
    c.say(plain_key, name=name, n=n, items=items, item=item)
    return c.prog.given(items, n)


def _sharing(c: _Ctx, steps: int) -> Var:
    name, name2 = c.people(2)
    item, items = c.pick(c.lex.things, "things")[0]
    variant = c.rng.choice(["each", "each_left", "bags", "leftover"])
    core = 2 if variant == "each_left" else 1
    pre = steps - core
    if pre < 0:
        variant, core, pre = "each", 1, steps - 1
    boxed = pre > 0 and c.rng.random() < 0.5
    current = _start(
        c, "share.start_plain", "share.start_containers" if boxed else None, name, (item, items)
    )
    pre -= int(boxed)
    keep_step = variant in ("each", "each_left") and pre > 0 and c.rng.random() < 0.4
    keys = {"name": name, "name2": name2, "more": "share.more", "away": "share.away"}
    current = _events(c, pre - int(keep_step), current, item, items, keys)
    if keep_step:
        n = c.num(2, int(current.value) // 3)
        kept = c.prog.given(f"{items} kept", n)
        current = c.prog.op(f"{items} to share", "-", current, kept)
        c.say("share.keep", name=name, n=n, items=items)
    total = int(current.value)
    if variant in ("each", "each_left"):
        divisors = [g for g in range(2, 13) if total % g == 0 and total // g >= 1]
        if not divisors:
            raise _Redraw
        g = c.rng.choice(divisors)
        gv = c.prog.given("friends", g)
        c.say("share.split", name=name, g=g, items=items)
        each = c.prog.op(f"{items} each", "//", current, gv)
        if variant == "each":
            c.say("share.ask_each", items=items)
            return each
        if each.value < 2:
            raise _Redraw
        n = c.num(1, int(each.value) - 1)
        used = c.prog.given(f"{items} used each", n)
        c.say("share.eat", n=n, items=items)
        left = c.prog.op(f"{items} left each", "-", each, used)
        c.say("share.ask_each_left", items=items)
        return left
    container, containers = c.pick(c.lex.containers, "containers")[0]
    if variant == "bags":
        sizes = [z for z in range(2, 13) if total % z == 0 and total // z >= 2]
    else:
        sizes = [z for z in range(3, 13) if total % z and total > z]
    if not sizes:
        raise _Redraw
    z = c.rng.choice(sizes)
    zv = c.prog.given(f"{items} per {container}", z)
    c.say("share.bags", name=name, z=z, items=items, container=container, containers=containers)
    if variant == "bags":
        out = c.prog.op(f"full {containers}", "//", current, zv)
        c.say("share.ask_bags", name=name, containers=containers)
    else:
        out = c.prog.op(f"{items} left over", "%", current, zv)
        c.say("share.ask_leftover", items=items)
    return out


def _rates(c: _Ctx, steps: int) -> Var:
    name, name2, name3 = c.people(3)
    verb, verbs, thing, things = c.pick(c.lex.activities, "activities")[0]
    unit, units, big, bigs, k = c.pick(c.lex.time_units, "time units")[0]
    goal_mode = steps <= 3 and c.rng.random() < 0.4
    if goal_mode:
        # [partner] [have -> remaining] time = need // rate
        extra = steps - 1
        partner = extra == 2 or (extra == 1 and c.rng.random() < 0.5)
        have = extra - int(partner) == 1
        r = c.num(2, 15)
        rate = c.prog.given(f"{things} per {unit}", r)
        c.say("rate.base", name=name, verb=verb, verbs=verbs, r=r, things=things, unit=unit)
        if partner:
            r2 = c.num(2, 15)
            rate2 = c.prog.given(f"{name2} {things} per {unit}", r2)
            c.say("rate.partner", name2=name2, verbs=verbs, r=r2, things=things, unit=unit)
            rate = c.prog.op(f"{things} per {unit} together", "+", rate, rate2)
        t = c.num(2, 12)
        need_total = int(rate.value) * t
        have_n = c.num(2, 40) if have else 0
        goal = c.prog.given(f"{things} goal", need_total + have_n)
        c.say("rate.goal", name=name, n=need_total + have_n, things=things)
        if have:
            hv = c.prog.given(f"{things} already", have_n)
            c.sentences.insert(1, _one(c, "rate.have", name=name, n=have_n, things=things))
            goal = c.prog.op(f"{things} still needed", "-", goal, hv)
        c.say("rate.ask_time", units=units)
        return c.prog.op(f"{units} needed", "//", goal, rate)
    # forward: amount = rate * time, plus conversion, partner, head start, give-aways
    remaining = steps - 1
    convert = remaining > 0 and c.rng.random() < 0.5
    remaining -= int(convert)
    partner = remaining > 0 and c.rng.random() < 0.5
    remaining -= int(partner)
    have = remaining > 0 and c.rng.random() < 0.5
    remaining -= int(have)
    r = c.num(2, 15)
    rate = c.prog.given(f"{things} per {unit}", r)
    c.say("rate.base", name=name, verb=verb, verbs=verbs, r=r, things=things, unit=unit)
    if partner:
        r2 = c.num(2, 15)
        rate2 = c.prog.given(f"{name2} {things} per {unit}", r2)
        c.say("rate.partner", name2=name2, verbs=verbs, r=r2, things=things, unit=unit)
        rate = c.prog.op(f"{things} per {unit} together", "+", rate, rate2)
    if convert:
        t = c.num(2, 4)
        tv = c.prog.given(bigs, t)
        kv = c.prog.given(f"{units} per {big}", k)
        c.say("rate.span_big", t=t, bigs=bigs, big=big, k=k, units=units)
        span = c.prog.op(f"total {units}", "*", tv, kv)
    else:
        t = c.num(2, 12)
        span = c.prog.given(units, t)
        c.say("rate.span_small", t=t, units=units)
    amount = c.prog.op(f"{things} made", "*", rate, span)
    if have:
        n = c.num(2, 50)
        hv = c.prog.given(f"{things} at start", n)
        c.sentences.insert(1, _one(c, "rate.have", name=name, n=n, things=things))
        amount = c.prog.op(f"total {things}", "+", amount, hv)
    for _ in range(remaining):
        n = c.num(2, int(amount.value) // 2)
        gv = c.prog.given(f"{things} given away", n)
        c.say("rate.give", name=name, name3=name3, n=n, things=things)
        amount = c.prog.op(f"{things} left", "-", amount, gv)
    c.say("rate.ask_forward", things=things)
    return amount


def _ages(c: _Ctx, steps: int) -> Var:
    final = c.rng.choice(["now", "future", "past", "together", "gap"])
    relations = steps if final == "now" else steps - 1
    if relations < 1:
        final, relations = "now", steps
    people = c.people(relations + 1)
    a0 = c.num(3, 40)
    ages = [c.prog.given(f"{people[0]} age", a0)]
    c.say("age.base", a=people[0], n=a0)
    for i in range(1, relations + 1):
        ref_i = i - 1  # a chain: every relation is needed for the answer
        ref, who = ages[ref_i], people[i]
        kinds = ["older", "younger", "times"] + (["half"] if c.lex.phrases["age.half"] else [])
        kind = c.rng.choice(kinds)
        if kind == "older":
            n = c.num(2, 30)
            nv = c.prog.given(f"{who} older by", n)
            ages.append(c.prog.op(f"{who} age", "+", ref, nv))
            c.say("age.older", a=people[ref_i], b=who, n=n)
        elif kind == "younger":
            if ref.value < 3:
                raise _Redraw
            n = c.num(2, int(ref.value) - 1)
            nv = c.prog.given(f"{who} younger by", n)
            ages.append(c.prog.op(f"{who} age", "-", ref, nv))
            c.say("age.younger", a=people[ref_i], b=who, n=n)
        elif kind == "times":
            k = c.rng.choice([2, 3, 4])
            ages.append(c.prog.op(f"{who} age", "*", ref, k))
            c.say("age.times", a=people[ref_i], b=who, k=k)
        else:
            ages.append(c.prog.op(f"{who} age", "//", ref, 2))
            c.say("age.half", a=people[ref_i], b=who)
        if ages[-1].value > 100:
            raise _Redraw
    last, first = ages[-1], ages[0]
    who = people[-1]
    if final == "now":
        c.say("age.ask_now", b=who)
        return last
    if final == "future":
        n = c.num(2, 20)
        c.say("age.ask_future", b=who, n=n)
        return c.prog.op(f"{who} age later", "+", last, c.prog.given("years later", n))
    if final == "past":
        if last.value < 2:
            raise _Redraw
        n = c.num(2, int(last.value) - 1)
        c.say("age.ask_past", b=who, n=n)
        return c.prog.op(f"{who} age before", "-", last, c.prog.given("years ago", n))
    if final == "together":
        c.say("age.ask_together", a=people[0], b=who)
        return c.prog.op("ages together", "+", first, last)
    if last.value <= first.value:
        raise _Redraw
    c.say("age.ask_gap", a=people[0], b=who)
    return c.prog.op("age gap", "-", last, first)


_FRACTIONS = [(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 5), (2, 5), (3, 5), (1, 6), (5, 6)]


def _fractions(c: _Ctx, steps: int) -> Var:
    name, name2 = c.people(2)
    item, items = c.pick(c.lex.things, "things")[0]
    # budget: start (0 or 1) + fraction moves (take: 2, keep: 1) + plain events (1 each)
    remaining = steps
    boxed = remaining >= 2 and c.rng.random() < 0.3
    remaining -= int(boxed)
    current = _start(
        c, "chain.start", "share.start_containers" if boxed else None, name, (item, items)
    )
    moves = 0
    while remaining > 0:
        if remaining >= 2 and c.rng.random() < 0.6:
            num, den = c.rng.choice(_FRACTIONS)
            if current.value % den:
                raise _Redraw
            key = "frac.take" if moves == 0 else "frac.take_rest"
            if (
                (num, den) == (1, 2)
                and moves == 0
                and c.lex.phrases["frac.half"]
                and c.rng.random() < 0.5
            ):
                key = "frac.half"
            c.say(key, name=name, name2=name2, frac=f"{num}/{den}")
            part = c.prog.scale(f"{items} taken", current, num, den)
            current = c.prog.op(f"{items} left", "-", current, part)
            remaining -= 2
            moves += 1
        elif moves == 0 or c.rng.random() < 0.5:
            num, den = c.rng.choice(_FRACTIONS)
            if current.value % den:
                raise _Redraw
            c.say("frac.keep", name=name, frac=f"{num}/{den}")
            current = c.prog.scale(f"{items} kept", current, num, den)
            remaining -= 1
            moves += 1
        else:
            keys = {"name": name, "name2": name2, "more": "chain.more", "away": "chain.away"}
            current = _events(c, 1, current, item, items, keys)
            remaining -= 1
    if current.value < 1:
        raise _Redraw
    c.say("frac.ask_left", name=name, items=items)
    return current


_PERCENTS = [10, 20, 25, 30, 40, 50, 60, 75, 80]


def _percent(c: _Ctx) -> int:
    """A friendly percentage that respects max_number (it is a number in the question too)."""
    return c.rng.choice([p for p in _PERCENTS if p <= c.cap])


def _percentages(c: _Ctx, steps: int) -> Var:
    name = c.people(1)[0]
    if c.rng.random() < 0.5:
        return _percent_price(c, steps, name)
    return _percent_group(c, steps, name)


def _percent_price(c: _Ctx, steps: int, name: str) -> Var:
    item, items = c.pick(c.lex.shop_items, "shop items")[0]
    pct = _percent(c)
    price = c.num(4, 80)
    pv = c.prog.given(f"{item} price", price)
    c.say("pct.price", item=item, m=_money(price))
    if steps == 1:
        c.say("pct.off", name=name, pct=f"{pct}%")
        c.say("pct.ask_saved", name=name, item=item)
        return c.prog.scale("discount", pv, pct, 100)
    c.say("pct.off", name=name, pct=f"{pct}%")
    off = c.prog.scale("discount", pv, pct, 100)
    new = c.prog.op("sale price", "-", pv, off)
    remaining = steps - 2
    if remaining == 0:
        c.say("pct.ask_price", item=item)
        return new
    q = c.num(2, 6)
    c.say("pct.buy", name=name, q=q)
    total = c.prog.op("total cost", "*", new, c.prog.given(f"{items} bought", q))
    remaining -= 1
    extra = remaining - 1  # one step is kept for the change
    for _ in range(max(0, extra)):
        other, _others = c.pick(c.lex.shop_items, "shop items")[0]
        p2 = c.num(1, 30)
        c.say("shop.one", name=name, item=other, m=_money(p2))
        total = c.prog.op("total cost", "+", total, c.prog.given(f"{other} price", p2))
    if remaining == 0:
        c.say("pct.ask_total", name=name)
        return total
    paid = int(total.value) + c.num(0, 50)
    c.say("pct.pay", name=name, m=_money(paid))
    c.say("pct.ask_change", name=name)
    return c.prog.op("change", "-", c.prog.given("money paid", paid), total)


def _percent_group(c: _Ctx, steps: int, name: str) -> Var:
    """People leave in rounds of a percentage (two steps each); an odd count adds arrivals."""
    group, members = c.pick(c.lex.groups, "groups")[0]
    n = c.num(20, 400)
    current = c.prog.given(members, n)
    c.say("pct.group", n=n, members=members, group=group)
    if steps == 1:
        pct = _percent(c)
        c.say("pct.leave", pct=f"{pct}%", members=members)
        c.say("pct.ask_gone", members=members)
        return c.prog.scale(f"{members} who leave", current, pct, 100)
    rounds, arrivals = divmod(steps, 2)
    for r in range(rounds):
        pct = _percent(c)
        c.say("pct.leave" if r == 0 else "pct.leave_rest", pct=f"{pct}%", members=members)
        gone = c.prog.scale(f"{members} who leave", current, pct, 100)
        current = c.prog.op(f"{members} left", "-", current, gone)
        if arrivals and r == 0:
            k = c.num(2, 40)
            c.say("pct.come", n=k, members=members)
            current = c.prog.op(f"{members} now", "+", current, c.prog.given(f"new {members}", k))
    c.say("pct.ask_left", members=members, group=group)
    return current


def _chains(c: _Ctx, steps: int) -> Var:
    name, name2 = c.people(2)
    item, items = c.pick(c.lex.things, "things")[0]
    n = c.num(5, 60)
    current = c.prog.given(items, n)
    c.say("chain.start", name=name, n=n, items=items)
    remaining = steps
    while remaining > 0:
        kind = c.rng.choice(["more", "away", "times", "split", "packs"])
        if kind in ("more", "away"):
            keys = {"name": name, "name2": name2, "more": "chain.more", "away": "chain.away"}
            current = _events(c, 1, current, item, items, keys)
            remaining -= 1
        elif kind == "times":
            k = c.rng.choice([2, 3])
            c.say("chain.times", name=name, k=k, items=items)
            current = c.prog.op(f"{items} now", "*", current, k)
            remaining -= 1
        elif kind == "split":
            ks = [k for k in range(3, 7) if current.value % k == 0]
            if not ks:
                continue
            k = c.rng.choice(ks)
            c.say("chain.split", name=name, k=k, others=k - 1)
            current = c.prog.op(f"{items} kept", "//", current, c.prog.given("piles", k))
            remaining -= 1
        elif remaining >= 2:
            container, containers = c.pick(c.lex.containers, "containers")[0]
            b, e = c.num(2, 6), c.num(2, 10)
            c.say("chain.packs", name=name, name2=name2, b=b, e=e, items=items,
                  container=container, containers=containers)  # fmt: skip
            bv = c.prog.given(containers, b)
            ev = c.prog.given(f"{items} per {container}", e)
            new = c.prog.op(f"new {items}", "*", bv, ev)
            current = c.prog.op(f"{items} now", "+", current, new)
            remaining -= 2
    c.say("chain.ask", name=name, items=items)
    return current


FAMILIES: dict[str, tuple[Callable[[_Ctx, int], Var], int]] = {
    # family -> (generator, fewest steps it can make); every family reaches 8.
    "shopping": (_shopping, 1),
    "sharing": (_sharing, 1),
    "rates": (_rates, 1),
    "ages": (_ages, 1),
    "fractions": (_fractions, 1),
    "percentages": (_percentages, 1),
    "chains": (_chains, 2),
}


# --------------------------------------------------------------------------- generation


@dataclass(frozen=True)
class MathProblem:
    question: str
    solution: str
    answer: int | float
    family: str
    steps: int


def run_trusted(solution: str) -> int | float:
    """Run a program this module generated (never anything else) and return its answer."""
    namespace: dict[str, object] = {}
    exec(compile(solution, "<template-math>", "exec"), namespace)  # noqa: S102 - our own code
    return namespace["solution"]()  # type: ignore[operator]


def families_for(recipe: MathRecipe) -> list[str]:
    usable = [f for f in recipe.families if FAMILIES[f][1] <= recipe.max_steps]
    if not usable:
        raise UserError(
            f"recipe.families: none of {recipe.families} can be written in at most "
            f"{recipe.max_steps} steps (chains need 2)"
        )
    return usable


def generate_problem(recipe: MathRecipe, seed: int, index: int) -> MathProblem:
    """The problem number `index` of a corpus with this seed: a pure function of both."""
    rng = random.Random(f"template-math:{TEMPLATE_MATH_VERSION}:{seed}:{index}")
    lex = build_lexicon(recipe.vocabulary)
    family = rng.choice(families_for(recipe))
    generator, fewest = FAMILIES[family]
    for _ in range(MAX_ATTEMPTS):
        steps = rng.randint(max(recipe.min_steps, fewest), recipe.max_steps)
        ctx = _Ctx(rng, lex, _Program(cap=recipe.max_number))
        try:
            result = generator(ctx, steps)
        except _Redraw:
            continue
        if ctx.prog.steps != steps:
            raise RuntimeError(f"{family} wrote {ctx.prog.steps} steps, asked {steps}")
        question = " ".join(ctx.sentences)
        solution = ctx.prog.render(question, result)
        answer = run_trusted(solution)
        if answer != result.value:
            raise RuntimeError(f"{family} program returns {answer}, expected {result.value}")
        return MathProblem(question, solution, answer, family, steps)
    raise UserError(
        f"recipe.max_number={recipe.max_number} is too small for the '{family}' family with "
        f"{recipe.min_steps}..{recipe.max_steps} steps (no problem fits after {MAX_ATTEMPTS} draws)"
    )


class GenerateMathTemplate(PipelineStep):
    """Procedural TinyGSM-style problems with programs, offline and deterministic."""

    name = "🧮 math (template)"
    type = "📖 - READER"

    def __init__(self, spec: CorpusSpec) -> None:
        super().__init__()
        if spec.recipe.kind != "math":
            raise UserError(f"GenerateMathTemplate needs a math recipe, got '{spec.recipe.kind}'")
        # Stored as JSON so the step pickles cleanly into DataTrove's worker processes.
        self.spec_json = spec.model_dump_json()

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        spec = CorpusSpec.model_validate_json(self.spec_json)
        recipe = spec.recipe
        assert isinstance(recipe, MathRecipe)
        for index in range(rank, spec.generator.samples, world_size):
            with self.track_time():
                problem = generate_problem(recipe, spec.seed, index)
                text = render_math_text(problem.question, problem.solution)
            self.stat_update("generated", f"family_{problem.family}")
            yield Document(
                text=text,
                id=content_id(text),
                metadata={
                    "question": problem.question,
                    "solution": problem.solution,
                    "answer": float(problem.answer),
                    "family": problem.family,
                    "steps": problem.steps,
                    "seed_question": None,
                    "prompt": None,
                    "index": index,
                    "backend": "template",
                    "model": None,
                    "seed": spec.seed,
                    "recipe": "math",
                },
            )
