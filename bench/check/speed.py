"""Time per utterance of `samtale check` after start-up: classification alone (form, flags,
kind) and with the three better questions from the banks.

Usage: python bench/check/speed.py   (uses the eval set's texts as input; no labels are read)
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from samtalecoach.check.analyse import analyse
from samtalecoach.check.kind_model import shipped_model
from samtalecoach.check.labelled import load_labelled
from samtalecoach.content.sources import load_bank_set


def per_item(texts: list[str], **kwargs: object) -> tuple[float, float]:
    """(median, 95th percentile) milliseconds per utterance."""
    times = []
    for text in texts:
        start = time.perf_counter()
        analyse(text, **kwargs)  # type: ignore[arg-type]
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


def main() -> None:
    texts = [u.text for u in load_labelled(Path(__file__).with_name("eval.yaml"))]
    start = time.perf_counter()
    shipped_model()
    print(f"reading the model weights (once per run): {(time.perf_counter() - start) * 1000:.1f} ms")
    banks = load_bank_set()
    start = time.perf_counter()
    analyse(texts[1], banks=banks)
    print(f"first suggestions (builds the candidate lists): {(time.perf_counter() - start) * 1000:.1f} ms")
    median, p95 = per_item(texts)
    print(f"classify only:          median {median:.3f} ms, p95 {p95:.3f} ms over {len(texts)} utterances")
    median, p95 = per_item(texts, banks=banks)
    print(f"with better questions:  median {median:.3f} ms, p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()
