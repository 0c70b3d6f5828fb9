"""Pronouns for characters already in focus, the way children's stories refer to people.

The realiser names a character in every sentence that mentions it, which is safe (no
pronoun can point at the wrong person) but is not how English is written: a real story
says "Lily found a ball. She took it home." far more often than it repeats the name.
A model trained on name-heavy text learns the wrong statistics for the commonest words
of the language (he, she, they, his, her), so this pass, run on the finished paragraphs,
turns a repeated name into a pronoun wherever the pronoun is unambiguous:

* a sentence that starts with a character's name, when the sentence before mentioned that
  character and no other character who takes the same pronoun, or had that character as
  its subject ("Lily gave Mom a hug. She smiled."): "Lily ..." -> "She ...";
  "Lily and Max ..." -> "They ..." when both were mentioned in the two sentences before.
  The hero stays in focus across one sentence about something else ("Lily found a ball.
  The sun was hot. She smiled."). "Mentioned" is judged on the sentences as the realiser
  wrote them, so a chain "She took it. She ran." does not break after the first pronoun;
* a later mention inside the same sentence, in subject position after a conjunction
  ("..., and Lily ran" -> "..., and she ran"), in object position after a verb or
  preposition ("Mom hugged Lily" -> "Mom hugged her") and as a possessive of the hero
  ("Lily's" -> "her").

Now and then the hero is "the little girl" instead of "she", and narration calls the
parent "her mom" (a child says "Mom", a story says "her mom"). Speech is never touched (a
name said aloud stays a name), and a character is never
pronominalised in a sentence where another character of the same pronoun was just named,
so `tests/test_story_plan.py::test_pronouns_agree_with_the_character` keeps holding.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from hornbook.corpora.backends.template.plan import Character, StoryPlan

# Chances that a repeated name becomes a pronoun; a new paragraph re-names more often.
SAME_PARAGRAPH = 0.65
NEW_PARAGRAPH = 0.35
INSIDE_SENTENCE = 0.7
PARENT_TITLE = 0.6  # "her mom" rather than "Mom" in narration
DESCRIPTION = 0.15  # "The little girl ..." instead of "She ..." for the hero
_SUBJECT_AFTER = (
    r"(?:, and |, but | and | but |, so | so | because | when | until | while | as |, then | then )"
)
# Not "helped", "let", "made", "watched", "heard": they take a bare verb after the object,
# and "helped her glue" reads as a possessive ("her glue").
_OBJECT_AFTER = (
    r"(?:to|at|with|for|hugged|gave|told|asked|showed|saw|called|took|"
    r"thanked|followed|found|kissed|pulled|taught|behind|near|beside|after)"
)
_QUOTE_RE = re.compile(r'"[^"]*"')
# Words that may come before the subject without changing who it is ("Then, Lily ran").
_LEADS = r"(?:(?:Then|Soon|After that|Next|A little later|Now|So|At first|But|Later|At last|Just then|Suddenly),? )?"
# A sentence boundary outside quotes: ". " / "! " / "? " followed by a capital letter.
_BOUNDARY_RE = re.compile(r"(?<=[.!?]) (?=[A-Z])")


def _narrative(text: str) -> str:
    """`text` with its quoted speech blanked out (same length, so offsets still match)."""
    return _QUOTE_RE.sub(lambda m: " " * len(m.group(0)), text)


def _mentions(text: str, who: Character) -> bool:
    return re.search(rf"\b{re.escape(who.name)}\b", _narrative(text)) is not None


def _leads_with(text: str, who: Character) -> bool:
    """True if `text` starts with `who`'s name as its subject ("Then, Lily ran")."""
    return re.match(rf"{_LEADS}{re.escape(who.name)}\b(?!')", text) is not None


def _split(text: str) -> list[str]:
    """Sentences of `text` at boundaries that are not inside quoted speech."""
    blanked = _narrative(text)
    cuts = [m.start() for m in _BOUNDARY_RE.finditer(blanked)]
    pieces, start = [], 0
    for cut in cuts:  # `cut` is the space between two sentences
        pieces.append(text[start:cut])
        start = cut + 1
    pieces.append(text[start:])
    return pieces


class _Pronouns:
    """The cast, and which of them a pronoun could be confused with."""

    def __init__(self, plan: StoryPlan, rng: random.Random) -> None:
        self.plan = plan
        self.rng = rng
        self.people = [c for c in (plan.hero, plan.friend, plan.parent) if c.he in ("he", "she")]
        self.helper = plan.helper_phrase if plan.helper == "grown_up" else ""
        hero, name = plan.hero, re.escape(plan.hero.name)
        # A later mention of the hero: as a subject, an object, a possessive.
        self.later_mentions = (
            (re.compile(rf"({_SUBJECT_AFTER}){name}(?= [a-z])"), hero.he),
            (re.compile(rf"(\b{_OBJECT_AFTER} ){name}\b(?!')"), hero.him),
            (re.compile(rf"(\b){name}'s\b"), hero.his),
        )

    def _rivals(self, who: Character) -> list[str]:
        """Names (and the helper's phrase) that take the same pronoun as `who`."""
        names = [c.name for c in self.people if c is not who and c.he == who.he]
        if self.helper:
            names.append(self.helper.split()[-1])
        return names

    def _clear(self, text: str, who: Character) -> bool:
        """True if `text` names no one else that `who`'s pronoun could point at."""
        narrative = _narrative(text)
        return not any(re.search(rf"\b{re.escape(n)}\b", narrative) for n in self._rivals(who))

    def at_start(self, sentence: str, before: str, chance: float, earlier: str = "") -> str:
        """Replace a leading name (or "A and B") mentioned in `before` by a pronoun.

        `earlier` is the sentence before `before`: the hero stays in focus across one
        sentence about something else ("Lily found a ball. It was red. She took it home.").
        """
        plan = self.plan
        pair = f"{plan.hero.name} and {plan.friend.name} "
        recent = f"{earlier} {before}"
        if (
            sentence.startswith(pair)
            and _mentions(recent, plan.hero)
            and _mentions(recent, plan.friend)
            and self.rng.random() < chance
        ):
            return "They " + sentence[len(pair) :]
        hero = plan.hero
        owner = re.match(rf"{re.escape(hero.name)}'s (?=[a-z])", sentence)
        if owner and _mentions(before, hero) and self._clear(before, hero):
            if self.rng.random() < chance:
                return hero.his.capitalize() + " " + sentence[owner.end() :]
            return sentence
        for who in self.people:
            lead = re.match(rf"({_LEADS}){re.escape(who.name)} (?=[a-z])", sentence)
            if lead is None or sentence[lead.start(1) + len(lead.group(1)) :].startswith(
                f"{who.name} and "
            ):
                continue
            rest = sentence[lead.end() :]
            if who is not plan.hero and _mentions(rest, plan.hero):
                continue  # keep sentences about the hero free of other people's pronouns
            # A rival named in `before` blocks the pronoun unless `who` was its subject:
            # "Lily gave the ball to Mia. She smiled." is about Lily, as English reads it.
            clear = (self._clear(before, who) or _leads_with(before, who)) and self._clear(
                rest, who
            )
            in_focus = _mentions(before, who) or (
                who is plan.hero and _mentions(earlier, who) and self._clear(recent, who)
            )
            if in_focus and clear and self.rng.random() < chance:
                said = self._refer(who)
                said = said if lead.group(1) else said[:1].upper() + said[1:]
                return lead.group(1) + said + " " + rest
            return sentence
        return sentence

    def _refer(self, who: Character) -> str:
        """The pronoun, or now and then "the little girl" / "the dog" for the hero, as
        stories also refer to their main character."""
        if who is self.plan.hero and self.rng.random() < DESCRIPTION:
            little = self.rng.choice(("", "", "little ", "young "))
            if not who.person:
                little = self.rng.choice(("", "little "))
            return f"the {little}{who.kind}"
        return who.he

    def inside(self, sentence: str) -> str:
        """Later mentions of the hero in one sentence become pronouns."""
        hero = self.plan.hero
        narrative = _narrative(sentence)
        first = re.search(rf"\b{re.escape(hero.name)}\b", narrative)
        if first is None or not self._clear(sentence, hero):
            return sentence
        rest = sentence[first.end() :]
        for pattern, pronoun in self.later_mentions:
            rest = pattern.sub(
                partial(self._swap, pronoun=pronoun, narrative=_narrative(rest)), rest
            )
        return sentence[: first.end()] + rest

    def _swap(self, match: re.Match[str], pronoun: str, narrative: str) -> str:
        if narrative[match.start() : match.end()] != match.group(0):
            return match.group(0)  # inside quoted speech
        if self.rng.random() < INSIDE_SENTENCE:
            return match.group(1) + pronoun
        return match.group(0)


def _parent_phrase(text: str, plan: StoryPlan, rng: random.Random) -> str:
    """Narration calls the parent "her mom" / "his dad" more often than "Mom"; speech keeps
    "Mom" (that is how a child talks to her)."""
    parent = plan.parent
    title = parent.relation if parent.relation in ("mom", "dad", "grandma", "grandpa") else ""
    if not title or parent.name not in text:
        return text
    narrative = _narrative(text)

    def swap(match: re.Match[str]) -> str:
        if narrative[match.start() : match.end()] != match.group(0):
            return match.group(0)
        if rng.random() >= PARENT_TITLE:
            return match.group(0)
        phrase = f"{plan.hero.his} {title}"
        at_start = match.start() == 0 or text[: match.start()].rstrip().endswith((".", "!", "?"))
        return phrase.capitalize() if at_start else phrase

    return re.sub(rf"\b{re.escape(parent.name)}\b", swap, text)


def pronominalise(paragraphs: Sequence[Sequence], plan: StoryPlan, rng: random.Random) -> list:
    """The paragraphs (lists of `realise.Sentence`) with repeated names made pronouns."""
    pronouns = _Pronouns(plan, rng)
    out: list[list] = []
    before = earlier = ""
    for index, paragraph in enumerate(paragraphs):
        written = []
        for position, tagged in enumerate(paragraph):
            pieces = []
            for original in _split(tagged.text):
                piece = original
                if before and '"' not in piece[:1]:
                    first_of_paragraph = position == 0 and not pieces
                    chance = NEW_PARAGRAPH if first_of_paragraph else SAME_PARAGRAPH
                    if index == 0 and position == 0 and not pieces:
                        chance = 0.0  # the opening sentence introduces the hero by name
                    piece = pronouns.at_start(piece, before, chance, earlier)
                piece = pronouns.inside(piece)
                pieces.append(piece)
                # Who the sentence is about, as written before this pass: "She ran." is
                # still about Lily, so the next sentence may say "She" again.
                before, earlier = original, before
            text = " ".join(pieces)
            if index or position:  # the opening sentence introduces the hero first
                text = _parent_phrase(text, plan, rng)
            written.append(replace(tagged, text=text))
        out.append(written)
    return out
