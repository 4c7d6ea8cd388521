"""``policywatch topics SOURCE``: each section's topics and the sentences that state them."""

from __future__ import annotations

import json
import shutil
import textwrap
from typing import Any

import click

from policywatch.commands.common import UsageFailure


@click.command("topics")
@click.argument("source")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help='json: {"sections": [{"heading", "topics": [{"topic", "sentences"}]}]}.',
)
def topics_command(source: str, fmt: str) -> None:
    """Show what each section of SOURCE is about, with the sentences that say it.

    SOURCE is a file (.html, .htm, .pdf, .md, .txt) or an http(s) URL. Topic
    ids are those of the comparison (policywatch compare); every topic comes
    with the one or two sentences of the section that state it.
    """
    from policywatch.diffing.topics import classify_sections
    from policywatch.extract import ExtractionError, extract
    from policywatch.sources import SourceError, load_source

    try:
        body, content_type, url = load_source(source)
        doc = extract(body, content_type, url)
    except (SourceError, ExtractionError) as exc:
        raise UsageFailure(f"{source}: {exc}") from exc
    sections = [
        {
            "heading": s.heading,
            "topics": [{"topic": h.topic, "sentences": list(h.sentences)} for h in s.topics],
        }
        for s in classify_sections(doc)
    ]
    if fmt == "json":
        click.echo(json.dumps({"sections": sections}, ensure_ascii=False, indent=2))
    else:
        click.echo(render_topics(sections))


def render_topics(sections: list[dict[str, Any]], width: int | None = None) -> str:
    """Sections, each topic under it, and its sentences indented, wrapped to the terminal."""
    from policywatch.diffing.topics import TOPIC_LABELS

    width = width or shutil.get_terminal_size((100, 24)).columns
    width = max(30, width - 1)
    lines: list[str] = []
    for n, section in enumerate(sections, 1):
        lines += textwrap.wrap(f"{n}. {section['heading'] or '(untitled)'}", width) or [f"{n}."]
        if not section["topics"]:
            lines.append("   (no topic)")
        for topic in section["topics"]:
            label = TOPIC_LABELS.get(topic["topic"], topic["topic"])
            lines += textwrap.wrap(
                f"{topic['topic']} — {label}", width, initial_indent="   ", subsequent_indent="   "
            )
            for sentence in topic["sentences"]:
                lines += textwrap.wrap(
                    f"“{sentence}”", width, initial_indent="      ", subsequent_indent="       "
                )
    return "\n".join(lines)
