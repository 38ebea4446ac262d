"""The questionary prompts driven in-process through a prompt_toolkit pipe."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from samtalecoach.content.guide import load_guide
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.model import Banks, ConversationType, Dimension, Intensity, Lang
from samtalecoach.plan.interview import FlowContext, FlowSession, FlowState
from samtalecoach.process.alliance import AllianceScores
from samtalecoach.process.records import Agreement, NoteDetails, PlannedTopic
from samtalecoach.process.session import LogQuestions
from samtalecoach.ui.prompts.plan import run_flow

DOWN, UP, ENTER, SPACE = "\x1b[B", "\x1b[A", "\r", " "
#: In a slot: accept the checkbox as preselected, then keep the order.
KEEP_SLOT = ENTER + ENTER


@pytest.fixture
def keys() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


@pytest.fixture(scope="module")
def ctx(bundled: Banks) -> FlowContext:
    return FlowContext(bundled, load_tree(), load_guide())


def run(ctx: FlowContext, pipe: PipeInput, typed: list[str]) -> tuple[FlowSession, list[Any]]:
    pipe.send_text(ENTER + "".join(typed))  # first: refer to the citizen as 'hun' (the default)
    shown: list[Any] = []
    session = FlowSession(FlowState(), [])
    run_flow(session, ctx, Lang.DA, shown.append)
    return session, shown


def test_full_plan_with_back_and_own_question(ctx: FlowContext, keys: PipeInput) -> None:
    typed = [
        DOWN + ENTER,            # situation: the first real one (sick leave)
        ENTER,                   # intensity: moderate (the default)
        "Tilbage på job" + ENTER,  # title of topic 1
        ENTER,                   # no keywords
        ENTER,                   # decision_made: Enter alone answers nothing
        "n",                     # decision_made: no
        "j",                     # frame_in_place: yes
        "n",                     # caseworker_must_act: no
        "<",                     # citizen_lacks_knowledge: back!
        "j",                     # caseworker_must_act again: yes -> helper
        "n",                     # check: no third party
        "n",                     # check: no acute crisis or violence
        ENTER,                   # use the recommendation (advisory.helper)
        ENTER,                   # no more topics
    ]
    # Start slot: 'n' adds a question of her own; type it, then accept the list (now
    # with the own question ticked) and keep the order.
    typed += ["n", "Hvad skal vi nå i dag?" + ENTER, ENTER, ENTER]
    typed += [KEEP_SLOT] * 2  # the helper step, then the end
    session, shown = run(ctx, keys, typed)
    answers = session.state.answers
    assert answers.situation == "sick_leave"
    assert answers.intensity is Intensity.MODERATE
    (topic,) = answers.topics
    assert topic.title == "Tilbage på job"
    assert topic.facts == {"decision_made": False, "frame_in_place": True, "caseworker_must_act": True,
                           "third_party": False, "safety_first": False}
    assert topic.type is ConversationType.ADVISORY_HELPER
    assert {"own": "Hvad skal vi nå i dag?"} in answers.picks["start"]
    assert set(answers.picks) == {"start", "topic1.step1", "end"}
    assert shown  # help texts, the recommendation and slot headings were shown


def test_override_the_recommended_type(ctx: FlowContext, keys: PipeInput) -> None:
    typed = [ENTER, ENTER, "Afslag" + ENTER, ENTER, "j",  # no situation, moderate, title, no keywords, decision
             "j", "j", "n", "n",                     # checks: appeal, frame known, no own theme, no one else
             DOWN + ENTER,                           # choose the first other type instead
             ENTER]                                  # no more topics
    typed += [KEEP_SLOT] * 4
    session, _ = run(ctx, keys, typed)
    (topic,) = session.state.answers.topics
    assert topic.type is not ConversationType.ADVISORY_DECISION
    assert topic.facts["decision_made"] is True and topic.facts["decision_appealable"] is True


def test_back_from_the_first_fact_returns_to_the_title(ctx: FlowContext, keys: PipeInput) -> None:
    typed = [ENTER, ENTER, "Første" + ENTER, ENTER,
             "<",                          # decision_made: back (to the keywords)
             "<" + ENTER,                  # keywords: back (to the title)
             "<" + ENTER,                  # title: back again (to intensity)
             DOWN + ENTER,                 # intensity: strong (one below the default)
             "\x15Andet" + ENTER, ENTER,   # the earlier title is shown: Ctrl-U clears it
             "j", "j", "j", "n", "n", ENTER, ENTER]
    typed += [KEEP_SLOT] * 4
    session, _ = run(ctx, keys, typed)
    assert session.state.answers.intensity is Intensity.STRONG
    assert session.state.answers.topics[0].title == "Andet"


def test_ask_log_with_a_planned_topic(keys: PipeInput) -> None:
    from samtalecoach.ui.prompts.log import ask_log

    dimensions = ((Dimension.GOALS, "Mål?"), (Dimension.TASKS, "Opgaver?"), (Dimension.BOND, "Relation?"),
                  (Dimension.OVERALL, "Samlet?"))
    typed = [
        ENTER,                                   # date: keep today's default
        ENTER,                                   # planned topic: keep its type (coaching)
        "n",                                     # more topics? no
        "Planlægge praktikken" + ENTER,          # purpose
        ENTER,                                   # nobody else took part
        "Hun glæder sig, men er træt" + ENTER,   # her own account
        ENTER,                                   # no external assessment
        "Ringe til butikken" + ENTER, "borgeren" + ENTER, "fredag" + ENTER,
        ENTER,                                   # no more agreements
        "Søvnen" + ENTER, ENTER,                 # one follow-up
        ENTER,                                   # no note
        ENTER, DOWN + ENTER, ENTER, ENTER,       # scores: 7, 6, 7, 7 (default is 7)
        "y",                                     # the citizen rated too
        UP + ENTER, ENTER, ENTER, ENTER,         # her scores: 8, 7, 7, 7
    ]
    keys.send_text("".join(typed))
    questions = LogQuestions((PlannedTopic("Praktik", ConversationType.COACHING),), dimensions,
                             date(2026, 11, 26))
    answers = ask_log(questions, Lang.DA)
    assert answers.held == date(2026, 11, 26)
    assert answers.topics == (("Praktik", ConversationType.COACHING),)
    assert answers.agreements == (Agreement("Ringe til butikken", "borgeren", "fredag"),)
    assert answers.followups == ("Søvnen",) and answers.note == ""
    assert answers.caseworker == AllianceScores(7, 6, 7, 7)
    assert answers.citizen == AllianceScores(8, 7, 7, 7)
    assert answers.details == NoteDetails(purpose="Planlægge praktikken", account="Hun glæder sig, men er træt")


def test_going_back_shows_the_earlier_answers(ctx: FlowContext, keys: PipeInput) -> None:
    typed = [ENTER, ENTER, "Første" + ENTER, "gæld" + ENTER,
             "n", "j",                     # decision: no, frame: yes
             "<",                          # caseworker_must_act: back to the frame question
             "<",                          # ... and back to the decision question
             "<",                          # ... and back to the keywords
             "\x15<" + ENTER,              # ... and back to the title (Ctrl-U clears the words)
             ENTER,                        # the title field holds "Første": Enter keeps it
             ENTER,                        # the keywords field holds "gæld": Enter keeps it
             ENTER, ENTER,                 # decision and frame: Enter keeps the earlier no and yes
             "j", "n", "n", ENTER, ENTER]  # acting: yes -> helper; no third party; no crisis; type; no more
    typed += [KEEP_SLOT] * 3
    session, _ = run(ctx, keys, typed)
    (topic,) = session.state.answers.topics
    assert topic.title == "Første"  # not "Emne 1"
    assert topic.facts == {"decision_made": False, "frame_in_place": True, "caseworker_must_act": True,
                           "third_party": False, "safety_first": False}


def test_enter_alone_never_answers_a_question_of_the_tree(ctx: FlowContext, keys: PipeInput) -> None:
    typed = [ENTER, ENTER, "Emne" + ENTER, ENTER, ENTER * 5, "n", "j", "j", "n", "n", ENTER, ENTER]
    typed += [KEEP_SLOT] * 3
    session, _ = run(ctx, keys, typed)
    (topic,) = session.state.answers.topics
    assert topic.facts["decision_made"] is False  # five Enters did not answer 'yes'
    assert topic.type is ConversationType.ADVISORY_HELPER


def test_note_fields_given_as_flags_are_not_asked(keys: PipeInput) -> None:
    from samtalecoach.ui.prompts.log import ask_log

    dimensions = tuple((d, f"{d.value}?") for d in Dimension)
    typed = [ENTER, ENTER, "n",                  # date, the planned topic's type, no more topics
             "Hun var glad" + ENTER,             # her account: the only note field not given
             ENTER, ENTER, ENTER,                # no agreement, no follow-up, no note
             ENTER, ENTER, ENTER, ENTER, "n"]    # scores 7, 7, 7, 7; she did not rate
    keys.send_text("".join(typed))
    given = NoteDetails(purpose="Rammen", present="tolk", assessments="ingen")
    questions = LogQuestions((PlannedTopic("Praktik", ConversationType.COACHING),), dimensions,
                             date(2026, 11, 26), given=given)
    answers = ask_log(questions, Lang.DA)
    assert answers.details == NoteDetails(account="Hun var glad")
    assert answers.caseworker == AllianceScores(7, 7, 7, 7) and answers.citizen is None
