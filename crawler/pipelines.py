"""Item pipelines: the crawl's only way into the database.

:class:`RecordPipeline` stores each :class:`FetchResult` through the recorder
and then sends the :data:`document_recorded` signal, which is how the
command shows progress without the pipeline knowing about terminals::

    crawler.signals.connect(on_recorded, signal=document_recorded)
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, TypeVar

from scrapy.crawler import Crawler

from policywatch.core.model import FetchResult
from policywatch.extract import guard
from policywatch.recorder import (
    SUSPECT,
    Prepared,
    Recorded,
    load_context,
    prepare,
    record_without_extraction,
    write_prepared,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Sent after each document is committed, with ``recorded=Recorded``.
document_recorded = object()


class RecordPipeline:
    """Record every FetchResult through :func:`policywatch.recorder.record_fetch`.

    Opens the database named by the ``POLICYWATCH_DB`` setting; results are
    kept on ``spider.recorded`` (small objects, no bodies) for the summary.
    ``POLICYWATCH_RELATIVE_CHECKS`` switches the guard's comparison with the
    previous version. ``POLICYWATCH_WORKERS`` > 0 runs the CPU work
    (extraction, guard, diff) in that many worker processes. The database is
    read and written by one thread of this process, the writer, so the
    reactor goes on downloading while SQLite works (it releases the GIL)
    and there is still one writer. The item is dropped from memory once
    recorded.
    """

    def __init__(
        self,
        db_path: str,
        channels: list[dict[str, Any]],
        crawler: Crawler,
        *,
        relative_checks: bool = True,
        workers: int = 0,
    ) -> None:
        self.db_path = db_path
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.channels = channels
        self.crawler = crawler
        self.relative_checks = relative_checks
        self.db: Any = None
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
        document, recorded = await self._write(self._fast_path, item)
        if recorded is None:
            context = await self._write(load_context, self.db, item.document_id)
            try:
                prepared = await self._prepare(item, document, context)
            except Exception as exc:  # a bug in extraction must not lose the fetch
                logger.exception("could not process %s", item.url)
                reason = f"policywatch could not process this page ({type(exc).__name__}: {exc})"
                prepared = Prepared(SUSPECT, verdict=guard.Verdict("internal_error", reason))
            recorded = await self._write(
                write_prepared, self.db, item, context, prepared, channels=self.channels
            )
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value(f"policywatch/outcome/{recorded.outcome}")
        self.recorded.append(recorded)
        self.crawler.signals.send_catch_log(signal=document_recorded, recorded=recorded)
        item.body = b""  # the bytes are stored; do not keep them alive any longer
        return item

    async def _prepare(self, item: FetchResult, document: dict[str, Any], context: Any) -> Prepared:
        """Extract, guard and diff: in a worker process when there are
        workers, so downloads go on meanwhile and every core is used."""
        if self.workers <= 0:
            return prepare(item, document, context, relative_checks=self.relative_checks)
        if self.pool is None:
            # forkserver: never fork a process that runs Twisted's threads.
            self.pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("forkserver")
            )
        future = self.pool.submit(
            prepare, item, document, context, relative_checks=self.relative_checks
        )
        return await asyncio.wrap_future(future)

    async def _write(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``func`` on the writer thread, the only one that touches the database."""
        return await asyncio.wrap_future(self.writer.submit(func, *args, **kwargs))

    def _fast_path(self, item: FetchResult) -> tuple[dict[str, Any], Recorded | None]:
        """The document, and its record if the fetch needs no extraction."""
        row = self.db.query("select * from documents where id = ?", [item.document_id])
        document = dict(next(row))
        return document, record_without_extraction(self.db, item, document)
