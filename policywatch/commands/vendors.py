"""``policywatch vendors``: load, list and add the vendors you watch."""

from __future__ import annotations

import click

from policywatch.commands.common import EXIT_SOME_FAILED, UsageFailure, db_option
from policywatch.commands.discover import discover_command
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
    a problem, nothing in the database changes. A vendor given by 'domain:'
    with no 'documents:' gets the documents discovered on its site (once:
    they are kept on later syncs); exit 1 if that finds nothing.
    """
    from policywatch.commands.discover import discover_for_sync
    from policywatch.db import open_db
    from policywatch.db.catalog import sync_vendors, vendors_without_documents

    try:
        config = load_vendors_file(file)
    except ConfigError as exc:
        raise UsageFailure(str(exc)) from exc
    db = open_db(db_path)
    by_domain = [v.slug for v in config.vendors if v.domain and not v.documents]
    discovered, problems = discover_for_sync(config, vendors_without_documents(db, by_domain))
    report = sync_vendors(db, config, discovered)
    click.echo(f"Synced {file} into {db_path}: {report}")
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise SystemExit(EXIT_SOME_FAILED)


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


vendors.add_command(discover_command)


@vendors.command("add")
@click.argument("name")
@click.argument("url", required=False)
@click.option(
    "--type",
    "doc_type",
    type=click.Choice(DOC_TYPES),
    help="What kind of document URL is (default privacy_policy); with --domain,"
    " the only type to look for.",
)
@click.option(
    "--domain",
    help="The vendor's site (acme.example): discover its documents and add them.",
)
@click.option("--yes", is_flag=True, help="Add the discovered documents without asking.")
@click.option("--slug", help="Short id for the vendor (default: derived from NAME).")
@db_option(create=True)
def add(
    name: str,
    url: str | None,
    doc_type: str | None,
    domain: str | None,
    yes: bool,
    slug: str | None,
    db_path: str,
) -> None:
    """Add vendor NAME (or a document to it) watching URL, or the documents
    discovered on its site with --domain (shown first; --yes for scripts).

    Prefer a vendors file under version control for real use; this is for
    trying things out. Note: 'vendors sync' marks documents missing from
    the file inactive.
    """
    from policywatch.commands.discover import discover_for_add, site_argument
    from policywatch.config import DocumentConfig
    from policywatch.db import open_db
    from policywatch.db.catalog import upsert_document, upsert_vendor

    if url is None and domain is None:
        raise UsageFailure("give the document's URL, or the vendor's site with --domain.")
    if url is not None and not url.startswith(("http://", "https://")):
        raise UsageFailure(f"URL {url!r} must start with http:// or https://.")
    site = site_argument(domain) if domain is not None else None
    slug = slug or slugify(name)
    if url is not None:
        documents = [DocumentConfig(url=url, doc_type=doc_type or "privacy_policy")]
    else:
        assert site is not None
        types = (doc_type,) if doc_type and doc_type != "other" else ()
        documents = discover_for_add(site, types)
        question = f"Add {len(documents)} document(s) to vendor {name!r} ({slug})?"
        try:
            if not yes and not click.confirm(question, default=True):
                click.echo("Nothing added.")
                return
        except click.Abort:
            raise click.ClickException("no answer; nothing added (--yes adds them).") from None
    db = open_db(db_path)
    with db.atomic():
        # The site is recorded when given (rediscovery looks there); else kept as it was.
        attributes = {"domain": site} if site is not None else {}
        vendor_id, _ = upsert_vendor(db, slug, name, [], **attributes)
        for doc in documents:
            fields = {"url": doc.url, "doc_type": doc.doc_type}
            _, created = upsert_document(db, vendor_id, fields)
            click.echo(f"{'Added' if created else 'Updated'} {slug}: {doc.doc_type} {doc.url}")


@vendors.command("move")
@click.argument("document_id", type=int)
@click.argument("new_url")
@db_option
def move(document_id: int, new_url: str, db_path: str) -> None:
    """Point document DOCUMENT_ID at NEW_URL; its history continues (same document,
    versions, changes and reviews).

    For a document 'policywatch status' flags as moved (it shows the URL the
    site has it at now) or a URL you corrected. The next crawl fetches NEW_URL
    and compares it with the last version. If a vendors file lists the
    document, change its url there too: 'vendors sync' and 'crawl --vendors'
    make the database match the file (an edited url is the same move).
    """
    from policywatch.db import open_db
    from policywatch.db.catalog import document_at, get_document, move_document

    if not new_url.startswith(("http://", "https://")):
        raise UsageFailure(f"NEW_URL {new_url!r} must start with http:// or https://.")
    db = open_db(db_path)
    document = get_document(db, document_id)
    if document is None:
        raise UsageFailure(
            f"no document {document_id} in {db_path}; 'policywatch status' lists the ids."
        )
    if document["url"] == new_url:
        click.echo(f"Document {document_id} is already at {new_url}; nothing changed.")
        return
    other = document_at(db, document["vendor_id"], new_url)
    if other is not None:
        raise UsageFailure(
            f"document {other} of the same vendor is already at {new_url}; nothing changed."
        )
    with db.atomic():
        move_document(db, document_id, new_url)
    click.echo(
        f"Moved document {document_id} ({document['doc_type']}) from {document['url']}"
        f" to {new_url}; its history continues. If a vendors file lists it, change its url"
        " there too."
    )
