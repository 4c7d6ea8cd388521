"""One vocabulary: ``policywatch status``, the Datasette views and the canned
queries agree on what is healthy, stale and needing attention.

A real database holds every fetch outcome (each written by the recorder),
documents stale by two and a half and by four intervals, a document failing,
suspect, removed, outdated, never fetched and one inactive. Then:

- ``policywatch status --format json`` (the real CLI),
- the ``document_status`` view, the ``failing_or_stale_documents`` canned
  query and the home page's count, through a real Datasette,

must flag the same documents with the same flags.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from policywatch.core.model import FetchResult
from policywatch.core.vocabulary import Outcome
from policywatch.db import open_db
from policywatch.db.catalog import upsert_document, upsert_vendor
from policywatch.extract.discovery import Discovery, Found
from policywatch.recorder import record
from policywatch.recorder.rediscovery import record_rediscovery, rediscovery_due
from tests.conftest import run_cli
from tests.crawl.test_faults import CAPTCHA_PAGE as CHALLENGE
from tests.crawl.test_faults import LOGIN_PAGE
from tests.web.conftest import Client

NOW = dt.datetime.now(dt.UTC)
TODAY = f"{NOW:%B} {NOW.day}, {NOW.year}"

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Privacy</title>
</head><body><main><h1>Privacy policy of {name}</h1><p>Last updated: {stated}</p>
<h2>1. Retention</h2><p>We keep account data for {days} days after the account is closed,
and we delete backups within ninety days of that.</p>
<h2>2. Sharing</h2><p>We never sell personal data. {name} hosts its service in the EU and
shares data only with the processors listed in our data processing agreement.</p>
</main></body></html>"""

PRICING_PAGE = b"""<!DOCTYPE html><html lang="en"><head><title>Pricing | Acme</title></head>
<body><main><h1>Simple pricing</h1><p>Starter: $9 a month for three users. Team: $29 a user a
month with single sign-on. Enterprise: talk to our sales team.</p></main>
<footer><a href="/privacy">Privacy</a></footer></body></html>"""


def page(name: str, days: int = 30, stated: str = TODAY) -> bytes:
    return PAGE.format(name=name, days=days, stated=stated).encode()


def ago(**delta: float) -> str:
    return (NOW - dt.timedelta(**delta)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def fetch(doc: int, at: str, body: bytes = b"", status: int | None = 200, **kw: Any) -> Any:
    return FetchResult(
        document_id=doc,
        url=f"https://vendor.example/{doc}",
        started_at=at,
        status=status,
        body=body,
        content_type="text/html; charset=utf-8",
        **kw,
    )


def timeout(doc: int, at: str) -> FetchResult:
    return fetch(doc, at, status=None, error="took longer than 30 s", error_kind="timeout")


def build(path: Path) -> dict[str, int]:
    """Every outcome, every flag; returns document ids by name."""
    db = open_db(path)
    vendor, _ = upsert_vendor(db, "acme", "Acme", [])
    names = [
        "new", "unchanged", "not_modified", "returned", "error_once", "failing", "http_error",
        "suspect", "removed", "stale_2_5", "stale_4", "outdated", "never", "inactive",
        "blocked", "broken", "moved", "rediscovered", "not_a_policy",
    ]  # fmt: skip
    docs = {
        name: upsert_document(db, vendor, {"url": f"https://vendor.example/{name}"})[0]
        for name in names
    }
    recent = ago(minutes=5)
    for name, doc in docs.items():
        if name in ("never", "stale_2_5", "stale_4", "outdated", "broken", "moved"):
            continue
        assert record(db, fetch(doc, ago(hours=1), page(name))).outcome == Outcome.NEW_VERSION
    d = docs
    record(db, fetch(d["unchanged"], recent, page("unchanged")))
    record(db, fetch(d["not_modified"], recent, status=304))
    record(db, fetch(d["returned"], ago(minutes=30), page("returned", days=60)))
    record(db, fetch(d["returned"], recent, page("returned")))
    record(db, timeout(d["error_once"], recent))
    for minutes in (30, 20, 10):
        record(db, timeout(d["failing"], ago(minutes=minutes)))
        record(db, fetch(d["suspect"], ago(minutes=minutes), LOGIN_PAGE))
        record(db, fetch(d["removed"], ago(minutes=minutes), b"<h1>Not found</h1>", status=404))
        gone = record(db, fetch(d["rediscovered"], ago(minutes=minutes), b"Gone", status=404))
        record(db, timeout(d["inactive"], ago(minutes=minutes)))
    record(db, fetch(d["http_error"], recent, b"busy", status=503))
    record(db, fetch(d["blocked"], recent, CHALLENGE, status=403))
    record(db, fetch(d["broken"], recent, b"<h1>Not found</h1>", status=404))
    record(db, fetch(d["not_a_policy"], recent, PRICING_PAGE))  # the policy replaced
    moved = fetch(d["moved"], recent, page("moved"))
    moved.final_url = "https://vendor.example/legal/moved"
    record(db, moved)
    # Created before the fetches they are stale from (a daily interval).
    db.execute("update documents set created_at = ?", [ago(days=10)])
    record(db, fetch(d["stale_2_5"], ago(days=2.5), page("stale_2_5")))
    record(db, fetch(d["stale_4"], ago(days=4), page("stale_4")))
    record(db, fetch(d["outdated"], recent, page("outdated", stated="March 1, 2020")))
    # The crawl looked for the gone one on its site and found it elsewhere (issue 17).
    request = rediscovery_due(db, gone, every_days=7)
    assert request is not None
    found = Found("https://vendor.example/legal/rediscovered", "privacy_policy", 0.9, [])
    record_rediscovery(db, request, Discovery("vendor.example", documents=[found]))
    db.execute("update documents set active = 0 where id = ?", [d["inactive"]])
    outcomes = {r["outcome"] for r in db.query("select distinct outcome from fetches")}
    assert outcomes == {o.value for o in Outcome}  # every outcome is in the file
    db.close()
    return docs


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("contract") / "policywatch.db"
    return path, build(path)


def test_status_views_and_canned_queries_agree(database: tuple[Path, dict[str, int]]) -> None:
    path, docs = database
    result = run_cli("status", "--db", str(path), "--format", "json")
    assert result.returncode == 1, result.stderr
    status = json.loads(result.stdout)
    by_status = {d["document_id"]: d["flags"] for d in status["documents"]}

    client = Client(path)
    view = client.get(f"/{path.stem}/document_status.json?_shape=array&_size=max").json()
    by_view = {r["document_id"]: json.loads(r["flags"]) for r in view if r["active"]}
    assert by_view == by_status

    query = client.get(f"/{path.stem}/failing_or_stale_documents.json?_shape=array").json()
    attention = sorted(status["needs_attention"])
    assert sorted(r["document_id"] for r in query) == attention
    home = client.get("/").text
    count = re.search(r"Documents needing attention \((\d+)\)", home)
    assert count is not None and int(count.group(1)) == len(attention)

    # And what they agree on is what the vocabulary says.
    expected = {
        "returned": [],  # a page back to a known version is healthy
        "error_once": [],  # one failure is not yet "failing"
        "stale_2_5": [],  # stale after three intervals, not two
        "stale_4": ["stale"],
        "failing": ["failing"],
        "suspect": ["failing", "suspect"],
        "removed": ["removed"],
        "rediscovered": ["removed", "moved"],
        "outdated": ["outdated"],
        "never": ["never_fetched"],
        "blocked": ["blocked"],
        "broken": ["stale", "never_succeeded", "broken_url"],  # created 10 days ago
        "moved": ["redirected"],
        "not_a_policy": ["not_a_policy"],
    }
    assert {name: by_status[docs[name]] for name in expected} == expected
    assert docs["inactive"] not in by_status
    for name in ("new", "unchanged", "not_modified", "http_error"):
        assert by_status[docs[name]] == [], name
