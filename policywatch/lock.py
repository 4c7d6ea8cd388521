"""One crawl per database at a time: an advisory lock on ``DB.lock``.

    with crawl_lock("policywatch.db"):
        ...  # crawl
    # a second process meanwhile gets LockHeld("... pid 1234 since ...")

``flock`` locks belong to the open file: the kernel drops them when the
process ends however it ends (SIGKILL, OOM killer), so a dead crawl never
leaves a stale lock behind. The file itself stays (deleting it would let two
processes lock two different files); it holds the holder's pid and start
time for the message. Local file systems only: flock over NFS is not
reliable.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from policywatch.db.connection import utcnow


class LockHeld(RuntimeError):
    """Another process holds the lock; the message says which and since when."""


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.lock")


@contextmanager
def crawl_lock(db_path: str | Path) -> Iterator[Path]:
    """Hold the crawl lock of ``db_path`` for the ``with`` block, or raise :class:`LockHeld`."""
    path = lock_path(db_path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
            raise LockHeld(
                f"another crawl is running on {db_path} ({holder}); this one exits without"
                f" crawling. If no crawl is running, check which process holds {path}."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {utcnow()}\n".encode(), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
