"""Sub-processor lists and DPA annexes as real PDFs (fpdf2), read back as entries.

The same parties as :mod:`tests.diffing.test_entry_shapes`, with each language's
words and CLDR country names, written as PDFs the way vendors publish them: a
table with and without ruling lines, a table whose cells wrap onto two lines, a
table split across two pages with its header repeated, one name a line with its
purpose under it, and a DPA whose annex holds the table. Every page has a running
header and a "Page 1 of 2" footer. Each goes through the real pipeline (PDF
extraction, then the diff) changed five ways: a party added, removed, moved to
another country (material: recipients, recipients, transfers), the parties
reordered, and only the page break moved (not material).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest
from click.testing import CliRunner
from fpdf import FPDF
from fpdf.enums import TableBordersLayout
from pypdf import PdfReader

from policywatch.alerts.message import Message, notice_from_row, text
from policywatch.cli import cli
from policywatch.core.model import ExtractedDocument
from policywatch.diffing import diff_documents
from policywatch.diffing.entries import read_entries
from policywatch.extract import extract
from tests.diffing.party_lists import (
    ADDED,
    PARTIES,
    WORDS,
    Party,
    Words,
    assert_four_changes,
    assert_repurposed_and_renamed,
    place,
)
from tests.diffing.test_entry_shapes import NUMBER, SECOND_ROW

LANGUAGES = ("en", "de", "fr", "nb", "es", "it", "nl", "sv")
# A longer purpose, so a cell wraps onto two lines in a narrow column.
LONG = " and storage of backups in two data centres"
# Words of a DPA around its annex, per language (test text, not a rule's words).
DPA = {
    "en": ("Data Processing Agreement", "Annex III - List of sub-processors",
           "The processor shall process personal data only on documented instructions."),
    "de": ("Auftragsverarbeitungsvertrag", "Anlage III - Liste der Unterauftragsverarbeiter",
           "Der Auftragsverarbeiter verarbeitet personenbezogene Daten nur auf Weisung."),
    "fr": ("Accord de traitement des données", "Annexe III - Liste des sous-traitants ultérieurs",
           "Le sous-traitant traite les données personnelles uniquement sur instruction."),
    "nb": ("Databehandleravtale", "Vedlegg III - Liste over underdatabehandlere",
           "Databehandleren skal bare behandle personopplysninger etter instruks."),
    "es": ("Acuerdo de tratamiento de datos", "Anexo III - Lista de subencargados",
           "El encargado tratará los datos personales solo siguiendo instrucciones."),
    "it": ("Accordo sul trattamento dei dati", "Allegato III - Elenco dei sub-responsabili",
           "Il responsabile tratta i dati personali soltanto su istruzione documentata."),
    "nl": ("Verwerkersovereenkomst", "Bijlage III - Lijst van subverwerkers",
           "De verwerker verwerkt persoonsgegevens uitsluitend op schriftelijke instructie."),
    "sv": ("Personuppgiftsbiträdesavtal", "Bilaga III - Förteckning över underbiträden",
           "Biträdet behandlar personuppgifter endast enligt dokumenterade instruktioner."),
}  # fmt: skip
FILLER = (
    "{lead} Each of them is bound by a written agreement with the same protection of personal"
    " data as ours, and we tell our customers thirty days before a new one starts. "
)


class Page(FPDF):
    """A page with a running header and a "Page n of m" footer (page furniture)."""

    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Acme SA", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def start_page(title: str, bottom: float) -> Page:
    pdf = Page()
    pdf.set_auto_page_break(True, margin=bottom)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "1.3.2024", new_x="LMARGIN", new_y="NEXT")
    return pdf


def _para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def write_table(
    pdf: FPDF,
    parties: list[Party],
    w: Words,
    lang: str,
    *,
    borders: TableBordersLayout = TableBordersLayout.ALL,
    widths: tuple[int, int, int] = (60, 70, 50),
    long: bool = False,
    numbered: bool = False,
    number_header: str | None = None,
    second_row: bool = False,
) -> None:
    pdf.set_font("Helvetica", "", 10)
    widths = (10, 60, 70, 50) if numbered else widths
    layout = {"borders_layout": borders, "col_widths": widths, "line_height": 5}
    with pdf.table(**layout, width=sum(widths)) as t:
        row = t.row()
        number = NUMBER[lang] if number_header is None else number_header
        for cell in (number,) * numbered + (w.name, w.purpose, w.location):
            row.cell(cell)
        for n, p in enumerate(parties, 1):
            row = t.row()
            cells = (p.name, p.purpose + (LONG if long else ""), place(p, lang))
            for cell in (str(n),) * numbered + cells:
                row.cell(cell)
            if second_row and p.name == PARTIES[0].name:
                # The same party's second row, its name cell left blank.
                more = Party("", SECOND_ROW[0], SECOND_ROW[1], "")
                row = t.row()
                for cell in ("",) * numbered + ("", more.purpose, place(more, lang)):
                    row.cell(cell)


# A PDF shape: (parties, words, language, bottom margin) -> (bytes, doc_type).
Shape = Callable[[list[Party], Words, str, float], tuple[bytes, str | None]]


def _list_page(
    body: Callable[[Page], None], w: Words, bottom: float, at: float | None = None
) -> bytes:
    pdf = start_page(w.title, bottom)
    _para(pdf, FILLER.format(lead=w.lead))
    if at is not None:
        pdf.set_y(at)  # the list starts this far down the page (mm)
    body(pdf)
    _para(pdf, f"{w.rights}: {w.policy}.")
    return bytes(pdf.output())


def ruled_table(parties: list[Party], w: Words, lang: str, bottom: float):
    return _list_page(lambda pdf: write_table(pdf, parties, w, lang), w, bottom), "subprocessors"


def unruled_table(parties: list[Party], w: Words, lang: str, bottom: float):
    def body(pdf: Page) -> None:
        write_table(pdf, parties, w, lang, borders=TableBordersLayout.NONE)

    return _list_page(body, w, bottom), "subprocessors"


def wrapped_cells(parties: list[Party], w: Words, lang: str, bottom: float):
    def body(pdf: Page) -> None:
        write_table(pdf, parties, w, lang, widths=(35, 55, 40), long=True)

    return _list_page(body, w, bottom), "subprocessors"


def two_pages(parties: list[Party], w: Words, lang: str, bottom: float):
    # Low enough on the page that the table breaks onto page 2, its header repeated there.
    def body(pdf: Page) -> None:
        write_table(pdf, parties, w, lang, long=True)

    return _list_page(body, w, bottom, at=TABLE_AT), "subprocessors"


def numbered_rows(parties: list[Party], w: Words, lang: str, bottom: float):
    # A first column of row numbers: a party added or removed renumbers those below it.
    def body(pdf: Page) -> None:
        write_table(pdf, parties, w, lang, borders=TableBordersLayout.NONE, numbered=True)

    return _list_page(body, w, bottom), "subprocessors"


def numbered_blank_header(parties: list[Party], w: Words, lang: str, bottom: float):
    # Row numbers under a header cell left empty: the names stay under "Name".
    def body(pdf: Page) -> None:
        write_table(pdf, parties, w, lang, borders=TableBordersLayout.NONE, numbered=True,
               number_header="")  # fmt: skip

    return _list_page(body, w, bottom), "subprocessors"


def blank_name_cell(parties: list[Party], w: Words, lang: str, bottom: float):
    # A party's second row, its name cell blank: more of that party, no party of its own.
    return _list_page(lambda pdf: write_table(pdf, parties, w, lang, second_row=True), w, bottom), (
        "subprocessors"
    )


def name_lines(parties: list[Party], w: Words, lang: str, bottom: float):
    def body(pdf: Page) -> None:
        for p in parties:
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 5, p.name, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, f"{p.purpose} ({place(p, lang)})", new_x="LMARGIN", new_y="NEXT")

    return _list_page(body, w, bottom), "subprocessors"


def dpa_annex(parties: list[Party], w: Words, lang: str, bottom: float):
    title, annex, clause = DPA[lang]
    pdf = start_page(title, bottom)
    for n in range(1, 9):
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, f"{n}. {title}", new_x="LMARGIN", new_y="NEXT")
        _para(pdf, f"{clause} " * 4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, annex, new_x="LMARGIN", new_y="NEXT")
    write_table(pdf, parties, w, lang)
    return bytes(pdf.output()), None


SHAPES: dict[str, Shape] = {
    "ruled-table": ruled_table,
    "unruled-table": unruled_table,
    "wrapped-cells": wrapped_cells,
    "two-pages": two_pages,
    "name-lines": name_lines,
    "numbered-rows": numbered_rows,
    "numbered-blank-header": numbered_blank_header,
    "blank-name-cell": blank_name_cell,
    "dpa-annex": dpa_annex,
}
# Page-break margins (mm): the two-page table breaks after its second row, then its first.
BOTTOM, MOVED_BOTTOM = 15.0, 27.0
TABLE_AT = 250.0


def _pages(body: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(body)).pages]


# Not read yet: a renamed party whose longer name fills its narrow column, so no gutter
# is left between it and the purpose (the cells run together).
NAME_FILLS_ITS_CELL: set[str] = set()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("shape_name", sorted(SHAPES))
def test_pdf_entry_shapes(shape_name: str, language: str) -> None:
    shape, w, base = SHAPES[shape_name], WORDS[language], list(PARTIES)
    old_pdf, doc_type = shape(base, w, language, BOTTOM)
    old = extract(old_pdf, "application/pdf")

    def diff(parties: list[Party], bottom: float = BOTTOM):
        new = extract(shape(parties, w, language, bottom)[0], "application/pdf")
        return diff_documents(old, new, doc_type=doc_type)

    assert_four_changes(diff, base)
    if shape_name not in NAME_FILLS_ITS_CELL:
        assert_repurposed_and_renamed(diff, base)
    page_break = diff(base, MOVED_BOTTOM)
    assert not page_break.material, [r.explanation for r in page_break.reasons]
    assert not page_break.entries


def test_two_pages_table_really_breaks_and_the_break_moves() -> None:
    """The two-page shape is what it says: header on both pages, a different break."""
    w = WORDS["en"]
    here, _ = two_pages(list(PARTIES), w, "en", BOTTOM)
    there, _ = two_pages(list(PARTIES), w, "en", MOVED_BOTTOM)
    pages, moved = _pages(here), _pages(there)
    assert len(pages) == 2 and all(f"{w.name} {w.purpose} {w.location}" in p for p in pages)
    assert [p.count("Inc.") for p in pages] != [p.count("Inc.") for p in moved]
    # Neither the repeated header nor the page furniture is an entry.
    doc = extract(here, "application/pdf")
    names = [e.name for e in read_entries(doc, "subprocessors").entries]
    assert names == [p.name for p in PARTIES]


ADDED_LINE = "added: Cloudflare, Inc. (Content delivery, United States)"


def test_cli_diff_and_alert_text_name_the_added_party(tmp_path) -> None:
    """`policywatch diff` on two PDF files, then the alert text built from that diff."""
    w, base = WORDS["en"], list(PARTIES)
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    old.write_bytes(dpa_annex(base, w, "en", BOTTOM)[0])
    new.write_bytes(dpa_annex([*base, ADDED], w, "en", BOTTOM)[0])
    result = CliRunner().invoke(cli, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("verdict: material")
    assert f"- recipients [{DPA['en'][1]}]: {ADDED_LINE}" in result.output
    result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--format", "json"])
    diff = json.loads(result.output)
    row = {
        "id": 1, "vendor_name": "Acme", "vendor_slug": "acme", "doc_type": "dpa",
        "document_url": new.as_uri(), "verdict": diff["verdict"],
        "categories": json.dumps(diff["categories"]), "summary": diff["summary"],
        "detected_at": "2024-03-02T00:00:00Z", "diff_json": json.dumps(diff),
    }  # fmt: skip
    alert = text(Message([notice_from_row(row, None)], key="k"))
    assert f"  {ADDED_LINE}" in alert.splitlines()


def _prose_pdf(body: Callable[[FPDF], None]) -> bytes:
    pdf = Page()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    body(pdf)
    return bytes(pdf.output())


def _hung_list(pdf: FPDF) -> None:
    # Bullets, numbers and clause numbers set in a column of their own, text hung beside.
    for marker in ("-", "{n}.", "a)", "3.{n}."):
        for n in range(1, 5):
            y = pdf.get_y()
            pdf.cell(8, 5, marker.format(n=n))
            pdf.set_xy(pdf.l_margin + 12, y)
            line = f"We keep item {n} of your data for the time the service needs it."
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)


def _numbered_clauses(pdf: FPDF) -> None:
    # Clauses numbered 1, 2, 3 (with and without a stop) in a column of their own, the
    # text wrapped beside: one column beside the numbers, no table's number column.
    for marker in ("{n}.", "{n}"):
        for n in range(1, 5):
            y = pdf.get_y()
            pdf.cell(8, 5, marker.format(n=n))
            pdf.set_xy(pdf.l_margin + 12, y)
            pdf.multi_cell(0, 5, f"Clause {n}. " + FILLER.format(lead="We share data."),
                           new_x="LMARGIN", new_y="NEXT")  # fmt: skip
        pdf.ln(3)


def word_places(
    pdf: FPDF, text: str, left: float, width: float, y: float
) -> list[tuple[float, float, str]]:
    """Where each word of ``text`` goes, ``(x, y, word)``, in a column ``width`` mm wide
    from ``left``: a line is cut where the next word would pass the column's edge."""
    space, x, places = pdf.get_string_width(" "), left, []
    for word in text.split():
        w = pdf.get_string_width(word)
        if x > left and x + w > left + width:
            x, y = left, y + 5
        places.append((x, y, word))
        x += w + space
    return places


def place_words(pdf: FPDF, places: list[tuple[float, float, str]]) -> float:
    """Each word its own text object (as many writers place them: pypdf reads every
    word's position), in the order given; the y under the last line."""
    for x, y, word in places:
        pdf.set_xy(x, y)
        pdf.cell(pdf.get_string_width(word), 5, word)
    return max(y for _, y, _ in places) + 5


def _two_paragraphs(pdf: FPDF) -> None:
    y = pdf.get_y()
    for n in range(6):
        text = f"Paragraph {n}. " + FILLER.format(lead="We share data.") * 2
        y = place_words(pdf, word_places(pdf, text, pdf.l_margin, pdf.epw, y)) + 2


def _three_fields(pdf: FPDF) -> None:
    # Three "Label: value" lines, the labels in a column of their own: fields, no table.
    for label, value in (
        ("Controller:", "Acme SA, 12 Rue de la Paix, Paris"),
        ("Contact:", "privacy@acme.example"),
        ("Representative:", "Acme Ltd"),
    ):
        y = pdf.get_y()
        pdf.cell(40, 5, label)
        pdf.set_xy(pdf.l_margin + 60, y)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, FILLER.format(lead="We share data."), new_x="LMARGIN", new_y="NEXT")


def _name_value_pair(pdf: FPDF) -> None:
    # Two label/value lines: too few to make a table of.
    for label, value in (("Controller", "Acme SA"), ("Contact", "privacy@acme.example")):
        y = pdf.get_y()
        pdf.cell(40, 5, label)
        pdf.set_xy(pdf.l_margin + 60, y)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, FILLER.format(lead="We share data."), new_x="LMARGIN", new_y="NEXT")


@pytest.mark.parametrize(
    ("body", "kept"),
    [(_hung_list, "We keep item 3 of your data"), (_two_paragraphs, "Paragraph 5."),
     (_name_value_pair, "privacy@acme.example"), (_numbered_clauses, "Clause 4."),
     (_three_fields, "Representative: Acme Ltd")],
    ids=["hung list", "prose", "pair", "numbered clauses", "three fields"],
)  # fmt: skip
def test_what_is_no_table_stays_text(body, kept: str) -> None:
    """The look-alikes: a list hung beside its markers, prose placed word by word, two
    label lines, clauses numbered 1, 2, 3 beside their wrapped text, three "Label: value"
    lines: no rows. (Two columns of prose, signature blocks: tests/extract/test_pdf_columns.py.)"""
    doc = extract(_prose_pdf(body), "application/pdf")
    assert " | " not in doc.text and kept in doc.text


def test_a_repeated_header_row_is_no_entry_but_a_row_like_it_is() -> None:
    header = "Name | Purpose | Location"
    rows = [header, "Stripe, Inc. | Payments | Ireland", header,
            "Name.com, Inc. | Purpose-built domains | Location US"]  # fmt: skip
    doc = ExtractedDocument(text="## Sub-processors\n\n" + "\n\n".join(rows), language="en")
    assert [e.name for e in read_entries(doc).entries] == ["Stripe, Inc.", "Name.com, Inc."]


def test_a_table_written_column_by_column_reads_row_by_row() -> None:
    """Some writers put a table's text down one column after the other."""
    w, rows = WORDS["en"], [("Name", "Location")] + [(p.name, place(p, "en")) for p in PARTIES]
    pdf = start_page(w.title, BOTTOM)
    top = pdf.get_y()
    for column, x in enumerate((20, 110)):
        for n, row in enumerate(rows):
            pdf.text(x, top + 10 + 7 * n, row[column])
    doc = extract(bytes(pdf.output()), "application/pdf")
    names = [(e.name, e.location) for e in read_entries(doc, "subprocessors").entries]
    assert names == [(p.name, place(p, "en")) for p in PARTIES], doc.text
    assert w.name in doc.text
