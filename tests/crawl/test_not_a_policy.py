"""Is it a policy? A page that does not read as a document of its declared type is
never stored as a version: the fetch is ``not_a_policy``, ``status`` flags it with
what the page reads as, the snapshot is kept, and ``crawl --accept-change`` takes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from policywatch.extract import extract
from policywatch.recorder.is_policy import check_type
from tests.conftest import CORPUS, run_cli
from tests.crawl import faulty_server as fs
from tests.crawl.conftest import (
    CRAWL_SETTINGS,
    POLICY_A,
    POLICY_B,
    crawl,
    document_id,
    last_fetch,
    query,
    scalar,
)
from tests.crawl.test_health import write_vendors

# A vendor's home page, with the footer links to its legal pages that every such page has.
MARKETING = (
    b"<!doctype html><html lang='en'><head><title>Brightdesk - Support your customers"
    b" faster</title></head><body><nav><a href='/'>Brightdesk</a> <a href='/pricing'>"
    b"Pricing</a> <a href='/login'>Log in</a></nav><main><h1>Support your customers faster"
    b"</h1><p>Brightdesk brings email, chat and phone tickets into one shared inbox. Over"
    b" 12,000 teams answer their customers twice as fast with it.</p><h2>Automations</h2>"
    b"<p>Route tickets to the right person, tag them and send canned replies without lifting"
    b" a finger.</p><h2>Reports</h2><p>See response times, satisfaction scores and busy hours"
    b" at a glance, and share dashboards with your team.</p><p><a href='/signup'>Start your"
    b" free trial</a></p></main><footer><a href='/privacy'>Privacy Policy</a> <a href='/terms'>"
    b"Terms of Service</a> <a href='/cookies'>Cookie Policy</a></footer></body></html>"
)
GERMAN = (CORPUS / "finya-privacy-policy" / "v01_2024-06-04.html").read_bytes()


def _status(db: Path) -> dict[str, dict[str, Any]]:
    result = run_cli("status", "--db", str(db), "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    return {row["url"]: row for row in json.loads(result.stdout)["documents"]}


def _versions(db: Path, document: int) -> int:
    return int(scalar(db, "select count(*) from versions where document_id = ?", [document]))


def test_a_marketing_page_declared_as_a_privacy_policy(tmp_path: Path) -> None:
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        server.route("/privacy", fs.page(MARKETING))
        vendors = write_vendors(tmp_path / "v.yaml", server, {"/privacy": "1d"})
        run = crawl(db, vendors)
        doc = document_id(db, "/privacy")
        assert "/privacy: not_a_policy" in run.stderr, run.stderr
        fetch = last_fetch(db, doc)
        assert fetch["outcome"] == "not_a_policy" and fetch["reason_code"] == "not_a_policy"
        assert _versions(db, doc) == 0
        # The bytes are kept (a person can check them; extraction can be re-run).
        stored = query(
            db, "select body from snapshots where sha256 = ?", [fetch["snapshot_sha256"]]
        )
        assert len(stored) == 1
        row = _status(db)[server.url("/privacy")]
        assert "not_a_policy" in row["flags"] and "never_succeeded" in row["flags"]
        assert "does not read as a privacy policy" in row["last_reason"]
        assert "reads as" in row["last_reason"] and "Brightdesk" in row["last_reason"]
        assert "--accept-change" in row["last_reason"]

        # A person looked and says it is the document: --accept-change stores it.
        accepted = crawl(db, vendors, "--accept-change")
        assert last_fetch(db, doc)["outcome"] == "new_version", accepted.stderr
        assert _versions(db, doc) == 1
        assert "not_a_policy" not in _status(db)[server.url("/privacy")]["flags"]


def test_a_policy_replaced_by_a_marketing_page_keeps_its_version(tmp_path: Path) -> None:
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        server.route("/personvern", fs.page(POLICY_A))
        vendors = write_vendors(tmp_path / "v.yaml", server, {"/personvern": "1d"})
        crawl(db, vendors)
        doc = document_id(db, "/personvern")
        first = last_fetch(db, doc)
        assert first["outcome"] == "new_version"
        server.route("/personvern", fs.page(MARKETING))
        crawl(db, vendors)
        assert last_fetch(db, doc)["outcome"] == "not_a_policy"
        assert _versions(db, doc) == 1
        current = scalar(db, "select current_version_id from documents where id = ?", [doc])
        assert current == first["version_id"]
        changes = scalar(db, "select count(*) from changes where document_id = ?", [doc])
        assert changes == 0
        row = _status(db)[server.url("/personvern")]
        assert "not_a_policy" in row["flags"] and "never_succeeded" not in row["flags"]
        assert row["version"] == 1
        # The policy is back: a healthy fetch of the stored text, no flag left.
        server.route("/personvern", fs.page(POLICY_A))
        crawl(db, vendors)
        assert last_fetch(db, doc)["outcome"] in ("unchanged", "returned")
        assert "not_a_policy" not in _status(db)[server.url("/personvern")]["flags"]


def test_a_neighbouring_type_is_taken_and_its_next_versions_continue_it(
    tmp_path: Path,
) -> None:
    """Fails open: a legal document of another type (a privacy policy declared as the
    DPA) is taken, not refused; its next texts continue it; a page unlike it is refused."""
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        server.route("/dpa", fs.page(POLICY_A))  # a privacy policy, declared as the DPA
        vendors = tmp_path / "v.yaml"
        documents = [{"url": server.url("/dpa"), "type": "dpa", "interval": "1d"}]
        vendors.write_text(
            json.dumps(
                {"vendors": [{"name": "Vendor", "documents": documents}], "crawl": CRAWL_SETTINGS}
            )
        )
        crawl(db, vendors)
        doc = document_id(db, "/dpa")
        assert last_fetch(db, doc)["outcome"] == "new_version"
        assert _versions(db, doc) == 1
        # Its next text reads as a privacy policy as much as the first, and continues it.
        server.route("/dpa", fs.page(POLICY_B))
        crawl(db, vendors)
        assert last_fetch(db, doc)["outcome"] == "new_version"
        assert _versions(db, doc) == 2
        # A text unlike it is judged again.
        server.route("/dpa", fs.page(MARKETING))
        crawl(db, vendors)
        assert last_fetch(db, doc)["outcome"] == "not_a_policy"
        assert _versions(db, doc) == 2


def test_norwegian_and_german_policies_pass(tmp_path: Path) -> None:
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        server.route("/personvern", fs.page(POLICY_A))
        server.route("/datenschutz", fs.page(GERMAN))
        docs = {"/personvern": "1d", "/datenschutz": "1d"}
        crawl(db, write_vendors(tmp_path / "v.yaml", server, docs))
        for path in docs:
            doc = document_id(db, path)
            assert last_fetch(db, doc)["outcome"] == "new_version", path
            assert _versions(db, doc) == 1
            flags = _status(db)[server.url(path)]["flags"]
            assert "not_a_policy" not in flags and "never_succeeded" not in flags, flags


def test_what_the_page_reads_as_instead_and_other_is_never_judged() -> None:
    url = "https://brightdesk.example/privacy"

    def check(body: bytes, doc_type: str) -> Any:
        doc = extract(body, "text/html", url)
        return check_type(doc, doc_type, url, body=body, content_type="text/html")

    pricing = b"<title>Pricing | Brightdesk</title><h1>Pricing</h1><p>Team: $29 a month.</p>"
    assert check(pricing, "privacy_policy").reads_as == "a 'pricing' page"
    marketing = check(MARKETING, "privacy_policy")
    assert "policy" not in marketing.reads_as and "Brightdesk" in marketing.reason
    # A legal document of another type (a privacy policy declared as the terms): taken.
    assert check(POLICY_A, "terms") is None
    assert check(MARKETING, "other") is None and check(POLICY_A, "privacy_policy") is None
