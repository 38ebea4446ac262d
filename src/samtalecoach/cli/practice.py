"""``samtale practice``: drills for students (the use case is ``practice.round.practise``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

import typer

from samtalecoach.cli.common import (
    BankDirOpt,
    DataDirOpt,
    LangOpt,
    YesOpt,
    command,
    confirm,
    console,
    done,
    echo_err,
    h,
    interactive,
    user_errors,
)
from samtalecoach.core.errors import ExitStatus, UsageError
from samtalecoach.core.i18n import resolve_lang, t
from samtalecoach.core.model import Lang
from samtalecoach.core.store import database
from samtalecoach.practice import progress
from samtalecoach.practice.drills import Drill, Outcome, Task, score, to_revisit
from samtalecoach.practice.round import RoundRequest, drill_texts, practise

ALL = "all"


@dataclass(slots=True)
class TerminalRoundUI:
    """A round in the terminal: questionary prompts, Rich views."""

    lang: Lang
    labels: dict[str, str] = field(default_factory=dict)
    #: Whether the keys have been explained (once a round, before the menu or the first task).
    keys_told: bool = False

    def _tell_keys(self) -> None:
        if not self.keys_told:
            console().print(t(self.lang, "practice.keys"), style="dim")
            self.keys_told = True

    def __post_init__(self) -> None:
        names, _ = drill_texts()
        self.labels = {value: loc.get(self.lang) for value, loc in names.items()}

    def choose_drill(self) -> Drill | None:
        from samtalecoach.ui.prompts.practice import ask_drill

        self._tell_keys()
        menu = [(d.value, f"{t(self.lang, 'drill.' + d.value)} — {t(self.lang, 'about.' + d.value)}") for d in Drill]
        chosen = ask_drill(self.lang, [*menu, (ALL, f"{t(self.lang, 'practice.all')} — {t(self.lang, 'about.all')}")])
        return None if chosen == ALL else Drill(chosen)

    def ask(self, task: Task, number: int, total: int) -> str:
        from samtalecoach.practice.render import task_view
        from samtalecoach.ui.prompts.practice import ask_task

        self._tell_keys()
        console().print(task_view(task, self.lang, number, total))
        if not task.choices:
            from samtalecoach.ui.prompts.practice import ask_free

            return ask_free(task.prompt.get(self.lang), self.lang)
        choices = [(c.value, c.label.get(self.lang)) for c in task.choices]
        return ask_task(task.prompt.get(self.lang), choices, self.lang)

    def feedback(self, task: Task, answer: str) -> None:
        from samtalecoach.practice.render import feedback_view

        out = console()
        out.print(feedback_view(task, answer, self.lang, self.labels))
        out.print()

    def finish(self, outcomes: list[Outcome]) -> None:
        from samtalecoach.practice.render import score_view, task_summary

        out = console()
        out.print(score_view(score(outcomes), self.lang))
        revisit = to_revisit(outcomes)
        if revisit:
            out.print(t(self.lang, "practice.revisit"))
            for task in revisit:
                out.print(f"• {task_summary(task, self.lang, min(out.width - 2, 100))}", highlight=False)


def _stats(lang: Lang, data_dir: DataDirOpt) -> None:
    from samtalecoach.roleplay.records import sessions

    with database(data_dir) as db:
        rows = progress.stats(db)
        played = sessions(db, limit=10, lang=lang.value)
    if not any(r.answers for r in rows) and not played:
        echo_err(lang, "practice.stats.none")
        return
    from samtalecoach.practice.render import roleplays_view, stats_view

    out = console()
    if any(r.answers for r in rows):
        out.print(stats_view(rows, lang, out.width))
    if played:
        out.print(roleplays_view(played, lang))


def _reset(lang: Lang, data_dir: DataDirOpt, yes: bool) -> None:
    if not confirm(t(lang, "practice.reset.confirm"), lang, yes):
        echo_err(lang, "process.cancelled")
        raise done(ExitStatus.FAILURE)
    with database(data_dir) as db:
        deleted = progress.reset(db)
    echo_err(lang, "practice.reset.done", n=deleted)


@user_errors
def practice(
    drill: Annotated[str | None, typer.Argument(
        help=h("opt.drill", choices=", ".join([*Drill, ALL])), metavar=h("meta.drill"))] = None,
    count: Annotated[int, typer.Option("--count", "-n", help=h("opt.count"), min=1)] = 10,
    seed: Annotated[int | None, typer.Option("--seed", help=h("opt.practice_seed"), metavar="N")] = None,
    stats: Annotated[bool, typer.Option("--stats", help=h("opt.stats"))] = False,
    reset: Annotated[bool, typer.Option("--reset", help=h("opt.reset"))] = False,
    yes: YesOpt = False,
    lang: LangOpt = None,
    data_dir: DataDirOpt = None,
    bank_dir: BankDirOpt = None,
) -> None:
    language = resolve_lang(lang)
    if drill is not None and drill not in (*Drill, ALL):
        raise UsageError(key="error.choice", flag="DRILL", value=drill, choices=", ".join([*Drill, ALL]))
    if stats:
        _stats(language, data_dir)
        return
    if reset:
        _reset(language, data_dir, yes)
        return
    if not interactive():
        raise UsageError(key="error.no_tty_practice")
    request = RoundRequest(drill=Drill(drill) if drill not in (None, ALL) else None, choose=drill is None,
                           count=count, seed=seed, data_dir=data_dir, bank_dirs=tuple(bank_dir or ()))
    if not practise(request, TerminalRoundUI(language)):
        echo_err(language, "practice.nothing")


def register(app: typer.Typer) -> None:
    """Add ``practice`` (and its Danish alias) to ``app``."""
    command(app, "practice", practice, "practice.help")
    command(app, "øv", practice, "practice.help", hidden=True)
