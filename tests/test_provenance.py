"""Fingerprints follow the code: a change to what shapes shard bytes gives a new version.

The code-change tests copy the package folders into a temporary `hornbook/` tree, edit the
copy, and compute (or build) in a `python -I` subprocess that imports the copy, so the
checkout itself is never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from hornbook.corpora import provenance
from hornbook.corpora.build import build_corpus
from hornbook.corpora.publish import fingerprint
from hornbook.corpora.spec import load_spec

from tests.prefect_server import BIN
from tests.serve_helpers import REPO

SMALL = ["generator.samples=60", "executor.tasks=1", "executor.workers=1"]
FILTER_LINE = "        min_stopword_ratio: float = 0.2,\n"  # CharsetFilter's default threshold

_PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import hornbook.corpora
from hornbook.corpora.provenance import source_digest
from hornbook.corpora.publish import fingerprint
from hornbook.corpora.spec import load_spec
spec = load_spec("tinystories", json.loads(sys.argv[2]))
print(json.dumps({"file": hornbook.corpora.__file__, "digest": source_digest(),
                  "fingerprint": fingerprint(spec)}))
"""

_BUILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
import hornbook.corpora
from hornbook.corpora.build import build_corpus
result = build_corpus("tinystories", json.loads(sys.argv[2]), sys.argv[3])
print(json.dumps({"file": hornbook.corpora.__file__, "ref": result.version.ref,
                  "created": result.created, "fingerprint": result.version.fingerprint}))
"""


def _ignore(_: str, names: list[str]) -> set[str]:
    return {n for n in names if n == "__pycache__" or n.endswith(".pyc")}


def copy_checkout(tmp: Path) -> Path:
    """`tmp/site/hornbook/{corpora,tokenizer,train,flows}` (+ pyproject.toml in tmp/site):
    with `tmp/site` first on sys.path, `hornbook.corpora` resolves to the copy."""
    site = tmp / "site"
    for folder in ("corpora", "tokenizer", "train", "flows"):
        shutil.copytree(REPO / folder, site / "hornbook" / folder, ignore=_ignore)
    shutil.copy2(REPO / "pyproject.toml", site / "pyproject.toml")
    return site


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not found once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def run_in_copy(site: Path, script: str, *args: str) -> dict:
    """Run `script` with `python -I` (no PYTHONPATH, no user site) importing the copy."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-I", "-c", script, str(site), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=site.parent,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(out["file"]).resolve().is_relative_to(site.resolve()), out["file"]
    return out


# --------------------------------------------------------------------------- the file set


def test_every_module_is_in_the_digest_or_declared_descriptive() -> None:
    assert provenance.unclassified_modules() == []
    digested = set(provenance.digest_files())
    for rel in provenance.DESCRIBES_ONLY:
        assert (provenance.PACKAGE_DIR / rel).is_file(), f"stale DESCRIBES_ONLY entry {rel}"
        assert rel not in digested
    # What the issue names is in: filters, dedupe, publish, backends, recipes, vocab files.
    for rel in (
        "curate/filters.py",
        "curate/heuristics.py",
        "curate/dedupe.py",
        "curate/decontaminate.py",
        "publish.py",
        "rows.py",
        "spec.py",
        "backends/template/realise.py",
        "backends/template_math/program.py",
        "backends/llm_recipes.py",
        "backends/files.py",
        "recipes/stories.py",
        "sandbox/answers.py",
        "vocabulary.py",
        "vocab/child.json",
        "evalsets/gsm8k-test.jsonl.gz",
    ):
        assert rel in digested, rel


def test_a_new_module_must_be_classified(tmp_path: Path) -> None:
    site = copy_checkout(tmp_path)
    package = site / "hornbook" / "corpora"
    (package / "newstage.py").write_text("THRESHOLD = 3\n", encoding="utf-8")
    (package / "curate" / "newfilter.py").write_text("LIMIT = 1\n", encoding="utf-8")
    # A new curation module is digested by its folder's glob; a new top-level one is
    # neither digested nor declared, which is what the check reports.
    assert provenance.unclassified_modules(package) == ["newstage.py"]
    assert "curate/newfilter.py" in provenance.digest_files(package)


def test_digest_is_deterministic_cached_and_cheap(tmp_path: Path) -> None:
    site = copy_checkout(tmp_path)
    package = site / "hornbook" / "corpora"
    assert provenance.source_digest_of(package) == provenance.source_digest()
    started = time.perf_counter()
    fresh = provenance.source_digest_of(provenance.PACKAGE_DIR)
    elapsed = time.perf_counter() - started
    assert fresh == provenance.source_digest()
    assert elapsed < 2.0, f"digest took {elapsed:.2f} s"
    provenance.source_digest()
    assert provenance.source_digest.cache_info().hits >= 1
    versions = provenance.library_versions()
    assert set(versions) == {"python", *provenance.LIBRARIES}
    assert versions["python"] == f"{sys.version_info.major}.{sys.version_info.minor}"


# --------------------------------------------------------------------------- code changes


def test_a_filter_change_in_a_copy_changes_the_fingerprint(tmp_path: Path) -> None:
    spec = load_spec("tinystories", SMALL)
    here = {"digest": provenance.source_digest(), "fingerprint": fingerprint(spec)}
    overrides = json.dumps(SMALL)

    same = copy_checkout(tmp_path / "same")
    assert {k: v for k, v in run_in_copy(same, _PROBE, overrides).items() if k != "file"} == here

    described = copy_checkout(tmp_path / "card")  # a module that only describes a version
    edit(described / "hornbook/corpora/card.py", '"""The dataset card', '"""The card')
    assert run_in_copy(described, _PROBE, overrides)["fingerprint"] == here["fingerprint"]

    threshold = FILTER_LINE.replace("0.2", "0.9")
    for name, rel, change in [
        ("threshold", "curate/filters.py", lambda text: text.replace(FILTER_LINE, threshold)),
        ("vocab", "vocab/stop_words_en.txt", lambda text: text + "zebra\n"),
        ("realise", "backends/template/realise.py", lambda text: text + "# code too\n"),
    ]:
        site = copy_checkout(tmp_path / name)
        path = site / "hornbook/corpora" / rel
        before = path.read_text(encoding="utf-8")
        path.write_text(change(before), encoding="utf-8")
        assert path.read_text(encoding="utf-8") != before
        changed = run_in_copy(site, _PROBE, overrides)
        assert changed["digest"] != here["digest"], name
        assert changed["fingerprint"] != here["fingerprint"], name


def test_rebuilding_after_a_code_change_publishes_a_new_version(tmp_path: Path) -> None:
    """The same spec, built by changed code, is a new version, never "already exists";
    `hornbook show` says which code built each."""
    root = tmp_path / "data"
    first = build_corpus("tinystories", SMALL, root)
    assert first.created and first.version.ref == "tinystories@v1"
    assert not build_corpus("tinystories", SMALL, root).created  # same code: a no-op

    site = copy_checkout(tmp_path / "changed")
    edit(
        site / "hornbook/corpora/curate/filters.py",
        FILTER_LINE,
        FILTER_LINE.replace("0.2", "0.45"),  # about half the template stories fail it
    )
    out = run_in_copy(site, _BUILD, json.dumps(SMALL), str(root))
    assert out["created"] and out["ref"] == "tinystories@v2"
    assert out["fingerprint"] != first.version.fingerprint

    shown = []
    for ref in ("tinystories@v1", "tinystories@v2"):
        done = subprocess.run(
            [str(BIN / "hornbook"), "show", ref, "--json", "--data-root", str(root)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        shown.append(json.loads(done.stdout))
    v1, v2 = shown
    assert v1["code"]["digest"] == provenance.source_digest()
    assert v2["code"]["digest"] != v1["code"]["digest"]
    assert v1["code"]["libraries"] == provenance.library_versions()
    assert v1["code_version"] == f"hornbook 0.1.0, code {v1['code']['digest'][:12]}"
    # The changed threshold really ran: far fewer stories pass the English check.
    assert v2["drop_reasons"].get("not_english", 0) > v1["drop_reasons"].get("not_english", 0)

    text = subprocess.run(
        [str(BIN / "hornbook"), "show", "tinystories@v2", "--data-root", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert text.returncode == 0, text.stderr
    assert f"code         {v2['code']['digest']}" in text.stdout
    assert f"datatrove {provenance.library_versions()['datatrove']}" in text.stdout
    assert v2["code_version"] in text.stdout


def test_user_files_named_by_the_spec_enter_the_fingerprint(tmp_path: Path) -> None:
    evalset = tmp_path / "evalset.jsonl"
    evalset.write_text('{"question": "How many apples does Tom have?"}\n', encoding="utf-8")
    overrides = [*SMALL, f"curate.decontamination.sets=['{evalset}']"]
    before = fingerprint(load_spec("tinystories", overrides))
    evalset.write_text('{"question": "How many pears does Mia have?"}\n', encoding="utf-8")
    assert fingerprint(load_spec("tinystories", overrides)) != before
