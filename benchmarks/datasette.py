"""How fast the analyst's pages answer on a large database, against one real server.

Generates a database of 1,000 vendors x 100 versions (one document each,
five sections per version, a stored diff per change), starts the real
``policywatch serve`` on 127.0.0.1 and times, in one run against that one
server: the home page, change pages, searches, and a plain Datasette table
page as the baseline::

    .venv/bin/python benchmarks/datasette.py                  # 1000 x 100, ~2 minutes
    .venv/bin/python benchmarks/datasette.py --vendors 100 --versions 20 --requests 30
    .venv/bin/python benchmarks/datasette.py --db /tmp/big.db  # reuse a generated file

Target: change page p95 <= 200 ms and <= 2x the plain table page's p95.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlite_utils import Database

from policywatch.core.model import Section
from policywatch.db import open_db
from policywatch.db.versions import insert_sections

TOPICS = {
    "retention": "We keep your personal data for {n} days after you close your account.",
    "transfers": "We may transfer personal data to {country} under standard contractual clauses.",
    "recipients": "We share personal data with {n} sub-processors listed on our website.",
    "rights": "You may ask for access, correction or deletion and we answer within {n} days.",
    "breach": "We notify affected customers of a personal data breach within {n} hours.",
    "security": "We hold {cert} certification and encrypt data at rest and in transit.",
    "disputes": "Disputes are settled by arbitration in {country} under its governing law.",
    "children": "The service is not meant for children under {n} years of age.",
}
START = dt.datetime(2024, 1, 1)
COUNTRIES = ["Ireland", "the United States", "India", "Norway", "Singapore", "Brazil"]
CERTS = ["ISO 27001", "SOC 2 Type II", "ISO 27701"]
HEADINGS = ["What we collect", "How long we keep data", "Who we share data with", "Your rights"]
FILLER = (
    "This section explains how the service handles information about customers and their "
    "users, and which choices are available to them."
)


def sentence(rng: random.Random, topic: str) -> str:
    return TOPICS[topic].format(
        n=rng.choice([7, 14, 30, 72, 90, 180, 365]),
        country=rng.choice(COUNTRIES),
        cert=rng.choice(CERTS),
    )


def generate(path: Path, vendors: int, versions: int, seed: int = 4) -> None:
    """Write the database with sqlite3 in bulk: same schema and views as a real crawl."""
    open_db(path).close()  # schema, migrations, FTS triggers
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("pragma synchronous = off")
    topics = list(TOPICS)
    with conn:
        for v in range(1, vendors + 1):
            conn.execute(
                "insert into vendors (id, slug, name, tags, created_at) values (?, ?, ?, '[]', ?)",
                [v, f"vendor-{v}", f"Vendor {v} AS", "2024-01-01T00:00:00Z"],
            )
            conn.execute(
                "insert into documents (id, vendor_id, url, doc_type, created_at)"
                " values (?, ?, ?, 'privacy_policy', ?)",
                [v, v, f"https://vendor-{v}.example/privacy", "2024-01-01T00:00:00Z"],
            )
            # Each vendor's policy: four sections of two topic sentences and filler.
            body = {h: [sentence(rng, t) for t in rng.sample(topics, 2)] for h in HEADINGS}
            previous = None
            for number in range(1, versions + 1):
                when = START + dt.timedelta(days=3 * number, hours=v % 24)
                seen = when.strftime("%Y-%m-%dT%H:%M:%SZ")
                seen_cols = (seen[:10], seen, seen)  # stated date, first and last seen
                heading = rng.choice(HEADINGS)
                old_text = body[heading][0]
                body[heading][0] = sentence(rng, rng.choice(topics))
                sections = [(h, " ".join([*body[h], FILLER])) for h in HEADINGS]
                text = "\n\n".join(f"{h}\n{t}" for h, t in sections)
                version_id = (v - 1) * versions + number
                conn.execute(
                    "insert into versions (id, document_id, number, text_hash, text, title,"
                    " language, word_count, stated_date, stated_date_precision, first_seen_at,"
                    " last_seen_at, origin) values (?, ?, ?, ?, ?, 'Privacy policy', 'en', ?, ?,"
                    " 'day', ?, ?, 'crawl')",
                    [version_id, v, number, f"{v}-{number}", text, len(text.split()), *seen_cols],
                )
                # Spans of the text, each distinct section text indexed once.
                insert_sections(
                    Database(conn), version_id, text, [Section(2, h, t) for h, t in sections]
                )
                conn.execute(
                    "insert into fetches (document_id, started_at, url, status, outcome,"
                    " version_id) values (?, ?, ?, 200, 'new_version', ?)",
                    [v, seen, f"https://vendor-{v}.example/privacy", version_id],
                )
                if previous is not None:
                    add_change(conn, rng, v, previous, version_id, seen, heading, old_text, body)
                previous = version_id
            # As the recorder does, the newest version is the current one (set
            # once, after its sections: that is what indexes it for search).
            conn.execute("update documents set current_version_id = ? where id = ?", [previous, v])


def add_change(
    conn: sqlite3.Connection,
    rng: random.Random,
    document_id: int,
    old_id: int,
    new_id: int,
    seen: str,
    heading: str,
    old_text: str,
    body: dict[str, list[str]],
) -> None:
    material = rng.random() < 0.3
    verdict = "material" if material else rng.choice(["cosmetic", "editorial"])
    category = rng.choice(list(TOPICS))
    categories = [category] if material else []
    new_text = body[heading][0]
    reason = {
        "category": category,
        "section": heading,
        "old": old_text,
        "new": new_text,
        "explanation": f"{category} changed",
    }
    ops = [[-1, old_text], [1, new_text], [0, " " + " ".join(body[heading][1:]) + " " + FILLER]]
    item = {
        "kind": "matched",
        "old_heading": heading,
        "new_heading": heading,
        "verdict": verdict,
        "categories": categories,
        "reasons": [reason] if material else [],
        "ops": ops,
        "flags": [],
        "changed_sentences": 1,
    }
    summary = f"Material change to {category} in '{heading}'." if material else "Reworded."
    diff = {
        "verdict": verdict,
        "material": material,
        "categories": categories,
        "summary": summary,
        "flags": [],
        "reasons": item["reasons"],
        "items": [item],
        "stats": {"items": 1},
    }
    row = {
        "document_id": document_id,
        "old": old_id,
        "new": new_id,
        "seen": seen,
        "verdict": verdict,
        "material": int(material),
        "categories": json.dumps(categories),
        "summary": summary,
        "diff": json.dumps(diff),
    }
    conn.execute(
        "insert into changes (document_id, old_version_id, new_version_id, detected_at, verdict,"
        " material, categories, flags, summary, stats, diff_json) values (:document_id, :old,"
        " :new, :seen, :verdict, :material, :categories, '[]', :summary, '{}', :diff)",
        row,
    )
    conn.execute(
        "insert into change_items (change_id, position, kind, old_heading, new_heading, verdict,"
        " categories, reasons) values (last_insert_rowid(), 0, 'matched', ?, ?, ?, ?, ?)",
        [heading, heading, verdict, json.dumps(categories), json.dumps(item["reasons"])],
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(client: httpx.Client, paths: list[str], warmup: int = 3) -> list[float]:
    """Milliseconds per request, in order; every answer must be a 200."""
    for path in paths[:warmup]:
        client.get(path)
    timings = []
    for path in paths:
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}")
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vendors", type=int, default=1000)
    parser.add_argument("--versions", type=int, default=100)
    parser.add_argument("--requests", type=int, default=100, help="requests per page kind")
    parser.add_argument("--db", type=Path, help="database file (generated if missing)")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="pw-bench-")
    db = args.db or Path(tmp.name) / "bench.db"
    if not db.exists():
        start = time.perf_counter()
        generate(db, args.vendors, args.versions)
        print(f"generated {db} in {time.perf_counter() - start:.0f} s", flush=True)
    conn = sqlite3.connect(db)
    counts = {
        t: conn.execute(f"select count(*) from {t}").fetchone()[0]
        for t in ("vendors", "versions", "sections", "changes")
    }
    material = [r[0] for r in conn.execute("select id from changes where material = 1")]
    conn.close()
    print("rows:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))

    rng = random.Random(1)
    n = args.requests
    terms = ["arbitration", "sub-processors", "certification", "children", "breach", "Norway"]
    pages = {
        "home": ["/"] * n,
        "change": [f"/-/policywatch/change/{rng.choice(material)}" for _ in range(n)],
        "search": [f"/-/policywatch/search?q={rng.choice(terms)}" for _ in range(n)],
        "table (baseline)": [f"/{db.stem}/vendors"] * n,
    }
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "policywatch", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/-/versions.json")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
            results = {name: measure(client, paths) for name, paths in pages.items()}
    finally:
        server.terminate()
        server.wait(10)
        tmp.cleanup()

    print(f"\n{'page':<18} {'median ms':>10} {'p95 ms':>8}   ({n} requests each, one server)")
    for name, timings in results.items():
        print(f"{name:<18} {statistics.median(timings):>10.1f} {p95(timings):>8.1f}")
    change, base = p95(results["change"]), p95(results["table (baseline)"])
    ratio = change / base
    ok = change <= 200 and ratio <= 2
    print(
        f"\nchange page p95 / table page p95 = {ratio:.2f}x; target <= 200 ms and <= 2x: "
        + ("met" if ok else "NOT met")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
