"""Start-up of `samtale roleplay` against `samtale practice`, and a turn as the student sees it,
in a real pty (pexpect, public on PyPI).

    python bench/roleplay/startup.py [ROUNDS]   (default 15; run from the repository root)

Each round starts, in turn, `samtale practice kinds` and `samtale roleplay
sick-leave-warehouse` in a fresh pseudo-terminal and times them until their first prompt
is drawn (the drill's first task; the citizen's first words and the line to type in).
In the role-play it then types one question and times Enter to her reply on screen.
The commands take turns so that a busy machine's load falls on both alike. Run 0 fills
the caches and is not counted.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

SAMTALE = str(Path(sys.executable).parent / "samtale")
COMMANDS = {
    "practice": (["practice", "kinds", "--count", "1"], "Hvilken slags spørgsmål"),
    "roleplay": (["roleplay", "sick-leave-warehouse", "--no-save", "--seed", "1"], "Du:"),
}


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "TERM": "xterm-256color", "SAMTALE_HOME": home, "PROMPT_TOOLKIT_NO_CPR": "1",
               "SAMTALE_CACHE_DIR": os.path.join(home, "cache")}
        env.pop("NO_COLOR", None)
        prompt: dict[str, list[float]] = {name: [] for name in COMMANDS}
        turn: list[float] = []
        for run in range(rounds + 1):
            for name, (args, first) in COMMANDS.items():
                started = time.perf_counter()
                child = pexpect.spawn(SAMTALE, args, env=env, encoding="utf-8", dimensions=(40, 100), timeout=30)
                child.delaybeforesend = None  # pexpect waits 50 ms before each send by default
                child.expect(first)
                elapsed = time.perf_counter() - started
                if name == "roleplay":
                    child.expect_exact("\x1b[?25h")  # the cursor is shown: the prompt is ready
                    sent = time.perf_counter()
                    child.send("Hvad er vigtigst for dig at tale om i dag?\r")
                    child.expect("Tina:")
                    reply = time.perf_counter() - sent
                    if run:
                        turn.append(reply * 1000)
                child.sendcontrol("c")
                child.expect(pexpect.EOF)
                child.close()
                if run:
                    prompt[name].append(elapsed * 1000)
    base = statistics.median(prompt["practice"])
    for name, times in prompt.items():
        median = statistics.median(times)
        print(f"{name:9} first prompt: median {median:.0f} ms (min {min(times):.0f}, max {max(times):.0f}), "
              f"{median / base:.2f}× practice")
    print(f"a turn, Enter to her reply on screen: median {statistics.median(turn):.0f} ms, "
          f"max {max(turn):.0f} ms over {len(turn)} turns")


if __name__ == "__main__":
    main()
