"""A role-play transcript summed up in the model's terms: forms, closed runs, talk time,
kinds per third against what the model expects, advice before her view, turns to rework."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from samtalecoach.check.analyse import Analysis, analyse, clean_utterance
from samtalecoach.check.rules import UtteranceForm, detect_lang, words
from samtalecoach.core.errors import Msg, UsageError
from samtalecoach.core.model import Banks, Kind, Lang, Phase
from samtalecoach.core.privacy import find_cpr

#: The caseworker's label unless told otherwise; every other label is the citizen (or a third party).
CASEWORKER = "R"
_LABEL = re.compile(r"^\s*([^\W\d_][\w .-]{0,29}?)\s*:\s*(.*)$")
#: What the model expects most of in each third of a conversation.
EXPECTED = {Phase.START: Kind.FRAMING, Phase.MIDDLE: Kind.DEVELOPING, Phase.END: Kind.ACTION_CLARIFYING}
#: Words of advice: the caseworker's own solution, given as a statement.
ADVICE = re.compile(
    r"\b(du (skal|bør|burde|må hellere|kunne jo)|jeg (vil|ville) (foreslå|anbefale|råde)|mit råd|jeg synes,? du"
    r"|det bedste (er|ville være)|you (should|ought to|need to|must|could just)|i'?d (suggest|recommend|advise)"
    r"|my advice|if i were you|hvis jeg var dig)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn: who spoke (the label as written), what was said, and its number."""

    number: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class CheckedTurn:
    """A caseworker turn with its analysis and the third of the conversation it falls in."""

    turn: Turn
    analysis: Analysis
    third: Phase


@dataclass(frozen=True, slots=True)
class TranscriptSummary:
    """The summary of one role-play."""

    turns: int
    caseworker: tuple[CheckedTurn, ...]
    forms: dict[UtteranceForm, int]
    longest_closed_run: int
    closed_run_from: int | None
    talk_share: float
    kinds_by_third: dict[Phase, dict[Kind, int]]
    advice_before_view: int | None
    rework: tuple[CheckedTurn, ...]

    def share(self, form: UtteranceForm) -> float:
        """The share of the caseworker's turns that have ``form``."""
        return self.forms.get(form, 0) / len(self.caseworker) if self.caseworker else 0.0

    def third_matches(self, third: Phase) -> bool:
        """Whether the kind the model expects in ``third`` is the most common there."""
        counts = self.kinds_by_third[third]
        return bool(counts) and counts.get(EXPECTED[third], 0) == max(counts.values())


def parse_transcript(text: str, caseworker: str = CASEWORKER) -> list[Turn]:
    """The turns of a transcript: each starts with 'LABEL:'; lines without one continue the turn.
    A transcript without the caseworker's label, or with no labels at all, is a UsageError."""
    if find_cpr(text) is not None:
        raise UsageError(key="error.cpr", field=Msg("check.where.transcript"))
    turns: list[Turn] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _LABEL.match(line)
        if match and len(words(match.group(1))) <= 3:
            turns.append(Turn(len(turns) + 1, match.group(1).strip(), match.group(2).strip()))
        elif turns:
            last = turns[-1]
            turns[-1] = Turn(last.number, last.label, f"{last.text} {line.strip()}".strip())
    if not turns:
        raise UsageError(key="error.transcript_no_labels", label=caseworker)
    if not any(t.label.casefold() == caseworker.casefold() for t in turns):
        raise UsageError(key="error.transcript_no_caseworker", label=caseworker,
                         labels=", ".join(sorted({t.label for t in turns})))
    return turns


def _third(index: int, total: int) -> Phase:
    return (Phase.START, Phase.MIDDLE, Phase.END)[min(3 * index // max(total, 1), 2)]


def summarise(turns: Sequence[Turn], caseworker: str = CASEWORKER, lang: Lang | None = None,
              banks: Banks | None = None) -> TranscriptSummary:
    """The summary of a parsed transcript; ``lang`` None: guessed from the whole text."""
    language = lang or detect_lang(" ".join(t.text for t in turns))
    mine = [t for t in turns if t.label.casefold() == caseworker.casefold() and any(c.isalpha() for c in t.text)]
    checked = tuple(
        CheckedTurn(t, analyse(clean_utterance(t.text, Msg.of("check.where.turn", n=t.number)), language),
                    _third(t.number - 1, len(turns)))
        for t in mine)
    forms = Counter(c.analysis.form for c in checked)
    run = best = 0
    start = best_start = None
    for c in checked:
        if c.analysis.form is UtteranceForm.CLOSED:
            run += 1
            start = c.turn.number if run == 1 else start
            if run > best:
                best, best_start = run, start
        else:
            run = 0
    spoken = sum(len(words(t.text)) for t in turns)
    own = sum(len(words(c.turn.text)) for c in checked)
    kinds: dict[Phase, dict[Kind, int]] = {phase: {} for phase in Phase}
    for c in checked:
        if c.analysis.kind is not None:
            kinds[c.third][c.analysis.kind] = kinds[c.third].get(c.analysis.kind, 0) + 1
    advice = None
    for c in checked:
        if c.analysis.form is UtteranceForm.OPEN:
            break
        if c.analysis.form is UtteranceForm.HELPING or (
                c.analysis.form is UtteranceForm.STATEMENT and ADVICE.search(c.turn.text)):
            advice = c.turn.number
            break
    rework = tuple(
        CheckedTurn(c.turn, analyse(c.analysis.text, language, banks), c.third) if banks is not None else c
        for c in checked if c.analysis.form is not UtteranceForm.STATEMENT and c.analysis.needs_work)
    return TranscriptSummary(len(turns), checked, dict(forms), best, best_start,
                             own / spoken if spoken else 0.0, kinds, advice, rework)
