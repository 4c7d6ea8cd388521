"""A PDF table row whose name fills its column, the last row of a page (issue 13z).

A name as wide as its column leaves less than a gutter before the purpose, so the
line reads as one cell; on any other row it is cut where a word starts one of the
table's columns because the table goes on after it. On the last row of a page
nothing follows but the footer: the table goes on on the next page (its header
repeated there or not), so the row is cut the same way: one entry, its purpose and
place in their columns. Twin: two real rows, the last of page 1 and the first of
page 2, stay two entries. Words placed at known positions with fpdf2 (a running
header and a "Page n of 2" footer); en, nb, de, fr header words.
"""

from __future__ import annotations

import pytest
from fpdf import FPDF

from policywatch.diffing.entries import read_entries
from policywatch.extract import extract
from tests.diffing.test_entry_shapes import PARTIES, WORDS, Party, place

LANGUAGES = ("en", "nb", "de", "fr")
LONG_NAME = "Stripe Payments Europe, Ltd."
NEXT_PAGE = [
    Party("Mailgun, Inc.", "E-mail", ("US",), ""),
    Party("Okta, Inc.", "Login", ("US",), ""),
]
# The first column as wide as the long name and a millimetre more: less than a gutter.
LEFT, PLACE_AT = 20.0, 150.0
LAST_ROW_Y = 250.0  # the page's last row (mm); its footer at 287


def _pdf(first_page: list[Party], next_page: list[Party], language: str, header_again: bool):
    w = WORDS[language]
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", "", 10)
    columns = (LEFT, LEFT + pdf.get_string_width(LONG_NAME) + 1.0, PLACE_AT)

    def row(y: float, cells: tuple[str, str, str]) -> None:
        for x, text in zip(columns, cells, strict=True):
            pdf.text(x, y, text)

    def page(n: int) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(LEFT, 12, "Acme SA")
        pdf.text(95, 287, f"Page {n} of 2")
        pdf.set_font("Helvetica", "", 10)

    page(1)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(LEFT, 25, w.title)
    pdf.set_font("Helvetica", "", 10)
    pdf.text(LEFT, 35, w.lead)
    y = LAST_ROW_Y - 7 * len(first_page)
    row(y, (w.name, w.purpose, w.location))
    for p in first_page:
        y += 7
        row(y, (p.name, p.purpose, place(p, language)))
    page(2)
    y = 25.0
    if header_again:
        row(y, (w.name, w.purpose, w.location))
        y += 7
    for p in next_page:
        row(y, (p.name, p.purpose, place(p, language)))
        y += 7
    pdf.text(LEFT, y + 10, w.rights)
    return bytes(pdf.output())


def _entries(body: bytes) -> list[tuple[str, str, frozenset[str]]]:
    doc = extract(body, "application/pdf")
    return [(e.name, e.purpose, e.countries) for e in read_entries(doc, "subprocessors").entries]


def _expected(parties: list[Party]) -> list[tuple[str, str, frozenset[str]]]:
    return [(p.name, p.purpose, frozenset(p.countries)) for p in parties]


@pytest.mark.parametrize("header_again", [True, False])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_name_filling_its_column_on_a_pages_last_row_is_one_entry(
    language: str, header_again: bool
) -> None:
    first = [PARTIES[0], PARTIES[2], Party(LONG_NAME, "Payments", ("IE",), "")]
    body = _pdf(first, NEXT_PAGE, language, header_again)
    assert _entries(body) == _expected([*first, *NEXT_PAGE])


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_real_rows_across_the_page_break_are_two_entries(language: str) -> None:
    first = list(PARTIES)
    body = _pdf(first, NEXT_PAGE, language, header_again=True)
    assert _entries(body) == _expected([*first, *NEXT_PAGE])
