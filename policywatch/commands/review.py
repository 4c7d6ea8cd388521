"""``policywatch review CHANGE_ID``: record a review of a change in the audit trail.

    policywatch review 12 --status acknowledged --note "Legal checked it" --by ana
    policywatch review 12 --status escalated --assign bo --by ana
    policywatch review 12 --status dismissed --verdict editorial --reason "Reworded" --by ana

Each call appends one row to ``review_events``; nothing is ever changed or
deleted there. ``--verdict`` overrides the verdict policywatch found (kept
beside it) and needs ``--reason``.
"""

from __future__ import annotations

import click

from policywatch.commands.common import UsageFailure, db_option
from policywatch.db import open_db


@click.command("review")
@click.argument("change_id", type=int)
@click.option(
    "--status",
    type=click.Choice(["acknowledged", "dismissed", "escalated"]),
    required=True,
    help="What the review decided.",
)
@click.option("--note", help="What was decided and why (kept in the audit trail).")
@click.option("--assign", "assignee", metavar="NAME", help="Who follows it up.")
@click.option("--by", "by", metavar="NAME", required=True, help="Who reviewed it.")
@click.option(
    "--verdict",
    "verdict_override",
    type=click.Choice(["cosmetic", "editorial", "material"]),
    help="Override policywatch's verdict (the original is kept); needs --reason.",
)
@click.option("--reason", "override_reason", help="Why the verdict is overridden.")
@db_option
def review_command(
    change_id: int,
    status: str,
    note: str | None,
    assignee: str | None,
    by: str,
    verdict_override: str | None,
    override_reason: str | None,
    db_path: str,
) -> None:
    """Mark change CHANGE_ID acknowledged, dismissed or escalated, with a note.

    When workspace users exist, --by (and --assign) must name one of them,
    and --by must be a reviewer or admin.
    """
    from policywatch.db import users
    from policywatch.db.review import ReviewError, change_state, record_review

    db = open_db(db_path)
    try:
        if users.has_users(db):
            role = users.user_role(db, by)
            if not users.allowed(role, users.REVIEW):
                raise UsageFailure(
                    f"--by {by}: not a reviewer or admin here"
                    " ('policywatch users list' shows who is)."
                )
            if assignee and users.user_role(db, assignee) is None:
                raise UsageFailure(f"--assign {assignee}: no such user ('policywatch users list').")
        record_review(
            db,
            change_id,
            status,
            by=by,
            note=note,
            assignee=assignee,
            verdict_override=verdict_override,
            override_reason=override_reason,
        )
        state = change_state(db, change_id)
    except ReviewError as exc:
        raise UsageFailure(f"review {change_id}: {exc}") from None
    finally:
        db.close()
    assert state is not None
    verdict = state["verdict"]
    if state["verdict_override"]:
        verdict += f" (overridden; policywatch found {state['original_verdict']})"
    line = f"Change {change_id} ({state['vendor']} {state['doc_type']}): {state['review_status']}"
    line += f" by {state['reviewed_by']}; verdict {verdict}"
    if state["assignee"]:
        line += f"; assigned to {state['assignee']}"
    click.echo(line + ".")
