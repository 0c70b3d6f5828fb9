"""Plan/realisation invariants of the template backend, over thousands of stories.

A story is planned (cast, place, object, arc, obstacle, resolution) before it is written;
these tests check that what is written agrees with the plan: only the plan's people appear,
the goal object keeps its identity, place details fit the place, pronouns agree with the
character they stand for, the ending answers the goal, and every sentence belongs to the
story it is in.
"""

from __future__ import annotations

import collections
import re

import pytest
from hornbook.corpora.backends.template import write_story
from hornbook.corpora.backends.template.ontology import DETAIL_WORDS, PLACES, allows
from hornbook.corpora.backends.template.roles import PORTABLE
from hornbook.corpora.recipes.stories import sample_prompt
from hornbook.corpora.spec import InstructSpec, StoriesRecipe
from hornbook.corpora.vocabulary import load_vocabulary

N = 3000
SEED = 7
_SENTENCE_RE = re.compile(r'(?<=[.!?])"?\s+')
_QUOTE_RE = re.compile(r'"[^"]*"')
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# Pronouns that point back to the cast or the object, contracted ones included ("It's"),
# and the pair's "their" ("over their heads") and the hero's "him".
_PRONOUNS = {"he", "she", "it", "they", "his", "her", "them", "its", "their", "him"}
_PRONOUNS |= {f"{p}{c}" for p in ("he", "she", "it", "they") for c in ("'s", "'ll", "'re", "'d")}
# What some arcs' plans hold besides the cast and the object: the seed the children plant,
# the bedroom where the hero can not sleep ("The seed never grew." is a plant story's).
_ARC_ANCHORS = {
    "plant": ("seed", "pot", "plant", "soil", "flower", "leaf", "green"),
    "night": ("room", "night", "dark", "light", "lamp"),
}
# Things a character may own besides the goal object (said as "her shoe", "his bag").
_INCIDENTAL = frozenset({"shoe", "shoes", "bag", "pocket", "pants", "toy", "toys"})


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary("child")


@pytest.fixture(scope="module")
def stories(vocab):
    recipe = StoriesRecipe(
        min_features=0, max_features=4, instruct=InstructSpec(enabled=True, sentence_fraction=0.3)
    )
    out = []
    for i in range(N):
        prompt = sample_prompt(recipe, vocab, SEED, i)
        out.append((prompt, write_story(prompt, vocab, SEED)))
    return out


def _own_text(prompt, written) -> str:
    """The story without the instruct sentence (which the prompt dictates verbatim)."""
    text = written.story
    return text.replace(prompt.sentence, "") if prompt.sentence else text


def test_only_planned_people_are_named(stories, vocab):
    """Every name in the story is the hero, the friend or the parent of the plan."""
    names = {n for n in vocab.names}
    for prompt, written in stories:
        plan = written.plan
        cast = {plan.hero.name, plan.friend.name, plan.parent.name}
        for word in _WORD_RE.findall(_own_text(prompt, written)):
            word = word.removesuffix("'s")
            if word in names and word not in cast:
                assert word in prompt.required_words, (word, cast, written.story)


def test_the_goal_object_keeps_its_identity(stories):
    """The object is mentioned throughout, always with the plan's own adjectives, and the
    hero never owns a different portable thing instead."""
    for prompt, written in stories:
        plan, text = written.plan, _own_text(prompt, written)
        noun = plan.obj.noun
        assert text.count(noun) >= 3, (noun, text)
        lowered = text.lower()
        adjectives = {a.lower() for a in plan.obj.adjectives}
        for match in re.finditer(rf"\b(\w+) {re.escape(noun.lower())}\b", lowered):
            if match.group(1) in _adjective_like():
                assert match.group(1) in adjectives, (match.group(0), plan.obj, text)
        owner = rf"\b(?:his|her|{re.escape(plan.hero.name.lower())}'s)"
        # Frames of required words ("zip his coat") may own other things; the rest may not.
        plot = " ".join(
            s.text for p in written.sentences for s in p if s.step not in ("verb", "special")
        ).lower()
        for match in re.finditer(owner + r" (\w+)", plot):
            word = match.group(1)
            if word in PORTABLE and word not in _INCIDENTAL and word != noun.split()[-1]:
                adjectives = {a.lower() for a in plan.obj.adjectives}
                assert word in adjectives or word in noun.split(), (match.group(0), text)


def _adjective_like() -> frozenset[str]:
    from hornbook.corpora.backends.template.plan import OBJECT_COLORS, OBJECT_LOOKS

    return frozenset(OBJECT_COLORS + OBJECT_LOOKS)


def test_place_details_fit_the_place(stories):
    """Trees, sand, waves and shelves only where the ontology says the place has them."""
    checked = 0
    for prompt, written in stories:
        place = written.plan.place
        required = {w.lower() for w in prompt.required_words}
        # The required verb's habit ("liked to shake the tree") is not set in the place.
        own = [s.text for p in written.sentences for s in p if s.step != "verb"]
        for word in _WORD_RE.findall(" ".join(own).lower()):
            prop = DETAIL_WORDS.get(word)
            if prop is None or word in required:
                continue
            checked += 1
            assert allows(place, prop), (word, place.head, written.story)
    # The check had material to look at (the arcs about people avoid place-bound words).
    assert checked > N / 5


def test_the_ontology_is_consistent():
    """Each place's own spots, sights and activities use only details it has."""
    from hornbook.corpora.backends.template.ontology import ACTIVITIES

    for head, place in PLACES.items():
        lines = [*place.spots, *place.high, *place.sights, *ACTIVITIES.get(head, ())]
        for line in lines:
            for word in _WORD_RE.findall(line.lower()):
                prop = DETAIL_WORDS.get(word)
                assert prop is None or allows(place, prop), (head, line)


def test_pronouns_agree_with_the_character(stories):
    """A narrative sentence about the hero alone uses the hero's pronouns."""
    checked = 0
    for prompt, written in stories:
        plan = written.plan
        # The helper is named by its head noun ("an owner" is "the owner" in the story).
        helper = plan.helper_phrase.split()[-1] if plan.helper_phrase else ""
        others = [plan.friend.name, plan.parent.name, plan.animal.name, helper]
        wrong = {"she": r"\b(he|him|his)\b", "he": r"\b(she|her|hers)\b"}[plan.hero.he]
        for sentence in _SENTENCE_RE.split(_own_text(prompt, written).replace("\n", " ")):
            narrative = _QUOTE_RE.sub("", sentence)
            if plan.hero.name not in narrative or '"' in narrative:
                continue
            if any(o and o.lower() in narrative.lower() for o in others):
                continue
            if re.search(r"\b(man|woman|boy|girl|lady)\b", narrative.replace(plan.hero.kind, "")):
                continue
            checked += 1
            assert not re.search(wrong, narrative, re.I), (plan.hero, narrative)
    assert checked > N


def test_the_resolution_answers_the_goal(stories):
    """The climax names the goal object; a happy ending is the good one, a bad one bad."""
    for _, written in stories:
        plan = written.plan
        climax = " ".join(
            s.text for para in written.sentences for s in para if "resolution" in s.step
        )
        assert plan.obj.noun in climax, (plan.obj.noun, climax)
        ending = " ".join(s.text for s in written.sentences[-1]).lower()
        sad = re.search(
            r"\b(sad|cried|never|missed|without|alone|crying|upset|could not|couldn't)\b", ending
        )
        if not plan.success:
            assert sad, ending


def test_every_sentence_belongs_to_its_story(stories):
    """Each sentence is tagged with the plan step it realises and names something of the
    plan (a character, the object, the place) or points back to one with a pronoun; and
    no narrative sentence is shared word for word by many stories."""
    counts: collections.Counter[str] = collections.Counter()
    for prompt, written in stories:
        plan = written.plan
        anchors = {
            plan.hero.name,
            plan.friend.name,
            plan.parent.name,
            plan.obj.noun,
            plan.where.split()[-1],
            plan.animal.kind,
            plan.hero.kind,  # "the little girl" refers back to the hero
            plan.helper_phrase.split()[-1] if plan.helper_phrase else "",
            *prompt.required_words,
            *_ARC_ANCHORS.get(plan.arc, ()),
        }
        for para in written.sentences:
            for tagged in para:
                assert tagged.step, tagged
                # Speech is its speaker's (named in the tag): each quote becomes one token
                # first, so a quote of several sentences is not split into "narrative".
                for sentence in _SENTENCE_RE.split(_QUOTE_RE.sub('"_"', tagged.text)):
                    if '"' in sentence or sentence.startswith(("But ", "And ")):
                        continue  # speech (its speaker is in the tag), or a continuation
                    words = set(_WORD_RE.findall(sentence.lower()))
                    bound = any(a.lower() in sentence.lower() for a in anchors if a)
                    pronoun = words & _PRONOUNS
                    assert bound or pronoun or len(words) <= 3, (sentence, written.story)
                    if len(words) >= 5:  # short reactions ("It broke.") are everyone's
                        counts[sentence] += 1
    shared = [(s, c) for s, c in counts.most_common(20) if c > N * 0.02]
    assert not shared, shared
