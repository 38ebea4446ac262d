"""``samtale roleplay check``: does a scenario play? A breadth-first search, with the same
rules a session plays, from her start state, over the classes of move the analyser reports
that can take her further (open questions of each kind, with or without her own words,
information, a suggestion; poor moves only lower her state, so no shortest way uses them).

It finds the shortest way to every disclosure and to a good end (every disclosure told,
the alliance higher than at the start), states from which no move helps her any more
(dead ends), phases and disclosures where a reply key has no variant that fits, and thin
replies.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from samtalecoach.core.errors import Msg
from samtalecoach.core.i18n import t
from samtalecoach.core.model import Lang, Localized, Phase
from samtalecoach.core.scenario import (
    DEFAULT_MIN_VARIANTS,
    MIN_VARIANTS,
    Dim,
    ReplyKey,
    Scenario,
)
from samtalecoach.roleplay.engine import KIND_OF, OPEN_CLASSES, Move, MoveClass, State, next_phase, step

#: A good end must be reachable within this many turns (the issue: 10-20 turns).
MAX_TURNS = 20
#: The phase moves the search may add on top of the turns.
PHASE_MOVES = 2
#: Reply keys whose variants should say what she thinks.
THINK_KEYS = (ReplyKey.ADVICE, ReplyKey.TOO_BIG, ReplyKey.STACKED, ReplyKey.WHY, ReplyKey.LEADING)
NEXT_PHASE = "phase"


def forward_moves(mirroring: bool) -> list[Move]:
    """The moves that can take her further: open questions (mirroring or not), information and
    options. A flagged question, a closed one or advice never raises her state in the rules,
    so the shortest way anywhere does not use them (the search stays small)."""
    mirrored = (False, True) if mirroring else (False,)
    result = [Move(cls, mirrored=m) for cls in OPEN_CLASSES.values() for m in mirrored]
    return result + [Move(MoveClass.HELPING), Move(MoveClass.STATEMENT)]


def move_name(move: Move | str, lang: Lang) -> str:
    """A short name of a move for paths: 'udviklende+spejling', '/fase'."""
    if isinstance(move, str):
        return t(lang, "rp.move.phase")
    key = f"check.kind.{move.cls.value}" if move.cls in KIND_OF else f"rp.move.{move.cls.value}"
    name = t(lang, key)
    if move.mirrored:
        name += "+" + t(lang, "rp.move.mirror")
    return name + "".join("+" + t(lang, f"check.flag.{flag.value}") for flag in sorted(move.flags))


def path_text(path: list[Move | str]) -> Localized:
    """A path of moves in both languages, for messages."""
    da, en = (" → ".join(move_name(m, lang) for m in path) or "-" for lang in (Lang.DA, Lang.EN))
    return Localized(da, en)


def turns_in(path: list[Move | str]) -> int:
    """How many lines the caseworker says along ``path`` (phase moves are not lines)."""
    return sum(not isinstance(m, str) for m in path)


@dataclass
class Report:
    """What the search found in one scenario."""

    scenario: Scenario
    errors: list[Msg] = field(default_factory=list)
    warnings: list[Msg] = field(default_factory=list)
    #: The shortest path to each disclosure, and to a good end.
    paths: dict[str, list[Move | str]] = field(default_factory=dict)
    good_end: list[Move | str] | None = None
    states: int = 0


def _fits(scenario: Scenario, key: ReplyKey, state: State) -> bool:
    return any(v.fits(state.phase, state.disclosed) for v in scenario.replies_for(key))


def _helps(before: State, after: State) -> bool:
    return (after.alliance > before.alliance or after[Dim.OPENNESS] > before[Dim.OPENNESS]
            or len(after.disclosed) > len(before.disclosed))


def search(scenario: Scenario, max_turns: int = MAX_TURNS) -> Report:
    """Search the scenario's state space from the start (at most ``max_turns`` turns)."""
    report = Report(scenario)
    mirroring = any(v.mirror != ((), ()) for vs in scenario.replies.values() for v in vs)
    forward = forward_moves(mirroring)
    if scenario.decision_words != ((), ()):
        forward.append(Move(MoveClass.STATEMENT, tells=True))
    start = State.initial(scenario)
    parents: dict[State, tuple[State, Move | str] | None] = {start: None}
    turns = {start: 0}
    kept: dict[tuple[object, ...], list[State]] = {}
    _keep(kept, start)
    frontier = [start]
    wanted = {d.id for d in scenario.disclosures}
    done = False
    while frontier and not done:
        following: list[State] = []
        for state in frontier:
            steps: list[tuple[Move | str, State]] = []
            if turns[state] < max_turns:
                steps += [(move, step(scenario, state, move).state) for move in forward]
            if state.phase is not Phase.END:
                steps.append((NEXT_PHASE, next_phase(state)))
            for move, after in steps:
                if after not in parents and _keep(kept, after):
                    parents[after] = (state, move)
                    turns[after] = turns[state] + (0 if move == NEXT_PHASE else 1)
                    following.append(after)
                    # Every disclosure told with a higher alliance: the shortest good end is found.
                    done = done or (set(after.disclosed) == wanted and after.alliance > start.alliance)
        frontier = following
    report.states = len(parents)
    _paths(report, parents, start, max_turns)
    _dead_ends_and_replies(report, parents, [s for bucket in kept.values() for s in bucket], forward)
    _thin(report)
    return report


def _bucket(state: State) -> tuple[object, ...]:
    return (state.phase, frozenset(state.disclosed))


def _dominates(a: State, b: State) -> bool:
    """Whether ``a`` is at least as far as ``b`` on every count (then ``b`` need not be searched:
    in the rules, a higher level, her view asked, the decision told, fewer closed or framing
    questions in a row or phase, or fewer phases informed never closes a door)."""
    x, y = a.levels, b.levels
    return (x[0] >= y[0] and x[1] >= y[1] and x[2] >= y[2] and x[3] >= y[3] and x[4] >= y[4]
            and a.closed_run <= b.closed_run and a.framed <= b.framed and a.asked_view >= b.asked_view
            and a.told_decision >= b.told_decision and a.informed <= b.informed)


def _keep(kept: dict[tuple[object, ...], list[State]], state: State) -> bool:
    """Keep ``state`` unless a kept state of its kind dominates it (and drop those it dominates)."""
    bucket = kept.setdefault(_bucket(state), [])
    if any(_dominates(other, state) for other in bucket):
        return False
    bucket[:] = [other for other in bucket if not _dominates(state, other)]
    bucket.append(state)
    return True


def _dead_ends_and_replies(report: Report, parents: dict[State, tuple[State, Move | str] | None],
                           frontier: list[State], forward: list[Move]) -> None:
    """Does every reply key have a variant that fits wherever the search went (phase, what
    she has told), and does some move still help her in every state found (before the end)?"""
    scenario = report.scenario
    wanted = {d.id for d in scenario.disclosures}
    places = {(state.phase, state.disclosed): state for state in parents}
    missing = sorted({key for state in places.values() for key in ReplyKey if not _fits(scenario, key, state)})
    def stuck(state: State) -> bool:
        return not any(_helps(state, step(scenario, state, move).state) for move in forward)

    # Stuck here and in the next phase too: no move of hers and no /fase leads on. Only the
    # states no other state outdoes are tried: one that is worse on every count has room to rise.
    dead = next((state for state in frontier if state.phase is not Phase.END and set(state.disclosed) != wanted
                 and stuck(state) and stuck(next_phase(state))), None)
    if dead is not None:
        report.errors.append(Msg.of("rp.lint.dead_end", path=path_text(_path(parents, dead))))
    for key in missing:
        report.errors.append(Msg.of("rp.lint.no_reply", key=key.value))


def _path(parents: dict[State, tuple[State, Move | str] | None], state: State) -> list[Move | str]:
    moves_back: list[Move | str] = []
    link = parents[state]
    while link is not None:
        state, move = link
        moves_back.append(move)
        link = parents[state]
    return moves_back[::-1]


def _paths(report: Report, parents: dict[State, tuple[State, Move | str] | None], start: State,
           max_turns: int) -> None:
    scenario = report.scenario
    wanted = {d.id for d in scenario.disclosures}
    best: dict[str, list[Move | str]] = {}
    good: list[Move | str] | None = None
    for state in parents:  # in breadth-first order: the first found is among the shortest
        for ident in state.disclosed:
            if ident not in best:
                best[ident] = _path(parents, state)
        if good is None and set(state.disclosed) == wanted and state.alliance > start.alliance:
            good = _path(parents, state)
    report.paths = best
    report.good_end = good
    for disclosure in scenario.disclosures:
        if disclosure.id not in best:
            report.errors.append(Msg.of("rp.lint.unreachable", id=disclosure.id, turns=max_turns,
                                        where=str(disclosure.source)))
    if good is None and not report.errors:
        report.errors.append(Msg.of("rp.lint.no_good_end", turns=max_turns))


def _thin(report: Report) -> None:
    scenario = report.scenario
    for key, variants in scenario.replies.items():
        wanted = MIN_VARIANTS.get(key, DEFAULT_MIN_VARIANTS)
        if key not in (ReplyKey.OPENING,) and len(variants) < wanted:
            report.warnings.append(Msg.of("rp.lint.few_variants", key=key.value, n=len(variants), wanted=wanted))
        if key in THINK_KEYS and not any(v.think for v in variants):
            report.warnings.append(Msg.of("rp.lint.no_think", key=key.value))
    if not scenario.disclosures:
        report.warnings.append(Msg("rp.lint.no_disclosures"))


def mermaid(scenario: Scenario, report: Report, names: dict[str, str]) -> Iterator[str]:
    """The scenario as a Mermaid flowchart: her start state, each disclosure with what
    opens it, and the shortest way there. ``names`` holds the labels in the user's language."""
    def node(ident: str) -> str:
        return "d_" + "".join(c if c.isalnum() else "_" for c in ident)

    def quote(text: str) -> str:
        return text.replace('"', "'")

    start = ", ".join(f"{names[d.value]} {scenario.start.get(d, 0)}" for d in Dim)
    yield "flowchart TD"
    yield f'  start(["{quote(names["begin"])}: {quote(start)}"])'
    for disclosure in scenario.disclosures:
        needs = ", ".join(f"{names[d.value]} ≥ {n}" for d, n in disclosure.needs.items())
        kinds = ", ".join(names[k.value] for k in disclosure.kinds)
        phases = ", ".join(names[p.value] for p in disclosure.phases)
        text = "<br/>".join(x for x in (disclosure.id, needs, kinds, phases) if x)
        yield f'  {node(disclosure.id)}["{quote(text)}"]'
        source = node(disclosure.after) if disclosure.after else "start"
        path = report.paths.get(disclosure.id)
        edge = f"{turns_in(path)} {names['turns']}" if path is not None else names["unreachable"]
        yield f'  {source} -->|"{quote(edge)}"| {node(disclosure.id)}'
    if report.good_end is not None:
        turns = turns_in(report.good_end)
        yield f'  good(["{quote(names["good_end"])}"])'
        yield f'  start -.->|"{turns} {quote(names["turns"])}"| good'
