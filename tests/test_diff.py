"""`hornbook diff`: spec key paths, counts, drop reasons, stats, diversity, shards."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hornbook.corpora.diff import cmd_diff, diff_manifests, flatten, render_diff
from hornbook.corpora.errors import RefError, UserError
from hornbook.corpora.spec import load_spec


def _manifest(version: int, **changes) -> dict:
    spec = load_spec("tinystories").model_dump(mode="json")
    m = {
        "name": "tinystories",
        "version": version,
        "ref": f"tinystories@v{version}",
        "fingerprint": f"{version:064x}",
        "spec": spec,
        "counts": {"generated": 100, "published": 90, "rejected": 10},
        "stages": [
            {"stage": "generated", "dropped": 0, "documents": 100},
            {"stage": "length", "dropped": 10, "documents": 90},
            {"stage": "published", "dropped": 0, "documents": 90},
        ],
        "drop_reasons": {"too_short": 10},
        "stats": {
            "rows": 90,
            "words": {"mean": 150.0, "median": 148.0},
            "diversity": {"distinct_2": 0.3},
        },
        "usage": {"prompt_tokens": 0},
        "shards": [
            {
                "path": "data/train-00000-of-00001.parquet",
                "split": "train",
                "rows": 90,
                "bytes": 5000,
                "sha256": "x",
            }
        ],
    }
    for path, value in changes.items():
        node = m
        *parents, last = path.split("__")
        for part in parents:
            node = node[part]
        node[last] = value
    return m


def test_diff_reports_every_kind_of_change() -> None:
    a = _manifest(1)
    b = _manifest(2)
    b["spec"]["curate"]["max_oov_rate"] = 0.05
    b["spec"]["recipe"]["features"] = ["dialogue"]
    b["counts"].update(published=80, rejected=20)
    b["stages"][1].update(dropped=20, documents=80)
    b["drop_reasons"] = {"too_short": 12, "oov": 8}
    b["stats"]["words"]["mean"] = 160.0
    b["stats"]["diversity"]["distinct_2"] = 0.4
    b["shards"][0]["bytes"] = 4000
    d = diff_manifests(a, b)
    assert d["spec"]["curate.max_oov_rate"] == {
        "a": 0.1,
        "b": 0.05,
        "delta": -0.05,
        "relative": -0.5,
    }
    assert d["spec"]["recipe.features"]["b"] == ["dialogue"]
    assert set(d["spec"]) == {"curate.max_oov_rate", "recipe.features"}
    assert d["counts"]["published"]["delta"] == -10
    assert d["stages"]["length"] == {"a": 90, "b": 80, "delta": -10, "relative": -0.1111}
    assert d["drop_reasons"]["oov"] == {"a": None, "b": 8}
    assert d["stats"]["words.mean"]["delta"] == 10.0
    assert d["diversity"]["distinct_2"]["delta"] == 0.1
    assert d["shards"]["train.bytes"]["delta"] == -1000
    assert "usage" in d and d["usage"] == {}
    text = render_diff(d)
    assert "**tinystories@v1 → tinystories@v2**" in text
    assert "| curate.max_oov_rate | 0.1 | 0.05 | -0.05 (-50.0%) |" in text
    assert "### Drop reasons" in text and "| oov | — | 8 |" in text
    assert "### Token usage" not in text  # no differences, no section


def test_identical_versions_have_no_differences() -> None:
    a = _manifest(1)
    b = copy.deepcopy(a)
    d = diff_manifests(a, b)
    assert d["same_fingerprint"] and not any(d[k] for k in ("spec", "counts", "stats", "shards"))
    assert "No differences." in render_diff(d)


def test_flatten_key_paths() -> None:
    assert flatten({"a": {"b": 1, "c": {"d": [1]}}, "e": 2}) == {"a.b": 1, "a.c.d": [1], "e": 2}


def test_cmd_diff_resolves_refs_and_prints_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "data"
    for n, seed in ((1, 0), (2, 7)):
        folder = root / "corpora" / "tinystories" / f"v{n}"
        folder.mkdir(parents=True)
        m = _manifest(n)
        m["spec"]["seed"] = seed
        (folder / "manifest.json").write_text(json.dumps(m))
    assert cmd_diff(["tinystories@v1", "tinystories@latest"], str(root), as_json=True) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["spec"] == {"seed": {"a": 0, "b": 7, "delta": 7}}
    assert cmd_diff(["tinystories@v1", "tinystories@v2"], str(root)) == 0
    assert "| seed | 0 | 7 | +7 |" in capsys.readouterr().out
    with pytest.raises(UserError, match="two corpus references"):
        cmd_diff(["tinystories@v1"], str(root))
    with pytest.raises(RefError, match="no version v9"):
        cmd_diff(["tinystories@v1", "tinystories@v9"], str(root))


def test_hornbook_diff_command(tmp_path: Path) -> None:
    root = tmp_path / "data"
    for n in (1, 2):
        folder = root / "corpora" / "tinystories" / f"v{n}"
        folder.mkdir(parents=True)
        (folder / "manifest.json").write_text(json.dumps(_manifest(n)))
    hornbook = [sys.executable, "-m", "hornbook.flows.cli", "--data-root", str(root), "diff"]
    done = subprocess.run(
        [*hornbook, "tinystories@v1", "tinystories@v2", "--json"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["a"] == "tinystories@v1"
    missing = subprocess.run(
        [*hornbook, "tinystories@v1", "tinystories@v7"], capture_output=True, text=True
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
