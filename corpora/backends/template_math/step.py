"""One problem from (recipe, seed, index), and the DataTrove step that yields them."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from hornbook.corpora.backends.template_math.families import FAMILIES, Ctx
from hornbook.corpora.backends.template_math.lexicon import build_lexicon
from hornbook.corpora.backends.template_math.program import Program, Redraw
from hornbook.corpora.errors import UserError
from hornbook.corpora.recipes.math import render_math_text
from hornbook.corpora.rows import content_id
from hornbook.corpora.spec import CorpusSpec, MathRecipe

TEMPLATE_MATH_VERSION = "1"
MAX_ATTEMPTS = 200  # redraws of one problem before its numbers are declared impossible

# --------------------------------------------------------------------------- generation


@dataclass(frozen=True)
class MathProblem:
    question: str
    solution: str
    answer: int | float
    family: str
    steps: int


def run_trusted(solution: str) -> int | float:
    """Run a program this module generated (never anything else) and return its answer."""
    namespace: dict[str, object] = {}
    exec(compile(solution, "<template-math>", "exec"), namespace)  # noqa: S102 - our own code
    return namespace["solution"]()  # type: ignore[operator]


def families_for(recipe: MathRecipe) -> list[str]:
    usable = [f for f in recipe.families if FAMILIES[f][1] <= recipe.max_steps]
    if not usable:
        raise UserError(
            f"recipe.families: none of {recipe.families} can be written in at most "
            f"{recipe.max_steps} steps (chains need 2)"
        )
    return usable


def generate_problem(recipe: MathRecipe, seed: int, index: int) -> MathProblem:
    """The problem number `index` of a corpus with this seed: a pure function of both."""
    rng = random.Random(f"template-math:{TEMPLATE_MATH_VERSION}:{seed}:{index}")
    lex = build_lexicon(recipe.vocabulary)
    family = rng.choice(families_for(recipe))
    generator, fewest = FAMILIES[family]
    for _ in range(MAX_ATTEMPTS):
        steps = rng.randint(max(recipe.min_steps, fewest), recipe.max_steps)
        ctx = Ctx(rng, lex, Program(cap=recipe.max_number))
        try:
            result = generator(ctx, steps)
        except Redraw:
            continue
        if ctx.prog.steps != steps:
            raise RuntimeError(f"{family} wrote {ctx.prog.steps} steps, asked {steps}")
        question = " ".join(ctx.sentences)
        solution = ctx.prog.render(question, result)
        answer = run_trusted(solution)
        if answer != result.value:
            raise RuntimeError(f"{family} program returns {answer}, expected {result.value}")
        return MathProblem(question, solution, answer, family, steps)
    raise UserError(
        f"recipe.max_number={recipe.max_number} is too small for the '{family}' family with "
        f"{recipe.min_steps}..{recipe.max_steps} steps (no problem fits after {MAX_ATTEMPTS} draws)"
    )


class GenerateMathTemplate(PipelineStep):
    """Procedural TinyGSM-style problems with programs, offline and deterministic."""

    name = "🧮 math (template)"
    type = "📖 - READER"

    def __init__(self, spec: CorpusSpec) -> None:
        super().__init__()
        if spec.recipe.kind != "math":
            raise UserError(f"GenerateMathTemplate needs a math recipe, got '{spec.recipe.kind}'")
        # Stored as JSON so the step pickles cleanly into DataTrove's worker processes.
        self.spec_json = spec.model_dump_json()

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        spec = CorpusSpec.model_validate_json(self.spec_json)
        recipe = spec.recipe
        assert isinstance(recipe, MathRecipe)
        for index in range(rank, spec.generator.samples, world_size):
            with self.track_time():
                problem = generate_problem(recipe, spec.seed, index)
                text = render_math_text(problem.question, problem.solution)
            self.stat_update("generated", f"family_{problem.family}")
            yield Document(
                text=text,
                id=content_id(text),
                metadata={
                    "question": problem.question,
                    "solution": problem.solution,
                    "answer": float(problem.answer),
                    "family": problem.family,
                    "steps": problem.steps,
                    "seed_question": None,
                    "prompt": None,
                    "index": index,
                    "backend": "template",
                    "model": None,
                    "seed": spec.seed,
                    "recipe": "math",
                },
            )
