"""YAML from users (banks, answers files) that is odd, broken or hostile: every
document becomes data or file:line problems, quickly, with short messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtalecoach.content.yamlsrc import MAX_BYTES, parse_yaml, read_yaml
from samtalecoach.core.errors import Msg, UsageError
from samtalecoach.core.i18n import problem_text, render
from samtalecoach.core.model import Lang


def keys(text: str) -> list[str]:
    """The catalogue keys of the problems of ``text`` (a refusal's own key, not the
    'not valid YAML: …' around it)."""
    _, problems = parse_yaml(text, "f.yaml")
    inner = [p.what.params["what"] if p.what.key == "yaml.invalid" else p.what for p in problems]
    return [m.key for m in inner if isinstance(m, Msg)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("title: 2024-13-45\n", "2024-13-45"),   # a date that is none
        ("title: 2001-02-30\n", "2001-02-30"),
        ("title: 2024-01-01\n", "2024-01-01"),   # a real date is text to us too
        ("title: 23:59:60\n", "23:59:60"),       # YAML 1.1 would make it 86400 (base 60)
        ("title: 0o17\n", "0o17"),
        ("title: .inf\n", ".inf"),
        ("title: 1_000\n", "1_000"),
        ("title: 12\n", 12),
        ("title: 1.5\n", 1.5),
        ("title: yes\n", True),
        ("title: ~\n", None),
    ],
)
def test_plain_scalars_become_text_unless_plainly_numbers(text: str, value: object) -> None:
    document, problems = parse_yaml(text, "f.yaml")
    assert problems == [] and document["title"] == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("n: !!int 0xZZ\n", "yaml.bad_scalar"),
        ("n: !!float abc\n", "yaml.bad_scalar"),
        ("n: !!bool maybe\n", "yaml.bad_scalar"),
        ("n: !!timestamp nope\n", "yaml.tag"),
        ("n: !!binary aGVq\n", "yaml.tag"),
        ("n: !!python/object:os.system ls\n", "yaml.tag"),
        ("n: " + "9" * 5000 + "\n", "yaml.bad_scalar"),  # more digits than int() takes
        ("? [a, b]\n: 1\n", "yaml.key_not_text"),
        ("? {a: 1}\n: 1\n", "yaml.key_not_text"),
    ],
)
def test_scalars_that_cannot_be_built_are_problems_at_their_line(text: str, key: str) -> None:
    assert keys(text) == [key]
    _, problems = parse_yaml(text, "f.yaml")
    assert problems[0].line == 1


def _laughs(levels: int) -> str:
    lines = ['a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, levels)]
    lines.append(f"title: *a{levels - 1}")
    return "\n".join(lines) + "\n"


def test_a_billion_laughs_is_refused_at_once() -> None:
    assert keys(_laughs(9)) == ["yaml.expansion"]  # (how fast: bench/hostile.py)


def test_many_aliases_to_one_long_text_are_refused() -> None:
    text = "q: &q '" + "x" * 100_000 + "'\nlist: [" + ", ".join(["*q"] * 20_000) + "]\n"
    assert keys(text) == ["yaml.expansion"]


def test_a_few_ordinary_aliases_are_fine() -> None:
    document, problems = parse_yaml("base: &b {x: 1, y: [1, 2]}\none: *b\ntwo: *b\n", "f.yaml")
    assert problems == [] and document["one"] == document["two"] == {"x": 1, "y": [1, 2]}


def test_a_huge_bad_value_is_quoted_short(tmp_path: Path) -> None:
    from samtalecoach.content.tree_loader import load_tree
    from samtalecoach.core.paths import data_dir
    from samtalecoach.plan.answers import parse_answers

    tree = load_tree(data_dir() / "decision_tree.yaml")
    with pytest.raises(UsageError) as info:
        parse_answers("decision_made: '" + "maybe " * 200_000 + "'\n", "svar.yaml", tree)
    shown = render(Lang.DA, Msg(info.value.key, info.value.params))
    assert len(shown) < 300 and "…" in shown
    with pytest.raises(UsageError) as info:
        parse_answers("topics:\n  - title: [a, b]\n", "svar.yaml", tree)  # a list is no title
    assert render(Lang.EN, info.value.params["message"]) == "must be a text, not a list or a mapping"


def test_an_endless_or_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    _, problems = read_yaml(Path("/dev/zero"), "/dev/zero")
    assert [p.what.key for p in problems] == ["p.too_large"]
    big = tmp_path / "big.yaml"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    _, problems = read_yaml(big, "big.yaml")
    assert problem_text(Lang.EN, problems[0]) == "big.yaml:1: the file is larger than 32 MB"


def test_an_endless_answers_file_is_a_clear_error() -> None:
    from samtalecoach.content.tree_loader import load_tree
    from samtalecoach.core.paths import data_dir
    from samtalecoach.plan.answers import read_answers

    with pytest.raises(UsageError) as info:
        read_answers(Path("/dev/zero"), load_tree(data_dir() / "decision_tree.yaml"))
    assert "larger than 1 MB" in render(Lang.EN, Msg(info.value.key, info.value.params))
