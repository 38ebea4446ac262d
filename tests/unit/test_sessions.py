"""The use cases run without a terminal: plans, practice rounds and conversation logs
through scripted user interfaces."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from samtalecoach.core.errors import Interrupted, SamtaleError
from samtalecoach.core.model import ConversationType, Intensity, Lang
from samtalecoach.core.store import database
from samtalecoach.plan.answers import PlanAnswers, TopicAnswers, read_answers
from samtalecoach.plan.build import Plan, ProcessContext
from samtalecoach.plan.interview import FlowContext, FlowSession, answer_situation
from samtalecoach.plan.session import PlanRequest, layer_answers, make_plan
from samtalecoach.practice import progress
from samtalecoach.practice.drills import Drill, Outcome, Task
from samtalecoach.practice.round import RoundRequest, practise
from samtalecoach.process import records
from samtalecoach.process.session import LogEntry, LogFlags, LogQuestions, log_conversation

ANSWERS = """\
situation: gæld
topics:
  - title: Overblik over gælden
    decision_made: no
    frame_in_place: yes
    caseworker_must_act: no
    citizen_lacks_knowledge: yes
"""


@dataclass
class ScriptedPlanUI:
    """Answers like a user would; records what it was shown."""

    overwrite: bool = False
    interrupt: bool = False
    answer: bool = True
    other: Path | None = None
    shown: list[Plan] = field(default_factory=list)
    contexts: list[ProcessContext] = field(default_factory=list)
    resumed: list[PlanAnswers] = field(default_factory=list)
    history: list[int] = field(default_factory=list)

    def show_process(self, context: ProcessContext) -> None:
        self.contexts.append(context)

    def show_resumed(self, answers: PlanAnswers) -> None:
        self.resumed.append(answers)

    def interview(self, flow: FlowSession, ctx: FlowContext) -> PlanAnswers:
        self.history.append(len(flow.history))
        if self.answer:
            flow.state = answer_situation(flow.state, "stress")
        if self.interrupt:
            raise KeyboardInterrupt
        return flow.state.answers

    def ask_other_path(self, path: Path) -> Path | None:
        return self.other

    def show_plan(self, plan: Plan) -> None:
        self.shown.append(plan)

    def confirm_overwrite(self, path: Path) -> bool:
        return self.overwrite


def test_the_command_line_is_layered_over_the_answers_file() -> None:
    from_file = PlanAnswers(situation="debt", intensity=Intensity.GENTLE, topics=[TopicAnswers("A")])
    layered = layer_answers(from_file, PlanRequest(situation="stress"))
    assert (layered.situation, layered.situation_set, layered.intensity) == ("stress", True, Intensity.GENTLE)
    assert from_file.situation == "debt"  # the file's answers are not edited in place
    assert layer_answers(from_file, PlanRequest(intensity=Intensity.STRONG)).intensity is Intensity.STRONG


def test_a_plan_from_an_answers_file_is_shown_and_written(tmp_path: Path) -> None:
    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    ui = ScriptedPlanUI()
    target = tmp_path / "plan.json"
    result = make_plan(PlanRequest(answers_file=answers, output=target, lang=Lang.EN), ui)
    assert ui.shown == [result.plan] and result.written == target
    assert result.plan.situation is not None and result.plan.situation.id == "debt"
    assert json.loads(target.read_text(encoding="utf-8"))["topics"][0]["type"] == "advisory.expert"


def test_declining_to_overwrite_keeps_the_old_file(tmp_path: Path) -> None:
    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    target = tmp_path / "plan.md"
    target.write_text("gammel", encoding="utf-8")
    with pytest.raises(SamtaleError) as info:
        make_plan(PlanRequest(answers_file=answers, output=target), ScriptedPlanUI(overwrite=False))
    assert info.value.key == "error.exists" and target.read_text(encoding="utf-8") == "gammel"


def test_ctrl_c_in_the_interview_keeps_a_draft_with_the_data(tmp_path: Path) -> None:
    target = tmp_path / "min plan.md"
    request = PlanRequest(interactive=True, data_dir=tmp_path, output=target, lang=Lang.EN)
    with pytest.raises(Interrupted) as info:
        make_plan(request, ScriptedPlanUI(interrupt=True))
    draft = Path(str(info.value.params["path"]))
    assert draft.parent == tmp_path / "drafts"
    from samtalecoach.content.tree_loader import load_tree

    assert read_answers(draft, load_tree()).situation == "stress"
    # the command to go on keeps the output file, the data directory and the language
    command = str(info.value.params["command"])
    assert f"--answers {draft}" in command and f"--output '{target}'" in command
    assert f"--data-dir {tmp_path}" in command and "--lang en" in command


def test_ctrl_c_before_any_answer_leaves_no_draft(tmp_path: Path) -> None:
    with pytest.raises(Interrupted) as info:
        make_plan(PlanRequest(interactive=True, data_dir=tmp_path), ScriptedPlanUI(interrupt=True, answer=False))
    assert info.value.key == "draft.nothing"
    assert not (tmp_path / "drafts").exists() or list((tmp_path / "drafts").iterdir()) == []


def test_a_resumed_draft_says_what_was_answered_can_go_back_and_is_removed_when_done(tmp_path: Path) -> None:
    from samtalecoach.plan import drafts

    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS.replace("citizen_lacks_knowledge: yes\n", "").replace(
        "situation: gæld\n", "citizen: hun\nsituation: gæld\nintensity: gentle\n").replace(
        "    decision_made: no\n", "    keywords: []\n    decision_made: no\n"), encoding="utf-8")
    with pytest.raises(Interrupted) as info:  # stops at the missing fact
        make_plan(PlanRequest(interactive=True, data_dir=tmp_path, answers_file=answers),
                  ScriptedPlanUI(interrupt=True, answer=False))
    draft = Path(str(info.value.params["path"]))
    ui = ScriptedPlanUI(interrupt=True, answer=False)
    with pytest.raises(Interrupted) as again:  # Ctrl-C at once: the same draft, no copy
        make_plan(PlanRequest(interactive=True, data_dir=tmp_path, answers_file=draft), ui)
    assert again.value.key == "draft.kept" and [d.path for d in drafts.list_drafts(tmp_path)] == [draft]
    assert ui.resumed and ui.resumed[0].topics[0].title == "Overblik over gælden"
    assert ui.history[0] >= 5  # situation, intensity, title, keywords, facts: each can be undone
    known = '"caseworker_must_act": "no"'
    complete = draft.read_text(encoding="utf-8").replace(known, known + ', "citizen_lacks_knowledge": "yes"')
    draft.write_text(complete, encoding="utf-8")
    make_plan(PlanRequest(data_dir=tmp_path, answers_file=draft), ScriptedPlanUI())
    assert not draft.exists()  # the draft has served


def test_old_drafts_are_removed(tmp_path: Path) -> None:
    import os
    import time

    from samtalecoach.plan import drafts
    from samtalecoach.plan.answers import TopicAnswers

    old = drafts.save_draft(PlanAnswers(topics=[TopicAnswers("A")]), tmp_path)
    new = drafts.save_draft(PlanAnswers(topics=[TopicAnswers("B")]), tmp_path)
    long_ago = time.time() - (drafts.KEEP_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    assert drafts.prune(tmp_path) == 1
    assert [d.titles for d in drafts.list_drafts(tmp_path)] == [("B",)] and new.exists()


def test_declining_to_overwrite_asks_for_another_file(tmp_path: Path) -> None:
    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    target, other = tmp_path / "plan.md", tmp_path / "plan2.md"
    target.write_text("gammel", encoding="utf-8")
    result = make_plan(PlanRequest(answers_file=answers, output=target, interactive=True, data_dir=tmp_path),
                       ScriptedPlanUI(other=other))
    assert result.written == other and other.exists() and target.read_text(encoding="utf-8") == "gammel"
    with pytest.raises(SamtaleError) as info:  # no other name: the answers are kept as a draft
        make_plan(PlanRequest(answers_file=answers, output=target, interactive=True, data_dir=tmp_path),
                  ScriptedPlanUI())
    assert info.value.key == "error.exists_draft" and Path(str(info.value.params["draft"])).exists()


def test_a_plan_for_a_process_is_kept_with_it(tmp_path: Path) -> None:
    with database(tmp_path) as db:
        records.create(db, "forløb-a", "Job")
    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    ui = ScriptedPlanUI()
    make_plan(PlanRequest(answers_file=answers, process_label="forløb-a", data_dir=tmp_path), ui)
    assert [c.goal for c in ui.contexts] == ["Job"]
    with database(tmp_path) as db:
        process = records.load(db, "forløb-a")
    assert records.planned_topics(process) == [
        records.PlannedTopic("Overblik over gælden", ConversationType.ADVISORY_EXPERT)]


def test_a_plan_for_a_process_shows_its_alliance_warnings_everywhere(tmp_path: Path) -> None:
    from samtalecoach.plan.export import plan_html, plan_json, plan_markdown
    from samtalecoach.plan.render import plan_view
    from samtalecoach.process.alliance import AllianceScores

    with database(tmp_path) as db:
        records.create(db, "forløb-a", "Job")
        for day, score in ((1, 8), (15, 5)):
            records.log_conversation(db, "forløb-a", held=date(2026, 10, day),
                                     topics=[("Praktik", ConversationType.CO_CREATIVE)],
                                     caseworker=AllianceScores(score, 8, 8, 8))
    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS + "citizen: han\n", encoding="utf-8")
    ui = ScriptedPlanUI()
    make_plan(PlanRequest(answers_file=answers, process_label="forløb-a", data_dir=tmp_path), ui)
    (plan,) = ui.shown
    said = "Mål faldt fra 8 til 5. Tag aftalen om mål og delmål op igen, og spørg, hvad der er vigtigst for ham nu."
    assert plan_markdown(plan, Lang.DA).count(said) == 1
    assert plan_html(plan, Lang.DA).count(said) == 1
    assert json.loads(plan_json(plan, Lang.DA))["process"]["alliance_warnings"] == [said]
    from rich.console import Console

    console = Console(width=200, record=True)
    for view in plan_view(plan, Lang.DA):
        console.print(view)
    assert "Alliancen sidst: " + said in console.export_text()


@dataclass
class ScriptedStudent:
    """Picks the right answer (or the first wrong one), and can stop after some tasks."""

    right: bool = True
    stop_after: int | None = None
    feedback_seen: int = 0
    finished: list[list[Outcome]] = field(default_factory=list)

    def choose_drill(self) -> Drill | None:
        return Drill.KINDS

    def ask(self, task: Task, number: int, total: int) -> str:
        if self.stop_after is not None and number > self.stop_after:
            raise KeyboardInterrupt
        wrong = [c.value for c in task.choices if c.value not in task.correct]
        return sorted(task.correct)[0] if self.right else wrong[0]

    def feedback(self, task: Task, answer: str) -> None:
        self.feedback_seen += 1

    def finish(self, outcomes: list[Outcome]) -> None:
        self.finished.append(list(outcomes))


def test_a_round_runs_without_a_terminal_and_keeps_every_answer(tmp_path: Path) -> None:
    student = ScriptedStudent()
    outcomes = practise(RoundRequest(choose=True, count=4, seed=1, data_dir=tmp_path), student,
                        today=date(2026, 11, 26))
    assert len(outcomes) == 4 and all(o.correct for o in outcomes)
    assert student.feedback_seen == 4 and student.finished == [outcomes]
    with database(tmp_path) as db:
        kinds = next(s for s in progress.stats(db) if s.drill is Drill.KINDS)
    assert (kinds.answers, kinds.right) == (4, 4)


def test_ctrl_c_in_a_round_keeps_the_answers_given(tmp_path: Path) -> None:
    student = ScriptedStudent(right=False, stop_after=2)
    with pytest.raises(Interrupted) as info:
        practise(RoundRequest(drill=Drill.FORMS, count=5, seed=2, data_dir=tmp_path), student)
    assert info.value.key == "practice.interrupted" and info.value.params["n"] == 2
    assert [len(f) for f in student.finished] == [2]
    with database(tmp_path) as db:
        forms = next(s for s in progress.stats(db) if s.drill is Drill.FORMS)
    assert (forms.answers, forms.right) == (2, 0)


def test_a_conversation_is_logged_from_the_caseworkers_answers(tmp_path: Path) -> None:
    with database(tmp_path) as db:
        records.create(db, "b", "Job")
    asked: list[LogQuestions] = []

    def ask(questions: LogQuestions) -> LogEntry:
        asked.append(questions)
        return LogEntry(date(2026, 11, 2), (("Praktik", ConversationType.CO_CREATIVE),),
                        (records.Agreement("Ringe", "rådgiveren", "fredag"),))

    log_conversation("b", LogFlags(subgoal="Praktik"), tmp_path, ask=ask)
    assert len(asked) == 1 and len(asked[0].dimensions) == 4
    with database(tmp_path) as db:
        process = records.load(db, "b")
    assert process.subgoal == "Praktik" and process.conversations[0].agreements[0].what == "Ringe"


def test_ctrl_c_while_logging_stores_nothing(tmp_path: Path) -> None:
    with database(tmp_path) as db:
        records.create(db, "c", "Job")

    def ask(questions: LogQuestions) -> LogEntry:
        raise KeyboardInterrupt

    with pytest.raises(Interrupted) as info:
        log_conversation("c", LogFlags(), tmp_path, ask=ask)
    assert info.value.key == "process.log_cancelled"
    with database(tmp_path) as db:
        assert records.load(db, "c").conversations == ()


def test_the_answers_file_beats_what_the_process_remembers() -> None:
    from samtalecoach.core.pronouns import Citizen
    from samtalecoach.plan.session import remembered

    context = ProcessContext("a", "Job", "", situation="housing", citizen=Citizen.HE)
    from_file = PlanAnswers(situation="debt", situation_set=True, citizen=Citizen.NEUTRAL)
    assert (remembered(from_file, context).situation, remembered(from_file, context).citizen) == (
        "debt", Citizen.NEUTRAL)
    empty = remembered(PlanAnswers(), context)
    assert (empty.situation, empty.situation_set, empty.citizen) == ("housing", True, Citizen.HE)


def test_a_role_play_s_weak_lines_come_back_as_rewrite_tasks(tmp_path: Path) -> None:
    from samtalecoach.content.scenarios import load_scenarios
    from samtalecoach.roleplay.session import PlayRequest, parse_script, play_script

    from ..conftest import ROOT

    mini = ROOT / "tests" / "data" / "roleplay" / "mini.yaml"
    [scenario] = load_scenarios(["sick_leave"], [mini], bundled=False)
    lines = parse_script("Har du sovet?\nHvad vil du tale om i dag?\nDu skal gå flere ture.\n", "s.txt")
    play_script(PlayRequest(scenario, Lang.DA, seed=1, data_dir=tmp_path), lines, None)

    class Rewriter(ScriptedStudent):
        def ask(self, task: Task, number: int, total: int) -> str:
            assert task.drill is Drill.REWRITE and not task.choices
            return "Hvordan har du sovet den sidste uge?" if number == 1 else "Har du prøvet at gå en tur?"

    student = Rewriter()
    outcomes = practise(RoundRequest(drill=Drill.REWRITE, count=5, seed=1, data_dir=tmp_path), student)
    assert sorted(o.task.context[0].da for o in outcomes) == ["Du skal gå flere ture.", "Har du sovet?"]
    assert [o.correct for o in outcomes] == [True, False]  # an open question, then a closed one again
    with database(tmp_path) as db:
        rewrite = next(s for s in progress.stats(db) if s.drill is Drill.REWRITE)
    assert (rewrite.answers, rewrite.right) == (2, 1)
