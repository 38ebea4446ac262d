"""The use case 'practise a round': choose the items, ask them, record every answer.

Anything that talks to the user goes through a :class:`RoundUI`, so a round
runs without a terminal (the tests drive it with a scripted UI). Each answer
is committed at once; Ctrl-C ends the round with what was answered kept.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from samtalecoach.content.practice import Verdict, load_practice
from samtalecoach.content.sources import load_bank_set
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.errors import Interrupted
from samtalecoach.core.messages import LABELS, MESSAGES
from samtalecoach.core.model import ConversationType, Form, Kind, Localized, Phase
from samtalecoach.core.store import database
from samtalecoach.practice import progress
from samtalecoach.practice.drills import Drill, Outcome, Task, TaskFactory, round_keys
from samtalecoach.roleplay import records


class RoundUI(Protocol):
    """How a round talks to the student."""

    def choose_drill(self) -> Drill | None:
        """The drill to practise (None: all of them, mixed)."""

    def ask(self, task: Task, number: int, total: int) -> str:
        """Show a task and return the chosen answer's value."""

    def feedback(self, task: Task, answer: str) -> None:
        """Right or wrong, and why."""

    def finish(self, outcomes: list[Outcome]) -> None:
        """The score of the round (also after an interrupt, with what was answered)."""


@dataclass(frozen=True, slots=True)
class RoundRequest:
    """What the command line says about the round."""

    #: One drill, None for all of them, or ask the student (``choose=True``).
    drill: Drill | None = None
    choose: bool = False
    count: int = 10
    seed: int | None = None
    data_dir: Path | None = None
    bank_dirs: tuple[Path, ...] = ()


def drill_texts() -> tuple[dict[str, Localized], dict[str, Localized]]:
    """The display names the drills use (kinds, types, phases, forms, verdicts) and their
    explanations and prompts, from the catalogue."""
    labels: dict[str, Localized] = {}
    for enum in (Kind, ConversationType, Phase, Form):
        for member in enum:
            labels[member.value] = Localized(*LABELS[member])
    for verdict in Verdict:
        labels[verdict.value] = Localized(*MESSAGES[f"verdict.{verdict.value}"])
    texts = {key.removeprefix("drill."): Localized(*value) for key, value in MESSAGES.items()
             if key.startswith("drill.")}
    return labels, texts


def task_factory(bank_dirs: tuple[Path, ...] = ()) -> TaskFactory:
    """The tasks of every drill, from the banks, the practice content and the tree."""
    banks = load_bank_set(bank_dirs)
    tree = load_tree()
    content = load_practice(tree.facts, [s.id for s in banks.situations])
    labels, texts = drill_texts()
    return TaskFactory(banks, content, tree, labels, texts)


def practise(request: RoundRequest, ui: RoundUI, today: date | None = None) -> list[Outcome]:
    """Run one round; returns every answer. Empty when the drill has no tasks."""
    factory = task_factory(request.bank_dirs)
    drill = ui.choose_drill() if request.choose else request.drill
    drills = list(Drill) if drill is None else [drill]
    rng = random.Random(request.seed)
    outcomes: list[Outcome] = []
    with database(request.data_dir) as db:
        factory.rework = records.rework_items(db)
        keys = round_keys(factory, drills, progress.load_progress(db), request.count,
                          today or date.today(), rng)
        if not keys:
            return outcomes
        round_id = progress.start_round(db, drills, request.seed)
        try:
            for number, key in enumerate(keys, 1):
                task = factory.task(key, rng)
                answer = ui.ask(task, number, len(keys))
                correct = task.is_correct(answer)
                progress.record_answer(db, round_id, key, correct)
                outcomes.append(Outcome(task, answer, correct))
                ui.feedback(task, answer)
        except KeyboardInterrupt:
            if outcomes:
                ui.finish(outcomes)
            raise Interrupted(key="practice.interrupted", n=len(outcomes)) from None
    ui.finish(outcomes)
    return outcomes
