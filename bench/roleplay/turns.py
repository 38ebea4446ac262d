"""How long the citizen takes to answer one line, in-process: the analyser, the rules and
the choice of reply (what a turn costs after start-up).

    python bench/roleplay/turns.py [ROUNDS]   (default 20; run from the repository root)

Plays every bundled scenario's good and poor test script ROUNDS times (seeds 0..ROUNDS-1)
and times each `Conversation.say`. The first line of a run pays for loading the kind
model once per process; it is reported apart. Prints the median, 95th percentile and
maximum in milliseconds.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from samtalecoach.content.scenarios import load_scenarios
from samtalecoach.content.sources import load_bank_set
from samtalecoach.core.model import Lang
from samtalecoach.roleplay.play import Conversation
from samtalecoach.roleplay.session import parse_script

SCRIPTS = Path("tests/data/roleplay")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    banks = load_bank_set()
    scenarios = load_scenarios([s.id for s in banks.situations])
    first: list[float] = []
    times: list[float] = []
    for scenario in scenarios:
        for kind in ("good", "poor"):
            path = SCRIPTS / f"{scenario.id}.{kind}.txt"
            lines = parse_script(path.read_text(encoding="utf-8"), str(path))
            for seed in range(rounds):
                conversation = Conversation(scenario, Lang.DA, seed)
                for line in lines:
                    if line.command == "phase":
                        conversation.next_phase()
                    elif line.command is None:
                        start = time.perf_counter()
                        conversation.say(line.text)
                        elapsed = (time.perf_counter() - start) * 1000
                        (first if not first else times).append(elapsed)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"first line of the process (loads the kind model): {first[0]:.1f} ms")
    print(f"{len(times)} lines: median {statistics.median(times):.2f} ms, 95th percentile {p95:.2f} ms, "
          f"max {max(times):.2f} ms")


if __name__ == "__main__":
    main()
