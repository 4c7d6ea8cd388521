"""PDF table rows whose cells run together: a name as wide as its column.

A name that fills its column leaves less than a gutter before the purpose, so the
line reads as one cell; the row is cut where a word starts one of the table's
columns when the table goes on after it. The twin: a justified paragraph after a
table, whose words happen to start at the columns, stays text.
"""

from __future__ import annotations

import io

from fpdf import FPDF
from pypdf import PdfReader

from policywatch.diffing.entries import read_entries
from policywatch.extract import extract
from policywatch.extract.pdflines import PositionCollector
from tests.diffing.party_lists import PARTIES, WORDS, Party
from tests.diffing.test_pdf_entry_shapes import BOTTOM, ruled_table, start_page, write_table

LONG_NAME = "Stripe Payments Europe, Ltd."


def _column_starts(body: bytes, labels: tuple[str, ...]) -> list[float]:
    """Where the header's labels start on the page (mm from the left edge)."""
    collector = PositionCollector()
    PdfReader(io.BytesIO(body)).pages[0].extract_text(visitor_text=collector.visit)
    return [next(w.x for w in collector.words if w.text.strip() == t) * 25.4 / 72 for t in labels]


def _justified(pdf: FPDF, text: str, y: float, left: float, stops: list[float]) -> None:
    """One line of prose placed word by word from ``left``, its spaces widened (as
    justified text's are) so that a word starts at each of ``stops`` (mm)."""
    words = text.split()
    space = pdf.get_string_width(" ")
    xs, x = [], left
    for word in words:
        xs.append(x)
        x += pdf.get_string_width(word) + space
    start = 0
    for stop in stops:
        k = max(n for n, at in enumerate(xs) if at <= stop)
        extra = (stop - xs[k]) / max(k - start, 1)
        for n in range(start + 1, len(xs)):
            xs[n] += extra * (min(n, k) - start)
        start = k
    for at, word in zip(xs, words, strict=True):
        pdf.text(at, y, word)


def test_a_name_that_fills_its_column_keeps_its_row() -> None:
    """A name as wide as its column leaves less than a gutter before the purpose: the
    row is cut where the table's next column starts, when the table goes on after it."""
    w = WORDS["en"]
    parties = [PARTIES[0], Party(LONG_NAME, "Payments", ("IE",), ""), PARTIES[2]]
    body, _ = ruled_table(parties, w, "en", BOTTOM)
    rows = [(e.name, e.purpose) for e in read_entries(extract(body, "application/pdf")).entries]
    assert rows == [(p.name, p.purpose) for p in parties]


def test_justified_prose_after_a_table_is_not_cut_at_its_columns() -> None:
    """The twin: a paragraph after the table whose words happen to start where the
    table's columns do (its spaces widened) stays one line of text, no row."""
    w, base = WORDS["en"], list(PARTIES)
    pdf = start_page(w.title, BOTTOM)
    write_table(pdf, base, w, "en")
    probe = bytes(pdf.output())
    left, *stops = _column_starts(probe, (w.name, w.purpose, w.location))
    pdf = start_page(w.title, BOTTOM)
    write_table(pdf, base, w, "en")
    y = pdf.get_y() + 6
    line = "Each of these companies keeps the personal data it processes for us in the places named"
    _justified(pdf, line, y, left, stops)
    # Its last line short: one cell in the first column, as a wrapped name's would be.
    _justified(pdf, "above, under contract.", y + 5, left, [])
    doc = extract(bytes(pdf.output()), "application/pdf")
    assert " ".join(line.split()[:4]) in doc.text
    assert not any(" | " in x and "companies" in x for x in doc.text.splitlines()), doc.text
    assert [e.name for e in read_entries(doc, "subprocessors").entries] == [p.name for p in base]
