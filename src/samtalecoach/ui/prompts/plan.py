"""The plan interview in the terminal: shows a flow step, returns the new state.

Every step can go back ('<', or '← Tilbage' in a list), and a step that is asked
again after going back shows the earlier answer as its default. Ctrl-C raises
KeyboardInterrupt for the caller, which keeps what was answered so far.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.console import RenderableType
from rich.text import Text

from samtalecoach.core.i18n import label, t
from samtalecoach.core.model import ConversationType, Intensity, Lang
from samtalecoach.core.privacy import find_cpr
from samtalecoach.core.pronouns import Citizen, refer, refer_all
from samtalecoach.plan.build import Topic
from samtalecoach.plan.interview import (
    AskCitizen,
    AskFact,
    AskIntensity,
    AskKeywords,
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
    answer_citizen,
    answer_fact,
    answer_intensity,
    answer_keywords,
    answer_more_topics,
    answer_picks,
    answer_situation,
    answer_suggestion,
    answer_title,
    answer_type,
    next_question,
)
from samtalecoach.ui.prompts.widgets import GO_BACK, checklist, select, text_field, yes_no

NONE = "__none__"
#: Suggestions shown at first, and after each '+'.
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
                session.future.append(session.state)
                session.state = session.history.pop()
            continue
        session.history.append(session.state)
        session.state = result
        if session.future:
            session.future.pop()


def _earlier(session: FlowSession) -> FlowState | None:
    """The state after this step was answered before the user went back, if any."""
    return session.future[-1] if session.future else None


def _cpr_check(lang: Lang, field: str) -> Callable[[str], str | None]:
    def check(text: str) -> str | None:
        return t(lang, "error.cpr", field=field.rstrip(": ")) if find_cpr(text) else None

    return check


def _dim(text: str) -> Text:
    return Text(text, style="dim")


def _ask(step: Step, session: FlowSession, ctx: FlowContext, lang: Lang, show: Show) -> FlowState | None:
    state, before, back = session.state, _earlier(session), bool(session.history)
    citizen = state.answers.citizen or Citizen.SHE
    if isinstance(step, AskCitizen):
        choices = [(t(lang, f"prompt.citizen.{c.value}"), c.value) for c in Citizen]
        default = (before.answers.citizen or Citizen.SHE) if before else Citizen.SHE
        value = select(t(lang, "prompt.citizen"), choices, lang, default=default.value, back=back)
        return None if value == GO_BACK else answer_citizen(state, Citizen(value))
    if isinstance(step, AskSituation):
        choices = [(t(lang, "prompt.no_situation"), NONE)] + [(s.name.get(lang), s.id) for s in ctx.banks.situations]
        earlier_situation = (before.answers.situation or NONE) if before else None
        value = select(refer(t(lang, "prompt.situation"), lang, citizen), choices, lang, default=earlier_situation,
                       back=back)
        return None if value == GO_BACK else answer_situation(state, None if value == NONE else value)
    if isinstance(step, AskIntensity):
        choices = [(f"{label(lang, i)} — {refer(t(lang, 'prompt.intensity.' + i.value), lang, citizen)}", i.value)
                   for i in Intensity]
        earlier_level = (before.answers.intensity if before and before.answers.intensity else Intensity.MODERATE).value
        value = select(refer(t(lang, "prompt.intensity"), lang, citizen), choices, lang, default=earlier_level,
                       back=back)
        return None if value == GO_BACK else answer_intensity(state, Intensity(value))
    if isinstance(step, AskTitle):
        earlier = before.answers.topics[step.topic - 1].title if before and len(before.answers.topics) >= step.topic \
            else ""
        value = text_field(t(lang, "prompt.title", n=step.topic), lang, default=earlier, back=back,
                           check=_cpr_check(lang, t(lang, "prompt.title_field")))
        if value == GO_BACK:
            return None
        return answer_title(state, step.topic, value or t(lang, "plan.topic", n=step.topic))
    if isinstance(step, AskKeywords):
        earlier_words = before.answers.topics[step.topic - 1].keywords if before else None
        words = text_field(t(lang, "prompt.keywords"), lang, default=" ".join(earlier_words or ()), back=back,
                           check=_cpr_check(lang, t(lang, "prompt.keywords")))
        return None if words == GO_BACK else answer_keywords(state, step.topic, words)
    if isinstance(step, AskFact):
        show(_dim(refer(step.node.help.get(lang), lang, citizen)))
        title = state.answers.topics[step.topic - 1].title
        known = before.answers.topics[step.topic - 1].facts.get(step.node.fact) if before else None
        fact = yes_no(f"[{title}] {refer(step.node.text.get(lang), lang, citizen)}", lang, default=known, back=back)
        return None if fact == GO_BACK else answer_fact(state, step.topic, step.node.fact, fact is True)
    if isinstance(step, AskType):
        return _ask_type(step, session, lang, show)
    if isinstance(step, AskSuggestion):
        suggestion = step.suggestion
        title = suggestion.title.get(lang)
        show(_dim(refer(suggestion.why.get(lang), lang, citizen)))
        where = "prompt.suggest.before" if suggestion.before else "prompt.suggest.after"
        added = before is not None and any(topic.title == title for topic in before.answers.topics)
        add = yes_no(t(lang, where, title=title, n=step.topic), lang, default=added if before else None, back=back)
        if add == GO_BACK:
            return None
        return answer_suggestion(state, step.topic, suggestion, title if add is True else None)
    if isinstance(step, AskMoreTopics):
        more = before is not None and len(before.answers.topics) > len(state.answers.topics)
        another = yes_no(t(lang, "prompt.more_topics"), lang, default=more, back=back)
        return None if another == GO_BACK else answer_more_topics(state, another is True)
    assert isinstance(step, AskPicks)
    return _ask_picks(step, session, lang, show)


def _ask_type(step: AskType, session: FlowSession, lang: Lang, show: Show) -> FlowState | None:
    from samtalecoach.plan.render import recommendation_view

    state, before = session.state, _earlier(session)
    topic_answers = state.answers.topics[step.topic - 1]
    rec = refer_all(step.recommendation, state.answers.citizen or Citizen.SHE)
    show(recommendation_view(Topic(topic_answers.title, topic_answers.facts, rec, rec.type), step.topic, lang))
    choices = [(t(lang, "prompt.use_recommendation", type=label(lang, rec.type)), rec.type.value)]
    choices += [(t(lang, "prompt.use_other", type=label(lang, c)), c.value) for c in ConversationType
                if c is not rec.type]
    earlier = before.answers.topics[step.topic - 1].type if before else None
    value = select(t(lang, "prompt.type"), choices, lang, default=earlier.value if earlier else None,
                   back=bool(session.history))
    return None if value == GO_BACK else answer_type(state, step.topic, ConversationType(value))


def _slot_heading(step: AskPicks, state: FlowState, lang: Lang) -> str:
    slot = step.slot
    if slot.topic is None:
        return t(lang, f"phase.{slot.phase.value}")
    topic = state.answers.topics[slot.topic - 1]
    return f"{t(lang, 'phase.middle')} · {slot.topic}. {topic.title} · {label(lang, slot.kinds[0])}"


def _ask_picks(step: AskPicks, session: FlowSession, lang: Lang, show: Show) -> FlowState | None:
    show(Text("\n" + _slot_heading(step, session.state, lang), style="bold"))
    show(_dim(refer(step.slot.guidance.get(lang), lang, session.state.answers.citizen or Citizen.SHE)))
    before = _earlier(session)
    earlier = before.answers.picks.get(step.slot.key) if before else None
    checked = {p for p in earlier if isinstance(p, str)} if earlier is not None else set(step.preselected)
    own = [p["own"] for p in earlier or [] if isinstance(p, dict)]
    if earlier is None:
        own += [text.get(lang) for text in step.offered]
    ids = [q.id for q in step.suggestions]
    shown = max(PAGE, max((ids.index(i) + 1 for i in checked if i in ids), default=0))
    while True:
        choices = [(q.text.get(lang), q.id, q.id in checked) for q in step.suggestions[:shown]]
        choices += [(text, f"own:{n}", True) for n, text in enumerate(own)]
        ticked = checklist(t(lang, "prompt.picks"), choices, lang, more=shown < len(step.suggestions),
                           back=bool(session.history))
        checked = {v for v in ticked.values if not v.startswith("own:")}
        own = [own[int(v[4:])] for v in ticked.values if v.startswith("own:")]
        if ticked.action == "back":
            return None
        if ticked.action == "more":
            shown += PAGE
            continue
        if ticked.action == "own":
            text = text_field(t(lang, "prompt.own"), lang, back=True, check=_cpr_check(lang, t(lang, "plan.own")))
            if text and text != GO_BACK:
                own.append(text)
            continue
        break
    ordered: list[str | dict[str, str]] = [q.id for q in step.suggestions if q.id in checked]
    ordered += [{"own": text} for text in own]
    order = _reorder(ordered, step, lang, show)
    if order is None:
        return _ask_picks(step, session, lang, show)
    return answer_picks(session.state, step.slot, order)


def _reorder(picks: list[str | dict[str, str]], step: AskPicks, lang: Lang,
             show: Show) -> list[str | dict[str, str]] | None:
    """The picks in the order the user types (Enter keeps it); None to go back to the list."""
    if len(picks) < 2:
        return picks
    by_id = {q.id: q for q in step.suggestions}
    lines = [f"{n}. {by_id[p].text.get(lang) if isinstance(p, str) else p['own']}" for n, p in enumerate(picks, 1)]
    show(_dim("\n".join(lines)))

    def check(text: str) -> str | None:
        numbers = text.replace(",", " ").split()
        if not numbers or sorted(numbers) == sorted(str(n) for n in range(1, len(picks) + 1)):
            return None
        return t(lang, "prompt.order.invalid", n=len(picks))

    answer = text_field(t(lang, "prompt.order"), lang, back=True, check=check)
    if answer == GO_BACK:
        return None
    if not answer:
        return picks
    return [picks[int(n) - 1] for n in answer.replace(",", " ").split()]


def confirm_overwrite(path: str, lang: Lang) -> bool:
    """Ask before replacing an existing file."""
    return yes_no(t(lang, "prompt.overwrite", path=path), lang, default=False) is True


def ask_other_path(path: Path, lang: Lang) -> Path | None:
    """Another file name for the plan (None: keep none, the answers go to a draft)."""
    answer = text_field(t(lang, "prompt.other_path", path=path), lang)
    return Path(answer).expanduser() if answer and answer != GO_BACK else None
