"""The seven problem families (shopping, sharing, rates, ages, fractions, percentages,
chains): each writes the question and the program together, one sentence and one program
line at a time."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

from hornbook.corpora.backends.template_math.lexicon import Lexicon
from hornbook.corpora.backends.template_math.program import Program, Redraw, Var
from hornbook.corpora.errors import UserError

# --------------------------------------------------------------------------- families


@dataclass
class Ctx:
    rng: random.Random
    lex: Lexicon
    prog: Program
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
            raise Redraw
        return self.rng.randint(lo, hi)

    def pick(self, pool: tuple, what: str, k: int = 1) -> list:
        if len(pool) < k:
            raise UserError(f"recipe.vocabulary: too few {what} in the vocabulary ({len(pool)})")
        return self.rng.sample(pool, k)

    def people(self, k: int) -> list[str]:
        return self.pick(self.lex.names, "names", k)


def _money(v: int | Fraction) -> str:
    return f"${int(v)}"


def _shopping(c: Ctx, steps: int) -> Var:
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


def _one(c: Ctx, key: str, **fields: object) -> str:
    c.say(key, **fields)
    return c.sentences.pop()


def _events(c: Ctx, count: int, current: Var, item: str, items: str, keys: dict) -> Var:
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


def _start(c: Ctx, plain_key: str, box_key: str | None, name: str, thing: tuple) -> Var:
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


def _sharing(c: Ctx, steps: int) -> Var:
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
            raise Redraw
        g = c.rng.choice(divisors)
        gv = c.prog.given("friends", g)
        c.say("share.split", name=name, g=g, items=items)
        each = c.prog.op(f"{items} each", "//", current, gv)
        if variant == "each":
            c.say("share.ask_each", items=items)
            return each
        if each.value < 2:
            raise Redraw
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
        raise Redraw
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


def _rates(c: Ctx, steps: int) -> Var:
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


def _ages(c: Ctx, steps: int) -> Var:
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
                raise Redraw
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
            raise Redraw
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
            raise Redraw
        n = c.num(2, int(last.value) - 1)
        c.say("age.ask_past", b=who, n=n)
        return c.prog.op(f"{who} age before", "-", last, c.prog.given("years ago", n))
    if final == "together":
        c.say("age.ask_together", a=people[0], b=who)
        return c.prog.op("ages together", "+", first, last)
    if last.value <= first.value:
        raise Redraw
    c.say("age.ask_gap", a=people[0], b=who)
    return c.prog.op("age gap", "-", last, first)


_FRACTIONS = [(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 5), (2, 5), (3, 5), (1, 6), (5, 6)]


def _fractions(c: Ctx, steps: int) -> Var:
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
                raise Redraw
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
                raise Redraw
            c.say("frac.keep", name=name, frac=f"{num}/{den}")
            current = c.prog.scale(f"{items} kept", current, num, den)
            remaining -= 1
            moves += 1
        else:
            keys = {"name": name, "name2": name2, "more": "chain.more", "away": "chain.away"}
            current = _events(c, 1, current, item, items, keys)
            remaining -= 1
    if current.value < 1:
        raise Redraw
    c.say("frac.ask_left", name=name, items=items)
    return current


_PERCENTS = [10, 20, 25, 30, 40, 50, 60, 75, 80]


def _percent(c: Ctx) -> int:
    """A friendly percentage that respects max_number (it is a number in the question too)."""
    return c.rng.choice([p for p in _PERCENTS if p <= c.cap])


def _percentages(c: Ctx, steps: int) -> Var:
    name = c.people(1)[0]
    if c.rng.random() < 0.5:
        return _percent_price(c, steps, name)
    return _percent_group(c, steps, name)


def _percent_price(c: Ctx, steps: int, name: str) -> Var:
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


def _percent_group(c: Ctx, steps: int, name: str) -> Var:
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


def _chains(c: Ctx, steps: int) -> Var:
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


FAMILIES: dict[str, tuple[Callable[[Ctx, int], Var], int]] = {
    # family -> (generator, fewest steps it can make); every family reaches 8.
    "shopping": (_shopping, 1),
    "sharing": (_sharing, 1),
    "rates": (_rates, 1),
    "ages": (_ages, 1),
    "fractions": (_fractions, 1),
    "percentages": (_percentages, 1),
    "chains": (_chains, 2),
}
