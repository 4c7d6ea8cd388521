"""The alert outbox and the stored alert channels: every SQL statement about alerts.

One row per (change, channel) in ``alerts``. Its life::

    pending --claim--> sending --transport ok--> sent       (never sent again)
       ^                  |
       +---- failure -----+  (last_error, attempts, next_attempt_at = backoff)
       +---- stale lease -+  (process died mid-send: in_doubt = 1, re-sent)

Rows are inserted by :func:`policywatch.alerts.outbox.enqueue_alerts` inside
the transaction that stores the change (the recorder's), so a crash can
neither lose an alert nor invent one. Delivery
(:mod:`policywatch.alerts.delivery`) claims rows in a transaction of its own
*before* it talks to the network; that claim is what makes a crash between
the send and the mark detectable.

    >>> from policywatch.db import open_db
    >>> db = open_db(":memory:")
    >>> list_alerts(db)
    []
    >>> save_channels(db, [{"type": "slack", "webhook_url": "${SLACK_WEBHOOK_URL}"}])
    >>> stored_channels(db)
    [{'type': 'slack', 'webhook_url': '${SLACK_WEBHOOK_URL}'}]
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from policywatch.db.connection import iso, utcnow


def change_audience(db: Database, change_id: int) -> dict[str, Any]:
    """What decides who hears of a change: its verdict, its vendor's slug and tags."""
    return dict(
        next(
            db.query(
                "select c.verdict, c.detected_at, v.slug, v.tags from changes c"
                " join documents d on d.id = c.document_id join vendors v on v.id = d.vendor_id"
                " where c.id = ?",
                [change_id],
            )
        )
    )


def insert_alert(
    db: Database, change_id: int, channel: str, due: dt.datetime, now: dt.datetime
) -> int:
    """Queue one pending alert (once per change and channel); return 1 if it is new."""
    cursor = db.execute(
        "insert or ignore into alerts (change_id, channel, status, attempts, next_attempt_at,"
        " created_at) values (?, ?, 'pending', 0, ?, ?)",
        [change_id, channel, iso(due), iso(now)],
    )
    return int(cursor.rowcount)


def recover_stale(db: Database, now: dt.datetime, lease: dt.timedelta) -> list[int]:
    """Rows stuck in ``sending`` longer than ``lease``: their process died mid-send.

    Nobody can know whether the message went out, so they become pending
    again, marked ``in_doubt`` (the re-send says "possible duplicate") and
    keep their ``batch_key`` so the channel can recognise the duplicate.
    """
    cutoff = iso(now - lease)
    with db.atomic():
        ids = [
            r["id"]
            for r in db.query(
                "select id from alerts where status = 'sending' and sending_at < ?", [cutoff]
            )
        ]
        for alert_id in ids:
            db.execute(
                "update alerts set status = 'pending', in_doubt = 1, next_attempt_at = ?,"
                " last_error = 'delivery started at ' || sending_at || ' was never confirmed"
                " (process stopped?); re-sending' where id = ? and status = 'sending'",
                [iso(now), alert_id],
            )
    return ids


def due_alerts(
    db: Database, now: dt.datetime, alert_ids: Iterable[int] | None = None
) -> list[dict[str, Any]]:
    """Pending rows whose next attempt is due, oldest first."""
    sql = "select * from alerts where status = 'pending' and next_attempt_at <= ?"
    params: list[Any] = [iso(now)]
    if alert_ids is not None:
        ids = list(alert_ids)
        sql += f" and id in ({', '.join('?' * len(ids))})" if ids else " and 0"
        params += ids
    return list(db.query(sql + " order by id", params))


def claim(db: Database, rows: list[dict[str, Any]], key: str, now: dt.datetime) -> list[int]:
    """Mark rows ``sending`` (committed) before the send; return the ids we won.

    The ``status = 'pending'`` guard makes this safe against a second
    ``alerts send`` running at the same time: each row is claimed once.
    """
    won = []
    with db.atomic():
        for row in rows:
            cursor = db.execute(
                "update alerts set status = 'sending', sending_at = ?, attempts = attempts + 1,"
                " batch_key = coalesce(batch_key, ?) where id = ? and status = 'pending'",
                [iso(now), key, row["id"]],
            )
            if cursor.rowcount:
                won.append(row["id"])
    return won


def mark_sent(db: Database, ids: list[int], now: dt.datetime, note: str | None = None) -> None:
    """Sent for good; ``note`` keeps a warning (e.g. a refused email recipient)."""
    with db.atomic():
        for alert_id in ids:
            db.execute(
                "update alerts set status = 'sent', sent_at = ?, last_error = ?"
                " where id = ? and status = 'sending'",
                [iso(now), note, alert_id],
            )


def mark_failed(db: Database, ids: list[int], error: str, retry_at: dt.datetime) -> None:
    """Back to pending with the error and the next attempt time."""
    with db.atomic():
        for alert_id in ids:
            db.execute(
                "update alerts set status = 'pending', last_error = ?, next_attempt_at = ?"
                " where id = ? and status = 'sending'",
                [error[:2000], iso(retry_at), alert_id],
            )


def change_details(db: Database, change_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The change rows with their vendor and document, keyed by change id."""
    ids = list(change_ids)
    if not ids:
        return {}
    rows = db.query(
        "select c.*, d.url as document_url, d.doc_type, d.title as document_title,"
        " v.name as vendor_name, v.slug as vendor_slug, v.tags as vendor_tags,"
        # The objection deadline, defined once in the change_review view (issue 18).
        " (select objection_deadline from change_review where change_id = c.id)"
        " as objection_deadline"
        " from changes c join documents d on d.id = c.document_id"
        f" join vendors v on v.id = d.vendor_id where c.id in ({', '.join('?' * len(ids))})",
        ids,
    )
    return {r["id"]: dict(r) for r in rows}


def list_alerts(db: Database, *, pending: bool = False, limit: int = 200) -> list[dict[str, Any]]:
    """Newest first, with vendor, document type and verdict, for ``alerts list``."""
    where = "where a.status != 'sent'" if pending else ""
    return list(
        db.query(
            "select a.id, a.change_id, a.channel, a.status, a.attempts, a.next_attempt_at,"
            " a.last_error, a.created_at, a.sent_at, a.sending_at, a.in_doubt, a.batch_key,"
            " v.slug as vendor_slug, d.doc_type, c.verdict"
            " from alerts a join changes c on c.id = a.change_id"
            " join documents d on d.id = c.document_id join vendors v on v.id = d.vendor_id"
            f" {where} order by a.id desc limit ?",
            [limit],
        )
    )


def undelivered(db: Database) -> list[dict[str, Any]]:
    """Unsent alerts whose last delivery attempt failed, per channel and error.

    ``policywatch status`` shows these: a channel whose ``${VARIABLE}`` is
    unset, or that is down, keeps its alerts pending here.
    """
    return [
        dict(r)
        for r in db.query(
            "select channel, last_error, count(*) as alerts, min(created_at) as oldest"
            " from alerts where status != 'sent' and attempts > 0 and last_error is not null"
            " group by channel, last_error order by channel, oldest"
        )
    ]


def get_alert(db: Database, alert_id: int) -> dict[str, Any] | None:
    return next(db.query("select * from alerts where id = ?", [alert_id]), None)


def requeue(db: Database, alert_id: int, now: dt.datetime) -> list[int]:
    """Make an unsent alert (and the rest of its digest) due now; return the ids.

    A row still ``sending`` is taken over as in doubt: the operator says its
    process is gone. Raises ``LookupError`` for an unknown id and
    ``ValueError`` for one already sent - a sent alert is never sent again.
    """
    row = get_alert(db, alert_id)
    if row is None:
        raise LookupError(f"no alert with id {alert_id}")
    if row["status"] == "sent":
        raise ValueError(f"alert {alert_id} was sent at {row['sent_at']}; it is not sent twice")
    with db.atomic():
        members = [alert_id]
        if row["batch_key"]:
            members = [
                r["id"]
                for r in db.query(
                    "select id from alerts where batch_key = ? and status != 'sent'",
                    [row["batch_key"]],
                )
            ]
        for member in members:
            db.execute(
                "update alerts set in_doubt = in_doubt or status = 'sending',"
                " status = 'pending', next_attempt_at = ? where id = ? and status != 'sent'",
                [iso(now), member],
            )
    return members


# --- The channels themselves, as the vendors file gave them --------------------------


def save_channels(db: Database, channels: list[dict[str, Any]]) -> None:
    """Store the vendors file's ``alerts:`` list as given (``${VAR}`` never expanded).

    It replaces what was stored: the file is the truth. Call it inside the
    sync's transaction. Secrets are only ever ``${VAR}`` references (the
    file's check refuses anything else), so no secret reaches the database.
    """
    db.execute("delete from alert_channels")
    now = utcnow()
    for position, channel in enumerate(channels):
        db.execute(
            "insert into alert_channels (position, settings, synced_at) values (?, ?, ?)",
            [position, json.dumps(channel, ensure_ascii=False, sort_keys=True), now],
        )


def stored_channels(db: Database) -> list[dict[str, Any]]:
    """The ``alerts:`` list last synced from the vendors file, in its order."""
    return [
        json.loads(r["settings"])
        for r in db.query("select settings from alert_channels order by position")
    ]
