"""A Word file samtale writes opens in LibreOffice: one conversion to PDF (the slowest
test of its kind, so only one), skipped when LibreOffice is not installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from samtalecoach.cli.app import build_app

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                    "apt-get install libreoffice-writer-nogui, as .ci/run does")
@pytest.mark.timeout(180)
def test_a_journal_note_as_word_converts_to_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMTALE_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    app = build_app()
    for args in (["process", "new", "a", "--goal", "Job"],
                 ["process", "log", "a", "--topic", "Praktik=co_creative", "--agreed", "Ringe|borgeren|fredag",
                  "--alliance", "7,7,8,7", "--citizen", "6,7,8,6"],
                 ["process", "note", "a", "--output", str(tmp_path / "notat.docx")]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
    assert SOFFICE is not None
    # A profile of its own: another LibreOffice running at the same time cannot lock it.
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(tmp_path / "notat.docx")],
                          capture_output=True, text=True, timeout=170)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "notat.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
