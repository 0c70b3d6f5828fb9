"""The child vocabulary a story corpus is constrained to, and the rules that decide whether a
word of a story is "in" it.

The noun, verb and adjective lists only hold lemmas ("jump", "box", "happy"), but real child
stories inflect them ("jumped", "boxes", "happily"), glue them together with closed-class
words ("the", "didn't", "because") and name their characters ("Lily", "Mom"). A word is
*known* when it is one of those three things; everything else is out of vocabulary (OOV),
and the OOV rate of a story is what curation thresholds.

One lemmatiser (`Vocabulary.lemmas`) serves both `is_known` and `contains_word`, so "the
prompt word appears" and "the word is in vocabulary" can never disagree about what counts as
an inflection. Irregular forms ("ran", "mice", "better") come from lemminflect's tables
(`library_lemmas`), the same library the template backend inflects with (`inflections`), so
the filter recognises every form the generator writes. Regular suffixes are undone by rules
tied to parts of speech (only verbs and nouns take -ed/-ing, only adjectives take -er/-est),
which keeps "corner" from counting as a form of "corn".
"""

from __future__ import annotations

import importlib.abc
import json
import re
import sys
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from hornbook.corpora.errors import UserError

VOCAB_DIR = Path(__file__).parent / "vocab"
BUILTIN_VOCABULARIES = {"child": VOCAB_DIR / "child.json"}
FUNCTION_WORDS_FILE = VOCAB_DIR / "function_words.txt"
NAMES_FILE = VOCAB_DIR / "names.txt"

_POS_KEYS = ("nouns", "verbs", "adjectives")

# A word token: letters, optionally joined by internal apostrophes or hyphens ("didn't",
# "Lily's", "ice-cream"). Curly apostrophes are normalised to ' before matching.
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# Text between two tokens that starts a new sentence or a line of speech: a sentence end,
# a line break, or an opening quote (a quote preceded by space, start, colon or dash).
_SENTENCE_BREAK_RE = re.compile(r"[.!?\n]|(?:^|[\s:(\-])[\"'\u201c]\s*$")

# Irregular forms ("ran", "mice", "better") come from lemminflect's lemma tables (see
# `library_lemmas`); a form only counts when its lemma is itself known, so a custom
# vocabulary without "mouse" does not accept "mice". The library treats these as words of
# their own, while a child vocabulary lists only the lemma:
SUPPLETIVE_FORMS: dict[str, str] = {"people": "person", "oxen": "ox", "well": "good"}
_NO_SPACY = ("spacy",)


class _SkipSpacy(importlib.abc.MetaPathFinder):
    """Hides spaCy while lemminflect is imported.

    lemminflect registers spaCy token extensions when spaCy is importable, which costs
    seconds per process and is of no use here; hiding it leaves the lemma and inflection
    tables, which are all we read.
    """

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name.split(".")[0] in _NO_SPACY:
            raise ImportError(f"{name} is not needed by hornbook's lemmatiser")
        return None


@cache
def _lemminflect():  # noqa: ANN202 - a module
    if "spacy" in sys.modules:
        import lemminflect

        return lemminflect
    finder = _SkipSpacy()
    sys.meta_path.insert(0, finder)
    try:
        import lemminflect
    finally:
        sys.meta_path.remove(finder)
    return lemminflect


@cache
def library_lemmas(word: str) -> frozenset[str]:
    """Every lemma lemminflect knows for the lowercase form `word` (any part of speech)."""
    table = _lemminflect().getAllLemmas(word)
    found = {lemma.lower() for lemmas in table.values() for lemma in lemmas}
    if word in SUPPLETIVE_FORMS:
        found.add(SUPPLETIVE_FORMS[word])
    return frozenset(found)


@cache
def inflections(lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect's forms of `lemma` for a Penn tag (VBD, VBG, VBZ, NNS, JJR, JJS)."""
    return tuple(_lemminflect().getInflection(lemma, tag))


_VOWELS = frozenset("aeiou")

# Function words that also inflect as content words ("liked", "likes", "thanked", "homes",
# "nearer", "earlier"): the function-word list holds them bare, so without this "liked"
# (the second most common OOV token of real TinyStories stories) was out of vocabulary.
_FUNCTION_VERBS_NOUNS = frozenset({"like", "back", "thank", "miss", "please", "last", "home"})
_FUNCTION_ADJECTIVES = frozenset({"near", "early"})
# Verbs the lists hold only as verbs but that are just as common as adjectives, so they
# take -er/-est/-ly ("closer", "closely"). Kept short: a general verb -> -er rule would
# turn "flow" into "flower" and "count" into "counter".
_VERB_ADJECTIVES = frozenset({"close", "clean", "dry", "open", "tidy", "empty", "slow"})
# Derivational suffixes a child knows as well as the word they are built on ("wonderful",
# "kindness", "shiny"). They count for `is_known` only, never for `contains_word`: a
# prompt asking for "wonder" is not answered by "wonderful".
_MIN_DERIVATION_STEM = 3


def _undouble(stem: str) -> str | None:
    """`stopp` -> `stop`: the stem with a doubled final consonant undone, else None."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        return stem[:-1]
    return None


@dataclass(frozen=True)
class Vocabulary:
    """A child vocabulary: content-word lemmas by part of speech, function words, names.

    Lookups are cached per lowercase word (the vocabulary is immutable), which is what
    makes scoring thousands of stories a second possible.
    """

    nouns: tuple[str, ...]
    verbs: tuple[str, ...]
    adjectives: tuple[str, ...]
    function_words: frozenset[str]
    names: frozenset[str]
    source: str = "custom"
    _known_cache: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _lemma_cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    # ------------------------------------------------------------------ derived sets

    @cached_property
    def _noun_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.nouns)

    @cached_property
    def _verb_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.verbs)

    @cached_property
    def _adj_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.adjectives)

    @cached_property
    def _function_set(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.function_words)

    @cached_property
    def _name_set(self) -> frozenset[str]:
        return frozenset(n.lower() for n in self.names)

    @cached_property
    def _lexicon(self) -> frozenset[str]:
        """Every word that is known as written (before any inflection is undone)."""
        return self._noun_set | self._verb_set | self._adj_set | self._function_set

    @cached_property
    def _inflecting(self) -> frozenset[str]:
        """Words that take -s/-ed/-ing: every content word, plus a few function words."""
        extra = (_FUNCTION_VERBS_NOUNS | _FUNCTION_ADJECTIVES) & self._function_set
        return self._noun_set | self._verb_set | self._adj_set | extra

    @cached_property
    def _comparable(self) -> frozenset[str]:
        """Words that take -er/-est/-ly: adjectives, plus verb/adjective homographs."""
        extra = (_VERB_ADJECTIVES & self._verb_set) | (_FUNCTION_ADJECTIVES & self._function_set)
        return self._adj_set | extra

    @cached_property
    def content_words(self) -> frozenset[str]:
        """The lowercase noun, verb and adjective lemmas."""
        return self._noun_set | self._verb_set | self._adj_set

    # ------------------------------------------------------------------ tokens

    @staticmethod
    def words(text: str) -> list[str]:
        """The word tokens of `text`: runs of letters with internal apostrophes or hyphens.

        Curly apostrophes become straight ones so "didn’t" and "didn't" are one word;
        digits and punctuation are not words.
        """
        return _WORD_RE.findall(text.translate(_CURLY))

    # ------------------------------------------------------------------ lemmatiser

    def lemmas(self, token: str) -> frozenset[str]:
        """Candidate lemmas of `token` that this vocabulary lists (lowercase).

        The token itself counts when listed; otherwise inflectional suffixes are undone
        according to the part of speech they belong to. Hyphenated tokens inflect on their
        last part ("ice-creams" -> "ice-cream"). An empty set means no listed lemma.
        """
        word = token.lower().translate(_CURLY)
        cached = self._lemma_cache.get(word)
        if cached is None:
            cached = frozenset(self._compute_lemmas(word))
            self._lemma_cache[word] = cached
        return cached

    def _compute_lemmas(self, word: str) -> set[str]:
        found: set[str] = set()
        if word in self._lexicon:
            found.add(word)
        if word.isalpha():
            found |= library_lemmas(word) & self._lexicon
        if word.endswith("'s") and len(word) > 2:
            found |= self._compute_lemmas(word[:-2])
        elif word.endswith("'") and len(word) > 1:
            found |= self._compute_lemmas(word[:-1])
        if "-" in word and word not in self._lexicon:
            head, _, last = word.rpartition("-")
            found |= {f"{head}-{lemma}" for lemma in self._suffix_lemmas(last)} & self._lexicon
        found |= self._suffix_lemmas(word)
        return found

    def _suffix_lemmas(self, word: str) -> set[str]:
        """Lemmas reachable by undoing one regular suffix, restricted by part of speech."""
        nouns, adjs = self._noun_set, self._adj_set
        # -s/-ed/-ing apply to every content word: the lists give each word one part of
        # speech, yet "hurts", "kinds", "tidying" and "cleaned" inflect a listed adjective.
        nv = self._inflecting
        adjs = self._comparable
        out: set[str] = set()

        def add(stem: str | None, allowed: frozenset[str]) -> None:
            if stem and len(stem) >= 2 and stem in allowed:
                out.add(stem)

        n = len(word)
        # plurals and 3rd person singular: -s, -es, -ies, -ves
        if n > 2 and word.endswith("s") and not word.endswith("ss"):
            add(word[:-1], nv)
            if word.endswith("es"):
                add(word[:-2], nv)
            if word.endswith("ies"):
                add(word[:-3] + "y", nv)
            if word.endswith("ves"):
                add(word[:-3] + "f", nouns)
                add(word[:-3] + "fe", nouns)
        # past tense / participle: -ed, -d, -ied, doubled consonant
        if n > 3 and word.endswith("ed"):
            stem = word[:-2]
            add(stem, nv)
            add(_undouble(stem), nv)
            if len(stem) >= 2:
                add(word[:-1], nv)  # baked -> bake (stem of 3+ letters)
            if word.endswith("ied"):
                add(word[:-3] + "y", nv)
        # progressive: -ing with e-drop and doubling
        if n > 4 and word.endswith("ing"):
            stem = word[:-3]
            add(stem, nv)
            add(stem + "e", nv)
            add(_undouble(stem), nv)
        # comparative / superlative: -er, -est, -ier, -iest, -r/-st after e, doubling
        for suffix in ("er", "est"):
            if n > len(suffix) + 2 and word.endswith(suffix):
                stem = word[: -len(suffix)]
                add(stem, adjs)
                add(stem + "e", adjs)
                add(_undouble(stem), adjs)
                if stem.endswith("i"):
                    add(stem[:-1] + "y", adjs)
        # adverbs: -ly, -ily, -ly replacing -le (gently), -ally
        if n > 4 and word.endswith("ly"):
            stem = word[:-2]
            add(stem, adjs | nouns)
            if stem.endswith("i"):
                add(stem[:-1] + "y", adjs | nouns)
            add(stem + "le", adjs)
            if stem.endswith("al"):
                add(stem[:-2], adjs)
        return out

    # ------------------------------------------------------------------ membership

    def _known_lower(self, word: str) -> bool:
        cached = self._known_cache.get(word)
        if cached is None:
            if "-" in word and word not in self._lexicon and not self.lemmas(word):
                # A compound of known parts ("sun-flower", "well-known") is known.
                cached = all(self._known_lower(part) for part in word.split("-") if part)
            else:
                cached = (
                    bool(self.lemmas(word))
                    or self._is_name_form(word)
                    or self._is_derived(word)
                    or self._is_british(word)
                    or self._is_closed_compound(word)
                )
            self._known_cache[word] = cached
        return cached

    def _is_derived(self, word: str) -> bool:
        """A known word with a derivational suffix: -ful, -less, -ness, -y ("shiny")."""
        base = word[:-2] if word.endswith("'s") else word
        content = self._inflecting

        def known_stem(stem: str, allowed: frozenset[str]) -> bool:
            if len(stem) < _MIN_DERIVATION_STEM:
                return False
            candidates = {stem, stem + "e", _undouble(stem) or ""}
            if stem.endswith("i"):
                candidates.add(stem[:-1] + "y")
            return any(c in allowed or (c and self.lemmas(c) & allowed) for c in candidates)

        for suffix, allowed in (
            ("fully", content),
            ("ful", content),
            ("less", content),
            ("nesses", self._comparable),
            ("ness", self._comparable),
        ):
            if base.endswith(suffix) and known_stem(base[: -len(suffix)], allowed):
                return True
        for suffix in ("iest", "ier", "ily", "y"):
            # "shiny", "juicy", "sunny", "dustier": adjectives made from nouns and verbs.
            if base.endswith(suffix):
                stem = base[: -len(suffix)]
                if known_stem(stem, self._noun_set | self._verb_set):
                    return True
        return False

    def _is_closed_compound(self, word: str) -> bool:
        """Two known content words written as one ("sandcastle", "grandbaby", "raindrops").

        Both parts need 3+ letters and the first must be listed as written, which keeps
        chance splits rare; the rare false split ("carpet" = car + pet) is itself a simple
        word, so the OOV rate is not fooled in a way that matters.
        """
        content = self.content_words
        for cut in range(_MIN_DERIVATION_STEM, len(word) - _MIN_DERIVATION_STEM + 1):
            head, tail = word[:cut], word[cut:]
            if head in content and (tail in content or self.lemmas(tail) & content):
                return True
        return False

    def _is_british(self, word: str) -> bool:
        """British -our spellings of listed words ("colour", "colourful", "favourite")."""
        at = word.find("our", _MIN_DERIVATION_STEM)
        if at < 0:
            return False
        american = word[:at] + "or" + word[at + 3 :]
        return bool(self.lemmas(american)) or self._is_derived(american)

    def _is_name_form(self, lower: str) -> bool:
        """A listed character name, possibly possessive or plural ("tom's", "moms")."""
        if lower in self._name_set:
            return True
        for suffix in ("'s", "s'", "s"):
            if lower.endswith(suffix) and lower[: -len(suffix)] in self._name_set:
                return True
        return False

    def is_known(self, word: str, sentence_initial: bool = False) -> bool:
        """Whether one word token is in vocabulary.

        Known: a listed content word or function word, an inflection of one, a name from
        `names` (in any case, so "her mom" passes), or any capitalised word that does not
        start a sentence (a character name the list does not have, such as "Fin").
        """
        word = word.translate(_CURLY)
        if not word:
            return False
        if self._known_lower(word.lower()):
            return True
        return not sentence_initial and word[0].isupper()

    def _token_flags(self, text: str) -> list[tuple[str, bool]]:
        """Each word token with whether it is known, using the text's own context.

        A capitalised word is sentence-initial when only a sentence end, a line break or an
        opening quote separates it from the previous token. A capitalised word the story
        also uses mid-sentence ("named Fin ... Fin swam") is a name everywhere in it.
        """
        text = text.translate(_CURLY)
        flags: list[tuple[str, bool]] = []
        pending: list[int] = []  # indexes of sentence-initial capitalised unknown tokens
        mid_names: set[str] = set()
        prev_end = 0
        for match in _WORD_RE.finditer(text):
            token = match.group()
            lower = token.lower()
            if self._known_lower(lower):
                flags.append((token, True))
            elif token[0].isupper():
                gap = text[prev_end : match.start()]
                initial = prev_end == 0 or _SENTENCE_BREAK_RE.search(gap) is not None
                base = token[:-2] if lower.endswith("'s") else token
                if initial:
                    pending.append(len(flags))
                    flags.append((token, False))
                else:
                    mid_names.add(base)
                    flags.append((token, True))
            else:
                flags.append((token, False))
            prev_end = match.end()
        for i in pending:
            token = flags[i][0]
            base = token[:-2] if token.lower().endswith("'s") else token
            if base in mid_names:
                flags[i] = (token, True)
        return flags

    def oov_words(self, text: str) -> list[str]:
        """The word tokens of `text` that are not known, in order, as written."""
        return [token for token, known in self._token_flags(text) if not known]

    def oov_rate(self, text: str) -> float:
        """The share of word tokens of `text` that are not known (0.0 for no words)."""
        flags = self._token_flags(text)
        if not flags:
            return 0.0
        return sum(1 for _, known in flags if not known) / len(flags)

    def contains_word(self, text: str, word: str) -> bool:
        """Whether `word` (a listed lemma) appears in `text` in any inflected form.

        "jump" matches "jumped"/"jumps"/"jumping", "happy" matches "happier"/"happily",
        "box" matches "boxes". A hyphenated word also matches its parts written apart
        ("ice-cream" in "ice cream").
        """
        target = word.lower().translate(_CURLY)
        tokens = self.words(text)
        for token in tokens:
            lower = token.lower()
            if lower == target or target in self.lemmas(lower):
                return True
            if target not in self._lexicon and target in self._suffix_lemmas_unrestricted(lower):
                return True
        if "-" in target:
            parts = target.split("-")
            lowered = [t.lower() for t in tokens]
            k = len(parts)
            for i in range(len(lowered) - k + 1):
                window = lowered[i : i + k]
                if window[:-1] == parts[:-1] and (
                    window[-1] == parts[-1] or parts[-1] in self._suffix_lemmas_any(window[-1])
                ):
                    return True
        return False

    def _suffix_lemmas_any(self, word: str) -> set[str]:
        """Suffix-stripped stems of `word` without a part-of-speech check (for compounds)."""
        stems = {word}
        for suffix in ("s", "es"):
            if word.endswith(suffix):
                stems.add(word[: -len(suffix)])
        if word.endswith("ies"):
            stems.add(word[:-3] + "y")
        return stems

    def _suffix_lemmas_unrestricted(self, word: str) -> set[str]:
        """Fallback for a target the vocabulary does not list: plain suffix stripping."""
        stems = self._suffix_lemmas_any(word)
        for suffix in ("ed", "d", "ing"):
            if word.endswith(suffix):
                stems.add(word[: -len(suffix)])
        return stems


# ---------------------------------------------------------------------- loading


def _read_word_file(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _load_lists(path: Path) -> dict[str, tuple[str, ...]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"vocabulary file not found: {path}") from None
    except OSError as exc:
        raise UserError(f"cannot read vocabulary file {path}: {exc.strerror}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a JSON object with keys {', '.join(_POS_KEYS)}")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _POS_KEYS:
        if key not in data:
            raise UserError(f"{path}: missing key '{key}' (a list of words)")
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise UserError(f"{path}: key '{key}' must be a list of strings")
        words = sorted({w.strip() for w in value if w.strip()})
        if not words:
            raise UserError(f"{path}: key '{key}' is empty; it needs at least one word")
        lists[key] = tuple(words)
    return lists


def load_vocabulary(name_or_path: str) -> Vocabulary:
    """Load a vocabulary: a built-in name (`child`) or a path to a JSON word-list file.

    A JSON file supplies `nouns`, `verbs` and `adjectives`; the shipped function words and
    names are always added, since they are what any English child story is glued with.
    """
    builtin = BUILTIN_VOCABULARIES.get(name_or_path)
    path = builtin if builtin is not None else Path(name_or_path)
    if builtin is None and not path.suffix and not path.exists():
        known = ", ".join(sorted(BUILTIN_VOCABULARIES))
        raise UserError(
            f"no vocabulary named '{name_or_path}' (built-in: {known}; or give a path to a "
            "JSON file with nouns, verbs and adjectives)"
        )
    lists = _load_lists(path)
    return Vocabulary(
        nouns=lists["nouns"],
        verbs=lists["verbs"],
        adjectives=lists["adjectives"],
        function_words=_read_word_file(FUNCTION_WORDS_FILE),
        names=_read_word_file(NAMES_FILE),
        source=name_or_path,
    )
