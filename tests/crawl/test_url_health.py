"""URL health: a URL that never worked is ``broken_url`` (never ``removed``), a
document never fetched successfully needs attention, and a redirect to another
page is recorded and shown."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from tests.conftest import run_cli
from tests.crawl import faulty_server as fs
from tests.crawl.conftest import POLICY_A, crawl, document_id, last_fetch, query
from tests.crawl.test_health import write_vendors


def _status(db: Path) -> dict[str, dict]:
    result = run_cli("status", "--db", str(db), "--format", "json")
    assert result.returncode == 1, result.stderr  # something needs attention in every test
    report = json.loads(result.stdout)
    return {row["url"]: row for row in report["documents"]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_url_that_404s_from_the_start_is_broken_never_removed(tmp_path: Path) -> None:
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        vendors = write_vendors(tmp_path / "v.yaml", server, {"/typo": "1d", "/ok": "1d"})
        server.route("/ok", fs.page(POLICY_A))
        runs = [crawl(db, vendors) for _ in range(4)]  # more than REMOVED_AFTER
        typo = document_id(db, "/typo")
        outcomes = [
            r["outcome"]
            for r in query(db, "select outcome from fetches where document_id = ?", [typo])
        ]
        assert outcomes == ["broken_url"] * 4
        assert all("/typo: broken_url" in run.stderr for run in runs)
        assert "fix it in the vendors file" in runs[0].stderr
        assert last_fetch(db, typo)["reason_code"] == "not_found"
        status = _status(db)
        row = status[server.url("/typo")]
        assert "broken_url" in row["flags"] and "never_succeeded" in row["flags"]
        assert "removed" not in row["flags"] and row["removed_at"] is None
        assert status[server.url("/ok")]["flags"] == []
        # Fixed on the vendor's side: the document works, no flag is left.
        server.route("/typo", fs.page(POLICY_A))
        crawl(db, vendors)
        assert _status_flags(db, server.url("/typo")) == []


def _status_flags(db: Path, url: str) -> list[str]:
    result = run_cli("status", "--db", str(db), "--format", "json")
    return next(r["flags"] for r in json.loads(result.stdout)["documents"] if r["url"] == url)


def test_no_such_host_and_no_tls_are_broken_urls(tmp_path: Path) -> None:
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        server.route("/ok", fs.page(POLICY_A))
        port = server.base_url.rsplit(":", 1)[1]
        docs = [
            {"url": "http://no-such-host.invalid/privacy"},
            # HTTPS to a server that speaks plain HTTP: the TLS handshake fails.
            {"url": f"https://127.0.0.1:{port}/ok", "type": "terms"},
        ]
        vendors = tmp_path / "v.yaml"
        vendors.write_text(
            json.dumps(
                {
                    "vendors": [{"name": "Vendor", "documents": docs}],
                    "crawl": {"allow_networks": ["127.0.0.0/8"], "timeout": "5s", "retries": 0},
                }
            )
        )
        result = crawl(db, vendors)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    rows = query(db, "select url, outcome, reason_code from fetches order by document_id")
    assert [(r["outcome"], r["reason_code"]) for r in rows] == [
        ("broken_url", "dns"),
        ("broken_url", "tls"),
    ]
    status = _status(db)
    for doc in docs:
        assert "broken_url" in status[doc["url"]]["flags"]


def test_a_failure_before_any_success_needs_attention_at_once(tmp_path: Path) -> None:
    """A refused connection is no broken URL (the server may be down), but a document
    that was never fetched successfully needs attention from the first failure."""
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        vendors = write_vendors(tmp_path / "v.yaml", server, {"/policy": "1d"})
    vendors.write_text(
        vendors.read_text().replace(server.base_url, f"http://127.0.0.1:{_free_port()}")
    )
    crawl(db, vendors)
    (row,) = _status(db).values()
    assert row["last_outcome"] == "error"
    assert row["flags"] == ["never_succeeded"]


def test_a_redirect_to_another_page_is_recorded_and_shown(tmp_path: Path) -> None:
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        vendors = write_vendors(tmp_path / "v.yaml", server, {"/privacy": "1d", "/terms": "1d"})
        server.route("/privacy", fs.redirect("/legal/privacy-2025", status=301))
        server.route("/legal/privacy-2025", fs.page(POLICY_A))
        server.route("/terms", fs.redirect("/terms/", status=301))  # the same page
        server.route("/terms/", fs.page(POLICY_A))
        result = crawl(db, vendors, "-vv")
        moved = last_fetch(db, document_id(db, "/privacy"))
        assert moved["outcome"] == "new_version"
        assert moved["redirected_to"] == server.url("/legal/privacy-2025")
        assert f"(redirected to {server.url('/legal/privacy-2025')})" in result.stdout
        assert last_fetch(db, document_id(db, "/terms"))["redirected_to"] is None
        status = _status(db)
        assert status[server.url("/privacy")]["flags"] == ["redirected"]
        assert status[server.url("/privacy")]["redirected_to"] == moved["redirected_to"]
        assert status[server.url("/terms")]["flags"] == []
        table = run_cli("status", "--db", str(db)).stdout
        assert f"redirected to {server.url('/legal/privacy-2025')}" in table
