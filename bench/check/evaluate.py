"""Evaluate `samtale check` on a labelled set (default: the held-out bench/check/eval.yaml).

Usage: python bench/check/evaluate.py [FILE] [--lang da|en]
Prints form accuracy, kind accuracy and macro-F1, per-class precision/recall,
confusion matrices, flag precision/recall and the statement-called-open rate.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samtalecoach.check.evaluate import evaluate, report
from samtalecoach.check.labelled import load_labelled


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Evaluate samtale check on a labelled set.")
    parser.add_argument("file", nargs="?", type=Path, default=Path(__file__).with_name("eval.yaml"))
    parser.add_argument("--lang", choices=("da", "en"))
    args = parser.parse_args(argv)
    items = [i for i in load_labelled(args.file) if args.lang is None or i.lang.value == args.lang]
    title = args.file.name + (f" ({args.lang})" if args.lang else "")
    print(report(evaluate(items), title), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
