"""Contract dates: the version of a document in force on a day, and what changed since.

    version_id = version_in_force(db, document_id, "2024-03-01")
    result = changes_since(db, document_id, "2024-03-01")   # SinceDiff or None

"In force on a day" means the version policywatch had seen by the end of
that day (UTC): the one with the latest ``first_seen_at`` up to then. A
re-extracted version keeps the first-seen time of the text it re-reads and
has a higher number, so it stands for that text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from policywatch.db.health import current_version
from policywatch.db.review import decode, parse_day
from policywatch.db.versions import load_version

DOCUMENT_PREFIX = "document:"


class NotInForce(LookupError):
    """No stored version of that document existed yet on that day."""


@dataclass
class SinceDiff:
    """The version in force on ``day`` against the current one, as one diff."""

    day: str
    old: dict[str, Any]
    new: dict[str, Any]
    diff: dict[str, Any]  # DiffResult.to_dict(with_ops=True)


def version_in_force(db: Database, document_id: int, day: str) -> int:
    """Id of the version in force on ``day`` (YYYY-MM-DD); raises LookupError."""
    day = parse_day(day)
    if next(db.query("select 1 from documents where id = ?", [document_id]), None) is None:
        raise LookupError(f"no document with id {document_id}")
    row = next(
        db.query(
            "select id from versions where document_id = ? and first_seen_at < date(?, '+1 day')"
            " order by first_seen_at desc, number desc limit 1",
            [document_id, day],
        ),
        None,
    )
    if row is None:
        first = next(
            db.query(
                "select min(first_seen_at) as t from versions where document_id = ?", [document_id]
            )
        )["t"]
        seen = f"its first version was seen {first[:10]}" if first else "it has no versions yet"
        raise NotInForce(f"document {document_id} had no stored version on {day} ({seen})")
    return int(row["id"])


def parse_document_ref(ref: str) -> tuple[int, str]:
    """``"document:7@2024-03-01"`` -> ``(7, "2024-03-01")``; raises ValueError."""
    body = ref[len(DOCUMENT_PREFIX) :] if ref.startswith(DOCUMENT_PREFIX) else ref
    doc, _, day = body.partition("@")
    if not doc.isdigit() or not day:
        raise ValueError(f"{ref}: write the version in force on a day as document:ID@YYYY-MM-DD")
    try:
        return int(doc), parse_day(day)
    except ValueError as exc:
        raise ValueError(f"{ref}: {exc}") from None


def _version_row(db: Database, version_id: int) -> dict[str, Any]:
    return dict(
        next(
            db.query(
                "select id, number, first_seen_at, stated_date, origin from versions where id = ?",
                [version_id],
            )
        )
    )


def changes_since(db: Database, document_id: int, day: str) -> SinceDiff:
    """What changed between the version in force on ``day`` and the current version.

    Raises LookupError when the document has no version from then.
    """
    from policywatch.diffing import diff_documents

    old_id = version_in_force(db, document_id, day)
    current = current_version(db, document_id)
    assert current is not None  # version_in_force found one
    diff = diff_documents(load_version(db, old_id), load_version(db, current["id"]))
    return SinceDiff(
        day=parse_day(day),
        old=_version_row(db, old_id),
        new=_version_row(db, current["id"]),
        diff=diff.to_dict(with_ops=True),
    )


def document_contract(db: Database, document_id: int) -> dict[str, Any] | None:
    """A document's signed date and notice days (its own, else its vendor's), with its owner."""
    row = next(
        db.query(
            "select d.id as document_id, d.doc_type, v.slug as vendor_slug, v.tags, v.owner,"
            " coalesce(d.signed, v.signed) as signed,"
            " coalesce(d.notice_days, v.notice_days) as notice_days"
            " from documents d join vendors v on v.id = d.vendor_id where d.id = ?",
            [document_id],
        ),
        None,
    )
    return decode(row) if row else None
