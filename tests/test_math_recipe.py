"""The math recipe's pure parts: parsers on realistic LLM answers, seeded prompts, GSM8K."""

from __future__ import annotations

import json

import pytest
from hornbook.corpora.errors import UserError
from hornbook.corpora.gsm8k import load_gsm8k, parse_gsm8k_answer
from hornbook.corpora.recipes.math import (
    extract_program,
    load_seed_questions,
    math_prompt,
    parse_problems,
    parse_questions,
    program_prompt,
    questions_prompt,
    render_math_text,
)
from hornbook.corpora.spec import MathRecipe

ONE_STEP_ANSWER = '''Sure! Here are 3 new problems similar to the one you gave:

**Problem 1:** Tom has 12 apples and gives 5 to his sister. How many apples does he have left?

```python
def solution():
    """Tom has 12 apples and gives 5 to his sister. How many apples does he have left?"""
    apples_initial = 12
    apples_given = 5
    result = apples_initial - apples_given
    return result
```

2. A baker makes 4 trays of 6 muffins. How many muffins does the baker make?
```python
def solution():
    """A baker makes 4 trays of 6 muffins each. How many muffins in total?"""
    trays = 4
    muffins_per_tray = 6
    result = trays * muffins_per_tray
    return result
```
This one uses multiplication.

Problem 3: Mia reads 10 pages a day for 7 days. How many pages does she read?
def solution():
    import math
    days = 7
    pages = 10
    result = days * pages
    return result

I hope these help!'''


def test_parse_problems_fenced_numbered_and_bare() -> None:
    pairs = parse_problems(ONE_STEP_ANSWER)
    assert len(pairs) == 3
    assert pairs[0][0].startswith("Tom has 12 apples")
    assert pairs[1][0] == "A baker makes 4 trays of 6 muffins each. How many muffins in total?"
    # no docstring: the numbered prose before the program is the question, label stripped
    assert pairs[2][0] == "Mia reads 10 pages a day for 7 days. How many pages does she read?"
    for _, program in pairs:
        assert program.startswith("def solution():")
        assert "```" not in program and "I hope" not in program
        compile(program, "<p>", "exec")


def test_parse_problems_skips_unparseable_programs() -> None:
    text = (
        "1. Q one has 3 cats?\n```python\ndef solution():\n    result = (\n    return result\n```"
    )
    assert parse_problems(text) == []


def test_extract_program_indented_and_with_imports() -> None:
    text = (
        "Here is the program:\n```py\nfrom fractions import Fraction\n\n"
        "    \ndef solution():\n    x = Fraction(1, 2)\n    result = x * 4\n    return result\n```\n"
        "The answer is 2."
    )
    program = extract_program(text)
    assert program is not None
    assert program.startswith("from fractions import Fraction")
    assert program.rstrip().endswith("return result")
    assert extract_program("no code here, the answer is 4") is None


def test_parse_questions_numbered_bold_and_paragraphs() -> None:
    numbered = (
        "Here are 3 problems:\n\n1. Sam has 4 red balls and 3 blue balls. How many balls?\n"
        "2) Ana buys 2 pens for $3 each.\n   How much does she spend?\n"
        "**Problem 3:** A bus has 20 seats and 5 are empty. How many are taken?\n\n"
        "Let me know if you want more!"
    )
    assert parse_questions(numbered) == [
        "Sam has 4 red balls and 3 blue balls. How many balls?",
        "Ana buys 2 pens for $3 each. How much does she spend?",
        "A bus has 20 seats and 5 are empty. How many are taken?",
    ]
    paragraphs = (
        "Lee has 5 cats and 2 dogs. How many pets?\n\nA box has 9 eggs. 4 break. How many are left?"
    )
    assert len(parse_questions(paragraphs)) == 2


def test_prompts_are_deterministic_per_seed_and_index() -> None:
    recipe = MathRecipe(problems_per_request=3)
    a, b = math_prompt(recipe, 7, 11), math_prompt(recipe, 7, 11)
    assert a == b and a.n == 3 and a.seed_question_id.startswith("gsm8k-train-")
    assert "Generate 3 different math problems" in a.text
    others = {math_prompt(recipe, 7, i).seed_question_id for i in range(20)}
    assert len(others) > 10  # different indexes draw different seed problems
    assert math_prompt(recipe, 8, 11) != a
    q = questions_prompt(MathRecipe(vocabulary="child", max_number=50), 1, 2)
    assert q == questions_prompt(MathRecipe(vocabulary="child", max_number=50), 1, 2)
    assert "young child" in q.text and "at most 50" in q.text
    assert "def solution():" in program_prompt("Tom has 3 apples. How many?")


def test_seed_questions_from_jsonl(tmp_path) -> None:
    path = tmp_path / "seeds.jsonl"
    rows = [{"question": "A has 2. B has 3. How many?", "answer": "#### 5"}, {"question": "Q2 x"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    seeds = load_seed_questions(str(path))
    assert [(s.id, s.answer) for s in seeds] == [("seeds-00000", 5.0), ("seeds-00001", None)]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "no question"}\n')
    with pytest.raises(UserError, match="bad.jsonl:1"):
        load_seed_questions(str(bad))
    with pytest.raises(UserError, match="neither a shipped set"):
        load_seed_questions("no-such-set")


def test_gsm8k_answers_and_ids() -> None:
    assert parse_gsm8k_answer("She makes 9 * 2 = $<<9*2=18>>18 every day.\n#### 18") == 18
    assert parse_gsm8k_answer("So 1000+234=<<1000+234=1234>>1234\n#### 1,234") == 1234
    assert parse_gsm8k_answer("#### -5") == -5
    assert parse_gsm8k_answer("#### 2.5") == 2.5
    with pytest.raises(ValueError):
        parse_gsm8k_answer("The answer is 4.")
    test = load_gsm8k("test")
    assert len(test) == 1319 and len(load_gsm8k("train")) == 7473
    assert test[0].id == "gsm8k-test-00000" and test[0].answer == 18
    assert test[42].id == "gsm8k-test-00042"


def test_render_math_text_is_question_then_program() -> None:
    text = render_math_text(" Q? ", "def solution():\n    return 1\n")
    assert text == "Q?\n\ndef solution():\n    return 1\n"
