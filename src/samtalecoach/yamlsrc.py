"""Safe YAML parsing that remembers line numbers, for messages that point at the data.

Mappings come back as :class:`LinedDict`, which knows the line of the mapping
and of each key. Duplicate keys, which YAML would silently resolve to the last
one, are reported instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

# libyaml's parser when PyYAML was built with it (the wheels on PyPI are);
# the pure-Python parser is a slow fallback only for exotic platforms.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HAVE_LIBYAML: bool = _Base is not yaml.SafeLoader


class LinedDict(dict[str, Any]):
    """A YAML mapping with the (1-based) line of the mapping and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """The line of ``key``, or of the mapping when the key is absent."""
        return self.key_lines.get(key, self.line)


class _LineLoader(_Base):  # type: ignore[misc]
    """Safe loader whose mappings are LinedDicts; collects duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[int, str]] = []


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> LinedDict:
    loader.flatten_mapping(node)
    data = LinedDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        line = key_node.start_mark.line + 1
        if key in data.key_lines:
            loader.duplicates.append((line, key))
        data.key_lines[key] = line
        data[key] = loader.construct_object(value_node, deep=True)
    return data


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def parse_yaml(text: str, display: str) -> tuple[Any, list[Problem]]:
    """Parse ``text`` safely. Returns the document and problems (file:line)."""
    loader = _LineLoader(text)
    try:
        document = loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = err.problem or err.context or "invalid YAML"
        return None, [Problem(display, line, f"not valid YAML: {what}")]
    except yaml.YAMLError as err:
        return None, [Problem(display, 1, f"not valid YAML: {err}")]
    finally:
        loader.dispose()
    problems = [
        Problem(display, line, f"key '{key}' appears twice in the same mapping")
        for line, key in loader.duplicates
    ]
    return document, problems


def read_yaml(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Read and parse a YAML file; unreadable or non-UTF-8 files become problems."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        return None, [Problem(display, 1, f"not UTF-8 text ({err.reason})")]
    except OSError as err:
        return None, [Problem(display, 1, f"cannot read the file: {err.strerror}")]
    return parse_yaml(text, display)
