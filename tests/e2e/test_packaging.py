"""The built wheel carries the data: install it into a fresh venv and run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from ..conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("samtalecoach-*.whl")
    return built


def test_wheel_contains_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data_files = [p.relative_to(ROOT).as_posix() for p in (ROOT / "data").rglob("*") if p.is_file()]
    assert data_files
    for name in data_files:
        assert f"samtalecoach/{name}" in names


def test_installed_wheel_runs_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                   check=True)
    elsewhere = tmp_path / "elsewhere"  # not the checkout: only the wheel's data can be found
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SAMTALE_", "PYTHON"))}
    env["SAMTALE_CACHE_DIR"] = str(tmp_path / "cache")
    result = subprocess.run(
        [str(bindir / "samtale"), "questions", "-k", "developing", "--format", "json"],
        cwd=elsewhere, env=env, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["count"] >= 60
    module = subprocess.run(
        [str(bindir / "python"), "-m", "samtalecoach", "banks", "check"],
        cwd=elsewhere, env=env, capture_output=True, text=True,
    )
    assert module.returncode == 0, module.stderr
    assert "Alt i orden" in module.stdout
    where = subprocess.run(
        [str(bindir / "python"), "-c", "import samtalecoach.core.paths as p; print(p.data_dir())"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )
    assert str(env_dir) in where.stdout
