"""The real ``policywatch diff`` command: files, stored versions, formats and errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from policywatch.cli import cli
from policywatch.db import open_db, utcnow
from policywatch.db.versions import insert_version
from policywatch.extract import extract

from .conftest import corpus_path

OLD = "parship-privacy-policy/v03_2024-09-18.md"
NEW = "parship-privacy-policy/v04_2025-10-01.md"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["diff", *args])
    return result.exit_code, result.output


def test_json_on_two_files() -> None:
    code, out = run(str(corpus_path(OLD)), str(corpus_path(NEW)), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["verdict"] == "material" and data["material"] is True
    assert "controller_contact" in data["categories"]


def test_text_and_html() -> None:
    code, out = run(str(corpus_path(OLD)), str(corpus_path(NEW)))
    assert code == 0 and out.startswith("verdict: material")
    code, out = run(str(corpus_path(OLD)), str(corpus_path(NEW)), "--format", "html")
    assert code == 0 and out.startswith("<!doctype html>") and "<ins>" in out


def test_stored_versions(tmp_path: Path) -> None:
    db_file = tmp_path / "pw.db"
    db = open_db(db_file)
    vendor = db.table("vendors").insert({"slug": "parship", "name": "Parship"}).last_pk
    doc_id = db.table("documents").insert({"vendor_id": vendor, "url": "https://x"}).last_pk
    ids = []
    for rel in (OLD, NEW):
        path = corpus_path(rel)
        doc = extract(path.read_bytes(), "text/markdown", path.resolve().as_uri())
        ids.append(
            insert_version(db, doc_id, doc, seen_at=utcnow(), snapshot_sha256=None, fetch_id=None)
        )
    db.close()
    code, out = run(
        f"version:{ids[0]}", f"version:{ids[1]}", "--db", str(db_file), "--format", "json"
    )
    assert code == 0, out
    assert json.loads(out)["verdict"] == "material"
    code, out = run(f"version:{ids[0]}", "version:999", "--db", str(db_file))
    assert code == 2 and "version:999" in out


def test_errors_name_the_input_and_what_to_do(tmp_path: Path) -> None:
    code, out = run(str(tmp_path / "missing.md"), str(corpus_path(NEW)))
    assert code == 2 and "missing.md" in out and "give a path" in out
    code, out = run("version:1", "version:2", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "--db" in out
    code, out = run("version:abc", str(corpus_path(NEW)))
    assert code == 2 and "version:ID" in out


def test_new_side_passes_the_crawls_guard_first(tmp_path: Path) -> None:
    """A page decoded with the wrong charset is not a new version: the crawl's guard
    calls it suspect, and so does ad hoc diff (the diff alone judged it material)."""
    old = corpus_path("adopteunmec-privacy-policy/v02_2025-12-06.md")
    garbled = tmp_path / "garbled.md"
    text = old.read_text(encoding="utf-8")
    garbled.write_text(text.encode("utf-8").decode("cp1252", errors="replace"), "utf-8")
    code, out = run(str(old), str(garbled))
    assert code == 0
    assert out.splitlines()[:2] == ["verdict: suspect", "code: mojibake"]
    assert "wrong charset" in out and "--accept-change" in out
    code, out = run(str(old), str(garbled), "--format", "json")
    data = json.loads(out)
    assert (data["verdict"], data["code"]) == ("suspect", "mojibake") and data["reason"]
    code, out = run(str(old), str(garbled), "--format", "html")
    assert code == 0 and "<p>verdict: suspect</p>" in out
    # Asked for, the diff is made anyway: a full result with its items.
    code, out = run(str(old), str(garbled), "--format", "json", "--accept-change")
    assert code == 0 and "items" in json.loads(out)


def test_sub_processor_entries_in_every_format(tmp_path: Path) -> None:
    from tests.subprocessor_pages import ADDED, CHANGED
    from tests.subprocessor_pages import NEW as NEW_PAGE
    from tests.subprocessor_pages import OLD as OLD_PAGE

    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_bytes(OLD_PAGE)
    new.write_bytes(NEW_PAGE)
    code, out = run(str(old), str(new))
    assert code == 0 and out.startswith("verdict: material")
    assert ADDED in out and CHANGED in out
    code, out = run(str(old), str(new), "--format", "json")
    data = json.loads(out)
    assert [e["description"] for e in data["entries"]] == [CHANGED, ADDED]
    code, out = run(str(old), str(new), "--format", "html")
    assert (
        'class="pw-entries"' in out and "added: Cloudflare (Cloud services, United States)" in out
    )
