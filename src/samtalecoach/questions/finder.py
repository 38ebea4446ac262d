"""Finding questions: filters that combine, forgiving search, random picks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samtalecoach.core.errors import UsageError
from samtalecoach.core.model import (
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
from samtalecoach.core.textfold import fold

KIND_ORDER = {kind: index for index, kind in enumerate(Kind)}

#: A query word matches a text word fuzzily at or above this rapidfuzz score.
FUZZY_THRESHOLD = 80
#: Fuzzy hits more than this far below the best one are left out.
FUZZY_MARGIN = 5.0
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

    def as_flags(self) -> str:
        """The filter as the flags that express it, for the 'no match' message."""
        parts = [f"--kind {k.value}" for k in self.kinds]
        parts += [f"--phase {p.value}" for p in self.phases]
        parts += [f"--type {c.value}" for c in self.types]
        parts += [f"--situation {s}" for s in self.situations]
        parts += [f"--form {f.value}" for f in self.forms]
        parts += [f"--intensity {i.value}" for i in self.intensities]
        if self.only_specific:
            parts.append("--specific")
        if self.search:
            parts.append(f"--search '{self.search}'")
        return " ".join(parts) or "—"


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
    raise UsageError(key="error.situation", value=text, known=known)


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


def _fuzzy_word_score(query: str, words: Sequence[str]) -> float:
    """How close ``query`` comes to any word, whole or as the start of a longer
    word ('praktk' is close to 'praktikken')."""
    from rapidfuzz.fuzz import ratio  # only searches pay for the import

    best = 0.0
    for word in words:
        if len(word) + 2 < len(query):
            continue
        size = len(query)
        best = max(best, ratio(query, word), ratio(query, word[:size]),
                   ratio(query, word[: size + 1]))
    return best


def _search_score(query_words: Sequence[str], haystack: str, fuzzy: bool) -> float:
    """0 when some query word is missing; else the mean match score (100 = exact)."""
    words = haystack.split()
    total = 0.0
    for query in query_words:
        if query in haystack:
            total += 100.0
            continue
        if not fuzzy or len(query) < FUZZY_MIN_LENGTH:
            return 0.0
        best = _fuzzy_word_score(query, words)
        if best < FUZZY_THRESHOLD:
            return 0.0
        total += best - 1.0  # an exact hit always ranks above a fuzzy one
    return total / len(query_words)


def _search(
    questions: Sequence[Question], flt: QuestionFilter, query_words: Sequence[str], lang: Lang,
    *, fuzzy: bool,
) -> list[Hit]:
    hits = []
    for question in questions:
        score = 100.0
        if query_words:
            note = question.note.get(lang) if question.note else ""
            haystack = fold(question.text.get(lang) + " " + note)
            score = _search_score(query_words, haystack, fuzzy)
            if score <= 0:
                continue
        specific = bool(set(flt.situations) & set(question.situations))
        hits.append(Hit(question, score, specific))
    return hits


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
    candidates = [q for q in banks.questions if _passes(q, flt)]
    hits = _search(candidates, flt, query_words, lang, fuzzy=False)
    if not hits and query_words:
        # Typos only when the exact words find nothing: 'praktik' must not
        # also bring 'praktisk' (practical), but 'praktk' should find something.
        hits = _search(candidates, flt, query_words, lang, fuzzy=True)
        best = max((h.score for h in hits), default=0.0)
        hits = [h for h in hits if h.score >= best - FUZZY_MARGIN]
    if sample is not None:
        if sample < 1:
            raise UsageError(key="error.random")
        import random  # only --random pays for the import

        rng = random.Random(seed)
        hits = rng.sample(hits, min(sample, len(hits)))
    # sort() is stable: equal keys keep bank order (or the random order).
    hits.sort(key=lambda h: (KIND_ORDER[h.question.kind], -h.score, not h.specific))
    return hits
