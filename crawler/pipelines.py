"""Item pipelines: the crawl's only way into the database, through the recorder.

:class:`RecordPipeline` stores each :class:`FetchResult` with
:func:`policywatch.recorder.decide` and :func:`~policywatch.recorder.apply`
and then sends the :data:`document_recorded` signal, which is how the
command shows progress without the pipeline knowing about terminals::

    crawler.signals.connect(on_recorded, signal=document_recorded)
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, TypeVar

from scrapy.crawler import Crawler

from policywatch.core.model import FetchResult
from policywatch.crawler.rediscovery import rediscover
from policywatch.db.textstore import REPAIR_HINT
from policywatch.recorder import (
    Decision,
    History,
    Recorded,
    add_text,
    apply,
    decide,
    failed_to_read,
    load_history,
    needs_text,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Sent after each document is committed, with ``recorded=Recorded``.
document_recorded = object()

# Test hook (tests/crawl/test_durability.py): "N:before_commit" or
# "N:after_commit" makes the crawl SIGKILL itself while it records its N-th
# document, with that document's rows written but not committed, or just
# committed. A kill at a chosen point, not a timer that may come too late.
KILL_AT_ENV = "POLICYWATCH_TEST_KILL_AT"
KILL_PHASES = ("before_commit", "after_commit")


class RecordPipeline:
    """Record every FetchResult through the recorder.

    Opens the database named by the ``POLICYWATCH_DB`` setting; results are
    kept on ``spider.recorded`` (small objects, no bodies) for the summary.
    ``POLICYWATCH_RELATIVE_CHECKS`` switches the guard's comparison with the
    current version. ``POLICYWATCH_WORKERS`` > 0 runs the CPU work
    (extraction, guard, diff: :func:`~policywatch.recorder.decide`) in that
    many worker processes. The database is read and written by one thread of
    this process, the writer, so the reactor goes on downloading while
    SQLite works (it releases the GIL) and there is still one writer. The
    item is dropped from memory once recorded.
    """

    def __init__(
        self,
        db_path: str,
        channels: list[dict[str, Any]],
        crawler: Crawler,
        *,
        relative_checks: bool = True,
        workers: int = 0,
        kill_at: str | None = None,
    ) -> None:
        self.db_path = db_path
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.channels = channels
        self.crawler = crawler
        self.relative_checks = relative_checks
        self.db: Any = None
        self.applied = 0
        self.kill_at = _parse_kill_at(kill_at)
        # One thread owns the connection: sqlite3 objects stay in their thread.
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="policywatch-writer")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordPipeline:
        return cls(
            crawler.settings.get("POLICYWATCH_DB"),
            crawler.settings.getlist("POLICYWATCH_CHANNELS"),
            crawler,
            relative_checks=crawler.settings.getbool("POLICYWATCH_RELATIVE_CHECKS", True),
            workers=crawler.settings.getint("POLICYWATCH_WORKERS", 0),
            kill_at=os.environ.get(KILL_AT_ENV),
        )

    def open_spider(self, spider: Any = None) -> None:
        from policywatch.db import open_db

        self.db = self.writer.submit(open_db, self.db_path).result()
        self.recorded: list[Recorded] = []
        # The command reads the results back from the spider after the crawl.
        target = spider or self.crawler.spider
        target.recorded = self.recorded  # type: ignore[union-attr]

    def close_spider(self, spider: Any = None) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        if self.db is not None:
            self.writer.submit(self.db.close).result()
        self.writer.shutdown()

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, FetchResult):
            return item
        history = await self._write(load_history, self.db, item.document_id, with_text=False)
        try:
            if needs_text(item, history):
                history = await self._write(add_text, self.db, history)
                decision = await self._decide(item, history)
            else:
                decision = decide(item, history, relative_checks=self.relative_checks)
        except Exception as exc:  # a bug in reading must not lose the fetch
            logger.exception("could not process %s", item.url)
            decision = failed_to_read(item, exc)
        recorded = await self._write(self._apply, decision)
        if recorded.rediscover:  # issue 17: gone, or leads home: look for it on its site
            await rediscover(self.crawler, self._write, self.db, recorded)
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value(f"policywatch/outcome/{recorded.outcome}")
        if recorded.unreadable_version is not None:
            _log_unreadable(item, recorded)
            if stats is not None:
                stats.inc_value("policywatch/unreadable_version")
        self.recorded.append(recorded)
        self.crawler.signals.send_catch_log(signal=document_recorded, recorded=recorded)
        item.body = b""  # the bytes are stored; do not keep them alive any longer
        return item

    async def _decide(self, item: FetchResult, history: History) -> Decision:
        """Extract, guard and diff: in a worker process when there are
        workers, so downloads go on meanwhile and every core is used."""
        if self.workers <= 0:
            return decide(item, history, relative_checks=self.relative_checks)
        if self.pool is None:
            # forkserver: never fork a process that runs Twisted's threads.
            self.pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("forkserver")
            )
        future = self.pool.submit(decide, item, history, relative_checks=self.relative_checks)
        return await asyncio.wrap_future(future)

    async def _write(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``func`` on the writer thread, the only one that touches the database."""
        return await asyncio.wrap_future(self.writer.submit(func, *args, **kwargs))

    def _apply(self, decision: Decision) -> Recorded:
        """:func:`~policywatch.recorder.apply`, with the test hook around its commit."""
        self.applied += 1
        if self.kill_at is None or self.kill_at[0] != self.applied:
            return apply(self.db, decision, self.channels)
        with self.db.atomic():  # apply's own transaction becomes a savepoint in this one
            recorded = apply(self.db, decision, self.channels)
            if self.kill_at[1] == "before_commit":
                os.kill(os.getpid(), signal.SIGKILL)
        os.kill(os.getpid(), signal.SIGKILL)
        return recorded


def _log_unreadable(item: FetchResult, recorded: Recorded) -> None:
    """One line, no traceback: the damaged version, and that this fetch was kept."""
    logger.error(
        "document %s (%s): the stored text of its current version %s is damaged"
        " (versions.text_z); this fetch was recorded as %s without comparing it; %s",
        item.document_id,
        item.url,
        recorded.unreadable_version,
        recorded.outcome,
        REPAIR_HINT,
    )


def _parse_kill_at(value: str | None) -> tuple[int, str] | None:
    if not value:
        return None
    number, _, phase = value.partition(":")
    if not number.isdigit() or phase not in KILL_PHASES:
        raise ValueError(f"{KILL_AT_ENV}={value!r}: give N:before_commit or N:after_commit")
    return int(number), phase
