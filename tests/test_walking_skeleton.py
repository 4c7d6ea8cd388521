"""The whole path once, on real parts: vendors file -> crawl -> SQLite -> Datasette."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import sqlite_utils

from policywatch.commands.demo import demo_vendors_yaml
from policywatch.db.matrix_query import MATRIX_SQL, PENDING
from policywatch.demo.server import LocalSite
from tests.conftest import DEMO, run_cli


def write_vendors(tmp_path: Path, site: LocalSite, extra: str = "") -> Path:
    path = tmp_path / "vendors.yaml"
    path.write_text(demo_vendors_yaml(site.base_url) + extra, encoding="utf-8")
    return path


def crawl(db_path: Path, vendors: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = run_cli("crawl", "--db", str(db_path), "--vendors", str(vendors), "--no-alerts", *args)
    assert result.returncode in (0, 1), result.stderr
    return result


def count(db_path: Path, sql: str) -> int:
    return int(sqlite_utils.Database(db_path).execute(sql).fetchone()[0])


def test_unchanged_recrawl_adds_no_versions(tmp_path, local_site, db_path):
    vendors = write_vendors(tmp_path, local_site)
    first = crawl(db_path, vendors)
    assert first.returncode == 0, first.stdout + first.stderr
    assert count(db_path, "select count(*) from versions") == 5
    # Both kinds of document were fetched and kept raw.
    types = {
        r[0].split(";")[0]
        for r in sqlite_utils.Database(db_path).execute("select content_type from snapshots")
    }
    assert types == {"text/html", "application/pdf"}

    second = crawl(db_path, vendors)
    assert second.returncode == 0
    assert count(db_path, "select count(*) from versions") == 5
    outcomes = [
        r[0]
        for r in sqlite_utils.Database(db_path).execute(
            "select outcome from fetches order by id desc limit 5"
        )
    ]
    assert set(outcomes) <= {"not_modified", "unchanged"}
    assert count(db_path, "select count(*) from fetches") == 10


def pending_in_status(db_path: Path) -> int:
    status = run_cli("status", "--db", str(db_path), "--format", "json")
    return int(json.loads(status.stdout)["versions_pending_analysis"])


def test_changed_page_makes_exactly_one_new_version(tmp_path, site_dir, local_site, db_path):
    vendors = write_vendors(tmp_path, local_site)
    crawl(db_path, vendors)
    shutil.copyfile(DEMO / "changed" / "faveo__personvern.html", site_dir / "faveo/personvern.html")
    crawl(db_path, vendors)
    db = sqlite_utils.Database(db_path)
    rows = list(
        db.query(
            "select v.slug, count(*) as n from versions ver join documents d on d.id ="
            " ver.document_id join vendors v on v.id = d.vendor_id group by v.slug"
        )
    )
    assert {r["slug"]: r["n"] for r in rows} == {
        "fusetools": 1,
        "fusion": 1,
        "faveo": 2,
        "nordhost": 1,
        "connectmyapps": 1,
    }
    change = next(db.query("select * from changes"))
    assert "180" in change["diff_json"]
    # The comparison says the new version is not analysed yet, rather than "not stated".
    matrix = {r["vendor"]: r for r in db.query(MATRIX_SQL, {"vendors": "", "doc_type": ""})}
    assert matrix["faveo"]["retention"] == PENDING
    assert pending_in_status(db_path) == 6
    # 'policywatch analyse' adds each version's facts and topics, once.
    analysed = run_cli("analyse", "--db", str(db_path))
    assert analysed.returncode == 0, analysed.stderr
    assert "Analysed 6 versions" in analysed.stdout
    again = run_cli("analyse", "--db", str(db_path))
    assert again.stdout.strip() == "Nothing to analyse."
    assert pending_in_status(db_path) == 0
    matrix = {r["vendor"]: r for r in db.query(MATRIX_SQL, {"vendors": "", "doc_type": ""})}
    assert "180 dager" in matrix["faveo"]["retention"]
    assert matrix["fusion"]["sells_data"] != PENDING
    retention = [
        r["value"]
        for r in db.query(
            "select value from facts where kind = 'retention' and version_id = ?",
            [change["new_version_id"]],
        )
    ]
    assert any("180 dager" in v for v in retention), retention
    assert db.execute(
        "select count(*) from section_topics where version_id = ?", [change["new_version_id"]]
    ).fetchone()[0]


def test_robots_disallowed_path_is_never_requested(tmp_path, local_site, db_path):
    extra_doc = f"{local_site.base_url}/internal/draft.html"
    config = json.loads(demo_vendors_yaml(local_site.base_url))
    config["vendors"].append({"name": "Hidden", "documents": [{"url": extra_doc}]})
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config), encoding="utf-8")
    result = crawl(db_path, vendors)
    assert result.returncode == 1  # one document could not be fetched
    assert "/robots.txt" in local_site.requests
    assert not any(path.startswith("/internal/") for path in local_site.requests)
    fetch = next(
        sqlite_utils.Database(db_path).query("select * from fetches where url = ?", [extra_doc])
    )
    assert "robots.txt" in fetch["reason"]
    assert count(db_path, "select count(*) from versions") == 5


def test_bad_vendors_file_names_the_line_and_changes_nothing(tmp_path, local_site, db_path):
    good = write_vendors(tmp_path, local_site)
    crawl(db_path, good)
    before = sqlite_utils.Database(db_path).execute("select count(*) from documents").fetchone()
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "vendors:\n  - name: Acme\n    documents:\n      - url: ftp://acme.example/privacy\n",
        encoding="utf-8",
    )
    for command in (["vendors", "sync", str(bad)], ["crawl", "--vendors", str(bad)]):
        result = run_cli(*command, "--db", str(db_path))
        assert result.returncode == 2
        assert f"{bad}:4:" in result.stderr
        assert "http://" in result.stderr  # says what to do
    after = sqlite_utils.Database(db_path).execute("select count(*) from documents").fetchone()
    assert before == after


def test_vendors_add_and_list(db_path):
    added = run_cli(
        "vendors",
        "add",
        "Fusetools AS",
        "https://fusetools.example/dpa",
        "--type",
        "dpa",
        "--db",
        str(db_path),
    )
    assert added.returncode == 0, added.stderr
    listed = run_cli("vendors", "list", "--db", str(db_path))
    assert "fusetools-as" in listed.stdout and "dpa" in listed.stdout
    refused = run_cli("vendors", "add", "X", "not-a-url", "--db", str(db_path))
    assert refused.returncode == 2 and "http://" in refused.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_with_the_canned_query(tmp_path, local_site, db_path):
    crawl(db_path, write_vendors(tmp_path, local_site))
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "policywatch", "serve", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}/{db_path.stem}/latest_versions.json?_shape=array"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    rows = json.load(response)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("policywatch serve did not answer")
                time.sleep(0.3)
        assert sorted(r["vendor"] for r in rows) == sorted(
            ["Fusetools AS", "Fusion Connect, Inc.", "Faveo Helpdesk", "Nordhost", "ConnectMyApps"]
        )
    finally:
        server.terminate()
        server.wait(10)
    # The crawl left topics and facts to 'policywatch analyse': serve says so.
    assert server.stderr is not None
    assert "5 versions have no topics and facts yet" in server.stderr.read().decode()


def test_render_browser_is_rendered_in_chromium_or_says_how_to_install_it(
    tmp_path, local_site, db_path
):
    from policywatch.crawler.browser import chromium_path

    config = json.loads(demo_vendors_yaml(local_site.base_url))
    config["vendors"][0]["documents"][0]["render"] = "browser"
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config), encoding="utf-8")
    result = crawl(db_path, vendors)
    rendered = "select render from fetches where url like '%fusetools/privacy.html'"
    if chromium_path() is None:
        assert "apt install chromium" in result.stderr
        assert count(db_path, "select count(*) from versions") == 4
    else:
        assert result.returncode == 0, result.stderr
        assert sqlite_utils.Database(db_path).execute(rendered).fetchone()[0] == "browser"
        assert count(db_path, "select count(*) from versions") == 5
