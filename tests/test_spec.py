"""The spec: built-in specs, variants via `extends:`, `--set` overrides, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hornbook.corpora.errors import SpecError
from hornbook.corpora.spec import BUILTIN_SPECS_DIR, available_specs, load_spec, parse_override


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_specs_load() -> None:
    specs = available_specs()
    assert {"tinystories", "tinystories-dialogue"} <= set(specs)
    for name in specs:
        assert load_spec(name).name == name


def test_variant_inherits_and_overrides() -> None:
    base = load_spec("tinystories")
    variant = load_spec("tinystories-dialogue")
    assert variant.recipe.features == ["dialogue"]
    assert variant.recipe.words_per_prompt["noun"] == 2
    # untouched fields come from the base
    assert variant.seed == base.seed
    assert variant.curate == base.curate
    assert variant.generator.samples == base.generator.samples


def test_set_overrides_parse_yaml_values() -> None:
    spec = load_spec("tinystories", ["generator.samples=123", "curate.max_oov_rate=0.2", "seed=7"])
    assert spec.generator.samples == 123
    assert spec.curate.max_oov_rate == 0.2
    assert spec.seed == 7
    assert parse_override("recipe.features=[dialogue]") == (["recipe", "features"], ["dialogue"])


def test_variant_in_user_directory_extends_its_sibling(tmp_path: Path) -> None:
    write(tmp_path / "mybase.yaml", "name: mybase\nseed: 5\ngenerator: {samples: 10}\n")
    child = write(tmp_path / "child.yaml", "extends: mybase\ncurate: {min_words: 10}\n")
    spec = load_spec(child)
    assert spec.name == "child"  # the file stem when the variant names none
    assert spec.seed == 5 and spec.generator.samples == 10 and spec.curate.min_words == 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: x\ngenerator: {sampels: 10}\n", "unknown key 'generator.sampels'"),
        ("name: x\nfoo: 1\n", "unknown key 'foo'"),
        ("name: x\ngenerator: {samples: many}\n", "key 'generator.samples'"),
        (
            "name: x\ncurate: {min_words: 50, max_words: 10}\n",
            "min_words (50) exceeds max_words (10)",
        ),
        ("name: x\ngenerator: {backend: gpt9}\n", "key 'generator.backend'"),
        ("name: Bad Name\n", "key 'name'"),
        ("name: x\nrecipe: [1, 2]\n", "key 'recipe'"),
        ("- just\n- a list\n", "a spec must be a mapping"),
        ("name: x\n  bad: indent: here\n", "is not valid YAML"),
    ],
)
def test_bad_specs_name_file_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path / "bad.yaml", text)
    with pytest.raises(SpecError) as info:
        load_spec(path)
    assert expected in str(info.value)
    assert str(path) in str(info.value)


def test_error_names_the_variant_file_that_wrote_the_bad_key(tmp_path: Path) -> None:
    write(tmp_path / "base.yaml", "name: base\n")
    child = write(tmp_path / "child.yaml", "extends: base\nrecipe: {max_features: 9}\n")
    with pytest.raises(SpecError) as info:
        load_spec(child)
    assert f"{child}: key 'recipe.max_features'" in str(info.value)


def test_missing_base_is_an_error(tmp_path: Path) -> None:
    child = write(tmp_path / "child.yaml", "extends: nowhere\n")
    with pytest.raises(SpecError, match=r"child.yaml: key 'extends' names 'nowhere'"):
        load_spec(child)


def test_extends_cycle_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", "extends: b\n")
    write(tmp_path / "b.yaml", "extends: a\n")
    with pytest.raises(SpecError, match="cycle"):
        load_spec(tmp_path / "a.yaml")


def test_bad_override_is_named() -> None:
    with pytest.raises(
        SpecError, match=r"--set generator.samplez=5: unknown key 'generator.samplez'"
    ):
        load_spec("tinystories", ["generator.samplez=5"])
    with pytest.raises(SpecError, match="expected key.path=value"):
        load_spec("tinystories", ["generator.samples"])


def test_unknown_spec_name_lists_known_ones() -> None:
    with pytest.raises(SpecError, match="no spec named 'nope'.*tinystories"):
        load_spec("nope")


@pytest.mark.parametrize(
    "path",
    sorted((BUILTIN_SPECS_DIR / "examples").glob("*.yaml")),
    ids=lambda p: p.stem,
)
def test_example_specs_validate(path: Path) -> None:
    spec = load_spec(path)
    assert spec.name
