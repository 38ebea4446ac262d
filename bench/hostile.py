"""Time and memory to refuse hostile input files, run as a user would run them.

    python bench/hostile.py [--samtale .venv/bin/samtale]

Writes each hostile file to a temporary folder, runs the real command on it under
GNU time, and prints one line per case: exit code, wall time, peak memory, and the
first line of the message (cut at 80 characters). Every case must end in a clear
error (exit 2 from `plan`, 1 from `banks check`), quickly and small: issue 14 measured these at up to 146 s and 11.8 GB
before the limits in content/yamlsrc.py. Needs GNU time (Debian: apt-get install time).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

QUESTION = """questions:
  - id: x-01
    kind: {kind}
    form: open
    intensity: gentle
    phases: [start]
    conversation_types: [coaching]
    situations: []
    family: purpose
    text:
      da: "Hvad håber du på?"
      en: "What do you hope for?"
"""


def laughs(levels: int, where: str) -> str:
    """Nested aliases: each level repeats the one below ten times (10**levels texts)."""
    lines = ['a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, levels)]
    if where == "key":
        lines.append(f"topics:\n  - {{? *a{levels - 1} : 1}}")
    else:
        lines.append(f"topics:\n  - title: *a{levels - 1}")
    return "\n".join(lines) + "\n"


def many_aliases() -> str:
    """20,000 aliases to one 100 kB text, as one topic's own questions."""
    return ("q: &q '" + "x" * 100_000 + "'\ntopics:\n  - title: Emne\n    own_questions: ["
            + ", ".join(["*q"] * 20_000) + "]\n")


def bank_kind_bomb() -> str:
    head = "\n".join(['a0: &a0 "framing"'] + [
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)])
    return head + "\n" + QUESTION.format(kind="*a8")


CASES: list[tuple[str, str, Callable[[], str]]] = [
    ("answers: billion laughs as a title (10^9 texts)", "answers", lambda: laughs(9, "title")),
    ("answers: billion laughs as a key", "answers", lambda: laughs(9, "key")),
    ("answers: 20,000 aliases to a 100 kB text", "answers", many_aliases),
    ("answers: a 10 MB bad value", "answers",
     lambda: "decision_made: '" + "maybe " * 1_750_000 + "'\n"),
    ("answers: an integer of 5,000 digits as a title", "answers",
     lambda: "topics:\n  - title: " + "9" * 5000 + "\n"),
    ("answers: !!int 0xZZ", "answers", lambda: "topics:\n  - title: !!int 0xZZ\n"),
    ("answers: a date that is no date, 2024-13-45", "answers", lambda: "intensity: 2024-13-45\n"),
    ("bank: billion laughs as a kind", "bank", bank_kind_bomb),
    ("bank: a 33 MB file", "bank", lambda: "# " + "x" * (33 * 1024 * 1024) + "\n"),
]


def run(samtale: str, kind: str, path: Path, folder: Path) -> tuple[int, float, int, str]:
    if kind == "answers":
        cmd = [samtale, "plan", "--answers", str(path), "--no-input", "--lang", "en"]
    else:
        cmd = [samtale, "banks", "check", str(path.parent), "--lang", "en"]
    timing = folder / "time.txt"
    done = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", str(timing), *cmd],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "COLUMNS": "200"})
    wall, peak = timing.read_text().split()[-2:]
    first = next((line.strip() for line in done.stderr.splitlines() if line.strip()), "")
    return done.returncode, float(wall), int(peak), first[:80]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samtale", default=".venv/bin/samtale")
    args = parser.parse_args()
    print(f"{'case':<48} {'exit':>4} {'wall':>7} {'peak':>8}  message")
    for name, kind, make in CASES:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / ("svar.yaml" if kind == "answers" else "bank.yaml")
            path.write_text(make(), encoding="utf-8")
            code, wall, peak, first = run(args.samtale, kind, path, Path(folder))
            print(f"{name:<48} {code:>4} {wall:>6.2f}s {peak / 1024:>6.0f}MB  {first}")
    with tempfile.TemporaryDirectory() as folder:
        code, wall, peak, first = run(args.samtale, "answers", Path("/dev/zero"), Path(folder))
        print(f"{'answers: --answers /dev/zero':<48} {code:>4} {wall:>6.2f}s {peak / 1024:>6.0f}MB  {first}")


if __name__ == "__main__":
    main()
