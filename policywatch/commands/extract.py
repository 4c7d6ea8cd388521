"""``policywatch extract SOURCE``: extract one file or URL, no database."""

from __future__ import annotations

import json

import click

from policywatch.commands.common import UsageFailure


@click.command("extract")
@click.argument("source")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown"]),
    default="json",
    show_default=True,
    help="json: title, language, stated date, sections, text. markdown: the normalised text.",
)
def extract_command(source: str, fmt: str) -> None:
    """Extract main text, stated date, sections and language from SOURCE.

    SOURCE is a file (.html, .htm, .pdf, .md, .txt) or an http(s) URL.
    """
    from policywatch.extract import ExtractionError, extract
    from policywatch.sources import SourceError, load_source

    try:
        body, content_type, url = load_source(source)
        doc = extract(body, content_type, url)
    except (SourceError, ExtractionError) as exc:
        raise UsageFailure(f"{source}: {exc}") from exc
    if fmt == "json":
        click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(doc.text)
