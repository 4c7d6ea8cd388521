"""A crawl of many documents prepares pages in worker processes, and
``policywatch analyse`` reads topics and facts in worker processes; the result
is the same as doing both in one process."""

from __future__ import annotations

import json

import sqlite_utils

from policywatch.crawler.run import PARALLEL_FROM
from policywatch.demo.server import LocalSite
from tests.conftest import run_cli

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Privacy</title></head><body><nav><a href="/">Home</a></nav><main>
<h1>Privacy policy of vendor {i}</h1>
<p>Last updated: March {day}, 2025</p>
<h2>1. Retention</h2><p>We keep account data for {i} days after the account is closed.</p>
<h2>2. Sharing</h2>
<p>We never sell personal data. Vendor {i} uses Amazon Web Services in the EU.</p>
</main><footer>© 2024 Vendor {i}</footer></body></html>"""


def crawl_site(tmp_path, name: str, n: int, workers: list[str]) -> sqlite_utils.Database:
    site_dir = tmp_path / name
    for i in range(n):
        page = site_dir / f"v{i}" / "privacy.html"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE.format(i=i + 1, day=i % 28 + 1), encoding="utf-8")
    db_path = tmp_path / f"{name}.db"
    with LocalSite(site_dir) as site:
        vendors = {
            "vendors": [
                {"name": f"Vendor {i}", "documents": [{"url": site.url(f"v{i}/privacy.html")}]}
                for i in range(n)
            ]
        }
        vendors_file = tmp_path / f"{name}.yaml"
        vendors_file.write_text(json.dumps(vendors), encoding="utf-8")
        result = run_cli(
            "crawl", "--db", str(db_path), "--vendors", str(vendors_file), "--no-alerts", *workers
        )
        assert result.returncode == 0, result.stderr
    analysed = run_cli("analyse", "--db", str(db_path), *workers)
    assert analysed.returncode == 0, analysed.stderr
    assert f"Analysed {n} versions" in analysed.stdout
    return sqlite_utils.Database(db_path)


def rows(db: sqlite_utils.Database) -> list[tuple]:
    return [
        (r["url"].rsplit("/", 2)[1], r["stated_date"], r["text_hash"], r["facts"])
        for r in db.query(
            "select d.url, v.stated_date, v.text_hash,"
            " (select group_concat(kind || '=' || normalised, ';') from"
            "  (select kind, normalised from facts f where f.version_id = v.id"
            "   order by kind, normalised)) as facts"
            " from versions v join documents d on d.id = v.document_id order by d.url"
        )
    ]


def test_parallel_crawl_matches_in_process_crawl(tmp_path):
    n = PARALLEL_FROM + 4
    parallel = crawl_site(tmp_path, "parallel", n, workers=[])
    serial = crawl_site(tmp_path, "serial", n, workers=["--workers", "0"])
    assert len(rows(parallel)) == n
    assert rows(parallel) == rows(serial)
    assert {r[1] for r in rows(parallel)} == {f"2025-03-{d:02d}" for d in range(1, n + 1)}
    assert all("retention" in r[3] for r in rows(parallel))
