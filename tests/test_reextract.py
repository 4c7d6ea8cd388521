"""Re-extraction over stored snapshots: a new text is not a vendor change."""

from __future__ import annotations

import json

import sqlite_utils

from policywatch.commands.demo import demo_vendors_yaml
from tests.conftest import run_cli


def test_reextract_after_selector_change_records_a_reextraction(tmp_path, local_site, db_path):
    config = json.loads(demo_vendors_yaml(local_site.base_url))
    config["alerts"] = [{"type": "webhook", "url": "http://127.0.0.1:9/unused", "when": "any"}]
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config), encoding="utf-8")
    assert (
        run_cli("crawl", "--db", str(db_path), "--vendors", str(vendors), "--no-alerts").returncode
        == 0
    )

    # The analyst decides the page's first heading is chrome: same raw bytes,
    # different extraction.
    config["vendors"][0]["documents"][0]["remove"] = "h1"
    vendors.write_text(json.dumps(config), encoding="utf-8")
    assert run_cli("vendors", "sync", str(vendors), "--db", str(db_path)).returncode == 0
    result = run_cli("reextract", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "1 new version" in result.stdout and "4 same" in result.stdout

    db = sqlite_utils.Database(db_path)
    latest = next(db.query("select * from versions where document_id = 1 order by number desc"))
    assert latest["origin"] == "reextract"
    assert latest["number"] == 2
    first = next(db.query("select * from versions where document_id = 1 and number = 1"))
    assert latest["snapshot_sha256"] == first["snapshot_sha256"]
    assert latest["first_seen_at"] == first["first_seen_at"]
    change = next(db.query("select * from changes where new_version_id = ?", [latest["id"]]))
    assert "reextract" in json.loads(change["flags"])
    assert db.execute("select count(*) from alerts").fetchone()[0] == 0

    # The next crawl sees the same page: nothing new, no vendor change invented.
    again = run_cli("crawl", "--db", str(db_path), "--vendors", str(vendors), "--no-alerts")
    assert again.returncode == 0
    assert db.execute("select count(*) from versions").fetchone()[0] == 6

    # Running it twice changes nothing more.
    assert "5 same" in run_cli("reextract", "--db", str(db_path)).stdout


def test_reextract_unknown_document_is_a_usage_error(tmp_path, local_site, db_path):
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(demo_vendors_yaml(local_site.base_url), encoding="utf-8")
    run_cli("vendors", "sync", str(vendors), "--db", str(db_path))
    result = run_cli("reextract", "--db", str(db_path), "--document", "99")
    assert result.returncode == 2 and "99" in result.stderr
