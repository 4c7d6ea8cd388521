"""Email through a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json

from policywatch.alerts.delivery import send_pending
from tests.alerts.conftest import BASE_URL, alert_rows, record_change, setup_db, write_vendors
from tests.alerts.servers import SMTPSink, free_port, self_signed


def email_channel(port: int, extra: str = "") -> str:
    return f"""\
    - type: email
      when: any
      to: [privacy@example.com, legal@example.com]
      from: policywatch@example.com
      smtp_host: 127.0.0.1
      smtp_port: {port}
      base_url: {BASE_URL}
    {extra}"""


def test_material_change_arrives_as_multipart_mail(tmp_path, db_path, smtp):
    db, config = setup_db(db_path, write_vendors(tmp_path, email_channel(smtp.port)))
    change_id = record_change(db, "faveo", config.alerts)
    change = next(db.query("select * from changes where id = ?", [change_id]))

    report = send_pending(db, config.alerts)

    assert report.ok and report.sent == 1
    assert len(smtp.messages) == 1
    mail = smtp.messages[0]
    verdict = change["verdict"].capitalize()
    assert mail["Subject"] == f"[policywatch] {verdict} change: Faveo Helpdesk privacy policy"
    assert mail["From"] == "policywatch@example.com"
    assert mail["To"] == "privacy@example.com, legal@example.com"
    assert smtp.envelopes[0] == (
        "policywatch@example.com",
        ["privacy@example.com", "legal@example.com"],
    )
    row = alert_rows(db)[0]
    # Deterministic from the alert: every attempt carries the same id.
    assert mail["Message-ID"] == f"<{row['batch_key']}@example.com>"
    assert row["batch_key"].startswith(f"alert-{row['id']}-")
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail.get_content_type() == "multipart/alternative"
    plain = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    link = f"{BASE_URL}/-/policywatch/change/{change_id}"
    for part in (plain, html):
        assert "Faveo Helpdesk" in part
        assert link in part
        assert change["verdict"] in part
    # The reasons with old -> new, straight from the stored diff.
    for reason in json.loads(change["diff_json"])["reasons"][:3]:
        assert reason["explanation"] in plain
        assert "<del" in html and "<ins" in html
    assert row["status"] == "sent" and row["attempts"] == 1 and row["last_error"] is None


def test_server_down_then_up_delivers_exactly_once(tmp_path, db_path):
    port = free_port()  # nothing listens here yet
    db, config = setup_db(db_path, write_vendors(tmp_path, email_channel(port)))
    record_change(db, "faveo", config.alerts)
    t0 = dt.datetime.now(dt.UTC)

    first = send_pending(db, config.alerts, now=t0)
    assert first.failed == 1 and not first.ok
    row = alert_rows(db)[0]
    assert row["status"] == "pending" and row["attempts"] == 1
    assert "Connection refused" in row["last_error"] or "Errno" in row["last_error"]
    assert row["next_attempt_at"] > row["created_at"]  # backoff, not "due now"

    with SMTPSink(port) as smtp:
        # Not yet due: the backoff holds even though the server is back.
        assert str(send_pending(db, config.alerts, now=t0)) == "Alerts: nothing due."
        assert smtp.messages == []
        second = send_pending(db, config.alerts, now=t0 + dt.timedelta(minutes=2))
        assert second.sent == 1
        third = send_pending(db, config.alerts, now=t0 + dt.timedelta(days=2))
        assert third.attempts == []
        assert len(smtp.messages) == 1
    row = alert_rows(db)[0]
    assert row["status"] == "sent" and row["attempts"] == 2 and row["last_error"] is None


def test_starttls_and_login(tmp_path, db_path, monkeypatch):
    context, ca_file = self_signed(tmp_path)
    extra = f"""  starttls: true
      username: policywatch
      password: ${{SMTP_PASSWORD}}
      ca_file: {ca_file}"""
    with SMTPSink(tls=context, login=("policywatch", "s3cret")) as smtp:
        db, config = setup_db(db_path, write_vendors(tmp_path, email_channel(smtp.port, extra)))
        record_change(db, "faveo", config.alerts)

        wrong = send_pending(db, config.alerts, env={"SMTP_PASSWORD": "nope"})
        assert wrong.failed == 1 and "Authentication" in (wrong.attempts[0].error or "")
        assert "nope" not in (alert_rows(db)[0]["last_error"] or "")

        later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
        right = send_pending(db, config.alerts, env={"SMTP_PASSWORD": "s3cret"}, now=later)
        assert right.sent == 1
        assert len(smtp.messages) == 1
    # The password is never in the database.
    assert "s3cret" not in db_path.read_bytes().decode("latin-1")


def test_unset_password_variable_is_reported_not_crashed(tmp_path, db_path, smtp):
    extra = """  username: policywatch
      password: ${SMTP_PASSWORD}"""
    db, config = setup_db(db_path, write_vendors(tmp_path, email_channel(smtp.port, extra)))
    record_change(db, "faveo", config.alerts)
    report = send_pending(db, config.alerts, env={})
    assert report.failed == 1
    assert "SMTP_PASSWORD is not set" in (alert_rows(db)[0]["last_error"] or "")
    assert alert_rows(db)[0]["status"] == "pending"
    assert smtp.messages == []
