"""Lists of parties in every shape a page writes them, in every language: a table.

Each shape is built from the same few parties in en, de, fr, nb, es, it, nl and sv,
with the language's own words for the title, headers and labels and its own country
names (from CLDR via Babel), once as a sub-processor list and once inside a privacy
policy under a recipients heading. Each is then changed five ways: a party added, a
party removed, a party's location changed, the parties reordered, a link changed.
The first three are material (recipients, recipients, transfers), the last two not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.extract import extract
from tests.diffing.party_lists import (
    PARTIES,
    WORDS,
    Party,
    Shape,
    Words,
    assert_four_changes,
    assert_repurposed_and_renamed,
    differ,
    place,
)


def _name(p: Party, linked: bool = True) -> str:
    return f'<a href="{p.link}">{p.name}</a>' if linked else p.name


def table_th(parties: list[Party], w: Words, lang: str) -> str:
    head = f"<tr><th>{w.name}</th><th>{w.purpose}</th><th>{w.location}</th></tr>"
    rows = "".join(
        f"<tr><td>{p.name}</td><td>{p.purpose}</td><td>{place(p, lang)}</td></tr>" for p in parties
    )
    return f"<table>{head}{rows}</table>"


# The header over a column of row numbers, per language ("" : a header cell left empty).
NUMBER = {"en": "#", "de": "Nr.", "fr": "N°", "nb": "Nr.", "es": "N.º", "it": "N.", "nl": "Nr.",
          "sv": "Nr"}  # fmt: skip


def numbered(number_header: Callable[[str], str]) -> Shape:
    """A table whose first column numbers its rows: a party added above another renumbers
    it, which is no change; the column's header is the language's "No." or left empty."""

    def shape(parties: list[Party], w: Words, lang: str) -> str:
        head = f"<tr><th>{number_header(lang)}</th><th>{w.name}</th><th>{w.purpose}</th>"
        rows = "".join(
            f"<tr><td>{n}</td><td>{p.name}</td><td>{p.purpose}</td><td>{place(p, lang)}</td></tr>"
            for n, p in enumerate(parties, 1)
        )
        return f"<table>{head}<th>{w.location}</th></tr>{rows}</table>"

    return shape


def numbered_names(parties: list[Party], w: Words, lang: str) -> str:
    # One column of names beside the row numbers, the numbers' header cell left empty.
    rows = "".join(
        f"<tr><td>{n}</td><td>{p.name} ({place(p, lang)})</td></tr>"
        for n, p in enumerate(parties, 1)
    )
    return f"<table><tr><th></th><th>{w.name}</th></tr>{rows}</table>"


# A party with a second row whose name cell is left blank: another purpose and place
# of the same party, not a party named after its purpose.
SECOND_ROW = ("Backups", ("IE",))


def blank_name_cell(parties: list[Party], w: Words, lang: str) -> str:
    head = f"<tr><th>{w.name}</th><th>{w.purpose}</th><th>{w.location}</th></tr>"
    more = Party("", SECOND_ROW[0], SECOND_ROW[1], "")
    rows = "".join(
        f"<tr><td>{p.name}</td><td>{p.purpose}</td><td>{place(p, lang)}</td></tr>"
        + (
            f"<tr><td></td><td>{more.purpose}</td><td>{place(more, lang)}</td></tr>"
            * (p.name == PARTIES[0].name)
        )
        for p in parties
    )
    return f"<table>{head}{rows}</table>"


def table_no_th(parties: list[Party], w: Words, lang: str) -> str:
    rows = "".join(
        f"<tr><td>{p.name}</td><td>{p.purpose}</td><td>{place(p, lang)}</td></tr>" for p in parties
    )
    return f"<table>{rows}</table>"


def table_two_columns(parties: list[Party], w: Words, lang: str) -> str:
    rows = "".join(f"<tr><td>{p.name}</td><td>{place(p, lang)}</td></tr>" for p in parties)
    return f"<table>{rows}</table>"


def one_column_table(parties: list[Party], w: Words, lang: str) -> str:
    rows = "".join(f"<tr><td>{p.name} ({place(p, lang)})</td></tr>" for p in parties)
    return f"<table><tr><th>{w.name}</th></tr>{rows}</table>"


def bullets(parties: list[Party], w: Words, lang: str) -> str:
    items = "".join(f"<li>{p.name} – {p.purpose} ({place(p, lang)})</li>" for p in parties)
    return f"<ul>{items}</ul>"


def definition_list(parties: list[Party], w: Words, lang: str) -> str:
    items = "".join(f"<dt>{p.name}</dt><dd>{p.purpose} ({place(p, lang)})</dd>" for p in parties)
    return f"<dl>{items}</dl>"


def headings(level: int) -> Shape:
    def shape(parties: list[Party], w: Words, lang: str) -> str:
        return "".join(
            f"<h{level}>{p.name}</h{level}><p>{w.purpose}: {p.purpose}</p>"
            f"<p>{w.location}: {place(p, lang)}</p>"
            for p in parties
        )

    return shape


def bold_paragraphs(parties: list[Party], w: Words, lang: str) -> str:
    return "".join(
        f"<p><strong>{p.name}</strong></p><p>{p.purpose}. {w.location}: {place(p, lang)}</p>"
        for p in parties
    )


def cards(parties: list[Party], w: Words, lang: str) -> str:
    return "".join(
        f'<div class="card">{p.name}<br>{w.purpose}: {p.purpose}<br>'
        f"{w.location}: {place(p, lang)}</div>"
        for p in parties
    )


def several_countries(parties: list[Party], w: Words, lang: str) -> str:
    # Every party in the US and the EU, so the changed one moves within a list.
    wide = [replace(p, countries=(*p.countries, "EU")) for p in parties]
    return table_th(wide, w, lang)


def services_column(parties: list[Party], w: Words, lang: str) -> str:
    head = (
        f"<tr><th>{w.name}</th><th>{w.services}</th><th>{w.purpose}</th><th>{w.location}</th></tr>"
    )
    rows = "".join(
        f"<tr><td>{p.name}</td><td>Web, API</td><td>{p.purpose}</td><td>{place(p, lang)}</td></tr>"
        for p in parties
    )
    return f"<table>{head}{rows}</table>"


def linked_names(parties: list[Party], w: Words, lang: str) -> str:
    head = f"<tr><th>{w.name}</th><th>{w.purpose}</th><th>{w.location}</th></tr>"
    rows = "".join(
        f"<tr><td>{_name(p)}</td><td>{p.purpose}</td><td>{place(p, lang)}</td></tr>"
        for p in parties
    )
    return f"<table>{head}{rows}</table>"


def linked_bullets(parties: list[Party], w: Words, lang: str) -> str:
    items = "".join(f"<li>{_name(p)}: {p.purpose} ({place(p, lang)})</li>" for p in parties)
    return f"<ul>{items}</ul>"


SHAPES: dict[str, Shape] = {
    "table-th": table_th,
    "table-no-th": table_no_th,
    "table-2-columns": table_two_columns,
    "one-column-table": one_column_table,
    "bullets": bullets,
    "dl": definition_list,
    "h3-sections": headings(3),
    "h4-sections": headings(4),
    "bold-paragraphs": bold_paragraphs,
    "cards": cards,
    "several-countries": several_countries,
    "services-column": services_column,
    "linked-names": linked_names,
    "linked-bullets": linked_bullets,
    "numbered": numbered(lambda lang: NUMBER[lang]),
    "numbered-blank-header": numbered(lambda lang: ""),
    "blank-name-cell": blank_name_cell,
    "numbered-names": numbered_names,
}


def md_table(parties: list[Party], w: Words, lang: str) -> str:
    rows = "".join(f"| [{p.name}]({p.link}) | {p.purpose} | {place(p, lang)} |\n" for p in parties)
    return f"| {w.name} | {w.purpose} | {w.location} |\n|---|---|---|\n{rows}"


def md_bullets(parties: list[Party], w: Words, lang: str) -> str:
    return "".join(
        f"- **[{p.name}]({p.link})** – {p.purpose} ({place(p, lang)})\n" for p in parties
    )


def md_headings(parties: list[Party], w: Words, lang: str) -> str:
    return "\n".join(
        f"### {p.name}\n\n{w.purpose}: {p.purpose}  \n{w.location}: {place(p, lang)}\n"
        for p in parties
    )


def md_numbered(parties: list[Party], w: Words, lang: str) -> str:
    # The header cell over the row numbers left empty.
    rows = "".join(
        f"| {n} | {p.name} | {p.purpose} | {place(p, lang)} |\n" for n, p in enumerate(parties, 1)
    )
    return f"|  | {w.name} | {w.purpose} | {w.location} |\n|---|---|---|---|\n{rows}"


def md_blank_name_cell(parties: list[Party], w: Words, lang: str) -> str:
    more = Party("", SECOND_ROW[0], SECOND_ROW[1], "")
    rows = "".join(
        f"| {p.name} | {p.purpose} | {place(p, lang)} |\n"
        + f"|  | {more.purpose} | {place(more, lang)} |\n" * (p.name == PARTIES[0].name)
        for p in parties
    )
    return f"| {w.name} | {w.purpose} | {w.location} |\n|---|---|---|\n{rows}"


# Markdown sources (a GitHub file, a docs site's source): read as text/markdown.
MARKDOWN_SHAPES: dict[str, Shape] = {
    "md-table": md_table,
    "md-bullets": md_bullets,
    "md-headings": md_headings,
    "md-numbered": md_numbered,
    "md-blank-name-cell": md_blank_name_cell,
}


def page(
    shape: Shape, parties: list[Party], language: str, context: str, markdown: bool | None = None
) -> ExtractedDocument:
    """The list in a page of ``context`` (a sub-processor page or a policy), HTML or, for
    the Markdown shapes (or ``markdown``), a Markdown source."""
    w = WORDS[language]
    body = shape(parties, w, language)
    if shape in MARKDOWN_SHAPES.values() if markdown is None else markdown:
        if context == "subprocessors":
            md = f"# {w.title}\n\n1.3.2024\n\n{w.lead}\n\n{body}"
        else:
            md = (
                f"# {w.policy}\n\n1.3.2024\n\n## {w.recipients}\n\n{w.lead}\n\n{body}\n"
                f"## {w.rights}\n\n{w.rights}: {w.policy}.\n"
            )
        return extract(md.encode(), "text/markdown")
    if context == "subprocessors":
        main = f"<h1>{w.title}</h1><p>1.3.2024</p><p>{w.lead}</p><h2>{w.title}</h2>{body}"
    else:
        main = (
            f"<h1>{w.policy}</h1><p>1.3.2024</p><h2>{w.recipients}</h2><p>{w.lead}</p>{body}"
            f"<h2>{w.rights}</h2><p>{w.rights}: {w.policy}.</p>"
        )
    html = (
        f'<html lang="{language}"><head><title>{w.title}</title></head>'
        f"<body><main>{main}</main></body></html>"
    )
    return extract(html.encode(), "text/html")


def relinked(parties: list[Party]) -> list[Party]:
    return [replace(p, link=p.link.replace("/privacy", "/legal/privacy")) for p in parties]


# Shapes with no purpose to change.
NO_PURPOSE = {"table-2-columns", "one-column-table", "numbered-names"}


@pytest.mark.parametrize("context", ["subprocessors", "policy"])
@pytest.mark.parametrize("language", sorted(WORDS))
@pytest.mark.parametrize("shape_name", sorted(SHAPES) + sorted(MARKDOWN_SHAPES))
def test_entry_shapes(shape_name, language, context):
    shape = SHAPES.get(shape_name) or MARKDOWN_SHAPES[shape_name]
    doc_type = "subprocessors" if context == "subprocessors" else None
    base = list(PARTIES)
    diff = differ(lambda parties: page(shape, parties, language, context), base, doc_type)
    assert_four_changes(diff, base)
    assert_repurposed_and_renamed(diff, base, shape_name not in NO_PURPOSE)
    link_only = diff(relinked(base))
    assert not link_only.material, [r.explanation for r in link_only.reasons]
