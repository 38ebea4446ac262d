"""The role-play's domain: the citizen's rules, playing, scripts, the lint, the debrief."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from samtalecoach.check.rules import Flag
from samtalecoach.content.scenarios import load_scenarios
from samtalecoach.core.errors import DataError, UsageError
from samtalecoach.core.model import ConversationType, Lang, Phase
from samtalecoach.core.scenario import Dim, ReplyKey, Scenario
from samtalecoach.roleplay.debrief import debrief
from samtalecoach.roleplay.engine import Move, MoveClass, State, Verdict, next_phase, step
from samtalecoach.roleplay.lint import search
from samtalecoach.roleplay.play import Conversation
from samtalecoach.roleplay.session import parse_script

from ..conftest import ROOT

MINI = ROOT / "tests" / "data" / "roleplay" / "mini.yaml"
SITUATIONS = ["sick_leave", "mental_health", "family_children"]


def mini(**changes: object) -> Scenario:
    scenario = load_scenarios(SITUATIONS, [MINI], bundled=False)[0]
    return replace(scenario, **changes)  # type: ignore[arg-type]


def at(scenario: Scenario, phase: Phase = Phase.START, **levels: int) -> State:
    state = State.initial(scenario)
    while state.phase is not phase:
        state = next_phase(state)
    return state.shifted(**{k: v - state[Dim(k)] for k, v in levels.items()})


# The rules --------------------------------------------------------------------------------


def test_an_open_question_that_fits_builds_bond_and_openness() -> None:
    s = mini()
    outcome = step(s, at(s), Move(MoveClass.CASE_CLARIFYING))
    assert outcome.verdict is Verdict.APPROPRIATE and outcome.key is ReplyKey.CASE_CLARIFYING
    assert outcome.state[Dim.BOND] == 4 and outcome.state[Dim.OPENNESS] == 4


def test_mirroring_her_words_adds_to_the_bond() -> None:
    s = mini()
    plain = step(s, at(s), Move(MoveClass.CASE_CLARIFYING)).state
    mirrored = step(s, at(s), Move(MoveClass.CASE_CLARIFYING, mirrored=True)).state
    assert mirrored[Dim.BOND] == plain[Dim.BOND] + 1


def test_advice_in_coaching_lowers_goals_bond_and_openness() -> None:
    s = mini()
    before = at(s, Phase.MIDDLE)
    outcome = step(s, replace(before, asked_view=True), Move(MoveClass.ADVICE))
    assert outcome.key is ReplyKey.ADVICE and outcome.verdict is Verdict.TOO_BIG
    assert [outcome.state[d] - before[d] for d in (Dim.GOALS, Dim.BOND, Dim.OPENNESS)] == [-1, -1, -1]


def test_advice_after_listening_is_information_in_an_expert_conversation() -> None:
    s = mini(types=(ConversationType.ADVISORY_EXPERT,))
    before = replace(at(s, Phase.MIDDLE), asked_view=True)
    assert step(s, before, Move(MoveClass.ADVICE)).key is ReplyKey.STATEMENT
    # ... but not before she has been asked her view.
    assert step(s, at(s, Phase.MIDDLE), Move(MoveClass.ADVICE)).key is ReplyKey.ADVICE


def test_a_developing_question_is_too_big_for_a_citizen_with_little_tolerance() -> None:
    s = mini()
    fragile = at(s, Phase.MIDDLE, tolerance=2)
    outcome = step(s, fragile, Move(MoveClass.DEVELOPING))
    assert outcome.verdict is Verdict.TOO_BIG and outcome.key is ReplyKey.TOO_BIG
    assert outcome.state[Dim.OPENNESS] == fragile[Dim.OPENNESS] - 2
    # The same question is appropriate where she can take more.
    assert step(s, at(s, Phase.MIDDLE, tolerance=5), Move(MoveClass.DEVELOPING)).verdict is Verdict.APPROPRIATE


def test_the_third_closed_question_in_a_row_goes_round_in_circles() -> None:
    s = mini()
    state = at(s)
    keys = []
    for _ in range(3):
        outcome = step(s, state, Move(MoveClass.CLOSED))
        keys.append(outcome.key)
        state = outcome.state
    assert keys == [ReplyKey.CLOSED, ReplyKey.CLOSED, ReplyKey.TOO_SMALL]
    assert state[Dim.OPENNESS] == at(s)[Dim.OPENNESS] - 1


def test_a_flag_never_makes_a_closed_question_an_appropriate_disturbance() -> None:
    s = mini()
    outcome = step(s, at(s), Move(MoveClass.CLOSED, frozenset({Flag.STACKED})))
    assert outcome.key is ReplyKey.STACKED and outcome.verdict is Verdict.TOO_SMALL


def test_coaching_about_a_decision_not_yet_told_is_a_mismatch() -> None:
    s = mini(types=(ConversationType.ADVISORY_DECISION,))
    state = at(s, Phase.MIDDLE)
    assert step(s, state, Move(MoveClass.DEVELOPING)).key is ReplyKey.MISMATCH
    assert not step(s, state, Move(MoveClass.STATEMENT)).state.told_decision  # a welcome tells nothing
    told = step(s, state, Move(MoveClass.STATEMENT, tells=True)).state
    assert told.told_decision
    assert step(s, told, Move(MoveClass.DEVELOPING)).key is ReplyKey.DEVELOPING


def test_the_decision_is_told_by_a_statement_with_its_words() -> None:
    s = mini(types=(ConversationType.ADVISORY_DECISION,), decision_words=(("afgørelsen",), ("decision",)))
    c = Conversation(s, Lang.DA, seed=1)
    welcome = c.say("Velkommen, godt du kunne komme.")
    assert welcome.outcome.key is ReplyKey.STATEMENT and not welcome.state.told_decision
    told = c.say("Afgørelsen er, at vi starter en undersøgelse.")
    assert told.outcome.key is ReplyKey.TOLD and told.state.told_decision and told.move.tells
    assert c.say("Afgørelsen får du også på skrift.").outcome.key is ReplyKey.STATEMENT  # told once


def test_a_disclosure_needs_its_kind_and_her_state() -> None:
    s = mini()
    ready = at(s, Phase.MIDDLE, bond=6, openness=6)
    assert step(s, ready, Move(MoveClass.CASE_CLARIFYING)).disclosure is not None
    assert step(s, ready, Move(MoveClass.ACTION_CLARIFYING)).disclosure is None  # wrong kind
    assert step(s, at(s, Phase.MIDDLE, bond=2, openness=6), Move(MoveClass.CASE_CLARIFYING)).disclosure is None


def test_framing_over_and_over_does_not_move_her() -> None:
    s = mini()
    state = at(s)
    for _ in range(2):
        state = step(s, state, Move(MoveClass.FRAMING)).state
    third = step(s, state, Move(MoveClass.FRAMING))
    assert third.verdict is Verdict.TOO_SMALL and third.state.levels == state.levels


# Playing ----------------------------------------------------------------------------------


def test_the_same_seed_plays_the_same_conversation() -> None:
    lines = ["Hvad vil du gerne tale om i dag?", "Hvordan har ugerne været?", "Har du sovet?"]
    runs = []
    for _ in range(2):
        c = Conversation(mini(), Lang.DA, seed=7)
        runs.append([c.say(line).reply.say.da for line in lines])
    assert runs[0] == runs[1]


def test_her_words_said_back_are_noticed_as_mirroring() -> None:
    c = Conversation(mini(), Lang.DA, seed=1)  # her opening says "lidt træt"
    assert c.say("Hvad gør, at du er lidt træt i dag?").move.mirrored
    assert not c.say("Hvad er vigtigst for dig i dag?").move.mirrored


def test_a_repeated_question_goes_round_in_circles() -> None:
    c = Conversation(mini(), Lang.DA, seed=1)
    c.say("Hvad vil du gerne tale om i dag?")
    assert c.say("Hvad vil du gerne tale om i dag?").outcome.key is ReplyKey.TOO_SMALL


def test_a_variant_is_not_repeated_before_the_others_are_used() -> None:
    s = mini()
    variants = tuple(replace(s.replies[ReplyKey.CLOSED][0], say=replace(s.replies[ReplyKey.CLOSED][0].say, da=w))
                     for w in ("Ja.", "Nej.", "Måske."))
    c = Conversation(replace(s, replies={**s.replies, ReplyKey.CLOSED: variants}), Lang.DA, seed=5)
    said = [c.reply_for(ReplyKey.CLOSED).say.da for _ in range(6)]
    assert sorted(said[:3]) == sorted(said[3:]) == ["Ja.", "Måske.", "Nej."]


def test_a_phase_variant_comes_before_the_general_one() -> None:
    c = Conversation(mini(), Lang.DA, seed=3)
    c.next_phase()
    assert c.say("Hvordan sover du om natten?").reply.say.da == "Det går op og ned."


def test_a_good_conversation_beats_a_poor_one() -> None:
    good = Conversation(mini(), Lang.DA, seed=1)
    for line in ("Hvad vil du gerne tale om i dag?", "Kan du fortælle lidt mere om, at du er lidt træt?",
                 "Hvad gør, at du sover dårligt?"):
        good.say(line)
    poor = Conversation(mini(), Lang.DA, seed=1)
    for line in ("Har du sovet?", "Du skal gå flere ture.", "Hvorfor sover du dårligt? Og hvad med maden?"):
        poor.say(line)
    assert good.state.alliance > good.start.alliance > poor.state.alliance
    assert debrief(good).reached and not debrief(poor).reached


def test_the_debrief_counts_and_picks_turns_to_rework() -> None:
    c = Conversation(mini(), Lang.DA, seed=1)
    for line in ("Har du sovet?", "Har du spist?", "Har du gået en tur?", "Du skal gå flere ture."):
        c.say(line)
    c.end()
    result = debrief(c)
    assert (result.counts.closed, result.counts.statements, result.counts.longest_closed_run) == (3, 1, 3)
    assert [n.turn.number for n in result.rework] == [2, 3, 4] or len(result.rework) == 3
    assert result.rework[-1].turn.caseworker == "Du skal gå flere ture."
    assert result.missed and result.closing is not None


# Scripts ----------------------------------------------------------------------------------


def test_a_script_has_lines_commands_and_comments() -> None:
    lines = parse_script("# start\nHvad vil du tale om?\n\n/fase\nHvad gør du så?\n/slut\n", "s.txt")
    assert [(x.number, x.command) for x in lines] == [(2, None), (4, "phase"), (5, None), (6, "end")]


@pytest.mark.parametrize(("text", "key"), [
    ("Hvad vil du tale om?\n/hjælp\n", "error.rp_script_command"),
    ("Hvad vil du tale om?\n/nej\n", "error.rp_script_command"),
    ("# intet\n/fase\n", "error.rp_script_empty"),
    ("Hvad med 010203-1234?\n", "error.cpr"),
    ("Hvad " * 2500 + "?\n", "error.check_too_long"),
])
def test_a_bad_script_is_refused_with_its_line(text: str, key: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_script(text, "s.txt")
    assert caught.value.key == key
    assert "010203" not in str(caught.value.params)


# Loading and the lint ---------------------------------------------------------------------


def test_the_example_scenario_plays_to_a_good_end() -> None:
    report = search(mini())
    assert report.errors == []
    assert set(report.paths) == {"fear"} and report.good_end is not None


def test_an_unreachable_disclosure_is_found() -> None:
    # From bond 3 and openness 3, three lines cannot reach bond 9 and openness 9.
    scenario = mini()
    hard = replace(scenario.disclosures[0], needs={Dim.BOND: 9, Dim.OPENNESS: 9})
    report = search(replace(scenario, disclosures=(hard,)), max_turns=3)
    assert [m.key for m in report.errors][0] == "rp.lint.unreachable"
    assert "fear" not in report.paths and report.good_end is None
    assert search(replace(scenario, disclosures=(hard,)), max_turns=12).errors == []


def test_every_problem_of_a_scenario_file_is_named_with_its_line(write_yaml) -> None:  # type: ignore[no-untyped-def]
    text = (MINI.read_text(encoding="utf-8")
            .replace("difficulty: 1", "difficulty: 5")
            .replace("  field: job_centre", "  field: job_centre\n  colour: blue")
            .replace("    too_small:\n", "    too_smal:\n")
            .replace("situations: [sick_leave]", "situations: [sick_leaf]")
            .replace("name: Sara", "name: Sara Jensen"))
    path = write_yaml("other-name.yaml", text)
    with pytest.raises(DataError) as caught:
        load_scenarios(SITUATIONS, [path], bundled=False)
    found = {(p.what.key, p.line) for p in caught.value.problems}
    lines = text.splitlines()

    def line_of(fragment: str) -> int:
        return next(n for n, line in enumerate(lines, 1) if fragment in line)

    assert ("p.difficulty", line_of("difficulty: 5")) in found
    assert ("p.unknown", line_of("colour: blue")) in found
    assert ("p.unknown", line_of("too_smal:")) in found
    assert ("p.unknown", line_of("situations: [sick_leaf]")) in found
    assert ("p.pseudonym", line_of("name: Sara Jensen")) in found
    assert ("p.scenario_file_name", line_of("id: mini")) in found
    assert any(key == "p.missing_field" for key, _ in found)  # replies.too_small


def test_a_reply_needs_a_variant_without_conditions(write_yaml) -> None:  # type: ignore[no-untyped-def]
    text = MINI.read_text(encoding="utf-8").replace(
        '    framing:\n      - say: {da: "Jeg vil gerne tale om, hvordan jeg kommer tilbage.", '
        'en: "I\'d like to talk about how I get back."}\n',
        '    framing:\n      - say: {da: "Jeg vil gerne tale om, hvordan jeg kommer tilbage.", '
        'en: "I\'d like to talk about how I get back."}\n        phase: start\n')
    assert text != MINI.read_text(encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_scenarios(SITUATIONS, [write_yaml("mini.yaml", text)], bundled=False)
    assert [p.what.key for p in caught.value.problems] == ["p.no_fallback"]


def test_ids_are_unique_across_folders(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "mini.yaml").write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_scenarios(SITUATIONS, [tmp_path / "a", tmp_path / "b"], bundled=False)
    assert [p.what.key for p in caught.value.problems] == ["p.duplicate_id"]


def test_the_readme_example_is_the_example_scenario_and_plays(tmp_path: Path) -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("#### Write your own scenario"):]
    block = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert block is not None
    path = tmp_path / "mini.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    [scenario] = load_scenarios(SITUATIONS, [path], bundled=False)
    assert search(scenario).errors == []
    # The file the other tests use is the same scenario, word for word.
    assert block.group(1) == MINI.read_text(encoding="utf-8").split("\n", 1)[1]


class FakeUI:
    """A student at a keyboard: lines from a list, then Ctrl-C (or /slut in the list)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.notices: list[tuple[str, str]] = []
        self.replies: list[str] = []
        self.finished = False

    def begin(self, conversation: Conversation) -> None:
        self.replies.append(conversation.opening.say.da)

    def ask(self, conversation: Conversation) -> str:
        if not self.lines:
            raise KeyboardInterrupt
        return self.lines.pop(0)

    def reply(self, conversation: Conversation, turn: object) -> None:
        self.replies.append(conversation.turns[-1].reply.say.da)

    def notice(self, conversation: Conversation, msg: object, line: str = "") -> None:
        self.notices.append((getattr(msg, "key", ""), line))

    def hints(self, conversation: Conversation, questions: object) -> None:
        self.notices.append(("hints", str(len(list(questions)))))  # type: ignore[call-overload]

    def finish(self, conversation: Conversation, result: object) -> None:
        self.finished = True


def test_an_interactive_session_refuses_cpr_keeps_what_was_done_and_ends_on_ctrl_c(home: Path,
                                                                                bundled) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from samtalecoach.core.errors import Interrupted
    from samtalecoach.roleplay.session import PlayRequest, play

    ui = FakeUI(["Hvad vil du gerne tale om i dag?", "Er dit cpr 010203-1234?", "/hjælp", "/nej",
                 "/fase", "Hvad gør, at du er lidt træt?", "x" * 2500])
    with pytest.raises(Interrupted):
        play(PlayRequest(mini(), Lang.DA, seed=1), ui, bundled)
    keys = [key for key, _ in ui.notices]
    assert keys == ["error.cpr", "hints", "rp.unknown_command", "rp.phase_now", "error.check_too_long"]
    assert ui.notices[0][1] == "Er dit cpr 010203-1234?"  # the UI offers it again, without the number
    assert ui.finished and len(ui.replies) == 3  # her opening and two replies: the refused lines are no turns
    db = sqlite3.connect(home / "samtale.db")
    [(document,)] = db.execute("SELECT document FROM roleplay_sessions").fetchall()
    assert "010203" not in document and "Hvad gør, at du er lidt træt?" in document
    assert db.execute("SELECT count(*) FROM roleplay_rework").fetchone()[0] == 0  # nothing weak to rework


def test_the_terminal_offers_a_refused_line_again_without_the_cpr_number() -> None:
    from samtalecoach.cli.roleplay_terminal import TerminalSessionUI
    from samtalecoach.core.errors import Msg

    ui = TerminalSessionUI(Lang.DA)
    ui.notice(Conversation(mini(), Lang.DA), Msg("error.cpr", {"field": "x"}), "Er dit cpr 010203-1234?")
    assert ui.offer == "Er dit cpr …?"


def test_a_role_play_in_english_reads_english_lines_and_her_english_words() -> None:
    good = Conversation(mini(), Lang.EN, seed=1)
    first = good.say("What would you like to talk about today?")
    assert first.analysis.form.value == "open" and first.reply.say.en.startswith("I'd like to talk")
    mirrored = good.say("Can you tell me more about feeling a bit tired?")
    assert mirrored.move.mirrored and mirrored.disclosure is not None
    poor = Conversation(mini(), Lang.EN, seed=1)
    for line in ("Have you slept?", "You should go for more walks.", "Why do you sleep badly? And what about food?"):
        poor.say(line)
    assert [t.outcome.key for t in poor.turns] == [ReplyKey.CLOSED, ReplyKey.ADVICE, ReplyKey.TOO_BIG]
    assert good.state.alliance > good.start.alliance > poor.state.alliance


def test_ctrl_d_at_the_line_ends_the_conversation_like_slut(monkeypatch: pytest.MonkeyPatch) -> None:
    from samtalecoach.cli.roleplay_terminal import TerminalSessionUI
    from samtalecoach.roleplay.session import COMMANDS, END
    from samtalecoach.ui.prompts import roleplay as prompts

    def eof(prompt: str, default: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(prompts, "ask_line", eof)
    assert COMMANDS[TerminalSessionUI(Lang.EN).ask(Conversation(mini(), Lang.EN))] == END
