"""The `template` backend for the math recipe: offline, deterministic TinyGSM-style rows.

A problem is built by a family generator (shopping & change, sharing & grouping, rates &
time, ages, fractions, percentages, multi-step chains) that draws a scenario, its numbers
and its wording from a random generator keyed on (seed, index), and writes the question and
the program *together*, one sentence and one program line at a time, so the program always
computes what the question asks.

`steps` is the number of arithmetic operations in the program (`a + b + c` counts two);
each family can reach any count from its minimum up to 8, so `recipe.min_steps` and
`recipe.max_steps` are honoured exactly. Every number in the question and every
intermediate value stays within `0..recipe.max_number`, and all of them are whole numbers:
divisions are only drawn where they come out even (the fractions and percentages families
use Python's `/`, so their programs return floats such as `18.0`, never `17.999`).

The answer is computed by running the stored program with a trusted in-process `exec`,
not the sandbox: this module wrote every character of that program from its own templates
and integer literals (people's names only ever reach the docstring), so it is not
untrusted code, and exec costs microseconds where a sandboxed process costs milliseconds.
The result is cross-checked against the exact value the generator tracked while building
the program, and curation re-runs every program in the sandbox anyway (and the tests check
that 100% of template rows verify there), so the stored answer is always the answer of the
stored program.

With `recipe.vocabulary` set, every phrasing and every item word is checked against the
vocabulary once per process and only those that pass are used (`$`, `%`, digits and names
are not words), so every question is in vocabulary by construction.

The package follows those seams: `phrases` (tables: people, item pools, wordings),
`lexicon` (the tables filtered by a vocabulary), `program` (the `solution()` builder),
`families` (the seven problem generators) and `step` (one problem from recipe, seed and
index; the DataTrove step).
"""

from hornbook.corpora.backends.template_math.families import FAMILIES
from hornbook.corpora.backends.template_math.lexicon import Lexicon, build_lexicon
from hornbook.corpora.backends.template_math.program import Program, Redraw, Var
from hornbook.corpora.backends.template_math.step import (
    MAX_ATTEMPTS,
    TEMPLATE_MATH_VERSION,
    GenerateMathTemplate,
    MathProblem,
    families_for,
    generate_problem,
    run_trusted,
)

__all__ = [
    "FAMILIES",
    "MAX_ATTEMPTS",
    "TEMPLATE_MATH_VERSION",
    "GenerateMathTemplate",
    "Lexicon",
    "MathProblem",
    "Program",
    "Redraw",
    "Var",
    "build_lexicon",
    "families_for",
    "generate_problem",
    "run_trusted",
]
