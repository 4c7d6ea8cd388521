"""The sub-processor page of :mod:`tests.subprocessor_pages` as other vendors publish
it: a PDF (fpdf2, a real table), and HTML in Norwegian and German. Each case is two
versions (Cloudflare added, Zendesk moved, Stripe moved down a row) and the two lines
every surface (CLI diff, Datasette change page, Slack, e-mail) must show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fpdf import FPDF

from tests import subprocessor_pages as en


@dataclass(frozen=True)
class ListCase:
    old: bytes
    new: bytes
    content_type: str
    suffix: str  # the file name's, for the CLI
    added: str
    changed: str


# fmt: off
# title, lead, (name, purpose, location) headers, Ireland, United States, the purposes.
_WORDS = {
    "nb": ("Underdatabehandlere", "Vi bruker disse underdatabehandlerne for å levere tjenesten.",
           ("Navn", "Formål", "Sted"), "Irland", "USA",
           ("Skylagring", "Betalingsbehandling", "Kundestøtte", "E-post", "Skytjenester")),
    "de": ("Unterauftragsverarbeiter",
           "Wir setzen die folgenden Unterauftragsverarbeiter für den Dienst ein.",
           ("Name", "Zweck", "Standort"), "Irland", "USA",
           ("Cloud-Hosting", "Zahlungsabwicklung", "Kundensupport", "E-Mail-Versand",
            "Cloud-Dienste")),
}
# fmt: on
_NAMES = ("Amazon Web Services, Inc.", "Stripe", "Zendesk", "Mailgun", "Cloudflare")


def _rows(language: str, new: bool) -> list[tuple[str, str, str]]:
    _, _, _, ireland, us, purposes = _WORDS[language]
    places = [ireland, us, us if new else ireland, us, us]
    rows = list(zip(_NAMES, purposes, places, strict=True))
    return [rows[0], rows[2], rows[3], rows[1], rows[4]] if new else rows[:4]


def _html(language: str, new: bool) -> bytes:
    title, lead, headers, *_ = _WORDS[language]
    head = "".join(f"<th>{h}</th>" for h in headers)
    rows = _rows(language, new)
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return (
        f'<!doctype html><html lang="{language}"><head><title>{title}</title></head><body>'
        f"<main><h1>{title}</h1><p>{lead}</p><table><tr>{head}</tr>{body}</table></main>"
        "</body></html>"
    ).encode()


def _language_case(language: str) -> ListCase:
    _, _, _, ireland, us, purposes = _WORDS[language]
    return ListCase(
        _html(language, False), _html(language, True), "text/html; charset=utf-8", ".html",
        f"added: Cloudflare ({purposes[4]}, {us})", f"changed: Zendesk: location {ireland} → {us}",
    )  # fmt: skip


_TAG = re.compile(r"<[^>]+>")


def _pdf(html: bytes) -> bytes:
    """The English page's title, lead and table as a PDF (its links as their text)."""
    rows = re.findall(r"<tr>(.*?)</tr>", html.decode(), re.S)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Sub-processors", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "We use the following sub-processors to provide the service.",
                   new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(4)
    with pdf.table(col_widths=(60, 70, 50), line_height=5, width=180) as table:
        for row in rows:
            cells = re.findall(r"<t[hd]>(.*?)</t[hd]>", row, re.S)
            line = table.row()
            for cell in cells:
                line.cell(_TAG.sub("", cell).strip())
    return bytes(pdf.output())


CASES: dict[str, ListCase] = {
    "html-en": ListCase(en.OLD, en.NEW, "text/html; charset=utf-8", ".html", en.ADDED, en.CHANGED),
    "pdf-en": ListCase(_pdf(en.OLD), _pdf(en.NEW), "application/pdf", ".pdf", en.ADDED, en.CHANGED),
    "html-nb": _language_case("nb"),
    "html-de": _language_case("de"),
}
