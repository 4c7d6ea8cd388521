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
from typing import TYPE_CHECKING

import click

from policywatch.commands.common import EXIT_OK, UsageFailure, db_option, require_database
from policywatch.core.model import ExtractedDocument

if TYPE_CHECKING:
    from policywatch.extract.guard import Verdict

VERSION_PREFIX = "version:"
# Sides read from the database: version:ID, and document:ID@YYYY-MM-DD (in force that day).
STORED_PREFIXES = (VERSION_PREFIX, "document:")


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
@click.option(
    "--accept-change",
    is_flag=True,
    help="Diff even when NEW does not look like a version of OLD (login wall, error page, "
    "other language, lost text...): the crawl would record it as suspect.",
)
@db_option(when_used=True)
def diff_command(
    old: str, new: str, fmt: str, mode: str, accept_change: bool, db_path: str
) -> None:
    """Diff OLD and NEW and say whether the change is material, and why.

    OLD and NEW are files, http(s) URLs, stored versions written version:ID, or
    the version of stored document ID in force on a day, document:ID@YYYY-MM-DD
    (these read --db). NEW passes the crawl's guard first: a page that is not a
    version of OLD is reported as 'verdict: suspect' with the reason, not
    diffed. Exit code 0 whatever the verdict; 2 for unusable input.
    """
    from policywatch.diffing import diff_documents
    from policywatch.diffing.render import render_page

    old_side, new_side = _load([old, new], db_path)
    suspect = None if accept_change else _guard(new_side, old_side[0])
    if suspect is not None:
        click.echo(_suspect(suspect, fmt, new))
        click.get_current_context().exit(EXIT_OK)
    result = diff_documents(old_side[0], new_side[0])
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "html":
        click.echo(render_page(result, mode=mode, title=f"{old} → {new}"))
    else:
        click.echo(_text(result))
    click.get_current_context().exit(EXIT_OK)


# One side: the extracted document, the raw body (empty for a stored version) and its URL.
Side = tuple[ExtractedDocument, bytes, str]


def _load(sources: list[str], db_path: str) -> list[Side]:
    """Read both sides: stored versions, files and URLs (fetched in one run)."""
    from policywatch.extract import ExtractionError, extract
    from policywatch.sources import SourceError, load_sources

    stored = {s: _load_version(s, db_path) for s in sources if s.startswith(STORED_PREFIXES)}
    others = [s for s in sources if s not in stored]
    try:
        loaded = dict(zip(others, load_sources(others), strict=True))
    except SourceError as exc:
        raise UsageFailure(f"{exc.source}: {exc}") from exc
    sides = []
    for source in sources:
        if source in stored:
            sides.append(stored[source])
            continue
        body, content_type, url = loaded[source]
        try:
            sides.append((extract(body, content_type, url), body, url))
        except ExtractionError as exc:
            raise UsageFailure(f"{source}: {exc}") from exc
    return sides


def _load_version(source: str, db_path: str) -> Side:
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
    require_database(db_path, context=f"{source}:")
    from policywatch.db import open_db
    from policywatch.db.versions import load_version

    db = open_db(db_path)
    try:
        version_id = version_in_force(db, *in_force) if in_force else int(raw)
        return load_version(db, version_id), b"", source
    except LookupError as exc:
        raise UsageFailure(
            f"{source}: {exc} in {db_path} (list versions with `policywatch serve`)"
        ) from exc
    finally:
        db.close()


def _guard(new: Side, old: ExtractedDocument) -> Verdict | None:
    """The crawl's guard on NEW against OLD: its verdict if suspect, else None."""
    from policywatch.extract import guard

    doc, body, url = new
    page = guard.Page(url=url, text=doc.text, title=doc.title, language=doc.language, body=body)
    verdict = guard.check(page, guard.Previous(old.text, old.language))
    return None if verdict.ok else verdict


def _suspect(verdict: Verdict, fmt: str, new: str) -> str:
    advice = "not diffed: check NEW, or diff it anyway with --accept-change"
    if fmt == "json":
        data = {"verdict": "suspect", "code": verdict.code, "reason": verdict.reason}
        return json.dumps({**data, "summary": advice}, ensure_ascii=False, indent=2)
    lines = ["verdict: suspect", f"code: {verdict.code}", f"reason: {verdict.reason}", advice]
    if fmt == "html":
        from markupsafe import escape

        items = "".join(f"<p>{escape(line)}</p>" for line in lines)
        return (
            f'<!doctype html>\n<html><head><meta charset="utf-8"><title>{escape(new)}: suspect'
            f"</title></head><body>\n{items}\n</body></html>"
        )
    return "\n".join(lines)


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
