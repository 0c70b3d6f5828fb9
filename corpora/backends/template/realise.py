"""Writing a planned story: every sentence says one step of the plan.

`realise(plan, rng, opening)` walks the arc (setup, incident, tries, twist, climax,
ending) and writes each step from the templates in `arcs.py` and below, with the plan's
facts in the slots. Steps are tagged (`Sentence.step`), so tests can check that, for
instance, the resolution is there and names the goal object. Variety comes from choices
at every level: which template, which words inside it (`[a|b]`), how a character or the
object is referred to, whether two sentences are joined into one, and how speech is tagged.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from hornbook.corpora.backends.template import lexicon as lx
from hornbook.corpora.backends.template.arcs import ARC_TEXT, TRY_PARTS
from hornbook.corpora.backends.template.banks import (
    AFTER_TWIST,
    AGREE,
    ARRIVE,
    CONFLICT,
    CONFLICT_MEND,
    CONFLICT_STAY,
    DOING,
    DOING_MORE,
    FIRST,
    FRIEND_LINES,
    GO_THERE,
    HAPPY_END,
    HAS_OBJECT,
    MORAL_STEMS,
    REACT,
    SAD_END,
    SIGHTS,
    SORRY,
    SOUNDS,
    THANKS,
    THINK,
    VERB_FRAMES,
)
from hornbook.corpora.backends.template.chat import HAPPY_AFTER, OFFERS_OBJECT, SAD_AFTER, SETUP
from hornbook.corpora.backends.template.morph import verb_form
from hornbook.corpora.backends.template.ontology import ACTIVITIES, fits
from hornbook.corpora.backends.template.phrasing import (
    cap,
    contract,
    expand,
    join,
    say,
    uncap,
    vary,
)
from hornbook.corpora.backends.template.placements import placement_line
from hornbook.corpora.backends.template.plan import StoryPlan
from hornbook.corpora.backends.template.pronouns import pronominalise
from hornbook.corpora.backends.template.texture import KINDS as DETAIL_KINDS
from hornbook.corpora.backends.template.texture import detail_line
from hornbook.corpora.vocabulary import Vocabulary

MIN_WORDS, MAX_WORDS = 115, 205
LITTLE = ("little", "young", "small", "happy", "kind", "sweet", "curious", "cheerful", "busy")
SPONTANEOUS_DIALOGUE = 0.4
# How often a template's "He"/"They" is said by name instead: stories name a character
# when it comes back into focus, and otherwise use its pronoun.
NAME_FOR_PRONOUN = 0.25
ONE_DAY = 0.6
# Chance that each line of a conversation gets its own paragraph (else one paragraph).
LINE_PER_PARAGRAPH = 0.6
# Chances of small talk (`chat.py`) at the setup and after the ending.
CHAT_SETUP, CHAT_AFTER = 0.7, 0.2
DETAIL_COUNTS = (1, 2, 2, 3)  # everyday detail lines per story (`texture.py`)
# Who may make a try, per arc (default: the hero, the friend, or both): in `sharing` the
# friend wants a turn; in `hurt`, `sick`, `lie` and `night` the hero and the friend try
# different things.
TRIERS = {"sharing": ("friend",)} | dict.fromkeys(
    ("hurt", "sick", "lie", "night"), ("hero", "friend")
)
# Steps that tell events in order, so two of them can be joined with "and" or "then".
EVENT_STEPS = frozenset(
    {"incident", "react", "try", "resolution", "feeling", "payoff", "place"}
)  # real stories talk even when not asked to


_TOOL_SWAP = {
    "box": "chair",
    "stick": "pole",
    "rock": "stone",
    "seat": "chair",
    "bench": "chair",
    "ladder": "chair",
    "net": "stick",
    "chair": "box",
    "pole": "stick",
    "boat": "raft",
}
_SENTENCE_START_RE = re.compile(r"([.!?] )([a-z])")
CONNECTIVES = ("Then", "Soon", "After that", "Next", "A little later", "Now", "So", "At first")
# First words that already link a sentence to the one before it.
_LINKED = frozenset(
    [
        "Then",
        "Soon",
        "After",
        "Next",
        "Now",
        "So",
        "But",
        "And",
        "When",
        "At",
        "Just",
        "Before",
        "Later",
        "In",
        "One",
    ]
)


def _upper(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2).upper()


@dataclass(frozen=True)
class Sentence:
    """One sentence (or joined pair) of the story and the plan step it realises."""

    text: str
    step: str


class Writer:
    """Fills templates from one plan; holds the random stream and the slot values."""

    def __init__(self, plan: StoryPlan, rng: random.Random, vocab: Vocabulary) -> None:
        self.plan = plan
        self.rng = rng
        self.vocab = vocab
        hero, friend, parent, obj = plan.hero, plan.friend, plan.parent, plan.obj
        finder = {
            "friend": friend.name,
            "parent": parent.name,
            "hero": hero.name,
            "grown_up": re.sub(r"^(?:a|an) ", "the ", plan.helper_phrase),
        }[plan.helper]
        finder_a = plan.helper_phrase if plan.helper == "grown_up" else finder
        finder_he = {"friend": friend.he, "parent": parent.he, "hero": hero.he}.get(
            plan.helper, "they"
        )
        if plan.helper == "grown_up":
            finder_he = "she" if any(w in plan.helper_phrase for w in ("woman", "lady")) else "he"
        spots = [s for s in plan.place.spots if s != plan.spot and obj.noun not in s.split()] or [
            "behind the door",
            "under a seat",
        ]
        self.rng.shuffle(spots)
        animal = plan.animal.name
        self.base = {
            "name": hero.name,
            "he": hero.he,
            "He": hero.he.capitalize(),
            "his": hero.his,
            "His": hero.his.capitalize(),
            "him": hero.him,
            "kind": hero.kind,
            "friend": friend.name,
            "fhe": friend.he,
            "FHe": friend.he.capitalize(),
            "fhis": friend.his,
            "fhim": friend.him,
            "him_friend": friend.him,
            "fkind": friend.kind,
            "parent": parent.name,
            "phe": parent.he,
            "PHe": parent.he.capitalize(),
            "phis": parent.his,
            "place": plan.where,
            "at_place": f"{plan.prep} {plan.where}",
            "to_place": f"to {plan.where}",
            "spot": plan.spot,
            "spot2": spots[0],
            "spot3": spots[1 % len(spots)],
            "obj": obj.noun,
            "a_obj": obj.a,
            "it": obj.it,
            "It": obj.it.capitalize() if obj.it == "it" else "They",
            "It_is": "They are" if obj.number == "plural" else "It is",
            "it_is": "they are" if obj.number == "plural" else "it is",
            "was": obj.was,
            "water": plan.place.water or "the water",
            "animal": animal,
            "animal_cap": cap(animal),
            "finder": finder,
            "helper": parent.name if plan.helper == "parent" else friend.name,
            "thanked": finder if plan.helper != "hero" else friend.name,
            "finder_cap": cap(finder),
            "finder_a": finder_a,
            "finder_a_cap": cap(finder_a),
            "Finder_he": finder_he.capitalize(),
            "finder_he": finder_he,
            "finder_his": {"he": "his", "she": "her"}.get(finder_he, "their"),
            "vp": plan.verb.replace("{my_obj}", f"{hero.his} {obj.noun}"),
        }
        # A tool word of the templates that is also the goal object gets another name.
        self.swap = _TOOL_SWAP.get(obj.noun, "")
        self.keep = frozenset({hero.name, friend.name, parent.name, "I"})

    # ----------------------------------------------------------------- primitives

    def obj_ref(self, possessive: bool, by_name: bool = True) -> str:
        """The object, said one of the ways that keep its identity."""
        obj = self.plan.obj
        if possessive and self.rng.random() < 0.6:
            base = obj.noun if self.rng.random() < 0.6 else obj.phrase
            named = by_name and self.rng.random() < 0.4
            owner = f"{self.plan.hero.name}'s" if named else self.plan.hero.his
            return f"{owner} {base}"
        return f"the {obj.phrase}" if self.rng.random() < 0.45 else f"the {obj.noun}"

    def name_more(self, text: str) -> str:
        """Say who and what by name more often, as children's stories do.

        A sentence-initial "He"/"They" becomes the hero's name (or hero and friend), and
        a bare "it" for the object becomes the object's noun phrase, in about half of the
        sentences that have no other mention of the object.
        """
        rng = self.rng
        if text.startswith("{He} ") and rng.random() < NAME_FOR_PRONOUN:
            text = "{name} " + text[5:]
        elif text.startswith("They ") and rng.random() < NAME_FOR_PRONOUN:
            text = "{name} and {friend} " + text[5:]
        if not any(s in text for s in ("{the_obj", "{my_obj}", "{a_obj}")) and rng.random() < 0.7:
            if text.startswith("{It} "):
                text = "{the_obj_cap} " + text[5:]
            elif " {it}" in text:
                text = text.replace(" {it}", " {the_obj}", 1)
        return text

    def fill(self, template: str, literal: bool = False) -> str:
        """The template with its alternatives chosen and slots filled. `literal`: the
        template already holds the place's own words (a sight, an activity), which must
        not be renamed even if they share the goal object's noun."""
        text = self.name_more(expand(vary(template), self.rng))
        if self.swap and not literal:
            text = re.sub(rf"\b{self.plan.obj.noun}\b", self.swap, text)
        slots = dict(self.base)
        slots["the_obj"] = self.obj_ref(False)
        slots["my_obj"] = self.obj_ref(True, "{name}" not in text)
        slots["the_obj_cap"] = cap(slots["the_obj"])
        out = text.format(**slots)
        hero = self.plan.hero.name
        out = out.replace(f"{hero} and {hero}", f"{hero} and {self.plan.friend.name}")
        return _SENTENCE_START_RE.sub(_upper, cap(out))

    def pick(
        self, options: tuple[tuple[str, ...], ...] | tuple[str, ...], step: str
    ) -> list[Sentence]:
        choice = self.rng.choice(options)
        lines = (choice,) if isinstance(choice, str) else choice
        return [Sentence(self.fill(line), step) for line in lines]

    def arc(self, key: str, step: str) -> list[Sentence]:
        return self.pick(ARC_TEXT[self.plan.arc][key], step)

    def bank(self, key: str, shared: tuple[str, ...]) -> tuple[str, ...]:
        """The arc's own lines for a shared step (`react`, `thanks`, `happy_end`...) if it
        has them, else the shared bank: "I missed my kite so much!" ends a lost-kite story
        but not one about a scraped knee."""
        own = ARC_TEXT[self.plan.arc].get(key)
        return tuple(alternative[0] for alternative in own) if own else shared

    def speak(self, who: str, words: str, step: str, mood: str = "said", to: str = "") -> Sentence:
        spoken = self.fill(words)
        if to and to not in spoken and spoken[-1] in ".!" and self.rng.random() < 0.4:
            spoken = f"{spoken[:-1]}, {to}{spoken[-1]}"  # said to someone by name
        return Sentence(cap(say(who, spoken, self.rng, mood)), step)


# --------------------------------------------------------------------------- steps


def _first_sentence(w: Writer, opening: str | None) -> Sentence:
    clauses = FIRST if w.plan.hero.person else tuple(c for c in FIRST if "{pal}" not in c)
    clause = w.rng.choice(clauses)
    little = w.rng.choice(LITTLE)
    pal = f"{w.plan.hero.his} {w.plan.friend.relation} {w.plan.friend.name}"
    text = expand(clause, w.rng).replace("{little}", little).replace("{pal}", pal)
    filled = w.fill(text)
    body = filled[:1].lower() + filled[1:] if not filled.startswith(w.plan.hero.name) else filled
    if filled.startswith(w.plan.parent.name):
        body = filled
    if opening:
        return Sentence(f"{opening}, {body}.", "opening")
    return Sentence(cap(body) + ".", "opening")


def _treat(w: Writer) -> Sentence | None:
    foods = [p.word.lower() for p in w.plan.placements if p.role == "food"]
    tastes = [p.word.lower() for p in w.plan.placements if p.role == "taste"]
    if not foods and not tastes:
        return None
    food = foods[0] if foods else w.rng.choice(("cookies", "cake", "pie", "soup"))
    np = " ".join([*tastes, food])
    some = food in lx.MASS_NOUNS or food.endswith("s") or food in ("cake", "pie", "soup", "bread")
    np = f"some {np}" if some else f"{lx._article(np)} {np}"
    extra = " ".join(f"{p.word}" for p in w.plan.placements if p.role == "food")
    if len(foods) > 1:
        np += " and " + " and ".join(f"some {f}" for f in foods[1:])
    del extra
    if w.plan.success:
        line = f"[Then|After that|Back home], {{parent}} [made|gave them] {np}, and they ate [it|together] [happily|with big smiles]."
    else:
        line = f"{{parent}} made {np}, but even that did not make {{name}} feel better."
    return Sentence(w.fill(line), "treat")


def _try(w: Writer) -> Sentence:
    """One failed try, composed: who tries, what they do, why it does not work."""
    plan, rng = w.plan, w.rng
    does, fails = TRY_PARTS[plan.arc]
    actors = {
        "hero": (plan.hero.name, plan.hero.he),
        "friend": (plan.friend.name, plan.friend.he),
        "both": (f"{plan.hero.name} and {plan.friend.name}", "they"),
    }
    name, he = actors[rng.choice(TRIERS.get(plan.arc, ("hero", "friend", "both")))]
    his = {"he": "his", "she": "her", "they": "their"}.get(he, "its")
    glue = rng.choice((", but ", ", but ", ". But ", ", and still "))
    fail = rng.choice(fails)
    if glue == ", and still " and not fail.startswith(("{the_obj} {was}", "{my_obj} {was}")):
        glue = ", but "
    if glue == ". But " and "{ahe}" in fail:
        glue = ", but "  # a pronoun in a new sentence could point at the wrong person
    template = name + " " + rng.choice(does) + glue + fail + "."
    template = template.replace("{ahe}", he).replace("{ahis}", his)
    return Sentence(w.fill(template), "try")


_TIME_LEAD_RE = re.compile(
    r"^(?:That day|That morning|Later that day|After lunch|Soon|Later|After breakfast), "
)


def _one_day(sentence: Sentence, w: Writer) -> Sentence:
    """Most stories turn from who the hero is to what happened with "One day, ...":
    the setting's first sentence gets that lead (replacing a time phrase) now and then."""
    if w.rng.random() >= ONE_DAY or sentence.text.startswith('"'):
        return sentence
    body = _TIME_LEAD_RE.sub("", sentence.text)
    if body == sentence.text and body.split(" ", 1)[0].rstrip(",") in _LINKED:
        return sentence
    return Sentence(f"One day, {uncap(body, w.keep)}", sentence.step)


def _chat(
    w: Writer, exchanges: tuple, there: list[Sentence], chance: float
) -> list[list[Sentence]]:
    """Now and then one exchange of small talk (`chat.py`), as one or more paragraphs."""
    if w.rng.random() >= chance:
        return []
    exchange = w.rng.choice(exchanges)
    if any("Can we go" in line for _, line, _ in exchange) and any(
        "Can we go" in s.text for s in there
    ):
        return []  # the outing is already asked for
    plan = w.plan
    speakers = {"hero": plan.hero.name, "friend": plan.friend.name, "parent": plan.parent.name}
    lines = [w.speak(speakers[who], words, "chat", mood) for who, words, mood in exchange]
    return [[s] for s in lines] if w.rng.random() < LINE_PER_PARAGRAPH else [lines]


def _without_parent(options: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(a for a in options if not any("{parent}" in line for line in a))


def _verb_line(w: Writer) -> Sentence:
    plan = w.plan
    first, _, rest = plan.verb.partition(" ")
    tail = f" {rest}" if rest else ""
    r = w.rng.random() if fits(plan.place, plan.verb, plan.verb_lemma) else 1.0
    if r < 0.3:
        past = verb_form(first, "past", w.vocab, plan.verb_lemma)
        if past:
            line = f"[That morning|Earlier that day|Before that], {{name}} {past}{tail}."
            return Sentence(w.fill(line), "verb")
    elif r < 0.5:
        ing = verb_form(first, "ing", w.vocab, plan.verb_lemma)
        if ing:
            line = f"{{name}} [was good at|loved|enjoyed] {ing}{tail}."
            return Sentence(w.fill(line), "verb")
    return Sentence(w.fill(w.rng.choice(VERB_FRAMES)), "verb")


def realise(
    plan: StoryPlan, rng: random.Random, vocab: Vocabulary, opening: str | None
) -> list[list[Sentence]]:
    """The story's paragraphs, each a list of tagged sentences."""
    w = Writer(plan, rng, vocab)
    feats = plan.features
    placed: dict[str, list[Sentence]] = {"intro": [], "place": [], "react": [], "end": []}
    for placement in plan.placements:
        got = placement_line(plan, rng, placement)
        if got:
            key, step, line = got
            placed[key].append(Sentence(w.fill(line), step))

    # 1. Who, what they have and love.
    intro = [_first_sentence(w, opening)]
    first_text = intro[0].text
    optional: list[tuple[list[Sentence], Sentence, tuple[Sentence | None, ...]]] = []
    if plan.obj.noun not in first_text:
        intro += w.pick(HAS_OBJECT, "object")
    if plan.friend.name not in first_text:
        line = w.pick(FRIEND_LINES[plan.friend.relation], "friend")
        intro += line
    intro += placed["intro"]
    intro.append(_verb_line(w))
    kinds = rng.sample(DETAIL_KINDS, rng.choice(DETAIL_COUNTS))
    details = [detail_line(kind, rng, vocab, plan.obj.noun) for kind in kinds]
    # Detail goes in while the story is shorter than its drawn length, before other extras.
    # Steps a longer story tells (in this order) while it is shorter than its drawn length;
    # each entry is (paragraph, sentence, the sentences it goes before: the first of them
    # that is in the paragraph, else the end).
    core: list[tuple[list[Sentence], Sentence, tuple[Sentence | None, ...]]] = []
    details = [(intro, Sentence(w.fill(line), "detail"), ()) for line in details if line]

    # 2. Going to the place; what is there.
    there: list[Sentence] = []
    if plan.where not in first_text:
        there += w.pick(GO_THERE, "place")
    # The place's own sights and activities, less any that name a thing like the goal
    # object ("a little boat sat by the shore" in a story about a lost boat).
    names_obj = re.compile(rf"\b{re.escape(plan.obj.noun)}s?\b").search
    sights = [s for s in plan.place.sights if not names_obj(s)]
    rng.shuffle(sights)
    if sights and rng.random() < 0.15:
        sight = sights[0]
        template = rng.choice(SIGHTS if there else SIGHTS[:2])
        at = f"{plan.prep} {plan.where}"
        line = (
            template.replace("{sight}", sight)
            .replace("{Sight}", cap(sight))
            .replace("{At_place}", cap(at))
        )
        there.append(Sentence(w.fill(line, literal=True), "sight"))
    if plan.place.sounds and rng.random() < 0.15:
        line = rng.choice(SOUNDS).replace("{sound}", rng.choice(plan.place.sounds))
        optional.append((there, Sentence(w.fill(line, literal=True), "sound"), ()))
    acts = [a for a in ACTIVITIES.get(plan.place.head, ()) if not names_obj(a)]
    if acts:
        rng.shuffle(acts)
        doing = rng.choice(DOING).replace("{act}", acts[0]).replace("{act2}", acts[-1])
        core.append((there, Sentence(w.fill(doing, literal=True), "doing"), ()))
        if len(acts) > 2:
            more = rng.choice(DOING_MORE).replace("{act}", acts[1])
            optional.append((there, Sentence(w.fill(more, literal=True), "doing"), ()))
    if there and not (opening or "").startswith("One"):
        there[0] = _one_day(there[0], w)
    there += placed["place"]
    if "foreshadowing" in feats:
        there += w.arc("warn", "foreshadow")

    # 3. The incident and how the hero feels.
    # An arc whose incidents build on something done first (the plant's seed) says it first.
    setup = w.arc("setup", "incident") if "setup" in ARC_TEXT[plan.arc] else []
    trouble = setup + w.arc("incident", "incident")
    if "foreshadowing" in feats:
        trouble += w.arc("payoff", "payoff")
    react = w.pick(w.bank("react", REACT), "react")
    trouble += placed["react"] or react

    # 4. Talk and tries.
    talk: list[Sentence] = []
    helper = w.base["helper"]
    if "dialogue" in feats or rng.random() < SPONTANEOUS_DIALOGUE:
        want = rng.choice(ARC_TEXT[plan.arc]["want"][0])
        offer = rng.choice(ARC_TEXT[plan.arc]["offer"][0])
        talk.append(w.speak(plan.hero.name, want, "want", "cried", helper))
        talk.append(w.speak(helper, offer, "offer", to=plan.hero.name))
        talk.append(w.speak(plan.hero.name, rng.choice(AGREE), "agree", to=helper))
    tries = [_try(w)] if rng.random() < 0.6 else w.arc("try", "try")
    arrive = None  # the helper comes along after the tries
    if plan.helper == "grown_up" or (plan.helper in ("friend", "parent") and rng.random() < 0.5):
        arrive = Sentence(w.fill(rng.choice(w.bank("arrive", ARRIVE))), "arrive")
        trouble.append(arrive)
    core += [(trouble, sentence, (arrive,)) for sentence in tries]
    if placed["react"]:  # the usual reaction too, right after the incident
        optional.append((trouble, react[0], (tries[0], arrive)))
    if plan.arc != "sharing":
        think = rng.choice(w.bank("think", THINK))
        optional.append((trouble, Sentence(w.fill(think), "think"), (arrive,)))
    more = _try(w)
    if more.text != tries[0].text:
        optional.append((trouble, more, (arrive,)))

    conflict: list[Sentence] = []
    if "conflict" in feats:
        fight, mend = CONFLICT, CONFLICT_STAY if not plan.success else CONFLICT_MEND
        if plan.arc == "apart":  # the parent is the one they lost: not there to step in
            fight, mend = _without_parent(fight), _without_parent(mend)
        conflict = w.pick(fight, "conflict") + w.pick(mend, "conflict_end")

    # 5. Twist and climax.
    climax: list[Sentence] = []
    texts = ARC_TEXT[plan.arc]
    resolved = False
    if "plot_twist" in feats and plan.success:
        options = [("twist", t) for t in texts["twist"]]
        options += [("twist_win", t) for t in texts.get("twist_win", ())]
        kind, twist = rng.choice(options)
        climax += [Sentence(w.fill(line), "twist") for line in twist]
        resolved = kind == "twist_win"
    elif "plot_twist" in feats:
        climax += w.arc("twist_bad", "twist")
    if resolved:  # the twist gave the object back: the climax only closes it
        climax += w.pick(AFTER_TWIST, "resolution")
    else:
        climax += w.arc("win" if plan.success else "lose", "resolution")
    if talk and plan.success and plan.arc == "sharing":
        climax.append(w.speak(plan.friend.name, "Thank you, {name}!", "thanks", "cried"))
    elif talk and plan.success:
        thanks = THANKS if plan.arc not in ("broken", "brave") else THANKS[:3]
        if plan.helper == "grown_up":
            thanks = ("Thank you [so much|very much]!", "I am so happy!")
        own = w.bank("thanks", ())  # a grown-up is not thanked by name ("Thank you, the farmer!")
        own = tuple(t for t in own if plan.helper != "grown_up" or "{thanked}" not in t)
        thanks = own or thanks
        climax.append(w.speak(plan.hero.name, rng.choice(thanks), "thanks", "cried"))
    elif talk:
        sorry = rng.choice(w.bank("sorry", SORRY))
        climax.append(w.speak(plan.friend.name, sorry, "sorry", "soft"))

    # 6. The ending and the lesson.
    endings = w.bank("happy_end", HAPPY_END) if plan.success else w.bank("sad_end", SAD_END)
    end = w.pick(endings, "ending")
    extra_end = w.pick(endings, "ending")
    treat = _treat(w)
    tail = [*placed["end"], *([treat] if treat else [])]
    end = tail + end
    if extra_end[0].text != end[-1].text:
        optional.append((end, extra_end[0], ()))
    if "moral_value" in feats:
        moral = w.rng.choice(ARC_TEXT[plan.arc]["moral" if plan.success else "moral_bad"])[0]
        end.append(Sentence(w.fill(rng.choice(MORAL_STEMS).replace("{moral}", moral)), "moral"))
        if not plan.success:
            said = {s.text.split(",")[0][:25] for s in end}
            for _ in range(5):
                last = Sentence(w.fill(rng.choice(endings)), "ending")
                if last.text.split(",")[0][:25] not in said:
                    break
            end.append(last)

    setups = SETUP if plan.arc != "sharing" else SETUP[OFFERS_OBJECT:]
    setup_chat = _chat(w, setups, there, CHAT_SETUP)
    after_chat = _chat(w, HAPPY_AFTER if plan.success else SAD_AFTER, [], CHAT_AFTER)
    paragraphs = [intro, *setup_chat, there, trouble]
    if talk:
        paragraphs += [[s] for s in talk] if rng.random() < LINE_PER_PARAGRAPH else [talk]
    paragraphs += [p for p in (conflict, climax, *after_chat, end) if p]

    # Grow towards a length drawn like real stories', with plan-bound optional lines.
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    words = sum(len(s.text.split()) for p in paragraphs for s in p)
    rng.shuffle(optional)
    for para, sentence, before in core + details + optional:
        if words >= target:
            break
        pos = len(para) if sentence.step in ("ending", "try") else max(1, len(para))
        pos = next((para.index(b) for b in before if b is not None and b in para), pos)
        if sentence.step == "ending" and "moral_value" in feats:
            pos = len(para) - (1 if plan.success else 2)
        para.insert(pos, sentence)
        words += len(sentence.text.split())

    out = [_combine(p, w) for p in paragraphs if p]
    _name_the_object_in_full(out, plan)
    out = pronominalise(out, plan, w.rng)
    return [[replace(s, text=contract(s.text, w.rng)) for s in para] for para in out]


def _name_the_object_in_full(paragraphs: list[list[Sentence]], plan: StoryPlan) -> None:
    """Make sure the object's full phrase ("the shiny red ball") is said at least once.

    The object is usually referred to by its noun alone, but its adjectives may be
    required words: the first short mention becomes the full phrase if none was written.
    """
    obj = plan.obj
    if not obj.adjectives or any(obj.phrase in s.text for p in paragraphs for s in p):
        return
    short = re.compile(
        rf"\b(the|his|her|its|{re.escape(plan.hero.name)}'s) {re.escape(obj.noun)}\b"
    )
    for para in paragraphs:
        for i, sentence in enumerate(para):
            fixed, n = short.subn(rf"\1 {obj.phrase}", sentence.text, count=1)
            if n:
                para[i] = Sentence(fixed, sentence.step)
                return


def _combine(para: list[Sentence], w: Writer) -> list[Sentence]:
    """Join some short neighbouring narrative sentences into one, as writers do."""
    out: list[Sentence] = []
    for index, sentence in enumerate(para):
        prev = out[-1] if out else None
        first = sentence.text.split(" ", 1)[0].rstrip(",")
        if (
            index > 0
            and sentence.step in EVENT_STEPS
            and first not in _LINKED
            and not first.endswith("!")
            and not sentence.text.startswith('"')
            and w.rng.random() < 0.3
        ):
            connective = w.rng.choice(CONNECTIVES)
            if connective == "At first" and sentence.step != "try":
                connective = "Then"
            body = uncap(sentence.text, w.keep)
            sentence = Sentence(
                f"{connective}, {body}" if w.rng.random() < 0.5 else f"{connective} {body}",
                sentence.step,
            )
        if (
            prev is not None
            and '"' not in prev.text + sentence.text
            and prev.step.split("+")[-1] in EVENT_STEPS
            and sentence.step in EVENT_STEPS
            and prev.text.endswith(".")
            and sentence.text.split(" ", 1)[0].rstrip(",") not in _LINKED  # no "and then but"
            and len(prev.text.split()) + len(sentence.text.split()) < 22
            and w.rng.random() < 0.3
        ):
            out[-1] = Sentence(
                join(prev.text, sentence.text, w.rng, w.keep), prev.step + "+" + sentence.step
            )
        else:
            out.append(sentence)
    return out
