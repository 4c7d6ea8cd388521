"""What the Datasette page ``/-/policywatch/compare?vendors=a,b,c`` shows, and its exports.

    >>> from policywatch.db import open_db
    >>> compare_context(open_db(":memory:"), "faveo")["problems"]
    ["no vendor with slug 'faveo'"]

The plugin route reads ``vendors`` and ``doc_type``, calls
:func:`compare_context` on a read-only connection and renders
``policywatch_compare.html`` (Datasette's frame: header, navigation,
breadcrumbs) or, with ``format=csv|json``, :func:`matrix_csv` /
``Matrix.to_dict``. Reading never writes: a version not analysed yet is
analysed in memory (``policywatch analyse`` stores it). Templates escape
everything.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlite_utils import Database

from policywatch.db.analysis import known_slugs, vendor_analysis
from policywatch.diffing.matrix import Matrix, VendorAnalysis, build_matrix

DOC_TYPES = ("privacy_policy", "terms", "dpa", "subprocessors", "cookie_policy", "other")


def parse_slugs(value: str) -> list[str]:
    return [s.strip() for s in value.split(",") if s.strip()]


def compare_context(db: Database, vendors: str, doc_type: str = "privacy_policy") -> dict[str, Any]:
    """The matrix of the vendors asked for, or what went wrong and which vendors exist."""
    slugs = parse_slugs(vendors)
    known = known_slugs(db)
    columns: list[VendorAnalysis] = []
    problems: list[str] = []
    for slug in slugs:
        try:
            columns.append(vendor_analysis(db, slug, doc_type, store=False))
        except LookupError as exc:
            problems.append(str(exc))
    matrix = build_matrix(columns) if columns and not problems else None
    return {
        "slugs": slugs,
        "known": known,
        "problems": problems,
        "doc_type": doc_type,
        "doc_types": DOC_TYPES,
        "matrix": matrix,
    }


def matrix_csv(matrix: Matrix) -> str:
    """One line per row, one column per vendor; a cell is its text, its evidence after it."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["row", "label", *matrix.vendors])
    writer.writerow(
        ["document", "", *(_column(m) for m in matrix.meta)],
    )
    for row in matrix.rows:
        writer.writerow(
            [
                row.id,
                row.label,
                *(
                    c.text
                    if row.group == "topic" or not c.evidence
                    else f"{c.text} — " + " | ".join(e["snippet"] for e in c.evidence)
                    for c in row.cells
                ),
            ]
        )
    return out.getvalue()


def _column(meta: dict[str, Any]) -> str:
    parts = [
        meta.get("doc_type") or "",
        f"version {meta['version']}" if meta.get("version") else "",
        f"stated {meta['stated_date']}" if meta.get("stated_date") else "",
        meta.get("url") or "",
    ]
    return ", ".join(p for p in parts if p)
