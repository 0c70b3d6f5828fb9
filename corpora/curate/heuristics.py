"""Offline text measurements behind the story filters: pure functions, no DataTrove.

Each function measures one thing about a story (its charset, whether it stops mid-sentence,
whether it talks about itself, its reading grade, whether a requested feature shows) so the
filters in `corpora.curate.filters` only compare numbers with thresholds. Everything here
is a heuristic chosen to be cheap and to run without a network or a model; where a
heuristic cannot be reliable (story features such as a plot twist), it is deliberately
lenient: it drops only stories that show no sign at all of what was asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

VOCAB_DIR = Path(__file__).resolve().parents[1] / "vocab"
STOP_WORDS_FILE = VOCAB_DIR / "stop_words_en.txt"

# Typographic punctuation an English story may legitimately use: curly quotes, dashes,
# ellipsis, non-breaking space. They are not "another charset", so the non-ASCII ratio
# ignores them (LLMs emit them freely; counting them would drop good stories).
TYPOGRAPHIC = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u02bc")

_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


# ----------------------------------------------------------------------------- charset


@dataclass(frozen=True)
class Charset:
    """Character-level make-up of a text."""

    alpha_ratio: float  # letters / non-whitespace characters
    non_ascii_ratio: float  # non-ASCII characters (typographic punctuation aside) / characters
    stopword_ratio: float  # English stop words / word tokens


@cache
def english_stop_words() -> frozenset[str]:
    """The shipped list of very frequent English words (see the file's header)."""
    lines = STOP_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def charset(text: str) -> Charset:
    """Measure letters, non-ASCII characters and English stop words in `text`."""
    visible = [c for c in text if not c.isspace()]
    alpha = sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0
    foreign = sum(1 for c in text if ord(c) > 127 and c not in TYPOGRAPHIC)
    non_ascii = foreign / len(text) if text else 0.0
    words = [w.lower().replace("\u2019", "'") for w in _WORD_RE.findall(text)]
    stops = english_stop_words()
    stop = sum(w in stops for w in words) / len(words) if words else 0.0
    return Charset(alpha, non_ascii, stop)


# -------------------------------------------------------------------------- truncation

# A story ends properly on terminal punctuation, optionally followed by closing quotes or
# brackets ('... said Tom, "Goodbye!"'). An ellipsis is a deliberate ending in children's
# books; a comma, a letter or an opening quote is not.
# Real TinyStories stories also close with a bare "The End" / "THE END".
_PROPER_END_RE = re.compile(r"(?:[.!?\u2026][\"'\u201d\u2019)\]*_]*|\bthe end)\s*$", re.IGNORECASE)


def is_truncated(text: str) -> bool:
    """Whether `text` stops mid-sentence (its last visible character is not terminal)."""
    return _PROPER_END_RE.search(text) is None


# ------------------------------------------------------------------------ meta-chatter

# Each kind of chatter is a pattern; the opening ones only look at the first line, where an
# assistant's preamble sits, so a character who says "Sure!" mid-story is not caught.
_OPENING_PATTERNS: dict[str, re.Pattern[str]] = {
    "preamble": re.compile(
        r"^\s*(?:(?:sure|certainly|of course|absolutely|okay|ok|great)\b[^.\n]{0,40}?[!.,:]\s*)?"
        r"(?:here(?:'s|\u2019s| is| are)\s+(?:a|an|the|your|my|one|some)\b[^\n]{0,60}?"
        r"\b(?:story|stories|tale|version)\b"
        r"|(?:sure|certainly|absolutely|of course)\s*[!.,]"
        r"|(?:sure|certainly|absolutely)\s*(?:$|i\b|here\b|let\b))",
        re.IGNORECASE,
    ),
    "title": re.compile(r"^\s*(?:\**\s*title\s*\**\s*:|\*\*[^*\n]{1,80}\*\*\s*$)", re.IGNORECASE),
    "label": re.compile(r"^\s*(?:story|once upon a prompt|response|answer)\s*:", re.IGNORECASE),
}
_ANYWHERE_PATTERNS: dict[str, re.Pattern[str]] = {
    "refusal": re.compile(
        r"\bas an ai\b|\blanguage model\b|\bI(?:'m| am) sorry,? but\b|"
        r"\bI (?:can't|cannot|can not|won't|am unable to|'m unable to) "
        r"(?:help|assist|write|create|provide|fulfil|comply|generate|do that)\b",
        re.IGNORECASE,
    ),
    "markdown": re.compile(r"^\s*(?:#{1,6}\s|\*\*\*+\s*$|---+\s*$|```)", re.MULTILINE),
    "postamble": re.compile(
        r"\b(?:I hope (?:you|this|that)|let me know if|feel free to|"
        r"would you like (?:me|another)|this story (?:teaches|shows|is about|uses)|"
        r"in this story,|word count|\(note:|note: )",
        re.IGNORECASE,
    ),
}


# Quoted speech on one line: what characters say is never assistant chatter ("I hope you
# have good dreams," she said).
_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")


def meta_chatter(text: str) -> str | None:
    """The kind of assistant chatter found in `text` ("preamble", "refusal", ...), or None.

    Stories are judged by what an assistant adds around a story, not by what characters
    say: "I can't find my ball!" is a story line, "I can't write that" is a refusal.
    """
    first_line = text.lstrip().split("\n", 1)[0]
    for kind, pattern in _OPENING_PATTERNS.items():
        if pattern.search(first_line):
            return kind
    narration = _QUOTED_RE.sub(" ", text)
    for kind, pattern in _ANYWHERE_PATTERNS.items():
        if pattern.search(narration):
            return kind
    return None


# ------------------------------------------------------------------------- readability

_SENTENCE_END_RE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)]*(?=\s|$)|\n+")
_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """A vowel-group estimate of the syllables of one English word (at least 1).

    Silent final "e" is dropped ("make"), a final consonant + "le" keeps its syllable
    ("little"), and "-ed" after anything but t/d is silent ("jumped").
    """
    w = word.lower().strip("'")
    if not w:
        return 0
    count = len(_VOWEL_GROUP_RE.findall(w))
    consonant_le = w.endswith("le") and len(w) > 2 and w[-3] not in "aeiouy"
    if w.endswith("e") and not w.endswith(("ee", "ye")) and not consonant_le and count > 1:
        count -= 1
    if w.endswith("ed") and len(w) > 3 and w[-3] not in "td" and count > 1:
        count -= 1
    return max(count, 1)


def grade_level(text: str) -> float | None:
    """The Flesch-Kincaid grade of `text`, or None when it has no words.

    0.39 * words/sentences + 11.8 * syllables/words - 15.59 (Kincaid et al., 1975), with
    sentences split at terminal punctuation and line breaks, syllables by `syllables`.
    """
    words = _WORD_RE.findall(text)
    if not words:
        return None
    sentences = [s for s in _SENTENCE_END_RE.split(text) if _WORD_RE.search(s)]
    n_sentences = max(len(sentences), 1)
    n_syllables = sum(syllables(w) for w in words)
    return 0.39 * len(words) / n_sentences + 11.8 * n_syllables / len(words) - 15.59


# ----------------------------------------------------------------------------- features


def _cue(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


# Dialogue: a quoted span of at least one word, straight or curly quotes.
_DIALOGUE_RE = re.compile(
    r"[\"\u201c\u201d][^\"\u201c\u201d\n]*[^\W\d_][^\"\u201c\u201d\n]*[\"\u201c\u201d]"
)
_MORAL_RE = _cue(
    r"learn(?:ed|t|s)?",
    r"lessons?",
    r"moral",
    r"always remember",
    r"remember(?:ed)? (?:to|that)",
    r"never forg[eo]t",
    r"should (?:always|never)",
    r"it(?:'s|\u2019s| is| was) (?:important|good|better|okay|ok|right|wrong) to",
    r"from (?:then|that day|now) on",
    r"(?:never|not) again",
    r"the importance of",
    r"(?:is|was) more important",
    r"understood that",
    r"realized that",
    r"knew that",
)
# A bad ending: sadness, loss or failure near the end. Only the last sentences are read.
_BAD_ENDING_RE = _cue(
    r"sad(?:ly|ness)?",
    r"cr(?:y|ied|ies|ying)",
    r"tears?",
    r"lost",
    r"los(?:e|ing)",
    r"broke(?:n)?",
    r"hurt",
    r"never",
    r"sorry",
    r"alone",
    r"gone",
    r"died|dead|die",
    r"angry",
    r"scared",
    r"ruin(?:ed)?",
    r"no (?:more|one|longer)",
    r"(?:could|would|did|was|were|had)(?:n't|n\u2019t| not)",
    r"upset",
    r"the end\b.{0,20}\bnot",
    r"too late",
    r"fail(?:ed)?",
    r"regret(?:ted)?",
    r"miss(?:ed)?",
    r"unhappy",
    r"away forever",
    r"nothing",
)
_TWIST_RE = _cue(
    r"sudden(?:ly)?",
    r"all of a sudden",
    r"surpris(?:e|ed|ing|ingly)",
    r"unexpected(?:ly)?",
    r"turned out",
    r"but then",
    r"instead",
    r"however",
    r"realized",
    r"(?:was|were) (?:actually|really|not)",
    r"to (?:his|her|their|everyone's|everyone\u2019s|our|my) (?:surprise|amazement|shock)",
    r"shock(?:ed)?",
    r"could(?:n't| not) believe",
    r"but",
)
_FORESHADOWING_RE = _cue(
    r"little did",
    r"(?:did not|didn't|didn\u2019t) know",
    r"would (?:soon|later|never|one day)",
    r"soon",
    r"later",
    r"someday",
    r"one day",
    r"noticed",
    r"wondered",
    r"strange",
    r"mysterious",
    r"(?:had|got) a (?:feeling|bad feeling|funny feeling)",
    r"warn(?:ed|ing)?",
    r"be careful",
    r"(?:not|never) safe|unsafe|dangerous",
    r"(?:do not|don't|don\u2019t|never) (?:go|touch|climb|play|eat|open|swim|run)",
    r"remember(?:ed)?",
    r"(?:dark|grey|gray) clouds?",
    r"something",
    # the payoff side of a set-up: a story that calls back to what it showed earlier
    r"(?:had|has) (?:seen|said|told)",
    r"just (?:like|as) \w+ (?:had )?said",
    r"came back",
    r"this time",
    r"the same",
    r"at last",
    r"from (?:the|that) morning",
    r"(?:did not|didn't|didn\u2019t) (?:think|look)",  # contracted as in the "know" cue
)
_CONFLICT_RE = _cue(
    r"argu(?:e|ed|ing)",
    r"fight|fought|fighting",
    r"angry|mad|upset",
    r"disagree(?:d)?",
    r"problem",
    r"refused?",
    r"yell(?:ed)?|shout(?:ed)?",
    r"scared|afraid|worried",
    r"mean",
    r"bull(?:y|ied)",
    r"grab(?:bed)?|stole|took",
    r"(?:did not|didn't|didn\u2019t|does not|doesn't|doesn\u2019t) want",
    r"trouble|danger",
    r"but",
    r"no!",
    r"tried",
    r"could(?:n't|n\u2019t| not)",
)


def _last_sentences(text: str, n: int) -> str:
    parts = [s for s in _SENTENCE_END_RE.split(text) if s.strip()]
    return " ".join(parts[-n:])


def feature_present(feature: str, text: str) -> bool:
    """Whether `text` shows a visible sign of a TinyStories feature.

    - dialogue: a quoted span with a word in it (reliable).
    - moral_value: a lesson-stating phrase ("learned", "the moral", "always remember",
      "it is important to", "from that day on", ...) anywhere (fairly reliable).
    - bad_ending: a sadness, loss or failure cue in the last three sentences (lenient:
      it only catches stories that end with no sign of anything going wrong).
    - plot_twist, foreshadowing, conflict: a cue word anywhere ("suddenly", "but",
      "surprise"; "one day", "noticed", "something"; "angry", "didn't want", "but").
      These are lenient by design: no offline heuristic can judge a twist, so only a
      story with none of the usual signals is dropped.
    Unknown features pass (a heuristic we do not have must not drop data).
    """
    if feature == "dialogue":
        return _DIALOGUE_RE.search(text) is not None
    if feature == "moral_value":
        return _MORAL_RE.search(text) is not None
    if feature == "bad_ending":
        return _BAD_ENDING_RE.search(_last_sentences(text, 3)) is not None
    if feature == "plot_twist":
        return _TWIST_RE.search(text) is not None
    if feature == "foreshadowing":
        return _FORESHADOWING_RE.search(text) is not None
    if feature == "conflict":
        return _CONFLICT_RE.search(text) is not None
    return True
