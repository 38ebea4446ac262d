"""Safe YAML parsing that remembers line numbers, for messages that point at the data.

Only the safe subset of YAML is built: plain data, no Python objects.
Mappings come back as :class:`LinedDict`, which knows the line of the mapping
and of each key. Duplicate keys, which YAML would silently resolve to the last
one, are reported instead.

Files come from users, so the parser holds them to limits and answers every
oddity with a file:line problem, never an exception: a file larger than
``MAX_BYTES``; a document whose aliases would expand it to more than
``EXPANSION`` times its own size ("billion laughs"); a scalar that YAML would
make a date, a time or a huge number, or an explicit tag other than the plain
ones (dates and times stay text: nothing here needs them); a key that is a list
or a mapping; and any text that looks like a CPR number (never repeated).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from samtalecoach.core.errors import Msg, Problem, os_reason
from samtalecoach.core.privacy import find_cpr

#: The largest YAML file read (a bank of 20,000 questions is about 9 MB).
MAX_BYTES = 32 * 1024 * 1024
#: Aliases may make a document at most this many times its own size (nodes and text).
EXPANSION = 4
#: Explicit tags a user may write; the value must then be what the tag says.
_PLAIN_SCALARS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                  "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"}
_TEXT_TAGS = {"tag:yaml.org,2002:timestamp"}
#: What an unquoted number must look like to be one; YAML 1.1 also reads '23:59:60'
#: (base 60), '0o17', '1_000' or '.inf' as numbers, which a title never means.
_NUMBER = {"tag:yaml.org,2002:int": re.compile(r"[-+]?[0-9]+"),
           "tag:yaml.org,2002:float": re.compile(r"[-+]?[0-9]*\.[0-9]+(?:[eE][-+]?[0-9]+)?")}

# libyaml's parser when PyYAML was built with it (the wheels on PyPI are);
# the pure-Python parser is a slow fallback only for exotic platforms.
# Events and marks come from libyaml (C types) or from PyYAML's Python parser, which
# the stubs do not unite; they are typed Any here for that reason.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HAVE_LIBYAML: bool = _Base is not yaml.SafeLoader


class LinedDict(dict[str, Any]):
    """A YAML mapping with the (1-based) line of the mapping and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """The line of ``key``, or of the mapping when the key is absent."""
        return self.key_lines.get(key, self.line)


class _Refusal(Exception):
    """A document that parses but that we do not accept (tags, several documents, ...)."""

    def __init__(self, what: Msg, mark: Any) -> None:
        super().__init__(what.key)
        self.what = what
        self.line = mark.line + 1 if mark is not None else 1


#: libyaml's most common complaints, by their English text, in the catalogue.
_YAML_PROBLEMS = {
    "mapping values are not allowed here": "yaml.mapping_values",
    "could not find expected ':'": "yaml.expected_colon",
    "found character that cannot start any token": "yaml.bad_character",
    "did not find expected key": "yaml.expected_key",
    "did not find expected '-' indicator": "yaml.expected_dash",
    "found unexpected end of stream": "yaml.unexpected_end",
    "found undefined alias": "yaml.unknown_alias",
    "found a tab character that violates indentation": "yaml.tab",
    "found unknown escape character": "yaml.escape",
    "block sequence entries are not allowed in this context": "yaml.sequence_here",
    "did not find expected node content": "yaml.expected_node",
    "found duplicate anchor": "yaml.duplicate_anchor",
}


def _yaml_problem(text: str) -> Msg:
    key = _YAML_PROBLEMS.get(text.strip())
    return Msg(key) if key else Msg.of("yaml.other", what=text.strip())


_PLAIN_TAGS = (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


class _Builder:
    """Builds Python values straight from the parser's events.

    PyYAML's own loader first composes a node graph of the whole document and
    then constructs objects from it; for a large bank that costs several times
    the parse itself and hundreds of MB. Building from events keeps only the
    result. Plain scalar values are resolved (int, bool, null, ...) as the safe
    loader would, while mapping keys stay the text written (our keys are
    names); anchors and aliases work; unknown tags are refused.
    """

    def __init__(self, text: str) -> None:
        self.loader = _Base(text)
        self.anchors: dict[str, Any] = {}
        #: What each anchor's value counts (nodes, characters), for its aliases.
        self.weights: dict[str, tuple[int, int]] = {}
        self.nodes = 0
        self.chars = 0
        self.max_nodes = EXPANSION * max(len(text) // 2, 10_000)
        self.max_chars = EXPANSION * max(len(text), 100_000)
        self.duplicates: list[tuple[int, str]] = []
        self.cpr_lines: list[int] = []

    def count(self, nodes: int, chars: int, mark: Any) -> None:
        """Count what the document expands to; refuse beyond the limits."""
        self.nodes += nodes
        self.chars += chars
        if self.nodes > self.max_nodes or self.chars > self.max_chars:
            raise _Refusal(Msg("yaml.expansion"), mark)

    def text(self, value: str, mark: Any) -> str:
        """A text of the document: counted, and checked for CPR numbers."""
        self.count(1, len(value), mark)
        # A CPR number has ten digits: most texts have fewer, and are not searched.
        if sum(map(str.isdigit, value)) >= 10 and find_cpr(value) is not None:
            self.cpr_lines.append(mark.line + 1)
        return value

    def document(self) -> Any:
        loader = self.loader
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):
            return None
        loader.get_event()  # document start
        value = self.value()
        loader.get_event()  # document end
        if not loader.check_event(yaml.StreamEndEvent):
            mark = loader.peek_event().start_mark
            raise _Refusal(Msg("yaml.one_document"), mark)
        return value

    def value(self) -> Any:
        event = self.loader.get_event()
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors or event.anchor not in self.weights:
                raise _Refusal(Msg.of("yaml.alias", anchor=event.anchor), event.start_mark)
            self.count(*self.weights[event.anchor], event.start_mark)  # as if written out again
            return self.anchors[event.anchor]
        if isinstance(event, yaml.CollectionStartEvent) and event.tag not in _PLAIN_TAGS:
            raise _Refusal(Msg.of("yaml.tag", tag=_short(event.tag)), event.start_mark)
        before = (self.nodes, self.chars)
        if isinstance(event, yaml.ScalarEvent):
            result = self.scalar(event)
        elif isinstance(event, yaml.MappingStartEvent):
            self.count(1, 0, event.start_mark)
            result = self.mapping(event)
        elif isinstance(event, yaml.SequenceStartEvent):
            self.count(1, 0, event.start_mark)
            result = []
            if event.anchor:
                self.anchors[event.anchor] = result
            while not self.loader.check_event(yaml.SequenceEndEvent):
                result.append(self.value())
            self.loader.get_event()
        else:
            raise _Refusal(Msg("yaml.structure"), event.start_mark)
        if event.anchor:
            self.anchors[event.anchor] = result
            self.weights[event.anchor] = (self.nodes - before[0], self.chars - before[1])
        return result

    def mapping(self, event: Any) -> LinedDict:
        data = LinedDict()
        data.line = event.start_mark.line + 1
        data.key_lines = {}
        if event.anchor:
            self.anchors[event.anchor] = data
        while not self.loader.check_event(yaml.MappingEndEvent):
            key_event = self.loader.peek_event()
            line = key_event.start_mark.line + 1
            if isinstance(key_event, yaml.ScalarEvent):
                # Keys are names: `yes:` stays "yes", not True (YAML 1.1's
                # boolean trap), and `1:` stays "1".
                self.loader.get_event()
                key = self.text(key_event.value, key_event.start_mark)
            else:
                raise _Refusal(Msg("yaml.key_not_text"), key_event.start_mark)
            if key in data.key_lines:
                self.duplicates.append((line, key))
            data.key_lines[key] = line
            data[key] = self.value()
        self.loader.get_event()
        return data

    def scalar(self, event: Any) -> Any:
        value: str = self.text(event.value, event.start_mark)
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return value  # quoted: always text
            tag = self.loader.resolve(yaml.ScalarNode, value, (True, False))
            if tag in _TEXT_TAGS or (tag in _NUMBER and not _NUMBER[tag].fullmatch(value)):
                return value  # '2024-13-45', '2001-02-30' or '23:59:60' is text to us
        elif tag not in _PLAIN_SCALARS:
            raise _Refusal(Msg.of("yaml.tag", tag=_short(tag)), event.start_mark)
        if tag == "tag:yaml.org,2002:str":
            return value
        node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark)
        try:
            return self.loader.construct_object(node, deep=True)
        except Exception:  # noqa: BLE001 - any failure to build one plain scalar is the file's
            # '!!int 0xZZ', '!!int ' (empty), '!!bool maybe', an integer of thousands of digits, ...
            raise _Refusal(Msg.of("yaml.bad_scalar", value=_short(value), tag=tag.rsplit(":", 1)[-1]),
                           event.start_mark) from None


def parse_yaml(text: str, display: str) -> tuple[Any, list[Problem]]:
    """Parse ``text`` safely. Returns the document and problems (file:line)."""
    builder = _Builder(text)

    def invalid(line: int, what: Msg) -> tuple[Any, list[Problem]]:
        return None, [Problem(display, line, Msg.of("yaml.invalid", what=what))]

    try:
        document = builder.document()
    except _Refusal as err:
        return invalid(err.line, err.what)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else 1
        return invalid(line, _yaml_problem(err.problem or err.context or ""))
    except yaml.YAMLError as err:
        return invalid(1, _yaml_problem(str(err)))
    except RecursionError:
        return invalid(1, Msg("yaml.nested"))
    finally:
        builder.loader.dispose()
    problems = [Problem(display, line, Msg.of("yaml.duplicate_key", key=_short(key)))
                for line, key in builder.duplicates]
    problems += [Problem(display, line, Msg("yaml.cpr")) for line in builder.cpr_lines]
    return document, sorted(problems, key=lambda p: p.line)


def _short(text: str, limit: int = 60) -> str:
    """A value to quote in a message: at most ``limit`` characters, on one line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def read_yaml(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Read and parse a YAML file; unreadable or non-UTF-8 files become problems."""
    try:
        text = read_text(path)
    except UnicodeDecodeError as err:
        return None, [Problem(display, 1, Msg.of("p.not_utf8", reason=err.reason))]
    except TooLarge:
        return None, [Problem(display, 1, Msg.of("p.too_large", limit=MAX_BYTES // (1024 * 1024)))]
    except OSError as err:
        return None, [Problem(display, 1, Msg.of("p.unreadable", reason=os_reason(err)))]
    return parse_yaml(text, display)


class TooLarge(OSError):
    """A file over MAX_BYTES (or an endless one, such as /dev/zero)."""


def read_text(path: Path, limit: int = MAX_BYTES) -> str:
    """A UTF-8 file of at most ``limit`` bytes; reads no more than that, so an endless
    device cannot fill the memory. TooLarge (an OSError) beyond it."""
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(path)
    return data.decode("utf-8")
