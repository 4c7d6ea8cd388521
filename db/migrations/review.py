"""Migrations of the team's review workflow (issue 18).

Users, the audit trail, contract dates, the change_review view.

Never edit a migration once it has shipped: add a new one (see :mod:`policywatch.db.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database


def m018_users(db: Database) -> None:
    """Workspace users (issue 18): a name, a role, and an Argon2 hash of the password.

    The password itself is never stored; see :mod:`policywatch.db.users`.
    """
    db.table("users").create(
        {"name": str, "role": str, "password_hash": str, "created_at": str},
        pk="name",
        not_null={"role", "password_hash"},
    )


def m018_review_events(db: Database) -> None:
    """The audit trail of reviews (issue 18): one row per transition, never changed.

    Triggers refuse every UPDATE and DELETE, so the trail is append-only
    whatever writes to the file. A change's review state is read from its
    latest events by the ``change_review`` view (migration m018_change_review).
    """
    db.table("review_events").create(
        {
            "id": int,
            "change_id": int,
            "at": str,
            "by": str,
            "status": str,
            "assignee": str,
            "note": str,
            "verdict_override": str,
            "override_reason": str,
        },
        pk="id",
        foreign_keys=[("change_id", "changes", "id")],
        not_null={"change_id", "at", "by", "status"},
    )
    db.table("review_events").create_index(["change_id", "id"])
    for verb in ("update", "delete"):
        db.execute(
            f"""create trigger review_events_no_{verb} before {verb} on review_events
begin select raise(abort, 'review_events is an append-only audit trail'); end"""
        )


def m018_contract_dates(db: Database) -> None:
    """Owner and contract dates from the vendors file (issue 18).

    ``signed`` is the day the contract or DPA was accepted; ``notice_days``
    the objection window of a DPA's sub-processor clause. A document's own
    value wins over its vendor's.
    """
    db.table("vendors").add_column("owner", str)
    db.table("vendors").add_column("signed", str)
    db.table("vendors").add_column("notice_days", int)
    db.table("documents").add_column("signed", str)
    db.table("documents").add_column("notice_days", int)


def m018_change_review(db: Database) -> None:
    """The ``change_review`` view: every change with its review state, tags, owner, deadline.

    Derived from ``review_events`` only (it stores nothing), so the state can
    never disagree with the audit trail. The rules, each defined here once:

    - ``review_status``: the latest event's status; ``new`` without one, and
      ``not_needed`` for a re-extraction (our extractor changed, not the vendor);
    - ``verdict``/``material``: the latest override if a reviewer gave one,
      else the verdict policywatch found (kept as ``original_verdict``);
    - ``objection_deadline``: for a material change to a DPA or sub-processor
      list whose document or vendor has ``notice_days``: first seen + N days.
    """
    db.create_view(
        "change_review",
        """select r.*,
  case when r.review_status in ('new', 'escalated') then 1 else 0 end as open,
  case when r.material = 1 and r.doc_type in ('dpa', 'subprocessors')
    and r.notice_days is not null and r.review_status != 'not_needed'
    then date(r.first_seen_at, '+' || r.notice_days || ' days') end as objection_deadline
from (
  select c.id as change_id, v.slug as vendor_slug, v.name as vendor, v.tags, v.owner,
    d.id as document_id, d.doc_type, d.url as document_url,
    c.detected_at, nv.first_seen_at, nv.number as version, nv.stated_date,
    coalesce(d.signed, v.signed) as signed, coalesce(d.notice_days, v.notice_days) as notice_days,
    c.verdict as original_verdict, o.verdict_override, o.override_reason,
    coalesce(o.verdict_override, c.verdict) as verdict,
    case when o.verdict_override is null then c.material
      else o.verdict_override = 'material' end as material,
    c.categories, c.flags, c.summary,
    coalesce(e.status, case when exists (select 1 from json_each(c.flags)
      where value = 'reextract') then 'not_needed' else 'new' end) as review_status,
    (select assignee from review_events where change_id = c.id and assignee is not null
      order by id desc limit 1) as assignee,
    e.note, e.by as reviewed_by, e.at as reviewed_at,
    (select count(*) from review_events where change_id = c.id) as review_events
  from changes c
  join documents d on d.id = c.document_id
  join vendors v on v.id = d.vendor_id
  join versions nv on nv.id = c.new_version_id
  left join review_events e on e.id = (
    select id from review_events where change_id = c.id order by id desc limit 1)
  left join review_events o on o.id = (
    select id from review_events where change_id = c.id and verdict_override is not null
    order by id desc limit 1)
) r""",
        replace=True,
    )
