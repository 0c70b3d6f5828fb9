"""Phrasing machinery: alternatives inside a template, slots, clause joining, speech tags.

A template is a sentence with `[a|b|c]` alternatives (nested freely) and `{slot}` holes
filled from the plan. Expanding the alternatives first and the slots second gives many
surface forms for one plan step, which is what makes two stories with the same plan
read differently. Speech is built by `say`, which varies the tag verb, its place
(before, after, or splitting the quote) and the punctuation, the way children's books do.
"""

from __future__ import annotations

import random
import re

_ALT_RE = re.compile(r"\[([^\[\]]*)\]")


def expand(template: str, rng: random.Random) -> str:
    """Pick one alternative in every `[a|b|c]` group, innermost groups first."""
    while True:
        match = _ALT_RE.search(template)
        if match is None:
            return template
        choice = rng.choice(match.group(1).split("|"))
        template = template[: match.start()] + choice + template[match.end() :]


def cap(sentence: str) -> str:
    """Capitalise the first letter, also after an opening quote."""
    for i, ch in enumerate(sentence):
        if ch.isalpha():
            return sentence[:i] + ch.upper() + sentence[i + 1 :]
        if ch not in "\"' ":
            return sentence
    return sentence


def uncap(sentence: str, keep: frozenset[str]) -> str:
    """Lower the first letter unless the first word is a name (or "I")."""
    first = sentence.split(" ", 1)[0].strip(",.!?\"'").removesuffix("'s")
    if first in keep or first == "I" or first.startswith("I'"):
        return sentence
    return sentence[:1].lower() + sentence[1:]


def join(first: str, second: str, rng: random.Random, keep: frozenset[str]) -> str:
    """Two narrative sentences as one: "A and B." / "A, and then B." (no quotes)."""
    glue = rng.choice((", and ", " and ", ", and then ", ". Then "))
    for lead in ("Then, ", "Then "):
        if second.startswith(lead) and "hen" in glue:
            second = second[len(lead) :]  # no "and then then"
    second = second if glue == ". Then " else uncap(second, keep)
    if glue == ". Then ":
        second = uncap(second, keep)
    return first.rstrip(".!") + glue + second


SAID = ("said", "said", "said", "replied", "answered", "told them")
ASKED = ("asked", "asked", "wanted to know")
CRIED = ("cried", "shouted", "called", "yelled")
SOFT = ("whispered", "said softly", "said quietly")


def say(who: str, words: str, rng: random.Random, mood: str = "said") -> str:
    """One line of speech with a tag: `words` is the spoken text ending in . ! or ?."""
    end = words[-1] if words[-1] in ".!?" else "."
    body = words[:-1] if words[-1] in ".!?" else words
    if end == "?":
        verb = rng.choice(ASKED)
    elif mood == "cried" or end == "!":
        verb = rng.choice(CRIED)
    elif mood == "soft":
        verb = rng.choice(SOFT)
    else:
        verb = rng.choice(SAID)
    if verb == "told them" and end != ".":
        verb = "said"
    style = rng.random()
    # Split a quote around its tag only at a comma inside its first sentence, with three
    # words or more of that sentence on each side ("I looked," she said, "but it is
    # gone."): never after a full stop, never before a name ("Yes," she said, "Mom!").
    first = re.split(r"(?<=[.!?]) ", body, maxsplit=1)[0].split(", ", 1)
    mid = [body]
    if len(first) == 2 and len(first[0].split()) >= 3 and len(first[1].split()) >= 3:
        mid = [first[0], body[len(first[0]) + 2 :]]
    if style < 0.5:
        tail = "," if end == "." else end
        inverted = verb in ("said", "asked", "cried", "shouted", "replied") and rng.random() < 0.2
        tag = f"{verb} {who}" if inverted and not who[0].islower() else f"{who} {verb}"
        return f'"{cap(body)}{tail}" {tag}.'
    if style < 0.8 or len(mid) == 1 or len(mid[0].split()) < 3 or len(mid[1].split()) < 3:
        return f'{who} {verb}, "{cap(body)}{end}"'
    return f'"{cap(mid[0])}," {who} {verb}, "{mid[1]}{end}"'


# Phrases the templates use often, each with ways of saying the same thing in the same
# place. `vary` rewrites a template with these choices before `expand`, so a common
# phrase does not come out word for word in every story that uses its template.
PHRASES: dict[str, str] = {
    "with a big smile": "[with a big smile|with a happy smile|with a huge smile|with a wide smile]",
    "and there it was": "[and there it was|and there it sat|and there it lay]",
    "for a little while": "[for a little while|for a few minutes|for just a minute|for a second]",
    "until the sun went down": "[until the sun went down|until it got dark|until it was time for dinner|until {parent} called them home]",
    "all the way home": "[all the way home|on the walk home|on the way back home]",
    "went to sleep with": "[went to sleep with|went to bed with|fell asleep→went to bed with]",
    "in a safe place": "[in a safe place|somewhere safe|where nothing could happen to {it}]",
    "it was the best day ever": "[it was the best day ever|it was a wonderful day|it was a day to remember]",
    "but it did not": "[but it did not|but it would not|but it still did not]",
    "too dark": "[too dark|so dark|much too dark]",
    "who had a house": "[who had a house|who lived→who had a home]",
    "had a friend named": "[had a friend named|had a good friend named|had a friend called]",
    "they played together": "[they played together|they had fun together|the two of them played]",
    "was scared to go near": "[was scared to go near|did not want to go near|was too scared to go close]",
    "ran away": "[ran away|ran off|ran far away]",
    "did not know what to do": "[did not know what to do|did not know what to do next|had no idea what to do]",
    "a little way": "[a little way|just a little|only a little]",
    "tried to": "[tried to|tried hard to|tried and tried to]",  # not "{his}": any subject
    "very happy": "[very happy|so happy|really happy|very glad]",
    "very sad": "[very sad|so sad|really sad|very upset]",
    "looked around": "[looked around|looked all around|looked this way and that]",
    "came back": "[came back|came back again|returned→came back]",
    "at the same time": "[at the same time|at once]",
    "a long stick": "[a long stick|a long branch→a long stick|a long pole]",
    "it went up and up": "[it went up and up|up, up, up it went|it flew up high]",
    "was not looking": "[was not looking|was looking the other way|was busy]",
    "all day long": "[all day long|all day|all day long]",
    "best friend": "[best friend|best friend|good friend]",
    "with all {his} heart": "[with all {his} heart|so much]",
    "picked {it} up": "[picked {it} up|picked {it} up again|took {it} in {his} hands]",
    "as good as new": "[as good as new|like new again|good as new]",
    "happy to have a friend like": "[happy to have a friend like|glad to have a friend like|lucky to have a friend like]",
    "you can have a turn": "[you can have a turn|you can play with it now|now it is your turn]",
    "asked for a turn": "[asked for a turn|asked to have a turn|asked if {fhe} could try]",
    "threw a little rock": "[threw a little rock|threw a small stone|threw a pebble]",
    "the best day ever": "[the best day ever|the best day of all|a great day]",
    "for a long time": "[for a long time|for a very long time|for a long, long time|for quite a while]",
    "something surprising happened": "[something surprising happened|a surprising thing happened|something very surprising happened]",
    "put the pieces back together": "[put the pieces back together|fixed the pieces together|put it back together]",
    "had no idea what to do": "[had no idea what to do|did not know what to do|could not think what to do]",
}
_ARROW = "\u2192"


def _clean(alternatives: str) -> str:
    """Drop the notes after an arrow ("fell asleep→went to bed with" keeps the right side)."""
    return "|".join(a.split(_ARROW)[-1] for a in alternatives.strip("[]").split("|"))


_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)) + r")\b"
)
_PHRASE_SUB = {p: "[" + _clean(v) + "]" for p, v in PHRASES.items()}


def vary(template: str) -> str:
    """The template with each common phrase replaced by its group of alternatives."""
    return _PHRASE_RE.sub(lambda m: _PHRASE_SUB[m.group(0)], template)


# Contractions children's stories use, in speech mostly and in narration now and then
# ("She couldn't find it."). Every form is in the child vocabulary's function words.
_SPEECH_CONTRACTIONS = {
    "I am": "I'm",
    "I will": "I'll",
    "it is": "it's",
    "It is": "It's",
    "you are": "you're",
    "You are": "You're",
    "we will": "we'll",
    "We will": "We'll",
    "that is": "that's",
    "That is": "That's",
    "let us": "let's",
    "Let us": "Let's",
    "do not": "don't",
    "Do not": "Don't",
    "can not": "can't",
    "cannot": "can't",
    "will not": "won't",
    "is not": "isn't",
}
_NARRATION_CONTRACTIONS = {
    "could not": "couldn't",
    "did not": "didn't",
    "was not": "wasn't",
    "were not": "weren't",
    "would not": "wouldn't",
    "does not": "doesn't",
    "had not": "hadn't",
}
_ALL_CONTRACTIONS = {**_SPEECH_CONTRACTIONS, **_NARRATION_CONTRACTIONS}  # speech takes both
_SPEECH_RE = re.compile(r"\b(" + "|".join(map(re.escape, _ALL_CONTRACTIONS)) + r")\b")
_NARRATION_RE = re.compile(r"\b(" + "|".join(map(re.escape, _NARRATION_CONTRACTIONS)) + r")\b")
_QUOTED_RE = re.compile(r'"[^"]*"')
SPEECH_CONTRACTION = 0.75
NARRATION_CONTRACTION = 0.35


def contract(text: str, rng: random.Random) -> str:
    """`text` with some "did not"s made "didn't": most in speech, some in narration."""

    def in_speech(match: re.Match[str]) -> str:
        if rng.random() < SPEECH_CONTRACTION:
            return _ALL_CONTRACTIONS[match.group(1)]
        return match.group(1)

    def in_narration(match: re.Match[str]) -> str:
        if rng.random() < NARRATION_CONTRACTION:
            return _NARRATION_CONTRACTIONS[match.group(1)]
        return match.group(1)

    out, last = [], 0
    for quoted in _QUOTED_RE.finditer(text):
        out.append(_NARRATION_RE.sub(in_narration, text[last : quoted.start()]))
        out.append(_SPEECH_RE.sub(in_speech, quoted.group(0)))
        last = quoted.end()
    out.append(_NARRATION_RE.sub(in_narration, text[last:]))
    return "".join(out)
