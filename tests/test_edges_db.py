"""``--db`` at the edges: a missing folder, a missing database, a file that is not one.

Every command gets one clear line and exit code 2, the real CLI in a real
process (as cron runs it), and nothing is created on the way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from policywatch.cli import cli
from policywatch.db import open_db
from tests.conftest import run_cli

# Every command that takes --db, with the other arguments it needs to get that far.
CASES = {
    "crawl": ["crawl", "--vendors", "{vendors}"],
    "vendors sync": ["vendors", "sync", "{vendors}"],
    "vendors add": ["vendors", "add", "Acme", "https://acme.example/privacy"],
    "vendors list": ["vendors", "list"],
    "vendors move": ["vendors", "move", "1", "https://acme.example/legal/privacy"],
    "alerts send": ["alerts", "send", "--vendors", "{vendors}"],
    "alerts list": ["alerts", "list"],
    "alerts retry": ["alerts", "retry", "1"],
    "alerts test": ["alerts", "test"],
    "status": ["status"],
    "serve": ["serve", "--port", "0"],
    "demo": ["demo", "--no-serve"],
    "analyse": ["analyse"],
    "reextract": ["reextract"],
    "compare": ["compare", "acme"],
    "diff": ["diff", "version:1", "version:2"],
    "users add": ["users", "add", "alice", "--role", "viewer", "--password-stdin"],
    "users list": ["users", "list"],
    "users remove": ["users", "remove", "alice"],
    "review": ["review", "1", "--status", "acknowledged", "--by", "alice"],
    "changes": ["changes"],
    "report": ["report", "--since", "2024-01-01", "--format", "csv"],
}
# Commands that only read a database: they must never create one.
READERS = [
    "vendors list",
    "vendors move",
    "alerts list",
    "alerts retry",
    "alerts test",
    "status",
    "serve",
    "analyse",
    "reextract",
    "compare",
    "diff",
    "users add",
    "users list",
    "users remove",
    "review",
    "changes",
    "report",
]


def commands_with_db(group: click.Group, prefix: str = "") -> set[str]:
    found = set()
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            found |= commands_with_db(command, f"{prefix}{name} ")
        elif command is not None and any(p.name == "db_path" for p in command.params):
            found.add(f"{prefix}{name}")
    return found


def test_every_command_with_a_database_is_covered() -> None:
    assert commands_with_db(cli) == set(CASES), "add the command to CASES"


@pytest.fixture
def vendors_file(tmp_path: Path) -> Path:
    path = tmp_path / "vendors.yaml"
    path.write_text(
        "vendors:\n  - name: Acme\n    documents:\n      - url: https://acme.example/privacy\n"
        "alerts:\n  - type: webhook\n    url: https://hooks.example/x\n",
        encoding="utf-8",
    )
    return path


def args_for(name: str, vendors: Path, *db: str) -> list[str]:
    return [a.format(vendors=vendors) for a in CASES[name]] + list(db)


@pytest.mark.parametrize("name", sorted(CASES))
def test_missing_folder_is_one_line_and_exit_2(name: str, tmp_path: Path, vendors_file) -> None:
    folder = tmp_path / "var" / "lib" / "policywatch"
    db = folder / "policywatch.db"
    # The option used in the demo is --db too; the others also read POLICYWATCH_DB.
    result = run_cli(*args_for(name, vendors_file, "--db", str(db)), timeout=60)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"the folder {folder} does not exist" in lines[0] and "mkdir -p" in lines[0]
    assert "Traceback" not in result.stdout + result.stderr
    assert not folder.parent.exists()  # nothing created on the way


def test_missing_folder_from_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "nowhere" / "policywatch.db"
    result = run_cli("vendors", "list", env={"POLICYWATCH_DB": str(db)})
    assert result.returncode == 2
    assert f"--db {db}: the folder {db.parent} does not exist" in result.stderr


def run_in(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "POLICYWATCH_DB"}
    return subprocess.run(
        [sys.executable, "-m", "policywatch", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize("name", READERS)
def test_readers_never_create_an_empty_database(name: str, tmp_path: Path) -> None:
    result = run_in(tmp_path, *args_for(name, tmp_path / "unused.yaml"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "no database at policywatch.db" in result.stderr
    assert "policywatch vendors sync" in result.stderr  # how to start one
    assert list(tmp_path.iterdir()) == []


def test_after_make_demo_the_cli_points_at_the_demo_database(tmp_path: Path) -> None:
    """``make demo`` leaves policywatch-demo.db here; the default ./policywatch.db is
    not it. Commands say so instead of creating an empty policywatch.db."""
    open_db(tmp_path / "policywatch-demo.db").close()
    for args in (["vendors", "list"], ["status"], ["alerts", "list"]):
        result = run_in(tmp_path, *args)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "--db policywatch-demo.db" in result.stderr
        assert f"POLICYWATCH_DB={(tmp_path / 'policywatch-demo.db').resolve()}" in result.stderr
    assert not (tmp_path / "policywatch.db").exists()
    listed = run_in(tmp_path, "vendors", "list", "--db", "policywatch-demo.db")
    assert listed.returncode == 0 and "No vendors yet" in listed.stdout


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    for args in (["status"], ["vendors", "add", "Acme", "https://acme.example/"]):
        result = run_cli(*args, "--db", str(notes))
        assert result.returncode == 2
        assert f"--db {notes}: not a SQLite database" in result.stderr
        assert "Traceback" not in result.stderr
    assert notes.read_text(encoding="utf-8") == "not a database\n"


def test_writers_create_the_database_in_an_existing_folder(tmp_path: Path, vendors_file) -> None:
    db = tmp_path / "new.db"
    synced = run_cli("vendors", "sync", str(vendors_file), "--db", str(db))
    assert synced.returncode == 0, synced.stderr
    listed = run_cli("vendors", "list", "--db", str(db))
    assert "acme.example/privacy" in listed.stdout
