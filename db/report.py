"""The audit report: every change in a period with its verdict, reasons and review trail.

    report = build_report(db, since="2024-01-01", until="2024-03-31", tag="tier-1")
    Path("audit.html").write_text(report_html(report))     # prints one change per block
    Path("audit.csv").write_text(report_csv(report))

``policywatch report`` writes it; the workspace serves the same HTML at
``/-/policywatch/report``. The HTML is a standalone page (its own print
styles, no scripts) rendered by Jinja with autoescaping on, so a policy's
text is quoted as text.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from policywatch.db.connection import utcnow
from policywatch.db.review import ChangeFilter, list_changes, parse_day, review_history

# Reasons quoted per change in the report; the change page has every one.
MAX_REASONS = 12
CSV_COLUMNS = (
    "change_id",
    "detected_at",
    "vendor",
    "vendor_slug",
    "tags",
    "owner",
    "doc_type",
    "document_url",
    "version",
    "original_verdict",
    "verdict_override",
    "override_reason",
    "verdict",
    "categories",
    "reasons",
    "review_status",
    "assignee",
    "reviewed_by",
    "reviewed_at",
    "note",
    "objection_deadline",
    "review_events",
)


@dataclass
class Report:
    since: str
    until: str | None
    tag: str | None
    generated_at: str
    changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """How many changes per review status (for the summary line)."""
        out: dict[str, int] = {}
        for c in self.changes:
            out[c["review_status"]] = out.get(c["review_status"], 0) + 1
        return out


def build_report(
    db: Database, *, since: str, until: str | None = None, tag: str | None = None
) -> Report:
    """Every change detected in ``[since, until]`` (days, inclusive), oldest first."""
    since = parse_day(since)
    until = parse_day(until) if until else None
    rows = list_changes(db, ChangeFilter(since=since, until=until, tag=tag))
    rows.reverse()  # an auditor reads a period in order
    reasons = _reasons(db, [r["change_id"] for r in rows])
    for row in rows:
        row["reasons"] = reasons.get(row["change_id"], [])
        row["history"] = review_history(db, row["change_id"])
    return Report(since=since, until=until, tag=tag, generated_at=utcnow(), changes=rows)


def _reasons(db: Database, change_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(change_ids), 500):
        chunk = change_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(f"select id, diff_json from changes where id in ({marks})", chunk):
            diff = json.loads(row["diff_json"] or "{}")
            out[row["id"]] = list(diff.get("reasons") or [])
    return out


def report_html(report: Report, *, change_url: str | None = None) -> str:
    """The report as one printable HTML page; ``change_url`` links each change (``{id}``)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from policywatch.db.web import package_dir

    env = Environment(
        loader=FileSystemLoader(package_dir("templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    template = env.get_template("policywatch_report.html")
    return template.render(report=report, change_url=change_url, max_reasons=MAX_REASONS)


def report_csv(report: Report) -> str:
    """One line per change; lists joined with "; ", reasons as "category: explanation"."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for change in report.changes:
        row = dict(change)
        row["tags"] = "; ".join(change["tags"] or [])
        row["categories"] = "; ".join(change["categories"] or [])
        row["reasons"] = "; ".join(
            f"{r.get('category')}: {r.get('explanation')}" for r in change["reasons"]
        )
        writer.writerow(row)
    return buffer.getvalue()
