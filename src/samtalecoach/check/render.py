"""Rich renderables for ``samtale check``: one block per utterance, coloured by form."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from samtalecoach.check.analyse import Analysis
from samtalecoach.check.export import feedback_lines, flag_names, headline
from samtalecoach.check.rules import UtteranceForm
from samtalecoach.check.transcript import TranscriptSummary
from samtalecoach.check.transcript_export import summary_lines
from samtalecoach.core.i18n import t
from samtalecoach.core.markup import one_line
from samtalecoach.core.model import Lang

FORM_STYLE = {
    UtteranceForm.OPEN: "bold green",
    UtteranceForm.CLOSED: "bold yellow",
    UtteranceForm.HELPING: "bold cyan",
    UtteranceForm.STATEMENT: "bold blue",
}


def analysis_view(analysis: Analysis, lang: Lang, *, show_text: bool) -> RenderableType:
    """One utterance: what it is, the flags, the feedback and better questions."""
    parts: list[RenderableType] = []
    if show_text:
        parts.append(Text(f"» {one_line(analysis.text)}", style="bold"))
    parts.append(Text(headline(analysis, lang), style=FORM_STYLE[analysis.form]))
    if analysis.flags:
        parts.append(Text(t(lang, "check.flags", flags=flag_names(analysis, lang)), style="red"))
    parts += [Text(line) for line in feedback_lines(analysis, lang)]
    if analysis.suggestions:
        parts.append(Text(t(lang, "check.try"), style="bold"))
        parts += [Padding(Text(f"- {q.text.get(analysis.lang)}", style="green"), (0, 0, 0, 2))
                  for q in analysis.suggestions]
    return Group(*parts)


def analyses_view(analyses: Sequence[Analysis], lang: Lang) -> list[RenderableType]:
    """Every utterance, a blank line between them."""
    views: list[RenderableType] = []
    for index, analysis in enumerate(analyses):
        if index:
            views.append(Text(""))
        views.append(analysis_view(analysis, lang, show_text=len(analyses) > 1))
    return views


def transcript_view(summary: TranscriptSummary, lang: Lang) -> RenderableType:
    """The summary of a role-play, headings in bold."""
    views: list[RenderableType] = []
    for line in summary_lines(summary, lang):
        indent = len(line) - len(line.lstrip())
        # Indented lines keep their indent when they wrap in a narrow terminal.
        views.append(Padding(Text(line.lstrip(), style="" if indent else "bold"), (0, 0, 0, indent)))
    return Group(*views)
