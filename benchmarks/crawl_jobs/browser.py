"""Pages built by scripts, rendered in Chromium, beside the same pages as HTML (issue 16).

browser(docs=20, kb=50)   # benchmarks/crawl.py --browser [--docs 20]
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.crawl_jobs.processes import tree_pss
from benchmarks.crawl_jobs.sites import crawl_command, local_env, make_site
from policywatch.demo.server import LocalSite


def browser(docs: int, kb: int) -> None:
    """Fetch-to-version time and peak memory of rendered pages, beside plain ones.

    The same N policies are served twice: as app shells whose script writes
    the text after the load event (``render: auto`` renders them in Chromium)
    and as plain HTML. Each set is crawled by ``policywatch crawl`` into its
    own database. One site is fetched one page at a time (politeness), so a
    page's fetch-to-version time is the time between two stored versions
    (the first one also pays for starting Scrapy, and Chromium, and is
    printed apart). Peak memory is the whole process tree's proportional set
    size (PSS: shared pages counted once, which RSS summed over Chromium's
    many processes is not): the crawl, Playwright's driver and Chromium.
    """
    env = local_env()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        site_dir = tmp / "site"
        paths = make_site(site_dir, docs, kb)
        for path in paths:
            page = site_dir / path
            html = page.read_text(encoding="utf-8")
            head, main = html.split("<main>", 1)
            main = main.split("</main>", 1)[0]
            (page.parent / "app.html").write_text(
                f"{head}<main id='root'></main><script>addEventListener('load', () =>"
                f" setTimeout(() => {{ document.getElementById('root').innerHTML ="
                f" {json.dumps(main)}; }}, 200));</script></body></html>",
                encoding="utf-8",
            )
        results = {}
        with LocalSite(site_dir) as site:
            for label, name in (("plain HTML", "privacy.html"), ("rendered", "app.html")):
                vendors = {
                    "vendors": [
                        {
                            "name": f"Vendor {i}",
                            "slug": f"v{i}",
                            "documents": [{"url": site.url(path.replace("privacy.html", name))}],
                        }
                        for i, path in enumerate(paths)
                    ],
                    "crawl": {"timeout": "60s"},
                }
                vendors_file = tmp / f"{name}.yaml"
                vendors_file.write_text(json.dumps(vendors))
                db = tmp / f"{name}.db"
                cmd = crawl_command(db, vendors_file, "--workers", "0")
                start = time.perf_counter()
                proc = subprocess.Popen(
                    cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
                )
                peak = 0
                while proc.poll() is None:
                    peak = max(peak, tree_pss(proc.pid))
                    time.sleep(0.1)
                elapsed = time.perf_counter() - start
                with sqlite3.connect(db) as conn:
                    rows = conn.execute(
                        "select f.render, julianday(v.first_seen_at) * 86400, julianday("
                        "f.started_at) * 86400 from versions v join fetches f on f.id = v.fetch_id"
                        " order by v.first_seen_at"
                    ).fetchall()
                renders = {r[0] for r in rows}
                stored = [r[1] for r in rows]
                per_page = [b - a for a, b in itertools.pairwise(stored)]
                first = stored[0] - min(r[2] for r in rows) if rows else float("nan")
                median = statistics.median(per_page) if per_page else float("nan")
                results[label] = (median, peak)
                print(
                    f"{label:10}: {len(rows)}/{docs} versions (fetched by {', '.join(renders)}),"
                    f" median fetch-to-version {median:5.2f} s per page (first page"
                    f" {first:5.2f} s), wall {elapsed:5.1f} s, peak memory {peak / 2**20:4.0f} MB"
                )
    plain, rendered = results["plain HTML"][0], results["rendered"][0]
    print(f"  rendered / plain fetch-to-version: {rendered / plain:5.1f}x (same pages, same run)")
    print("  (targets: a few seconds per page and < 600 MB with the browser)")
