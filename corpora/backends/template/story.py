"""Writing one story: plan it (`plan.py`), then realise the plan (`realise.py`).

Everything is drawn from one random generator keyed on (seed, prompt index), so a story
depends on nothing else and a corpus is byte-identical however it is sharded.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from hornbook.corpora.backends.template.arcs import ARC_TEXT
from hornbook.corpora.backends.template.phrasing import cap
from hornbook.corpora.backends.template.plan import StoryPlan, make_plan
from hornbook.corpora.backends.template.realise import Sentence, Writer, realise
from hornbook.corpora.recipes.stories import StoryPrompt
from hornbook.corpora.vocabulary import Vocabulary

# With the opening control off, stories open the way most real TinyStories do.
ONCE_UPON_A_TIME_SHARE = 0.55
OTHER_OPENINGS = ("One day", "One sunny day", "Long ago", "One morning")


@dataclass(frozen=True)
class TemplateStory:
    """A story, its one-sentence summary, the name of its arc, and the plan it realises."""

    story: str
    summary: str
    shape: str
    plan: StoryPlan | None = None
    sentences: tuple[tuple[Sentence, ...], ...] = ()


def write_story(prompt: StoryPrompt, vocab: Vocabulary, seed: int) -> TemplateStory:
    """Write one story (and its summary) for `prompt`, deterministically per (seed, index)."""
    rng = random.Random(f"template:{seed}:{prompt.index}")
    plan = make_plan(prompt, vocab, rng)
    opening = prompt.opening
    if opening is None:
        roll = rng.random()
        if roll < ONCE_UPON_A_TIME_SHARE:
            opening = "Once upon a time"
        elif roll < ONCE_UPON_A_TIME_SHARE + 0.3:
            opening = rng.choice(OTHER_OPENINGS)
    paragraphs = realise(plan, rng, vocab, opening)
    lines = [" ".join(s.text for s in para) for para in paragraphs]
    if prompt.sentence:
        # Instruct mode: the required sentence, verbatim, at the end of the setting.
        lines[1] = f"{lines[1]} {prompt.sentence}"
    text = "\n".join(lines)
    writer = Writer(plan, rng, vocab)
    key = "summary" if plan.success else "summary_bad"
    summary = cap(writer.fill(rng.choice(ARC_TEXT[plan.arc][key])[0]))
    return TemplateStory(
        story=text,
        summary=summary,
        shape=plan.arc,
        plan=plan,
        sentences=tuple(tuple(p) for p in paragraphs),
    )


def generate_story(prompt: StoryPrompt, vocab: Vocabulary, seed: int) -> str:
    """The story text alone (see `write_story` for the summary and the plan)."""
    return write_story(prompt, vocab, seed).story
