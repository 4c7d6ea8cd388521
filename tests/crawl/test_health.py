"""Flapping, removal, repeated suspects, ``status``, ``--due``, the lock and the address guard."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CORPUS, run_cli
from tests.crawl import faulty_server as fs
from tests.crawl.conftest import (
    CRAWL_SETTINGS,
    HOOK,
    POLICY_A,
    crawl,
    document_id,
    last_fetch,
    query,
    scalar,
)
from tests.crawl.test_faults import LOGIN_PAGE

FINYA = [
    (CORPUS / "finya-privacy-policy" / f"v0{i}_{d}.html").read_bytes()
    for i, d in ((1, "2024-06-04"), (2, "2024-07-01"), (3, "2024-08-22"))
]


def sleep_until(timestamp: str, seconds: float) -> None:
    """Sleep until ``seconds`` after a stored UTC timestamp."""
    then = dt.datetime.fromisoformat(timestamp.rstrip("Z")).replace(tzinfo=dt.UTC)
    wait = then + dt.timedelta(seconds=seconds) - dt.datetime.now(dt.UTC)
    time.sleep(max(0.0, wait.total_seconds()))


def write_vendors(path: Path, server: fs.FaultyServer, docs: dict[str, str], **crawl_settings):
    path.write_text(
        json.dumps(
            {
                "vendors": [
                    {
                        "name": "Vendor",
                        "documents": [
                            {"url": server.url(p), "interval": interval}
                            for p, interval in docs.items()
                        ],
                    }
                ],
                "crawl": {**CRAWL_SETTINGS, **crawl_settings},
                "alerts": [HOOK],
            }
        )
    )
    return path


def test_flapping_removal_and_repeated_suspects_over_five_crawls(tmp_path):
    """finya's page flips between three texts (about 80 flips in its real history)."""
    db = tmp_path / "policywatch.db"
    flips = [FINYA[0], FINYA[1], FINYA[2], FINYA[0], FINYA[1]]
    gone = [fs.page(POLICY_A)] + [fs.page(b"<h1>Not found</h1>", status=404)] * 4
    login = [fs.page(POLICY_A)] + [fs.page(LOGIN_PAGE)] * 4
    with fs.FaultyServer() as server:
        vendors = write_vendors(
            tmp_path / "v.yaml", server, {"/flap": "1d", "/gone": "1d", "/login": "1d", "/ok": "1d"}
        )
        server.route("/ok", fs.page(POLICY_A))
        runs = []
        for i in range(5):
            server.route("/flap", fs.page(flips[i]))
            server.route("/gone", gone[i])
            server.route("/login", login[i])
            runs.append(crawl(db, vendors))
        flap, removed, suspect, ok = (
            document_id(db, p) for p in ("/flap", "/gone", "/login", "/ok")
        )

        outcomes = [
            r["outcome"]
            for r in query(
                db, "select outcome from fetches where document_id = ? order by id", [flap]
            )
        ]
        # FINYA[1] is the members-area notice served in place of the public one (the
        # guard's "another variant of the page"): suspect, never a version; the two
        # public texts flap, and a known one coming back is "returned".
        assert outcomes == ["new_version", "suspect", "new_version", "returned", "suspect"]
        assert scalar(db, "select count(*) from versions where document_id = ?", [flap]) == 2
        assert scalar(db, "select count(*) from changes where document_id = ?", [flap]) == 1
        sql = "select v.number from documents d join versions v on v.id = d.current_version_id"
        current = query(db, sql + " where d.id = ?", [flap])
        assert current == [{"number": 1}]  # showing FINYA[0] again: version 1

        outcomes = [
            r["outcome"]
            for r in query(
                db, "select outcome from fetches where document_id = ? order by id", [removed]
            )
        ]
        assert outcomes == ["new_version", "http_error", "http_error", "removed", "http_error"]
        # Reported once: in the fourth crawl's output, not in the fifth.
        # Each line names the vendor and the URL (these end in the route's path).
        assert "/gone: removed" in runs[3].stderr
        assert "/gone:" not in runs[4].stderr
        assert "/login: suspect" in runs[4].stderr

        status = run_cli("status", "--db", str(db), "--format", "json")
        assert status.returncode == 1
        report = json.loads(status.stdout)
        flags = {d["document_id"]: d["flags"] for d in report["documents"]}
        assert "removed" in flags[removed]
        assert "suspect" in flags[suspect] and "failing" in flags[suspect]
        assert flags[flap] == [] or flags[flap] == ["outdated"]
        assert "suspect" not in flags[ok] and "stale" not in flags[ok]
        row = next(d for d in report["documents"] if d["document_id"] == suspect)
        assert row["consecutive_failures"] == 4 and row["last_outcome"] == "suspect"
        assert row["last_success"] is not None and row["version"] == 1

        table = run_cli("status", "--db", str(db))
        assert "login wall" in table.stdout and "need attention" in table.stdout

        # A person checked the page: it really is the policy now (same login page
        # served here, but a language switch would be the usual case).
        server.route("/login", fs.page(POLICY_A.replace(b"Faveo", b"Faveo Helpdesk AS")))
        crawl(db, vendors)
        assert last_fetch(db, suspect)["outcome"] == "new_version"


def test_status_exit_codes(tmp_path):
    missing = run_cli("status", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2 and "no database" in missing.stderr
    assert not (tmp_path / "none.db").exists()
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        server.route(
            "/p", fs.page(b"<h1>Privacy</h1>" + b"<p>We keep personal data 30 days.</p>" * 40)
        )
        crawl(db, write_vendors(tmp_path / "v.yaml", server, {"/p": "8s"}))
    fine = run_cli("status", "--db", str(db), "--stale-after", "1")
    assert fine.returncode == 0, fine.stdout
    # One interval (8 s) after the fetch, with no success since: stale.
    sleep_until(last_fetch(db, 1)["started_at"], 8.5)
    stale = run_cli("status", "--db", str(db), "--format", "json", "--stale-after", "1")
    assert stale.returncode == 1
    assert json.loads(stale.stdout)["documents"][0]["flags"] == ["stale"]
    ignored = run_cli("status", "--db", str(db), "--ignore", "stale", "--stale-after", "1")
    assert ignored.returncode == 0


def test_due_crawls_only_documents_whose_interval_passed(tmp_path):
    db = tmp_path / "policywatch.db"
    body = b"<h1>Privacy</h1>" + b"<p>We keep personal data for thirty days.</p>" * 40
    with fs.FaultyServer() as server:
        server.route("/daily", fs.page(body))
        server.route("/often", fs.page(body))
        vendors = write_vendors(tmp_path / "v.yaml", server, {"/daily": "1d", "/often": "12s"})
        crawl(db, vendors, "--due")
        assert len(server.hits("/daily")) == len(server.hits("/often")) == 1
        nothing = crawl(db, vendors, "--due")
        assert nothing.stdout == "" and nothing.returncode == 0  # quiet for cron
        assert len(server.hits("/often")) == 1
        sleep_until(last_fetch(db, document_id(db, "/often"))["started_at"], 12)
        crawl(db, vendors, "--due")
        assert len(server.hits("/daily")) == 1 and len(server.hits("/often")) == 2


def test_a_second_crawl_exits_at_once_with_the_lock_message(tmp_path):
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        server.route("/slow", fs.slow(6, fs.page(POLICY_A)))
        vendors = write_vendors(tmp_path / "v.yaml", server, {"/slow": "1d"}, timeout="20s")
        args = ["crawl", "--db", str(db), "--vendors", str(vendors), "--no-alerts"]
        env = {"POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8"}
        first = subprocess.Popen(
            [sys.executable, "-m", "policywatch", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**__import__("os").environ, **env},
        )
        deadline = time.monotonic() + 60
        while not server.hits("/slow"):
            assert time.monotonic() < deadline and first.poll() is None, first.communicate()
            time.sleep(0.1)
        started = time.monotonic()
        second = run_cli(*args)
        assert second.returncode == 75, second.stderr
        assert "another crawl is running" in second.stderr and "pid" in second.stderr
        assert time.monotonic() - started < 10
        _, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
        assert len(server.hits("/slow")) == 1
    assert scalar(db, "select count(*) from versions") == 1


def test_private_addresses_are_refused_unless_allowed(tmp_path):
    db = tmp_path / "policywatch.db"
    with fs.FaultyServer() as server:
        server.route("/p", fs.page(POLICY_A))
        plain = {"vendors": [{"name": "Local", "documents": [{"url": server.url("/p")}]}]}
        vendors = tmp_path / "v.yaml"
        vendors.write_text(json.dumps(plain))
        refused = crawl(db, vendors, env={"POLICYWATCH_ALLOW_NETWORKS": ""})
        assert refused.returncode == 1
        assert server.log == []  # not even robots.txt was asked for
        reason = last_fetch(db, 1)["reason"]
        assert "127.0.0.1" in reason and "allow_networks" in reason
        assert "POLICYWATCH_ALLOW_NETWORKS" in reason
        # "localhost" resolves to 127.0.0.1: refused after DNS resolution too.
        host = server.url("/p").replace("127.0.0.1", "localhost")
        vendors.write_text(json.dumps({"vendors": [{"name": "L", "documents": [{"url": host}]}]}))
        crawl(db, vendors, env={"POLICYWATCH_ALLOW_NETWORKS": ""})
        assert "127.0.0.1" in query(db, "select reason from fetches order by id desc")[0]["reason"]
        assert server.log == []
        bad = run_cli("crawl", "--db", str(db), env={"POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/33"})
        assert bad.returncode == 2 and "POLICYWATCH_ALLOW_NETWORKS" in bad.stderr
        # The environment alone is enough.
        vendors.write_text(json.dumps(plain))
        allowed = crawl(db, vendors, env={"POLICYWATCH_ALLOW_NETWORKS": "10.0.0.0/8,127.0.0.0/8"})
        assert allowed.returncode == 0, allowed.stderr
    assert scalar(db, "select count(*) from versions") == 1
