"""Which channels hear of a change, and the idempotency key of each send.

    >>> from policywatch.db import open_db
    >>> enqueue_alerts(open_db(":memory:"), 1, [])
    0

The outbox's rows and every SQL statement about them are in
:mod:`policywatch.db.outbox` (its docstring draws their life); here are the
decisions: :func:`enqueue_alerts` queues a row for each channel that wants a
change, inside the transaction that stores the change (the recorder's), so a
crash can neither lose an alert nor invent one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from policywatch.alerts.channels import as_channels
from policywatch.db import outbox as store

if TYPE_CHECKING:
    from sqlite_utils import Database


def enqueue_alerts(db: Database, change_id: int, channels: Sequence[Any]) -> int:
    """Queue one pending alert per channel that wants this change; return how many.

    Runs inside the caller's transaction and never commits: the alert rows
    and the change they announce are stored together or not at all.
    ``channels`` is ``Config.alerts`` (raw) or parsed :class:`Channel` objects.
    """
    if not channels:
        return 0
    change = store.change_audience(db, change_id)
    tags = json.loads(change["tags"] or "[]")
    now = dt.datetime.now(dt.UTC)
    queued = 0
    for channel in as_channels(list(channels)):
        if not channel.wants(change["verdict"], change["slug"], tags):
            continue
        # A digest channel's rows wait for the next digest time; others are due now.
        due = channel.next_digest(now) if channel.digest else now
        queued += store.insert_alert(db, change_id, channel.name, due, now)
    return queued


def batch_key(kind: str, first: dict[str, Any]) -> str:
    """A stable idempotency key: ``alert-12-3fa9c1d27b04``.

    The hash of the row's creation time and channel keeps keys from two
    databases apart (both have an alert 12) while staying the same for every
    retry of this row.
    """
    salt = hashlib.sha256(f"{first['created_at']}|{first['channel']}".encode()).hexdigest()
    return f"{kind}-{first['id']}-{salt[:12]}"
