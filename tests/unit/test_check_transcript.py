"""Role-play transcripts: parsing turns and the summary in the model's terms."""

from __future__ import annotations

import pytest

from samtalecoach.check.rules import UtteranceForm
from samtalecoach.check.transcript import parse_transcript, summarise
from samtalecoach.core.errors import UsageError
from samtalecoach.core.model import Kind, Lang, Phase

TRANSCRIPT = """\
R: Velkommen. Hvad vil du gerne have ud af mødet i dag?
B: Jeg vil vide, hvad der sker med min praktik.
R: Har du været i praktik hver dag?
B: Nej.
R: Var du syg?
B: Ja, nogle dage.
R: Har du været hos lægen?
   Eller har du ringet?
B: Nej.
R: Hvordan ville en god morgen se ud for dig?
B: At jeg kom op uden at være smadret.
R: Hvad vil du gøre inden næste møde?
"""


def test_turns_carry_over_unlabelled_lines() -> None:
    turns = parse_transcript(TRANSCRIPT)
    assert len(turns) == 11
    assert turns[6].text == "Har du været hos lægen? Eller har du ringet?"
    assert {t.label for t in turns} == {"R", "B"}


def test_summary_counts_runs_talk_and_thirds() -> None:
    summary = summarise(parse_transcript(TRANSCRIPT), lang=Lang.DA)
    assert len(summary.caseworker) == 6
    assert summary.forms[UtteranceForm.OPEN] == 3
    assert summary.longest_closed_run == 2 and summary.closed_run_from == 3
    assert 0.5 < summary.talk_share < 0.8
    assert summary.kinds_by_third[Phase.END].get(Kind.ACTION_CLARIFYING) == 1
    assert [c.turn.number for c in summary.rework] == [3, 5, 7]
    assert summary.advice_before_view is None


def test_advice_before_her_view_is_found() -> None:
    text = "R: Du skal ringe til din læge i morgen.\nB: Okay.\nR: Hvad tænker du selv om det?\n"
    assert summarise(parse_transcript(text), lang=Lang.DA).advice_before_view == 1


def test_other_caseworker_label() -> None:
    text = "Rådgiver: Hvordan går det?\nBorger: Fint.\n"
    assert len(summarise(parse_transcript(text, "Rådgiver"), "Rådgiver").caseworker) == 1


@pytest.mark.parametrize(("text", "key"), [
    ("bare tekst uden mærker\nog mere\n", "error.transcript_no_labels"),
    ("B: Hej\nB: Hej igen\n", "error.transcript_no_caseworker"),
    ("R: Mit CPR er 010190-1234\n", "error.cpr"),
])
def test_bad_transcripts(text: str, key: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_transcript(text)
    assert caught.value.key == key
