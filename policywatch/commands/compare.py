"""``policywatch compare A B [C ...]``: topics and facts side by side.

policywatch compare faveo nordhost connectmyapps          # latest privacy policies in --db
policywatch compare old.pdf https://vendor.example/privacy --format html > m.html
policywatch compare --refresh                              # (re)analyse every stored version
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from policywatch.commands.common import UsageFailure, db_option, require_database

if TYPE_CHECKING:
    from sqlite_utils import Database

    from policywatch.diffing.matrix import VendorAnalysis


def _labels(sources: tuple[str, ...]) -> list[str]:
    """Short column names: the slug, or the file name (with its folder if two clash)."""
    names = [Path(s).name if not s.startswith(("http://", "https://")) else s for s in sources]
    return [
        f"{Path(s).parent.name}/{n}" if names.count(n) > 1 and "/" not in n else n
        for s, n in zip(sources, names, strict=True)
    ]


def _is_source(arg: str) -> bool:
    return arg.startswith(("http://", "https://")) or Path(arg).is_file()


@click.command("compare")
@click.argument("sources", nargs=-1)
@db_option(when_used=True)
@click.option(
    "--type",
    "doc_type",
    default="privacy_policy",
    show_default=True,
    help="Document type to compare for vendor slugs (privacy_policy, terms, dpa, ...).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "html"]),
    default="table",
    show_default=True,
)
@click.option(
    "--refresh",
    is_flag=True,
    help="First (re)compute topics and facts of every stored version in --db.",
)
def compare(sources: tuple[str, ...], db_path: str, doc_type: str, fmt: str, refresh: bool) -> None:
    """Compare vendors' policies: a matrix of topics and facts, one column each.

    Each SOURCE is a vendor slug (its latest document of --type in --db) or
    a file (.html, .pdf, .md, .txt) or an http(s) URL. "not stated" means
    the policy says nothing we found; "no" means it says no.
    """
    from policywatch.diffing.matrix import (
        build_matrix,
        render_html,
        render_json,
        render_table,
    )

    if not sources and not refresh:
        raise UsageFailure("give at least one vendor slug, file or URL (or --refresh)")
    slugs = [s for s in sources if not _is_source(s)]
    db = None
    if slugs or refresh:
        what = f"{slugs[0]}: not a file, URL or vendor slug, and" if slugs else ""
        require_database(db_path, context=what)
        from policywatch.db import open_db
        from policywatch.recorder.analysis import analyse_pending

        db = open_db(db_path)
        if refresh:
            count = analyse_pending(db, force=True)
            click.echo(f"Analysed {count} versions.", err=True)

    columns: list[VendorAnalysis] = []
    for source, label in zip(sources, _labels(sources), strict=True):
        if _is_source(source):
            columns.append(_analyse_source(source, label))
        else:
            assert db is not None
            columns.append(_analyse_slug(db, source, doc_type))
    if not columns:
        return
    matrix = build_matrix(columns)
    if fmt == "json":
        click.echo(render_json(matrix))
    elif fmt == "html":
        click.echo(render_html(matrix, title="Vendor comparison: " + ", ".join(matrix.vendors)))
    else:
        click.echo(render_table(matrix))


def _analyse_source(source: str, label: str) -> VendorAnalysis:
    from policywatch.diffing.matrix import analyse
    from policywatch.extract import ExtractionError, extract
    from policywatch.sources import SourceError, load_source

    try:
        body, content_type, url = load_source(source)
        doc = extract(body, content_type, url)
    except (SourceError, ExtractionError) as exc:
        raise UsageFailure(f"{source}: {exc}") from exc
    return analyse(label, doc, source=source, url=url)


def _analyse_slug(db: Database, slug: str, doc_type: str) -> VendorAnalysis:
    from policywatch.db.analysis import known_slugs, vendor_analysis

    try:
        return vendor_analysis(db, slug, doc_type)
    except LookupError as exc:
        known = ", ".join(known_slugs(db)) or "none yet"
        raise UsageFailure(
            f"{slug}: {exc}. Known vendor slugs: {known}. A file or URL works too."
        ) from exc
