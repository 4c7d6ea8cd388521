"""Item pipelines: the crawl's only way into the database."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from policywatch.crawler.items import FetchResult
from policywatch.recorder import Recorded, record_fetch


class RecordPipeline:
    """Record every FetchResult through :func:`policywatch.recorder.record_fetch`.

    Opens the database named by the ``POLICYWATCH_DB`` setting; results are
    kept on ``spider.recorded`` for the command's summary.
    """

    def __init__(self, db_path: str, channels: list[dict[str, Any]], crawler: Crawler) -> None:
        self.db_path = db_path
        self.channels = channels
        self.crawler = crawler
        self.db: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordPipeline:
        return cls(
            crawler.settings.get("POLICYWATCH_DB"),
            crawler.settings.getlist("POLICYWATCH_CHANNELS"),
            crawler,
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
        recorded: Recorded = record_fetch(self.db, item, document=document, channels=self.channels)
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value(f"policywatch/outcome/{recorded.outcome}")
        self.recorded.append(recorded)
        return item

    def _document(self, document_id: int) -> dict[str, Any]:
        return dict(next(self.db.query("select * from documents where id = ?", [document_id])))
