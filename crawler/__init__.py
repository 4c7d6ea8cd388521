"""The Scrapy edge: spider, settings, downloader middlewares and the item pipeline.

Only the commands that crawl import it. It turns due documents into
requests and responses into :class:`policywatch.core.model.FetchResult`
items, and hands each to the recorder; it reads and writes nothing itself.
Extraction and the usability guard are pure and live in
``policywatch.extract``.
"""
