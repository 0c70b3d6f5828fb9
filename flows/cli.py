"""`hornbook`: the command-line door into the same flows the Prefect deployments run.

User errors (bad spec, unknown ref, bad flag, tampered shard) print one clear message and
exit 2; anything else is a bug or an environment failure and exits 1. Inputs are validated
here, before a flow starts, so a user error never surfaces as a Prefect traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hornbook.flows  # noqa: F401  (offline-safe environment defaults, before Prefect is imported)
from hornbook.corpora.errors import NothingKept, UserError
from hornbook.corpora.names import check_name

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-root",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where corpora, tokenizers and models live (default: $HORNBOOK_DATA, else ./data)",
    )
    return common


# name -> (module with `main(argv) -> int`, help line)
PASSTHROUGH: dict[str, tuple[str, str]] = {
    "sandbox": (
        "hornbook.corpora.sandbox.cli",
        "run untrusted `solution()` programs in the sandbox (one JSON line per file)",
    ),
    "serve": ("hornbook.train.serve", "serve a trained run over an OpenAI-compatible HTTP API"),
}


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="hornbook",
        description="Synthetic corpora, tailored tokenizers and tiny models, versioned end to end.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "build", parents=[common], help="build and publish a corpus version from a spec"
    )
    p.add_argument("spec", help="a spec name (see `hornbook specs`) or a path to a YAML spec")
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY.PATH=VALUE",
        help="override one spec value (repeatable), e.g. --set generator.samples=100",
    )

    sub.add_parser("specs", parents=[common], help="list the built-in specs")

    p = sub.add_parser("list", parents=[common], help="list published corpus versions")
    p.add_argument("--json", action="store_true", help="print the list as JSON")

    p = sub.add_parser("show", parents=[common], help="show one corpus version")
    p.add_argument("ref", help="NAME@vN, NAME@latest, NAME@<fingerprint prefix> or a path")
    p.add_argument("--json", action="store_true", help="print the manifest as JSON")

    p = sub.add_parser(
        "verify", parents=[common], help="check a version's shards against its manifest"
    )
    p.add_argument(
        "ref", help="a corpus version: NAME@vN, NAME@latest, NAME@<fingerprint prefix> or a path"
    )

    p = sub.add_parser("sample", parents=[common], help="print a few documents of a version")
    p.add_argument("ref", help="NAME@vN, NAME@latest, NAME@<fingerprint prefix> or a path")
    p.add_argument("-n", type=int, default=5, help="how many documents (default 5)")
    p.add_argument("--seed", type=int, default=0, help="which random draw (default 0)")
    p.add_argument(
        "--where", default=None, metavar="SQL", help='SQL condition, e.g. "word_count > 200"'
    )
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    p = sub.add_parser(
        "rejected", parents=[common], help="print documents the curation dropped, and why"
    )
    p.add_argument("ref", help="NAME@vN, NAME@latest, NAME@<fingerprint prefix> or a path")
    p.add_argument("--reason", default=None, help="only this drop reason (see `hornbook show`)")
    p.add_argument("-n", type=int, default=5, help="how many documents (default 5)")
    p.add_argument("--where", default=None, metavar="SQL", help="SQL condition on the rejects")
    p.add_argument("--json", action="store_true", help="one JSON object per line")

    tok = sub.add_parser("tokenizer", parents=[common], help="tailored tokenizers")
    tok_sub = tok.add_subparsers(dest="tokenizer_command", required=True, metavar="COMMAND")
    p = tok_sub.add_parser("train", parents=[common], help="train a tokenizer on a corpus version")
    p.add_argument("ref", help="the corpus version to train on (NAME@vN, NAME@latest, ...)")
    p.add_argument(
        "--kind",
        choices=["bpe", "unigram", "byte"],
        default="bpe",
        help="SentencePiece BPE (default) or unigram, or plain bytes (no training)",
    )
    p.add_argument(
        "--vocab-size", type=int, default=None, help="vocabulary size (required for bpe, unigram)"
    )
    p.add_argument(
        "--name", default=None, help="the tokenizer's name (default: <corpus>-v<N>-<kind><size>)"
    )

    p = tok_sub.add_parser(
        "sweep", parents=[common], help="compression against embedding cost over vocabulary sizes"
    )
    p.add_argument("ref", help="the corpus version to measure on (NAME@vN, NAME@latest, ...)")
    p.add_argument(
        "--kind", choices=["bpe", "unigram"], default="bpe", help="tokenizer kind (default: bpe)"
    )
    p.add_argument(
        "--sizes",
        default="256,512,1024,2048,4096,8192",
        help="comma-separated vocab sizes; with --train, 'byte' adds the byte tokenizer",
    )
    p.add_argument(
        "--train",
        metavar="PRESET",
        default=None,
        help="also train this preset with each tokenizer on the same bytes and rank by --eval",
    )
    p.add_argument(
        "--eval",
        dest="eval_set",
        metavar="SET",
        default="tinystories-real",
        help="with --train: the evaluation set to rank on (see `score --eval`)",
    )
    p.add_argument(
        "--byte-budget",
        type=int,
        default=None,
        metavar="BYTES",
        help="with --train: bytes of text each proxy reads (default: the preset's "
        "steps x tokens per step)",
    )
    p.add_argument("--seed", type=int, default=None, help="with --train: the proxies' seed")

    p = sub.add_parser("train", parents=[common], help="train a model on a corpus version")
    p.add_argument("ref", help="the corpus version to train on (NAME@vN, NAME@latest, ...)")
    p.add_argument("--preset", default="tiny", help="model and schedule preset (default: tiny)")
    p.add_argument(
        "--tokenizer", default=None, help="a trained tokenizer's name (default: train one)"
    )
    p.add_argument(
        "--name", default=None, help="the run's name (default: derived from corpus and preset)"
    )
    p.add_argument(
        "--max-steps",
        type=int,
        default=None,
        help="the run's length in steps (default: the preset's); the learning-rate schedule, "
        "the progress bar and the saved config follow it",
    )
    p.add_argument("--score", action="store_true", help="score the model when training ends")

    p = sub.add_parser(
        "score", parents=[common], help="score a trained run on its validation split"
    )
    p.add_argument("run", help="a run directory or a run name under <data-root>/models")
    p.add_argument(
        "--samples", type=int, default=4, help="stories to generate into score.json (default: 4)"
    )
    p.add_argument(
        "--eval",
        dest="evals",
        action="append",
        default=None,
        metavar="SET",
        help="also score on SET (repeatable): tinystories-real, gsm8k-test, a JSONL/Parquet "
        "file with a text field, or a corpus ref (its validation split); default: "
        "tinystories-real for story runs, gsm8k-test for math runs",
    )
    p.add_argument(
        "--eval-docs",
        type=int,
        default=None,
        metavar="N",
        help="score only the first N documents of each evaluation set (default: all, "
        "at most 2,000 of a file or corpus)",
    )
    p.add_argument(
        "--force", action="store_true", help="score again even if score.json is up to date"
    )
    p.add_argument("--judge-url", default=None, help="OpenAI-compatible API root of an LLM judge")
    p.add_argument("--judge-model", default=None, help="the judge's model name")
    p.add_argument("--judge-key-env", default=None, help="env var holding the judge's API key")
    p.add_argument(
        "--math-questions", type=int, default=50, help="math runs: held-out questions to solve"
    )
    p.add_argument("--gsm8k", type=int, default=20, help="math runs: GSM8K test questions to solve")
    p.add_argument(
        "--max-program-tokens", type=int, default=256, help="math runs: tokens per program"
    )

    p = sub.add_parser("export", parents=[common], help="export a trained run for other tools")
    p.add_argument("run", help="a run directory or a run name under <data-root>/models")
    p.add_argument(
        "--format", choices=["hf"], default="hf", help="hf: Hugging Face Llama (safetensors)"
    )
    p.add_argument("--out", required=True, metavar="DIR", help="a new folder to write")

    p = sub.add_parser(
        "compare", parents=[common], help="rank corpus versions by training the same proxy on each"
    )
    p.add_argument("refs", nargs="+", metavar="REF", help="two or more corpus versions")
    p.add_argument("--preset", default="tiny", help="the proxy model's preset (default: tiny)")
    p.add_argument(
        "--tokenizer", default=None, help="one shared tokenizer (default: one per corpus)"
    )
    p.add_argument(
        "--max-steps", type=int, default=None, help="each run's length in steps (default: preset's)"
    )
    p.add_argument("--name", default=None, help="the comparison's name (default: derived)")
    p.add_argument(
        "--eval",
        dest="evals",
        action="append",
        default=[],
        metavar="SET",
        help="also score every proxy on SET (repeatable; see `score --eval`) and rank by the first",
    )

    p = sub.add_parser("diff", parents=[common], help="compare two corpus versions' stats")
    p.add_argument("a", metavar="REF_A", help="the first corpus version")
    p.add_argument("b", metavar="REF_B", help="the second corpus version")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")

    sub.add_parser(
        "serve-deployments",
        parents=[common],
        help="serve the Prefect deployments build-corpus/<spec> and train-model/default",
    )
    # Commands with parsers of their own: everything after the name is theirs.
    for name, (_, help_text) in PASSTHROUGH.items():
        p = sub.add_parser(name, help=help_text, add_help=False)
        p.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def _root(args: argparse.Namespace) -> str | None:
    return getattr(args, "data_root", None)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, default=str))


@contextlib.contextmanager
def _results_only_stdout() -> Iterator[None]:
    """Send everything written to stdout meanwhile to stderr, from any thread or child.

    stdout carries a command's result only (`ref=$(hornbook build ...)`), but a build runs
    Prefect, DataTrove workers and threads that may print. Python-level writes follow
    `sys.stdout`; forked or spawned workers inherit file descriptor 1, so that is pointed at
    stderr too, and restored before the result is printed.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1)
    try:
        os.dup2(2, 1)
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stderr.flush()
        with contextlib.suppress(ValueError, OSError):
            sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def cmd_build(args: argparse.Namespace) -> int:
    from hornbook.corpora import build

    plan = build.plan(args.spec, args.overrides, _root(args))  # the one plan of this build
    decision = build.decide(plan)
    if decision is build.Decision.EXISTING:
        assert plan.existing is not None
        print(
            f"{plan.existing.ref} already has fingerprint {plan.fingerprint[:12]}: nothing to build",
            file=sys.stderr,
        )
        print(plan.existing.ref)
        return EXIT_OK
    build.preflight(plan)  # before Prefect starts: a user error here is one line, exit 2
    if decision is build.Decision.SUBMIT:
        # Slurm runs the stages later, on the cluster; the last job publishes the version.
        with _results_only_stdout():
            outcome = build.execute(plan)
        for job in outcome.jobs:
            print(f"submitted {job.stage}: Slurm job {job.job_id} ({job.script})", file=sys.stderr)
        print("the version appears in `hornbook list` when the jobs finish", file=sys.stderr)
        return EXIT_OK
    from hornbook.flows.build_corpus import build_corpus_flow

    with _results_only_stdout():
        state = build_corpus_flow(
            spec=args.spec,
            overrides=args.overrides,
            data_root=_root(args),
            planned=plan.to_params(),
            return_state=True,
        )
        ref = state.result()  # raises the flow's error (NothingKept, a UserError, ...)
    version = build.Catalog(_root(args)).resolve(ref)
    counts = version.manifest["counts"]
    print(
        f"published {ref}: {counts['train']:,} train / {counts['validation']:,} validation rows "
        f"({counts['generated']:,} generated) at {version.path}",
        file=sys.stderr,
    )
    print(ref)
    return EXIT_OK


def cmd_specs(args: argparse.Namespace) -> int:
    from hornbook.corpora.spec import available_specs, load_spec

    for name, path in available_specs().items():
        spec = load_spec(path)
        print(f"{name:24s} {spec.description.strip().splitlines()[0] if spec.description else ''}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from hornbook.corpora.catalog import Catalog

    catalog = Catalog(_root(args))
    versions = list(catalog.all_versions())
    if args.json:
        _print_json(
            [
                {
                    "ref": v.ref,
                    "fingerprint": v.fingerprint,
                    "created_at": v.manifest["created_at"],
                    "rows": v.manifest["counts"]["published"],
                    "path": str(v.path),
                }
                for v in versions
            ]
        )
        return EXIT_OK
    if not versions:
        print(f"no corpus versions under {catalog.corpora_dir}", file=sys.stderr)
        return EXIT_OK
    for v in versions:
        counts = v.manifest["counts"]
        print(
            f"{v.ref:28s} {v.fingerprint[:12]}  {counts['published']:>9,} rows  {v.manifest['created_at']}"
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from hornbook.corpora.catalog import Catalog

    version = Catalog(_root(args)).resolve(args.ref)
    manifest = version.manifest
    if args.json:
        _print_json(manifest)
        return EXIT_OK
    counts, stats = manifest["counts"], manifest["stats"]
    print(f"{version.ref}  ({version.path})")
    print(f"  fingerprint  {manifest['fingerprint']}")
    print(f"  created      {manifest['created_at']} by {manifest['code_version']}")
    if code := manifest.get("code"):  # versions published before the code digest lack it
        print(f"  code         {code['digest']}")
        libraries = ", ".join(f"{k} {v}" for k, v in code["libraries"].items())
        print(f"  libraries    {libraries}")
    print(f"  spec         {manifest['spec_source']}")
    print(f"  parent       {manifest['parent'] or '-'}")
    print("  counts       " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print(
        "  dropped      "
        + (", ".join(f"{k} {v:,}" for k, v in manifest["drop_reasons"].items()) or "-")
    )
    print(f"  words/doc    mean {stats['words']['mean']}, median {stats['words']['median']}")
    for shard in manifest["shards"]:
        print(f"  {shard['path']:44s} {shard['rows']:>8,} rows  sha256 {shard['sha256'][:12]}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from hornbook.corpora.catalog import Catalog

    version = Catalog(_root(args)).resolve(args.ref)
    version.verify()
    print(f"{version.ref}: {len(version.manifest['shards'])} shards match the manifest")
    return EXIT_OK


def cmd_sample(args: argparse.Namespace) -> int:
    from hornbook.corpora.catalog import Catalog
    from hornbook.corpora.peek import format_documents, format_json_lines, sample_documents

    version = Catalog(_root(args)).resolve(args.ref)
    docs = sample_documents(version, args.n, args.seed, args.where)
    if not docs:
        print(f"{version.ref}: no documents match", file=sys.stderr)
        return EXIT_OK
    print(format_json_lines(docs) if args.json else format_documents(docs, version.ref))
    return EXIT_OK


def cmd_rejected(args: argparse.Namespace) -> int:
    from hornbook.corpora.catalog import Catalog
    from hornbook.corpora.peek import format_documents, format_json_lines, rejected_documents

    version = Catalog(_root(args)).resolve(args.ref)
    docs = rejected_documents(version, args.reason, args.n, args.where)
    if not docs:
        print(f"{version.ref}: no rejected documents match", file=sys.stderr)
        return EXIT_OK
    print(format_json_lines(docs) if args.json else format_documents(docs, version.ref))
    return EXIT_OK


def cmd_tokenizer_sweep(args: argparse.Namespace) -> int:
    from hornbook.corpora.catalog import Catalog
    from hornbook.tokenizer.corpus import sweep_corpus

    if args.train is not None:
        return _trained_sweep(args)
    try:
        sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
    except ValueError:
        raise UserError(f"--sizes {args.sizes!r}: expected comma-separated integers") from None
    if not sizes:
        raise UserError("--sizes is empty")
    version = Catalog(_root(args)).resolve(args.ref)
    out = sweep_corpus(version, sizes, args.kind, _root(args))
    print((out / "sweep.md").read_text(encoding="utf-8"), file=sys.stderr)
    print(out)
    return EXIT_OK


def _trained_sweep(args: argparse.Namespace) -> int:
    from hornbook.corpora.catalog import Catalog
    from hornbook.tokenizer.corpus import sweeps_dir
    from hornbook.train.evalsets import resolve_eval_set
    from hornbook.train.presets import get_preset
    from hornbook.train.tokenizer_sweep import parse_sizes, trained_sweep

    sizes, with_byte = parse_sizes(args.sizes)
    get_preset(args.train)  # user errors before any work
    eval_set = resolve_eval_set(args.eval_set, _root(args))
    version = Catalog(_root(args)).resolve(args.ref)
    out = sweeps_dir(_root(args)) / f"{version.name}-v{version.version}-{args.kind}-{args.train}"
    rows = trained_sweep(
        version.read_texts("train"),
        version.read_texts("validation"),
        sizes,
        args.kind,
        with_byte,
        args.train,
        eval_set,
        out,
        byte_budget=args.byte_budget,
        seed=args.seed,
    )
    print((out / "sweep.md").read_text(encoding="utf-8"), file=sys.stderr)
    best = min(rows, key=lambda r: r["bits_per_byte"])
    print(f"best on {eval_set.name}: {best['tokenizer']}", file=sys.stderr)
    print(out)
    return EXIT_OK


def cmd_tokenizer_train(args: argparse.Namespace) -> int:
    from hornbook.corpora.catalog import Catalog
    from hornbook.tokenizer.corpus import ensure_tokenizer

    if args.name is not None:
        check_name("tokenizer", args.name)  # before anything else: it becomes a folder
    version = Catalog(_root(args)).resolve(args.ref)
    with _results_only_stdout():  # SentencePiece and its progress talk while training
        name, path, created = ensure_tokenizer(
            version, args.kind, args.vocab_size, args.name, _root(args)
        )
    state = "trained" if created else "already exists, reused"
    print(f"tokenizer {name} {state} at {path}", file=sys.stderr)
    print(name)
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from hornbook.flows.train_model import train_model_flow
    from hornbook.train.runs import plan_run

    if args.name is not None:
        check_name("run", args.name)
    run = plan_run(
        args.ref, args.preset, args.tokenizer, args.name, _root(args), max_steps=args.max_steps
    )  # user errors here, --max-steps included
    with _results_only_stdout():
        run_dir = train_model_flow(
            corpus=run.corpus_ref,
            preset=args.preset,
            tokenizer=args.tokenizer,
            run_name=run.name,
            max_steps=args.max_steps,
            score=args.score,
            data_root=_root(args),
        )
    print(run_dir)
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    from hornbook.train.runs import MathScoring, resolve_run, score_run_dir

    run_dir = resolve_run(args.run, _root(args))
    judge = None
    if args.judge_url or args.judge_model:
        if not (args.judge_url and args.judge_model):
            raise UserError("--judge-url and --judge-model go together")
        judge = {
            "base_url": args.judge_url,
            "model": args.judge_model,
            "api_key_env": args.judge_key_env,
        }
    for flag, least in (("math_questions", 0), ("gsm8k", 0), ("max_program_tokens", 1)):
        if getattr(args, flag) < least:
            raise UserError(f"--{flag.replace('_', '-')} must be at least {least}")
    math = MathScoring(args.math_questions, args.gsm8k, args.max_program_tokens)
    result = score_run_dir(
        run_dir,
        num_samples=args.samples,
        judge=judge,
        math=math,
        evals=args.evals,
        force=args.force,
        root=_root(args),
        eval_docs=args.eval_docs,
    )
    print(
        f"{run_dir.name}: val_loss {result['val_loss']:.4f}, bits/byte {result['bits_per_byte']:.4f} "
        f"-> {run_dir / 'score.json'}",
        file=sys.stderr,
    )
    for name, part in result.get("evals", {}).items():
        guard = part.get("contamination", {})
        flag = (
            f"  CONTAMINATED: {guard['items_copied']}/{guard['items']} items in the training text"
            if guard.get("contaminated")
            else ""
        )
        print(
            f"  eval {name}: bits/byte {part['bits_per_byte']:.4f}, loss {part['loss']:.4f} "
            f"({part['docs']} docs){flag}",
            file=sys.stderr,
        )
    for name, part in result.get("math", {}).items():
        if isinstance(part, dict):
            print(
                f"  math {name}: {part['correct']}/{part['questions']} correct "
                f"({part['accuracy']:.1%}); {part['outcomes']}",
                file=sys.stderr,
            )
    print(run_dir / "score.json")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from hornbook.train.runs import export_run, resolve_run

    with _results_only_stdout():
        out = export_run(resolve_run(args.run, _root(args)), Path(args.out))
    print(f"exported {args.run} ({args.format}) to {out}", file=sys.stderr)
    print(out)
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from hornbook.flows.compare import compare_corpora_flow
    from hornbook.train.compare import plan_comparison
    from hornbook.train.evalsets import resolve_eval_sets

    if args.name is not None:
        check_name("comparison", args.name)
    plan_comparison(
        args.refs, args.preset, args.tokenizer, args.name, _root(args)
    )  # user errors here
    resolve_eval_sets(args.evals, _root(args))  # and here
    with _results_only_stdout():
        out = Path(
            compare_corpora_flow(
                corpora=args.refs,
                preset=args.preset,
                tokenizer=args.tokenizer,
                max_steps=args.max_steps,
                name=args.name,
                data_root=_root(args),
                evals=args.evals,
            )
        )
    record = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    for row in record["ranking"]:
        print(
            f"{row['rank']}. {row['corpus']:32s} {row['rank_bits_per_byte']:.4f} bits/byte "
            f"on {record['ranked_on']}",
            file=sys.stderr,
        )
    print(out)
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from hornbook.corpora.diff import cmd_diff as diff

    return diff([args.a, args.b], _root(args), as_json=args.json)


def _passthrough(args: argparse.Namespace) -> int:
    import importlib

    module = importlib.import_module(PASSTHROUGH[args.command][0])
    rest = list(args.rest)
    if args.command == "serve" and _root(args) and "--data-root" not in rest:
        rest += ["--data-root", str(_root(args))]
    return int(module.main(rest))


def cmd_serve_deployments(args: argparse.Namespace) -> int:
    from hornbook.flows.serve import serve_deployments

    serve_deployments(_root(args))
    return EXIT_OK


COMMANDS = {
    "build": cmd_build,
    "specs": cmd_specs,
    "list": cmd_list,
    "show": cmd_show,
    "verify": cmd_verify,
    "sample": cmd_sample,
    "rejected": cmd_rejected,
    "train": cmd_train,
    "score": cmd_score,
    "export": cmd_export,
    "compare": cmd_compare,
    "diff": cmd_diff,
    "serve-deployments": cmd_serve_deployments,
    **{name: _passthrough for name in PASSTHROUGH},
}
TOKENIZER_COMMANDS = {"train": cmd_tokenizer_train, "sweep": cmd_tokenizer_sweep}


def _split_passthrough(argv: list[str]) -> argparse.Namespace | None:
    """`[--data-root D] sandbox|serve ARGS...` -> a namespace, since argparse's REMAINDER
    drops leading options such as `--help`; None for every other command."""
    i, root = 0, None
    while i < len(argv) and argv[i].startswith("--data-root"):
        if argv[i] == "--data-root" and i + 1 < len(argv):
            root, i = argv[i + 1], i + 2
        else:
            root, i = argv[i].partition("=")[2], i + 1
    if i < len(argv) and argv[i] in PASSTHROUGH:
        args = argparse.Namespace(command=argv[i], rest=argv[i + 1 :])
        if root:
            args.data_root = root
        return args
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _split_passthrough(argv) or build_parser().parse_args(argv)
    if args.command == "tokenizer":
        handler = TOKENIZER_COMMANDS[args.tokenizer_command]
    else:
        handler = COMMANDS[args.command]
    try:
        return handler(args)
    except UserError as exc:
        print(f"hornbook: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NothingKept as exc:
        print(f"hornbook: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("hornbook: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _reader_went_away()


EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what `yes | head` reports for `yes`


def _reader_went_away() -> int:
    """`hornbook show ... | head`: the reader closed the pipe; stop quietly.

    Python would flush stdout again at exit and print "Exception ignored ... BrokenPipeError",
    so stdout is pointed at /dev/null first.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
