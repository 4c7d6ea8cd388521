"""A damaged stored text (``versions.text_z`` not zlib data) met by a crawl, and its repair.

The crawl records the new fetch anyway (read alone: there is no text to
compare it with), names the document and the damaged version in one line (no
traceback), goes on with the other documents, counts it in its summary and
exits 1;
``policywatch reextract --repair`` rebuilds a damaged text from the version's
raw snapshot when that reads as the very text the version had.
"""

from __future__ import annotations

from pathlib import Path

from policywatch.db import open_db
from policywatch.db.versions import load_version
from tests.conftest import run_cli
from tests.crawl import faulty_server as fs
from tests.crawl.conftest import POLICY_B, crawl, document_id, query, scalar

DAMAGED = b"not zlib at all"


def _damage(db_path: Path, version_id: int) -> None:
    db = open_db(db_path)
    with db.atomic():
        db.execute("update versions set text_z = ? where id = ?", [DAMAGED, version_id])
    db.close()


def _current(db_path: Path, document: int) -> int:
    return int(scalar(db_path, "select current_version_id from documents where id = ?", [document]))


def _rows(db_path: Path, table: str) -> list[dict[str, object]]:
    return query(db_path, f"select * from {table} order by rowid")


def test_crawl_records_a_new_fetch_over_a_damaged_current_text(
    setup: tuple[fs.FaultyServer, Path, Path],
) -> None:
    server, db, vendors = setup
    policy, pdf = document_id(db, "/policy"), document_id(db, "/terms.pdf")
    damaged = _current(db, policy)
    _damage(db, damaged)
    versions_before = _rows(db, "versions")
    fetches_before = scalar(db, "select count(*) from fetches")
    server.route("/policy", fs.page(POLICY_B))  # the vendor changed the page

    result = crawl(db, vendors, "--debug")

    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    # Exit 1, as when some failed (cron hears of it), after the one-line summary.
    assert result.returncode == 1, output
    # One log line, naming the document and the version, and what to do.
    logged = [line for line in result.stderr.splitlines() if "crawler.pipelines] ERROR" in line]
    assert len(logged) == 1, result.stderr
    assert f"document {policy} " in logged[0] and f"current version {damaged} " in logged[0]
    assert "is damaged" in logged[0] and "reextract --repair" in logged[0]
    # The crawl's own report says it too, without --debug's log, and counts it.
    summary = [line for line in result.stdout.splitlines() if line.startswith("Crawled ")]
    assert len(summary) == 1, result.stdout
    assert "0 failed, 1 with a damaged stored text" in summary[0]
    # The new fetch is a new version, stored without a diff (nothing to diff with).
    new = _current(db, policy)
    assert new != damaged
    assert query(db, "select origin from versions where id = ?", [new]) == [{"origin": "crawl"}]
    assert scalar(db, "select count(*) from changes where new_version_id = ?", [new]) == 0
    assert scalar(db, "select count(*) from alerts") == 0
    assert load_version(open_db(db), new).text  # the new text reads
    # The other document was crawled too, and nothing stored before was changed.
    assert scalar(db, "select count(*) from fetches") == fetches_before + 2
    assert scalar(db, "select count(*) from fetches where document_id = ?", [pdf]) == 2
    after = {r["id"]: r for r in _rows(db, "versions")}
    for before in versions_before:
        kept = dict(after[before["id"]])
        assert {k: kept[k] for k in ("text_z", "text_hash", "snapshot_sha256", "number")} == {
            k: before[k] for k in ("text_z", "text_hash", "snapshot_sha256", "number")
        }
    assert after[damaged]["text_z"] == DAMAGED

    # Its twin: the next crawl meets no damaged current text, and exits 0.
    again = crawl(db, vendors)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "damaged" not in again.stdout + again.stderr


def test_repair_rebuilds_damaged_texts_from_their_snapshots(
    setup: tuple[fs.FaultyServer, Path, Path],
) -> None:
    _server, db, _vendors = setup
    policy, pdf = document_id(db, "/policy"), document_id(db, "/terms.pdf")
    policy_version, pdf_version = _current(db, policy), _current(db, pdf)
    original = load_version(open_db(db), policy_version)
    sections_before = query(
        db, "select heading, text from sections where version_id = ?", [policy_version]
    )
    _damage(db, policy_version)
    _damage(db, pdf_version)
    # A version stored without its raw page cannot be rebuilt.
    with open_db(db).atomic() as conn:
        conn.execute("update versions set snapshot_sha256 = null where id = ?", [pdf_version])
    changes_before = scalar(db, "select count(*) from changes")

    result = run_cli("reextract", "--repair", "--db", str(db))

    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"document {policy} version 1 (id {policy_version}): repaired" in result.stdout
    assert f"document {pdf} version 1 (id {pdf_version}): not repaired" in result.stderr
    assert "no raw snapshot" in result.stderr
    assert "Repaired 1 damaged version texts, 1 not repaired." in result.stdout
    # The very text, its sections read again through SQL; no version, change or alert added.
    repaired = load_version(open_db(db), policy_version)
    assert repaired.text == original.text and repaired.sections == original.sections
    assert (
        query(db, "select heading, text from sections where version_id = ?", [policy_version])
        == sections_before
    )
    assert scalar(db, "select count(*) from versions") == 2
    assert scalar(db, "select count(*) from changes") == changes_before
    assert scalar(db, "select count(*) from alerts") == 0
    assert scalar(db, "select text_z from versions where id = ?", [pdf_version]) == DAMAGED

    # Only what is still damaged is left; --document narrows it.
    again = run_cli("reextract", "--repair", "--db", str(db), "--document", str(policy))
    assert again.returncode == 0 and "No damaged version texts." in again.stdout

    # A snapshot that now reads as another text (the document's remove changed) is not
    # written over the version's text: its sections are spans of the text it had.
    _damage(db, policy_version)
    with open_db(db).atomic() as conn:
        conn.execute("update documents set remove_css = 'h1' where id = ?", [policy])
    changed = run_cli("reextract", "--repair", "--db", str(db), "--document", str(policy))
    assert changed.returncode == 1
    assert "not repaired: its snapshot now reads as a different text" in changed.stderr
    assert scalar(db, "select text_z from versions where id = ?", [policy_version]) == DAMAGED
