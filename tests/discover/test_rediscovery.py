"""Rediscovery: a watched URL that starts leading to the home page, or answers 410
again and again, makes the crawl look for the document on its vendor's site.

``status`` flags it ``moved`` with the URL found; the URL is never switched
silently. ``vendors move`` (or an edited vendors file) moves it, and its
history continues in the same document. The crawls and commands are the
real CLI against a real site served on a loopback address that moves its
privacy page (tests/discover/sites.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from benchmarks.sites import SiteServer
from policywatch.config import load_vendors_file
from policywatch.core.model import FetchResult
from policywatch.core.vocabulary import REMOVED_AFTER, Rediscover, Rediscovered
from policywatch.db import open_db
from policywatch.db.catalog import sync_vendors, upsert_document, upsert_vendor
from policywatch.extract.discovery import Discovery, Found
from policywatch.recorder import record
from policywatch.recorder.rediscovery import record_rediscovery, rediscovery_due
from tests.conftest import DEMO, run_cli
from tests.discover import sites

pytestmark = pytest.mark.slow
OLD, NEW = "/privacy", "/legal/privacy-notice"


@pytest.fixture
def movers() -> Iterator[SiteServer]:
    with SiteServer(sites.moving_site(None), host="127.0.0.6") as server:
        yield server


def vendors_file(path: Path, server: SiteServer, url_path: str, **vendor: Any) -> Path:
    path.write_text(
        json.dumps(
            {
                "vendors": [
                    {"name": "Movers", "documents": [{"url": server.url(url_path)}], **vendor}
                ],
                "crawl": {"allow_networks": ["127.0.0.0/8"], "timeout": "5s", "retries": 0},
            }
        )
    )
    return path


def crawl(db: Path, *args: str) -> Any:
    result = run_cli("crawl", "--db", str(db), "--no-alerts", *args)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result


def status(db: Path) -> dict[str, Any]:
    result = run_cli("status", "--db", str(db), "--format", "json")
    assert "Traceback" not in result.stderr, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    return document


def flags(document: dict[str, Any]) -> list[str]:
    """Its flags but 'outdated': the demo policy states a date over a year old."""
    return [flag for flag in document["flags"] if flag != "outdated"]


def rows(db: Path, sql: str) -> list[dict[str, Any]]:
    return [dict(r) for r in sqlite_utils.Database(db).query(sql)]


def test_a_url_leading_home_is_flagged_moved_then_moved_with_its_history(movers, tmp_path):
    db, vendors = tmp_path / "policywatch.db", vendors_file(tmp_path / "v.yaml", movers, OLD)
    assert crawl(db, "--vendors", str(vendors)).returncode == 0
    document = status(db)
    assert flags(document) == [] and document["version"] == 1

    movers.site.routes = sites.moving_site("home").routes  # the old URL -> the home page
    result = crawl(db)
    new_url = movers.url(NEW)
    document = status(db)
    assert "moved" in flags(document) and document["moved_to"] == new_url
    # Never switched silently: the document still watches its old URL.
    assert document["url"] == movers.url(OLD)
    assert f"policywatch vendors move {document['document_id']} {new_url}" in result.stderr
    (found,) = rows(db, "select * from rediscoveries")
    assert found["trigger"] == Rediscover.HOME_REDIRECT and found["outcome"] == "found"
    assert found["site"] == movers.base_url + "/"  # no domain given: the URL's own site

    # Within rediscover_days the next failing crawl does not look again.
    movers.requests.clear()
    crawl(db)
    assert len(rows(db, "select * from rediscoveries")) == 1
    assert NEW not in movers.requests and "/sitemap.xml" not in movers.requests

    moved = run_cli("vendors", "move", str(document["document_id"]), new_url, "--db", str(db))
    assert moved.returncode == 0, moved.stderr
    assert "its history continues" in moved.stdout
    crawl(db)
    after = status(db)
    assert after["document_id"] == document["document_id"] and after["url"] == new_url
    assert flags(after) == [] and after["moved_to"] is None
    # The same text at its new address: the same version, no change recorded.
    assert after["version"] == 1
    assert rows(db, "select count(*) as n from changes")[0]["n"] == 0
    assert rows(db, "select url from fetches order by id desc limit 1")[0]["url"] == new_url


def test_a_gone_url_is_rediscovered_on_the_vendors_domain_and_moved_in_the_file(movers, tmp_path):
    db = tmp_path / "policywatch.db"
    vendors = vendors_file(tmp_path / "v.yaml", movers, OLD, domain=movers.base_url)
    crawl(db, "--vendors", str(vendors))
    # 410 at the old URL, and a footer that still links it (the sitemap has the new one).
    movers.site.routes = sites.moving_site("gone", footer_updated=False).routes
    for _ in range(REMOVED_AFTER - 1):
        crawl(db, "--vendors", str(vendors))
        assert status(db)["moved_to"] is None  # not yet removed: nothing looked for
    assert rows(db, "select count(*) as n from rediscoveries")[0]["n"] == 0
    crawl(db, "--vendors", str(vendors))
    document = status(db)
    assert flags(document) == ["removed", "moved"]
    assert document["moved_to"] == movers.url(NEW)
    (found,) = rows(db, "select trigger, site from rediscoveries")
    assert found == {"trigger": Rediscover.GONE, "site": movers.base_url}  # the vendor's domain

    # Editing the URL in the vendors file moves the same document.
    vendors = vendors_file(tmp_path / "v.yaml", movers, NEW, domain=movers.base_url)
    crawl(db, "--vendors", str(vendors))
    after = status(db)
    assert after["document_id"] == document["document_id"] and after["url"] == movers.url(NEW)
    assert flags(after) == [] and after["version"] == 1
    assert rows(db, "select count(*) as n from documents")[0]["n"] == 1


def test_at_most_one_rediscovery_per_document_in_rediscover_days(tmp_path):
    """Through the recorder, on a real database file: the setting decides."""
    db = open_db(tmp_path / "policywatch.db")
    vendor, _ = upsert_vendor(db, "acme", "Acme", [], domain="acme.example")
    doc, _ = upsert_document(db, vendor, {"url": "https://acme.example/privacy"})
    body = (DEMO / "site" / "fusetools" / "privacy.html").read_bytes()

    def fetch(status: int, **kw: Any) -> Any:
        now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        result = FetchResult(doc, "https://acme.example/privacy", now, status=status, **kw)
        return record(db, result)

    assert fetch(200, body=body, content_type="text/html").rediscover is None
    welcome = b"<html><body><h1>Acme</h1><p>Files for teams.</p></body></html>"
    home = fetch(200, body=welcome, content_type="text/html", final_url="https://acme.example/")
    assert home.outcome == "suspect" and home.rediscover == Rediscover.HOME_REDIRECT
    gone = [fetch(410, body=b"Gone") for _ in range(REMOVED_AFTER)]
    assert [g.rediscover for g in gone] == [None] * (REMOVED_AFTER - 1) + [Rediscover.GONE]

    request = rediscovery_due(db, gone[-1], every_days=7)
    assert (
        request is not None
        and request.site == "acme.example"
        and request.doc_type == "privacy_policy"
    )
    found = Found(
        "https://acme.example/legal/privacy", "privacy_policy", 0.9, ["page calls itself 'Privacy'"]
    )
    moved_to = record_rediscovery(db, request, Discovery("acme.example", documents=[found]))
    assert moved_to == found.url
    assert rediscovery_due(db, gone[-1], every_days=7) is None
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=8)
    assert rediscovery_due(db, gone[-1], every_days=7, now=later) is not None
    assert rediscovery_due(db, gone[-1], every_days=30, now=later) is None

    # The watched URL itself, nothing, or an unreadable site: no moved flag.
    for discovery, outcome in (
        (Discovery("acme.example", documents=[Found(request.url, "privacy_policy", 0.9, [])]),
         Rediscovered.SAME_URL),
        (Discovery("acme.example"), Rediscovered.NOT_FOUND),
        (Discovery("acme.example", error="it refused the connection"), Rediscovered.FAILED),
    ):  # fmt: skip
        assert record_rediscovery(db, request, discovery) is None
        latest = next(db.query("select outcome from rediscoveries order by id desc limit 1"))
        assert latest["outcome"] == outcome


def test_vendors_move_refuses_bad_input_in_one_line_and_changes_nothing(tmp_path):
    path = tmp_path / "policywatch.db"
    db = open_db(path)
    vendor, _ = upsert_vendor(db, "acme", "Acme", [])
    doc, _ = upsert_document(db, vendor, {"url": "https://acme.example/privacy"})
    other, _ = upsert_document(
        db, vendor, {"url": "https://acme.example/terms", "doc_type": "terms"}
    )
    db.close()
    for url, message in (
        ("acme.example/new", "must start with http:// or https://"),
        ("https://acme.example/terms", f"document {other} of the same vendor is already at"),
    ):
        result = run_cli("vendors", "move", str(doc), url, "--db", str(path))
        assert result.returncode == 2 and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    missing = run_cli("vendors", "move", "99", "https://acme.example/x", "--db", str(path))
    assert missing.returncode == 2 and "no document 99" in missing.stderr
    same = run_cli("vendors", "move", str(doc), "https://acme.example/privacy", "--db", str(path))
    assert same.returncode == 0 and "nothing changed" in same.stdout
    urls = rows(path, "select url from documents order by id")
    assert urls == [{"url": "https://acme.example/privacy"}, {"url": "https://acme.example/terms"}]


def test_an_edited_url_moves_its_document_only_when_it_is_clear_which(tmp_path):
    def sync(*documents: tuple[str, str]) -> list[dict[str, Any]]:
        file = tmp_path / "vendors.yaml"
        listed = [{"url": f"https://acme.example/{p}", "type": t} for p, t in documents]
        file.write_text(json.dumps({"vendors": [{"name": "Acme", "documents": listed}]}))
        sync_vendors(db, load_vendors_file(str(file)))
        return [dict(r) for r in db.query("select id, url, active from documents order by id")]

    db = open_db(tmp_path / "policywatch.db")
    first = sync(("privacy", "privacy_policy"), ("terms", "terms"))
    # One URL of a type changed: the same document, at its new URL.
    moved = sync(("legal/privacy", "privacy_policy"), ("terms", "terms"))
    assert [r["id"] for r in moved] == [r["id"] for r in first]
    assert moved[0]["url"] == "https://acme.example/legal/privacy" and moved[0]["active"]
    # Two new privacy URLs for one that left: which is which is not known.
    both = sync(
        ("en/privacy", "privacy_policy"), ("de/privacy", "privacy_policy"), ("terms", "terms")
    )
    assert [(r["id"], r["active"]) for r in both[:2]] == [(first[0]["id"], 0), (first[1]["id"], 1)]
    assert len(both) == 4 and all(r["active"] for r in both[2:])
