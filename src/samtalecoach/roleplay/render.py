"""The role-play in the terminal: the brief, the status line, her replies, the debrief,
the list of scenarios and the lint report, as Rich renderables."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from samtalecoach.core.i18n import label, render, t
from samtalecoach.core.model import Lang, Question
from samtalecoach.core.scenario import Dim, Scenario
from samtalecoach.roleplay.debrief import Debrief, spark
from samtalecoach.roleplay.engine import Verdict
from samtalecoach.roleplay.export import debrief_lines, score_text, turn_label
from samtalecoach.roleplay.lint import Report, path_text, turns_in
from samtalecoach.roleplay.play import Conversation, Turn
from samtalecoach.ui.style import NARROW, type_text

VERDICT_STYLE = {Verdict.TOO_SMALL: "yellow", Verdict.APPROPRIATE: "green", Verdict.TOO_BIG: "red"}


def types_text(lang: Lang, scenario: Scenario) -> Text:
    """The scenario's conversation types, each in its colour."""
    text = Text()
    for index, ctype in enumerate(scenario.types):
        if index:
            text.append(" + ")
        text.append_text(type_text(lang, ctype))
    return text


def brief_view(conversation: Conversation, lang: Lang, exam: bool) -> RenderableType:
    """What the caseworker knows before the conversation, and the keys."""
    s = conversation.scenario
    body = Text(s.title.get(lang) + "\n\n", style="bold")  # in the panel, not its border: never cut
    body.append(s.brief.get(lang) + "\n\n", style="")
    if s.third_party is not None:
        body.append(t(lang, "rp.third_party") + ": ", style="bold")
        body.append(s.third_party.get(lang) + "\n")
    body.append(t(lang, "rp.citizen") + ": ", style="bold")
    body.append(f"{s.citizen.name}. {s.citizen.manner.get(lang)}\n")
    if not exam:
        body.append(t(lang, "rp.model_type") + ": ", style="bold")
        body.append_text(types_text(lang, s))
        body.append("\n")
    body.append("\n" + t(lang, "rp.keys"), style="dim")
    return Panel(body)


def status_view(conversation: Conversation, lang: Lang, exam: bool, width: int = 80) -> Text:
    """The status line: the phase and, unless in an exam, the alliance meter (its parts on a
    line of their own when the terminal is narrow)."""
    state = conversation.state
    text = Text(t(lang, "rp.status_phase", phase=t(lang, f"rp.phase.{state.phase.value}")), style="bold")
    if not exam:
        text.append(f"  {t(lang, 'rp.alliance')} {spark(conversation.curve[-12:])} "
                    f"{score_text(state.alliance, lang)}/10")
        parts = ", ".join(f"{t(lang, f'rp.dim.{d.value}')} {state[d]}" for d in Dim)
        text.append(f"\n{parts}" if width < NARROW else f"  ({parts})", style="dim")
    return text


def reply_view(conversation: Conversation, turn: Turn | None, lang: Lang, exam: bool) -> Text:
    """What she says (and, unless in an exam, how the line was read)."""
    text = Text()
    if turn is not None and not exam:
        text.append(f"  [{turn_label(turn, lang)}]\n", style=VERDICT_STYLE[turn.outcome.verdict])
    said = conversation.opening if turn is None else turn.reply
    text.append(f"{conversation.scenario.citizen.name}: ", style="bold cyan")
    text.append(said.say.get(lang))
    if turn is not None and turn.disclosure is not None and not exam:
        text.append("  ★", style="bold yellow")
    return text


def hints_view(questions: Sequence[Question], lang: Lang) -> Text:
    """Questions from the banks for this phase and type."""
    if not questions:
        return Text(t(lang, "rp.no_hints"), style="dim")
    text = Text(t(lang, "rp.hints") + "\n", style="bold")
    for q in questions:
        text.append(f"• {q.text.get(lang)}  ", style="")
        text.append(f"({label(lang, q.kind).lower()})\n", style="dim")
    return text


def debrief_view(conversation: Conversation, result: Debrief, lang: Lang) -> RenderableType:
    """The debrief, section by section."""
    parts: list[RenderableType] = [Text(t(lang, "rp.debrief_title", title=conversation.scenario.title.get(lang)),
                                        style="bold underline")]
    for heading, lines in debrief_lines(conversation, result, lang):
        parts.append(Text("\n" + heading, style="bold"))
        parts += [Padding(Text(line), (0, 0, 0, 2)) for line in lines]
    return Group(*parts)


def list_view(scenarios: Sequence[Scenario], lang: Lang, width: int) -> RenderableType:
    """The scenarios: id, title, field, types and difficulty (a list when narrow)."""
    if width < NARROW:
        text = Text()
        for s in scenarios:
            text.append(f"{s.id}\n", style="bold")
            text.append(f"  {s.title.get(lang)}\n  {t(lang, f'rp.field.{s.field}')} · "
                        f"{t(lang, 'rp.difficulty', n=s.difficulty)}\n  ")
            text.append_text(types_text(lang, s))
            text.append("\n")
        return text
    table = Table(show_lines=False)
    for key in ("rp.col.id", "rp.col.title", "rp.col.field", "rp.col.types", "rp.col.difficulty"):
        table.add_column(t(lang, key))
    for s in scenarios:
        table.add_row(s.id, s.title.get(lang), t(lang, f"rp.field.{s.field}"), types_text(lang, s),
                      "●" * s.difficulty)
    return table


def report_view(report: Report, lang: Lang) -> RenderableType:
    """What ``roleplay check`` found in one scenario (long lines wrap under their start)."""
    s = report.scenario
    ok = not report.errors
    lines: list[tuple[str, str]] = [(f"{t(lang, 'error.prefix')}: {render(lang, m)}", "red") for m in report.errors]
    lines += [(f"{t(lang, 'rp.warning')}: {render(lang, m)}", "yellow") for m in report.warnings]
    lines += [(f"{t(lang, 'rp.lint.path', id=ident, n=turns_in(path))}: {path_text(path).get(lang)}", "dim")
              for ident, path in report.paths.items()]
    if report.good_end is not None:
        lines.append((t(lang, "rp.lint.good_end", n=turns_in(report.good_end)), "dim"))
    head = Text(f"{'✓' if ok else '✗'} {s.id} ({s.source.file})", style="bold green" if ok else "bold red")
    return Group(head, *(Padding(Text(line, style=style), (0, 0, 0, 2)) for line, style in lines), Text())
