"""The only module that talks to questionary: shows a flow step, returns the new state.

Every prompt offers a way back to the previous step ("← Tilbage", or '<' in a
text field). Ctrl-C raises KeyboardInterrupt (``unsafe_ask``) for the caller,
which keeps what was answered so far.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import questionary
from prompt_toolkit import PromptSession
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from questionary import Choice, Separator
from questionary.question import Question
from questionary.styles import merge_styles_default
from rich.console import RenderableType
from rich.text import Text

from samtalecoach.core.i18n import label, t
from samtalecoach.core.model import ConversationType, Dimension, Intensity, Lang
from samtalecoach.core.privacy import find_cpr
from samtalecoach.plan.build import Topic
from samtalecoach.plan.interview import (
    AskFact,
    AskIntensity,
    AskMoreTopics,
    AskPicks,
    AskSituation,
    AskSuggestion,
    AskTitle,
    AskType,
    Done,
    FlowContext,
    FlowSession,
    FlowState,
    Step,
    answer_fact,
    answer_intensity,
    answer_more_topics,
    answer_picks,
    answer_situation,
    answer_suggestion,
    answer_title,
    answer_type,
    next_question,
)
from samtalecoach.process.records import Agreement, AllianceScores
from samtalecoach.process.session import LogEntry, LogQuestions

BACK = "__back__"
MORE = "__more__"
OWN = "__own__"
NONE = "__none__"
#: Suggestions shown at first, and after each "show more".
PAGE = 8


Show = Callable[[RenderableType], None]


def run_flow(session: FlowSession, ctx: FlowContext, lang: Lang, show: Show) -> FlowState:
    """Ask until the plan is complete. ``show`` prints a Rich renderable."""
    while True:
        step = next_question(session.state, ctx)
        if isinstance(step, Done):
            return session.state
        result = _ask(step, session, ctx, lang, show)
        if result is None:  # back
            if session.history:
                session.state = session.history.pop()
            continue
        session.history.append(session.state)
        session.state = result


def _back_choice(lang: Lang, session: FlowSession) -> list[Choice | Separator]:
    return [Separator(), Choice(t(lang, "prompt.back"), value=BACK)] if session.history else []


def _select(message: str, choices: Sequence[Choice | Separator], lang: Lang,
            default: Choice | None = None) -> Any:
    return questionary.select(
        message, choices=choices, default=default, instruction=t(lang, "prompt.select.help"),
        use_shortcuts=False, use_arrow_keys=True, use_jk_keys=False,
    ).unsafe_ask()


def _ask(step: Step, session: FlowSession, ctx: FlowContext, lang: Lang, show: Show) -> FlowState | None:
    state = session.state
    back = _back_choice(lang, session)
    if isinstance(step, AskSituation):
        choices = [Choice(s.name.get(lang), value=s.id) for s in ctx.banks.situations]
        choices.insert(0, Choice(t(lang, "prompt.no_situation"), value=NONE))
        value = _select(t(lang, "prompt.situation"), choices + back, lang)
        return None if value == BACK else answer_situation(state, None if value == NONE else value)
    if isinstance(step, AskIntensity):
        choices = [Choice(f"{label(lang, i)} — {t(lang, 'prompt.intensity.' + i.value)}", value=i.value)
                   for i in Intensity]
        value = _select(t(lang, "prompt.intensity"), choices + back, lang, default=choices[1])
        return None if value == BACK else answer_intensity(state, Intensity(value))
    if isinstance(step, AskTitle):
        return _ask_title(step, session, lang)
    if isinstance(step, AskFact):
        show(_dim(step.node.help.get(lang)))
        title = state.answers.topics[step.topic - 1].title
        answer = yes_no(f"[{title}] {step.node.text.get(lang)}", lang, back=bool(session.history))
        return None if answer == GO_BACK else answer_fact(state, step.topic, step.node.fact, answer is True)
    if isinstance(step, AskSuggestion):
        suggestion = step.suggestion
        title = suggestion.title.get(lang)
        show(_dim(suggestion.why.get(lang)))
        where = "prompt.suggest.before" if suggestion.before else "prompt.suggest.after"
        answer = yes_no(t(lang, where, title=title, n=step.topic), lang, back=bool(session.history))
        if answer == GO_BACK:
            return None
        return answer_suggestion(state, step.topic, suggestion, title if answer is True else None)
    if isinstance(step, AskType):
        from samtalecoach.plan.render import recommendation_view

        topic_answers = state.answers.topics[step.topic - 1]
        rec = step.recommendation
        show(recommendation_view(Topic(topic_answers.title, topic_answers.facts, rec, rec.type),
                                 step.topic, lang))
        choices = [Choice(t(lang, "prompt.use_recommendation", type=label(lang, rec.type)),
                          value=rec.type.value)]
        choices += [Choice(t(lang, "prompt.use_other", type=label(lang, c)), value=c.value)
                    for c in ConversationType if c is not rec.type]
        value = _select(t(lang, "prompt.type"), choices + back, lang)
        return None if value == BACK else answer_type(state, step.topic, ConversationType(value))
    if isinstance(step, AskMoreTopics):
        choices = [Choice(t(lang, "prompt.more_topics.no"), value="no"),
                   Choice(t(lang, "prompt.more_topics.yes"), value="yes")]
        value = _select(t(lang, "prompt.more_topics"), choices + back, lang)
        return None if value == BACK else answer_more_topics(state, value == "yes")
    assert isinstance(step, AskPicks)
    return _ask_picks(step, session, ctx, lang, show)


def _fitted_choice(text: str, value: str, checked: bool) -> Choice:
    """A checkbox line that fits the terminal: prompt_toolkit cuts long lines, so a
    long question is shortened with '…' and shown whole below the list when the
    cursor is on it."""
    limit = max(shutil.get_terminal_size().columns - 8, 20)
    if len(text) <= limit:
        return Choice(text, value=value, checked=checked)
    return Choice(text[: limit - 1] + "…", value=value, checked=checked, description=text)


def _dim(text: str) -> Text:
    return Text(text, style="dim")


def _ask_title(step: AskTitle, session: FlowSession, lang: Lang) -> FlowState | None:
    default = t(lang, "plan.topic", n=step.topic)

    def valid(text: str) -> bool | str:
        return t(lang, "error.cpr", field=t(lang, "prompt.title_field")) if find_cpr(text) else True

    instruction = t(lang, "prompt.title.back") if session.history else ""
    value = questionary.text(t(lang, "prompt.title", n=step.topic), validate=valid,
                             instruction=instruction).unsafe_ask()
    if value.strip() == "<" and session.history:
        return None
    return answer_title(session.state, step.topic, value.strip() or default)


def _slot_heading(step: AskPicks, ctx: FlowContext, state: FlowState, lang: Lang) -> str:
    slot = step.slot
    if slot.topic is None:
        return t(lang, f"phase.{slot.phase.value}")
    topic = state.answers.topics[slot.topic - 1]
    return f"{t(lang, 'phase.middle')} · {slot.topic}. {topic.title} · {label(lang, slot.kinds[0])}"


def _ask_picks(
    step: AskPicks, session: FlowSession, ctx: FlowContext, lang: Lang, show: Show
) -> FlowState | None:
    show(Text("\n" + _slot_heading(step, ctx, session.state, lang), style="bold"))
    show(_dim(step.slot.guidance.get(lang)))
    checked = set(step.preselected)
    shown = max(PAGE, len(checked))
    own: list[str] = []
    while True:
        choices: list[Choice | Separator] = [
            _fitted_choice(q.text.get(lang), q.id, q.id in checked)
            for q in step.suggestions[:shown]
        ]
        choices += [Choice(text, value=f"own:{n}", checked=True) for n, text in enumerate(own)]
        choices.append(Separator())
        if shown < len(step.suggestions):
            choices.append(Choice(t(lang, "prompt.picks.more"), value=MORE))
        choices.append(Choice(t(lang, "prompt.picks.own"), value=OWN))
        if session.history:
            choices.append(Choice(t(lang, "prompt.back"), value=BACK))
        values: list[str] = questionary.checkbox(
            t(lang, "prompt.picks"), choices=choices, instruction=t(lang, "prompt.picks.help"),
        ).unsafe_ask()
        if BACK in values:
            return None
        checked = {v for v in values if v not in (MORE, OWN) and not v.startswith("own:")}
        own = [own[int(v[4:])] for v in values if v.startswith("own:")]
        if MORE in values:
            shown += PAGE
            continue
        if OWN in values:
            text = questionary.text(t(lang, "prompt.own"), validate=lambda s: (
                t(lang, "error.cpr", field=t(lang, "plan.own")) if find_cpr(s) else True
            )).unsafe_ask().strip()
            if text:
                own.append(text)
            continue
        break
    ordered: list[str | dict[str, str]] = [q.id for q in step.suggestions if q.id in checked]
    ordered += [{"own": text} for text in own]
    ordered = _reorder(ordered, step, lang, show)
    return answer_picks(session.state, step.slot, ordered)


def _reorder(
    picks: list[str | dict[str, str]], step: AskPicks, lang: Lang, show: Show
) -> list[str | dict[str, str]]:
    if len(picks) < 2:
        return picks
    by_id = {q.id: q for q in step.suggestions}
    lines = [f"{n}. {by_id[p].text.get(lang) if isinstance(p, str) else p['own']}"
             for n, p in enumerate(picks, 1)]
    show(_dim("\n".join(lines)))

    def valid(text: str) -> bool | str:
        if not text.strip():
            return True
        numbers = text.replace(",", " ").split()
        if sorted(numbers) == sorted(str(n) for n in range(1, len(picks) + 1)):
            return True
        return t(lang, "prompt.order.invalid", n=len(picks))

    answer = questionary.text(t(lang, "prompt.order"), validate=valid).unsafe_ask().strip()
    if not answer:
        return picks
    return [picks[int(n) - 1] for n in answer.replace(",", " ").split()]


def confirm_overwrite(path: str, lang: Lang) -> bool:
    """Ask before replacing an existing file."""
    return confirm(t(lang, "prompt.overwrite", path=path), lang)


def confirm(question: str, lang: Lang) -> bool:
    """A yes/no question; Enter alone answers no."""
    return yes_no(question, lang, default=False) is True


#: What ``yes_no`` returns when the user goes back.
GO_BACK = "back"


def yes_no(message: str, lang: Lang, *, default: bool | None = None, back: bool = False) -> bool | str:
    """A yes/no question in the user's language: j/y for yes, n for no, and '<' for back
    when ``back`` is allowed. With no ``default``, Enter alone does nothing: the user
    must choose, so pressing Enter through a list of questions never answers any of them."""
    status: dict[str, bool | str | None] = {"answer": None, "done": False}
    keys = {True: "J/n", False: "j/N", None: "j/n"}[default] if lang is Lang.DA else \
        {True: "Y/n", False: "y/N", None: "y/n"}[default]
    hint = t(lang, "prompt.yes_no.back" if back else "prompt.yes_no", keys=keys)

    def tokens() -> FormattedText:
        parts = [("class:qmark", "?"), ("class:question", f" {message} ")]
        answer = status["answer"]
        if not status["done"]:
            parts.append(("class:instruction", hint + " "))
        if answer is not None:
            text = t(lang, "prompt.back") if answer == GO_BACK else t(lang, "answer.yes" if answer else "answer.no")
            parts.append(("class:answer", text))
        return FormattedText(parts)

    bindings = KeyBindings()

    def finish(event: KeyPressEvent, answer: bool | str) -> None:
        status["answer"], status["done"] = answer, True
        event.app.exit(result=answer)

    @bindings.add(Keys.ControlC, eager=True)
    @bindings.add(Keys.ControlQ, eager=True)
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    for key in ("j", "J", "y", "Y"):
        bindings.add(key)(lambda event: finish(event, True))
    for key in ("n", "N"):
        bindings.add(key)(lambda event: finish(event, False))
    if back:
        bindings.add("<")(lambda event: finish(event, GO_BACK))

    @bindings.add(Keys.ControlM, eager=True)
    def _enter(event: KeyPressEvent) -> None:
        if default is not None:
            finish(event, default)

    @bindings.add(Keys.Any)
    def _other(event: KeyPressEvent) -> None:
        """Other keys do nothing."""

    session: PromptSession[bool | str] = PromptSession(tokens, key_bindings=bindings,
                                                       style=merge_styles_default([None]))
    result: bool | str = Question(session.app).unsafe_ask()
    return result


def _free_text(message: str, lang: Lang, default: str = "") -> str:
    def valid(text: str) -> bool | str:
        return t(lang, "error.cpr", field=message) if find_cpr(text) else True

    return str(questionary.text(message, default=default, validate=valid).unsafe_ask()).strip()


def _date(message: str, lang: Lang, default: date) -> date:
    def valid(text: str) -> bool | str:
        try:
            date.fromisoformat(text.strip())
        except ValueError:
            return t(lang, "error.date", value=text)
        return True

    answer = questionary.text(message, default=default.isoformat(), validate=valid).unsafe_ask()
    return date.fromisoformat(str(answer).strip())


def _type_choice(message: str, lang: Lang, default: ConversationType | None) -> ConversationType:
    choices = [Choice(label(lang, c), value=c.value) for c in ConversationType]
    chosen = next((c for c in choices if default is not None and c.value == default.value), None)
    return ConversationType(_select(message, choices, lang, default=chosen))


def _scores(lang: Lang, questions: Sequence[tuple[Dimension, str]]) -> AllianceScores:
    scores = {}
    for dimension, question in questions:
        choices = [Choice(str(n), value=n) for n in range(10, -1, -1)]
        scores[dimension.value] = int(_select(question, choices, lang, default=choices[3]))
    return AllianceScores(**scores)


def ask_log(questions: LogQuestions, lang: Lang) -> LogEntry:
    """Ask about a conversation that has just been held (Ctrl-C raises KeyboardInterrupt)."""
    held = _date(t(lang, "log.date"), lang, questions.today)
    topics: list[tuple[str, ConversationType]] = []
    for planned in questions.planned:
        topics.append((planned.title, _type_choice(t(lang, "log.type_used", title=planned.title), lang,
                                                   planned.type)))
    while not topics or confirm(t(lang, "log.more_topics"), lang):
        title = _free_text(t(lang, "log.topic"), lang)
        if title:
            topics.append((title, _type_choice(t(lang, "log.type_used", title=title), lang, None)))
    agreements = []
    while what := _free_text(t(lang, "log.agreed"), lang):
        agreements.append(Agreement(what, _free_text(t(lang, "log.who"), lang),
                                    _free_text(t(lang, "log.when"), lang)))
    followups = []
    while item := _free_text(t(lang, "log.follow_up"), lang):
        followups.append(item)
    note = _free_text(t(lang, "log.note"), lang)
    caseworker = _scores(lang, questions.dimensions)
    citizen = None
    if confirm(t(lang, "log.citizen"), lang):
        citizen = _scores(lang, [(d, t(lang, "log.citizen_prefix") + q) for d, q in questions.dimensions])
    return LogEntry(held, tuple(topics), tuple(agreements), tuple(followups), note, caseworker, citizen)


def ask_task(prompt: str, choices: list[tuple[str, str]], lang: Lang) -> str:
    """One drill task: choose among (value, text); long texts are shortened in the list
    and shown whole below it when the cursor is on them."""
    rows = [_fitted_choice(f"{n}. {text}", value, False) for n, (value, text) in enumerate(choices, 1)]
    return str(_select(prompt, rows, lang))


def ask_drill(lang: Lang, drills: list[tuple[str, str]]) -> str:
    """The practice menu: which drill (or all)."""
    return str(_select(t(lang, "practice.menu"), [Choice(text, value=value) for value, text in drills],
                       lang))
