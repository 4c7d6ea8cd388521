"""Crawl throughput: a bare Scrapy spider vs ``policywatch crawl``, side by side.

    .venv/bin/python benchmarks/crawl.py [--docs 1000] [--kb 50]
    .venv/bin/python benchmarks/crawl.py --guard --memory-docs 10000   # issue 8
    .venv/bin/python benchmarks/crawl.py --browser [--docs 20]        # issue 16

Serves N generated policy pages of about K KB each on 127.0.0.1, then in one
run measures:

1. a bare Scrapy spider with the same politeness settings that only downloads;
2. ``policywatch crawl`` (download, snapshot, extract, guard, version, diff,
   alert outbox) into a fresh database;
3. ``policywatch analyse``, the stage after it that reads topics and facts for
   the vendor comparison, and the crawl and analysis together;
4. ``policywatch crawl`` again with nothing changed: new versions (must be 0)
   and database growth per document (target < 1 KB).

Both crawls run as subprocesses, timed wall-clock including start-up, so the
ratio compares what a cron job would see. Machines here are noisy: read the
ratio, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policywatch.demo.server import LocalSite  # noqa: E402

SEEDS = ROOT / "policywatch" / "demo" / "site"

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


def paragraphs() -> list[str]:
    """Real policy sentences from the demo site, to make realistic pages."""
    import re

    texts = []
    for page in SEEDS.rglob("*.html"):
        texts += re.findall(r"<p>(.*?)</p>", page.read_text(encoding="utf-8"))
    return [t for t in texts if len(t) > 80]


def make_site(folder: Path, docs: int, kb: int) -> list[str]:
    rng = random.Random(42)
    pool = paragraphs()
    paths = []
    for i in range(docs):
        parts = [
            f"<h1>Privacy policy of vendor {i}</h1>",
            f"<p>Last updated: March {1 + i % 28}, 2025</p>",
        ]
        size = 0
        section = 0
        while size < kb * 1024:
            if size // 4000 > section:
                section += 1
                parts.append(f"<h2>{section}. Section {section} of vendor {i}</h2>")
            text = rng.choice(pool)
            parts.append(f"<p>{text} (ref {i}-{size})</p>")
            size += len(text) + 20
        page = (
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Privacy</title>"
            "</head><body><nav><a href='/'>Home</a></nav><main>"
            + "\n".join(parts)
            + "</main><footer>© 2024 Vendor</footer></body></html>"
        )
        path = f"v{i:05d}/privacy.html"
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(page, encoding="utf-8")
        paths.append(path)
    (folder / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    return paths


# CPU seconds of each run, by whom: the command with all its processes, and
# this process (the local site's server threads). Filled in by run().
CPU: dict[str, tuple[float, float]] = {}


def run(cmd: list[str], env: dict[str, str], label: str = "") -> tuple[float, str]:
    """Run ``cmd``; return its wall time and stdout, and note its CPU in :data:`CPU`.

    The command's CPU is sampled from /proc for its whole process tree
    (worker processes started by a forkserver are not its children, so
    ``getrusage(RUSAGE_CHILDREN)`` would miss them) every 0.2 s: rarely,
    as the sampling runs beside the local site's server threads. The last
    0.2 s of a process that exits early may be missed.
    """
    own = os.times()
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True, env=env)
        seen: dict[int, float] = {}
        while proc.poll() is None:
            seen.update(tree_cpu(proc.pid))
            time.sleep(0.2)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    after = os.times()
    CPU[label] = (sum(seen.values()), after.user + after.system - own.user - own.system)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[:4]} failed ({proc.returncode}):\n{stderr[-2000:]}")
    return elapsed, stdout


def db_bytes(path: Path) -> int:
    """Database size including the WAL, after a checkpoint."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def storage_per_version(path: Path) -> dict[str, Any]:
    """Bytes the database holds per stored version, right after the crawl, and the
    reference it is measured against: the version's text compressed (zlib, as
    snapshots are) plus its stored snapshot."""
    import sqlite3
    import zlib

    from policywatch.db.textstore import register

    total = db_bytes(path)
    with sqlite3.connect(path) as conn:
        register(conn)  # versions.text is stored compressed: read through pw_text
        versions = conn.execute("select count(*) from versions").fetchone()[0]
        text = sum(
            len(zlib.compress(row[0].encode("utf-8")))
            for row in conn.execute("select pw_text(text_z) from versions")
        )
        snapshots = conn.execute(
            "select coalesce(sum(length(body)), 0) from snapshots where sha256 in"
            " (select snapshot_sha256 from versions)"
        ).fetchone()[0]
        try:  # where the bytes are (SQLite built with the dbstat table)
            tables = conn.execute(
                "select name, sum(pgsize) from dbstat group by name order by 2 desc limit 6"
            ).fetchall()
        except sqlite3.OperationalError:
            tables = []
    return {
        "versions": versions,
        "per_version": total / max(versions, 1),
        "reference": (text + snapshots) / max(versions, 1),
        "tables": [(name, size / max(versions, 1)) for name, size in tables],
        "text_codecs": text_codecs(path),
        "index_options": index_options(path),
    }


def text_codecs(path: Path, sample: int = 100) -> list[tuple[str, float, float]]:
    """Stored text per version and compression CPU per version, for each codec worth a look.

    (name, bytes per version, ms per version) over the first ``sample``
    versions: zlib at the level policywatch uses and at 9, and lzma from the
    standard library (zstandard is not a dependency; see README).
    """
    import lzma
    import sqlite3
    import zlib

    from policywatch.db.textstore import TEXT_LEVEL, register

    with sqlite3.connect(path) as conn:
        register(conn)
        texts = [
            r[0].encode("utf-8")
            for r in conn.execute(
                "select pw_text(text_z) from versions order by id limit ?", [sample]
            )
        ]
    codecs = {
        f"zlib {TEXT_LEVEL}": lambda b: zlib.compress(b, TEXT_LEVEL),
        "zlib 9": lambda b: zlib.compress(b, 9),
        "lzma": lzma.compress,
    }
    out = []
    for name, codec in codecs.items():
        start = time.process_time()
        size = sum(len(codec(t)) for t in texts)
        ms = 1000 * (time.process_time() - start)
        out.append((name, size / max(len(texts), 1), ms / max(len(texts), 1)))
    return out


# FTS5 options measured side by side on the crawl's distinct section texts.
# detail=full keeps token positions (phrase queries); column keeps which
# column a token is in; none only which rows. columnsize=0 drops the
# per-row token counts bm25 reads (it then tokenizes the content instead).
INDEX_OPTIONS = {
    "detail=full": "tokenize='unicode61'",
    "detail=full, columnsize=0": "tokenize='unicode61', columnsize=0",
    "detail=column": "tokenize='unicode61', detail=column",
    "detail=none (policywatch)": "tokenize='unicode61', detail=none",
    "detail=none, columnsize=0": "tokenize='unicode61', detail=none, columnsize=0",
    "porter, detail=full": "tokenize='porter unicode61'",
}


def index_options(path: Path) -> list[tuple[str, float]]:
    """Bytes per version of the literal index built with each of :data:`INDEX_OPTIONS`.

    Each is built contentless (the index alone: policywatch's reads its
    content from the sections view) in one pass, then merged with 'optimize',
    from the crawl's distinct section texts; "as crawled" is the real index
    as the crawl's incremental writes left it.
    """
    import sqlite3

    from policywatch.db.textstore import register

    with sqlite3.connect(path) as conn:
        register(conn)
        versions = conn.execute("select count(*) from versions").fetchone()[0]
        texts = conn.execute("select id, heading, text from section_text_content").fetchall()
        try:
            crawled = conn.execute(
                "select sum(pgsize) from dbstat where name like 'section_texts_fts%'"
            ).fetchone()[0]
        except sqlite3.OperationalError:
            return []
    out = [("as crawled (detail=none)", (crawled or 0) / max(versions, 1))]
    with tempfile.TemporaryDirectory() as tmp:
        for number, (label, options) in enumerate(INDEX_OPTIONS.items()):
            with sqlite3.connect(Path(tmp) / f"{number}.db") as scratch:
                scratch.execute(
                    f"create virtual table fts using fts5(heading, text, content='', {options})"
                )
                scratch.executemany(
                    "insert into fts (rowid, heading, text) values (?, ?, ?)", texts
                )
                scratch.execute("insert into fts (fts) values ('optimize')")
                scratch.commit()
                size = scratch.execute(
                    "select sum(pgsize) from dbstat where name like 'fts%'"
                ).fetchone()[0]
            out.append((label, size / max(versions, 1)))
    return out


def print_storage(s: dict[str, Any]) -> None:
    print(
        f"  bytes per stored version:         {s['per_version']:8.0f}"
        f" ({s['versions']} versions, database and WAL after the crawl)"
    )
    ratio = s["per_version"] / s["reference"]
    print(
        f"  ratio to compressed text + snapshot: {ratio:5.2f}  (reference {s['reference']:.0f}"
        " bytes; target <= 1.5)"
    )
    if s["tables"]:
        print("    largest: " + ", ".join(f"{n} {b / 1024:.1f} KB" for n, b in s["tables"]))
    for name, size, ms in s.get("text_codecs", []):
        print(f"    text as {name:<8} {size / 1024:6.1f} KB per version, {ms:5.2f} ms to compress")
    for label, size in s.get("index_options", []):
        print(f"    literal index, {label:<28} {size / 1024:6.1f} KB per version")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents for the throughput run")
    parser.add_argument("--kb", type=int, default=50, help="size of each page")
    parser.add_argument(
        "--memory-docs",
        type=int,
        default=0,
        help="instead: peak resident memory of a crawl of this many documents",
    )
    parser.add_argument("--guard", action="store_true", help="instead: the guard's cost per page")
    parser.add_argument(
        "--browser",
        action="store_true",
        help="instead: pages built by scripts, rendered in Chromium (render: auto), against"
        " the same pages sent as HTML: median fetch-to-version time and peak memory",
    )
    return parser.parse_args()


def main(args: argparse.Namespace) -> None:
    env = {**os.environ, "POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8"}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        site_dir = tmp / "site"
        paths = make_site(site_dir, args.docs, args.kb)
        with LocalSite(site_dir) as site:
            urls = [site.url(p) for p in paths]
            (tmp / "urls.json").write_text(json.dumps(urls))
            vendors = {
                "vendors": [
                    {"name": f"Vendor {i}", "slug": f"v{i}", "documents": [{"url": u}]}
                    for i, u in enumerate(urls)
                ],
                "crawl": {"allow_networks": ["127.0.0.0/8"]},
            }
            (tmp / "vendors.yaml").write_text(json.dumps(vendors))
            db = tmp / "bench.db"
            (tmp / "bare.py").write_text(BARE_SPIDER)

            bare_s, out = run(
                [sys.executable, str(tmp / "bare.py"), str(tmp / "urls.json")], env, "bare"
            )
            assert int(out.strip().splitlines()[-1]) == args.docs, out
            crawl = [
                sys.executable,
                "-m",
                "policywatch",
                "crawl",
                "--db",
                str(db),
                "--vendors",
                str(tmp / "vendors.yaml"),
                "--no-alerts",
            ]
            full_s, _ = run(crawl, env, "full")
            storage = storage_per_version(db)
            analyse = [sys.executable, "-m", "policywatch", "analyse", "--db", str(db)]
            analyse_s, _ = run(analyse, env)
            size_after_first = db_bytes(db)
            re_s, _ = run(crawl, env)
            size_after_second = db_bytes(db)

        import sqlite3

        with sqlite3.connect(db) as conn:
            versions = conn.execute("select count(*) from versions").fetchone()[0]
            fetches = conn.execute("select count(*) from fetches").fetchone()[0]
    n = args.docs
    print(f"documents: {n} x ~{args.kb} KB on 127.0.0.1, one run")
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


# --- Issue 8: memory of a large crawl, cost of the guard -------------------------


def page_for(index: int, kb: int, pool: list[str]) -> bytes:
    """Document ``index`` of a generated site, built on demand (nothing on disk)."""
    rng = random.Random(index)
    parts = [f"<h1>Privacy policy of vendor {index}</h1>", "<p>Last updated: March 3, 2025</p>"]
    size = 0
    while size < kb * 1024:
        if size % 4000 < 200:
            parts.append(f"<h2>Section {size // 4000} of vendor {index}</h2>")
        text = rng.choice(pool)
        parts.append(f"<p>{text} (ref {index}-{size})</p>")
        size += len(text) + 20
    return ("<html lang='en'><body><main>" + "\n".join(parts) + "</main></body></html>").encode()


def serve_generated(kb: int) -> tuple[Any, str]:
    """A threaded server on 127.0.0.1 answering /vNNNNN/privacy.html with generated pages."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    pool = paragraphs()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/robots.txt":
                body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
            else:
                body, ctype = page_for(int(self.path.split("/")[1][1:]), kb, pool), "text/html"
            self.send_response(200)
            self.send_header("Content-Type", ctype + "; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host!s}:{port}"


def memory(docs: int, kb: int) -> None:
    """Peak resident memory of ``policywatch crawl`` over ``docs`` generated documents."""
    env = {**os.environ, "POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8"}
    server, base = serve_generated(kb)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        vendors = {
            "vendors": [
                {
                    "name": f"Vendor {i}",
                    "slug": f"v{i}",
                    "documents": [{"url": f"{base}/v{i:05d}/"}],
                }
                for i in range(docs)
            ]
        }
        (tmp / "vendors.yaml").write_text(json.dumps(vendors))
        db = tmp / "bench.db"
        cmd = [sys.executable, "-m", "policywatch", "crawl", "--db", str(db)]
        cmd += ["--vendors", str(tmp / "vendors.yaml"), "--no-alerts"]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree_peak = main_peak = 0
        while proc.poll() is None:
            tree_peak = max(tree_peak, tree_rss(proc.pid))
            main_peak = max(main_peak, tree_rss(proc.pid, descendants=False))
            time.sleep(0.2)
        status = proc.returncode
        elapsed = time.perf_counter() - start
        import sqlite3

        with sqlite3.connect(db) as conn:
            versions = conn.execute("select count(*) from versions").fetchone()[0]
    server.shutdown()
    print(f"memory: {docs} documents x ~{kb} KB, exit status {status}")
    print(f"  versions recorded:                {versions}")
    print(f"  wall time:                        {elapsed:8.1f} s ({docs / elapsed:.1f} pages/s)")
    print(
        f"  peak resident memory:             {tree_peak / 2**20:8.0f} MB "
        "(crawl process and its workers together, sampled every 0.2 s; target <= 400)"
    )
    print(f"    of which the crawl process:     {main_peak / 2**20:8.0f} MB")


def tree_cpu(pid: int) -> dict[int, float]:
    """CPU seconds used so far by a process and each of its descendants (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    found, todo = {}, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            found[current] = (int(fields[11]) + int(fields[12])) / ticks
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
    return found


def tree_rss(pid: int, *, descendants: bool = True) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0]) * 1024 if "VmRSS:" in status else 0
            if not descendants:
                break
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def tree_pss(pid: int) -> int:
    """Proportional set size of a process and all its descendants (Linux smaps_rollup)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            if "Pss:" in rollup:
                total += int(rollup.split("Pss:")[1].split()[0]) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def guard_cost() -> None:
    """Milliseconds per page for the guard, on the real corpus (text already extracted)."""
    import statistics

    from policywatch.extract import guard

    corpus = ROOT.parent / "shared" / "corpus" / "dev"
    guard.check(guard.Page(url="u", text="warm up " * 50), guard.Previous("load the model " * 50))
    alone, against = [], []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        previous = None
        for path in sorted(folder.glob("v*.md")):
            page = guard.Page(url="https://x.example/privacy", text=path.read_text())
            for _ in range(3):  # the fastest of 3, as the other benchmarks do
                start = time.perf_counter()
                guard.check(page)
                first = time.perf_counter() - start
            alone.append(first)
            if previous is not None:
                start = time.perf_counter()
                guard.check(page, previous)
                against.append(time.perf_counter() - start)
            previous = guard.Previous(page.text)
    ms = 1000
    print(f"guard: {len(alone)} real policy versions (dev corpus)")
    print(f"  page alone (every changed page):  {ms * statistics.median(alone):8.2f} ms median")
    print(f"  against the previous version:     {ms * statistics.median(against):8.2f} ms median")
    print(f"                                    {ms * max(against):8.2f} ms max")
    print("  (unchanged pages never reach the guard: equal bytes or text hash end earlier)")


# --- Issue 16: pages rendered in the browser ---------------------------------------


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
    import sqlite3
    import statistics

    env = {**os.environ, "POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8"}
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
                cmd = [sys.executable, "-m", "policywatch", "crawl", "--db", str(db)]
                cmd += ["--vendors", str(vendors_file), "--no-alerts", "--workers", "0"]
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


if __name__ == "__main__":
    options = parse_args()
    if options.guard:
        guard_cost()
    if options.memory_docs:
        memory(options.memory_docs, options.kb)
    if options.browser:
        browser(options.docs if options.docs != 1000 else 20, options.kb)
    if not (options.guard or options.memory_docs or options.browser):
        main(options)
