"""The house rules of the package, read from its source: who may import what, no cycles,
no upward imports, and modules of a readable size."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest

from ..conftest import ROOT

PACKAGE = ROOT / "src" / "samtalecoach"
FEATURES = ("questions", "plan", "process", "practice", "check", "roleplay")
#: A feature may use another feature only along these edges (the plan is kept with a
#: process, and resolves situations as `samtale questions` does; the role-play citizen
#: hears what `samtale check` finds; practice drills the turns a role-play left to rework).
SIDEWAYS = {("plan", "process"), ("plan", "questions"), ("roleplay", "check"), ("practice", "roleplay"),
            ("practice", "check")}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports: at the top, inside functions, under TYPE_CHECKING."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names
                         if f"{node.module}.{alias.name}" in MODULES)
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}: relative import; use samtalecoach.<folder>.<module>")
    return names


IMPORTS = {name: _imports(path) for name, path in MODULES.items()}


def _internal(name: str) -> set[str]:
    return {m for m in IMPORTS[name] if m in MODULES and m != name}


def _layer(name: str) -> tuple[int, str]:
    """(layer, folder): core 0; content and ui.style 1; features 2; ui.prompts 3; cli 4."""
    parts = name.split(".")
    folder = parts[1] if len(parts) > 1 else ""
    if folder == "__main__":
        return 4, "cli"
    if folder in ("", "core"):
        return 0, folder
    if folder == "content" or name == "samtalecoach.ui.style":
        return 1, folder
    if folder in FEATURES:
        return 2, folder
    if folder == "ui":
        return 3, folder
    return 4, folder


def _prompts(name: str) -> bool:
    return name == "samtalecoach.ui.prompts" or name.startswith("samtalecoach.ui.prompts.")


def _cli(name: str) -> bool:
    return name.startswith("samtalecoach.cli")


def _views(name: str) -> bool:
    return name.endswith(".render") or name.startswith(("samtalecoach.ui", "samtalecoach.cli"))


@pytest.mark.parametrize(("library", "allowed", "in_use"), [
    ("questionary", _prompts, True),
    ("prompt_toolkit", _prompts, True),
    ("typer", _cli, True),
    ("click", _cli, False),
    ("rich", _views, True),
])
def test_only_the_right_modules_import_a_ui_library(library: str, allowed: Callable[[str], bool],
                                                   in_use: bool) -> None:
    users = sorted(name for name, found in IMPORTS.items()
                   if any(m == library or m.startswith(library + ".") for m in found))
    assert bool(users) == in_use, users
    assert [name for name in users if not allowed(name)] == []


def test_no_upward_imports() -> None:
    wrong = []
    for name in MODULES:
        layer, folder = _layer(name)
        for target in _internal(name):
            target_layer, target_folder = _layer(target)
            same_folder = folder == target_folder and name != "samtalecoach.ui.style"
            if target_layer < layer or same_folder or (folder, target_folder) in SIDEWAYS:
                continue
            wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_the_layering_rule_would_catch_an_upward_import() -> None:
    # The check above compares layers; make sure the layers say what they should.
    assert _layer("samtalecoach.core.store") < _layer("samtalecoach.content.tree")
    assert _layer("samtalecoach.content.tree") < _layer("samtalecoach.plan.build")
    assert _layer("samtalecoach.plan.build") < _layer("samtalecoach.ui.prompts") < _layer("samtalecoach.cli.app")
    assert _layer("samtalecoach.ui.style")[0] == 1


def test_no_import_cycles() -> None:
    graph = {name: _internal(name) for name in MODULES}
    # Tarjan's strongly connected components; any of more than one module is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    assert cycles == []


def test_modules_have_a_readable_size() -> None:
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    too_long = {n: s for n, s in sizes.items() if s > 400 and n != "samtalecoach.core.messages"}
    assert too_long == {}
    thick_cli = {n: s for n, s in sizes.items() if n.startswith("samtalecoach.cli.") and s > 250}
    assert thick_cli == {}
