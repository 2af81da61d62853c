"""Parsed Fluent files kept on disk, by the hash of their text, so that the next run skips the parser.

fluent.syntax's parser is pure Python: it was a tenth of building every format of the
bundled report, and most of building a very large one. What it makes of a text depends
only on that text, whether spans are kept, and the versions of fluent.syntax, Python and
focusreport, so the hash of all of those names the entry and an entry is never stale.

The cache only saves time. An entry that cannot be read or does not hold a parsed file
is ignored and written again; a folder that cannot be created or written is not used;
the answer is the parser's own either way. Entries are written to a temporary file
beside them and renamed into place, so runs at the same time never read half an entry.

Where: ``$FOCUSREPORT_CACHE`` when set (``off`` turns the cache off), otherwise
``focusreport`` in ``$XDG_CACHE_HOME`` (``~/.cache`` when that is unset). Entries are
pickles: the folder must be writable by the user running focusreport and no one else,
as for any cache of Python objects.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fluent.syntax import FluentParser, ast

ENVIRONMENT = "FOCUSREPORT_CACHE"
"""The environment variable naming the cache folder, or ``off``."""
OFF = "off"
_FORMAT = 1
"""Raised whenever what an entry holds changes shape."""

_identity: bytes | None = None


def folder() -> Path | None:
    """The folder parsed files are kept in, or ``None`` when the cache is off."""
    chosen = os.environ.get(ENVIRONMENT)
    if chosen is not None:
        return None if chosen.strip().lower() in (OFF, "") else Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "focusreport"


def parse(text: str, with_spans: bool) -> ast.Resource:
    """What ``FluentParser(with_spans=with_spans).parse(text)`` returns, from the cache when it holds it.

    The parser's own errors (a RecursionError on text nested too deep) are raised as ever.
    """
    where = folder()
    if where is None:
        return FluentParser(with_spans=with_spans).parse(text)
    path = where / "fluent" / f"{_key(text, with_spans)}.pickle"
    cached = _read(path)
    if cached is not None:
        return cached
    resource = FluentParser(with_spans=with_spans).parse(text)
    _write(path, resource)
    return resource


def _key(text: str, with_spans: bool) -> str:
    digest = hashlib.sha256(_versions())
    digest.update(b"spans" if with_spans else b"plain")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _versions() -> bytes:
    """The format of entries and the versions of Python, fluent.syntax and focusreport, once per process."""
    global _identity  # noqa: PLW0603 -- computed once, the same for the whole process
    if _identity is None:
        parts = [str(_FORMAT), sys.version, str(pickle.HIGHEST_PROTOCOL), _version("fluent.syntax"), _version("focusreport")]
        _identity = "\0".join(parts).encode() + b"\0"
    return _identity


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"


def _read(path: Path) -> ast.Resource | None:
    """The parsed file in ``path``; ``None`` when there is none or it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        resource = pickle.loads(data)
    except Exception:  # any damage to an entry means only that it is parsed again
        return None
    return resource if isinstance(resource, ast.Resource) else None


def _write(path: Path, resource: ast.Resource) -> None:
    """Keep ``resource`` in ``path`` if the folder allows; a temporary file renamed into place, never half an entry."""
    try:
        data = pickle.dumps(resource, protocol=pickle.HIGHEST_PROTOCOL)
    except RecursionError:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
