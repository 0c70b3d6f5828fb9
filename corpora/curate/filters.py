"""Curation filters as DataTrove steps. Each drop carries a reason that lands in `rejected/`.

The filters take plain parameters (never a loaded vocabulary) so they pickle into
DataTrove's worker processes; each process loads the vocabulary once, lazily.
"""

from __future__ import annotations

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

from corpora.vocabulary import Vocabulary, load_vocabulary


class LengthFilter(BaseFilter):
    """Drop documents with fewer than `min_words` or more than `max_words` words."""

    name = "📏 length"

    def __init__(self, min_words: int, max_words: int, exclusion_writer: DiskWriter | None = None):
        super().__init__(exclusion_writer)
        self.min_words = min_words
        self.max_words = max_words

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        words = len(doc.text.split())
        doc.metadata["word_count"] = words
        if words < self.min_words:
            return False, "too_short"
        if words > self.max_words:
            return False, "too_long"
        return True


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

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        rate = self.vocab.oov_rate(doc.text)
        doc.metadata["oov_rate"] = rate
        if rate > self.max_oov_rate:
            return False, "oov_rate"
        return True


class RequiredWordsFilter(_VocabularyStep):
    """Drop documents that do not use every word their prompt asked for (in any inflection)."""

    name = "🎯 required words"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        missing = [
            w for w in doc.metadata.get("words", []) if not self.vocab.contains_word(doc.text, w)
        ]
        if missing:
            doc.metadata["missing_words"] = missing
            return False, "missing_words"
        return True
