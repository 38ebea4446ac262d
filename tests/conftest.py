"""Shared fixtures: an isolated environment for every test."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from samtalecoach.core.model import Banks

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> None:
    """No user settings leak into tests; the cache and the user's data live in temp dirs
    (the data in ``home``); stable output."""
    for name in ("SAMTALE_LANG", "SAMTALE_BANKS", "SAMTALE_SCENARIOS", "SAMTALE_NO_CACHE", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SAMTALE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("SAMTALE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The test's data directory (SAMTALE_HOME), not yet created."""
    return tmp_path / "home"


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write dedented YAML to ``tmp_path/name`` and return the path."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def bundled() -> Banks:
    """The bundled banks, loaded without the cache."""
    from samtalecoach.content.banks import load_banks
    from samtalecoach.core.paths import bundled_bank_files

    return load_banks(bundled_bank_files())
