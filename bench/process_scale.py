"""Fill a data directory with a large process and many practice answers, for timing.

    python bench/process_scale.py DIR [--conversations 10000] [--answers 50000]

Writes DIR/samtale.db through samtale's own functions (so the data is what the tool
writes): one process 'stor' with N conversations (two topics, an agreement, a
follow-up and both alliance checks each; each conversation marks the previous one's
agreement and follow-up done, so two items stay open), a small
process 'lille', and a practice history of M answers. bench/run.sh then times
`process show|list|export`, `plan --process` and `practice --stats` on it with
hyperfine.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from pathlib import Path

from samtalecoach.core.model import ConversationType
from samtalecoach.core.store import database
from samtalecoach.practice import progress
from samtalecoach.practice.drills import Drill
from samtalecoach.process import records
from samtalecoach.process.alliance import AllianceScores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--answers", type=int, default=50_000)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = random.Random(7)
    with database(args.dir) as db:
        db.execute("PRAGMA synchronous = OFF")  # only to fill it faster; reads are what is timed
        records.create(db, "stor", "Ordinær beskæftigelse", "Praktik")
        records.create(db, "lille", "Uddannelse")
        first = date(2000, 1, 1)
        for n in range(args.conversations):
            scores = AllianceScores(*(rng.randint(5, 10) for _ in range(4)))
            records.log_conversation(
                db, "stor", held=first + timedelta(days=n),
                topics=[("Praktikken", ConversationType.CO_CREATIVE), ("Rammen", ConversationType.ADVISORY_AUTHORITY)],
                agreements=[records.Agreement(f"Opgave {n}", "borgeren", "fredag")], followups=[f"Tema {n}"],
                note="Kort note", caseworker=scores, citizen=scores,
                done=[f"a{n}", f"f{n}"] if n else ())  # last time's items, done as a caseworker would
        round_id = progress.start_round(db, list(Drill), 1)
        for n in range(args.answers):
            progress.record_answer(db, round_id, f"kinds:q{n % 600}", rng.random() < 0.7,
                                   today=first + timedelta(days=n % 400))
    print(f"{args.dir}/samtale.db: {args.conversations} conversations, {args.answers} answers "
          f"({time.perf_counter() - started:.0f} s to write)")


if __name__ == "__main__":
    main()
