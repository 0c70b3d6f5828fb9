"""Check an `openai` spec's `max_tokens` against the endpoint's context before sending.

Servers that know their context length report it in `GET /v1/models` as `max_model_len`
(vLLM does, and so does `hornbook serve`). A request whose `max_tokens` does not fit is
refused by such a server with HTTP 400, so a build with a too-large `max_tokens` would
send every request only to have every answer refused and every row rejected. This check
asks once, before any work starts, and stops with one line naming both numbers. It does
not clamp: a clamped `max_tokens` of context - 1 leaves no room for the prompt (the server
cuts the prompt from the left to fit), so the user should choose the number.

Endpoints that do not answer `/v1/models`, do not list the model, or do not report a
context length (OpenAI) are not checked here; the build's own request errors still say
what went wrong.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from typing import Any

from hornbook.corpora.backends.inference_fixes import api_base
from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import CorpusSpec

__all__ = ["check_max_tokens", "endpoint_context_length"]

_TIMEOUT_S = 5.0


def endpoint_context_length(base_url: str, model: str, api_key_env: str | None) -> int | None:
    """`max_model_len` of `model` as `GET {base}/models` reports it, or None if unknown."""
    request = urllib.request.Request(api_base(base_url) + "/models")
    if api_key_env and os.environ.get(api_key_env):
        request.add_header("Authorization", f"Bearer {os.environ[api_key_env]}")
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT_S) as response:
            listing: Any = json.loads(response.read())
    except (OSError, ValueError, urllib.error.URLError):
        return None
    entries = listing.get("data") if isinstance(listing, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and entry.get("id") == model:
            length = entry.get("max_model_len")
            return length if isinstance(length, int) and length > 0 else None
    return None


def check_max_tokens(spec: CorpusSpec) -> None:
    """UserError when `generator.max_tokens` leaves no room in the endpoint's context."""
    gen = spec.generator
    if gen.backend != "openai" or not gen.base_url or not gen.model:
        return
    context = endpoint_context_length(gen.base_url, gen.model, gen.api_key_env)
    if context is None or gen.max_tokens < context:
        return
    raise UserError(
        f"generator.max_tokens={gen.max_tokens} does not fit model '{gen.model}' at "
        f"{api_base(gen.base_url)}: its context is {context} tokens (max_model_len), so "
        f"max_tokens must be below {context}, leaving room for the prompt "
        f"(e.g. --set generator.max_tokens={max(1, context * 3 // 4)})"
    )
