"""Writing files so that a reader never sees half of one, and saying plainly why a write failed.

A file is written to a hidden temporary file beside it, then renamed over it: a reader
sees the old file or the new one, never a mixture. The temporary file is named
``.{name}.focusreport-XXXXXXXX.part`` and locked while it is written, so that a later
run can tell one left behind by a killed run from one still being written, and remove it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import signal
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from focusreport.errors import FocusreportError

TEMPORARY_SUFFIX = ".part"
_MARK = ".focusreport-"
_TEMPORARY = re.compile(r"^\..*\.focusreport-[a-z0-9_]{8}\.part$")
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is larger than this system allows",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "no permission to write there",
    errno.EPERM: "the system does not allow writing there",
    errno.ENAMETOOLONG: "the name is too long",
    errno.ENOTDIR: "a file is in the way where a folder should be",
    errno.EEXIST: "a file is in the way where a folder should be",
    errno.EISDIR: "a folder has that name",
    errno.ENOENT: "the folder does not exist",
    errno.ELOOP: "it is a symbolic link",
    errno.EIO: "the disk reported an error",
}


class OutputError(FocusreportError, OSError):
    """A file or folder could not be written: the disk or the folder is at fault, not the content.

    It is an :class:`OSError` too, so that code written for the plain error still catches it.
    ``written`` lists the files that were written, whole, before the failure.
    """

    def __init__(self, message: str, written: Iterable[Path] = ()) -> None:
        super().__init__(message)
        self.written = tuple(written)


def reason(error: OSError, near: Path | None = None) -> str:
    """Why ``error`` happened, in words a user can act on (the system's own words follow)."""
    place = _nearest_existing(near) if near is not None else None
    if place is not None and _is_system_folder(place):
        return _system_folder_words(place)
    system = error.strerror or str(error)
    words = _REASONS.get(error.errno or 0)
    return f"{words} ({system})" if words else system


def shown(path: Path | str) -> str:
    """A path as a message shows it: a very long one is shortened in the middle."""
    text = str(path)
    return text if len(text) <= 240 else f"{text[:60]}…{text[-40:]} ({len(text)} characters)"


def check_folder(folder: Path) -> None:
    """Refuse a folder that cannot be written into, before any work is done; create nothing."""
    existing, missing = _split_existing(folder)
    name_max = _name_max(existing)
    for part in missing:
        size = len(os.fsencode(part))
        if size > name_max:
            unit = "characters" if size == len(part) else "bytes"
            short = part if len(part) <= 30 else f"{part[:20]}…"
            raise OutputError(f"cannot write into {shown(folder)}: the name {short} has {size} {unit}; a name can have at most {name_max}")
    if _is_read_only(existing):
        raise OutputError(f"cannot write into {shown(folder)}: the disk holding {existing} is read-only")
    if not os.access(existing, os.W_OK | os.X_OK):
        why = _system_folder_words(existing) if _is_system_folder(existing) else f"no permission to write in {existing}"
        raise OutputError(f"cannot write into {shown(folder)}: {why}")


def prepare_folder(folder: Path) -> None:
    """Check ``folder`` and create it, with its parents, if it is missing."""
    check_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create the folder {shown(folder)}: {reason(error, folder)}") from error


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` in one step: the old file or the new one, never a mixture.

    An error or an interruption (Ctrl-C, SIGTERM) removes the temporary file before it
    propagates. Only a kill that cannot be caught leaves it, for :func:`remove_stale`.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _stop_signals_held() as release:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{_stem(path.name)}{_MARK}", suffix=TEMPORARY_SUFFIX)
        try:
            release()
            with contextlib.suppress(OSError):  # a disk without locks still gets the file; its leftovers are then kept
                fcntl.flock(handle, fcntl.LOCK_EX)
            _write_all(handle, data)
            os.fsync(handle)
            os.fchmod(handle, 0o644)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        finally:
            os.close(handle)


def is_temporary(name: str) -> bool:
    """Whether ``name`` is one of the temporary files :func:`write_atomic` makes."""
    return bool(_TEMPORARY.match(name))


def remove_stale(folder: Path, started: float) -> list[Path]:
    """Remove temporary files that killed runs left in ``folder``; return them.

    Only files named as :func:`write_atomic` names them, modified before ``started``
    and not locked by a run still writing them.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if is_temporary(entry.name) and _remove_if_abandoned(Path(entry.path), started):
            removed.append(Path(entry.path))
    return removed


def _remove_if_abandoned(path: Path, started: float) -> bool:
    try:
        status = os.lstat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_mtime >= started:
            return False
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.fstat(handle).st_ino != status.st_ino:
            return False
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(handle)


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view) :]


def _stem(name: str) -> str:
    """The part of a file's name its temporary file repeats, short enough to fit a name's limit."""
    return name if len(os.fsencode(name)) <= 180 else name[:40]


@contextlib.contextmanager
def _stop_signals_held() -> Iterator[Callable[[], None]]:
    """Hold Ctrl-C, SIGTERM and SIGHUP until the temporary file exists and its removal is assured.

    Yields a function that lets them through again; leaving the block does so too.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    released = False

    def release() -> None:
        nonlocal released
        if not released:
            released = True
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)

    try:
        yield release
    finally:
        release()


def _split_existing(folder: Path) -> tuple[Path, list[str]]:
    """The deepest existing folder on the way to ``folder``, and the names still to create."""
    parts = folder.absolute().parts
    existing = Path(parts[0])
    for index, part in enumerate(parts[1:], start=1):
        candidate = existing / part
        try:
            status = os.stat(candidate)
        except FileNotFoundError:
            return existing, list(parts[index:])
        except OSError as error:
            if error.errno == errno.ENAMETOOLONG:
                return existing, list(parts[index:])
            raise OutputError(f"cannot write into {shown(folder)}: {reason(error)}") from error
        if not stat.S_ISDIR(status.st_mode):
            what = "it" if candidate == folder.absolute() else shown(candidate)
            raise OutputError(f"cannot write into {shown(folder)}: {what} is a file, not a folder")
        existing = candidate
    return existing, []


def _nearest_existing(path: Path) -> Path | None:
    for candidate in (path.absolute(), *path.absolute().parents):
        with contextlib.suppress(OSError):
            if os.path.isdir(candidate):
                return candidate
    return None


def _system_folder_words(folder: Path) -> str:
    return f"{folder} is part of the running system (as /proc and /sys are), not a place for files"


def _is_system_folder(folder: Path) -> bool:
    """A folder on a file system with no blocks to store files in: /proc, /sys and the like."""
    try:
        return os.statvfs(folder).f_blocks == 0
    except OSError:
        return False


def _is_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255
