"""Re-extraction over stored snapshots: a new text is not a vendor change."""

from __future__ import annotations

import datetime as dt
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


_BANDED_PAGE = """<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body>
<header class="site-header"><nav><a href="/">Acme</a> <a href="/blog">Blog</a></nav>
<div class="page-intro"><h1>Privacy Policy</h1><p>Last updated: 5 March 2024</p></div></header>
<main>{body}</main>
<footer class="footer"><p>Effective: 1 January 2024</p><p>&copy; 2024 Acme Ltd</p></footer>
</body></html>"""
_BODY = "".join(
    f"<h2>{n}. {title}</h2><p>Acme processes the {title.lower()} of its customers and users "
    f"only to run the service they asked for, and keeps it no longer than needed.</p>"
    for n, title in enumerate(["Contact data", "Usage data", "Payment data"], start=1)
)


def _banded_site(tmp_path, local_site, remove=None):
    (local_site.root / "banded").mkdir(exist_ok=True)
    (local_site.root / "banded" / "privacy.html").write_text(
        _BANDED_PAGE.format(body=_BODY), encoding="utf-8"
    )
    document = {"url": f"{local_site.base_url}/banded/privacy.html", "type": "privacy_policy"}
    if remove:
        document["remove"] = remove
    config = {
        "vendors": [{"name": "Acme", "slug": "acme", "documents": [document]}],
        "crawl": {"allow_networks": ["127.0.0.0/8"]},
        "alerts": [{"type": "webhook", "url": "http://127.0.0.1:9/unused", "when": "any"}],
    }
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config), encoding="utf-8")
    return vendors, config


def test_a_date_line_recovered_from_the_header_band_is_a_reextraction(
    tmp_path, local_site, db_path
):
    """An extraction that found no date (the header band dropped whole, as the
    extractor used to) is improved by re-extraction: a new version marked
    ``reextract`` with the stated date, and no alert."""
    vendors, config = _banded_site(tmp_path, local_site, remove="header, footer")
    crawl = run_cli("crawl", "--db", str(db_path), "--vendors", str(vendors), "--no-alerts")
    assert crawl.returncode == 0, crawl.stderr
    db = sqlite_utils.Database(db_path)
    first = next(db.query("select * from versions order by id"))
    assert first["stated_date"] is None

    del config["vendors"][0]["documents"][0]["remove"]
    vendors.write_text(json.dumps(config), encoding="utf-8")
    assert run_cli("vendors", "sync", str(vendors), "--db", str(db_path)).returncode == 0
    result = run_cli("reextract", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    latest = next(db.query("select * from versions order by number desc"))
    assert latest["origin"] == "reextract"
    assert (latest["stated_date"], latest["stated_date_kind"]) == ("2024-03-05", "last_updated")
    text = db.execute("select pw_text(text_z) from versions where id = ?", [latest["id"]])
    assert "Last updated: 5 March 2024" in text.fetchone()[0]
    change = next(db.query("select * from changes where new_version_id = ?", [latest["id"]]))
    assert "reextract" in json.loads(change["flags"])
    assert db.execute("select count(*) from alerts").fetchone()[0] == 0


def test_a_corrected_stated_date_alone_is_a_reextraction(tmp_path, local_site, db_path):
    """Same text, a better reading of its date: recorded as a re-extraction, never an alert.

    The stored version is given the reading an older extractor made of this
    page (the footer's "Effective" date instead of the header's "Last updated").
    """
    vendors, _ = _banded_site(tmp_path, local_site)
    crawl = run_cli("crawl", "--db", str(db_path), "--vendors", str(vendors), "--no-alerts")
    assert crawl.returncode == 0, crawl.stderr
    db = sqlite_utils.Database(db_path)
    first = next(db.query("select * from versions order by id"))
    assert first["stated_date"] == "2024-03-05"
    db["versions"].update(
        first["id"],
        {"stated_date": "2024-01-01", "stated_date_kind": "effective", "stated_date_snippet": "x"},
    )

    result = run_cli("reextract", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "1 new version" in result.stdout
    latest = next(db.query("select * from versions order by number desc"))
    assert (latest["origin"], latest["stated_date"]) == ("reextract", "2024-03-05")
    assert latest["text_hash"] == first["text_hash"]
    assert db.execute("select count(*) from alerts").fetchone()[0] == 0
    assert "1 same" in run_cli("reextract", "--db", str(db_path)).stdout


def _change_log_page(newest: dt.date) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>{day.isoformat()}</td><td>Section {n} revised</td></tr>"
        for n, day in ((3, newest), (2, dt.date(2023, 1, 15)), (1, dt.date(2022, 6, 1)))
    )
    table = f"<table><tr><th>Version</th><th>Date</th><th>Changes</th></tr>{rows}</table>"
    return (
        _BANDED_PAGE.format(body=_BODY + f"<h2>Version history</h2>{table}")
        .replace("<p>Last updated: 5 March 2024</p>", "")
        .replace("<p>Effective: 1 January 2024</p>", "")
    )


def test_a_snapshot_is_dated_as_on_the_day_the_page_last_showed_it(tmp_path, local_site, db_path):
    """A change-log entry dated after the last fetch that showed the text was
    planned then, not in force: re-reading that snapshot states the entry
    before it, whatever today's date."""
    vendors, _ = _banded_site(tmp_path, local_site)
    newest = dt.date.today() - dt.timedelta(days=10)
    page = local_site.root / "banded" / "privacy.html"
    page.write_text(_change_log_page(newest), encoding="utf-8")
    crawl = run_cli("crawl", "--db", str(db_path), "--vendors", str(vendors), "--no-alerts")
    assert crawl.returncode == 0, crawl.stderr
    db = sqlite_utils.Database(db_path)
    first = next(db.query("select * from versions order by id"))
    assert first["stated_date"] == newest.isoformat()  # fetched today: in force

    # The page was last seen a month ago: version 3 was still planned then.
    month_ago = (dt.date.today() - dt.timedelta(days=30)).isoformat() + "T12:00:00+00:00"
    db["versions"].update(first["id"], {"first_seen_at": month_ago, "last_seen_at": month_ago})
    result = run_cli("reextract", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "1 new version" in result.stdout
    latest = next(db.query("select * from versions order by number desc"))
    assert (latest["origin"], latest["stated_date"]) == ("reextract", "2023-01-15")
