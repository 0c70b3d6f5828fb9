"""Each math filter's drop reason, hostile programs included, through DataTrove's run()."""

from __future__ import annotations

from datatrove.data import Document
from hornbook.corpora.curate.math_filters import (
    ExecuteProgramFilter,
    HasNumbersFilter,
    ProgramCheckFilter,
    QuestionLengthFilter,
    QuestionVocabularyFilter,
    math_filter_steps,
)
from hornbook.corpora.recipes.math import render_math_text
from hornbook.corpora.spec import CorpusSpec

GOOD = 'def solution():\n    """Q"""\n    a = 3\n    b = 4\n    result = a * b\n    return result\n'


def _doc(question: str, solution: str | None = GOOD, **meta) -> Document:
    text = render_math_text(question, solution or "")
    return Document(text=text, id=str(abs(hash(text))), metadata={"question": question,
                    "solution": solution, **meta})  # fmt: skip


def _reasons(step, docs: list[Document]) -> list[str | None]:
    kept = {id(d) for d in step.run(iter(docs))}
    return [None if id(d) in kept else d.metadata.get("filter_reason", "dropped") for d in docs]


class _Catch:
    """A stand-in exclusion writer: DataTrove calls write(doc, rank) inside `with`."""

    def __init__(self) -> None:
        self.docs: list[Document] = []

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def write(self, doc: Document, rank: int = 0) -> None:
        self.docs.append(doc)


def test_question_length_and_word_count() -> None:
    step = QuestionLengthFilter(5, 12, exclusion_writer=_Catch())
    docs = [_doc("Tom has 3 cats."), _doc("Tom has 3 cats and 4 dogs. How many pets?"),
            _doc(" ".join(["word"] * 13) + " 3?")]  # fmt: skip
    assert _reasons(step, docs) == ["too_short", None, "too_long"]
    assert [d.metadata["word_count"] for d in docs] == [4, 10, 14]
    assert step.exclusion_writer.docs[0].metadata["filter_reason"] == "too_short"


def test_question_needs_numbers() -> None:
    docs = [_doc("Tom has cats. How many cats does he have?"), _doc("Tom has two cats."),
            _doc("Tom has 2 cats.")]  # fmt: skip
    assert _reasons(HasNumbersFilter(exclusion_writer=_Catch()), docs) == ["no_numbers", None, None]


def test_question_vocabulary_sets_oov_rate() -> None:
    docs = [_doc("Tom has 3 red apples."), _doc("The quantum thermodynamics lecture has 3 seats.")]
    assert _reasons(QuestionVocabularyFilter("child", 0.1, exclusion_writer=_Catch()), docs) == [
        None,
        "oov_rate",
    ]
    assert docs[0].metadata["oov_rate"] == 0.0 and docs[1].metadata["oov_rate"] > 0.1


def test_static_check_rejects_hostile_and_broken_programs() -> None:
    hostile = [
        "import os\ndef solution():\n    return os.getpid()\n",
        "def solution():\n    return ().__class__.__bases__[0].__subclasses__()\n",
        "def solution():\n    return eval('1+1')\n",
        "def solution(:\n",
    ]
    docs = [_doc("Q with 1 number here?", src) for src in hostile] + [_doc("Q 1?", None)]
    docs[-1].text = "Q 1?\n\nno program at all"
    reasons = _reasons(ProgramCheckFilter(exclusion_writer=_Catch()), docs)
    assert reasons[0] == "sandbox:disallowed_import"
    assert reasons[1].startswith("sandbox:disallowed")
    assert reasons[2] == "sandbox:disallowed_name"
    assert reasons[3] == "sandbox:syntax_error"
    assert reasons[4] == "no_program"


def test_execution_reasons_answer_and_mismatch() -> None:
    programs = {
        "ok": GOOD,
        "zero": "def solution():\n    return 1 / 0\n",
        "loop": "def solution():\n    while True:\n        pass\n",
        "memory": "def solution():\n    x = [0] * (10 ** 9)\n    return len(x)\n",
        "text": "def solution():\n    return 'twelve'\n",
        "nan": "def solution():\n    return float('nan')\n",
        "nofunc": "x = 1\n",
    }
    docs = [_doc(f"Question {k} with 2 numbers 3?", src) for k, src in programs.items()]
    docs.append(_doc("LLM said 13 with 1 number?", GOOD, expected_answer=13))
    docs.append(_doc("LLM said 12 with 1 number?", GOOD, expected_answer="12"))
    writer = _Catch()
    reasons = _reasons(ExecuteProgramFilter(exclusion_writer=writer, batch_size=8), docs)
    assert reasons[0] is None and docs[0].metadata["answer"] == 12.0
    assert reasons[1] == "sandbox:exception:ZeroDivisionError"
    assert reasons[2] in ("sandbox:timeout", "sandbox:cpu_time")
    assert reasons[3] in ("sandbox:memory", "sandbox:exception:MemoryError")
    assert reasons[4] == "sandbox:non_numeric_result"
    assert reasons[5] == "sandbox:non_finite_result"
    assert reasons[6] == "sandbox:no_solution_function"
    assert reasons[7] == "answer_mismatch" and docs[7].metadata["sandbox_answer"] == 12
    assert reasons[8] is None
    assert len(writer.docs) == 7


def test_math_filter_steps_order_and_vocabulary_switch() -> None:
    base = {"name": "m", "recipe": {"kind": "math"}}
    names = [type(s).__name__ for s in math_filter_steps(CorpusSpec.model_validate(base), _rej)]
    assert names == ["QuestionLengthFilter", "HasNumbersFilter", "ProgramCheckFilter",
                     "ExecuteProgramFilter"]  # fmt: skip
    child = CorpusSpec.model_validate({**base, "recipe": {"kind": "math", "vocabulary": "child"}})
    assert "QuestionVocabularyFilter" in [type(s).__name__ for s in math_filter_steps(child, _rej)]


def _rej(name: str) -> _Catch:
    return _Catch()
