"""The row contract between sources, filters and publishing, one schema per recipe kind.

Every source (template, openai, vllm, files) yields DataTrove `Document`s whose `id` is the
content hash, whose `text` is the training text, and whose `metadata` holds the fields
below (missing optional fields are null). Filters add `word_count` and `oov_rate`. Publish
turns each curated document into a row of the recipe's schema; the schema is explicit (not
inferred from the first document) so that shards are byte-identical across runs and an
optional field that happens to be null everywhere still has its proper type.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pyarrow as pa

_LLM_ACCOUNTING: list[tuple[str, pa.DataType]] = [
    ("finish_reason", pa.string()),
    ("prompt_tokens", pa.int64()),
    ("completion_tokens", pa.int64()),
]

STORY_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.string()),  # the training text (instruct mode: instruction + story)
        ("story", pa.string()),  # the story alone
        ("prompt", pa.string()),  # what the generator was asked (null for `files`)
        ("words", pa.list_(pa.string())),
        ("features", pa.list_(pa.string())),
        ("sentence", pa.string()),  # instruct: a sentence the story had to contain
        ("summary", pa.string()),  # instruct: the story's summary, when the backend gave one
        ("character", pa.string()),  # diversity controls drawn for the prompt
        ("setting", pa.string()),
        ("opening", pa.string()),
        ("backend", pa.string()),
        ("model", pa.string()),
        ("seed", pa.int64()),
        ("index", pa.int64()),
        ("recipe", pa.string()),
        ("source", pa.string()),  # `files`: the file a row came from
        ("word_count", pa.int32()),
        ("oov_rate", pa.float64()),
        *_LLM_ACCOUNTING,
    ]
)

MATH_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.string()),  # the rendered training text
        ("question", pa.string()),
        ("solution", pa.string()),  # Python source defining `solution()`
        ("answer", pa.float64()),  # what the sandbox got by running `solution`
        ("family", pa.string()),  # template problem family (null for LLM rows)
        ("steps", pa.int32()),  # operations in the template program (null for LLM rows)
        ("seed_question", pa.string()),  # LLM: id of the GSM8K train question used as a seed
        ("prompt", pa.string()),
        ("backend", pa.string()),
        ("model", pa.string()),
        ("seed", pa.int64()),
        ("index", pa.int64()),
        ("recipe", pa.string()),
        ("source", pa.string()),
        ("word_count", pa.int32()),
        ("oov_rate", pa.float64()),
        *_LLM_ACCOUNTING,
    ]
)

SCHEMAS: dict[str, pa.Schema] = {"stories": STORY_SCHEMA, "math": MATH_SCHEMA}

# Fields every source must set; the rest default to null / empty lists.
REQUIRED_METADATA = ("index", "backend", "seed", "recipe")


def content_id(text: str) -> str:
    """A stable id for a row: the first 80 bits of the text's sha256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def schema_for(recipe_kind: str) -> pa.Schema:
    return SCHEMAS[recipe_kind]


def to_row(doc: dict[str, Any], recipe_kind: str) -> dict[str, Any]:
    """One curated document (`{"id", "text", "metadata"}`) as a row of the recipe's schema."""
    schema = schema_for(recipe_kind)
    meta = doc.get("metadata") or {}
    missing = [key for key in REQUIRED_METADATA if meta.get(key) is None]
    if missing:
        raise ValueError(f"document {doc.get('id')} lacks metadata {missing}")
    row: dict[str, Any] = {}
    for field in schema:
        if field.name in ("id", "text"):
            row[field.name] = doc[field.name]
        elif pa.types.is_list(field.type):
            row[field.name] = list(meta.get(field.name) or [])
        else:
            row[field.name] = meta.get(field.name)
    if recipe_kind == "stories" and row["story"] is None:
        row["story"] = doc["text"]
    return row
