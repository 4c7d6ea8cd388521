"""The process dies after the channel has the message and before it is marked sent.

The receiver (HTTP or SMTP) kills the real ``policywatch alerts send``
process the moment the message has arrived, before answering. What
docs/alerts.md promises then:

* the row stays ``sending`` (visible in ``alerts list --pending``), and a
  run within the lease does not send it again (the first process might
  still be alive and about to mark it);
* after the lease, or at once with ``alerts retry ID``, it is sent again
  with the *same* idempotency key / Message-ID, flagged "possible
  duplicate", then marked sent and never sent again.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from policywatch.alerts.delivery import LEASE, send_pending
from tests.alerts.conftest import alert_rows, record_change, setup_db, write_vendors
from tests.alerts.servers import Receiver, SMTPSink
from tests.conftest import run_cli


def channel_yaml(kind: str, receiver: Receiver, smtp: SMTPSink) -> str:
    if kind == "email":
        return f"""\
- type: email
  when: any
  to: ops@example.com
  from: policywatch@example.com
  smtp_host: 127.0.0.1
  smtp_port: {smtp.port}
"""
    if kind == "slack":
        return "- type: slack\n  when: any\n  webhook_url: ${SLACK_WEBHOOK_URL}\n"
    return f"- type: webhook\n  when: any\n  url: {receiver.url('/hook')}\n"


def killed_send(db_path: Path, vendors: Path, env: dict[str, str], arm: Any) -> None:
    """Run the real CLI; ``arm(kill)`` installs ``kill`` as the receiver's hook."""
    holder: dict[str, subprocess.Popen[str]] = {}
    ready = threading.Event()

    def kill(*_: object) -> None:
        ready.wait(10)
        os.kill(holder["proc"].pid, signal.SIGKILL)

    arm(kill)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "policywatch",
            "alerts",
            "send",
            "--db",
            str(db_path),
            "--vendors",
            str(vendors),
        ],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    holder["proc"] = proc
    ready.set()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, err
    arm(None)


@pytest.mark.parametrize("kind", ["webhook", "slack", "email"])
def test_kill_between_send_and_mark(kind, tmp_path, db_path, receiver, smtp):
    vendors = write_vendors(tmp_path, channel_yaml(kind, receiver, smtp))
    db, config = setup_db(db_path, vendors)
    record_change(db, "faveo", config.alerts)
    env = {"SLACK_WEBHOOK_URL": receiver.url("/slack")}

    def arm(hook: Any) -> None:
        receiver.on_request = hook
        smtp.on_data = hook

    def received() -> list[Any]:
        return smtp.messages if kind == "email" else receiver.requests

    killed_send(db_path, vendors, env, arm)
    assert len(received()) == 1
    [row] = alert_rows(db)
    assert row["status"] == "sending" and row["attempts"] == 1 and row["sending_at"]

    # Within the lease: not re-sent, and the operator can see it.
    again = run_cli("alerts", "send", "--db", str(db_path), "--vendors", str(vendors), env=env)
    assert again.returncode == 0, again.stderr
    assert "nothing due" in again.stdout
    listed = run_cli("alerts", "list", "--pending", "--db", str(db_path))
    assert f"sending since {row['sending_at']}" in listed.stdout
    assert len(received()) == 1

    # After the lease: re-sent once, recognisably the same message.
    later = dt.datetime.now(dt.UTC) + LEASE + dt.timedelta(minutes=1)
    report = send_pending(db, config.alerts, now=later, env=env)
    assert report.recovered == [row["id"]] and report.sent == 1
    first, second = received()
    if kind == "email":
        assert first["Message-ID"] == second["Message-ID"] == f"<{row['batch_key']}@example.com>"
        assert "Possible duplicate" in second.get_body(("plain",)).get_content()
    elif kind == "webhook":
        assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]
        assert (first.json["possible_duplicate"], second.json["possible_duplicate"]) == (
            False,
            True,
        )
    else:  # Slack has no idempotency key: the duplicate says so in the message.
        assert "Possible duplicate" in second.body.decode()
        assert "Possible duplicate" not in first.body.decode()

    [row] = alert_rows(db)
    assert row["status"] == "sent" and row["attempts"] == 2 and row["in_doubt"] == 1
    final = run_cli("alerts", "send", "--db", str(db_path), "--vendors", str(vendors), env=env)
    assert final.returncode == 0 and len(received()) == 2


def test_retry_takes_over_an_unconfirmed_send_at_once(tmp_path, db_path, receiver, smtp):
    vendors = write_vendors(tmp_path, channel_yaml("webhook", receiver, smtp))
    db, config = setup_db(db_path, vendors)
    record_change(db, "faveo", config.alerts)

    def arm(hook: Any) -> None:
        receiver.on_request = hook

    killed_send(db_path, vendors, {}, arm)
    [row] = alert_rows(db)
    retried = run_cli(
        "alerts", "retry", str(row["id"]), "--db", str(db_path), "--vendors", str(vendors)
    )
    assert retried.returncode == 0, retried.stdout + retried.stderr
    assert "possible duplicate" in retried.stdout
    assert len(receiver.requests) == 2
    assert alert_rows(db)[0]["status"] == "sent"

    # A sent alert is never sent again, not even on request.
    refused = run_cli("alerts", "retry", str(row["id"]), "--db", str(db_path))
    assert refused.returncode == 2 and "not sent twice" in refused.stderr
    assert len(receiver.requests) == 2
