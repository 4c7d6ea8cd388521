"""The crawl benchmarks, one module per job; run them with ``benchmarks/crawl.py``::

    >>> from benchmarks.crawl_jobs import browser, guard_cost, memory, throughput
    >>> callable(throughput)
    True

``throughput`` (a bare Scrapy spider vs ``policywatch crawl``, ``analyse``
and an unchanged recrawl), ``memory`` (peak memory of a large crawl),
``guard`` (the guard's cost per page), ``browser`` (rendered pages beside
plain ones); and what they share: ``sites`` (the generated pages and the
crawl command), ``processes`` (wall time, CPU and memory of a process tree
from /proc), ``storage`` (bytes per stored version, codecs, index options).
"""

from __future__ import annotations

from benchmarks.crawl_jobs.browser import browser
from benchmarks.crawl_jobs.guard import guard_cost
from benchmarks.crawl_jobs.memory import memory
from benchmarks.crawl_jobs.throughput import throughput

__all__ = ["browser", "guard_cost", "memory", "throughput"]
