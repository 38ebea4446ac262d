"""Where things live: the bundled data, user bank directories, the cache."""

from __future__ import annotations

import os
from pathlib import Path

#: The installed package: ``core`` lives one level below it.
_PACKAGE = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The bundled data: inside the installed package, or ``data/`` of a source checkout."""
    inside = _PACKAGE / "data"
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / "data"


def bundled_bank_files() -> list[Path]:
    """The bundled bank files: families, situations, reflection and question banks."""
    root = data_dir()
    files = [root / "families.yaml", root / "situations.yaml", root / "reflection.yaml"]
    return files + sorted((root / "questions").glob("*.yaml"))


def bank_files_in(directory: Path) -> list[Path]:
    """Every ``*.yaml``/``*.yml`` file below ``directory``, in a stable order."""
    found = [p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()]
    return sorted(found)


def env_bank_dirs() -> list[Path]:
    """Directories named in ``SAMTALE_BANKS`` (an ``os.pathsep``-separated list)."""
    value = os.environ.get("SAMTALE_BANKS", "")
    return [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip()]


def cache_dir() -> Path:
    """The user cache directory (``SAMTALE_CACHE_DIR`` overrides it)."""
    override = os.environ.get("SAMTALE_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("samtale", appauthor=False))


def display_path(path: Path) -> str:
    """A short path for messages: ``data/...`` for bundled files, else relative to cwd."""
    resolved = path.resolve()
    root = data_dir().resolve()
    if resolved.is_relative_to(root):
        return "data/" + resolved.relative_to(root).as_posix()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(resolved)


def data_home() -> Path:
    """Where samtale keeps the user's own files (drafts, later progress and processes).

    ``SAMTALE_HOME`` overrides the platform's user data directory.
    """
    override = os.environ.get("SAMTALE_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("samtale", appauthor=False))


#: A temporary file left by a writer that was killed is removed after this many seconds.
STALE_TMP_SECONDS = 3600


def write_atomic(path: Path, text: str | bytes, *, mode: int | None = None, make_parents: bool = False) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename: never half a file,
    and never a CPR number (the privacy gate refuses before anything is written; bytes
    are checked by their writer). A missing folder is an error unless ``make_parents``
    (samtale's own folders); every failure is a FileError that says what to do."""
    import tempfile  # only writers pay for it

    from samtalecoach.core.errors import FileError, os_reason
    from samtalecoach.core.privacy import refuse_cpr

    if isinstance(text, str):
        refuse_cpr(text, str(path))
    if path.is_dir():
        raise FileError(key="error.write_dir", path=str(path))
    try:
        if make_parents:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        elif not path.parent.is_dir():
            raise FileError(key="error.write_no_folder", path=str(path), folder=str(path.parent))
        _remove_stale(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise FileError(key="error.write", path=str(path), reason=os_reason(err)) from None
    try:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as err:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise FileError(key="error.write", path=str(path), reason=os_reason(err)) from None
        raise


def _remove_stale(path: Path) -> None:
    """Temporary files of earlier writes of ``path`` that were killed midway (kill -9)."""
    import time

    for old in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if time.time() - old.stat().st_mtime > STALE_TMP_SECONDS:
                old.unlink()
        except OSError:
            continue  # another writer's, or gone already
