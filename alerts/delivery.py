"""Deliver the outbox: ``send_pending`` claims, sends and marks each due alert.

    >>> from policywatch.db import open_db
    >>> report = send_pending(open_db(":memory:"), [])
    >>> str(report)
    'Alerts: nothing due.'

``policywatch crawl`` calls :func:`send_pending` at its end (unless
``--no-alerts``), and ``policywatch alerts send`` calls it on its own. For
each due alert (or digest): commit ``sending`` → send → commit ``sent``, or
on failure commit ``pending`` with the error and an exponential-backoff
``next_attempt_at``. A row left ``sending`` by a process that died is
re-sent after :data:`LEASE` with the same idempotency key; docs/alerts.md
explains the one window where that can duplicate a message.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from policywatch.alerts.channels import Channel, as_channels
from policywatch.alerts.message import Message, notice_from_row, sample_message
from policywatch.alerts.outbox import batch_key
from policywatch.alerts.senders import send
from policywatch.db import outbox
from policywatch.db.connection import iso

if TYPE_CHECKING:
    from sqlite_utils import Database

# Longer than any send can take (timeouts are 30 s), so a row still
# "sending" after this belongs to a process that is gone.
LEASE = dt.timedelta(minutes=15)
BACKOFF_FIRST = dt.timedelta(minutes=1)
BACKOFF_MAX = dt.timedelta(hours=6)


def backoff(attempts: int) -> dt.timedelta:
    """Delay after the n-th failed attempt: 1, 2, 4, 8 ... minutes, at most 6 hours."""
    return min(BACKOFF_FIRST * 2 ** max(0, attempts - 1), BACKOFF_MAX)


@dataclass
class Attempt:
    """One send: the alerts it carried (several for a digest) and how it went."""

    channel: str
    alert_ids: list[int]
    key: str
    ok: bool
    error: str | None = None
    retry_at: str | None = None
    in_doubt: bool = False


@dataclass
class DeliveryReport:
    attempts: list[Attempt] = field(default_factory=list)
    recovered: list[int] = field(default_factory=list)
    unknown_channels: dict[str, list[int]] = field(default_factory=dict)

    @property
    def sent(self) -> int:
        return sum(len(a.alert_ids) for a in self.attempts if a.ok)

    @property
    def failed(self) -> int:
        return sum(len(a.alert_ids) for a in self.attempts if not a.ok)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def __str__(self) -> str:
        if not self.attempts and not self.recovered and not self.unknown_channels:
            return "Alerts: nothing due."
        text = f"Alerts: {self.sent} sent, {self.failed} failed (kept pending, will retry)"
        if self.recovered:
            text += f", {len(self.recovered)} re-queued after an unconfirmed send"
        if self.unknown_channels:
            text += f"; waiting for unconfigured channels: {', '.join(self.unknown_channels)}"
        return text + "."

    def lines(self, *, failed_only: bool = False) -> list[str]:
        """One line per send (or per failed send), for ``alerts send`` and the crawl."""
        out = []
        for a in self.attempts:
            if failed_only and a.ok:
                continue
            ids = ", ".join(map(str, a.alert_ids))
            state = "sent" if a.ok else f"FAILED: {a.error} (next attempt {a.retry_at})"
            doubt = " (re-send, possible duplicate)" if a.in_doubt else ""
            out.append(f"alert {ids} -> {a.channel}: {state}{doubt}")
        return out


def send_pending(
    db: Database,
    channels: Sequence[Any],
    *,
    now: dt.datetime | None = None,
    alert_ids: Iterable[int] | None = None,
    env: Mapping[str, str] | None = None,
) -> DeliveryReport:
    """Send every due alert through its channel; return what happened.

    ``channels`` is ``Config.alerts`` (raw dicts) or parsed channels; ``now``
    fixes the clock (tests, and ``alerts send`` replays); ``alert_ids``
    limits the run (``alerts retry``); ``env`` replaces ``os.environ`` for
    ``${VAR}`` references. Never raises for a delivery problem: those are
    stored on the rows and reported.
    """
    clock: Callable[[], dt.datetime] = (lambda: now) if now else (lambda: dt.datetime.now(dt.UTC))
    by_name = {c.name: c for c in as_channels(list(channels))}
    report = DeliveryReport(recovered=outbox.recover_stale(db, clock(), LEASE))
    for channel_name, rows, key in _batches(outbox.due_alerts(db, clock(), alert_ids), by_name):
        channel = by_name.get(channel_name)
        if channel is None:
            report.unknown_channels.setdefault(channel_name, []).extend(r["id"] for r in rows)
            continue
        attempt = _deliver(db, channel, rows, key, clock, env)
        if attempt is not None:
            report.attempts.append(attempt)
    return report


def _batches(
    rows: list[dict[str, Any]], channels: dict[str, Channel]
) -> list[tuple[str, list[dict[str, Any]], str]]:
    """Group due rows into sends: ``(channel name, rows, idempotency key)``.

    A row that already has a ``batch_key`` (an earlier attempt) keeps it and
    its companions, so a retried digest is the same message. New rows of a
    digest channel form one batch; other channels send one row at a time.
    """
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        channel = channels.get(row["channel"])
        if row["batch_key"]:
            key = row["batch_key"]
        elif channel is not None and channel.digest:
            key = f"new-digest-{row['channel']}"
        else:
            key = batch_key("alert", row)
        groups.setdefault((row["channel"], key), []).append(row)
    out = []
    for (name, key), members in groups.items():
        if key.startswith("new-digest-"):
            key = batch_key("digest", members[0])
        out.append((name, members, key))
    return out


def _deliver(
    db: Database,
    channel: Channel,
    rows: list[dict[str, Any]],
    key: str,
    clock: Callable[[], dt.datetime],
    env: Mapping[str, str] | None,
) -> Attempt | None:
    won = outbox.claim(db, rows, key, clock())
    if not won:
        return None  # another "alerts send" got there first
    rows = [r for r in rows if r["id"] in won]
    in_doubt = any(r["in_doubt"] for r in rows)
    try:
        message = _message(db, channel, rows, key, in_doubt, env)
        note = send(channel, message, env)
    except Exception as exc:
        # Every failure, even a bug in rendering, must leave the row pending
        # rather than "sending" (which would read as a crash mid-send).
        retry_at = clock() + backoff(max(r["attempts"] for r in rows) + 1)
        error = str(exc) or type(exc).__name__
        outbox.mark_failed(db, won, error, retry_at)
        return Attempt(channel.name, won, key, False, error, iso(retry_at), in_doubt)
    outbox.mark_sent(db, won, clock(), note)
    return Attempt(channel.name, won, key, True, note, in_doubt=in_doubt)


def _message(
    db: Database,
    channel: Channel,
    rows: list[dict[str, Any]],
    key: str,
    in_doubt: bool,
    env: Mapping[str, str] | None,
) -> Message:
    details = outbox.change_details(db, sorted({r["change_id"] for r in rows}))
    base = channel.link_base(env)
    notices = [notice_from_row(details[cid], base) for cid in sorted(details)]
    digest = bool(channel.digest) or len(notices) > 1
    return Message(notices, key=key, digest=digest, in_doubt=in_doubt)


@dataclass
class ChannelCheck:
    channel: str
    type: str
    ok: bool
    error: str | None = None


def send_test(
    channels: Sequence[Any],
    *,
    only: str | None = None,
    env: Mapping[str, str] | None = None,
) -> list[ChannelCheck]:
    """Send a labelled sample message through each channel (or just ``only``)."""
    results = []
    for channel in as_channels(list(channels)):
        if only and channel.name != only:
            continue
        try:
            message = sample_message(f"test-{uuid.uuid4().hex[:12]}", channel.link_base(env))
            note = send(channel, message, env)
        except Exception as exc:
            results.append(ChannelCheck(channel.name, channel.type, False, str(exc)))
        else:
            results.append(ChannelCheck(channel.name, channel.type, True, note))
    return results
