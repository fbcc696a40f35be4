"""Writing a file whole or not at all: documents, JSON Lines and the command line's ``-o``.

The data goes to a temporary file beside the target, named
``.NAME.congresskit-tmp-PID-N``; once all is written it is flushed to disk
and renamed over the target in one step, so that a reader sees the old file
or the new one, never a part. On an error, or when the process is stopped
by SIGTERM, the temporary file is removed; one left by a process that was
killed outright (SIGKILL, a power cut) is removed by the next write to the
same target, once its process is gone.

A new file gets the mode the umask allows, as any other tool's; a file
replaced keeps its mode. A symbolic link is left in place and the file it
points to is replaced.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType
from typing import IO, Any

__all__ = ["TEMPORARY_MARK", "AtomicFile", "remove_stale", "replacing"]

#: What the name of every temporary file congresskit writes contains.
TEMPORARY_MARK = ".congresskit-tmp-"

_numbers = itertools.count()
_live: set[str] = set()
_lock = threading.Lock()
_previous: Any = None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process, or a platform that cannot tell
        return True
    return True


def remove_stale(directory: str, name: str) -> list[str]:
    """Remove the temporary files for ``name`` in ``directory`` left by processes now gone.

    Returns:
        The paths removed.
    """
    prefix = f".{name}{TEMPORARY_MARK}"
    removed: list[str] = []
    try:
        entries = os.listdir(directory or ".")
    except OSError:
        return removed
    for entry in entries:
        if not entry.startswith(prefix):
            continue
        pid, _, _ = entry[len(prefix) :].partition("-")
        if pid.isdigit() and not _alive(int(pid)):
            path = os.path.join(directory, entry)
            with contextlib.suppress(OSError):
                os.unlink(path)
                removed.append(path)
    return removed


def _on_terminate(signum: int, frame: FrameType | None) -> None:
    """SIGTERM while writing: remove the temporary files, then stop as SIGTERM would."""
    with _lock:
        for path in _live:
            with contextlib.suppress(OSError):
                os.unlink(path)
        _live.clear()
        previous = _previous
    signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
    if callable(previous):
        previous(signum, frame)
    elif previous != signal.SIG_IGN:
        os.kill(os.getpid(), signum)


def _watch(path: str) -> None:
    global _previous
    with _lock:
        if not _live and threading.current_thread() is threading.main_thread():
            with contextlib.suppress(ValueError, OSError):
                _previous = signal.signal(signal.SIGTERM, _on_terminate)
        _live.add(path)


def _unwatch(path: str) -> None:
    global _previous
    with _lock:
        _live.discard(path)
        if not _live and _previous is not None:
            if threading.current_thread() is threading.main_thread():
                with contextlib.suppress(ValueError, OSError):
                    signal.signal(signal.SIGTERM, _previous)
            _previous = None


class AtomicFile:
    """A temporary file beside ``path`` that replaces it on :meth:`commit`.

    Args:
        path: the file to write (a symbolic link: the file it points to).
        text: open the temporary file as UTF-8 text (newlines as ``\\n``), else binary.

    Attributes:
        stream: the open temporary file to write to.

    Raises:
        OSError: the temporary file cannot be created.
    """

    def __init__(self, path: str | os.PathLike[str], *, text: bool = False) -> None:
        self.target = os.path.realpath(path)
        directory, name = os.path.split(self.target)
        remove_stale(directory, name)
        self.temporary = os.path.join(
            directory, f".{name}{TEMPORARY_MARK}{os.getpid()}-{next(_numbers)}"
        )
        try:
            mode: int | None = os.stat(self.target).st_mode & 0o7777
        except OSError:
            mode = None
        _watch(self.temporary)
        try:
            # 0o666 less the umask, as open() gives any new file.
            handle = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            if mode is not None:
                with contextlib.suppress(OSError):
                    os.chmod(self.temporary, mode)
            self.stream: IO[Any] = (
                open(handle, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed by commit() or discard()
                if text
                else open(handle, "wb")  # noqa: SIM115 - closed by commit() or discard()
            )
        except BaseException:
            self.discard()
            raise

    def commit(self) -> None:
        """Flush the data to disk and put the file in place of the target.

        Raises:
            OSError: it cannot be written or renamed (the target is left as it was).
        """
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.replace(self.temporary, self.target)
        except BaseException:
            self.discard()
            raise
        _unwatch(self.temporary)
        # The rename itself lasts once the directory is on disk (not on every system).
        with contextlib.suppress(OSError):
            directory = os.open(os.path.dirname(self.target) or ".", os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)

    def discard(self) -> None:
        """Remove the temporary file; the target is left as it was."""
        stream = getattr(self, "stream", None)
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)
        _unwatch(self.temporary)


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str], *, text: bool = False) -> Iterator[IO[Any]]:
    """A file to write that replaces ``path`` when the ``with`` block ends without an error."""
    atomic = AtomicFile(path, text=text)
    try:
        yield atomic.stream
    except BaseException:
        atomic.discard()
        raise
    atomic.commit()
