"""The `math` recipe: TinyGSM-style rows (a word problem, a Python program, its answer).

A row pairs a grade-school word problem with a program in TinyGSM's shape (Liu et al., 2023):

    def solution():
        \"\"\"<the question>\"\"\"
        apples_start = 12
        apples_eaten = 5
        apples_left = apples_start - apples_eaten
        result = apples_left
        return result

and `answer` is what the sandbox got by running it. The training text (`render_math_text`)
is the question, a blank line, then the program: a model trained on it learns to read a
problem and write the program that solves it, which is how TinyGSM's models were used.

This module holds the pure, backend-independent parts: the seed questions, the prompts the
LLM backends send (TinyGSM's "generate N different problems similar to this one", seeded
by (seed, index)), and the parsers that turn an LLM's answer into (question, program)
pairs. Nothing here calls a model or runs a program.
"""

from __future__ import annotations

import ast
import random
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from hornbook.corpora.errors import UserError
from hornbook.corpora.jsonl import iter_records
from hornbook.corpora.spec import MathRecipe

SHIPPED_SEEDS = {"gsm8k-train": "train", "gsm8k-test": "test"}


@dataclass(frozen=True)
class SeedQuestion:
    """A problem that seeds an LLM prompt; `answer` is its known answer when there is one."""

    id: str
    question: str
    answer: float | None


@dataclass(frozen=True)
class MathPrompt:
    """The text sent to a generator, the seed question it was built on, and how many
    problems it asks for."""

    text: str
    seed_question_id: str | None
    n: int


# ------------------------------------------------------------------ training text


def render_math_text(question: str, solution: str) -> str:
    """The training text of a math row: the question, a blank line, then the program.

    The program repeats the question in its docstring, as TinyGSM's do; the leading copy
    is what a model sees as its prompt at inference time, so training text and use agree.
    """
    return f"{question.strip()}\n\n{solution.strip()}\n"


# ------------------------------------------------------------------ seed questions


def load_seed_questions(source: str) -> list[SeedQuestion]:
    """Seed problems: `gsm8k-train` (shipped), or a JSONL file with a `question` field.

    A JSONL line may also carry `id` (else `<file stem>-<line>`) and `answer` (a number, or
    GSM8K's worked text ending in `#### n`).
    """
    if source in SHIPPED_SEEDS:
        from hornbook.corpora.gsm8k import load_gsm8k

        return [
            SeedQuestion(item.id, item.question, float(item.answer))
            for item in load_gsm8k(SHIPPED_SEEDS[source])
        ]
    path = Path(source)
    if not path.is_file():
        raise UserError(
            f"recipe.seed_questions: '{source}' is neither a shipped set "
            f"({', '.join(SHIPPED_SEEDS)}) nor an existing JSONL file"
        )
    seeds = []
    for line_no, record in iter_records(path):
        question = record.get("question")
        if not isinstance(question, str) or not question.strip():
            raise UserError(f"{path}:{line_no}: needs a non-empty string field 'question'")
        seeds.append(
            SeedQuestion(
                id=str(record.get("id") or f"{path.stem}-{line_no - 1:05d}"),
                question=question.strip(),
                answer=_seed_answer(record.get("answer")),
            )
        )
    if not seeds:
        raise UserError(f"{path}: no seed questions")
    return seeds


def _seed_answer(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        from hornbook.corpora.gsm8k import parse_gsm8k_answer

        try:
            return float(parse_gsm8k_answer(value))
        except ValueError:
            try:
                return float(value.replace(",", ""))
            except ValueError:
                return None
    return None


_SEED_CACHE: dict[str, list[SeedQuestion]] = {}


def _seeds(source: str) -> list[SeedQuestion]:
    if source not in _SEED_CACHE:
        _SEED_CACHE[source] = load_seed_questions(source)
    return _SEED_CACHE[source]


# ------------------------------------------------------------------ prompts


def _rng(kind: str, seed: int, index: int) -> random.Random:
    # String seeds hash with SHA-512 inside `random`: stable across processes and runs.
    return random.Random(f"math-{kind}:{seed}:{index}")


def constraint_sentences(recipe: MathRecipe) -> str:
    """The extra instructions a spec adds: child wording and a bound on numbers."""
    parts = []
    if recipe.vocabulary:
        parts.append(
            "Use only very simple words that a young child would understand, in the "
            "problems and in the docstrings."
        )
    parts.append(f"Keep every number in the problems at most {recipe.max_number}.")
    return " ".join(parts)


def math_prompt(recipe: MathRecipe, seed: int, index: int) -> MathPrompt:
    """TinyGSM's prompt for one request: N new problems like a seed problem, with programs.

    The seed question is drawn by (seed, index) alone, so any shard of a build asks exactly
    what a single-process build would.
    """
    seeds = _seeds(recipe.seed_questions)
    chosen = seeds[_rng("one", seed, index).randrange(len(seeds))]
    n = recipe.problems_per_request
    try:
        body = recipe.prompt_template.format(question=chosen.question, n=n)
    except (KeyError, IndexError) as exc:
        raise UserError(
            f"recipe.prompt_template: unknown placeholder {exc} (use {{question}} and {{n}})"
        ) from None
    return MathPrompt(f"{body} {constraint_sentences(recipe)}", chosen.id, n)


def questions_prompt(recipe: MathRecipe, seed: int, index: int) -> MathPrompt:
    """Two-step mode, step one: N new problems like a seed problem, questions only."""
    seeds = _seeds(recipe.seed_questions)
    chosen = seeds[_rng("questions", seed, index).randrange(len(seeds))]
    n = recipe.problems_per_request
    text = (
        f"Consider the following grade-school math problem: {chosen.question}\n\n"
        f"Write {n} different math problems similar to this one. Number them 1 to {n}, one "
        "problem per item, and write only the problems, without solutions. "
        f"{constraint_sentences(recipe)}"
    )
    return MathPrompt(text, chosen.id, n)


def program_prompt(question: str) -> str:
    """Two-step mode, step two: one program for one question, in TinyGSM's shape."""
    return (
        "Write a Python function `def solution():` that solves the following math problem "
        "step by step. Put the problem in the function's docstring, use meaningful "
        "variable names, one calculation per line, and end with `return result`.\n\n"
        f"Problem: {question.strip()}"
    )


# ------------------------------------------------------------------ parsers

_FENCE_RE = re.compile(r"^\s*```[\w+-]*\s*$")
_DEF_RE = re.compile(r"^(\s*)def\s+solution\s*\(\s*\)\s*(->\s*[^:]+)?:")
_IMPORT_RE = re.compile(r"^\s*(import\s+\w|from\s+\w[\w.]*\s+import\s)")
_LABEL_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(?:problem|question|example)\s*#?\s*\d*\s*[:.)]?|\d+\s*[.):]|[-*•])\s*(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
_PREAMBLE_RE = re.compile(
    r"^(?:sure|here|certainly|okay|of course|below|these|the following)\b[^?]*[:.!]\s*$",
    re.IGNORECASE,
)
_CODE_LABEL_RE = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:solution|code|program|python|answer)\s*(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$",
    re.IGNORECASE,
)


def _program_spans(lines: list[str]) -> list[tuple[int, int, int]]:
    """(start, def line, end) of each `def solution():` block: imports just above it, the
    def, and every following line that is indented deeper than the def or blank."""
    spans = []
    i = 0
    while i < len(lines):
        match = _DEF_RE.match(lines[i])
        if match is None:
            i += 1
            continue
        indent = len(match.group(1).expandtabs())
        start = i
        probe = i - 1
        while probe >= 0 and (_IMPORT_RE.match(lines[probe]) or not lines[probe].strip()):
            if _IMPORT_RE.match(lines[probe]):
                start = probe  # imports the program needs, just above its def
            probe -= 1
        end = i + 1
        while end < len(lines):
            line = lines[end]
            if _FENCE_RE.match(line):
                break
            if line.strip() and len(line.expandtabs()) - len(line.expandtabs().lstrip()) <= indent:
                break
            end += 1
        while end > i + 1 and not lines[end - 1].strip():
            end -= 1
        spans.append((start, i, end))
        i = end
    return spans


def _clean_program(lines: list[str]) -> str | None:
    source = textwrap.dedent("\n".join(line.rstrip() for line in lines)).strip("\n") + "\n"
    try:
        ast.parse(source)
    except SyntaxError:
        return None
    return source


def _docstring(source: str) -> str | None:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "solution":
            doc = ast.get_docstring(node)
            return " ".join(doc.split()) if doc else None
    return None


def _prose_question(lines: list[str]) -> str | None:
    """The problem written in prose before a program: labels, numbering, markdown and
    preambles stripped; None when nothing question-like is left.

    Prose between two programs often holds a remark about the previous one, so only the
    text from the last numbered/labelled line on counts, else the last paragraph."""
    lines = [line for line in lines if not _FENCE_RE.match(line)]
    labelled = [i for i, line in enumerate(lines) if _ITEM_START_RE.match(line)]
    if labelled:
        lines = lines[labelled[-1] :]
    else:
        blanks = [i for i, line in enumerate(lines) if not line.strip()]
        while blanks and blanks[-1] == len(lines) - 1:
            lines = lines[:-1]
            blanks.pop()
        if blanks:
            lines = lines[blanks[-1] + 1 :]
    kept = []
    for line in lines:
        if _FENCE_RE.match(line) or _CODE_LABEL_RE.match(line) or _PREAMBLE_RE.match(line.strip()):
            continue
        stripped = _LABEL_RE.sub("", line, count=1).strip().strip("*_").strip()
        if stripped:
            kept.append(stripped)
    text = " ".join(" ".join(kept).split())
    return text if len(text.split()) >= 4 else None


def extract_program(text: str) -> str | None:
    """The first `def solution():` program in a model's answer (fenced or not), dedented;
    None when there is none or it does not parse."""
    lines = text.splitlines()
    for start, _, end in _program_spans(lines):
        program = _clean_program(lines[start:end])
        if program is not None:
            return program
    return None


def parse_problems(text: str) -> list[tuple[str, str]]:
    """Every (question, program) pair in a one-step answer, in order.

    The question is the program's docstring (TinyGSM puts it there); when the docstring is
    missing or shorter than four words, the prose between the previous program and this one
    stands in, with numbering, labels and markdown removed. Programs that do not parse are
    skipped.
    """
    lines = text.splitlines()
    pairs = []
    previous_end = 0
    for start, _, end in _program_spans(lines):
        program = _clean_program(lines[start:end])
        prose = _prose_question(lines[previous_end:start])
        previous_end = end
        if program is None:
            continue
        doc = _docstring(program)
        question = doc if doc and len(doc.split()) >= 4 else prose
        if question:
            pairs.append((question, program))
    return pairs


_ITEM_START_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(?:problem|question)\s*#?\s*\d+\s*[:.)]?|\d+\s*[.):])",
    re.IGNORECASE,
)


def parse_questions(text: str) -> list[str]:
    """The problems of a two-step questions answer: numbered items (`1.`, `2)`, `Problem 3:`,
    markdown bold), else blank-line separated paragraphs; preambles and code are dropped."""
    lines = [line for line in text.splitlines() if not _FENCE_RE.match(line)]
    items: list[list[str]] = []
    numbered = any(_ITEM_START_RE.match(line) for line in lines)
    current: list[str] | None = None
    for line in lines:
        if numbered:
            if _ITEM_START_RE.match(line):
                current = [line]
                items.append(current)
            elif current is not None and line.strip():
                current.append(line)
            elif not line.strip():
                current = None  # text after a blank line is not part of an item
        else:
            if not line.strip():
                current = None
            elif current is None:
                current = [line]
                items.append(current)
            else:
                current.append(line)
    questions = []
    for item in items:
        question = _prose_question(item)
        if question and not _PREAMBLE_RE.match(question):
            questions.append(question)
    return questions
