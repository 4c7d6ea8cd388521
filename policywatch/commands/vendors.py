"""``policywatch vendors``: load, list and add the vendors you watch."""

from __future__ import annotations

import click

from policywatch.commands.common import UsageFailure, db_option
from policywatch.config import DOC_TYPES, ConfigError, load_vendors_file, slugify


@click.group()
def vendors() -> None:
    """Manage vendors and their documents (privacy policy, terms, DPA, ...)."""


@vendors.command("sync")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option(create=True)
def sync(file: str, db_path: str) -> None:
    """Make the database match a vendors YAML FILE.

    Vendors and documents are added or updated; documents no longer in the
    file are kept (with their history) and marked inactive. If the file has
    a problem, nothing in the database changes.
    """
    from policywatch.db import open_db
    from policywatch.db.catalog import sync_vendors

    try:
        config = load_vendors_file(file)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from exc
    report = sync_vendors(open_db(db_path), config)
    click.echo(f"Synced {file} into {db_path}: {report}")


@vendors.command("list")
@db_option
def list_(db_path: str) -> None:
    """List vendors, their documents, version counts and last fetch."""
    from policywatch.db import open_db
    from policywatch.db.catalog import list_documents

    rows = list_documents(open_db(db_path))
    if not rows:
        click.echo("No vendors yet. Add one with 'policywatch vendors add' or 'vendors sync'.")
        return
    for r in rows:
        flag = "" if r["active"] else "  (inactive)"
        click.echo(
            f"{r['slug']:<24} {r['doc_type']:<15} {r['versions']:>3} versions  "
            f"last fetch {r['last_fetch'] or 'never':<27} {r['url']}{flag}"
        )


@vendors.command("add")
@click.argument("name")
@click.argument("url")
@click.option(
    "--type",
    "doc_type",
    type=click.Choice(DOC_TYPES),
    default="privacy_policy",
    show_default=True,
    help="What kind of document URL is.",
)
@click.option("--slug", help="Short id for the vendor (default: derived from NAME).")
@db_option(create=True)
def add(name: str, url: str, doc_type: str, slug: str | None, db_path: str) -> None:
    """Add vendor NAME (or a document to it) watching URL.

    Prefer a vendors file under version control for real use; this is for
    trying things out. Note: 'vendors sync' marks documents missing from
    the file inactive.
    """
    from policywatch.db import open_db
    from policywatch.db.catalog import upsert_document, upsert_vendor

    if not url.startswith(("http://", "https://")):
        raise UsageFailure(f"URL {url!r} must start with http:// or https://.")
    slug = slug or slugify(name)
    db = open_db(db_path)
    with db.atomic():
        vendor_id, _ = upsert_vendor(db, slug, name, [])
        _, created = upsert_document(db, vendor_id, {"url": url, "doc_type": doc_type})
    click.echo(f"{'Added' if created else 'Updated'} {slug}: {doc_type} {url}")
