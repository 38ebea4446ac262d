"""`samtale process note` and the journal-note fields of `process log`, through the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app
from samtalecoach.core.store import database
from samtalecoach.process import records

app = build_app()
runner = CliRunner()


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.stdout if code == 0 else result.output


def setup_processes() -> None:
    run("process", "new", "forløb-a", "--goal", "Ordinær beskæftigelse", "--subgoal", "Praktik")
    run("process", "log", "forløb-a", "--date", "2026-10-01", "--topic", "Rammen=advisory.authority",
        "--agreed", "Finde et praktiksted|rådgiveren|uge 42", "--follow-up", "Økonomien", "--alliance", "8,7,8,8")
    run("process", "log", "forløb-a", "--date", "2026-10-15", "--topic", "Praktikken=co_creative",
        "--topic", "Lægen=advisory.helper", "--agreed", "Ringe til butikken|borgeren|fredag",
        "--agreed", "Sende lægeerklæring", "--follow-up", "Søvnen", "--follow-up", "Bussen", "--done", "a1",
        "--purpose", "Finde praktikken", "--present", "mentor", "--account", "Jeg sover dårligt",
        "--assessment", "Egen læge: 15 timer", "--alliance", "5,7,8,7", "--citizen", "6,7,9,5")
    run("process", "new", "forløb-b", "--goal", "Uddannelse")
    run("process", "log", "forløb-b", "--date", "2026-10-15", "--topic", "Skolen=coaching",
        "--agreed", "Besøge skolen|borgeren|mandag", "--follow-up", "Vækkeuret", "--account", "Andet forløb")


def test_the_note_holds_every_agreement_and_follow_up_of_the_conversation_and_nothing_else() -> None:
    setup_processes()
    out = run("process", "note", "forløb-a")
    for text in ("☐ Ringe til butikken (hvem: borgeren; hvornår: fredag)",
                 "☐ Sende lægeerklæring (hvem: [udfyld: hvem]; hvornår: [udfyld: hvornår])",
                 "☐ Søvnen", "☐ Bussen", "Andre deltagere: mentor", "Jeg sover dårligt", "Egen læge: 15 timer",
                 "Finde praktikken", "Praktikken: Samskabende", "Lægen: Rådgiver handler",
                 "Rådgiverens rolle: motiverende; procesansvarlig; hjælper", "Dato: 2026-10-15 (samtale 2 af 2)",
                 "Borgerens tjek: Mål 6 · Opgaver 7 · Relation 9 · Samlet 5",
                 "Klaret siden sidst\n☑ Finde et praktiksted (rådgiveren, uge 42)"):
        assert text in out, text
    # Nothing from the other process, and nothing of the first conversation beyond what was done.
    for text in ("Besøge skolen", "Vækkeuret", "Andet forløb", "forløb-b", "Økonomien", "Rammen"):
        assert text not in out, text
    first = run("process", "note", "forløb-a", "--conversation", "1", "--format", "markdown")
    assert "- [x] Finde et praktiksted (hvem: rådgiveren; hvornår: uge 42)" in first
    assert "- [ ] Økonomien" in first and "Ringe til butikken" not in first


def test_a_conversation_with_nothing_logged_gives_a_draft_of_gaps(home: Path) -> None:
    run("process", "new", "tom", "--goal", "Mål")
    with database() as db:
        records.log_conversation(db, "tom", held=date(2026, 11, 2), topics=())
    out = run("process", "note", "tom")
    for gap in ("samtalens formål", "emner og samtaletyper", "borgerens egen beretning", "faglige vurderinger",
                "aftaler (hvad, hvem, hvornår)", "hvad der skal følges op", "andre, der var med", "din rolle"):
        assert f"[udfyld: {gap}" in out, gap
    assert "Alliancetjek" not in out  # none was made
    data = json.loads(run("process", "note", "tom", "--format", "json"))
    assert data["schema"] == "samtale.note/1"
    assert set(data["gaps"]) == {"purpose", "present", "account", "assessments", "agreements", "follow_ups"}
    assert data["purpose"] is None and data["agreements"] == [] and data["text"] == out


def test_the_reason_for_a_type_comes_from_the_plan_kept_with_the_process(tmp_path: Path) -> None:
    run("process", "new", "p", "--goal", "Job")
    answers = tmp_path / "svar.yaml"
    answers.write_text("topics:\n  - title: Reglerne\n    decision_made: no\n    frame_in_place: yes\n"
                       "    caseworker_must_act: no\n    citizen_lacks_knowledge: yes\n", encoding="utf-8")
    run("plan", "--answers", str(answers), "--no-input", "--process", "p", "--format", "json")
    run("process", "log", "p", "--topic", "Reglerne=advisory.expert", "--topic", "Andet=coaching")
    out = run("process", "note", "p")
    assert "Reglerne: Behov for ekspertviden. Begrundelse: Hun mangler viden, som du har." in out
    assert "Andet: Coachende. Begrundelse: [udfyld: hvorfor denne samtaletype]" in out


def test_english_note_has_no_danish_frame() -> None:
    setup_processes()
    out = run("process", "note", "forløb-a", "--lang", "en")
    assert "Journal note (draft)" in out and "[fill in: who]" in out and "Reason:" in out
    for word in ("udfyld", "Aftaler", "Opfølgning", "Deltagere"):
        assert word not in out


@pytest.mark.parametrize(("args", "expected"), [
    (["--conversation", "3"], "--conversation"),
    (["--conversation", "0"], "--conversation"),
    (["--format", "html"], "--format"),
    (["--format", "docx"], "--output"),
    (["--output", "notat.pdf"], "--output"),
    (["--format", "json", "--output", "notat.md"], "--format json"),
    (["--template", "skabelon.docx"], "--template"),
])
def test_bad_note_options_are_clear_usage_errors(args: list[str], expected: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    setup_processes()
    out = run("process", "note", "forløb-a", *args, code=2)
    assert expected in out
    assert list(tmp_path.glob("notat*")) == []


def test_a_process_without_conversations_is_an_error_that_says_what_to_do() -> None:
    run("process", "new", "ny", "--goal", "Mål")
    assert "samtale process log ny" in run("process", "note", "ny", code=2)


def test_note_fields_are_stored_exported_and_cpr_guarded() -> None:
    setup_processes()
    data = json.loads(run("process", "export", "forløb-a"))
    second = data["conversations"][1]
    assert (second["purpose"], second["present"], second["account"], second["assessments"]) == (
        "Finde praktikken", "mentor", "Jeg sover dårligt", "Egen læge: 15 timer")
    for flag in ("--purpose", "--present", "--account", "--assessment"):
        out = run("process", "log", "forløb-a", "--topic", "X=coaching", flag, "Født 010190-1234", code=2)
        assert flag in out and "010190" not in out
    assert len(json.loads(run("process", "export", "forløb-a"))["conversations"]) == 2
