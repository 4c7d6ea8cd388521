"""The alert outbox: which channels should hear about a change.

Rows are written inside the transaction that stores the change, so a crash
can neither lose an alert nor invent one. Delivery happens later.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from policywatch.db.connection import utcnow


def channel_name(channel: dict[str, Any], index: int) -> str:
    """A stable name for a configured channel: its ``name`` or ``type-N``."""
    return str(channel.get("name") or f"{channel.get('type', 'channel')}-{index + 1}")


def enqueue_alerts(db: Database, change_id: int, channels: list[dict[str, Any]]) -> int:
    """Queue one pending alert per matching channel; return how many."""
    change = next(db.query("select verdict from changes where id = ?", [change_id]))
    queued = 0
    for index, channel in enumerate(channels):
        when = channel.get("when", "material")
        if when == "material" and change["verdict"] != "material":
            continue
        if change["verdict"] in ("unchanged", "suspect"):
            continue
        db.execute(
            "insert or ignore into alerts (change_id, channel, status, attempts, next_attempt_at,"
            " created_at) values (?, ?, 'pending', 0, ?, ?)",
            [change_id, channel_name(channel, index), utcnow(), utcnow()],
        )
        queued += 1
    return queued
