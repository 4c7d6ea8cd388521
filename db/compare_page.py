"""The HTML of the Datasette page ``/-/policywatch/compare?vendors=a,b,c``.

    >>> html = compare_page_html("policywatch.db", ["faveo", "nordhost"])  # doctest: +SKIP

The plugin route only parses ``vendors`` and returns this string. Reading
never writes: a version not analysed yet is analysed in memory (run
``policywatch compare --refresh`` to store it). Everything is escaped.
"""

from __future__ import annotations

import html
from pathlib import Path

from sqlite_utils import Database

from policywatch.db.analysis import known_slugs, vendor_analysis
from policywatch.diffing.matrix import VendorAnalysis, build_matrix, render_html


def compare_page_html(
    db_path_or_db: str | Path | Database,
    slugs: list[str] | str,
    doc_type: str = "privacy_policy",
) -> str:
    """A full HTML page: the matrix, or a form listing known vendors on bad input."""
    if isinstance(slugs, str):
        slugs = [s.strip() for s in slugs.split(",") if s.strip()]
    db = db_path_or_db if isinstance(db_path_or_db, Database) else open_read_only(db_path_or_db)
    known = known_slugs(db)
    columns: list[VendorAnalysis] = []
    problems: list[str] = []
    for slug in slugs:
        try:
            columns.append(vendor_analysis(db, slug, doc_type, store=False))
        except LookupError as exc:
            problems.append(str(exc))
    if not columns or problems:
        return _form_page(known, slugs, problems)
    title = "Vendor comparison: " + ", ".join(s for s in slugs)
    return render_html(build_matrix(columns), title=title)


def open_read_only(path: str | Path) -> Database:
    import sqlite3

    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    return Database(conn)


def _form_page(known: list[str], asked: list[str], problems: list[str]) -> str:
    e = html.escape
    items = "".join(f"<li>{e(p)}</li>" for p in problems)
    options = "".join(f"<li><code>{e(s)}</code></li>" for s in known) or "<li>none yet</li>"
    value = e(",".join(asked) or ",".join(known[:3]))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Compare vendors</title></head>'
        "<body><h1>Compare vendors</h1>"
        + (f'<ul class="problems">{items}</ul>' if items else "")
        + '<form method="get"><label>Vendor slugs, comma-separated: '
        f'<input name="vendors" value="{value}" size="50"></label> '
        '<button type="submit">Compare</button></form>'
        f"<p>Known vendors:</p><ul>{options}</ul></body></html>"
    )
