"""Curation filters as DataTrove steps. Each drop carries a reason that lands in `rejected/`.

The filters take plain parameters (never a loaded vocabulary) so they pickle into
DataTrove's worker processes; each process loads the vocabulary once, lazily. Every filter
records what it measured in the document's metadata (`word_count`, `oov_rate`,
`alpha_ratio`, `grade_level`, ...) whether it keeps the document or not, so a rejected
row shows why and a kept row shows by how much.

Story filters judge the story alone (`story_text`): in TinyStories-Instruct mode `text`
also holds the instruction ("Features: ...\nWords: ..."), which is not the model's prose.
"""

from __future__ import annotations

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.filters.gopher_repetition_filter import GopherRepetitionFilter
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.word_tokenizers import SpaCyTokenizer, strip_strings
from hornbook.corpora.curate import heuristics
from hornbook.corpora.vocabulary import Vocabulary, load_vocabulary


def story_text(doc: Document) -> str:
    """The story a document holds: `metadata["story"]` when set, else its text."""
    story = doc.metadata.get("story")
    return story if isinstance(story, str) and story else doc.text


class LengthFilter(BaseFilter):
    """Drop documents with fewer than `min_words` or more than `max_words` words."""

    name = "📏 length"

    def __init__(self, min_words: int, max_words: int, exclusion_writer: DiskWriter | None = None):
        super().__init__(exclusion_writer)
        self.min_words = min_words
        self.max_words = max_words

    def measured_text(self, doc: Document) -> str:
        """The part of a document whose words are counted (the story, not an instruction)."""
        return story_text(doc)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        words = len(self.measured_text(doc).split())
        doc.metadata["word_count"] = words
        if words < self.min_words:
            return False, "too_short"
        if words > self.max_words:
            return False, "too_long"
        return True


class CharsetFilter(BaseFilter):
    """Wrong charset or language: too few letters, foreign characters, not English.

    `min_alpha_ratio` bounds letters among non-space characters (tables, code, numbers);
    `max_non_ascii_ratio` bounds characters outside ASCII, typographic quotes and dashes
    aside (another script, mojibake, emoji); `min_stopword_ratio` bounds the share of very
    frequent English words (English prose has 40-50%, another language in Latin script far
    fewer), an offline language check that needs no model download.
    """

    name = "🔣 charset"

    def __init__(
        self,
        min_alpha_ratio: float,
        max_non_ascii_ratio: float,
        min_stopword_ratio: float = 0.2,
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__(exclusion_writer)
        self.min_alpha_ratio = min_alpha_ratio
        self.max_non_ascii_ratio = max_non_ascii_ratio
        self.min_stopword_ratio = min_stopword_ratio

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        measured = heuristics.charset(story_text(doc))
        doc.metadata["alpha_ratio"] = round(measured.alpha_ratio, 4)
        doc.metadata["non_ascii_ratio"] = round(measured.non_ascii_ratio, 4)
        doc.metadata["stopword_ratio"] = round(measured.stopword_ratio, 4)
        if measured.non_ascii_ratio > self.max_non_ascii_ratio:
            return False, "non_ascii"
        if measured.alpha_ratio < self.min_alpha_ratio:
            return False, "low_alpha_ratio"
        if measured.stopword_ratio < self.min_stopword_ratio:
            return False, "not_english"
        return True


class TruncationFilter(BaseFilter):
    """Drop stories that end mid-sentence, or that the generator stopped at its token limit.

    An LLM answer cut by `max_tokens` has `finish_reason == "length"` in its metadata; any
    source's story must end on terminal punctuation (optionally closed by a quote) or on
    "The End".
    """

    name = "✂️ truncation"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        truncated = doc.metadata.get("finish_reason") == "length" or heuristics.is_truncated(
            story_text(doc)
        )
        doc.metadata["truncated"] = truncated
        return (False, "truncated") if truncated else True


class MetaChatterFilter(BaseFilter):
    """Drop answers that talk about the story instead of being one.

    Preambles ("Here is a story", "Sure!"), refusals ("As an AI", "I can't write"),
    titles and labels ("Title:", "Story:"), markdown headers and rules, postambles ("I hope
    you enjoyed", "Let me know if"). Speech inside quotes never counts. The reason names
    the kind: `meta_chatter:preamble`.
    """

    name = "🗣️ meta-chatter"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        kind = heuristics.meta_chatter(story_text(doc))
        doc.metadata["meta_chatter"] = kind
        return (False, f"meta_chatter:{kind}") if kind else True


class _VocabularyStep(BaseFilter):
    def __init__(self, vocabulary: str, exclusion_writer: DiskWriter | None = None):
        super().__init__(exclusion_writer)
        self.vocabulary = vocabulary
        self._vocab: Vocabulary | None = None

    @property
    def vocab(self) -> Vocabulary:
        if self._vocab is None:
            self._vocab = load_vocabulary(self.vocabulary)
        return self._vocab


class VocabularyFilter(_VocabularyStep):
    """Drop documents whose share of out-of-vocabulary words exceeds `max_oov_rate`.

    Inflections, function words and character names count as in-vocabulary (see
    `corpora.vocabulary`); the rate is kept in the row's metadata either way.
    """

    name = "🔤 vocabulary"

    def __init__(
        self, vocabulary: str, max_oov_rate: float, exclusion_writer: DiskWriter | None = None
    ):
        super().__init__(vocabulary, exclusion_writer)
        self.max_oov_rate = max_oov_rate

    def measured_text(self, doc: Document) -> str:
        """The part of a document whose words are judged (the story, not an instruction)."""
        return story_text(doc)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        rate = self.vocab.oov_rate(self.measured_text(doc))
        doc.metadata["oov_rate"] = rate
        if rate > self.max_oov_rate:
            return False, "oov_rate"
        return True


class RequiredWordsFilter(_VocabularyStep):
    """Drop documents that do not use every word their prompt asked for (in any inflection)."""

    name = "🎯 required words"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        text = story_text(doc)
        missing = [
            w for w in doc.metadata.get("words") or [] if not self.vocab.contains_word(text, w)
        ]
        if missing:
            doc.metadata["missing_words"] = missing
            return False, "missing_words"
        return True


class FeatureFilter(BaseFilter):
    """Instruction adherence: every feature the prompt asked for shows in the story.

    Only documents with `features` metadata are judged (a `files` row has none and
    passes). The heuristics and how lenient each one is are in
    `corpora.curate.heuristics.feature_present`. The reason names the first missing
    feature (`missing_feature:dialogue`); `missing_features` lists all of them.
    """

    name = "🧩 features"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        features = doc.metadata.get("features") or []
        if not features:
            return True
        text = story_text(doc)
        missing = [f for f in features if not heuristics.feature_present(f, text)]
        if missing:
            doc.metadata["missing_features"] = missing
            return False, f"missing_feature:{missing[0]}"
        return True


class ReadabilityFilter(BaseFilter):
    """Flesch-Kincaid grade bounds; records `grade_level` even with no bound set."""

    name = "📚 readability"

    def __init__(
        self,
        min_grade_level: float | None,
        max_grade_level: float | None,
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__(exclusion_writer)
        self.min_grade_level = min_grade_level
        self.max_grade_level = max_grade_level

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        grade = heuristics.grade_level(story_text(doc))
        doc.metadata["grade_level"] = None if grade is None else round(grade, 2)
        if grade is None:
            return True  # no words: the length filter's business
        if self.max_grade_level is not None and grade > self.max_grade_level:
            return False, "grade_too_high"
        if self.min_grade_level is not None and grade < self.min_grade_level:
            return False, "grade_too_low"
        return True


class FastSpacyWords(SpaCyTokenizer):
    """DataTrove's spaCy word tokenizer (`spacy.blank("en")`), an order of magnitude faster.

    DataTrove wraps every call in `memory_zone()`, which throws spaCy's tokenizer cache
    away per document (~9 ms a story here); without it a story takes well under 1 ms, and
    the tokens are the same (same tokenizer rules; no sentencizer, which does not change
    tokens). The cache is what grows without a memory zone, so the pipeline is rebuilt
    every `reset_every` documents to keep memory bounded on big corpora.
    """

    def __init__(self, reset_every: int = 20_000):
        super().__init__("en")
        self.reset_every = reset_every
        self._calls = 0

    def word_tokenize(self, text: str) -> list[str]:
        self._calls += 1
        if self._calls % self.reset_every == 0:
            self._tokenizer = None
        nlp = self.tokenizer
        nlp.max_length = len(text) + 10
        return strip_strings([token.text for token in nlp.make_doc(text)])

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_tokenizer": None}  # workers load spaCy themselves


class RepetitionFilter(GopherRepetitionFilter):
    """Degenerate, looping text: DataTrove's Gopher repetition filter on the story.

    Gopher's checks and code, with thresholds from the spec's `RepetitionSpec`; word
    splitting uses spaCy's blank English tokenizer (no model download) through
    `FastSpacyWords`. The reason is
    Gopher's, prefixed: `repetition:top_2_gram`, `repetition:dup_line_frac`.
    """

    name = "👯 repetition"

    def __init__(
        self,
        dup_line_frac: float | None,
        dup_para_frac: float | None,
        top_n_grams: dict[int, float],
        dup_n_grams: dict[int, float],
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__(
            dup_line_frac=dup_line_frac,
            dup_para_frac=dup_para_frac,
            # Character fractions of duplicated lines/paragraphs: the spec's line and
            # paragraph fractions govern both (a story's lines are its paragraphs).
            dup_line_char_frac=dup_line_frac,
            dup_para_char_frac=dup_para_frac,
            top_n_grams=tuple(sorted(top_n_grams.items())),
            dup_n_grams=tuple(sorted(dup_n_grams.items())),
            exclusion_writer=exclusion_writer,
            language=FastSpacyWords(),  # DataTrove accepts a tokenizer in place of a language
        )

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        original = doc.text
        doc.text = story_text(doc)
        try:
            result = super().filter(doc)
        finally:
            doc.text = original
        if result is True:
            doc.metadata["repetition"] = None
            return True
        reason = result[1] if isinstance(result, tuple) else "repetition"
        doc.metadata["repetition"] = reason
        return False, f"repetition:{reason}"
