"""The Hugging Face export must tokenise exactly like hornbook, id for id.

Trained on the first 800 reference stories and compared on all of them (train and held
out) plus edge cases: paragraph breaks, quotes, digits (split_digits), characters that only
the byte fallback can spell. Checked both through `PreTrainedTokenizerFast(tokenizer_file=)`
and `from_pretrained(tok_dir)`, for encoding and for decoding.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
from hornbook.tokenizer import TOKENIZER_KINDS, load_tokenizer, train_tokenizer  # noqa: E402
from hornbook.tokenizer.hf_export import HF_FILENAMES, HF_TOKENIZER_FILENAME  # noqa: E402
from hornbook.tokenizer.store import export_tokenizer_json  # noqa: E402
from transformers import PreTrainedTokenizerFast  # noqa: E402

from tests.test_token_cache import reference_stories  # noqa: E402
from tests.test_tokenizer import EDGE_CASES  # noqa: E402

N_TRAIN = 800
VOCAB = 1024
LITERAL_SPECIALS = "<s> looks special </s> <pad> <unk> but is text"
MORE_EDGE_CASES = [
    "1 22 333 4444 0.5 and 2,024,000",
    "\u201cDon\u2019t go!\u201d she said. 'OK,' he said.\n\n\"Fine.\"",
    "\U0001f600\U0001f642 \u00e9\u00e8\u00ea \u0416\u0438\u0437\u043d\u044c \u3053\u3093\u306b\u3061\u306f",
    "   \n  \n",
    "a" * 500,
    "Tab\tand\u00a0no-break space",
]
# hornbook never reads special pieces out of text; `tokenizers` does unless told to split
# them. Only the default loader (no split_special_tokens) differs, and only here.
EXACT_CASES = [t for t in EDGE_CASES if t != LITERAL_SPECIALS] + MORE_EDGE_CASES


@pytest.fixture(scope="module")
def stories() -> list[str]:
    return reference_stories()


@pytest.fixture(scope="module")
def trained(tmp_path_factory, stories) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("export")
    out = {}
    for kind in TOKENIZER_KINDS:
        path = root / kind
        vocab = None if kind == "byte" else VOCAB
        train_tokenizer(stories[:N_TRAIN], stories[N_TRAIN:], path, kind, vocab, kind, {})
        out[kind] = path
    return out


@pytest.mark.parametrize("kind", TOKENIZER_KINDS)
def test_tokenizer_file_encodes_and_decodes_identically(trained, stories, kind):
    ours = load_tokenizer(trained[kind])
    hf = PreTrainedTokenizerFast(tokenizer_file=str(trained[kind] / HF_TOKENIZER_FILENAME))
    texts = stories + EXACT_CASES
    expected = ours.encode_batch(texts)
    got = hf(texts, add_special_tokens=False)["input_ids"]
    mismatches = [t for t, a, b in zip(texts, expected, got, strict=True) if a != b]
    assert mismatches == []
    # add_special_tokens=True (the transformers default) adds no BOS/EOS either.
    assert hf(stories[0])["input_ids"] == expected[0]
    decoded = hf.batch_decode(got, skip_special_tokens=True, clean_up_tokenization_spaces=False)
    assert decoded == [ours.decode(ids) for ids in expected] == texts
    # Specials are dropped on decode, like ours.
    with_specials = [ours.bos_id, *expected[0], ours.eos_id, ours.pad_id]
    assert hf.decode(with_specials, skip_special_tokens=True) == ours.decode(with_specials)


@pytest.mark.parametrize("kind", TOKENIZER_KINDS)
def test_from_pretrained_directory(trained, stories, kind):
    ours = load_tokenizer(trained[kind])
    hf = PreTrainedTokenizerFast.from_pretrained(str(trained[kind]))
    assert (hf.bos_token_id, hf.eos_token_id, hf.pad_token_id) == (
        ours.bos_id,
        ours.eos_id,
        ours.pad_id,
    )
    assert len(hf) == ours.vocab_size
    # tokenizer_config.json turns on split_special_tokens, so literal "<s>" matches too,
    # except in unigram (see test_unigram_literal_piece_names).
    texts = stories[N_TRAIN:] + EXACT_CASES + ([LITERAL_SPECIALS] if kind != "unigram" else [])
    assert hf(texts)["input_ids"] == ours.encode_batch(texts)
    assert hf.decode(ours.encode(LITERAL_SPECIALS)) == LITERAL_SPECIALS


def test_unigram_literal_piece_names(trained):
    """The one known difference: a unigram vocabulary in `tokenizers` also matches the
    names of special and byte pieces ("<s>", "<0x41>") in text. They get a hopeless score,
    so with every character of the name in the vocabulary the ordinary pieces win; but a
    character missing from it ("<" in these stories) can only be spelled through the
    (even lower scored) unknown path, and then the piece name wins."""
    ours = load_tokenizer(trained["unigram"])
    hf = PreTrainedTokenizerFast.from_pretrained(str(trained["unigram"]))
    assert "<" not in hf.get_vocab()  # only reachable through the byte fallback here
    for text in ("<s>", "<0x41>"):
        assert hf(text)["input_ids"] != ours.encode(text)
        assert len(hf(text)["input_ids"]) == 1
    # Piece names made of in-vocabulary characters are not affected.
    assert "s" in hf.get_vocab() and "pad" not in hf.get_vocab()
    assert hf("spad")["input_ids"] == ours.encode("spad")


def test_literal_special_text_is_the_documented_corner(trained):
    """Without split_special_tokens, `tokenizers` reads "<s>" in text as the BOS token."""
    ours = load_tokenizer(trained["bpe"])
    hf = PreTrainedTokenizerFast(tokenizer_file=str(trained["bpe"] / HF_TOKENIZER_FILENAME))
    assert ours.bos_id not in ours.encode(LITERAL_SPECIALS)
    assert ours.bos_id in hf(LITERAL_SPECIALS)["input_ids"]
    split = PreTrainedTokenizerFast(
        tokenizer_file=str(trained["bpe"] / HF_TOKENIZER_FILENAME), split_special_tokens=True
    )
    assert split(LITERAL_SPECIALS)["input_ids"] == ours.encode(LITERAL_SPECIALS)


@pytest.mark.parametrize("kind", ["bpe", "unigram"])
def test_options_are_exported(tmp_path, stories, kind):
    """User-defined symbols stay whole, and without split_digits numbers merge, in both."""
    path = tmp_path / kind
    meta = train_tokenizer(
        stories[:300],
        [],
        path,
        kind,
        600,
        kind,
        {},
        split_digits=False,
        user_defined_symbols=["<|question|>", "<|answer|>"],
    )
    assert meta["training"]["split_digits"] is False
    assert meta["training"]["user_defined_symbols"] == ["<|question|>", "<|answer|>"]
    ours = load_tokenizer(path)
    hf = PreTrainedTokenizerFast(tokenizer_file=str(path / HF_TOKENIZER_FILENAME))
    texts = [
        "<|question|> Where did Tim go?<|answer|>To the park.",
        "<|question|><|question|> 12 and 100",
        *stories[300:400],
    ]
    assert hf(texts, add_special_tokens=False)["input_ids"] == ours.encode_batch(texts)
    assert ours.encode("<|question|>") == [5] and ours.encode("<|answer|>") == [6]


def test_existing_directory_without_export_still_loads_and_exports(trained, tmp_path, stories):
    """A tokenizer trained before the export existed: no tokenizer.json, none in meta."""
    src = trained["unigram"]
    old = tmp_path / "old"
    old.mkdir()
    meta = json.loads((src / "meta.json").read_text())
    meta["files"] = {"tokenizer.model": meta["files"]["tokenizer.model"]}
    (old / "meta.json").write_text(json.dumps(meta))
    (old / "tokenizer.model").write_bytes((src / "tokenizer.model").read_bytes())

    ours = load_tokenizer(old)
    written = export_tokenizer_json(old)
    assert written == old / HF_TOKENIZER_FILENAME and written.is_file()
    assert written.read_bytes() == (src / HF_TOKENIZER_FILENAME).read_bytes()
    hf = PreTrainedTokenizerFast(tokenizer_file=str(written))
    assert hf(stories[:50], add_special_tokens=False)["input_ids"] == ours.encode_batch(
        stories[:50]
    )
    # A new directory already has it, checksummed: returned as is; a copy goes elsewhere.
    assert export_tokenizer_json(src) == src / HF_TOKENIZER_FILENAME
    copy = export_tokenizer_json(trained["byte"], tmp_path / "copy" / "byte.json")
    assert copy.read_bytes() == (trained["byte"] / HF_TOKENIZER_FILENAME).read_bytes()


def test_export_files_are_checksummed(trained, tmp_path):
    src = trained["bpe"]
    copy = tmp_path / "copy"
    copy.mkdir()
    for file in src.iterdir():
        (copy / file.name).write_bytes(file.read_bytes())
    meta = json.loads((src / "meta.json").read_text())
    assert set(HF_FILENAMES) <= set(meta["files"])
    (copy / HF_TOKENIZER_FILENAME).write_text("{}")
    from hornbook.corpora.errors import IntegrityError

    with pytest.raises(IntegrityError, match="tokenizer.json does not match"):
        load_tokenizer(copy)
