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
from hornbook.corpora.errors import SpecError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

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


class DiversitySpec(_Strict):
    """Diversity controls beyond TinyStories: who, where and how a story opens.

    Most real TinyStories stories open with "Once upon a time"; drawing the main character's
    name, the setting and the opening from lists (per prompt, seeded) spreads a corpus out.
    `None` means the built-in list; an empty list switches that control off. Each prompt
    draws one of each; LLM prompts ask for them in words, the template backend uses them.
    """

    names: list[str] | None = None
    settings: list[str] | None = None
    openings: list[str] | None = None


class InstructSpec(_Strict):
    """TinyStories-Instruct: keep the instruction in the row and train on instruction + story.

    When enabled, each row keeps its instruction (features, words, an optional sentence the
    story must contain, a summary when the backend produces one) and `text` is rendered in
    the TinyStories-Instruct format ("Features: ...\nWords: ...\nRandom sentence: ...\nSummary:
    ...\nStory: ...").
    """

    enabled: bool = False
    sentence_fraction: float = Field(
        0.5, ge=0.0, le=1.0, description="Share of prompts that require a given sentence."
    )
    summary: bool = True


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
    diversity: DiversitySpec = Field(default_factory=lambda: DiversitySpec())
    instruct: InstructSpec = Field(default_factory=lambda: InstructSpec())

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


MathFamily = Literal["shopping", "sharing", "rates", "ages", "fractions", "percentages", "chains"]
ALL_MATH_FAMILIES: tuple[str, ...] = (
    "shopping",
    "sharing",
    "rates",
    "ages",
    "fractions",
    "percentages",
    "chains",
)

# TinyGSM's instruction (Liu et al., 2023): N new problems in the style of a seed problem,
# each answered by a Python function `solution()` whose docstring is the question.
DEFAULT_MATH_PROMPT = (
    "Consider the following grade-school math problem: {question}\n\n"
    "Generate {n} different math problems similar to this one, each followed by a Python "
    "function `def solution():` that solves it step by step, with the problem in its "
    "docstring, meaningful variable names, and `return result` at the end."
)


class MathRecipe(_Strict):
    """TinyGSM-style rows: a word problem, a Python program that solves it, its answer."""

    kind: Literal["math"] = "math"
    vocabulary: str | None = Field(
        None,
        description="Constrain the wording to this vocabulary (e.g. `child`); None: no limit.",
    )
    families: list[MathFamily] = Field(default_factory=lambda: list(ALL_MATH_FAMILIES))
    min_steps: int = Field(2, ge=1, le=8)
    max_steps: int = Field(8, ge=1, le=8)
    max_number: int = Field(1000, ge=10, description="Bound on every number in a problem.")
    mode: Literal["one_step", "two_step"] = Field(
        "one_step",
        description="LLM backends: problems and programs in one request (TinyGSM), or "
        "questions first, then one program per question.",
    )
    problems_per_request: int = Field(4, ge=1, le=16)
    seed_questions: str = Field(
        "gsm8k-train",
        description="Seed problems for LLM prompts: `gsm8k-train` (shipped) or a JSONL path "
        "with a `question` field.",
    )
    prompt_template: str = DEFAULT_MATH_PROMPT

    @model_validator(mode="after")
    def _check_steps(self) -> MathRecipe:
        if self.min_steps > self.max_steps:
            raise ValueError(f"min_steps ({self.min_steps}) exceeds max_steps ({self.max_steps})")
        if not self.families:
            raise ValueError("families lists no problem family")
        return self


class GeneratorSpec(_Strict):
    """Who answers the prompts, and how many samples to ask for."""

    backend: Literal["template", "openai", "vllm", "files"] = "template"
    model: str | None = None
    samples: int = Field(2000, ge=1, description="Prompts to send (files: rows to read at most).")
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    max_tokens: int = Field(512, ge=16)
    concurrency: int = Field(8, ge=1)
    # openai
    base_url: str | None = Field(None, description="e.g. http://127.0.0.1:8000/v1")
    api_key_env: str | None = Field(
        None, description="Name of the environment variable holding the API key (never the key)."
    )
    api: Literal["chat", "completion"] = "chat"
    system_prompt: str | None = Field(
        None,
        description="openai/vllm with api: chat: sent as a system message before each prompt.",
    )
    request_timeout: float = Field(60.0, gt=0.0)
    max_retries: int = Field(6, ge=0)
    # vllm
    tensor_parallel: int = Field(1, ge=1)
    data_parallel: int = Field(1, ge=1)
    # files
    path: str | None = Field(
        None,
        description="files: a glob of JSONL/Parquet files or a "
        "local Hugging Face dataset directory.",
    )
    text_key: str = "text"

    @model_validator(mode="after")
    def _check_backend(self) -> GeneratorSpec:
        if self.backend == "openai":
            if not self.base_url:
                raise ValueError("backend 'openai' needs generator.base_url")
            if not self.model:
                raise ValueError("backend 'openai' needs generator.model")
        if self.backend == "vllm" and not self.model:
            raise ValueError("backend 'vllm' needs generator.model (a local path or hub id)")
        if self.backend == "files" and not self.path:
            raise ValueError("backend 'files' needs generator.path (a glob or a directory)")
        if self.system_prompt is not None:
            if self.backend not in ("openai", "vllm"):
                raise ValueError(
                    "generator.system_prompt is sent only by the LLM backends (openai, vllm), "
                    f"not by '{self.backend}'"
                )
            if self.api != "chat":
                raise ValueError(
                    "generator.system_prompt needs generator.api: chat "
                    "(a completion request has no roles)"
                )
        return self


class RepetitionSpec(_Strict):
    """Degenerate, looping generations, via DataTrove's Gopher repetition filter.

    Thresholds are Gopher's (Rae et al., 2021) defaults relaxed for children's stories,
    which repeat phrases on purpose; `null` switches one check off.
    """

    enabled: bool = True
    dup_line_frac: float | None = Field(0.3, ge=0.0, le=1.0)
    dup_para_frac: float | None = Field(0.3, ge=0.0, le=1.0)
    top_n_grams: dict[int, float] = Field(default_factory=lambda: {2: 0.2, 3: 0.18, 4: 0.16})
    dup_n_grams: dict[int, float] = Field(
        default_factory=lambda: {5: 0.25, 6: 0.24, 7: 0.23, 8: 0.22, 9: 0.21, 10: 0.20}
    )


class MinhashSpec(_Strict):
    """Near-duplicate removal with DataTrove's 4-stage MinHash (on the question for math)."""

    n_grams: int = Field(5, ge=1)
    num_buckets: int = Field(14, ge=1)
    hashes_per_bucket: int = Field(8, ge=1)


class DecontaminationSpec(_Strict):
    """Drop rows sharing an n-gram with an evaluation set (after removing punctuation and
    numbers, as TinyGSM did with 13-grams against GSM8K test)."""

    n: int = Field(13, ge=3)
    sets: list[str] = Field(
        default_factory=list,
        description="Evaluation sets: `gsm8k-test` (shipped) or JSONL paths (`question` or "
        "`text` field).",
    )


class CurateSpec(_Strict):
    """Which documents survive: thresholds of the DataTrove filters and dedupe."""

    min_words: int = Field(40, ge=1)
    max_words: int = Field(1000, ge=1)
    max_oov_rate: float = Field(
        0.10, ge=0.0, le=1.0, description="Largest share of words outside the vocabulary."
    )
    require_prompt_words: bool = True
    require_features: bool = Field(
        True, description="Instruction adherence: requested features are visibly present."
    )
    max_grade_level: float | None = Field(
        9.0,
        description="Readability bound (Flesch-Kincaid grade); None: no bound. Real "
        "TinyStories stories measure grade -1 to 8 (median 3); adult prose 10+.",
    )
    min_grade_level: float | None = None
    reject_meta_chatter: bool = Field(True, description="'Here is a story', 'As an AI', ...")
    reject_truncated: bool = Field(True, description="Text that ends mid-sentence.")
    min_alpha_ratio: float = Field(
        0.75, ge=0.0, le=1.0, description="Share of non-space characters that are letters."
    )
    max_non_ascii_ratio: float = Field(0.01, ge=0.0, le=1.0)
    repetition: RepetitionSpec = Field(default_factory=lambda: RepetitionSpec())
    # math rows
    min_question_words: int = Field(8, ge=1)
    max_question_words: int = Field(200, ge=1)
    dedupe: Literal["exact", "minhash", "none"] = Field(
        "exact", description="minhash runs exact dedupe first, then near-duplicate removal."
    )
    minhash: MinhashSpec = Field(default_factory=lambda: MinhashSpec())
    decontamination: DecontaminationSpec = Field(default_factory=lambda: DecontaminationSpec())

    @model_validator(mode="after")
    def _check_bounds(self) -> CurateSpec:
        if self.min_words > self.max_words:
            raise ValueError(f"min_words ({self.min_words}) exceeds max_words ({self.max_words})")
        if self.min_question_words > self.max_question_words:
            raise ValueError("min_question_words exceeds max_question_words")
        if (
            self.min_grade_level is not None
            and self.max_grade_level is not None
            and self.min_grade_level > self.max_grade_level
        ):
            raise ValueError("min_grade_level exceeds max_grade_level")
        return self


class PublishSpec(_Strict):
    """How a curated corpus is split and sharded."""

    validation_fraction: float = Field(0.05, gt=0.0, lt=0.5)
    rows_per_shard: int = Field(100_000, ge=1)


class RaySpec(_Strict):
    """DataTrove's RayPipelineExecutor: tasks on an existing Ray cluster (or a local one)."""

    address: str | None = Field(None, description="`auto`, `ray://host:10001`; None: local.")
    cpus_per_task: int = Field(1, ge=1)
    mem_per_cpu_gb: float = Field(2.0, gt=0.0)


class SlurmSpec(_Strict):
    """DataTrove's SlurmPipelineExecutor: one sbatch array job per curation stage."""

    partition: str | None = None
    time: str = "04:00:00"
    cpus_per_task: int = Field(1, ge=1)
    mem_per_cpu_gb: float = Field(2.0, gt=0.0)
    qos: str | None = None
    venv_path: str | None = Field(None, description="Activated in each job (default: none).")
    sbatch_args: dict[str, str] = Field(default_factory=dict)


class ExecutorSpec(_Strict):
    """Where curation runs: DataTrove's local executor with `tasks` shards on `workers`."""

    kind: Literal["local", "ray", "slurm"] = "local"
    tasks: int = Field(2, ge=1)
    workers: int = Field(2, ge=1)
    ray: RaySpec = Field(default_factory=lambda: RaySpec())
    slurm: SlurmSpec = Field(default_factory=lambda: SlurmSpec())


class SandboxSpec(_Strict):
    """How generated programs run (math recipes): `jail` (default) runs them in the
    bubblewrap jail and refuses to build where it cannot be set up; `none` runs them
    without it. `none` is UNSAFE: a program that escapes the Python-level filter reaches
    the host. The manifest records which was used."""

    isolation: Literal["jail", "none"] = "jail"


RECIPE_KINDS = ("stories", "math")


class CorpusSpec(_Strict):
    """A fully resolved corpus spec (after `extends:` and overrides)."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str = ""
    seed: int = 0
    recipe: StoriesRecipe | MathRecipe = Field(default_factory=StoriesRecipe, discriminator="kind")
    generator: GeneratorSpec = Field(default_factory=GeneratorSpec)
    curate: CurateSpec = Field(default_factory=CurateSpec)
    publish: PublishSpec = Field(default_factory=PublishSpec)
    executor: ExecutorSpec = Field(default_factory=ExecutorSpec)
    sandbox: SandboxSpec = Field(default_factory=SandboxSpec)

    @model_validator(mode="before")
    @classmethod
    def _default_recipe_kind(cls, data: Any) -> Any:
        """A recipe without `kind` is a stories recipe (the walking skeleton's only kind)."""
        recipe = data.get("recipe") if isinstance(data, dict) else None
        if isinstance(recipe, dict) and "kind" not in recipe:
            data = {**data, "recipe": {"kind": "stories", **recipe}}
        return data

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
        if len(loc) > 1 and loc[0] == "recipe" and loc[1] in RECIPE_KINDS:
            loc = (loc[0], *loc[2:])  # drop pydantic's union tag: recipe.stories.x -> recipe.x
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
