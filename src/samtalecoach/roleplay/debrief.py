"""The debrief of a role-play: what the student did, what it did to the citizen, what
she held back, and which turns to rework, in the model's terms."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from samtalecoach.check.analyse import better_questions
from samtalecoach.check.rules import UtteranceForm
from samtalecoach.core.errors import Msg
from samtalecoach.core.model import Banks, Kind, Lang, Localized, Phase, Question
from samtalecoach.core.scenario import Dim, Disclosure, ReplyKey
from samtalecoach.roleplay.engine import MoveClass, State, Verdict
from samtalecoach.roleplay.play import Conversation, Turn

#: The kinds the model calls for in each phase.
PHASE_KINDS = {Phase.START: (Kind.FRAMING, Kind.CASE_CLARIFYING),
               Phase.MIDDLE: (Kind.CASE_CLARIFYING, Kind.DEVELOPING),
               Phase.END: (Kind.ACTION_CLARIFYING,)}
BEST, REWORK = 3, 3


@dataclass(frozen=True, slots=True)
class Counts:
    """What the caseworker said, by form, and how she shared the talk."""

    open: int
    closed: int
    helping: int
    statements: int
    longest_closed_run: int
    talk_share: float
    verdicts: dict[Verdict, int]
    mirrored: int


@dataclass(frozen=True, slots=True)
class Noted:
    """A turn picked out for the debrief, with why (and, to rework, a better version)."""

    turn: Turn
    why: Msg
    better: Question | None = None


@dataclass(frozen=True, slots=True)
class Debrief:
    """Everything the debrief shows."""

    counts: Counts
    kinds_by_phase: dict[Phase, dict[Kind, int]]
    missing_kinds: dict[Phase, tuple[Kind, ...]]
    start: State
    end: State
    curve: tuple[float, ...]
    reached: tuple[tuple[Disclosure, int], ...]
    missed: tuple[Disclosure, ...]
    best: tuple[Noted, ...]
    rework: tuple[Noted, ...]
    thoughts: tuple[tuple[int, Localized], ...]
    closing: Localized | None

    @property
    def alliance_rose(self) -> bool:
        """Whether the alliance ended higher than it began."""
        return self.end.alliance > self.start.alliance


def counts_of(conversation: Conversation) -> Counts:
    """Forms, the longest run of closed questions, the caseworker's share of the words."""
    forms = Counter(t.analysis.form for t in conversation.turns)
    longest = run = 0
    for turn in conversation.turns:
        run = run + 1 if turn.move.cls is MoveClass.CLOSED else 0
        longest = max(longest, run)
    own = sum(len(t.caseworker.split()) for t in conversation.turns)
    lang = conversation.lang
    theirs = sum(len(t.reply.say.get(lang).split()) for t in conversation.turns)
    theirs += len(conversation.opening.say.get(lang).split())
    share = round(own / (own + theirs), 2) if own + theirs else 0.0
    return Counts(forms[UtteranceForm.OPEN], forms[UtteranceForm.CLOSED], forms[UtteranceForm.HELPING],
                  forms[UtteranceForm.STATEMENT], longest, share, conversation.verdicts,
                  sum(t.move.mirrored for t in conversation.turns))


def _kinds(conversation: Conversation) -> dict[Phase, dict[Kind, int]]:
    table: dict[Phase, dict[Kind, int]] = {phase: dict.fromkeys(Kind, 0) for phase in Phase}
    for turn in conversation.turns:
        if turn.analysis.form is UtteranceForm.OPEN and turn.analysis.kind is not None:
            table[turn.phase][turn.analysis.kind] += 1
    return table


def _score(turn: Turn) -> int:
    gain = round((turn.state.alliance - turn.before.alliance) * 3)
    openness = turn.state[Dim.OPENNESS] - turn.before[Dim.OPENNESS]
    return gain + openness + 3 * (turn.disclosure is not None) + turn.move.mirrored


def _best(turns: list[Turn]) -> tuple[Noted, ...]:
    good = [t for t in turns if t.outcome.verdict is Verdict.APPROPRIATE and not t.analysis.needs_work
            and t.move.cls not in (MoveClass.STATEMENT, MoveClass.HELPING)]
    picked = sorted(good, key=lambda t: (-_score(t), t.number))[:BEST]
    notes = []
    for turn in sorted(picked, key=lambda t: t.number):
        if turn.disclosure is not None:
            why = Msg.of("rp.why.disclosure", kind=Msg(f"check.kind.{turn.move.cls.value}"))
        elif turn.move.mirrored:
            why = Msg.of("rp.why.mirrored", kind=Msg(f"check.kind.{turn.move.cls.value}"))
        else:
            why = Msg.of("rp.why.fits", kind=Msg(f"check.kind.{turn.move.cls.value}"),
                         phase=Msg(f"rp.phase.{turn.phase.value}"))
        notes.append(Noted(turn, why))
    return tuple(notes)


#: Why a turn is worth another version, by the reply it earned.
REWORK_WHY = {ReplyKey.ADVICE: "rp.rework.advice", ReplyKey.TOO_BIG: "rp.rework.too_big",
              ReplyKey.MISMATCH: "rp.rework.mismatch", ReplyKey.STACKED: "rp.rework.stacked",
              ReplyKey.WHY: "rp.rework.why", ReplyKey.LEADING: "rp.rework.leading",
              ReplyKey.TOO_SMALL: "rp.rework.too_small", ReplyKey.CLOSED: "rp.rework.closed",
              ReplyKey.HELPING: "rp.rework.helping"}
SEVERITY = {ReplyKey.ADVICE: 5, ReplyKey.TOO_BIG: 5, ReplyKey.MISMATCH: 5, ReplyKey.WHY: 4,
            ReplyKey.LEADING: 4, ReplyKey.STACKED: 3, ReplyKey.TOO_SMALL: 2, ReplyKey.CLOSED: 1,
            ReplyKey.HELPING: 1}


def wanted_kind(turn: Turn) -> Kind:
    """The kind of open question the phase called for at ``turn``."""
    if turn.phase is Phase.START:
        return Kind.FRAMING if turn.number == 1 else Kind.CASE_CLARIFYING
    if turn.phase is Phase.MIDDLE:
        return Kind.DEVELOPING if turn.before.asked_view else Kind.CASE_CLARIFYING
    return Kind.ACTION_CLARIFYING


def _rework(conversation: Conversation, banks: Banks | None) -> tuple[Noted, ...]:
    weak = [t for t in conversation.turns if t.outcome.key in REWORK_WHY and t.disclosure is None
            and not (t.outcome.key is ReplyKey.HELPING and t.state.alliance >= t.before.alliance)]
    picked = sorted(weak, key=lambda t: (-SEVERITY[t.outcome.key], -(t.before.alliance - t.state.alliance),
                                         t.number))[:REWORK]
    situation = conversation.scenario.situations[0] if conversation.scenario.situations else None
    notes = []
    for turn in sorted(picked, key=lambda t: t.number):
        better = None
        if banks is not None:
            found = better_questions(banks, turn.caseworker, conversation.lang, wanted_kind(turn), situation, limit=1)
            if not found and situation is not None:
                found = better_questions(banks, turn.caseworker, conversation.lang, wanted_kind(turn), None, limit=1)
            better = found[0] if found else None
        kind = Msg(f"check.kind.{wanted_kind(turn).value}")
        key = REWORK_WHY[turn.outcome.key]
        if turn.outcome.key is ReplyKey.ADVICE and turn.before.asked_view:
            key = "rp.rework.advice_coaching"  # asked, but a coaching conversation holds advice back
        notes.append(Noted(turn, Msg.of(key, kind=kind), better))
    return tuple(notes)


def debrief(conversation: Conversation, banks: Banks | None = None) -> Debrief:
    """The debrief of ``conversation`` (better versions of weak turns come from ``banks``)."""
    turns = conversation.turns
    kinds = _kinds(conversation)
    missing = {phase: tuple(k for k in PHASE_KINDS[phase] if not kinds[phase][k])
               for phase in Phase if any(t.phase is phase for t in turns)}
    reached = tuple((t.disclosure, t.number) for t in turns if t.disclosure is not None)
    told = {d.id for d, _ in reached}
    missed = tuple(d for d in conversation.scenario.disclosures if d.id not in told)
    thoughts = [(t.number, t.reply.think) for t in turns if t.reply.think is not None]
    closing = conversation.closing.say if conversation.closing is not None else None
    if conversation.closing is not None and conversation.closing.think is not None:
        thoughts.append((len(turns) + 1, conversation.closing.think))
    return Debrief(counts_of(conversation), kinds, missing, conversation.start, conversation.state,
                   tuple(conversation.curve), reached, missed, _best(turns), _rework(conversation, banks),
                   tuple((n, th) for n, th in thoughts if th is not None), closing)


def spark(values: tuple[float, ...] | list[float]) -> str:
    """A spark chart of 0-10 values, one block per value."""
    blocks = "▁▂▃▄▅▆▇█"
    return "".join(blocks[min(len(blocks) - 1, int(v / 10 * (len(blocks) - 1) + 0.5))] for v in values)


def lang_text(loc: Localized | None, lang: Lang) -> str:
    """``loc`` in ``lang``, or nothing."""
    return loc.get(lang) if loc is not None else ""
