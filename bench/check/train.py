"""Retrain the kind model of `samtale check` and write data/check/kind_model.json.

Training data: every question of the bundled banks (Danish and English text) and the
questions of data/check/utterances.yaml. bench/check/eval.yaml is never read here.
Usage: python bench/check/train.py [--check]   (--check: fail if the shipped file differs)
"""

from __future__ import annotations

import sys

from samtalecoach.check.kind_model import model_path
from samtalecoach.check.training import train_shipped_model


def main() -> int:
    text = train_shipped_model().to_json()
    path = model_path()
    if "--check" in sys.argv[1:]:
        same = path.read_text(encoding="utf-8") == text
        print("the shipped weights are what training gives" if same else f"{path} differs from a retrain")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
