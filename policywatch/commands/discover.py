"""``policywatch vendors discover``, and discovery for ``vendors add --domain`` and
``vendors sync`` (vendors given by ``domain:`` alone).

    policywatch vendors discover acme.example
    policywatch vendors discover https://acme.example/en/ --format json
    policywatch vendors add "Acme" --domain acme.example --yes

Each command runs one discovery crawl (Twisted's reactor starts once per
process) with the crawl's rules, and stores nothing until the user (or the
vendors file) says so.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from policywatch.commands.common import UsageFailure
from policywatch.config import DOC_TYPES, DocumentConfig, parse_site

if TYPE_CHECKING:
    from policywatch.extract.discovery import Discovery

# The types discovery looks for ("other" is not one).
FINDABLE = tuple(t for t in DOC_TYPES if t != "other")
_TYPE_NAMES = {
    "privacy_policy": "privacy policy",
    "terms": "terms",
    "dpa": "DPA",
    "subprocessors": "sub-processor list",
    "cookie_policy": "cookie policy",
}


class NothingFound(click.ClickException):
    """The site could not be reached or has no legal pages (exit 1, nothing stored)."""

    exit_code = 1


def site_argument(value: str) -> str:
    """A DOMAIN|URL argument, checked (a usage error names it and says what to give)."""
    try:
        return parse_site(value)
    except ValueError as exc:
        raise UsageFailure(str(exc)) from None


def run(sites: list[str], types: tuple[str, ...], crawl: dict[str, Any] | None = None) -> dict:
    """Discover ``sites`` in one crawl, with the settings a crawl would use."""
    from policywatch.commands.common import fetch_settings
    from policywatch.crawler.run import run_discovery

    settings = fetch_settings(crawl)
    settings["LOG_LEVEL"] = "CRITICAL"  # failures are reported once, in our words
    return run_discovery(sites, types=types, settings=settings)


def failure(discovery: Discovery, types: tuple[str, ...]) -> str | None:
    """The one-line answer when nothing was found, else None."""
    if discovery.error:
        return f"cannot read {discovery.site}: {discovery.error}"
    if discovery.documents:
        return None
    wanted = " or ".join(_TYPE_NAMES[t] for t in types) if len(types) < 3 else "legal page"
    return (
        f"no {wanted} found on {discovery.site} ({discovery.pages_fetched} pages read);"
        " give the document's URL: policywatch vendors add NAME URL --type TYPE"
    )


def table(discovery: Discovery, types: tuple[str, ...]) -> list[str]:
    """What was found, one block per type: best URL, confidence, evidence, alternatives."""
    lines = [
        f"Discovered on {discovery.site} ({discovery.pages_fetched} pages read"
        f" in {discovery.seconds:.1f} s):"
    ]
    for found in discovery.documents:
        lines.append(f"  {found.type:<15} {found.confidence:.2f}  {found.url}")
        lines.extend(f"  {'':<15}       - {reason}" for reason in found.evidence[:3])
        for other in discovery.alternatives.get(found.type, []):
            lines.append(f"  {'  or':<15} {other.confidence:.2f}  {other.url}")
    missing = [t for t in types if discovery.best(t) is None]
    if missing:
        lines.append(f"  not found: {', '.join(missing)}")
    return lines


def as_documents(discovery: Discovery) -> list[DocumentConfig]:
    """The best URL of each type, as documents to watch."""
    return [DocumentConfig(url=found.url, doc_type=found.type) for found in discovery.documents]


@click.command("discover")
@click.argument("site", metavar="DOMAIN|URL")
@click.option(
    "--type",
    "doc_types",
    multiple=True,
    type=click.Choice(FINDABLE),
    help="Only look for this type (repeatable; default: all).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def discover_command(site: str, doc_types: tuple[str, ...], fmt: str) -> None:
    """Find a vendor's privacy policy, terms, DPA, sub-processor list and cookie
    policy from its domain (or any page of its site). Nothing is stored.

    \b
    It reads the home page, robots.txt's sitemaps (or /sitemap.xml), legal and
    trust pages one link away, then the best links of each type, and keeps a
    link only when its own page reads as that type, in any of the languages
    policywatch reads. It obeys robots.txt and the crawl's address guard.
    Exit 1 when the site cannot be reached or has none of the documents.
    """
    site = site_argument(site)
    types = doc_types or FINDABLE
    discovery = run([site], types)[site]
    if fmt == "json":
        click.echo(json.dumps(discovery.to_dict(), indent=2, ensure_ascii=False))
    problem = failure(discovery, types)
    if problem:
        raise NothingFound(problem)
    if fmt == "table":
        for line in table(discovery, types):
            click.echo(line)


def discover_for_add(site: str, doc_types: tuple[str, ...]) -> list[DocumentConfig]:
    """``vendors add --domain``: discover, show, and return what to add (raises if nothing)."""
    types = doc_types or FINDABLE
    discovery = run([site], types)[site]
    problem = failure(discovery, types)
    if problem:
        raise NothingFound(f"{problem}. Nothing was added.")
    for line in table(discovery, types):
        click.echo(line)
    return as_documents(discovery)


def discover_for_sync(config: Any, slugs: set[str]) -> tuple[dict[str, list], list[str]]:
    """Discover the documents of the file's vendors in ``slugs`` (given by ``domain:``
    alone, with no documents yet): documents by slug, and a line per failure."""
    vendors = [v for v in config.vendors if v.slug in slugs]
    if not vendors:
        return {}, []
    click.echo(f"Discovering the documents of {len(vendors)} vendor(s) from their domains...")
    results = run([v.domain for v in vendors], FINDABLE, config.crawl)
    found: dict[str, list] = {}
    problems = []
    for vendor in vendors:
        discovery = results[vendor.domain]
        problem = failure(discovery, FINDABLE)
        if problem:
            problems.append(
                f"{config.source}:{vendor.line}: vendor {vendor.name!r}: {problem.split(';')[0]};"
                " list its documents under 'documents:'"
            )
            continue
        found[vendor.slug] = as_documents(discovery)
        for line in table(discovery, FINDABLE):
            click.echo(line)
    return found, problems
