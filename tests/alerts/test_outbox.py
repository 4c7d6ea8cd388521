"""Which changes become alerts, and that they are stored with the change or not at all."""

from __future__ import annotations

import datetime as dt

import pytest

from policywatch.alerts.delivery import send_pending
from policywatch.alerts.outbox import enqueue_alerts
from policywatch.db import versions as store
from tests.alerts.conftest import alert_rows, record_change, setup_db, write_vendors


def hooks(receiver, **filters: str) -> str:
    """Two webhook channels: 'material' (when: material) and 'everything' (when: any)."""
    extra = "".join(f"\n  {k}: {v}" for k, v in filters.items())
    return f"""\
- type: webhook
  name: material
  url: {receiver.url("/material")}{extra}
- type: webhook
  name: everything
  when: any
  url: {receiver.url("/any")}{extra}
"""


def test_cosmetic_change_with_when_material_sends_nothing(tmp_path, db_path, receiver):
    db, config = setup_db(db_path, write_vendors(tmp_path, hooks(receiver)))
    change_id = record_change(db, "fusetools", config.alerts)  # a punctuation edit
    verdict = next(db.query("select verdict from changes where id = ?", [change_id]))["verdict"]
    assert verdict == "cosmetic"

    report = send_pending(db, config.alerts)

    assert [r["channel"] for r in alert_rows(db)] == ["everything"]
    assert report.sent == 1
    assert [r.path for r in receiver.requests] == ["/any"]


def test_vendor_and_tag_filters(tmp_path, db_path, receiver):
    alerts = f"""\
- type: webhook
  name: devtools-team
  when: any
  tags: [devtools]
  url: {receiver.url("/devtools")}
- type: webhook
  name: faveo-owner
  when: any
  vendors: [faveo]
  url: {receiver.url("/faveo")}
- type: webhook
  name: either
  when: any
  vendors: [faveo]
  tags: [devtools]
  url: {receiver.url("/either")}
"""
    db, config = setup_db(db_path, write_vendors(tmp_path, alerts))
    fusetools = record_change(db, "fusetools", config.alerts)
    faveo = record_change(db, "faveo", config.alerts)
    got = {(r["change_id"], r["channel"]) for r in alert_rows(db)}
    assert got == {
        (fusetools, "devtools-team"),
        (fusetools, "either"),
        (faveo, "faveo-owner"),
        (faveo, "either"),
    }


def test_alert_rows_roll_back_with_the_change(tmp_path, db_path):
    """enqueue_alerts never commits: a failure later in the change's transaction
    leaves neither the change nor its alerts."""
    db, config = setup_db(db_path, write_vendors(tmp_path, hooks_any()))
    change_id = record_change(db, "fusetools", config.alerts)
    change = next(db.query("select * from changes where id = ?", [change_id]))
    before = alert_rows(db)

    with pytest.raises(RuntimeError), db.atomic():
        doc = store.load_version(db, change["new_version_id"])
        doc.text += " edited"
        new_id = store.insert_version(
            db,
            change["document_id"],
            doc,
            seen_at="2030-01-01T00:00:00.000000Z",
            snapshot_sha256=None,
            fetch_id=None,
        )
        diff = {"verdict": "editorial", "summary": "x", "items": []}
        new_change = store.insert_change(
            db,
            change["document_id"],
            change["new_version_id"],
            new_id,
            diff,
            detected_at="2030-01-01T00:00:00.000000Z",
        )
        assert enqueue_alerts(db, new_change, config.alerts) == 1
        raise RuntimeError("crash after the alerts were queued, before commit")

    assert alert_rows(db) == before
    assert db.execute("select count(*) from changes").fetchone()[0] == 1


def hooks_any() -> str:
    return """\
- type: webhook
  when: any
  url: http://127.0.0.1:9/never-called
"""


def test_daily_digest_groups_changes_into_one_message(tmp_path, db_path, receiver):
    alerts = f"""\
- type: webhook
  when: any
  digest: daily
  digest_at: "07:30"
  url: {receiver.url("/digest")}
"""
    db, config = setup_db(db_path, write_vendors(tmp_path, alerts))
    ids = [record_change(db, slug, config.alerts) for slug in ("fusetools", "faveo")]
    rows = alert_rows(db)
    due = {r["next_attempt_at"] for r in rows}
    assert len(due) == 1 and due.pop()[11:16] == "07:30"

    now = dt.datetime.now(dt.UTC)
    assert send_pending(db, config.alerts, now=now).attempts == []  # not yet digest time
    report = send_pending(db, config.alerts, now=now + dt.timedelta(days=1))

    assert report.sent == 2 and len(report.attempts) == 1
    [request] = receiver.requests
    body = request.json
    assert body["type"] == "digest"
    assert [c["change_id"] for c in body["changes"]] == ids
    assert {r["batch_key"] for r in alert_rows(db)} == {request.headers["Idempotency-Key"]}
    assert request.headers["Idempotency-Key"].startswith("digest-")
    assert send_pending(db, config.alerts, now=now + dt.timedelta(days=3)).attempts == []
