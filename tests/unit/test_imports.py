"""Start-up stays light: listing questions never imports the prompt libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from samtalecoach.cli.app import app_for
try:
    app_for(sys.argv[1:])(args=sys.argv[1:], prog_name="samtale")
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("questionary", "prompt_toolkit"))
sys.stderr.write("MODULES=" + json.dumps(heavy) + "\\n")
"""


@pytest.mark.parametrize(
    "args",
    [
        ["questions", "-k", "developing", "--format", "plain"],
        ["questions", "--format", "table"],
        ["questions", "--search", "praktik", "--format", "json"],
        ["--help"],
        ["questions", "--help"],
        ["situations"],
        ["check", "Hvad har du brug for?", "--format", "plain"],
    ],
)

def test_no_prompt_library_is_imported(args: list[str]) -> None:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True)
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES="))
    assert json.loads(line.removeprefix("MODULES=")) == []
    assert result.stdout  # the command really ran and printed something


DOCX_PROBE = PROBE.replace('("questionary", "prompt_toolkit")', '("docx", "lxml")')


@pytest.mark.parametrize("args", [
    ["process", "list", "--format", "json"],
    ["process", "export", "nobody"],
    ["process", "note", "nobody"],
    ["plan", "--example", "--format", "markdown"],
])
def test_python_docx_is_imported_only_when_a_word_file_is_written(args: list[str], tmp_path: object) -> None:
    env = {**os.environ, "SAMTALE_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", DOCX_PROBE, *args], capture_output=True, text=True, env=env)
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES="))
    assert json.loads(line.removeprefix("MODULES=")) == []
    assert result.stdout or "nobody" in result.stderr  # it ran (an unknown process is an error)
