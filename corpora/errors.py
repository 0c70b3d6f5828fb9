"""Errors shared by every hornbook package.

`UserError` is the one exception the CLI turns into a clean message and exit code 2:
something the user can fix (a bad spec, an unknown ref, a bad flag). Anything else is a
bug or an environment failure and exits 1.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input; the message says what is wrong and where."""


class SpecError(UserError):
    """A spec file is malformed, names an unknown key, or extends a missing base."""


class RefError(UserError):
    """A corpus, tokenizer or run reference does not resolve."""


class IntegrityError(UserError):
    """A published artifact does not match its manifest (tampered or corrupt)."""


class NothingKept(Exception):
    """A build ran but every document was rejected: nothing to publish.

    Not a `UserError` (the spec is valid; its generator or filters kept nothing), so the
    CLI exits 1, but with one line: the counts per reason and where the rejects are kept.
    """
