"""Tests for the tokenizer package, on real TinyStories text.

The reference stories are trained on (first 800) and evaluated on (the rest, ~358 stories)
exactly the way a corpus version's train/val splits are. Vocab sizes are small so the whole
module trains in a few seconds on 2 cores.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hornbook.corpora.errors import IntegrityError, RefError, UserError
from hornbook.tokenizer import (
    TOKENIZER_KINDS,
    ByteTokenizer,
    SentencePieceTokenizer,
    Tokenizer,
    load_tokenizer,
    tokenizer_metrics,
    train_sentencepiece,
    train_tokenizer,
)
from hornbook.tokenizer.hf_export import HF_FILENAMES as HF_FILES
from hornbook.tokenizer.store import FORMAT_VERSION

REPO = Path(__file__).resolve().parents[1]
N_TRAIN = 800
VOCAB = 1024
SOURCE = {"corpus": "tinystories-ref@v1", "fingerprint": "abc123"}

# Text a story corpus can contain that naive SentencePiece settings would not roundtrip:
# paragraph breaks (also leading, trailing and doubled), runs of spaces, digits, curly and
# straight quotes, characters absent from training (byte fallback), tabs and CRLF.
EDGE_CASES = [
    'Lily said, "Hi!"\nTom said, "Hello."',
    "\nStarts with a newline and ends with two\n\n",
    "Two  spaces,   three,\tand a tab.  ",
    " leading space",
    "She had 12 apples and 305 pears in 2024.",
    "\u201cCurly quotes\u201d, it\u2019s \u2014 dashes \u2013 and\u2026 dots",
    "Unseen: caf\u00e9 \u00fcber \u4e2d\u6587 \U0001f642 \u2713",
    "Windows line\r\nending",
    "<s> looks special </s> <pad> <unk> but is text",
    "",
]


@pytest.fixture(scope="module")
def stories(reference_stories: list[str]) -> list[str]:
    texts = reference_stories
    assert len(texts) > N_TRAIN + 100
    return texts


@pytest.fixture(scope="module")
def train_texts(stories: list[str]) -> list[str]:
    return stories[:N_TRAIN]


@pytest.fixture(scope="module")
def val_texts(stories: list[str]) -> list[str]:
    return stories[N_TRAIN:]


@pytest.fixture(scope="module")
def trained(tmp_path_factory, train_texts, val_texts) -> dict[str, tuple[Path, dict]]:
    """One tokenizer directory of each kind: kind -> (path, meta)."""
    root = tmp_path_factory.mktemp("tokenizers")
    out = {}
    for kind in TOKENIZER_KINDS:
        path = root / f"ts-{kind}"
        vocab = None if kind == "byte" else VOCAB
        meta = train_tokenizer(
            iter(train_texts), val_texts, path, kind, vocab, f"ts-{kind}", SOURCE
        )
        out[kind] = (path, meta)
    return out


@pytest.fixture(scope="module")
def loaded(trained) -> dict[str, Tokenizer]:
    return {kind: load_tokenizer(path) for kind, (path, _) in trained.items()}


# --- lossless roundtrip --------------------------------------------------------------------


@pytest.mark.parametrize("kind", TOKENIZER_KINDS)
def test_roundtrip_held_out_stories(loaded, val_texts, kind):
    tok = loaded[kind]
    broken = [t for t in val_texts if tok.decode(tok.encode(t)) != t]
    assert broken == []
    assert sum("\n" in t for t in val_texts) > 100  # the paragraph breaks were exercised


@pytest.mark.parametrize("kind", TOKENIZER_KINDS)
@pytest.mark.parametrize("text", EDGE_CASES)
def test_roundtrip_edge_cases(loaded, kind, text):
    tok = loaded[kind]
    assert tok.decode(tok.encode(text)) == text


def test_newline_is_one_token(loaded):
    for kind in ("bpe", "unigram"):
        tok = loaded[kind]
        ids = tok.encode("Hi.\nBye.")
        assert [tok.id_to_piece(i) for i in ids].count("\n") == 1


# --- compression ---------------------------------------------------------------------------


def test_compression_vs_byte_baseline(trained):
    metrics = {kind: meta["metrics"] for kind, (_, meta) in trained.items()}
    assert metrics["byte"]["bytes_per_token"] == 1.0
    # Measured on the 358 held-out reference stories: bpe 2.94, unigram 2.90 bytes/token.
    assert metrics["bpe"]["bytes_per_token"] > 2.6
    assert metrics["unigram"]["bytes_per_token"] > 2.6
    for kind in ("bpe", "unigram"):
        m = metrics[kind]
        assert m["tokens_per_word"] < 2.5
        assert m["chars_per_token"] > 2.5
        # Story text is nearly all ASCII: the byte fallback is rare but does happen
        # (curly quotes and dashes are in train, so it is about exotic characters only).
        assert 0.0 <= m["byte_fallback_share"] < 0.01
        assert 0.3 < m["vocab_utilisation"] <= 1.0


def test_metrics_fields(loaded, val_texts):
    byte_metrics = tokenizer_metrics(loaded["byte"], val_texts)
    n_bytes = sum(len(t.encode()) for t in val_texts)
    assert byte_metrics["n_texts"] == len(val_texts)
    assert byte_metrics["n_bytes"] == byte_metrics["n_tokens"] == n_bytes
    assert byte_metrics["byte_fallback_share"] is None  # all bytes by design
    assert 0 < byte_metrics["vocab_utilisation"] < 1  # specials and most bytes unused

    bpe = loaded["bpe"]
    m = tokenizer_metrics(bpe, val_texts)
    assert m["n_tokens"] == sum(len(bpe.encode(t)) for t in val_texts)
    assert m["bytes_per_token"] == pytest.approx(n_bytes / m["n_tokens"])

    unseen = tokenizer_metrics(bpe, ["\U0001f642\U0001f642"])  # 8 bytes, all fallback
    assert unseen["byte_fallback_share"] == 1.0
    empty = tokenizer_metrics(bpe, [])
    assert empty["n_tokens"] == 0 and empty["bytes_per_token"] is None


# --- special ids ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", TOKENIZER_KINDS)
def test_special_ids(loaded, val_texts, kind):
    tok = loaded[kind]
    assert isinstance(tok, Tokenizer)
    specials = {tok.pad_id, tok.bos_id, tok.eos_id}
    assert len(specials) == 3
    assert all(0 <= i < tok.vocab_size for i in specials)
    produced = {i for ids in tok.encode_batch(val_texts + EDGE_CASES) for i in ids}
    assert not produced & (specials | set(tok.special_ids.values()))
    assert all(0 <= i < tok.vocab_size for i in produced)


@pytest.mark.parametrize("kind", TOKENIZER_KINDS)
def test_decode_drops_specials(loaded, val_texts, kind):
    tok = loaded[kind]
    text = val_texts[0]
    ids = [tok.bos_id, *tok.encode(text), tok.eos_id, tok.pad_id, tok.pad_id]
    assert tok.decode(ids) == text
    with pytest.raises(ValueError, match="outside"):
        tok.decode([tok.vocab_size])


def test_byte_tokenizer_layout():
    tok = ByteTokenizer()
    assert (tok.vocab_size, tok.pad_id, tok.bos_id, tok.eos_id) == (259, 256, 257, 258)
    assert tok.encode("hé") == [104, 0xC3, 0xA9]
    assert tok.decode([104, 0xC3]) == "h\ufffd"  # a cut multi-byte char is replaced


# --- batch encoding ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", TOKENIZER_KINDS)
def test_encode_batch_matches_encode(loaded, val_texts, kind):
    tok = loaded[kind]
    texts = val_texts[:50] + EDGE_CASES
    assert tok.encode_batch(texts) == [tok.encode(t) for t in texts]
    assert tok.encode_batch([]) == []


# --- meta.json and the directory -----------------------------------------------------------


@pytest.mark.parametrize("kind", TOKENIZER_KINDS)
def test_meta_json(trained, val_texts, kind):
    path, returned = trained[kind]
    meta = json.loads((path / "meta.json").read_text())
    assert meta == returned
    assert meta["format_version"] == FORMAT_VERSION
    assert meta["name"] == f"ts-{kind}"
    assert meta["kind"] == kind
    assert meta["source"] == SOURCE
    assert meta["metrics"]["n_texts"] == len(val_texts)
    assert meta["created_at"].endswith("+00:00")
    if kind == "byte":
        assert meta["vocab_size"] == 259
        assert meta["special_ids"] == {"pad": 256, "bos": 257, "eos": 258}
        assert set(meta["files"]) == set(HF_FILES)
        assert sorted(p.name for p in path.iterdir()) == sorted(["meta.json", *HF_FILES])
    else:
        assert meta["vocab_size"] == VOCAB
        assert meta["special_ids"] == {"pad": 3, "bos": 1, "eos": 2, "unk": 0}
        assert set(meta["files"]) == {"tokenizer.model", *HF_FILES}
        assert len(meta["files"]["tokenizer.model"]["sha256"]) == 64
        assert meta["training"]["n_texts"] == N_TRAIN
        assert meta["training"]["n_paragraphs_used"] == meta["training"]["n_paragraphs"]
        assert meta["training"]["split_digits"] is True
        assert meta["training"]["character_coverage"] == 1.0
        assert meta["training"]["user_defined_symbols"] == []
        assert sorted(p.name for p in path.iterdir()) == sorted(
            ["meta.json", "tokenizer.model", *HF_FILES]
        )


def test_loaded_matches_trained_kind(loaded, trained):
    assert isinstance(loaded["bpe"], SentencePieceTokenizer)
    assert isinstance(loaded["byte"], ByteTokenizer)
    for kind, tok in loaded.items():
        assert tok.kind == kind
        assert tok.vocab_size == trained[kind][1]["vocab_size"]


def test_existing_out_dir_is_refused(trained, train_texts, val_texts):
    path, _ = trained["bpe"]
    before = (path / "tokenizer.model").read_bytes()
    with pytest.raises(UserError, match=f"tokenizer ts-bpe already exists at {path}"):
        train_tokenizer(train_texts[:50], val_texts[:5], path, "bpe", 400, "ts-bpe", SOURCE)
    assert (path / "tokenizer.model").read_bytes() == before


def _entries(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir()) if directory.exists() else []


@pytest.mark.parametrize("kind", ["bpe", "unigram"])
def test_too_small_vocab_is_a_user_error_and_leaves_nothing(tmp_path, train_texts, kind):
    out = tmp_path / "toks" / "tiny"
    with pytest.raises(UserError, match=r"vocab_size 300 is too small .* at least \d+"):
        train_tokenizer(train_texts[:100], [], out, kind, 300, "tiny", SOURCE)
    assert _entries(tmp_path / "toks") == []
    with pytest.raises(UserError, match="vocab_size 100 is too small"):
        train_tokenizer(train_texts[:100], [], out, kind, 100, "tiny", SOURCE)
    assert _entries(tmp_path / "toks") == []


@pytest.mark.parametrize("kind", ["bpe", "unigram"])
def test_too_few_texts_is_a_user_error(tmp_path, kind):
    out = tmp_path / "few"
    with pytest.raises(UserError, match=r"vocab_size 1024 is too large .* at most \d+"):
        train_tokenizer(["Tom ran home."] * 3, [], out, kind, 1024, "few", SOURCE)
    with pytest.raises(UserError, match="empty"):
        train_tokenizer(["", "\n\n"], [], out, kind, 1024, "few", SOURCE)
    assert _entries(tmp_path) == []


def test_bad_kind_and_vocab_arguments(tmp_path, train_texts):
    out = tmp_path / "t"
    with pytest.raises(UserError, match="unknown tokenizer kind 'wordpiece'"):
        train_tokenizer(train_texts, [], out, "wordpiece", 1000, "t", SOURCE)
    with pytest.raises(UserError, match="fixed vocab_size of 259"):
        train_tokenizer(train_texts, [], out, "byte", 1000, "t", SOURCE)
    with pytest.raises(UserError, match="needs a vocab_size"):
        train_tokenizer(train_texts, [], out, "bpe", None, "t", SOURCE)
    assert _entries(tmp_path) == []
    meta = train_tokenizer([], ["a b"], out, "byte", 259, "t", SOURCE)
    assert meta["vocab_size"] == 259


# --- load_tokenizer errors -----------------------------------------------------------------


def test_load_missing_dir_or_meta(tmp_path):
    with pytest.raises(RefError, match=str(tmp_path / "nope")):
        load_tokenizer(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(RefError, match="meta.json is missing"):
        load_tokenizer(tmp_path / "empty")


def _copy_tokenizer(src: Path, dst: Path) -> Path:
    dst.mkdir()
    for file in src.iterdir():
        (dst / file.name).write_bytes(file.read_bytes())
    return dst


def test_load_corrupt_model(tmp_path, trained):
    copy = _copy_tokenizer(trained["bpe"][0], tmp_path / "copy")
    assert load_tokenizer(copy).encode("Hi") == load_tokenizer(trained["bpe"][0]).encode("Hi")

    (copy / "tokenizer.model").write_bytes(b"not a model")
    with pytest.raises(IntegrityError, match="SHA-256"):
        load_tokenizer(copy)

    # Even with a matching checksum, an unparsable model is a clean UserError.
    meta = json.loads((copy / "meta.json").read_text())
    meta["files"]["tokenizer.model"]["sha256"] = hashlib.sha256(b"not a model").hexdigest()
    (copy / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(UserError, match="not a usable SentencePiece model"):
        load_tokenizer(copy)

    (copy / "tokenizer.model").unlink()
    with pytest.raises(UserError, match="missing"):
        load_tokenizer(copy)


def test_load_corrupt_meta(tmp_path, trained):
    copy = _copy_tokenizer(trained["unigram"][0], tmp_path / "copy")
    (copy / "meta.json").write_text("{not json")
    with pytest.raises(IntegrityError, match="unreadable"):
        load_tokenizer(copy)
    good = dict(trained["unigram"][1])
    (copy / "meta.json").write_text(json.dumps({**good, "vocab_size": 999}))
    with pytest.raises(IntegrityError, match="does not match"):
        load_tokenizer(copy)
    (copy / "meta.json").write_text(json.dumps({**good, "format_version": 99}))
    with pytest.raises(IntegrityError, match="format version 99"):
        load_tokenizer(copy)


# --- determinism ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["bpe", "unigram"])
def test_training_is_deterministic(tmp_path, train_texts, kind):
    texts = train_texts[:300]
    first = train_sentencepiece(iter(texts), tmp_path / "a", kind, 512)
    second = train_sentencepiece(iter(texts), tmp_path / "b", kind, 512)
    assert first.model_file.read_bytes() == second.model_file.read_bytes()


def test_sampling_caps_and_is_seeded(tmp_path, train_texts):
    texts = train_texts[:300]
    a = train_sentencepiece(texts, tmp_path / "a", "bpe", 400, max_sentences=200, seed=1)
    b = train_sentencepiece(texts, tmp_path / "b", "bpe", 400, max_sentences=200, seed=1)
    c = train_sentencepiece(texts, tmp_path / "c", "bpe", 400, max_sentences=200, seed=2)
    assert a.n_paragraphs > 200 and a.n_paragraphs_used == 200
    assert a.model_file.read_bytes() == b.model_file.read_bytes()
    assert a.model_file.read_bytes() != c.model_file.read_bytes()


# --- options for small models --------------------------------------------------------------


def test_split_digits_option(tmp_path, train_texts):
    texts = train_texts[:300] + ["In 1999 there were 1999 cats and 1999 dogs."] * 50
    split = load_tokenizer(_train(tmp_path / "split", texts, "bpe", 600, split_digits=True)).encode(
        "1999"
    )
    merged_dir = _train(tmp_path / "merged", texts, "bpe", 600, split_digits=False)
    merged = load_tokenizer(merged_dir).encode("1999")
    assert len(split) == 4
    assert len(merged) < 4
    assert json.loads((merged_dir / "meta.json").read_text())["training"]["split_digits"] is False


def _train(path: Path, texts, kind, vocab, **options) -> Path:
    train_tokenizer(texts, [], path, kind, vocab, path.name, SOURCE, **options)
    return path


@pytest.mark.parametrize("kind", ["bpe", "unigram"])
def test_user_defined_symbols_stay_whole(tmp_path, train_texts, kind):
    symbols = ["<|question|>", "<|answer|>"]
    path = _train(tmp_path / kind, train_texts[:300], kind, 500, user_defined_symbols=symbols)
    tok = load_tokenizer(path)
    text = "<|question|>Where is Tom?<|answer|> Tom is at <|question|>home."
    ids = tok.encode(text)
    assert ids.count(5) == 2 and ids.count(6) == 1
    assert tok.decode(ids) == text
    assert tok.encode("Hi.\nBye.").count(4) == 1  # "\n" keeps id 4
    meta = json.loads((path / "meta.json").read_text())
    assert meta["training"]["user_defined_symbols"] == symbols


@pytest.mark.parametrize(
    ("symbols", "message"),
    [
        (["<|q|>", "<|q|>"], "listed twice"),
        (["two words"], "must not contain whitespace"),
        (["<s>"], "reserved"),
        (["<0x41>"], "reserved"),
        ([""], "non-empty"),
        ("<|q|>", "list of strings"),
    ],
)
def test_bad_user_defined_symbols(tmp_path, train_texts, symbols, message):
    with pytest.raises(UserError, match=message):
        _train(tmp_path / "t", train_texts[:50], "bpe", 500, user_defined_symbols=symbols)
    assert not (tmp_path / "t").exists()


def test_user_symbols_count_towards_the_vocab(tmp_path, train_texts):
    symbols = [f"<|s{i}|>" for i in range(300)]
    with pytest.raises(UserError, match="300 user-defined symbols"):
        _train(tmp_path / "t", train_texts[:50], "bpe", 500, user_defined_symbols=symbols)
    with pytest.raises(UserError, match="byte tokenizer cannot have user-defined symbols"):
        _train(tmp_path / "b", [], "byte", None, user_defined_symbols=["<|q|>"])


def test_character_coverage_below_one_uses_byte_fallback(tmp_path, train_texts, val_texts):
    path = _train(tmp_path / "cov", train_texts, "unigram", 600, character_coverage=0.99)
    tok = load_tokenizer(path)
    assert json.loads((path / "meta.json").read_text())["training"]["character_coverage"] == 0.99
    assert all(tok.decode(tok.encode(t)) == t for t in val_texts[:100])


def test_embedding_params(trained):
    from hornbook.tokenizer.metrics import embedding_params

    assert embedding_params(1024, 256) == 262_144
    assert embedding_params(1024, 256, tied=False) == 524_288
    with pytest.raises(ValueError):
        embedding_params(-1, 8)
    bpe = trained["bpe"][1]["metrics"]["embedding_params"]
    assert bpe == {"64": 65_536, "128": 131_072, "256": 262_144, "512": 524_288}
    assert trained["byte"][1]["metrics"]["embedding_params"]["256"] == 259 * 256
