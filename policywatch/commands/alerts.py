"""``policywatch alerts``: deliver, inspect, retry and test alert channels.

    policywatch alerts send   --vendors vendors.yaml   # deliver what is due (cron-safe)
    policywatch alerts list   --pending                # what is waiting, and why
    policywatch alerts retry 12 --vendors vendors.yaml # make alert 12 due now and send it
    policywatch alerts test   --vendors vendors.yaml   # a sample through every channel

Channels come from the ``alerts:`` list of the vendors file, or else from the
last ``vendors sync`` (which stores them); see docs/alerts.md.
"""

from __future__ import annotations

from typing import Any

import click

from policywatch.commands.common import EXIT_SOME_FAILED, UsageFailure, db_option, require_database


def vendors_option(func: Any) -> Any:
    return click.option(
        "--vendors",
        "vendors_file",
        envvar="POLICYWATCH_VENDORS",
        type=click.Path(dir_okay=False),
        help="Vendors YAML file whose 'alerts:' list configures the channels "
        "(env: POLICYWATCH_VENDORS); without it, the channels of the last 'vendors sync'.",
    )(func)


def load_channels(vendors_file: str | None, db_path: str, *, required: bool) -> list[Any]:
    """The channels of the vendors file, or else those the last ``vendors sync`` stored.

    A usage error if channels are ``required`` and there are none.
    """
    from policywatch.alerts.channels import ChannelError, parse_channels
    from policywatch.config import ConfigError, load_vendors_file

    try:
        if vendors_file:
            config = load_vendors_file(vendors_file)
            raw, source = config.alerts, config.source
        elif require_database(db_path):
            from policywatch.db import open_db
            from policywatch.db.outbox import stored_channels

            raw, source = stored_channels(open_db(db_path)), f"{db_path} (last 'vendors sync')"
        channels = parse_channels(raw, source=source)
    except (ConfigError, ChannelError) as exc:
        raise UsageFailure(str(exc)) from exc
    if required and not channels:
        where = vendors_file or f"{db_path}: the last 'vendors sync'"
        raise UsageFailure(
            f"{where}: no channels under 'alerts:'. Give --vendors FILE (or set"
            " POLICYWATCH_VENDORS) with an 'alerts:' list, or sync one; see docs/alerts.md."
        )
    return channels


@click.group("alerts")
def alerts() -> None:
    """Deliver and inspect alerts (Slack, email, webhook, apprise) about changes."""


@alerts.command("send")
@db_option
@vendors_option
@click.option("-v", "--verbose", is_flag=True, help="Print one line per message sent.")
def send_command(db_path: str, vendors_file: str | None, verbose: bool) -> None:
    """Deliver every due alert; failures stay pending and are retried with backoff.

    Exit code 0 when everything due was delivered, 1 when some failed (they
    are retried by a later run), 2 for usage or configuration errors.
    """
    from policywatch.alerts.delivery import send_pending
    from policywatch.db import open_db

    channels = load_channels(vendors_file, db_path, required=True)
    report = send_pending(open_db(db_path), channels)
    for line in report.lines(failed_only=not verbose):
        click.echo(line)
    click.echo(str(report))
    if not report.ok:
        raise SystemExit(EXIT_SOME_FAILED)


@alerts.command("list")
@db_option
@click.option("--pending", is_flag=True, help="Only alerts not yet sent.")
@click.option("--limit", default=200, show_default=True, help="At most this many, newest first.")
def list_command(db_path: str, pending: bool, limit: int) -> None:
    """List alerts: status, attempts, next attempt and the last error."""
    from policywatch.db import open_db
    from policywatch.db.outbox import list_alerts

    rows = list_alerts(open_db(db_path), pending=pending, limit=limit)
    if not rows:
        click.echo("No pending alerts." if pending else "No alerts yet.")
        return
    for r in rows:
        status = r["status"]
        if status == "sending":
            status = f"sending since {r['sending_at']} (unconfirmed if that process is gone)"
        elif status == "pending":
            status = f"pending, next attempt {r['next_attempt_at']}"
        elif status == "sent":
            status = f"sent {r['sent_at']}"
        line = (
            f"{r['id']:>5}  change {r['change_id']:<5} {r['channel']:<16} {r['vendor_slug']}"
            f" {r['doc_type']} ({r['verdict']})  attempts {r['attempts']}  {status}"
        )
        if r["in_doubt"]:
            line += "  [re-send: possible duplicate]"
        click.echo(line)
        if r["last_error"]:
            click.echo(f"       last error: {r['last_error']}")


@alerts.command("retry")
@click.argument("alert_id", type=int)
@db_option
@vendors_option
def retry_command(alert_id: int, db_path: str, vendors_file: str | None) -> None:
    """Make alert ALERT_ID due now and send it at once (channels: --vendors or the last sync).

    Also takes over an alert stuck in 'sending' (its process is gone): it is
    re-sent, marked as a possible duplicate. A sent alert is never re-sent.
    """
    import datetime as dt

    from policywatch.alerts.delivery import send_pending
    from policywatch.db import open_db
    from policywatch.db.outbox import requeue

    db = open_db(db_path)
    channels = load_channels(vendors_file, db_path, required=False)
    try:
        ids = requeue(db, alert_id, dt.datetime.now(dt.UTC))
    except (LookupError, ValueError) as exc:
        raise UsageFailure(str(exc)) from exc
    if not channels:
        click.echo(f"Alert {alert_id} is due now; the next 'policywatch alerts send' sends it.")
        return
    report = send_pending(db, channels, alert_ids=ids)
    for line in report.lines():
        click.echo(line)
    click.echo(str(report))
    if not report.ok or not report.attempts:
        raise SystemExit(EXIT_SOME_FAILED)


@alerts.command("test")
@db_option(when_used=True)
@vendors_option
@click.option("--channel", "only", help="Only the channel with this name.")
def test_command(db_path: str, vendors_file: str | None, only: str | None) -> None:
    """Send a sample message (marked TEST) through every channel; report each result."""
    from policywatch.alerts.delivery import send_test

    channels = load_channels(vendors_file, db_path, required=True)
    if only and only not in {c.name for c in channels}:
        names = ", ".join(c.name for c in channels)
        raise UsageFailure(f"no channel named {only!r}. Channels: {names}.")
    results = send_test(channels, only=only)
    for r in results:
        state = "ok" if r.ok else f"FAILED: {r.error}"
        note = f" ({r.error})" if r.ok and r.error else ""
        click.echo(f"{r.channel:<16} {r.type:<8} {state}{note}")
    failed = sum(1 for r in results if not r.ok)
    click.echo(f"{len(results) - failed} of {len(results)} channels work.")
    if failed:
        raise SystemExit(EXIT_SOME_FAILED)
