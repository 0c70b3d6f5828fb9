"""The `template` backend: offline, deterministic, CPU-only TinyStories-style stories.

It answers a `StoryPrompt` without a language model, so a corpus can be built (and the
whole pipeline tested) anywhere. It is a small story grammar:

* `shapes.py` — twelve plots (lost and found, wanting something, helping a friend, a trip,
  a lesson, a contest, a misunderstanding, making something, a storm, a new friend, a
  rescue, sharing), each as beats (inciting event, attempts, dialogue, twist, a good and a
  bad climax, morals, summaries) with alternative realisations;
* `grammar.py` — the beats every shape shares (first sentences, descriptions, the
  foreshadowing set-up/payoff pairs, conflict and its outcome, happy and bad endings, moral
  stems) and `bank_pattern`, which tests use to check that a feature's beat is present;
* `lexicon.py` — the lexical classes that make arbitrary vocabulary words usable;
* `story.py` — `write_story`: cast, world, required words, then the beats in order.

Guarantees (checked by tests/test_template_backend.py): every word is in the vocabulary,
every required word and every requested feature really appears, the prompt's character,
setting, opening and (instruct mode) required sentence are used verbatim, and a story
depends only on (seed, prompt index).
"""

from __future__ import annotations

from hornbook.corpora.backends.template.story import TemplateStory, generate_story, write_story

# Bump when the stories the backend writes change: it is part of the corpus fingerprint.
TEMPLATE_BACKEND_VERSION = "2"

__all__ = ["TEMPLATE_BACKEND_VERSION", "TemplateStory", "generate_story", "write_story"]
