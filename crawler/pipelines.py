"""Item pipelines: the crawl's only way into the database.

:class:`RecordPipeline` stores each :class:`FetchResult` through the recorder
and then sends the :data:`document_recorded` signal, which is how the
command shows progress without the pipeline knowing about terminals::

    crawler.signals.connect(on_recorded, signal=document_recorded)
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from policywatch.crawler.items import FetchResult
from policywatch.recorder import Recorded, record_fetch

# Sent after each document is committed, with ``recorded=Recorded``.
document_recorded = object()


class RecordPipeline:
    """Record every FetchResult through :func:`policywatch.recorder.record_fetch`.

    Opens the database named by the ``POLICYWATCH_DB`` setting; results are
    kept on ``spider.recorded`` (small objects, no bodies) for the summary.
    ``POLICYWATCH_RELATIVE_CHECKS`` switches the guard's comparison with the
    previous version. The item is dropped from memory once recorded.
    """

    def __init__(
        self,
        db_path: str,
        channels: list[dict[str, Any]],
        crawler: Crawler,
        *,
        relative_checks: bool = True,
    ) -> None:
        self.db_path = db_path
        self.channels = channels
        self.crawler = crawler
        self.relative_checks = relative_checks
        self.db: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordPipeline:
        return cls(
            crawler.settings.get("POLICYWATCH_DB"),
            crawler.settings.getlist("POLICYWATCH_CHANNELS"),
            crawler,
            relative_checks=crawler.settings.getbool("POLICYWATCH_RELATIVE_CHECKS", True),
        )

    def open_spider(self, spider: Any = None) -> None:
        from policywatch.db import open_db

        self.db = open_db(self.db_path)
        self.recorded: list[Recorded] = []
        # The command reads the results back from the spider after the crawl.
        target = spider or self.crawler.spider
        target.recorded = self.recorded  # type: ignore[union-attr]

    def close_spider(self, spider: Any = None) -> None:
        if self.db is not None:
            self.db.close()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, FetchResult):
            return item
        document = self._document(item.document_id)
        recorded: Recorded = record_fetch(
            self.db,
            item,
            document=document,
            channels=self.channels,
            relative_checks=self.relative_checks,
        )
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value(f"policywatch/outcome/{recorded.outcome}")
        self.recorded.append(recorded)
        self.crawler.signals.send_catch_log(signal=document_recorded, recorded=recorded)
        item.body = b""  # the bytes are stored; do not keep them alive any longer
        return item

    def _document(self, document_id: int) -> dict[str, Any]:
        return dict(next(self.db.query("select * from documents where id = ?", [document_id])))
