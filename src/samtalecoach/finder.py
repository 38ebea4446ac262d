"""Finding questions: filters that combine, forgiving search, random picks."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import UsageError
from .model import (
    Banks,
    ConversationType,
    Form,
    Intensity,
    Kind,
    Lang,
    Phase,
    Question,
    Situation,
)
from .textfold import fold

KIND_ORDER = {kind: index for index, kind in enumerate(Kind)}

#: A query word matches a text word fuzzily at or above this rapidfuzz score.
FUZZY_THRESHOLD = 80
#: Words shorter than this must match exactly (as part of a word): too many
#: short words are one letter apart.
FUZZY_MIN_LENGTH = 4


@dataclass(frozen=True, slots=True)
class QuestionFilter:
    """What the user asked for. Values inside one field are alternatives (OR);
    the fields combine (AND). An empty field does not filter."""

    kinds: tuple[Kind, ...] = ()
    phases: tuple[Phase, ...] = ()
    types: tuple[ConversationType, ...] = ()
    situations: tuple[str, ...] = ()
    forms: tuple[Form, ...] = ()
    intensities: tuple[Intensity, ...] = ()
    search: str = ""
    only_specific: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A question that passed the filter, with how well it matched."""

    question: Question
    score: float
    specific: bool


def resolve_situation(banks: Banks, text: str) -> Situation:
    """The situation a user means by ``text``: its id, an alias or its name."""
    wanted = fold(text)
    for situation in banks.situations:
        names = {situation.id, *situation.aliases, situation.name.da, situation.name.en}
        if wanted in {fold(name) for name in names}:
            return situation
    known = ", ".join(s.id for s in banks.situations)
    raise UsageError(
        f"--situation: unknown situation '{text}'. Known: {known}. "
        "See them all with 'samtale situations'."
    )


def _passes(question: Question, flt: QuestionFilter) -> bool:
    if flt.kinds and question.kind not in flt.kinds:
        return False
    if flt.phases and not set(flt.phases) & set(question.phases):
        return False
    if flt.types and not set(flt.types) & set(question.conversation_types):
        return False
    if flt.forms and question.form not in flt.forms:
        return False
    if flt.intensities and question.intensity not in flt.intensities:
        return False
    if flt.situations:
        tagged = bool(set(flt.situations) & set(question.situations))
        # Untagged questions are general: they fit every situation.
        general = not question.situations and not flt.only_specific
        if not (tagged or general):
            return False
    return True


def _search_score(query_words: Sequence[str], haystack: str) -> float:
    """0 when some query word is missing; else the mean match score (100 = exact)."""
    if not query_words:
        return 100.0
    words = haystack.split()
    total = 0.0
    for query in query_words:
        if query in haystack:
            total += 100.0
            continue
        if len(query) < FUZZY_MIN_LENGTH:
            return 0.0
        from rapidfuzz import fuzz, process  # only searches pay for the import

        best = process.extractOne(query, words, scorer=fuzz.partial_ratio,
                                  score_cutoff=FUZZY_THRESHOLD)
        if best is None:
            return 0.0
        total += float(best[1]) - 1.0  # an exact hit always ranks above a fuzzy one
    return total / len(query_words)


def find_questions(
    banks: Banks,
    flt: QuestionFilter,
    lang: Lang,
    *,
    sample: int | None = None,
    seed: int | None = None,
) -> list[Hit]:
    """The questions matching ``flt``, in display order: by kind, then best match
    first, situation-specific before general, then bank order.

    ``sample`` picks that many at random among the matches (reproducible with ``seed``).
    """
    query_words = fold(flt.search).split()
    hits: list[Hit] = []
    for question in banks.questions:
        if not _passes(question, flt):
            continue
        score = 100.0
        if query_words:
            note = question.note.get(lang) if question.note else ""
            score = _search_score(query_words, fold(question.text.get(lang) + " " + note))
            if score <= 0:
                continue
        specific = bool(set(flt.situations) & set(question.situations))
        hits.append(Hit(question, score, specific))
    if sample is not None:
        if sample < 1:
            raise UsageError("--random: give a number of questions, 1 or more.")
        rng = random.Random(seed)
        hits = rng.sample(hits, min(sample, len(hits)))
    # sort() is stable: equal keys keep bank order (or the random order).
    hits.sort(key=lambda h: (KIND_ORDER[h.question.kind], -h.score, not h.specific))
    return hits
