"""End to end through the CLI: build ~2,000 stories -> tokenizer -> train `tiny` -> score."""

from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path

import datasets
import polars as pl
import pytest
from hornbook.corpora.catalog import Catalog, sha256_file

from tests.prefect_server import BIN

pytestmark = pytest.mark.slow


def test_build_tokenize_train_score(prefect_env: dict[str, str], tmp_path: Path) -> None:
    # The CLI runs the Prefect flows; pointing it at the session's server saves starting a
    # temporary one per command.
    env = {**prefect_env, "HORNBOOK_DATA": str(tmp_path / "data")}

    def hornbook(*args: str) -> str:
        result = subprocess.run(
            [str(BIN / "hornbook"), *args], env=env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, result.stderr[-4000:]
        return result.stdout.strip()

    ref = hornbook("build", "tinystories", "--set", "generator.samples=2000")
    assert ref == "tinystories@v1"
    version = Catalog(tmp_path / "data").resolve(ref)
    manifest = version.manifest
    assert manifest["counts"]["generated"] == 2000
    assert manifest["counts"]["published"] >= 1900

    # every shard's checksum matches the manifest
    for shard in manifest["shards"]:
        assert sha256_file(version.path / shard["path"]) == shard["sha256"]

    # the shards load with `datasets` and with polars
    ds = datasets.load_dataset(
        "parquet", data_dir=str(version.path / "data"), cache_dir=str(tmp_path / "hf-cache")
    )
    assert ds["train"].num_rows == manifest["counts"]["train"]
    assert ds["validation"].num_rows == manifest["counts"]["validation"]
    frame = pl.scan_parquet(str(version.path / "data" / "*.parquet")).select(pl.len()).collect()
    assert frame.item() == manifest["counts"]["published"]

    # building the same spec again publishes nothing new
    assert hornbook("build", "tinystories", "--set", "generator.samples=2000") == ref

    vocab_size = 512
    tok = hornbook(
        "tokenizer",
        "train",
        ref,
        "--kind",
        "bpe",
        "--vocab-size",
        str(vocab_size),
        "--name",
        "e2e-bpe",
    )
    meta = json.loads((tmp_path / "data" / "tokenizers" / tok / "meta.json").read_text())
    assert meta["vocab_size"] == vocab_size and meta["metrics"]["bytes_per_token"] > 2.0

    run_dir = Path(hornbook("train", ref, "--preset", "tiny", "--tokenizer", tok, "--name", "e2e"))
    lineage = json.loads((run_dir / "lineage.json").read_text())
    assert (
        lineage["corpus"]["ref"] == ref and lineage["corpus"]["fingerprint"] == version.fingerprint
    )
    assert lineage["tokenizer"]["name"] == tok

    score_path = Path(hornbook("score", "e2e"))
    score = json.loads(score_path.read_text())
    assert score_path == run_dir / "score.json"
    # a model that learned something: far below the loss of a uniform guess over the vocabulary
    assert score["val_loss"] < 0.5 * math.log(vocab_size)
    assert 0 < score["bits_per_byte"] < 0.5 * math.log2(vocab_size) * score["tokens_per_byte"]
    assert score["samples"] and all(s["text"] for s in score["samples"])
    # the real yardstick next to the corpus's own: template stories are not real ones
    real = score["evals"]["tinystories-real"]
    assert real["docs"] == 1158 and real["bits_per_byte"] > score["bits_per_byte"]
    # samples are checked against the corpus vocabulary; the template corpus is all in-vocabulary
    compliance = score["samples_vocab_compliance"]
    assert compliance["vocabulary"] == "child" and 0 <= compliance["mean_oov_rate"] < 0.5
    assert (run_dir / "loss.png").is_file()

    # export to the Hugging Face Llama format, loadable by transformers with its tokenizer
    export_dir = Path(hornbook("export", "e2e", "--format", "hf", "--out", str(tmp_path / "hf")))
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(export_dir)
    hf_tok = AutoTokenizer.from_pretrained(export_dir)
    text = ds["validation"][0]["text"]
    assert hf_tok(text, add_special_tokens=False)["input_ids"][:50]
    assert model.config.vocab_size == vocab_size and model.config.tie_word_embeddings

    # the tailoring decision: compression against embedding cost over vocabulary sizes
    sweep_dir = Path(hornbook("tokenizer", "sweep", ref, "--sizes", "512,1024"))
    rows = json.loads((sweep_dir / "sweep.json").read_text())["rows"]
    assert [r["vocab_size"] for r in rows] == [512, 1024]
    assert rows[1]["bytes_per_token"] > rows[0]["bytes_per_token"]
    assert (sweep_dir / "sweep.png").is_file()
