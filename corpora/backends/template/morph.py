"""English morphology for the generator, from maintained libraries instead of hand tables.

`inflect` chooses "a" or "an" by sound ("an hour", "a unicorn", "an x-ray"); `lemminflect`
(through `hornbook.corpora.vocabulary.inflections`, the same tables the vocabulary filter
reads lemmas from) gives any verb's past and -ing forms, any noun's plural and any
adjective's comparative. A form is only written when the vocabulary recognises it as a
form of the word asked for, so the generator and the filter can never disagree.
"""

from __future__ import annotations

from functools import cache

from hornbook.corpora.vocabulary import Vocabulary, inflections

_TAGS = {"past": "VBD", "ing": "VBG", "s": "VBZ", "plural": "NNS", "more": "JJR", "most": "JJS"}


@cache
def _engine():  # noqa: ANN202 - inflect's engine type is private
    import inflect  # deferred: only the generator needs it, and it is slow to import

    return inflect.engine()


@cache
def article(phrase: str) -> str:
    """'a' or 'an' for the noun phrase that follows."""
    return str(_engine().a(phrase.split()[0])).split(" ", 1)[0]


def verb_form(word: str, kind: str, vocab: Vocabulary, lemma: str | None = None) -> str | None:
    """`word` inflected (`kind` in past, ing, s, plural, more, most), or None.

    None when the library has no such form or the vocabulary would not count the form as
    `lemma` (default: `word`), so the caller falls back to a frame with the base form.
    """
    forms = inflections(word.lower(), _TAGS[kind])
    if not forms:
        return None
    form = forms[0]
    if (lemma or word).lower() not in vocab.lemmas(form):
        return None
    return form
