"""The `files` backend: JSONL, JSONL.gz, Parquet and saved Hugging Face datasets become
documents of the row contract, in a deterministic order, with clear errors for bad input."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from hornbook.corpora.backends.files import (
    ReadFiles,
    check_files_source,
    resolve_files,
    source_digest,
)
from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import load_spec

REPO = Path(__file__).resolve().parents[1]
STORIES = [f"Story number {i}. Tom and his dog played in the park all day." for i in range(10)]


def _spec(tmp_path: Path, path: str, **generator):
    spec_file = tmp_path / "mine.yaml"
    spec_file.write_text(
        yaml.safe_dump(
            {
                "name": "mine",
                "extends": "tinystories",
                "generator": {"backend": "files", "path": path, **generator},
            }
        )
    )
    return load_spec(str(spec_file))


def _read(spec, rank: int = 0, world_size: int = 1):
    return list(ReadFiles(spec).run(rank=rank, world_size=world_size))


def _jsonl(path: Path, rows: list[dict]) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in rows)
    return path


def test_jsonl_gz_and_parquet_read_in_sorted_order_with_global_index(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _jsonl(data / "b.jsonl.gz", [{"text": t, "extra": 1} for t in STORIES[4:7]])
    _jsonl(data / "a.jsonl", [{"text": t} for t in STORIES[:4]])
    pq.write_table(pa.table({"text": STORIES[7:], "n": [7, 8, 9]}), data / "c.parquet")
    spec = _spec(tmp_path, str(data / "*"), samples=100)
    docs = _read(spec)
    assert [d.text for d in docs] == STORIES
    assert [d.metadata["index"] for d in docs] == list(range(10))
    first, last = docs[0].metadata, docs[-1].metadata
    assert first["source"] == str((data / "a.jsonl").resolve())
    assert last["source"] == str((data / "c.parquet").resolve())
    assert first["backend"] == "files" and first["seed"] == spec.seed
    assert first["recipe"] == "stories" and first["story"] == STORIES[0]
    # a directory reads the same files as the glob
    assert [d.text for d in _read(_spec(tmp_path, str(data), samples=100))] == STORIES
    # tasks partition rows by index; together they read every row once
    parts = [_read(spec, rank, 3) for rank in range(3)]
    assert sorted(d.metadata["index"] for p in parts for d in p) == list(range(10))
    assert all(d.metadata["index"] % 3 == 1 for d in parts[1])


def test_text_key_and_samples_cap(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "s.jsonl", [{"body": t} for t in STORIES])
    assert [d.text for d in _read(_spec(tmp_path, str(path), text_key="body", samples=3))] == (
        STORIES[:3]
    )
    # a spec that never sets samples (here: no `extends`) reads every row
    spec_file = tmp_path / "plain.yaml"
    spec_file.write_text(
        yaml.safe_dump(
            {
                "name": "plain",
                "generator": {"backend": "files", "path": str(path), "text_key": "body"},
            }
        )
    )
    assert len(_read(load_spec(str(spec_file)))) == len(STORIES)


def test_hugging_face_dataset_saved_to_disk(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    target = tmp_path / "hf"
    datasets.Dataset.from_dict({"content": STORIES[:5]}).save_to_disk(str(target))
    docs = _read(_spec(tmp_path, str(target), text_key="content", samples=100))
    assert [d.text for d in docs] == STORIES[:5]
    assert docs[0].metadata["source"] == str(target.resolve())
    dd = tmp_path / "hfdict"
    datasets.DatasetDict(
        {
            "train": datasets.Dataset.from_dict({"text": STORIES[:3]}),
            "test": datasets.Dataset.from_dict({"text": STORIES[3:5]}),
        }
    ).save_to_disk(str(dd))
    docs = _read(_spec(tmp_path, str(dd), samples=100))
    assert [d.text for d in docs] == STORIES[3:5] + STORIES[:3]  # splits in sorted order
    assert docs[0].metadata["source"].endswith("[test]")


def test_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no file matches"):
        resolve_files(str(tmp_path / "nothing-*.jsonl"))
    wrong = _jsonl(tmp_path / "wrong.jsonl", [{"story": "x", "title": "y"}])
    with pytest.raises(UserError, match=r"wrong\.jsonl: no field 'text'.*story, title"):
        check_files_source(_spec(tmp_path, str(wrong)))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "a"\n')
    with pytest.raises(UserError, match=r"broken\.jsonl:1: not valid JSON"):
        check_files_source(_spec(tmp_path, str(broken)))
    fake_gz = tmp_path / "fake.jsonl.gz"
    fake_gz.write_bytes(b"not gzip at all")
    with pytest.raises(UserError, match=r"fake\.jsonl\.gz: cannot read as JSONL"):
        check_files_source(_spec(tmp_path, str(fake_gz)))
    fake_pq = tmp_path / "fake.parquet"
    fake_pq.write_bytes(b"PAR1 nope")
    with pytest.raises(UserError, match=r"fake\.parquet: not a readable Parquet file"):
        check_files_source(_spec(tmp_path, str(fake_pq)))
    pq.write_table(pa.table({"body": ["a"]}), tmp_path / "nokey.parquet")
    with pytest.raises(UserError, match=r"nokey\.parquet: no field 'text'.*body"):
        check_files_source(_spec(tmp_path, str(tmp_path / "nokey.parquet")))
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(UserError, match=r"notes\.txt is neither JSONL"):
        resolve_files(str(tmp_path / "notes.txt"))
    # ReadFiles checks up front, when the pipeline is assembled, not inside a worker
    with pytest.raises(UserError, match="no field 'text'"):
        ReadFiles(_spec(tmp_path, str(wrong)))


def test_source_digest_changes_with_the_data(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "s.jsonl", [{"text": t} for t in STORIES])
    spec = _spec(tmp_path, str(path))
    before = source_digest(spec)
    assert source_digest(spec) == before
    _jsonl(path, [{"text": t} for t in STORIES[:5]])
    assert source_digest(spec) != before


def test_cli_reports_a_bad_files_source_in_one_line(tmp_path: Path) -> None:
    wrong = _jsonl(tmp_path / "wrong.jsonl", [{"story": "x"}])
    spec_file = tmp_path / "mine.yaml"
    spec_file.write_text(
        yaml.safe_dump(
            {
                "name": "mine",
                "extends": "tinystories",
                "generator": {"backend": "files", "path": str(wrong)},
            }
        )
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "hornbook.flows.cli",
            "build",
            str(spec_file),
            "--data-root",
            str(tmp_path),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert "wrong.jsonl: no field 'text'" in lines[0] and "Traceback" not in proc.stderr
