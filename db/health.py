"""Crawl state and health in SQL, generated from :mod:`policywatch.core.vocabulary`.

The recorder reads and moves a document's state (inside its transaction)::

    current = current_version(db, document_id)   # documents.current_version_id
    set_current_version(db, document_id, version_id)

``policywatch status`` reads :func:`document_health`; Datasette reads the
``document_status`` view, the ``failing_or_stale_documents`` canned query
and the home page's count. All of them are built here from one query
(:func:`document_facts_sql`) and the vocabulary's definitions of healthy,
stale and needs attention, so they cannot disagree::

    >>> "'returned'" in last_healthy_fetch_sql("d.id")
    True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlite_utils import Database

from policywatch.core.vocabulary import (
    DEFAULT_THRESHOLDS,
    GONE_STATUSES,
    HEALTHY_OUTCOMES,
    OUTCOME_FLAGS,
    DocumentFacts,
    Flag,
    Outcome,
    Thresholds,
    flags,
)
from policywatch.db.rediscovery import moved_to_sql


def current_version(db: Database, document_id: int) -> dict[str, Any] | None:
    """The version the page shows now: ``documents.current_version_id``, the one rule.

    After a flip back (A/B tests, geo variants) it is an older version than
    the highest-numbered one.
    """
    return next(
        db.query(
            "select v.* from versions v join documents d on d.current_version_id = v.id"
            " where d.id = ?",
            [document_id],
        ),
        None,
    )


def set_current_version(db: Database, document_id: int, version_id: int) -> None:
    """Point the document at the version it shows now; it is not removed any more."""
    db.execute(
        "update documents set current_version_id = ?, removed_at = null where id = ?",
        [version_id, document_id],
    )


def clear_removed(db: Database, document_id: int) -> None:
    db.execute(
        "update documents set removed_at = null where id = ? and removed_at is not null",
        [document_id],
    )


def mark_removed(db: Database, document_id: int, at: str) -> None:
    db.execute("update documents set removed_at = ? where id = ?", [at, document_id])


def gone_streak(db: Database, document_id: int, *, limit: int = 50) -> int:
    """How many of the latest fetches in a row answered 404 or 410."""
    streak = 0
    for row in db.query(
        "select status from fetches where document_id = ? order by id desc limit ?",
        [document_id, limit],
    ):
        if row["status"] not in GONE_STATUSES:
            break
        streak += 1
    return streak


# --- One query for every view of health -------------------------------------------


def last_healthy_fetch_sql(document: str) -> str:
    """The id of a document's latest healthy fetch (or NULL), in SQL.

    One index seek per healthy outcome (``fetches(document_id, outcome)``
    ends in the rowid), however long the document's history.
    """
    latest = ", ".join(
        f"coalesce((select max(id) from fetches where document_id = {document}"
        f" and outcome = '{outcome}'), 0)"
        for outcome in sorted(HEALTHY_OUTCOMES)
    )
    return f"nullif(max({latest}), 0)"


def document_facts_sql() -> str:
    """One row per document with the facts its flags are computed from.

    "Last" means the latest recorded fetch (highest id); ``consecutive_failures``
    counts the fetches after the latest healthy one; ``suspect_streak`` the
    latest fetches in a row that were suspect for the same reason. Every
    subquery is an index seek or a range over the fetches since the last
    success, so a long history costs nothing.
    """
    suspect = Outcome.SUSPECT.value
    return f"""select d.id as document_id, v.slug as vendor_slug, v.name as vendor, d.doc_type,
    d.url, d.active, coalesce(d.interval_seconds, 86400) as interval_seconds, d.created_at,
    d.removed_at, cv.number as latest_version, cv.stated_date,
    cv.first_seen_at as latest_version_first_seen_at, lf.started_at as last_fetch_at,
    lf.outcome as last_outcome, lf.status as last_status,
    coalesce(lf.reason, lf.error) as last_problem, ok.started_at as last_ok_fetch_at,
    lf.render as last_render, lf.redirected_to,
    {moved_to_sql("d.id", "d.url", "d.ok_id")} as moved_to,
    (select count(*) from fetches f where f.document_id = d.id and f.id > coalesce(d.ok_id, 0))
      as consecutive_failures,
    case when lf.outcome = '{suspect}' then (select count(*) from fetches f
      where f.document_id = d.id and f.id > coalesce((select max(g.id) from fetches g
        where g.document_id = d.id and g.id > coalesce(d.ok_id, 0)
        and (g.outcome != '{suspect}' or g.reason_code is not lf.reason_code)), d.ok_id, 0))
      else 0 end as suspect_streak
  from (select *, (select max(id) from fetches where document_id = documents.id) as last_id,
      {last_healthy_fetch_sql("documents.id")} as ok_id
    from documents) d
  join vendors v on v.id = d.vendor_id
  left join versions cv on cv.id = d.current_version_id
  left join fetches lf on lf.id = d.last_id
  left join fetches ok on ok.id = d.ok_id"""


def _days_since(column: str) -> str:
    """Days from ``column`` (a timestamp or a stated YYYY-MM[-DD] date) to now, in SQL.

    A month-only date counts from the 28th, as :func:`vocabulary.parse_time` reads it.
    """
    value = f"case when length({column}) = 7 then {column} || '-28' else {column} end"
    return f"(julianday('now') - julianday({value}))"


def flag_sql(flag: Flag, t: Thresholds) -> str:
    """The SQL condition of one flag over :func:`document_facts_sql`'s columns.

    Each mirrors :func:`policywatch.core.vocabulary.flags`; the contract test
    (tests/test_vocabulary_contract.py) holds them to the same answers.
    """
    since = "coalesce(last_ok_fetch_at, created_at)"
    return {
        Flag.STALE: f"last_fetch_at is not null and ({since} is null"
        f" or {_days_since(since)} > {t.stale_after} * interval_seconds / 86400.0)",
        Flag.FAILING: f"consecutive_failures >= {t.failing_after} and removed_at is null",
        Flag.SUSPECT: f"suspect_streak >= {t.suspect_after}",
        Flag.REMOVED: "removed_at is not null",
        Flag.MOVED: "moved_to is not null",
        Flag.OUTDATED: f"coalesce({_days_since('stated_date')} > {t.outdated_days}, 0)",
        Flag.NEVER_FETCHED: "last_fetch_at is null",
        Flag.NEVER_SUCCEEDED: "last_fetch_at is not null and last_ok_fetch_at is null",
        **{f: f"coalesce(last_outcome = '{o.value}', 0)" for f, o in OUTCOME_FLAGS.items()},
        Flag.REDIRECTED: "redirected_to is not null",
    }[flag]


def document_status_sql(thresholds: Thresholds = DEFAULT_THRESHOLDS) -> str:
    """The ``document_status`` view: facts, one 0/1 column per flag, ``flags``
    (a JSON list, in :class:`Flag` order) and ``needs_attention``."""
    columns = ",\n  ".join(
        f"case when {flag_sql(f, thresholds)} then 1 else 0 end as {f.value}" for f in Flag
    )
    listed = " union all ".join(
        f"select {i} as i, '{f.value}' as flag where {f.value}" for i, f in enumerate(Flag)
    )
    return f"""select *,
  (select json_group_array(flag) from (select flag from ({listed}) order by i)) as flags,
  case when {" or ".join(f.value for f in Flag)} then 1 else 0 end as needs_attention
from (select *,
  {columns}
from ({document_facts_sql()}))"""


# The one definition of "needing attention" on the web: active documents with a flag.
ATTENTION_WHERE = "active = 1 and needs_attention = 1"
ATTENTION_COUNT_SQL = f"select count(*) from document_status where {ATTENTION_WHERE}"
ATTENTION_QUERY_SQL = f"""select vendor, vendor_slug, doc_type, url, flags, last_fetch_at,
  last_outcome, last_status, last_problem, last_ok_fetch_at, stale, document_id
from document_status
where {ATTENTION_WHERE}
order by vendor, doc_type, url"""

# Views generated from the vocabulary; :func:`policywatch.db.views.refresh` keeps
# each database's copy equal to this text.
VIEWS = {"document_status": document_status_sql()}


@dataclass
class DocumentHealth:
    """One document's line in ``policywatch status``."""

    document_id: int
    vendor: str
    doc_type: str
    url: str
    interval_seconds: int
    last_attempt: str | None
    last_success: str | None
    consecutive_failures: int
    last_status: int | None
    last_outcome: str | None
    last_reason: str | None
    version: int | None
    version_first_seen: str | None
    stated_date: str | None
    removed_at: str | None
    last_render: str | None = None  # how the latest fetch was made: http or browser
    redirected_to: str | None = None  # where the latest fetch ended, if another page
    moved_to: str | None = None  # where rediscovery found the document (flag ``moved``)
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def document_health(
    db: Database,
    *,
    now: dt.datetime | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[DocumentHealth]:
    """Health of every active document, flagged by :func:`vocabulary.flags`."""
    now = now or dt.datetime.now(dt.UTC)
    rows = db.query(
        f"select * from ({document_facts_sql()}) where active = 1 order by vendor, doc_type, url"
    )
    result = []
    for row in rows:
        facts = DocumentFacts(
            interval_seconds=row["interval_seconds"],
            created_at=row["created_at"],
            last_attempt=row["last_fetch_at"],
            last_success=row["last_ok_fetch_at"],
            failures=row["consecutive_failures"],
            suspect_streak=row["suspect_streak"],
            removed_at=row["removed_at"],
            stated_date=row["stated_date"],
            last_outcome=row["last_outcome"],
            redirected_to=row["redirected_to"],
            moved_to=row["moved_to"],
        )
        result.append(
            DocumentHealth(
                document_id=row["document_id"],
                vendor=row["vendor"],
                doc_type=row["doc_type"],
                url=row["url"],
                interval_seconds=row["interval_seconds"],
                last_attempt=row["last_fetch_at"],
                last_success=row["last_ok_fetch_at"],
                consecutive_failures=row["consecutive_failures"],
                last_status=row["last_status"],
                last_outcome=row["last_outcome"],
                last_reason=row["last_problem"],
                version=row["latest_version"],
                version_first_seen=row["latest_version_first_seen_at"],
                stated_date=row["stated_date"],
                removed_at=row["removed_at"],
                last_render=row["last_render"],
                redirected_to=row["redirected_to"],
                moved_to=row["moved_to"],
                flags=flags(facts, now=now, thresholds=thresholds),
            )
        )
    return result
