"""A durable, request-level response cache: an answered request is never paid for twice.

Why DataTrove's own replay is not enough on its own (see `inference_fixes` for the
details): `InferenceRunner` checkpoints whole documents, and its per-request replay table
is written through an asynchronous queue and emptied chunk by chunk. A build killed with
SIGKILL between an answer arriving and either of those writes landing sends the request
again on resume, and so does a kill inside its chunk bookkeeping (it deletes a finished
chunk's checkpoint before it records the chunk as finished). This cache closes those
windows: the answer is committed to SQLite synchronously, before anything else looks at
it, under the SHA-256 of the canonical JSON request body (the same key an OpenAI-compatible
server such as `hornbook serve` uses to count requests).

SQLite in WAL mode with `synchronous=NORMAL` survives the writing process being killed
(not a power cut, which a corpus build can simply redo); several worker processes may
share one file.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any


def canonical_json(body: Any) -> str:
    """One JSON spelling per request: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def request_key(body: Any) -> str:
    """SHA-256 hex of the canonical JSON body: the identity of a request."""
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


class ResponseCache:
    """`get(key)` / `put(key, response)` over one SQLite file; opened lazily per process."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, response TEXT NOT NULL)"
            )
            self._conn = conn
        return self._conn

    def get(self, key: str) -> dict[str, Any] | None:
        row = self._db().execute("SELECT response FROM responses WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row is not None else None

    def put(self, key: str, response: dict[str, Any]) -> None:
        """Store an answer; committed (autocommit) before this returns."""
        self._db().execute(
            "INSERT OR REPLACE INTO responses (key, response) VALUES (?, ?)",
            (key, json.dumps(response, ensure_ascii=False)),
        )

    def __len__(self) -> int:
        return int(self._db().execute("SELECT COUNT(*) FROM responses").fetchone()[0])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __getstate__(self) -> dict[str, Any]:
        # A connection does not pickle; each worker process opens its own.
        return {"path": self.path, "_conn": None}
