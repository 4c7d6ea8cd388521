"""One table, four sources: HTML, Markdown, plain text and PDF give the same rows and entries.

A sub-processor table with an empty cell in the middle of a row and one at its end:
every source keeps the empty cells where they are (columns stay in place), none lets
a stray pipe or Markdown's ``|---|`` separator row (written without spaces) into
the text. Columns of prose with real word ends (some PDF writers report where each
word ends) are no table either: read column after column.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from fpdf import FPDF
from fpdf.enums import TableBordersLayout

from policywatch.diffing.entries import read_entries
from policywatch.extract import extract
from policywatch.extract.pdftables import table_row, with_tables
from tests.diffing.test_pdf_entry_shapes import word_places

ROWS = [("Name", "Purpose", "Location"),
        ("Amazon Web Services, Inc.", "Cloud hosting", "United States"),
        ("OVH SAS", "", "France"),
        ("Stripe, Inc.", "Payments", ""),
        ("Zendesk, Inc.", "Customer support", "United States")]  # fmt: skip
TITLE, LEAD = "Sub-processors", "We use the following sub-processors."


def _html() -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    return f"<html><body><h1>{TITLE}</h1><p>{LEAD}</p><table>{rows}</table></body></html>".encode()


def _pipes(spaced: bool) -> str:
    sep = " | " if spaced else "|"
    lines = [sep.join(("", *row, "")).strip() for row in ROWS]
    return "\n".join([lines[0], "|---|---|---|", *lines[1:]])


def _pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, LEAD, new_x="LMARGIN", new_y="NEXT")
    layout = {"borders_layout": TableBordersLayout.NONE, "col_widths": (60, 60, 50)}
    with pdf.table(**layout, width=170, line_height=5) as table:
        for cells in ROWS:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


SOURCES = {
    "html": lambda: (_html(), "text/html"),
    "markdown": lambda: (f"# {TITLE}\n\n{LEAD}\n\n{_pipes(True)}\n".encode(), "text/markdown"),
    "text": lambda: (f"{TITLE}\n\n{LEAD}\n\n{_pipes(False)}\n".encode(), "text/plain"),
    "pdf": lambda: (_pdf(), "application/pdf"),
}


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_the_same_table_gives_the_same_rows_and_entries(source: str) -> None:
    doc = extract(*SOURCES[source]())
    rows = [line for line in doc.text.splitlines() if "|" in line]
    assert rows == [" | ".join(row) for row in ROWS], doc.text
    entries = [(e.name, e.purpose, e.location) for e in read_entries(doc, "subprocessors").entries]
    assert entries == [row for row in ROWS[1:]], doc.text


def test_table_row_reads_pipes_with_and_without_spaces() -> None:
    assert (
        table_row("|OVH SAS||France|")
        == table_row("| OVH SAS |  | France |")
        == "OVH SAS |  | France"
    )
    assert table_row("| --- | :--: |") is None and table_row("|---|---|") is None
    assert table_row("| Stripe, Inc. | Payments") is None  # no row: it does not end with a pipe


def test_columns_of_prose_with_word_ends_read_column_after_column() -> None:
    """Words whose ends pypdf reports: the gutter (5 mm) is seen at every line."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    sentence = ("We keep the personal data you give us only for as long as the service needs it,"
                " and you can ask us for a copy of it at any time. ")  # fmt: skip
    left, right = sentence * 3, sentence.replace("We keep", "They hold") * 3
    width = (pdf.epw - 5) / 2
    places = [
        *word_places(pdf, left, 10, width, 20),
        *word_places(pdf, right, 15 + width, width, 20),
    ]
    pt = 72 / 25.4
    words = [
        SimpleNamespace(text=w, x=x * pt, y=(297 - y) * pt, size=10,
                        end=(x + pdf.get_string_width(w)) * pt)
        for x, y, w in places
    ]  # fmt: skip
    lines: dict[float, list[str]] = {}
    for x, y, w in places:
        lines.setdefault((x >= 15 + width, y), []).append(w)  # type: ignore[arg-type]
    page = "\n".join(" ".join(ws) for ws in lines.values())  # pypdf's text: column order
    text = re.sub(r"\s+", " ", with_tables([page], [words])[0])
    assert "|" not in text and text.index(left.strip()) < text.index(right.strip()), text
