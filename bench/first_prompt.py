"""Time from starting `samtale plan` to its first prompt on screen, in a real pty.

    python bench/first_prompt.py [--runs 20] [--samtale .venv/bin/samtale]

Uses pexpect (public, on PyPI). Each run starts the command in a fresh
pseudo-terminal, waits until the first question is drawn, then presses Ctrl-C.
The parsed-bank cache is warmed once first, as it is for any user after the
first run. Prints the median, min and max in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--samtale", default=str(Path(sys.executable).parent / "samtale"))
    parser.add_argument("--prompt", default="omtale borgeren|Hvilken livssituation",
                        help="a regular expression for the first prompt (older versions asked the situation first)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        # A real terminal answers prompt_toolkit's cursor-position request at once; a pty
        # under pexpect never does, so the request is switched off (as in the e2e tests).
        env = {**os.environ, "TERM": "xterm-256color", "SAMTALE_HOME": home, "PROMPT_TOOLKIT_NO_CPR": "1",
               "SAMTALE_CACHE_DIR": os.path.join(home, "cache")}
        env.pop("NO_COLOR", None)
        times = []
        for run in range(args.runs + 1):
            started = time.perf_counter()
            child = pexpect.spawn(args.samtale, ["plan"], env=env, encoding="utf-8",
                                  dimensions=(40, 100), timeout=30)
            child.expect(args.prompt)
            elapsed = time.perf_counter() - started
            child.sendcontrol("c")
            child.expect(pexpect.EOF)
            child.close()
            if run > 0:  # run 0 fills the cache
                times.append(elapsed * 1000)
    print(f"first prompt: median {statistics.median(times):.0f} ms, "
          f"min {min(times):.0f} ms, max {max(times):.0f} ms over {len(times)} runs")


if __name__ == "__main__":
    main()
