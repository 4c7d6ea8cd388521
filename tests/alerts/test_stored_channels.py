"""Alert channels are never lost: ``vendors sync`` stores them, ``crawl`` and
``alerts send`` use them when no vendors file is given, and a channel whose
``${VARIABLE}`` is unset keeps its alert pending with that error, which
``policywatch status`` reports."""

from __future__ import annotations

import json
import shutil
import sqlite3

from policywatch.commands.demo import demo_vendors_yaml
from tests.conftest import DEMO, run_cli

SECRET_ENV = "POLICYWATCH_TEST_SLACK_URL"


def test_synced_channels_alert_from_a_crawl_without_the_vendors_file(
    tmp_path, site_dir, local_site, db_path, receiver
):
    config = json.loads(demo_vendors_yaml(local_site.base_url))
    config["alerts"] = [
        {"type": "slack", "name": "team", "when": "any", "webhook_url": f"${{{SECRET_ENV}}}"}
    ]
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config))
    secret = {SECRET_ENV: receiver.url("/slack/T0/B0/secret-token")}

    synced = run_cli("vendors", "sync", str(vendors), "--db", str(db_path), env=secret)
    assert synced.returncode == 0, synced.stderr
    assert "alert channels: 1" in synced.stdout
    vendors.unlink()  # from here on, only the database knows the channels
    with sqlite3.connect(db_path) as conn:
        [(stored,)] = conn.execute("select settings from alert_channels").fetchall()
    assert json.loads(stored)["webhook_url"] == f"${{{SECRET_ENV}}}"
    assert b"secret-token" not in db_path.read_bytes()  # the name is stored, never the value

    crawl = ["crawl", "--db", str(db_path)]
    assert run_cli(*crawl, env=secret).returncode == 0
    shutil.copyfile(DEMO / "changed" / "faveo__personvern.html", site_dir / "faveo/personvern.html")
    changed = run_cli(*crawl, "-v", env=secret)
    assert changed.returncode == 0, changed.stdout + changed.stderr
    assert "Alerts: 1 sent, 0 failed" in changed.stdout
    [request] = receiver.requests
    assert request.path == "/slack/T0/B0/secret-token"
    assert "Faveo" in json.dumps(request.json)

    # The variable is not set for the next crawl: the alert waits, with the reason.
    shutil.copyfile(
        DEMO / "changed" / "fusetools__privacy.html", site_dir / "fusetools/privacy.html"
    )
    unset = run_cli(*crawl)  # SECRET_ENV is not in this process's environment
    assert unset.returncode == 0, unset.stdout + unset.stderr
    assert f"{SECRET_ENV} is not set" in unset.stderr
    assert len(receiver.requests) == 1
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("select status, last_error from alerts order by id").fetchall()
    assert rows[0][0] == "sent" and rows[1][0] == "pending" and SECRET_ENV in rows[1][1]

    status = run_cli("status", "--db", str(db_path), "--ignore", "outdated")
    assert status.returncode == 1
    assert "not delivered" in status.stdout and f"{SECRET_ENV} is not set" in status.stdout
    report = json.loads(run_cli("status", "--db", str(db_path), "--format", "json").stdout)
    [stuck] = report["alerts_undelivered"]
    assert stuck["channel"] == "team" and stuck["alerts"] == 1

    # 'alerts send' knows the channels without a vendors file too; the alert
    # waits for its retry time (backoff), or 'alerts retry' sends it now.
    waiting = run_cli("alerts", "send", "--db", str(db_path), env=secret)
    assert waiting.returncode == 0 and "nothing due" in waiting.stdout, waiting.stderr
    retried = run_cli("alerts", "retry", "2", "--db", str(db_path), env=secret)
    assert retried.returncode == 0, retried.stdout + retried.stderr
    assert len(receiver.requests) == 2
    assert run_cli("status", "--db", str(db_path), "--ignore", "outdated").returncode == 0
