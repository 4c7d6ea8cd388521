"""A damaged version text (``versions.text_z`` not zlib data) is named, never a traceback.

Commands answer one line naming the version and what to do (exit 2), whether
they read the text in Python (``load_version``) or through SQL (``pw_text``
in the ``sections`` view); Datasette's pages show a marker in its place and
keep answering 200. Nothing stored is changed by reading.
"""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from policywatch.cli import cli
from policywatch.core.model import Section
from policywatch.db import open_db
from policywatch.db.textstore import UnreadableText, unreadable_marker, unreadable_text
from policywatch.db.versions import load_version
from tests.db.stored import store_versions

SECTIONS = [
    [Section(1, "Retention", "We keep your messages for 30 days."), Section(1, "Sale", "None.")],
    [Section(1, "Retention", "We keep your messages for 90 days."), Section(1, "Sale", "None.")],
]
DAMAGED = b"not zlib at all"
# Datasette, once imported by any test, turns on sqlite3's callback tracebacks:
# a raising pw_text is then also reported to the unraisable hook (the query
# still fails as it should). A command without Datasette prints nothing more.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def _damaged_db(path: Path, *, analysed: bool = False) -> int:
    """Two versions of one document; the second (current) one's stored text is damaged.

    ``analysed``: 'policywatch analyse' ran before the damage. Returns its id.
    """
    db = open_db(path)
    ids = store_versions(db, SECTIONS)
    db.close()
    if analysed:
        assert CliRunner().invoke(cli, ["analyse", "--db", str(path)]).exit_code == 0
    db = open_db(path)
    with db.atomic():
        db.execute("update versions set text_z = ? where id = ?", [DAMAGED, ids[1]])
    db.close()
    return ids[1]


def test_python_and_sql_readers_name_the_damaged_version(tmp_path: Path) -> None:
    damaged = _damaged_db(tmp_path / "p.db")
    db = open_db(tmp_path / "p.db")
    with pytest.raises(UnreadableText, match=f"version {damaged}: .*backup"):
        load_version(db, damaged)
    # SQLite only says "user-defined function raised exception"; the version is recovered.
    with pytest.raises(sqlite3.OperationalError) as raised:
        db.execute("select text from sections where version_id = ?", [damaged]).fetchall()
    problem = unreadable_text(raised.value)
    assert problem is not None and problem.version_id == damaged
    with pytest.raises(sqlite3.OperationalError):
        db.execute("select pw_text(text_z, id) from versions").fetchall()
    assert unreadable_text(sqlite3.OperationalError("no such table: x")) is None
    # The other version reads as before, and reading changed nothing stored.
    assert load_version(db, damaged - 1).sections == SECTIONS[0]
    stored = db.execute("select text_z from versions where id = ?", [damaged]).fetchone()[0]
    assert stored == DAMAGED


def test_a_command_says_which_version_is_damaged_in_one_line(tmp_path: Path) -> None:
    damaged = _damaged_db(tmp_path / "p.db")
    path = str(tmp_path / "p.db")
    # Read in Python: the diff of two stored versions.
    result = CliRunner().invoke(
        cli, ["diff", f"version:{damaged - 1}", f"version:{damaged}", "--db", path]
    )
    assert result.exit_code == 2, result.output
    assert f"version {damaged}: its stored text" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    # Read through SQL: the comparison of an analysed version reads its sections view.
    damaged = _damaged_db(tmp_path / "analysed.db", analysed=True)
    # The real command, so its stderr is what a user sees: one line.
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "policywatch",
            "compare",
            "v",
            "--db",
            str(tmp_path / "analysed.db"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith(f"Error: version {damaged}: its stored text"), run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and not run.stdout


def test_datasette_shows_a_marker_for_the_damaged_row(tmp_path: Path) -> None:
    from policywatch.db.web import make_datasette

    damaged = _damaged_db(tmp_path / "policywatch.db")
    ds = make_datasette(str(tmp_path / "policywatch.db"))
    marker = unreadable_marker(damaged)

    def get(url: str) -> str:
        response = asyncio.run(ds.client.get(url))
        assert response.status_code == 200, (url, response.text[:300])
        return str(response.text)

    rows = asyncio.run(ds.client.get("/policywatch/sections.json?_shape=array")).json()
    texts = {
        version: [(r["heading"], r["text"]) for r in rows if r["version_id"] == version]
        for version in (damaged - 1, damaged)
    }
    assert texts[damaged - 1] == [(s.heading, s.text) for s in SECTIONS[0]]
    assert texts[damaged] == [(marker, marker), (marker, marker)]
    assert "We keep your messages for 30 days." in get("/policywatch/sections")
    assert marker in get("/policywatch/sections")
    assert marker in get(f"/policywatch/versions/{damaged}")
    assert marker in get("/policywatch/versions")
    assert "30 days" in get(f"/policywatch/versions/{damaged - 1}")
