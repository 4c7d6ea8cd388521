"""Peak resident memory of a large crawl (issue 8).

    memory(docs=10000, kb=50)   # benchmarks/crawl.py --memory-docs 10000

The pages are built on demand by :class:`.sites.GeneratedSite` (nothing on
disk), and the crawl's whole process tree is sampled every 0.2 s.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.crawl_jobs.processes import tree_rss
from benchmarks.crawl_jobs.sites import GeneratedSite, crawl_command, local_env


def memory(docs: int, kb: int) -> None:
    """Peak resident memory of ``policywatch crawl`` over ``docs`` generated documents."""
    env = local_env()
    with GeneratedSite(kb) as site, tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        vendors = {
            "vendors": [
                {
                    "name": f"Vendor {i}",
                    "slug": f"v{i}",
                    "documents": [{"url": site.url(f"v{i:05d}/")}],
                }
                for i in range(docs)
            ]
        }
        (tmp / "vendors.yaml").write_text(json.dumps(vendors))
        db = tmp / "bench.db"
        cmd = crawl_command(db, tmp / "vendors.yaml")
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree_peak = main_peak = 0
        while proc.poll() is None:
            tree_peak = max(tree_peak, tree_rss(proc.pid))
            main_peak = max(main_peak, tree_rss(proc.pid, descendants=False))
            time.sleep(0.2)
        status = proc.returncode
        elapsed = time.perf_counter() - start
        with sqlite3.connect(db) as conn:
            versions = conn.execute("select count(*) from versions").fetchone()[0]
    print(f"memory: {docs} documents x ~{kb} KB, exit status {status}")
    print(f"  versions recorded:                {versions}")
    print(f"  wall time:                        {elapsed:8.1f} s ({docs / elapsed:.1f} pages/s)")
    print(
        f"  peak resident memory:             {tree_peak / 2**20:8.0f} MB "
        "(crawl process and its workers together, sampled every 0.2 s; target <= 400)"
    )
    print(f"    of which the crawl process:     {main_peak / 2**20:8.0f} MB")
