"""The use case of ``samtale check``: what an utterance is, feedback in the model's words,
and better questions from the banks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from samtalecoach.check.kind_model import shipped_model
from samtalecoach.check.rules import Flag, UtteranceForm, classify_form, detect_lang
from samtalecoach.core.errors import Msg, UsageError
from samtalecoach.core.model import Banks, Form, Kind, Lang, Question
from samtalecoach.core.privacy import find_cpr
from samtalecoach.core.textfold import fold

#: Longer input is refused: a turn in a conversation is never this long.
MAX_CHARS = 2000
#: Below this confidence the kind is reported as uncertain.
UNSURE = 0.5
#: At most this many better questions per utterance.
SUGGESTIONS = 3
#: Words (folded) that say little about what a question is about.
_FUNCTION_WORDS = (
    "du dig din dit dine jeg mig min mit mine vi os vores i jer jeres han hun ham hende de dem det den der "
    "og eller at som er var har havde kan kunne vil ville skal skulle maa faar fik gaar gik bliver blev "
    "en et til fra paa med om af for i ud op ind nu saa da naar hvis ikke ogsaa bare lige lidt mere noget "
    "hvad hvordan hvilke hvilken hvilket hvem hvor hvornaar hvorfor siden sidst sidste gang selv "
    "you your yours me my we our us he she him her they them it its the a an and or to of in on at for "
    "with about from is are was were have has had do does did can could will would shall should be been "
    "what how which who where when why that this there so just more some any not since last time"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


@dataclass(frozen=True, slots=True)
class Analysis:
    """What one utterance is, and how to make it better."""

    text: str
    lang: Lang
    form: UtteranceForm
    kind: Kind | None
    confidence: float
    confidences: dict[Kind, float]
    flags: tuple[Flag, ...]
    feedback: tuple[Msg, ...]
    suggestions: tuple[Question, ...]

    @property
    def needs_work(self) -> bool:
        """Whether a teacher would ask for another version (not open, or flagged)."""
        return self.form is not UtteranceForm.OPEN or bool(self.flags)


def clean_utterance(text: str, field: Msg | str) -> str:
    """``text`` on one line, or a UsageError: empty, no letters, too long, or a CPR number."""
    flat = " ".join(text.split())
    if find_cpr(flat) is not None:
        raise UsageError(key="error.cpr", field=field)
    if not flat:
        raise UsageError(key="error.check_empty")
    if not any(c.isalpha() for c in flat):
        raise UsageError(key="error.check_no_words", value=flat)
    if len(flat) > MAX_CHARS:
        raise UsageError(key="error.check_too_long", n=len(flat), limit=MAX_CHARS)
    return flat


def _feedback(form: UtteranceForm, kind: Kind | None, confidence: float, flags: Sequence[Flag]) -> tuple[Msg, ...]:
    notes = [Msg(f"check.fb.{form.value}")]
    if Flag.FACT_CHECK in flags:
        notes = [Msg("check.fb.fact_check")]
    if kind is not None:
        notes.append(Msg(f"check.fb.kind.{kind.value}"))
        if confidence < UNSURE:
            notes.append(Msg.of("check.fb.unsure", pct=round(confidence * 100)))
    notes += [Msg(f"check.fb.{flag.value}") for flag in flags if flag is not Flag.FACT_CHECK]
    return tuple(notes)


def better_questions(banks: Banks, text: str, lang: Lang, kind: Kind | None, situation: str | None = None,
                     limit: int = SUGGESTIONS) -> tuple[Question, ...]:
    """Open bank questions of ``kind`` (any kind for a statement), for ``situation`` or general,
    nearest to ``text`` by rapidfuzz."""
    from rapidfuzz import fuzz, process  # only checks pay for the import

    pool, choices = _candidates(banks, lang, kind, situation)
    wanted = _content(text)
    ranked = process.extract(wanted, choices, scorer=fuzz.token_set_ratio, limit=limit * 5)
    # A better question is one the rules also call open and unflagged (some bank questions
    # that start with an hv-word only check a fact); only the nearest few are classified.
    picks = [pool[index] for choice, _, index in ranked
             if choice != wanted and _clean_open(pool[index], lang)]
    return tuple(picks[:limit])


#: The candidates per (banks, language, kind, situation), built once per run.
_POOLS: dict[tuple[int, Lang, Kind | None, str | None], tuple[list[Question], dict[int, str]]] = {}


def _candidates(banks: Banks, lang: Lang, kind: Kind | None,
                situation: str | None) -> tuple[list[Question], dict[int, str]]:
    key = (id(banks), lang, kind, situation)
    if key not in _POOLS:
        pool = [q for q in banks.questions if q.form is Form.OPEN and (kind is None or q.kind is kind)
                and (situation is None or not q.situations or situation in q.situations)]
        _POOLS[key] = (pool, {index: _content(q.text.get(lang)) for index, q in enumerate(pool)})
    return _POOLS[key]


def _content(text: str) -> str:
    """The words that carry the meaning: small function words are left out of the match."""
    return " ".join(w for w in fold(text).split() if w not in FUNCTION_WORDS)


#: Whether the rules call a bank question (id, language) open and unflagged, as met.
_CLEAN: dict[tuple[str, Lang], bool] = {}


def _clean_open(question: Question, lang: Lang) -> bool:
    key = (question.id, lang)
    if key not in _CLEAN:
        result = classify_form(question.text.get(lang), lang)
        _CLEAN[key] = result.form is UtteranceForm.OPEN and not result.flags
    return _CLEAN[key]


def analyse(text: str, lang: Lang | None = None, banks: Banks | None = None,
            situation: str | None = None) -> Analysis:
    """Form, kind (with confidence), flags, feedback and better questions for one utterance
    (already cleaned with :func:`clean_utterance`). Without ``banks``, no suggestions."""
    language = lang or detect_lang(text)
    result = classify_form(text, language)
    kind: Kind | None = None
    confidence = 0.0
    confidences: dict[Kind, float] = {}
    if result.form is not UtteranceForm.STATEMENT:
        kind, confidences = shipped_model().predict(result.question_text)
        confidence = confidences[kind]
    suggestions: tuple[Question, ...] = ()
    if banks is not None:
        suggestions = better_questions(banks, result.question_text, language, kind, situation)
    return Analysis(text, language, result.form, kind, confidence, confidences, result.flags,
                    _feedback(result.form, kind, confidence, result.flags), suggestions)


def split_lines(text: str) -> list[str]:
    """The non-empty lines of a file or standard input: one utterance per line."""
    return [line.strip() for line in text.splitlines() if line.strip()]
