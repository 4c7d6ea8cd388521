"""Slack, generic webhook and apprise through a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json

from policywatch.alerts.delivery import send_pending
from policywatch.alerts.message import Message, notice_from_row
from policywatch.alerts.slack import payload
from policywatch.db.outbox import change_details
from tests.alerts.conftest import BASE_URL, alert_rows, record_change, setup_db, write_vendors


def slack_channel() -> str:
    return f"""\
    - type: slack
      when: any
      webhook_url: ${{SLACK_WEBHOOK_URL}}
      base_url: {BASE_URL}
    """


def test_slack_block_kit_message(tmp_path, db_path, receiver):
    db, config = setup_db(db_path, write_vendors(tmp_path, slack_channel()))
    change_id = record_change(db, "faveo", config.alerts)
    change = next(db.query("select * from changes where id = ?", [change_id]))

    report = send_pending(db, config.alerts, env={"SLACK_WEBHOOK_URL": receiver.url("/slack")})

    assert report.sent == 1, report.lines()
    [request] = receiver.requests
    assert request.path == "/slack"
    body = request.json
    header = body["blocks"][0]
    assert header["type"] == "header"
    assert header["text"]["text"] == (
        f"[policywatch] {change['verdict'].capitalize()} change: Faveo Helpdesk privacy policy"
    )
    assert body["text"] == header["text"]["text"]  # the notification fallback
    fields = "\n".join(f["text"] for f in body["blocks"][1]["fields"])
    assert "*Vendor*\nFaveo Helpdesk" in fields
    assert f"*Verdict*\n{change['verdict']}" in fields
    for category in json.loads(change["categories"]):
        assert category in fields
    texts = json.dumps(body, ensure_ascii=False)
    reasons = json.loads(change["diff_json"])["reasons"]
    assert reasons or change["verdict"] != "material"  # a material verdict carries its reasons
    for reason in reasons[:3]:
        assert f"~{reason['old']}~" in texts
        assert f"→ {reason['new']}" in texts
    [button] = body["blocks"][-1]["elements"]
    assert button["url"] == f"{BASE_URL}/-/policywatch/change/{change_id}"
    assert alert_rows(db)[0]["status"] == "sent"


def test_slack_shows_at_most_three_reasons(tmp_path, db_path):
    """A change with five reasons: three shown with old → new, "and 2 more"."""
    db, config = setup_db(db_path, write_vendors(tmp_path, slack_channel()))
    change_id = record_change(db, "faveo", config.alerts)
    row = change_details(db, [change_id])[change_id]
    diff = json.loads(row["diff_json"])
    diff["reasons"] = [
        {
            "category": f"cat{i}",
            "section": "S",
            "old": f"old {i}",
            "new": f"new {i}",
            "explanation": f"why {i}",
        }
        for i in range(5)
    ]
    row["diff_json"] = json.dumps(diff)
    body = payload(Message([notice_from_row(row, None)], key="k"))
    text = json.dumps(body)
    assert all(f"~old {i}~" in text and f"new {i}" in text for i in range(3))
    assert "old 3" not in text and "and 2 more reasons" in text
    assert "View change" not in text  # no base_url, no button


def test_webhook_posts_the_change_with_an_idempotency_key(tmp_path, db_path, receiver):
    channel = f"""\
    - type: webhook
      when: any
      url: {receiver.url("/hook")}
      headers:
        Authorization: Bearer ${{HOOK_TOKEN}}
    """
    db, config = setup_db(db_path, write_vendors(tmp_path, channel))
    change_id = record_change(db, "fusetools", config.alerts)

    assert send_pending(db, config.alerts, env={"HOOK_TOKEN": "t0k"}).sent == 1

    [request] = receiver.requests
    row = alert_rows(db)[0]
    assert request.headers["Idempotency-Key"] == row["batch_key"]
    assert request.headers["Authorization"] == "Bearer t0k"
    assert request.headers["Content-Type"] == "application/json"
    body = request.json
    assert body["type"] == "change" and body["idempotency_key"] == row["batch_key"]
    change = body["change"]
    assert change["change_id"] == change_id
    assert change["vendor"] == "Fusetools AS" and change["vendor_slug"] == "fusetools"
    assert change["document"] == "Fusetools AS privacy policy"
    assert change["document_url"] == "http://127.0.0.1:9/fusetools/privacy.html"
    stored = next(db.query("select verdict, summary from changes where id = ?", [change_id]))
    assert (change["verdict"], change["summary"]) == (stored["verdict"], stored["summary"])
    assert change["link"] is None  # no base_url configured, none in the environment


def test_500_then_200_delivers_exactly_once(tmp_path, db_path, receiver):
    receiver.statuses = [500]
    channel = f"""\
    - type: webhook
      when: any
      url: {receiver.url("/hook")}
    """
    db, config = setup_db(db_path, write_vendors(tmp_path, channel))
    record_change(db, "faveo", config.alerts)
    t0 = dt.datetime.now(dt.UTC)

    first = send_pending(db, config.alerts, now=t0)
    assert first.failed == 1
    row = alert_rows(db)[0]
    assert row["status"] == "pending" and "HTTP 500" in row["last_error"]
    assert row["next_attempt_at"] == (t0 + dt.timedelta(minutes=1)).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ"
    )

    assert send_pending(db, config.alerts, now=t0 + dt.timedelta(minutes=2)).sent == 1
    for later in (3, 60, 6000):
        assert send_pending(db, config.alerts, now=t0 + dt.timedelta(minutes=later)).attempts == []

    assert len(receiver.requests) == 2  # the 500 and the 200
    keys = {r.headers["Idempotency-Key"] for r in receiver.requests}
    assert len(keys) == 1  # a retry is the same message
    row = alert_rows(db)[0]
    assert row["status"] == "sent" and row["attempts"] == 2 and row["last_error"] is None


def test_backoff_doubles(tmp_path, db_path, receiver):
    receiver.statuses = [500, 500, 500]
    channel = f"""\
    - type: webhook
      when: any
      url: {receiver.url("/hook")}
    """
    db, config = setup_db(db_path, write_vendors(tmp_path, channel))
    record_change(db, "faveo", config.alerts)
    now = dt.datetime.now(dt.UTC)
    gaps = []
    for _ in range(3):
        send_pending(db, config.alerts, now=now)
        due = dt.datetime.strptime(alert_rows(db)[0]["next_attempt_at"], "%Y-%m-%dT%H:%M:%S.%fZ")
        gaps.append(due.replace(tzinfo=dt.UTC) - now)
        now = due.replace(tzinfo=dt.UTC)
    assert gaps == [dt.timedelta(minutes=m) for m in (1, 2, 4)]


def send_by_apprise(tmp_path, db_path, receiver):
    """One change sent through an apprise channel whose URL points at ``receiver``
    (apprise's json:// plugin): the database and the delivery report."""
    channel = """\
    - type: apprise
      when: any
      url: ${APPRISE_URL}
    """
    db, config = setup_db(db_path, write_vendors(tmp_path, channel))
    record_change(db, "faveo", config.alerts)
    port = receiver.server.server_address[1]
    report = send_pending(db, config.alerts, env={"APPRISE_URL": f"json://127.0.0.1:{port}/pw"})
    return db, report


def test_apprise_url_reaches_the_service(tmp_path, db_path, receiver):
    """apprise's json:// plugin stands in for Teams, Discord and the rest."""
    _, report = send_by_apprise(tmp_path, db_path, receiver)

    assert report.sent == 1, report.lines()
    [request] = receiver.requests
    assert request.path == "/pw"
    assert "Faveo Helpdesk privacy policy" in request.json["title"]
    assert "Faveo" in request.json["title"] and request.json["message"]


def test_apprise_failure_is_kept_on_the_row(tmp_path, db_path, receiver):
    receiver.statuses = [503]
    db, report = send_by_apprise(tmp_path, db_path, receiver)
    assert report.failed == 1
    row = alert_rows(db)[0]
    assert row["status"] == "pending" and "apprise could not deliver" in row["last_error"]
