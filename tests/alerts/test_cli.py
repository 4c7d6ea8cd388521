"""The real ``policywatch`` command: crawl → alerts send, list, test, and bad input."""

from __future__ import annotations

import json
import shutil

from policywatch.commands.demo import demo_vendors_yaml
from policywatch.db import open_db
from tests.alerts.conftest import record_change, setup_db, write_vendors
from tests.conftest import DEMO, run_cli


def test_crawl_then_send_only_what_each_channel_wants(
    tmp_path, site_dir, local_site, db_path, receiver
):
    """End to end: a real crawl of the local site stores a cosmetic change;
    the 'when: material' channel hears nothing, the 'when: any' one once."""
    config = json.loads(demo_vendors_yaml(local_site.base_url))
    config["alerts"] = [
        {"type": "webhook", "name": "material", "url": receiver.url("/material")},
        {"type": "webhook", "name": "any", "when": "any", "url": receiver.url("/any")},
    ]
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config))
    crawl = ["crawl", "--db", str(db_path), "--vendors", str(vendors), "--no-alerts"]
    assert run_cli(*crawl).returncode == 0
    shutil.copyfile(
        DEMO / "changed" / "fusetools__privacy.html", site_dir / "fusetools" / "privacy.html"
    )
    assert run_cli(*crawl).returncode == 0
    assert receiver.requests == []  # --no-alerts

    sent = run_cli("alerts", "send", "-v", "--db", str(db_path), "--vendors", str(vendors))

    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "Alerts: 1 sent, 0 failed" in sent.stdout
    assert [r.path for r in receiver.requests] == ["/any"]
    assert receiver.requests[0].json["change"]["vendor_slug"] == "fusetools"
    listed = run_cli("alerts", "list", "--db", str(db_path))
    assert " any " in listed.stdout and "fusetools" in listed.stdout and "sent " in listed.stdout
    pending = run_cli("alerts", "list", "--pending", "--db", str(db_path))
    assert pending.stdout.strip() == "No pending alerts."


def test_failed_send_exits_1_and_lists_the_error(tmp_path, db_path, receiver):
    receiver.statuses = [500]
    vendors = write_vendors(
        tmp_path, f"- type: webhook\n  when: any\n  url: {receiver.url('/hook')}\n"
    )
    db, config = setup_db(db_path, vendors)
    record_change(db, "faveo", config.alerts)

    sent = run_cli("alerts", "send", "--db", str(db_path), "--vendors", str(vendors))

    assert sent.returncode == 1
    assert "FAILED: webhook answered HTTP 500" in sent.stdout
    listed = run_cli("alerts", "list", "--pending", "--db", str(db_path))
    assert "pending, next attempt" in listed.stdout and "HTTP 500" in listed.stdout


def test_alerts_test_reports_each_channel(tmp_path, receiver, smtp):
    vendors = write_vendors(
        tmp_path,
        f"""\
- type: webhook
  url: {receiver.url("/hook")}
- type: email
  to: ops@example.com
  from: policywatch@example.com
  smtp_host: 127.0.0.1
  smtp_port: {smtp.port}
- type: slack
  webhook_url: ${{SLACK_WEBHOOK_URL}}
""",
    )
    result = run_cli("alerts", "test", "--vendors", str(vendors), env={"SLACK_WEBHOOK_URL": ""})
    lines = result.stdout.splitlines()
    assert result.returncode == 1
    assert lines[0].split() == ["webhook", "webhook", "ok"]
    assert lines[1].split() == ["email", "email", "ok"]
    assert lines[2].startswith("slack") and "FAILED" in lines[2]
    assert lines[3] == "2 of 3 channels work."
    assert receiver.requests[0].json["test"] is True
    assert smtp.messages[0]["Subject"].startswith("[policywatch] TEST Material change:")


def test_bad_alerts_block_is_a_usage_error_with_its_line(tmp_path, db_path):
    vendors = write_vendors(tmp_path, "- type: slack\n  webhook_url: https://hooks.slack.com/x\n")
    result = run_cli("vendors", "sync", str(vendors), "--db", str(db_path))
    assert result.returncode == 2
    assert f"{vendors}:14: alert channel #1: 'webhook_url' is a secret" in result.stderr


def test_send_needs_a_vendors_file(db_path):
    open_db(db_path).close()  # a missing database is said first (tests/test_edges_db.py)
    result = run_cli("alerts", "send", "--db", str(db_path), env={"POLICYWATCH_VENDORS": ""})
    assert result.returncode == 2 and "--vendors" in result.stderr


def test_crawl_delivers_at_its_end(tmp_path, site_dir, local_site, db_path, receiver):
    """Without --no-alerts, the crawl that stores the change also sends it."""
    config = json.loads(demo_vendors_yaml(local_site.base_url))
    config["alerts"] = [{"type": "webhook", "when": "any", "url": receiver.url("/any")}]
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config))
    crawl = ["crawl", "--db", str(db_path), "--vendors", str(vendors)]
    assert run_cli(*crawl).returncode == 0
    assert receiver.requests == []  # first crawl: versions, no changes
    shutil.copyfile(
        DEMO / "changed" / "fusetools__privacy.html", site_dir / "fusetools" / "privacy.html"
    )
    second = run_cli(*crawl)
    assert second.returncode == 0, second.stdout + second.stderr
    assert [r.json["change"]["vendor_slug"] for r in receiver.requests] == ["fusetools"]
    assert run_cli(*crawl).returncode == 0
    assert len(receiver.requests) == 1  # sent once, not again by the next crawl
