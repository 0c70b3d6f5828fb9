"""The corpus spec: a YAML file that fully describes how one corpus variant is built.

A spec is validated by the pydantic models below (unknown keys are errors). A variant is a
spec with `extends: <base>` holding only the fields it changes; `load_spec` resolves the
chain, deep-merges it, applies `--set key.path=value` overrides and validates the result.
Every error names the file (or the override) and the key, so users can fix it without a
traceback.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from corpora.errors import SpecError

BUILTIN_SPECS_DIR = Path(__file__).parent / "specs"

StoryFeature = Literal[
    "dialogue", "bad_ending", "moral_value", "plot_twist", "foreshadowing", "conflict"
]
ALL_STORY_FEATURES: tuple[str, ...] = (
    "dialogue",
    "bad_ending",
    "moral_value",
    "plot_twist",
    "foreshadowing",
    "conflict",
)

# The TinyStories paper's prompt (Eldan & Li, 2023, section 2), with the word list and the
# feature list rendered by the recipe so that any number of words or features reads well.
DEFAULT_STORY_PROMPT = (
    "Write a short story (3-5 paragraphs) which only uses very simple words that a 3 year old "
    "child would likely understand. The story should use {word_list}. {feature_sentence}"
    "Remember to only use simple words!"
)


class _Strict(BaseModel):
    """Base for every spec section: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


class StoriesRecipe(_Strict):
    """What to ask for: TinyStories-style prompts from a child vocabulary."""

    kind: Literal["stories"] = "stories"
    vocabulary: str = Field(
        "child",
        description="A built-in vocabulary name (`child`) or a path to a JSON file with "
        "`nouns`, `verbs` and `adjectives` lists.",
    )
    words_per_prompt: dict[Literal["noun", "verb", "adjective"], int] = Field(
        default_factory=lambda: {"verb": 1, "noun": 1, "adjective": 1}
    )
    features: list[StoryFeature] = Field(default_factory=lambda: list(ALL_STORY_FEATURES))
    min_features: int = Field(0, ge=0, le=6)
    max_features: int = Field(2, ge=0, le=6, description="Each prompt draws min..max features.")
    prompt_template: str = DEFAULT_STORY_PROMPT

    @model_validator(mode="after")
    def _check_counts(self) -> StoriesRecipe:
        for pos, count in self.words_per_prompt.items():
            if not 0 <= count <= 3:
                raise ValueError(f"words_per_prompt.{pos} must be between 0 and 3, got {count}")
        if self.min_features > self.max_features:
            raise ValueError(f"min_features ({self.min_features}) exceeds max_features")
        if self.max_features > len(set(self.features)):
            raise ValueError(
                f"max_features ({self.max_features}) exceeds the {len(set(self.features))} features listed"
            )
        if sum(self.words_per_prompt.values()) == 0:
            raise ValueError("words_per_prompt asks for no words at all")
        return self


class GeneratorSpec(_Strict):
    """Who answers the prompts, and how many samples to ask for."""

    backend: Literal["template"] = "template"
    model: str | None = None
    samples: int = Field(2000, ge=1)
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    max_tokens: int = Field(512, ge=16)
    concurrency: int = Field(8, ge=1)


class CurateSpec(_Strict):
    """Which documents survive: thresholds of the DataTrove filters and dedupe."""

    min_words: int = Field(40, ge=1)
    max_words: int = Field(1000, ge=1)
    max_oov_rate: float = Field(
        0.10, ge=0.0, le=1.0, description="Largest share of words outside the vocabulary."
    )
    require_prompt_words: bool = True
    dedupe: Literal["exact", "none"] = "exact"

    @model_validator(mode="after")
    def _check_bounds(self) -> CurateSpec:
        if self.min_words > self.max_words:
            raise ValueError(f"min_words ({self.min_words}) exceeds max_words ({self.max_words})")
        return self


class PublishSpec(_Strict):
    """How a curated corpus is split and sharded."""

    validation_fraction: float = Field(0.05, gt=0.0, lt=0.5)
    rows_per_shard: int = Field(100_000, ge=1)


class ExecutorSpec(_Strict):
    """Where curation runs: DataTrove's local executor with `tasks` shards on `workers`."""

    kind: Literal["local"] = "local"
    tasks: int = Field(2, ge=1)
    workers: int = Field(2, ge=1)


class CorpusSpec(_Strict):
    """A fully resolved corpus spec (after `extends:` and overrides)."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str = ""
    seed: int = 0
    recipe: StoriesRecipe = Field(default_factory=StoriesRecipe)
    generator: GeneratorSpec = Field(default_factory=GeneratorSpec)
    curate: CurateSpec = Field(default_factory=CurateSpec)
    publish: PublishSpec = Field(default_factory=PublishSpec)
    executor: ExecutorSpec = Field(default_factory=ExecutorSpec)

    def canonical_json(self) -> str:
        """The spec as sorted, compact JSON: the input of the corpus fingerprint."""
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))


# --------------------------------------------------------------------------- loading


def find_spec_file(name_or_path: str | Path, search_dirs: list[Path] | None = None) -> Path:
    """Resolve `tinystories`, `tinystories.yaml` or a path to an existing spec file."""
    candidate = Path(name_or_path)
    if candidate.suffix in {".yaml", ".yml"} or candidate.exists():
        if candidate.is_file():
            return candidate
        raise SpecError(f"spec file not found: {candidate}")
    dirs = list(search_dirs or []) + [BUILTIN_SPECS_DIR]
    for directory in dirs:
        for suffix in (".yaml", ".yml"):
            path = directory / f"{name_or_path}{suffix}"
            if path.is_file():
                return path
    known = ", ".join(sorted(available_specs())) or "none"
    raise SpecError(f"no spec named '{name_or_path}' (built-in specs: {known})")


def available_specs() -> dict[str, Path]:
    """The built-in specs users can build by name, keyed by file stem."""
    return {p.stem: p for p in sorted(BUILTIN_SPECS_DIR.glob("*.yaml"))}


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" line {where.line + 1}" if where is not None else ""
        raise SpecError(
            f"{path}:{line} is not valid YAML: {getattr(exc, 'problem', exc)}"
        ) from None
    except OSError as exc:
        raise SpecError(f"cannot read spec {path}: {exc.strerror}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SpecError(f"{path}: a spec must be a mapping of sections, got {type(data).__name__}")
    return data


def _deep_merge(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """Child values win; mappings merge key by key; lists and scalars are replaced whole."""
    merged = copy.deepcopy(base)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _resolve_chain(path: Path, seen: tuple[Path, ...] = ()) -> list[tuple[Path, dict[str, Any]]]:
    """The `extends:` chain from the root base down to `path`, each with its raw mapping."""
    resolved = path.resolve()
    if resolved in seen:
        cycle = " -> ".join(str(p) for p in (*seen, resolved))
        raise SpecError(f"{path}: 'extends' forms a cycle: {cycle}")
    raw = _read_yaml(path)
    base_name = raw.pop("extends", None)
    if "name" not in raw:
        raw["name"] = path.stem
    if base_name is None:
        return [(path, raw)]
    if not isinstance(base_name, str):
        raise SpecError(f"{path}: key 'extends' must name a spec, got {base_name!r}")
    try:
        base_path = find_spec_file(base_name, search_dirs=[path.parent])
    except SpecError:
        raise SpecError(
            f"{path}: key 'extends' names '{base_name}', which is not a spec "
            f"(looked in {path.parent} and the built-in specs)"
        ) from None
    return [*_resolve_chain(base_path, (*seen, resolved)), (path, raw)]


def parse_override(text: str) -> tuple[list[str], Any]:
    """`generator.samples=100` -> (["generator", "samples"], 100); values parse as YAML."""
    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or not key or any(not part for part in key.split(".")):
        raise SpecError(f"--set {text!r}: expected key.path=value, e.g. generator.samples=100")
    try:
        parsed = yaml.safe_load(value) if value.strip() else ""
    except yaml.YAMLError:
        parsed = value
    return key.split("."), parsed


def _apply_override(data: dict[str, Any], path: list[str], value: Any, text: str) -> None:
    node = data
    for part in path[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise SpecError(f"--set {text!r}: '{part}' is a value, not a section")
        node = child
    node[path[-1]] = value


def _owner_of(loc: tuple[Any, ...], layers: list[tuple[str, dict[str, Any]]]) -> str:
    """Which layer (file or override) wrote the value at `loc`, most derived first."""
    for origin, data in reversed(layers):
        node: Any = data
        for part in loc:
            if (
                isinstance(node, dict)
                and part in node
                or isinstance(node, list)
                and isinstance(part, int)
                and part < len(node)
            ):
                node = node[part]
            else:
                break
        else:
            return origin
    return layers[-1][0]


def _format_validation_error(exc: ValidationError, layers: list[tuple[str, dict[str, Any]]]) -> str:
    lines = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        key = ".".join(str(p) for p in loc) or "(top level)"
        origin = _owner_of(loc, layers)
        if err["type"] == "extra_forbidden":
            lines.append(f"{origin}: unknown key '{key}'")
        else:
            lines.append(f"{origin}: key '{key}': {err['msg']}")
    return "invalid spec:\n  " + "\n  ".join(lines)


def load_spec(name_or_path: str | Path, overrides: list[str] | None = None) -> CorpusSpec:
    """Load, resolve `extends:`, apply `--set` overrides and validate one spec."""
    path = find_spec_file(name_or_path)
    chain = _resolve_chain(path)
    layers: list[tuple[str, dict[str, Any]]] = [(str(p), raw) for p, raw in chain]
    merged: dict[str, Any] = {}
    for _, raw in layers:
        merged = _deep_merge(merged, raw)
    for text in overrides or []:
        key_path, value = parse_override(text)
        single: dict[str, Any] = {}
        _apply_override(single, key_path, value, text)
        layers.append((f"--set {text}", single))
        _apply_override(merged, key_path, value, text)
    try:
        return CorpusSpec.model_validate(merged)
    except ValidationError as exc:
        raise SpecError(_format_validation_error(exc, layers)) from None
