"""A cache of validated banks, so that large banks load fast after the first run.

Parsing YAML is the slow part (about 5 s for 20,000 questions even with
libyaml). The validated model is stored as JSON in the user cache directory,
one file per set of bank files. Each entry records the size and modification
time of every bank file, the package version and the cache format; any
difference, and any unreadable or malformed cache file, means a fresh parse.
JSON rather than pickle: reading a damaged or foreign cache file can then
never run code, only fail and be rebuilt. Writes are atomic (temp file and
rename), and a cache that cannot be written is simply skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samtalecoach import __version__
from samtalecoach.core.errors import FileError
from samtalecoach.core.model import (
    Banks,
    ConversationType,
    Family,
    Form,
    Intensity,
    Kind,
    Localized,
    Moment,
    Phase,
    Question,
    ReflectionQuestion,
    Requirement,
    Situation,
    Source,
    Theme,
)
from samtalecoach.core.paths import write_atomic

CACHE_FORMAT = 2


def fingerprint(files: Sequence[Path]) -> list[list[Any]]:
    """What must be unchanged for a cache entry to be valid: path, size, mtime per file."""
    result: list[list[Any]] = []
    for path in files:
        stat = path.stat()
        result.append([str(path.resolve()), stat.st_size, stat.st_mtime_ns])
    return result


def cache_file(cache_dir: Path, files: Sequence[Path]) -> Path:
    """The cache file for this set of bank files."""
    key = "\n".join(str(p.resolve()) for p in files)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    return cache_dir / f"banks-{digest}.json"


def load_cached(files: Sequence[Path], cache_dir: Path | None) -> Banks:
    """Load ``files`` through the cache in ``cache_dir`` (no cache when None)."""
    if cache_dir is None:
        return _parse(files)
    try:
        stamp = fingerprint(files)
    except OSError:
        return _parse(files)  # a missing file: let the loader report it
    target = cache_file(cache_dir, files)
    cached = _read(target, stamp)
    if cached is not None:
        return cached
    banks = _parse(files)
    _write(target, stamp, banks)
    return banks


def _parse(files: Sequence[Path]) -> Banks:
    # The YAML machinery is imported only when a file must really be parsed.
    from samtalecoach.content.banks import load_banks

    return load_banks(files)


def _read(target: Path, stamp: list[list[Any]]) -> Banks | None:
    try:
        with open(target, encoding="utf-8") as handle:
            document = json.load(handle)
        if (
            document["format"] != CACHE_FORMAT
            or document["version"] != __version__
            or document["fingerprint"] != stamp
        ):
            return None
        return banks_from_json(document["banks"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None


def _write(target: Path, stamp: list[list[Any]], banks: Banks) -> None:
    document = {
        "format": CACHE_FORMAT,
        "version": __version__,
        "fingerprint": stamp,
        "banks": banks_to_json(banks),
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(FileError):  # a read-only or full cache directory only costs speed
        write_atomic(target, text, make_parents=True)


def _loc(value: Localized | None) -> list[str] | None:
    return None if value is None else [value.da, value.en]


def _unloc(value: list[str]) -> Localized:
    return Localized(value[0], value[1])


def _src(source: Source | None) -> list[Any] | None:
    return None if source is None else [source.file, source.line]


def _unsrc(value: list[Any] | None) -> Source | None:
    return None if value is None else Source(value[0], value[1])


def banks_to_json(banks: Banks) -> dict[str, Any]:
    """A compact JSON-able form of ``banks`` (for the cache only)."""
    return {
        "files": list(banks.files),
        "questions": [
            [q.id, _loc(q.text), q.kind.value, q.form.value, [p.value for p in q.phases],
             [t.value for t in q.conversation_types], list(q.situations), q.intensity.value,
             q.family, _loc(q.note), _src(q.source), [r.value for r in q.requires]]
            for q in banks.questions
        ],
        "situations": [
            [s.id, _loc(s.name), _loc(s.description), [_loc(n) for n in s.care_notes],
             list(s.aliases), _src(s.source)]
            for s in banks.situations
        ],
        "families": [[f.id, _loc(f.name), _src(f.source)] for f in banks.families],
        "reflections": [
            [r.id, r.moment.value, r.theme.value, [t.value for t in r.conversation_types],
             _loc(r.text), _src(r.source)]
            for r in banks.reflections
        ],
    }


def banks_from_json(data: dict[str, Any]) -> Banks:
    """The inverse of :func:`banks_to_json`. Raises on any malformed entry."""
    return Banks(
        questions=tuple(
            Question(
                id=q[0], text=_unloc(q[1]), kind=Kind(q[2]), form=Form(q[3]),
                phases=tuple(Phase(p) for p in q[4]),
                conversation_types=tuple(ConversationType(t) for t in q[5]),
                situations=tuple(q[6]), intensity=Intensity(q[7]), family=q[8],
                note=None if q[9] is None else _unloc(q[9]), source=_unsrc(q[10]),
                requires=tuple(Requirement(r) for r in q[11]),
            )
            for q in data["questions"]
        ),
        situations=tuple(
            Situation(s[0], _unloc(s[1]), _unloc(s[2]), tuple(_unloc(n) for n in s[3]),
                      tuple(s[4]), _unsrc(s[5]))
            for s in data["situations"]
        ),
        families=tuple(Family(f[0], _unloc(f[1]), _unsrc(f[2])) for f in data["families"]),
        reflections=tuple(
            ReflectionQuestion(r[0], Moment(r[1]), Theme(r[2]),
                               tuple(ConversationType(t) for t in r[3]), _unloc(r[4]),
                               _unsrc(r[5]))
            for r in data["reflections"]
        ),
        files=tuple(data["files"]),
    )
