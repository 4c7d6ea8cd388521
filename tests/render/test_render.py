"""``render: browser | auto | http`` on real pages, crawled by the real CLI in real Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.crawl.conftest import crawl, document_id, last_fetch, query, scalar
from tests.crawl.faulty_server import FaultyServer, page
from tests.render import pages
from tests.render.conftest import write_vendors


def current_text(db: Path, doc: int) -> str:
    sql = """select pw_text(v.text_z) from versions v
             join documents d on d.current_version_id = v.id
             where d.id = ?"""
    return str(scalar(db, sql, [doc]))


@pytest.fixture(scope="module")
def scripted(tmp_path_factory: pytest.TempPathFactory):
    """One crawl of the scripted policy as three documents: browser, auto and http."""
    folder = tmp_path_factory.mktemp("scripted")
    with FaultyServer() as server:
        for path in ("/browser", "/auto", "/http"):
            server.route(path, page(pages.SCRIPTED))
        docs = [
            {"url": "/browser", "render": "browser"},
            {"url": "/auto"},  # auto is the default
            {"url": "/http", "render": "http"},
        ]
        vendors = write_vendors(folder / "vendors.yaml", server, docs)
        db = folder / "policywatch.db"
        result = crawl(db, vendors, "-vv")
        yield db, result, server


def test_text_a_script_inserts_after_load_is_in_the_version(scripted) -> None:
    db, result, _ = scripted
    for path in ("/browser", "/auto"):
        doc = document_id(db, path)
        fetch = last_fetch(db, doc)
        assert (fetch["outcome"], fetch["render"]) == ("new_version", "browser"), result.stderr
        assert pages.LAST_CLAUSE in current_text(db, doc)
        # The rendered bytes are the snapshot: the text is in them.
        body = scalar(
            db,
            "select s.body from snapshots s join fetches f on f.snapshot_sha256 = s.sha256"
            " where f.id = ?",
            [fetch["id"]],
        )
        assert body is not None
    assert "/auto: new_version (rendered in the browser)" in result.stdout


def test_a_plain_fetch_of_the_same_page_is_no_version(scripted) -> None:
    db, _, _ = scripted
    doc = document_id(db, "/http")
    fetch = last_fetch(db, doc)
    assert (fetch["outcome"], fetch["render"]) == ("suspect", "http")
    assert scalar(db, "select count(*) from versions where document_id = ?", [doc]) == 0


def test_the_browser_is_asked_only_for_pages_that_need_it(scripted) -> None:
    """Each document was fetched plainly once; the two rendered ones once more by the
    browser (the same robots.txt, the same politeness)."""
    _, _, server = scripted
    assert len(server.hits("/http")) == 1
    assert len(server.hits("/auto")) == 2
    assert len(server.hits("/browser")) == 2
    browser_hit = server.hits("/auto")[1][1]
    assert browser_hit["User-Agent"].startswith("policywatch/")


def test_a_page_that_needs_the_browser_and_then_stops_needing_it(tmp_path: Path) -> None:
    with FaultyServer() as server:
        server.route("/privacy", page(pages.SCRIPTED))
        vendors = write_vendors(tmp_path / "v.yaml", server, [{"url": "/privacy"}])
        db = tmp_path / "policywatch.db"
        crawl(db, vendors)
        server.route("/privacy", page(pages.STATIC))
        crawl(db, vendors)
        server.route("/privacy", page(pages.SCRIPTED))
        crawl(db, vendors)
    rows = query(db, "select outcome, render from fetches order by id")
    assert [(r["outcome"], r["render"]) for r in rows] == [
        ("new_version", "browser"),
        ("unchanged", "http"),  # the same text, now sent as HTML: no change
        ("unchanged", "browser"),
    ]
    assert scalar(db, "select count(*) from changes") == 0


def test_status_shows_how_each_document_was_fetched(scripted) -> None:
    db, _, _ = scripted
    result = run_cli("status", "--db", str(db), "--format", "json")
    report = {d["url"].rsplit("/", 1)[1]: d for d in json.loads(result.stdout)["documents"]}
    assert report["auto"]["last_render"] == "browser" and report["auto"]["flags"] == []
    assert report["http"]["last_render"] == "http"


def test_without_chromium_browser_documents_say_how_to_install_it(tmp_path: Path) -> None:
    with FaultyServer() as server:
        server.route("/browser", page(pages.SCRIPTED))
        server.route("/auto", page(pages.SCRIPTED))
        docs = [{"url": "/browser", "render": "browser"}, {"url": "/auto"}]
        vendors = write_vendors(tmp_path / "v.yaml", server, docs)
        db = tmp_path / "policywatch.db"
        result = crawl(db, vendors, env={"POLICYWATCH_CHROMIUM": str(tmp_path / "no-chromium")})
    assert result.returncode == 1
    browser = last_fetch(db, document_id(db, "/browser"))
    assert (browser["outcome"], browser["reason_code"]) == ("error", "no_browser")
    assert "apt install chromium" in browser["error"]
    assert "apt install chromium" in result.stderr and "Traceback" not in result.stderr
    # 'auto' stays plain: the shell is fetched, and found to be no policy.
    auto = last_fetch(db, document_id(db, "/auto"))
    assert (auto["render"], auto["outcome"]) == ("http", "suspect")
