"""process.note: the journal-note draft from a process, without the CLI."""

from __future__ import annotations

from datetime import date

import pytest

from samtalecoach.content.guide import load_guide
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.errors import UsageError
from samtalecoach.core.model import ConversationType, Lang
from samtalecoach.process.alliance import AllianceScores
from samtalecoach.process.note import draft_note, note_lines, note_markdown, note_plain
from samtalecoach.process.records import Agreement, Conversation, FollowUp, NoteDetails, Process

A = Conversation(1, date(2026, 10, 1), (("Rammen", ConversationType.ADVISORY_AUTHORITY),),
                 (Agreement("Finde praktik", "rådgiveren", "uge 42", "a1", date(2026, 10, 15)),),
                 (FollowUp("Økonomien", "f1"),), "", AllianceScores(8, 7, 8, 8), None)
B = Conversation(2, date(2026, 10, 15), (("Praktik", ConversationType.CO_CREATIVE),),
                 (Agreement("Ringe *nu*", "", "fredag", "a2"),), (), "Egen note", None, None,
                 NoteDetails(purpose="Finde praktikken", account="Jeg er [træt]"))
PROCESS = Process("p", "Job", "", date(2026, 9, 1), (A, B))


def test_the_latest_conversation_by_default_with_what_was_done_at_it() -> None:
    note = draft_note(PROCESS, None, load_tree())
    assert (note.number, note.count, note.held) == (2, 2, date(2026, 10, 15))
    assert note.done_here == (("a1", "Finde praktik (rådgiveren, uge 42)"),)
    assert note.roles == ("motivator", "process_owner")
    text = note_plain(note_lines(note, load_guide(), Lang.DA))
    assert "☐ Ringe *nu* (hvem: [udfyld: hvem]; hvornår: fredag)" in text
    assert "Jeg er [træt]" in text and "Egen note" in text and "Økonomien" not in text
    assert "Alliancetjek" not in text  # no check at this conversation


def test_markdown_keeps_the_user_text_literal() -> None:
    note = draft_note(PROCESS, 2, load_tree())
    markdown = note_markdown(note_lines(note, load_guide(), Lang.DA))
    assert "- [ ] Ringe \\*nu\\* (hvem: \\[udfyld: hvem\\]; hvornår: fredag)" in markdown
    assert "Jeg er \\[træt\\]" in markdown


@pytest.mark.parametrize("number", [0, 3, -1])
def test_a_conversation_that_is_not_there_is_a_usage_error(number: int) -> None:
    with pytest.raises(UsageError) as caught:
        draft_note(PROCESS, number, load_tree())
    assert caught.value.key == "error.note_conversation"


def test_a_process_without_conversations_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        draft_note(Process("p", "Job", "", date(2026, 9, 1)), None, load_tree())


def test_note_flags_join_the_answers_given_in_the_terminal(tmp_path: object) -> None:
    from pathlib import Path

    from samtalecoach.core.store import database
    from samtalecoach.process import records
    from samtalecoach.process.session import LogEntry, LogFlags, LogQuestions, log_conversation

    home = Path(str(tmp_path))
    with database(home) as db:
        records.create(db, "p", "Job")
    seen: list[LogQuestions] = []

    def ask(questions: LogQuestions) -> LogEntry:
        seen.append(questions)
        return LogEntry(date(2026, 10, 1), (("Emne", ConversationType.COACHING),),
                        details=NoteDetails(account="Hendes ord"))

    flags = LogFlags(details=NoteDetails(purpose="Rammen", present="tolk"))
    log_conversation("p", flags, home, ask=ask)
    assert seen[0].given == NoteDetails(purpose="Rammen", present="tolk")
    with database(home) as db:
        stored = records.load(db, "p").conversations[0].details
    assert stored == NoteDetails(purpose="Rammen", present="tolk", account="Hendes ord")
