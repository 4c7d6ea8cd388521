"""Fetching and extraction.

``policywatch.crawler.extract`` is pure (bytes in, data class out). The
Scrapy project (spider, settings, pipelines) lives beside it and is only
imported by the commands that crawl, so ``import policywatch.crawler`` stays
cheap.
"""
