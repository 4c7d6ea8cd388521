"""Bot walls are ``blocked``; the browser obeys the crawl's private-address guard."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.crawl.conftest import crawl, document_id, last_fetch, scalar
from tests.crawl.faulty_server import FaultyServer, page, redirect
from tests.render import pages
from tests.render.conftest import write_vendors


def test_a_challenge_page_is_blocked_never_a_version(tmp_path: Path) -> None:
    with FaultyServer() as server:
        for path in ("/auto", "/http", "/ok-challenge"):
            server.route(path, page(pages.CHALLENGE, status=403))
        # A challenge served with 200 is a wall too.
        server.route("/ok-challenge", page(pages.CHALLENGE))
        docs = [{"url": "/auto"}, {"url": "/http", "render": "http"}, {"url": "/ok-challenge"}]
        vendors = write_vendors(tmp_path / "v.yaml", server, docs)
        db = tmp_path / "policywatch.db"
        result = crawl(db, vendors)
        # 'auto' let the browser try (a script may pass a challenge); this one never does.
        assert len(server.hits("/auto")) == 2
        assert len(server.hits("/http")) == 1
    assert result.returncode == 1 and "Traceback" not in result.stderr
    auto, http, ok = (
        last_fetch(db, document_id(db, p)) for p in ("/auto", "/http", "/ok-challenge")
    )
    assert (auto["outcome"], auto["render"], auto["reason_code"]) == (
        "blocked",
        "browser",
        "captcha",
    )
    assert "even in the browser" in auto["reason"]
    assert (http["outcome"], http["render"]) == ("blocked", "http")
    assert "try 'render: browser'" in http["reason"] and "HTTP 403" in http["reason"]
    assert ok["outcome"] == "blocked"
    assert scalar(db, "select count(*) from versions") == 0
    status = run_cli("status", "--db", str(db), "--format", "json")
    assert status.returncode == 1
    for row in json.loads(status.stdout)["documents"]:
        assert "blocked" in row["flags"] and "never_succeeded" in row["flags"], row
        assert "removed" not in row["flags"]
    table = run_cli("status", "--db", str(db))
    assert "blocked" in table.stdout and "render: browser" in table.stdout


def test_the_browser_never_reaches_a_refused_address(tmp_path: Path) -> None:
    """Only 127.0.0.1 is allowed; the page loads a script from 127.0.0.2 (refused:
    never requested) and one that redirects there (Playwright cannot intercept a
    redirect, so the request may go out, but the page is discarded)."""
    allowed = {"allow_networks": ["127.0.0.1/32"]}
    env = {"POLICYWATCH_ALLOW_NETWORKS": "127.0.0.1/32"}
    with FaultyServer() as site, FaultyServer(host="127.0.0.2") as internal:
        leak = page(b"document.title = 'leaked';", ctype="text/javascript")
        internal.route("/direct.js", leak)
        internal.route("/redirected.js", leak)
        direct = pages.with_subresource(internal.url("/direct.js"))
        site.route("/direct", page(direct))
        site.route("/redirected", page(pages.with_subresource("/hop.js")))
        site.route("/hop.js", redirect(internal.url("/redirected.js")))
        docs = [
            {"url": "/direct", "render": "browser"},
            {"url": "/redirected", "render": "browser"},
        ]
        vendors = write_vendors(tmp_path / "v.yaml", site, docs, **allowed)
        db = tmp_path / "policywatch.db"
        crawl(db, vendors, env=env)
        direct_fetch = last_fetch(db, document_id(db, "/direct"))
        redirected = last_fetch(db, document_id(db, "/redirected"))
        hits_of_direct = internal.hits("/direct.js")
    # The refused script was never requested; the page itself is the policy.
    assert (direct_fetch["outcome"], direct_fetch["render"]) == ("new_version", "browser")
    assert hits_of_direct == []
    title = scalar(
        db, "select title from versions where document_id = ?", [direct_fetch["document_id"]]
    )
    assert title != "leaked"
    # Redirected to a refused address inside the browser: nothing of the page is kept.
    assert (redirected["outcome"], redirected["reason_code"]) == ("error", "refused_address")
    assert "127.0.0.2" in redirected["error"]
    assert redirected["snapshot_sha256"] is None
    assert (
        scalar(
            db, "select count(*) from versions where document_id = ?", [redirected["document_id"]]
        )
        == 0
    )
