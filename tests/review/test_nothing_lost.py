"""Review state survives reextract, analyse --all, migrations and a killed crawl."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time

from benchmarks.crawl_jobs.sites import crawl_command, local_env
from policywatch.demo.server import LocalSite
from tests.review.conftest import Team, cli


def trail(team: Team) -> list[tuple]:
    conn = sqlite3.connect(team.db)
    rows = conn.execute("select * from review_events order by id").fetchall()
    conn.close()
    return rows


def states(team: Team) -> dict[int, str]:
    rows = json.loads(cli("changes", "--format", "json", db=team.db).stdout)
    return {r["change_id"]: r["review_status"] for r in rows}


def test_review_state_survives_reextract_analyse_migrations_and_a_killed_crawl(
    team: Team, tmp_path
) -> None:
    for change, status in (
        (team.faveo_change, "acknowledged"),
        (team.fusetools_change, "dismissed"),
    ):
        done = cli(
            "review", str(change), "--status", status, "--note", "seen", "--by", "ana", db=team.db
        )
        assert done.returncode == 0, done.stderr
    before_trail, before_states = trail(team), states(team)

    # A re-extraction (the analyst drops Fusetools' h1 as chrome) makes a new
    # version and a change flagged "reextract": it reopens nothing.
    config = json.loads(team.vendors.read_text())
    config["vendors"][1]["documents"][0]["remove"] = "h1"
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config))
    assert cli("vendors", "sync", str(vendors), db=team.db).returncode == 0
    reextracted = cli("reextract", db=team.db)
    assert reextracted.returncode == 0 and "1 new version" in reextracted.stdout, reextracted.stdout
    after = states(team)
    new = set(after) - set(before_states)
    assert len(new) == 1 and after[new.pop()] == "not_needed"
    assert {k: after[k] for k in before_states} == before_states
    unreviewed = json.loads(cli("changes", "--unreviewed", "--format", "json", db=team.db).stdout)
    assert unreviewed == []

    assert cli("analyse", "--all", db=team.db).returncode == 0
    assert cli("status", db=team.db).returncode in (0, 1)  # opens and migrates again
    assert trail(team) == before_trail

    # A crawl killed at some moment (whichever: the trail must not care).
    site = tmp_path / "site"
    site.mkdir()
    with LocalSite(site) as server:
        config["vendors"][1]["documents"][0]["url"] = f"{server.base_url}/gone.html"
        vendors.write_text(json.dumps(config))
        process = subprocess.Popen(
            crawl_command(team.db, vendors),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=local_env(),
        )
        deadline = time.monotonic() + 60
        while not server.requests and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
    conn = sqlite3.connect(team.db)
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    conn.close()
    assert trail(team) == before_trail
    assert {k: states(team)[k] for k in before_states} == before_states
