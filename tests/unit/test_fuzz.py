"""Fuzzing the loaders with mutated real files (issue 14): a bank and an answers file,
changed byte by byte and token by token, give data or the project's own errors, and
never an exception of another kind, in bounded time and memory.

Hypothesis runs derandomised (the same examples on every run, so CI is repeatable);
set SAMTALE_FUZZ_EXAMPLES for a longer hunt. Each example is bounded by Hypothesis'
deadline (5 s) and by a tracemalloc peak of 300 MB.
"""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from samtalecoach.content.banks import load_banks  # noqa: E402
from samtalecoach.content.tree_loader import load_tree  # noqa: E402
from samtalecoach.core.errors import SamtaleError  # noqa: E402
from samtalecoach.core.paths import data_dir  # noqa: E402
from samtalecoach.plan.answers import parse_answers, resolve_picks, topic_requests  # noqa: E402

from ..conftest import ROOT  # noqa: E402

DATA = ROOT / "data"
EXAMPLES = int(os.environ.get("SAMTALE_FUZZ_EXAMPLES", "150"))
PEAK = 300 * 1024 * 1024
TREE = load_tree(data_dir() / "decision_tree.yaml")

#: Pieces of YAML that make parsers stumble: aliases, tags, flow and block markers,
#: odd scalars, control and Unicode characters, and a CPR number.
TOKENS = ["&a ", "*a", "&b [*a, *a, *a, *a]", "!!int ", "!!bool ", "!!timestamp ", "!!python/object ",
          "? ", ": ", "- ", "[", "]", "{", "}", "'", '"', "|\n", ">\n", "\t", "\x00", "\r", "\ufeff",
          "2024-13-45", "23:59:60", "9" * 5000, "~", "yes", "<script>", "[/]", "010190-1234",
          "\n  ", "\n- ", "#", "%YAML 1.1\n", "---\n", "...\n"]


def _excerpt(path: Path, lines: int) -> str:
    return "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:lines])


@st.composite
def mutated(draw: st.DrawFn, original: str) -> str:
    """``original`` with a few edits: a value or a key replaced by a token, bytes removed
    or repeated, tokens or characters inserted."""
    text = original
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["value", "value", "key", "token", "delete", "repeat", "char"]))
        colons = [i for i in range(len(text) - 1) if text[i:i + 2] == ": "]
        if edit in ("value", "key") and colons:
            colon = draw(st.sampled_from(colons))
            start = text.rfind("\n", 0, colon) + 1 if edit == "key" else colon + 2
            end = colon if edit == "key" else (text.find("\n", colon) + 1 or len(text)) - 1
            start += len(text[start:end]) - len(text[start:end].lstrip(" -"))  # keep the indentation
            text = text[:start] + draw(st.sampled_from(TOKENS)) + text[end:]
        elif edit == "token":
            text = text[:at] + draw(st.sampled_from(TOKENS)) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        elif edit == "repeat":
            size = draw(st.integers(1, 200))
            text = text[:at] + text[at:at + size] * draw(st.integers(2, 50)) + text[at:]
        else:
            text = text[:at] + draw(st.characters(codec="utf-8")) + text[at + 1:]
    return text


def _bounded(run: Callable[[], object]) -> None:
    """Run ``run``; it may fail only with the project's own errors, within PEAK bytes."""
    tracemalloc.start()
    try:
        run()
    except SamtaleError:
        pass
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < PEAK


FUZZ = settings(max_examples=EXAMPLES, deadline=5000, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(mutated(_excerpt(DATA / "questions" / "framing.yaml", 80)))
def test_a_mutated_bank_loads_or_says_what_is_wrong(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    bank = tmp_path_factory.mktemp("bank") / "mine.yaml"
    bank.write_text(text, encoding="utf-8", errors="surrogatepass")
    files = [DATA / "families.yaml", DATA / "situations.yaml", DATA / "reflection.yaml", bank]
    _bounded(lambda: load_banks(files))


@FUZZ
@given(mutated(_excerpt(DATA / "situations.yaml", 60)))
def test_mutated_situations_load_or_say_what_is_wrong(tmp_path_factory: pytest.TempPathFactory,
                                                      text: str) -> None:
    situations = tmp_path_factory.mktemp("bank") / "situations.yaml"
    situations.write_text(text, encoding="utf-8", errors="surrogatepass")
    _bounded(lambda: load_banks([DATA / "families.yaml", situations, DATA / "reflection.yaml"]))


@FUZZ
@given(mutated((DATA / "examples" / "plan.yaml").read_text(encoding="utf-8")
               + "citizen: han\npicks:\n  start: [fr-purpose-01, {own: Hvad nu?}]\n"))
def test_a_mutated_answers_file_parses_or_says_what_is_wrong(text: str) -> None:
    from samtalecoach.content.sources import load_bank_set

    banks = load_bank_set()

    def run() -> None:
        answers = parse_answers(text, "svar.yaml", TREE)
        topic_requests(answers)
        resolve_picks(answers, banks)

    _bounded(run)
