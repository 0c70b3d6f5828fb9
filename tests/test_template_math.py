"""The offline math generator: families, step bounds, number bounds, vocabulary, and that
every stored program really returns the stored answer in the sandbox."""

from __future__ import annotations

import ast
import re
from collections import Counter

import pytest
from hornbook.corpora.backends.template_math import GenerateMathTemplate, generate_problem
from hornbook.corpora.errors import UserError
from hornbook.corpora.recipes.math import render_math_text
from hornbook.corpora.rows import MATH_SCHEMA, content_id
from hornbook.corpora.sandbox import answers_match, run_programs
from hornbook.corpora.spec import ALL_MATH_FAMILIES, CorpusSpec, MathRecipe
from hornbook.corpora.vocabulary import load_vocabulary


def _problems(recipe: MathRecipe, n: int, seed: int = 5):
    return [generate_problem(recipe, seed, i) for i in range(n)]


def _numbers(text: str) -> list[float]:
    return [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def test_every_family_appears_and_steps_are_in_bounds() -> None:
    recipe = MathRecipe(min_steps=3, max_steps=6)
    problems = _problems(recipe, 700)
    assert set(Counter(p.family for p in problems)) == set(ALL_MATH_FAMILIES)
    assert {p.steps for p in problems} == {3, 4, 5, 6}
    for p in problems:
        tree = ast.parse(p.solution)
        ops = sum(isinstance(node, ast.BinOp) for node in ast.walk(tree))
        ops -= p.solution.count(" / ") and sum(  # `x * 3 / 4` is one step: take 3/4 of x
            1 for line in p.solution.splitlines() if re.search(r"\* \d+ / \d+$", line)
        )
        assert ops == p.steps, p.solution
        assert ast.get_docstring(tree.body[0]).split() == p.question.split()
        assert p.solution.rstrip().endswith("return result")


def test_families_and_single_step_bounds_are_respected() -> None:
    problems = _problems(MathRecipe(families=["ages", "rates"], min_steps=1, max_steps=1), 80)
    assert {p.family for p in problems} == {"ages", "rates"} and {p.steps for p in problems} == {1}
    with pytest.raises(UserError, match="chains need 2"):
        generate_problem(MathRecipe(families=["chains"], min_steps=1, max_steps=1), 0, 0)


@pytest.mark.parametrize("max_number", [40, 1000])
def test_numbers_stay_within_max_number_and_answers_are_whole(max_number: int) -> None:
    for p in _problems(MathRecipe(max_number=max_number, min_steps=1), 300):
        assert all(0 <= x <= max_number for x in _numbers(p.question)), p.question
        assert 0 <= p.answer <= max_number and float(p.answer).is_integer()
        if p.family not in ("fractions", "percentages"):
            assert isinstance(p.answer, int)  # no floats outside the fraction families


def test_every_generated_row_verifies_in_the_sandbox() -> None:
    problems = _problems(MathRecipe(min_steps=1), 400, seed=11)
    results = run_programs([p.solution for p in problems])
    failures = [(p, r) for p, r in zip(problems, results, strict=True) if not r.ok]
    assert not failures, failures[:3]
    assert all(answers_match(r.answer, p.answer) for p, r in zip(problems, results, strict=True))


def test_child_vocabulary_constrains_every_word_of_every_question() -> None:
    vocab = load_vocabulary("child")
    problems = _problems(MathRecipe(vocabulary="child", min_steps=1), 600)
    assert set(p.family for p in problems) == set(ALL_MATH_FAMILIES)
    offenders = [(p.question, vocab.oov_words(p.question)) for p in problems]
    assert [o for o in offenders if o[1]] == []
    # without the constraint the generator does use words a child list lacks
    free = _problems(MathRecipe(min_steps=1), 300)
    assert any(vocab.oov_words(p.question) for p in free)


def test_step_is_deterministic_and_partitions_by_rank() -> None:
    spec = CorpusSpec.model_validate(
        {"name": "m", "seed": 3, "recipe": {"kind": "math"}, "generator": {"samples": 40}}
    )
    whole = list(GenerateMathTemplate(spec).run(rank=0, world_size=1))
    again = list(GenerateMathTemplate(spec).run(rank=0, world_size=1))
    assert [d.text for d in whole] == [d.text for d in again]
    shards = [d for r in range(3) for d in GenerateMathTemplate(spec).run(rank=r, world_size=3)]
    assert sorted((d.metadata["index"], d.text) for d in shards) == [
        (d.metadata["index"], d.text) for d in whole
    ]
    doc = whole[0]
    meta = doc.metadata
    assert doc.id == content_id(doc.text)
    assert doc.text == render_math_text(meta["question"], meta["solution"])
    assert set(meta) <= set(MATH_SCHEMA.names)
    assert (meta["backend"], meta["recipe"], meta["model"], meta["prompt"]) == (
        "template",
        "math",
        None,
        None,
    )
    other = CorpusSpec.model_validate({**spec.model_dump(), "seed": 4})
    assert [d.text for d in GenerateMathTemplate(other).run()] != [d.text for d in whole]
