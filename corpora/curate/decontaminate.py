"""N-gram decontamination against named evaluation sets, on DataTrove's `NGramsDecontFilter`.

DataTrove's indexer (`NGramsDecontIndexer`) needs lighteval and the hub, so hornbook writes
the index itself, in exactly the format the filter reads: one `<set>.index.hashes` file per
evaluation set, a flat array of the xxhash64 of every normalised n-gram (numpy uint64, the
dtype of `HashConfig().np_descr`), loaded by `NGramsDecontFilter.load_index_hashes`.

Normalisation follows TinyGSM (13-grams after removing punctuation and numbers): numbers are
*deleted* before DataTrove's `simplify_text` (lowercase, punctuation to spaces, whitespace
collapsed, diacritics dropped). DataTrove's own `norm_numbers` would rewrite each number to
`0`, which still breaks an n-gram when a planted copy writes "1,250" where the original says
"7" (`0 0` against `0`); deleting them makes a question with changed numbers match its
original. Words are split on whitespace by `WhitespaceWords`, handed to the filter as its
`language` (DataTrove accepts a WordTokenizer there): after punctuation removal spaCy's
blank English tokenizer splits the same way but costs ~2 ms a document. Index writer and
filter call one function, `ngram_tokens`, so they cannot drift apart.

What is compared: the document's whole `text`. For math rows that is the question followed
by the program, whose docstring repeats the question, so every n-gram of the question is
checked, and so is anything an LLM copied into its program; n-grams that mix code tokens
never occur in an evaluation question, so checking the whole text costs no false drops. For
stories the text is the story. Evaluation items contribute their question (GSM8K; for a
JSONL set, `question`, else `text`), which is what TinyGSM decontaminated against.

Which item matched: the stock filter records only the set (`contaminated_task`), because
its index maps a hash to a file name. `ItemNGramsDecontFilter` is a small subclass that also
loads a sidecar (`<set>.owners.*.npy`, `<set>.items.json`, ignored by the stock loader's
`*.index.hashes` glob) and names the evaluation item sharing the most n-grams with the
document (`contaminated_by: gsm8k-test-00042`), plus the matching n-gram.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.decont.n_grams import NGramsDecontConfig, NGramsDecontFilter
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.hashing import HashConfig, create_hash_func
from datatrove.utils.text import NUMBERS_PATTERN, TextNormConfig, ngrams, simplify_text
from datatrove.utils.word_tokenizers import WordTokenizer
from hornbook.corpora.curate.suite import RejectsFactory
from hornbook.corpora.errors import UserError
from hornbook.corpora.jsonl import iter_records
from hornbook.corpora.spec import CorpusSpec

DECONT_INDEX_VERSION = "1"
MANIFEST = "index.json"


class WhitespaceWords(WordTokenizer):
    """Words of normalised (punctuation-free) text: a whitespace split."""

    def __init__(self) -> None:
        super().__init__("whitespace")

    def word_tokenize(self, text: str) -> list[str]:
        return text.split()

    def sent_tokenize(self, text: str) -> list[str]:
        return [text]

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        return [(0, len(text))]


def decont_config(n: int) -> NGramsDecontConfig:
    """DataTrove's config for hornbook's index: n-grams of the evaluation question only
    (`find_query_ngrams`), numbers deleted beforehand so `norm_numbers` is off."""
    return NGramsDecontConfig(
        n_grams=n,
        find_query_ngrams=True,
        find_overlap_ngrams=False,
        norm_config=TextNormConfig(norm_numbers=False),
        hash_config=HashConfig(precision=64, hash_fc="xxhash"),
    )


def normalise(text: str, config: NGramsDecontConfig) -> str:
    """TinyGSM's normalisation: numbers deleted, then DataTrove's `simplify_text`."""
    return simplify_text(NUMBERS_PATTERN.sub(" ", text), config.norm_config)


def ngram_tokens(text: str, config: NGramsDecontConfig) -> list[str]:
    """The n-grams (space-joined) that index writer and filter both hash."""
    words = WhitespaceWords().word_tokenize(normalise(text, config))
    return [" ".join(gram) for gram in ngrams(words, config.n_grams)]


# --------------------------------------------------------------------------- evaluation sets


def set_file_name(set_ref: str) -> str:
    """The index file stem of a set: `gsm8k-test`, or a path's stem made filename-safe."""
    if set_ref == "gsm8k-test" or set_ref == "gsm8k-train":
        return set_ref
    stem = Path(set_ref).name
    for suffix in (".gz", ".jsonl", ".json"):
        stem = stem.removesuffix(suffix)
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem) or "evalset"


def _set_source(set_ref: str) -> Path:
    if set_ref in ("gsm8k-test", "gsm8k-train"):
        from hornbook.corpora.gsm8k import split_path

        return split_path(set_ref.removeprefix("gsm8k-"))
    path = Path(set_ref)
    if not path.is_file():
        raise UserError(
            f"curate.decontamination.sets: '{set_ref}' is neither a shipped set (gsm8k-test) "
            "nor an existing JSONL file"
        )
    return path


def load_eval_items(set_ref: str) -> list[tuple[str, str]]:
    """(item id, text) for every item of an evaluation set."""
    if set_ref in ("gsm8k-test", "gsm8k-train"):
        from hornbook.corpora.gsm8k import load_gsm8k

        return [(item.id, item.question) for item in load_gsm8k(set_ref.removeprefix("gsm8k-"))]
    path = _set_source(set_ref)
    name = set_file_name(set_ref)
    items = []
    for line_no, record in iter_records(path):
        text = record.get("question") or record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise UserError(f"{path}:{line_no}: needs a 'question' or 'text' string")
        item_id = record.get("id")
        items.append((str(item_id) if item_id else f"{name}-{line_no - 1:05d}", text))
    return items


# --------------------------------------------------------------------------- index


def _index_key(spec: CorpusSpec) -> dict:
    decont = spec.curate.decontamination
    sets = []
    for set_ref in decont.sets:
        digest = hashlib.sha256(_set_source(set_ref).read_bytes()).hexdigest()
        sets.append({"ref": set_ref, "file": set_file_name(set_ref), "sha256": digest})
    return {"version": DECONT_INDEX_VERSION, "n": decont.n, "sets": sets}


def _write_set(folder: Path, set_ref: str, config: NGramsDecontConfig) -> None:
    hash_func = create_hash_func(config.hash_config)
    dtype = np.dtype(config.hash_config.np_descr)
    items = load_eval_items(set_ref)
    pairs: set[tuple[int, int]] = set()
    for item_index, (_, text) in enumerate(items):
        for gram in ngram_tokens(text, config):
            pairs.add((hash_func(gram), item_index))
    ordered = sorted(pairs)
    name = set_file_name(set_ref)
    hashes = np.array(sorted({h for h, _ in ordered}), dtype=dtype)
    with (folder / f"{name}.index.hashes").open("wb") as handle:
        hashes.tofile(handle)  # the stock NGramsDecontFilter format
    np.save(folder / f"{name}.owners.hashes.npy", np.array([h for h, _ in ordered], dtype=dtype))
    np.save(folder / f"{name}.owners.items.npy", np.array([i for _, i in ordered], np.uint32))
    (folder / f"{name}.items.json").write_text(json.dumps([i for i, _ in items]), "utf-8")


def write_decontamination_index(spec: CorpusSpec, index_dir: Path) -> Path:
    """Write (or keep) the n-gram index of the spec's evaluation sets under `index_dir`.

    Idempotent: an index built from the same sets (by content hash), n and code version is
    left alone; anything else is rebuilt in a temporary folder and swapped in, so a reader
    never sees half an index and stale sets never linger. The bytes depend only on the
    inputs (hashes sorted), so two builds write identical files.
    """
    decont = spec.curate.decontamination
    if not decont.sets:
        raise UserError("curate.decontamination.sets is empty: nothing to index")
    names = [set_file_name(s) for s in decont.sets]
    if len(set(names)) != len(names):
        raise UserError(f"curate.decontamination.sets: two sets share a file name ({names})")
    index_dir = Path(index_dir)
    key = _index_key(spec)
    manifest = index_dir / MANIFEST
    if manifest.is_file() and json.loads(manifest.read_text("utf-8")) == key:
        return index_dir
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{index_dir.name}-", dir=index_dir.parent))
    try:
        config = decont_config(decont.n)
        for set_ref in decont.sets:
            _write_set(staging, set_ref, config)
        (staging / MANIFEST).write_text(json.dumps(key, indent=2, sort_keys=True), "utf-8")
        if index_dir.exists():
            old = index_dir.with_name(f".{index_dir.name}-old-{os.getpid()}")
            index_dir.rename(old)
            shutil.rmtree(old)
        staging.rename(index_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return index_dir


# --------------------------------------------------------------------------- filter


class ItemNGramsDecontFilter(NGramsDecontFilter):
    """DataTrove's n-gram decontamination filter that also names the evaluation item.

    Keeps the stock index loading (`*.index.hashes` -> set name), config, hashing, stats
    and exclusion writer; replaces only the per-document check so it can (1) use
    `ngram_tokens`, the normalisation the index was written with, and (2) look every
    matching hash up in the owners sidecar and record which item matched.
    """

    name = "💥 n-gram decontamination"

    def __init__(
        self,
        index_folder: str | Path,
        config: NGramsDecontConfig,
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__(
            str(index_folder),
            config=config,
            exclusion_writer=exclusion_writer,
            language=WhitespaceWords(),
        )
        self._owners: dict[int, list[tuple[str, str]]] | None = None

    def _load_owners(self) -> dict[int, list[tuple[str, str]]]:
        owners: dict[int, list[tuple[str, str]]] = {}
        for items_file in sorted(self.index_folder.list_files(glob_pattern="*.items.json")):
            name = items_file.removesuffix(".items.json")
            with self.index_folder.open(items_file, "rt") as handle:
                ids = json.load(handle)
            with self.index_folder.open(f"{name}.owners.hashes.npy", "rb") as handle:
                hashes = np.load(handle)
            with self.index_folder.open(f"{name}.owners.items.npy", "rb") as handle:
                item_indexes = np.load(handle)
            for h, i in zip(hashes.tolist(), item_indexes.tolist(), strict=True):
                owners.setdefault(h, []).append((name, ids[i]))
        return owners

    def _matches(self, text: str) -> Iterator[tuple[str, int]]:
        for gram in ngram_tokens(text, self.config):
            h = self.hash_func(gram)
            if h in self._index_hashes:
                yield gram, h

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if self._index_hashes is None:
            self.load_index_hashes()
        if self._owners is None:
            self._owners = self._load_owners()
        matches = list(self._matches(doc.text))
        if not matches:
            return True
        votes: Counter[tuple[str, str]] = Counter()
        first_gram: dict[tuple[str, str], str] = {}
        for gram, h in matches:
            for owner in self._owners.get(h, [(self._index_hashes[h], "")]):
                votes[owner] += 1
                first_gram.setdefault(owner, gram)
        # most shared n-grams wins; ties go to the smallest id, so the choice is stable
        (task, item), count = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        doc.metadata["contaminated_task"] = task
        doc.metadata["contaminated_by"] = item or None
        doc.metadata["contaminated_ngram"] = first_gram[(task, item)]
        doc.metadata["contaminated_ngrams"] = count
        self.stat_update(f"contaminated_{task}")
        return False, "contaminated"


def decontamination_steps(
    spec: CorpusSpec, index_dir: Path, rejects: RejectsFactory
) -> list[PipelineStep]:
    """The decontamination filter for the spec's evaluation sets (none when it names none).

    Writes the index under `index_dir` if it is missing or stale; drops go to
    `rejects("decontamination")` with `contaminated_by` naming the evaluation item.
    """
    decont = spec.curate.decontamination
    if not decont.sets:
        return []
    write_decontamination_index(spec, index_dir)
    return [
        ItemNGramsDecontFilter(
            index_dir, decont_config(decont.n), exclusion_writer=rejects("decontamination")
        )
    ]
