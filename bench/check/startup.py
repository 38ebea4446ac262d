"""Wall and CPU time of `samtale check "…"` against `samtale questions`, interleaved.

hyperfine runs one command's runs, then the next's; on a shared, busy machine the load
changes between those blocks. Here the commands take turns, round after round, and the
CPU time each process used (user + system, from the OS) is reported beside the wall
time, since CPU time hardly depends on what else the machine is doing.

Usage: python bench/check/startup.py [ROUNDS]   (default 40; run from the repository root)
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time

SAMTALE = os.path.join(os.path.dirname(sys.executable), "samtale")
COMMANDS = {
    "questions": [SAMTALE, "questions", "-k", "developing", "--format", "plain"],
    "check plain": [SAMTALE, "check", "Har du søgt nogle job siden sidst?", "--format", "plain"],
    "check json": [SAMTALE, "check", "Har du søgt nogle job siden sidst?", "--format", "json"],
}


def run(argv: list[str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    for argv in COMMANDS.values():  # warm-up: page cache and the bank cache
        run(argv)
    walls: dict[str, list[float]] = {name: [] for name in COMMANDS}
    cpus: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(rounds):
        for name, argv in COMMANDS.items():
            wall, cpu = run(argv)
            walls[name].append(wall)
            cpus[name].append(cpu)
    base_wall = statistics.median(walls["questions"])
    base_cpu = statistics.median(cpus["questions"])
    for name in COMMANDS:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        print(f"  {name:<12} wall median {wall * 1000:6.1f} ms (ratio {wall / base_wall:4.2f})   "
              f"cpu median {cpu * 1000:6.1f} ms (ratio {cpu / base_cpu:4.2f})")


if __name__ == "__main__":
    main()
