"""End-to-end: `samtale tjek` in a real pseudo-terminal, at 80 and 40 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_e2e import ANSI, output_of, spawn


@pytest.mark.parametrize("columns", [80, 40])
def test_tjek_in_a_terminal_is_coloured_danish_and_fits(columns: int) -> None:
    out = output_of(spawn(["tjek", "Hvorfor kom du ikke i mandags? Var du syg?"], columns=columns))
    assert ANSI.search(out)
    plain = ANSI.sub("", out)
    assert "Lukket spørgsmål" in plain and "Bemærk: flere spørgsmål, hvorfor" in plain
    assert "Prøv fx:" in plain
    assert max(len(line) for line in plain.splitlines()) <= columns
    for english in ("closed", "stacked", "Try", "sure"):
        assert english not in plain


def test_transcript_summary_in_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "rollespil.txt"
    path.write_text("R: Hvad vil du gerne have ud af i dag?\nB: Ro på.\nR: Har du sovet?\nB: Nej.\n"
                    "R: Hvad vil du gøre i morgen?\n", encoding="utf-8")
    plain = ANSI.sub("", output_of(spawn(["tjek", "--transcript", str(path)], columns=60)))
    assert "Rollespillet: 5 replikker, heraf 3 fra rådgiveren" in plain
    assert "Replik 3: Har du sovet?" in plain
