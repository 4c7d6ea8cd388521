"""Throughput: a bare Scrapy spider vs ``policywatch crawl`` on the same local site.

    throughput(docs=1000, kb=50)   # benchmarks/crawl.py [--docs 1000] [--kb 50]

In one run: (1) a bare Scrapy spider with the same politeness settings that
only downloads; (2) ``policywatch crawl`` (download, snapshot, extract,
guard, version, diff, alert outbox) into a fresh database, with what it
stores per version (:mod:`.storage`); (3) ``policywatch analyse`` after it;
(4) the crawl again with nothing changed: new versions (must be 0) and
database growth per document (target < 1 KB). Both crawls run as
subprocesses, timed wall-clock including start-up.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from benchmarks.crawl_jobs.processes import CPU, run
from benchmarks.crawl_jobs.sites import LOCAL_NETWORK, crawl_command, local_env, make_site
from benchmarks.crawl_jobs.storage import db_bytes, print_storage, storage_per_version
from policywatch.demo.server import LocalSite

# The download-only spider, written to a file and run as its own process
# (argv[1]: a JSON list of URLs); prints the pages it received.
BARE_SPIDER = """
import sys, json, time
import scrapy
from scrapy.crawler import CrawlerProcess
from policywatch.crawler.settings import SETTINGS

urls = json.load(open(sys.argv[1]))
class Bare(scrapy.Spider):
    name = "bare"
    async def start(self):
        for u in urls:
            yield scrapy.Request(u, dont_filter=True)
    def parse(self, response):
        self.crawler.stats.inc_value("bare/pages")
settings = {k: v for k, v in SETTINGS.items() if not k.startswith("POLICYWATCH")}
settings["ITEM_PIPELINES"] = {}
settings["DOWNLOADER_MIDDLEWARES"] = {
    k: v
    for k, v in settings["DOWNLOADER_MIDDLEWARES"].items()
    if "policywatch" not in k or "robots" in k
}
process = CrawlerProcess(settings)
crawler = process.create_crawler(Bare)
process.crawl(crawler)
process.start()
print(crawler.stats.get_value("bare/pages"))
"""


def throughput(docs: int, kb: int) -> None:
    """A bare spider, ``policywatch crawl``, ``analyse`` and an unchanged recrawl, side by side."""
    env = local_env()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        site_dir = tmp / "site"
        paths = make_site(site_dir, docs, kb)
        with LocalSite(site_dir) as site:
            urls = [site.url(p) for p in paths]
            (tmp / "urls.json").write_text(json.dumps(urls))
            vendors = {
                "vendors": [
                    {"name": f"Vendor {i}", "slug": f"v{i}", "documents": [{"url": u}]}
                    for i, u in enumerate(urls)
                ],
                "crawl": {"allow_networks": [LOCAL_NETWORK]},
            }
            (tmp / "vendors.yaml").write_text(json.dumps(vendors))
            db = tmp / "bench.db"
            (tmp / "bare.py").write_text(BARE_SPIDER)

            bare_s, out = run(
                [sys.executable, str(tmp / "bare.py"), str(tmp / "urls.json")], env, "bare"
            )
            assert int(out.strip().splitlines()[-1]) == docs, out
            crawl = crawl_command(db, tmp / "vendors.yaml")
            full_s, _ = run(crawl, env, "full")
            storage = storage_per_version(db)
            analyse = [sys.executable, "-m", "policywatch", "analyse", "--db", str(db)]
            analyse_s, _ = run(analyse, env)
            size_after_first = db_bytes(db)
            re_s, _ = run(crawl, env)
            size_after_second = db_bytes(db)

        with sqlite3.connect(db) as conn:
            versions = conn.execute("select count(*) from versions").fetchone()[0]
            fetches = conn.execute("select count(*) from fetches").fetchone()[0]
    n = docs
    print(f"documents: {n} x ~{kb} KB on 127.0.0.1, one run")
    print(f"bare Scrapy spider (download only): {n / bare_s:8.1f} pages/s ({bare_s:.1f} s)")
    print(f"policywatch crawl (full):           {n / full_s:8.1f} pages/s ({full_s:.1f} s)")
    print(f"  ratio full / bare:                {bare_s / full_s:8.2f}  (target >= 0.5)")
    # Where the time goes: a crawl that is short of cores cannot go faster
    # than cores / (CPU per page), however well its parts overlap.
    cores = os.cpu_count() or 1
    ms = {label: (1000 * cmd / n, 1000 * server / n) for label, (cmd, server) in CPU.items()}
    print(
        f"  CPU per page, all processes:      bare {ms['bare'][0]:.1f} ms, "
        f"full {ms['full'][0]:.1f} ms (+ local server {ms['full'][1]:.1f} ms)"
    )
    bound = cores * 1000 / (ms["full"][0] + ms["full"][1])
    print(f"  bound on {cores} cores:                {bound:8.1f} pages/s for the full crawl")
    print_storage(storage)
    print(f"policywatch analyse (afterwards):   {n / analyse_s:8.1f} docs/s ({analyse_s:.1f} s)")
    both = full_s + analyse_s
    print(f"  crawl + analyse / bare:           {bare_s / both:8.2f}  ({n / both:.1f} pages/s)")
    print(f"policywatch recrawl (unchanged):    {n / re_s:8.1f} pages/s ({re_s:.1f} s)")
    print(f"  ratio recrawl / bare:             {bare_s / re_s:8.2f}")
    print(f"  versions after both crawls:       {versions} (new on recrawl: {versions - n})")
    print(f"  fetch rows:                       {fetches}")
    growth = (size_after_second - size_after_first) / n
    print(f"  database growth on recrawl:       {growth:8.0f} bytes/document (target < 1024)")
