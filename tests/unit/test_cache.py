"""The parsed-bank cache: hits, invalidation, and damaged cache files."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from samtalecoach.content import banks as banks_module
from samtalecoach.content import cache
from samtalecoach.content.cache import cache_file, load_cached
from samtalecoach.core.errors import DataError
from samtalecoach.core.model import Banks

from .test_banks import BASE, QUESTION

WriteYaml = Callable[[str, str], Path]


@pytest.fixture
def files(write_yaml: WriteYaml) -> list[Path]:
    return [write_yaml("base.yaml", BASE), write_yaml("q.yaml", QUESTION)]


def _no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(_files: object) -> Banks:
        raise AssertionError("parsed although the cache was valid")

    monkeypatch.setattr(banks_module, "load_banks", fail)


def test_second_load_comes_from_the_cache_and_is_equal(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_cached(files, tmp_path / "c")
    assert cache_file(tmp_path / "c", files).exists()
    _no_parse(monkeypatch)
    second = load_cached(files, tmp_path / "c")
    assert second == first
    assert second.questions[0].source == first.questions[0].source


def test_changed_bank_file_invalidates_the_cache(
    files: list[Path], tmp_path: Path
) -> None:
    load_cached(files, tmp_path / "c")
    files[1].write_text(QUESTION.replace("0 til 10", "1 til 10"), encoding="utf-8")
    os.utime(files[1], ns=(1, 1))  # a different mtime even on coarse clocks
    again = load_cached(files, tmp_path / "c")
    assert again.questions[0].text.da == "Hvor er du på en skala fra 1 til 10?"


def test_invalid_bank_is_never_cached(files: list[Path], tmp_path: Path) -> None:
    files[1].write_text(QUESTION.replace("[middle]", "[midle]"), encoding="utf-8")
    with pytest.raises(DataError):
        load_cached(files, tmp_path / "c")
    assert not cache_file(tmp_path / "c", files).exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: "\x00\xff garbage",  # not JSON at all
        lambda text: json.dumps({"format": 1}),  # foreign JSON
        lambda text: text.replace('"developing"', '"nonsense"'),  # bad enum inside
        lambda text: text.replace('"questions":[[', '"questions":[[1,'),  # shifted fields
    ],
)
def test_damaged_cache_is_rebuilt(
    files: list[Path], tmp_path: Path, damage: Callable[[str], str]
) -> None:
    good = load_cached(files, tmp_path / "c")
    target = cache_file(tmp_path / "c", files)
    target.write_text(damage(target.read_text(encoding="utf-8")), encoding="utf-8")
    assert load_cached(files, tmp_path / "c") == good
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == cache.CACHE_FORMAT


def test_unwritable_cache_dir_still_loads(files: list[Path], tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    banks = load_cached(files, blocker / "cache")
    assert [q.id for q in banks.questions] == ["dev-scale-01"]
