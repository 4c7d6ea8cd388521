"""``policywatch diff OLD NEW``: compare two versions of a policy and judge the change.

OLD and NEW are each a file (.html, .pdf, .md, .txt), an http(s) URL, or a stored
version ``version:ID`` or the version of a stored document in force on a day,
``document:ID@YYYY-MM-DD``, read from the database given with ``--db``::

    policywatch diff old.html new.html
    policywatch diff version:12 version:15 --db policywatch.db --format json
    policywatch diff v1.md https://example.com/privacy --format html --mode side_by_side
    policywatch diff document:7@2024-03-01 document:7@2025-03-01 --db policywatch.db
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from policywatch.commands.common import EXIT_OK, UsageFailure, db_option
from policywatch.core.model import ExtractedDocument

VERSION_PREFIX = "version:"


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
    help="text: verdict, summary and reasons. json: the full result. html: a redline page.",
)
@click.option(
    "--mode",
    type=click.Choice(["inline", "side_by_side"]),
    default="inline",
    show_default=True,
    help="HTML layout (with --format html).",
)
@db_option
def diff_command(old: str, new: str, fmt: str, mode: str, db_path: str) -> None:
    """Diff OLD and NEW and say whether the change is material, and why.

    OLD and NEW are files, http(s) URLs, stored versions written version:ID, or
    the version of stored document ID in force on a day, document:ID@YYYY-MM-DD
    (these read --db). Exit code 0 whatever the verdict; 2 for unusable input.
    """
    from policywatch.diffing import diff_documents
    from policywatch.diffing.render import render_page

    result = diff_documents(_load(old, db_path), _load(new, db_path))
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "html":
        click.echo(render_page(result, mode=mode, title=f"{old} → {new}"))
    else:
        click.echo(_text(result))
    click.get_current_context().exit(EXIT_OK)


def _load(source: str, db_path: str) -> ExtractedDocument:
    """Read one side: a stored version, a file or a URL."""
    if source.startswith((VERSION_PREFIX, "document:")):  # document:ID@DAY: issue 18
        return _load_version(source, db_path)
    from policywatch.extract import ExtractionError, extract
    from policywatch.sources import SourceError, load_source

    try:
        body, content_type, url = load_source(source)
        return extract(body, content_type, url)
    except (SourceError, ExtractionError) as exc:
        raise UsageFailure(f"{source}: {exc}") from exc


def _load_version(source: str, db_path: str) -> ExtractedDocument:
    from policywatch.db.contracts import parse_document_ref, version_in_force

    raw = source[len(VERSION_PREFIX) :]
    in_force = None
    if source.startswith("document:"):
        try:
            in_force = parse_document_ref(source)
        except ValueError as exc:
            raise UsageFailure(str(exc)) from None
    elif not raw.isdigit():
        raise UsageFailure(f"{source}: a stored version is written version:ID, ID a number")
    if not Path(db_path).is_file():
        raise UsageFailure(
            f"{source}: no database at {db_path} (give --db PATH or set POLICYWATCH_DB)"
        )
    from policywatch.db import open_db
    from policywatch.db.versions import load_version

    db = open_db(db_path)
    try:
        return load_version(db, version_in_force(db, *in_force) if in_force else int(raw))
    except LookupError as exc:
        raise UsageFailure(
            f"{source}: {exc} in {db_path} (list versions with `policywatch serve`)"
        ) from exc
    finally:
        db.close()


def _text(result: object) -> str:
    from policywatch.diffing.model import DiffResult

    assert isinstance(result, DiffResult)
    lines = [f"verdict: {result.verdict}", f"summary: {result.summary}"]
    if result.categories:
        lines.append("categories: " + ", ".join(result.categories))
    if result.flags:
        lines.append("flags: " + ", ".join(result.flags))
    for r in result.reasons:
        where = f" [{r.section}]" if r.section else ""
        lines.append(f"- {r.category}{where}: {r.explanation}")
        if r.old:
            lines.append(f"    old: {r.old}")
        if r.new:
            lines.append(f"    new: {r.new}")
    return "\n".join(lines)
