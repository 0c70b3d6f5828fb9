"""Model runs on corpus versions: naming, lineage, training and scoring from the catalog.

A run lives in `<data-root>/models/<run>/`. `lineage.json` pins what it was trained on
(corpus ref and fingerprint, tokenizer name, kind and meta), so a run can always be scored
on exactly its own validation split, and re-running `train` with the same name resumes the
run instead of clobbering it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hornbook.corpora import __version__
from hornbook.corpora.atomic import atomic_path
from hornbook.corpora.catalog import Catalog, CorpusVersion, data_root
from hornbook.corpora.errors import RefError, UserError
from hornbook.corpora.names import check_name, looks_like_path
from hornbook.tokenizer.corpus import cached_token_stream, open_tokenizer, read_meta, tokenizer_path
from hornbook.train.evalsets import EvalSet, default_eval_sets, resolve_eval_sets
from hornbook.train.model import Transformer
from hornbook.train.presets import TrainConfig, get_preset
from hornbook.train.score import SCORE_NAME, LoadedRun, load_run, score_run
from hornbook.train.trainer import train, with_run_length, write_json


def models_dir(root: str | Path | None = None) -> Path:
    return data_root(root) / "models"


@dataclass(frozen=True)
class RunPlan:
    name: str
    path: Path
    corpus: CorpusVersion
    preset: str
    config: TrainConfig

    @property
    def corpus_ref(self) -> str:
        return self.corpus.ref


def plan_run(
    corpus_ref: str,
    preset: str,
    tokenizer: str | None = None,
    run_name: str | None = None,
    root: str | Path | None = None,
    max_steps: int | None = None,
) -> RunPlan:
    """Check every input of a training run before any work starts.

    `max_steps` is the run's length (see `trainer.with_run_length`); None: the preset's,
    or the length of the run being resumed.
    """
    corpus = Catalog(root).resolve(corpus_ref)
    config = get_preset(preset)
    if tokenizer is not None:
        tokenizer_path(tokenizer, root)
    corpus.verify()
    name = run_name or f"{corpus.name}-v{corpus.version}-{preset}"
    check_name("run", name)
    path = models_dir(root) / name
    lineage_file = path / "lineage.json"
    if lineage_file.is_file():
        lineage = json.loads(lineage_file.read_text(encoding="utf-8"))
        if lineage["corpus"]["fingerprint"] != corpus.fingerprint or lineage["preset"] != preset:
            raise UserError(
                f"run '{name}' already exists at {path} and was trained on {lineage['corpus']['ref']} "
                f"with preset {lineage['preset']}; pick another --name"
            )
        if tokenizer is not None and lineage["tokenizer"]["name"] != tokenizer:
            raise UserError(
                f"run '{name}' already exists with tokenizer {lineage['tokenizer']['name']}; pick another --name"
            )
    config = with_run_length(config, path, max_steps)
    return RunPlan(name, path, corpus, preset, config)


def write_lineage(plan: RunPlan, tokenizer_name: str, tokenizer_dir: Path) -> None:
    lineage = {
        "run": plan.name,
        "preset": plan.preset,
        "corpus": {
            "ref": plan.corpus.ref,
            "fingerprint": plan.corpus.fingerprint,
            "path": str(plan.corpus.path.resolve()),
        },
        "tokenizer": {
            "name": tokenizer_name,
            "path": str(tokenizer_dir.resolve()),
            "meta": read_meta(tokenizer_dir),
        },
        "hornbook_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    plan.path.mkdir(parents=True, exist_ok=True)
    with atomic_path(plan.path / "lineage.json") as tmp:
        tmp.write_text(json.dumps(lineage, indent=2) + "\n", encoding="utf-8")


def train_on_corpus(
    plan: RunPlan,
    tokenizer_name: str,
    max_steps: int | None = None,
    root: str | Path | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Encode the corpus version with the tokenizer and train (resuming an unfinished run).

    `max_steps` is the run's length, as for `plan_run` (not an early stop).
    """
    config = with_run_length(plan.config, plan.path, max_steps)
    tok_dir, tok = open_tokenizer(tokenizer_name, root)
    plan.corpus.verify()
    if not (plan.path / "lineage.json").is_file():
        write_lineage(plan, tokenizer_name, tok_dir)
    # Encoded once per (corpus fingerprint, tokenizer) and memory-mapped on every later run.
    train_tokens = cached_token_stream(plan.corpus, "train", str(tok_dir), root)
    val_tokens = cached_token_stream(plan.corpus, "validation", str(tok_dir), root)
    return train(
        plan.path,
        train_tokens,
        val_tokens,
        config,
        vocab_size=tok.vocab_size,
        resume=True,
        progress=progress,
    )


def resolve_run(name_or_path: str, root: str | Path | None = None) -> Path:
    """A run directory from its path or its name under `<data-root>/models`."""
    if (Path(name_or_path) / "lineage.json").is_file():
        return Path(name_or_path)
    if looks_like_path(name_or_path):
        raise RefError(f"{name_or_path} is not a run directory (it has no lineage.json)")
    check_name("run", name_or_path)  # not a run folder: it must be a name
    if (models_dir(root) / name_or_path / "lineage.json").is_file():
        return models_dir(root) / name_or_path
    folder = models_dir(root)
    known = (
        sorted(p.name for p in folder.iterdir() if (p / "lineage.json").is_file())
        if folder.is_dir()
        else []
    )
    raise RefError(f"unknown run '{name_or_path}' (runs in {folder}: {', '.join(known) or 'none'})")


def _lineage(run_dir: Path) -> dict[str, Any]:
    if not (run_dir / "ckpt.pt").is_file():
        raise UserError(f"run {run_dir} has no checkpoint yet; train it first")
    return json.loads((run_dir / "lineage.json").read_text(encoding="utf-8"))


def score_on_texts(
    run_dir: Path,
    texts: list[str],
    num_samples: int = 4,
    judge: dict[str, Any] | None = None,
    eval_sets: Sequence[EvalSet] = (),
    loaded: LoadedRun | None = None,
) -> dict[str, Any]:
    """Score a run on given texts with the tokenizer it was trained with; writes score.json.

    Samples are checked against the vocabulary of the corpus the run was trained on: a model
    trained on a child-vocabulary corpus should answer in that vocabulary. Each evaluation
    set in `eval_sets` is scored too, with its 13-gram overlap with the run's training split
    (read from the corpus version of its lineage, when that version is still there).
    """
    lineage = _lineage(run_dir)
    _, tok = open_tokenizer(lineage["tokenizer"]["path"])
    vocabulary = None
    train_texts = None
    manifest = Path(lineage["corpus"]["path"]) / "manifest.json"
    if manifest.is_file():
        vocabulary = json.loads(manifest.read_text(encoding="utf-8"))["spec"]["recipe"].get(
            "vocabulary"
        )
        if eval_sets:
            train_texts = Catalog.load_path(manifest.parent).read_texts("train")
    return score_run(
        run_dir,
        texts,
        tok,
        num_samples=num_samples,
        vocabulary=vocabulary,
        judge=judge,
        eval_sets=eval_sets,
        train_texts=train_texts,
        loaded=loaded,
    )


@dataclass(frozen=True)
class MathScoring:
    """How many questions math runs are scored on, and the program token budget."""

    held_out: int = 50
    gsm8k: int = 20
    max_new_tokens: int = 256


# Bumped when score.json's content changes meaning, so an older file is never reused.
SCORE_FORMAT = 2


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def score_key(
    run_dir: Path,
    corpus_fingerprint: str,
    num_samples: int,
    judge: dict[str, Any] | None,
    math: MathScoring | None,
    eval_sets: Sequence[EvalSet],
    eval_docs: int | None = None,
) -> dict[str, Any]:
    """What a score depends on: the checkpoint's bytes and every scoring argument.

    Evaluation sets enter by name and content identity (file hash or corpus fingerprint),
    so editing an evaluation file invalidates the score; the judge by URL, model and the
    *name* of its key variable (never the key).
    """
    return {
        "format": SCORE_FORMAT,
        "checkpoint_sha256": _file_sha256(run_dir / "ckpt.pt"),
        "corpus_fingerprint": corpus_fingerprint,
        "num_samples": num_samples,
        "judge": judge,
        "math": asdict(math) if math is not None else None,
        "evals": [[e.name, e.identity] for e in eval_sets],
        "eval_docs": eval_docs,
    }


def run_eval_specs(run_dir: Path, evals: Sequence[str] | None) -> list[str]:
    """The evaluation sets a run is scored on: `evals` when given, else the defaults of its
    corpus's recipe kind (`tinystories-real` for stories, `gsm8k-test` for math)."""
    if evals is not None:
        return list(evals)
    lineage = _lineage(run_dir)
    manifest = Path(lineage["corpus"]["path"]) / "manifest.json"
    kind = None
    if manifest.is_file():
        kind = json.loads(manifest.read_text(encoding="utf-8"))["spec"]["recipe"].get("kind")
    return list(default_eval_sets(kind))


def score_run_dir(
    run_dir: Path,
    num_samples: int = 4,
    judge: dict[str, Any] | None = None,
    math: MathScoring | None = None,
    evals: Sequence[str] | None = None,
    force: bool = False,
    root: str | Path | None = None,
    eval_docs: int | None = None,
) -> dict[str, Any]:
    """Score a run on the validation split of exactly the corpus version it was trained on.

    Also on each evaluation set of `evals` (built-in names, JSONL/Parquet files, corpus
    refs; see `train.evalsets`); None means the defaults of the run's recipe kind, `[]`
    none; `eval_docs` scores only the first that many documents of each set (all when
    None). A run trained on a math corpus is also asked to solve questions: the first
    `math.held_out` validation questions of its corpus and the first `math.gsm8k` GSM8K
    test questions; each answer program runs in the sandbox and `score.json` gets a
    `math` section with the accuracies and what went wrong with the rest.

    An existing `score.json` is reused (and a line on stderr says so) when its
    `score_key` matches: same checkpoint bytes, same corpus, same arguments and the same
    evaluation-set contents. `force=True` scores again regardless.
    """
    lineage = _lineage(run_dir)
    eval_sets = [
        e.head(eval_docs) for e in resolve_eval_sets(run_eval_specs(run_dir, evals), root)
    ]  # user errors first
    corpus_path = Path(lineage["corpus"]["path"])
    corpus = Catalog.load_path(corpus_path)
    if corpus.fingerprint != lineage["corpus"]["fingerprint"]:
        raise UserError(
            f"{corpus_path} is no longer the corpus version run {run_dir.name} was trained on"
        )
    is_math = corpus.manifest["spec"]["recipe"]["kind"] == "math"
    math = (math or MathScoring()) if is_math else None
    key = score_key(run_dir, corpus.fingerprint, num_samples, judge, math, eval_sets, eval_docs)
    score_file = run_dir / SCORE_NAME
    if not force and score_file.is_file():
        try:
            previous = json.loads(score_file.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            previous = {}
        if previous.get("score_key") == key:
            print(
                f"reusing {score_file}: checkpoint and scoring arguments unchanged "
                "(--force to score again)",
                file=sys.stderr,
            )
            return previous
    loaded = load_run(run_dir)  # one checkpoint read for every scorer below
    result = score_on_texts(
        run_dir,
        corpus.read_texts("validation"),
        num_samples=num_samples,
        judge=judge,
        eval_sets=eval_sets,
        loaded=loaded,
    )
    if math is not None:
        tokenizer_dir = lineage["tokenizer"]["path"]
        result["math"] = _score_math(loaded.model, corpus, tokenizer_dir, math)
    result["score_key"] = key
    write_json(score_file, result)
    return result


def eval_lines(result: dict[str, Any]) -> list[str]:
    """One report line per evaluation set of a score: its bits/byte next to the corpus's own,
    and the contamination guard's verdict (for run reports)."""
    lines = []
    for name, part in result.get("evals", {}).items():
        guard = part.get("contamination") or {}
        verdict = ""
        if guard:
            verdict = (
                f"; CONTAMINATED: {guard['items_copied']} of {guard['items']} items largely "
                "in the training text"
                if guard["contaminated"]
                else f"; {guard['share_items_copied']:.1%} of items in the training text"
            )
        lines.append(
            f"- {name}: {part['bits_per_byte']:.4f} bits/byte (own validation "
            f"{result['bits_per_byte']:.4f}){verdict}"
        )
    return lines


def _score_math(
    model: Transformer, corpus: CorpusVersion, tokenizer_dir: str, math: MathScoring
) -> dict[str, Any]:
    import pyarrow.parquet as pq
    from hornbook.corpora.gsm8k import load_gsm8k
    from hornbook.train.math_eval import MathItem, math_accuracy

    table = pq.read_table(
        corpus.shard_paths("validation"), columns=["id", "question", "answer"]
    ).to_pylist()
    held_out = [MathItem(r["id"], r["question"], r["answer"]) for r in table[: math.held_out]]
    gsm8k = [MathItem(i.id, i.question, float(i.answer)) for i in load_gsm8k("test")[: math.gsm8k]]
    _, tok = open_tokenizer(tokenizer_dir)
    return {
        "held_out": math_accuracy(model, tok, held_out, math.max_new_tokens),
        "gsm8k_test": math_accuracy(model, tok, gsm8k, math.max_new_tokens),
        "max_new_tokens": math.max_new_tokens,
    }


def export_run(run_dir: Path, out_dir: Path) -> Path:
    """Export a run in the Hugging Face Llama format, with the tokenizer it was trained with."""
    from hornbook.train.export import export_hf

    lineage = _lineage(run_dir)
    return export_hf(run_dir, out_dir, tokenizer_dir=Path(lineage["tokenizer"]["path"]))
