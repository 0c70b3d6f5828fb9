"""Build reports: files and plots, counts that add up, parent comparison, math rows, usage."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hornbook.corpora.build import build_corpus
from hornbook.corpora.card import render_card
from hornbook.corpora.catalog import Catalog
from hornbook.corpora.publish import token_usage
from hornbook.corpora.report import render_report, summary_stats, write_plots
from hornbook.corpora.spec import CorpusSpec
from hornbook.flows.build_corpus import stage_table

SMALL = ["generator.samples=150", "executor.tasks=1", "executor.workers=1", "curate.dedupe=minhash"]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report") / "data"
    assert build_corpus("tinystories", SMALL, root, progress=None).created
    assert build_corpus("tinystories", [*SMALL, "seed=5"], root, progress=None).created
    return root


def test_report_files_and_counts_add_up(root: Path) -> None:
    for version in Catalog(root).all_versions():
        m = version.manifest
        report = version.path / "report"
        for plot in ("lengths.png", "oov.png", "curation.png"):
            assert (report / plot).stat().st_size > 1000, plot
        text = (report / "report.md").read_text()
        counts = m["counts"]
        assert counts["generated"] == 150 == counts["published"] + counts["rejected"]
        stages = m["stages"]
        assert [s["stage"] for s in stages][0] == "generated"
        assert [s["stage"] for s in stages][-3:] == ["exact_dedupe", "near_dedupe", "published"]
        assert sum(s["dropped"] for s in stages) == counts["rejected"]
        assert stages[-2]["documents"] == stages[-1]["documents"] == counts["published"]
        assert stages[-1]["unaccounted"] == 0
        assert sum(m["drop_reasons"].values()) == counts["rejected"]
        assert f"{counts['generated']:,} generated = {counts['published']:,} published" in text
        assert "## Top openings" in text and len(m["stats"]["top_openings"]) == 10
        openings = m["stats"]["top_openings"]
        assert [o["documents"] for o in openings] == sorted(
            (o["documents"] for o in openings), reverse=True
        )
        assert all(o["share"] == round(o["documents"] / counts["published"], 4) for o in openings)
        assert set(m["duplicate_clusters"]) == {"exact", "near"}
        assert m["usage"]["documents_with_usage"] == 0  # template rows carry no token counts
        assert set(m["curation_seconds"]) >= {"1-generate-filter", "8-minhash-filter"}


def test_stories_diversity_against_real_tinystories(root: Path) -> None:
    version = Catalog(root).resolve("tinystories@v1")
    stats = version.manifest["stats"]
    assert stats["diversity"]["sample_size"] == version.manifest["counts"]["published"]
    assert 0 < stats["diversity"]["distinct_4"] <= 1
    assert stats["reference_diversity"]["sample_size"] == 1000
    card = (version.path / "README.md").read_text()
    assert "| measure | this corpus | real TinyStories |" in card
    assert "| distinct_2 |" in (version.path / "report" / "report.md").read_text()


def test_second_version_is_compared_with_its_parent(root: Path) -> None:
    v1, v2 = (Catalog(root).resolve(f"tinystories@v{n}") for n in (1, 2))
    assert v2.manifest["parent"] == "tinystories@v1"
    text = (v2.path / "report" / "report.md").read_text()
    section = text.split("## Compared with the parent version", 1)[1]
    assert "**tinystories@v1 → tinystories@v2**" in section
    assert "| seed | 1,234 | 5 |" in section
    assert "No parent version" in (v1.path / "report" / "report.md").read_text()


def test_prefect_table_artifact_rows(root: Path) -> None:
    from hornbook.corpora.publish import PublishResult

    version = Catalog(root).resolve("tinystories@v1")
    rows = stage_table(PublishResult(version, created=True))
    stage_rows = [r for r in rows if r["kind"] == "stage"]
    assert stage_rows[0] == {"kind": "stage", "name": "generated", "dropped": 0, "documents": 150}
    assert all(set(r) == {"kind", "name", "dropped", "documents"} for r in rows)


def _math_row(i: int, question: str, answer: float, family: str) -> dict:
    return {
        "id": f"m{i}",
        "text": f"Question: {question}\nAnswer: {answer}",
        "question": question,
        "solution": "def solution():\n    return 1",
        "answer": answer,
        "family": family,
        "steps": 2,
        "word_count": None,
        "oov_rate": None,
        "index": i,
    }


def test_math_report_shows_questions_answers_and_families(tmp_path: Path) -> None:
    spec = CorpusSpec.model_validate({"name": "gsm", "recipe": {"kind": "math"}})
    rows = [
        _math_row(0, "Ann has 3 apples and buys 2 more. How many now?", 5.0, "shopping"),
        _math_row(1, "Ben shares 12 sweets among 4 friends. How many each?", 3.0, "sharing"),
        _math_row(2, "Cal runs 3 km a day for 7 days. How far?", 21.0, "rates"),
        _math_row(3, "Dan has 10 and spends 2.5. How much is left?", 7.5, "shopping"),
    ]
    stats = summary_stats(rows, spec)
    assert stats["families"] == {"rates": 1, "sharing": 1, "shopping": 2}
    assert stats["answers"]["integer_share"] == 0.75
    assert stats["question_words"]["max"] == 11
    assert "diversity" not in stats  # story diversity does not apply to math
    stages = [
        {"stage": "generated", "dropped": 0, "documents": 5},
        {"stage": "answer", "dropped": 1, "documents": 4},
        {"stage": "published", "dropped": 0, "documents": 4, "unaccounted": 0},
    ]
    plots = write_plots(
        rows, stages, {"wrong_answer": 1}, {"exact": {}, "near": {}}, stats, spec, tmp_path
    )
    assert plots == ["lengths.png", "curation.png"]
    manifest = {
        "ref": "gsm@v1",
        "fingerprint": "f" * 64,
        "spec_source": "gsm.yaml",
        "code_version": "hornbook-test",
        "created_at": "now",
        "parent": None,
        "spec": spec.model_dump(mode="json"),
        "counts": {
            "generated": 5,
            "after_filters": 4,
            "after_dedupe": 4,
            "published": 4,
            "train": 4,
            "validation": 0,
            "rejected": 1,
        },
        "stages": stages,
        "drop_reasons": {"wrong_answer": 1},
        "duplicate_clusters": {"exact": {}, "near": {}},
        "usage": token_usage(
            [{"prompt_tokens": 100, "completion_tokens": 40}], [{"prompt_tokens": 90}]
        ),
        "stats": stats,
    }
    text = render_report(manifest, None, plots)
    assert "## Problem families" in text and "| shopping | 2 |" in text
    assert "## Answers" in text and "Integer answers: 75.00%" in text
    assert "| total_tokens | 230 |" in text
    card = render_card(manifest)
    assert "`math`, families" in card and "230 tokens" in card


def test_report_shows_three_stories_drawn_by_fingerprint(root: Path) -> None:
    from hornbook.corpora.report import sample_documents

    for version in Catalog(root).all_versions():
        text = (version.path / "report" / "report.md").read_text()
        assert "## 3 random stories" in text
        shown = text.split("## 3 random stories", 1)[1].split("## ", 1)[0]
        # publish draws from its rows in generation order, train and validation together
        rows = (
            pl.concat(pl.read_parquet(version.path / s["path"]) for s in version.manifest["shards"])
            .sort("index")
            .to_dicts()
        )
        texts = [r["text"] for r in rows]
        again = sample_documents(rows, "stories", version.fingerprint)
        assert len(again) == 3 and again == sample_documents(rows, "stories", version.fingerprint)
        assert all(t in texts for t in again)
        for story in again:  # each shown as a quote, line by line
            assert f"> {story.strip().splitlines()[0]}".rstrip() in shown
    other = sample_documents(rows, "stories", "0" * 64)
    assert other != again  # another fingerprint, other stories


def test_drop_reasons_panel_says_nothing_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hornbook.corpora.report as report

    spec = CorpusSpec.model_validate({"name": "gsm", "recipe": {"kind": "math"}})
    rows = [_math_row(0, "Ann has 3 apples and buys 2 more. How many now?", 5.0, "shopping")]
    stats = summary_stats(rows, spec)
    figures: dict[str, object] = {}
    real_save = report._save
    monkeypatch.setattr(
        report,
        "_save",
        lambda fig, path: (figures.setdefault(path.name, fig), real_save(fig, path))[1],
    )
    stages = [{"stage": "generated", "dropped": 0, "documents": 1}]
    for reasons in ({}, {"wrong_answer": 2}):
        figures.clear()
        write_plots(rows, stages, reasons, {"exact": {}, "near": {}}, stats, spec, tmp_path)
        panel = figures["curation.png"].axes[1]
        assert panel.get_title() == "drop reasons"
        said = [t.get_text() for t in panel.texts]
        if reasons:
            assert said == [] and len(panel.patches) == 1  # one bar
        else:
            assert said == ["nothing dropped"] and not panel.patches and not panel.axison
