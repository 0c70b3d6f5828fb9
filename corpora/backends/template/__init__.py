"""The `template` backend: offline, deterministic, CPU-only TinyStories-style stories.

It answers a `StoryPrompt` without a language model, so a corpus can be built (and the
whole pipeline tested) anywhere. A story is planned before it is written:

* `plan.py` — `make_plan`: the cast (names, pronouns, relations), the place, the one goal
  object, the arc (lost, stuck, taken, broken, sharing, water, brave about the object;
  rain, hurt, rescue, apart, gift, race, sick, chores, lie, picnic, pretend, night, plant,
  bake, fear about the people and animals around it) with its obstacle,
  who helps, and whether it ends well; required words get a role in the plan (`roles.py`);
* `ontology.py` — what each place has (trees, water, shelves, hiding spots, high spots,
  sights, activities), so no detail contradicts the place;
* `arcs.py` (and one `arcs_<name>.py` per arc about the people around the object),
  `banks.py` — the ways to say each plan step, arc-specific and shared (an arc may bring
  its own reactions, thanks and endings in place of the shared ones);
  `placements.py` — the ways to say a required word in its role (a trait, a feeling, the
  weather, a thing at the place...); `chat.py` — small talk before the trouble and after
  the ending. A small model learns a handful of templates by heart, so these banks are
  large: tens of alternatives per step, each with `[a|b]` choices inside (growing them,
  and then adding the arcs about people, is what moved the transfer benchmark, see
  `benchmarks/RESULTS.md`);
* `realise.py` — walks the plan and writes each step (`phrasing.py`: alternatives, speech
  tags, clause joining; `morph.py`: inflections and articles from lemminflect/inflect),
  growing the story towards a drawn length with plan-bound optional steps;
* `texture.py` — everyday detail (what the hero likes, eats, plays with, wants to be),
  drawn from the vocabulary's usage classes so a corpus uses more of the vocabulary;
* `pronouns.py` — a pass over the written paragraphs that turns repeated names into
  pronouns where unambiguous, and calls the parent "her mom" in narration, as real stories
  do; `phrasing.contract` adds the contractions children's stories use ("didn't");
* `lexicon.py` — usage classes for arbitrary vocabulary words;
* `story.py` — `write_story`: plan, then realise.

Guarantees (checked by tests/test_template_backend.py and tests/test_story_plan.py): every
word is in the vocabulary, every required word and requested feature appears, the
prompt's character, setting, opening and required sentence are used verbatim, every
sentence realises a step of the plan, and a story depends only on (seed, prompt index).
"""

from __future__ import annotations

from hornbook.corpora.backends.template.story import TemplateStory, generate_story, write_story

# Bump when the stories the backend writes change: it is part of the corpus fingerprint.
TEMPLATE_BACKEND_VERSION = "6"

__all__ = ["TEMPLATE_BACKEND_VERSION", "TemplateStory", "generate_story", "write_story"]
