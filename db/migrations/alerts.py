"""Migrations of alert delivery: idempotent sends, digests, the vendors file's channels.

Never edit a migration once it has shipped: add a new one (see :mod:`policywatch.db.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database


def m003_alert_delivery(db: Database) -> None:
    """Columns and tables for alert delivery and digests (issue 5)."""
    # batch_key: the idempotency key (Message-ID, Idempotency-Key); rows of one
    # digest share it. sending_at: set before the send, so a crash between send
    # and mark is visible. in_doubt: a re-send after such a crash.
    alerts = db.table("alerts")
    alerts.add_column("batch_key", str)
    alerts.add_column("sending_at", str)
    alerts.add_column("in_doubt", int, not_null_default=0)
    alerts.create_index(["batch_key"])


def m006_alert_channels(db: Database) -> None:
    """The vendors file's ``alerts:`` channels, stored by ``vendors sync`` (issue 15).

    A crawl or ``alerts send`` without ``--vendors`` uses them, so a change
    found by such a crawl is never left without its alerts. ``settings`` is
    the channel as written in the file (JSON): secrets only as ``${VAR}``
    names, resolved from the environment at send time, never stored.
    """
    db.table("alert_channels").create(
        {"position": int, "settings": str, "synced_at": str},
        pk="position",
        not_null={"settings"},
    )
