"""PDFs written here (fpdf2): running headers and footers, titles, numbered headings.

Two to three pages, in four languages, each with a running header and a
footer on every page; the section headings numbered, set bold or in the
body's font. The furniture is neither text nor a heading, the title is the
title (also when the running header repeats it), every section is found.
"""

from __future__ import annotations

import pytest
from fpdf import FPDF

from policywatch.extract import extract

LANGUAGES = {
    "en": ("Privacy Policy", ["Data we collect", "How we use your data", "Your rights"]),
    "nb": ("Personvernerklæring", ["Hvilke opplysninger vi samler inn", "Deling med andre",
                                   "Dine rettigheter"]),
    "de": ("Datenschutzerklärung", ["Welche Daten wir erheben", "Wie wir sie nutzen",
                                    "Ihre Rechte"]),
    "fr": ("Politique de confidentialité", ["Données collectées", "Partage avec des tiers",
                                            "Vos droits"]),
}  # fmt: skip
TEXT = (
    "We keep the personal data you give us only as long as the service needs it, and we never"
    " sell it to anyone; you can ask us for a copy."
)
SECTIONS = 12


def _pdf(lang: str, header: str, footer: str, bold: bool) -> bytes:
    title, topics = LANGUAGES[lang]

    class Page(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, header.format(title=title), new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, footer.format(page=self.page_no()), align="C")

    pdf = Page()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, TEXT * 3, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for n in range(1, SECTIONS + 1):
        topic = topics[(n - 1) % len(topics)]
        pdf.set_font("Helvetica", "B" if bold else "", 11)
        pdf.multi_cell(0, 6, f"{n}. {topic}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, f"{topic} ({n}): {TEXT} " * 4, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


@pytest.mark.parametrize("bold", [True, False], ids=["bold headings", "body-font headings"])
@pytest.mark.parametrize(
    ("header", "footer"),
    [("{title}", "Page {page}"), ("Acme SA", "Acme SA - confidential - {page}")],
    ids=["header repeats the title", "company header"],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_furniture_title_and_numbered_sections(lang: str, header: str, footer: str, bold):
    title, topics = LANGUAGES[lang]
    doc = extract(_pdf(lang, header, footer, bold), "application/pdf")
    found = [s.heading for s in doc.sections if s.level == 2]
    assert found == [f"{n}. {topics[(n - 1) % len(topics)]}" for n in range(1, SECTIONS + 1)]
    assert doc.title == title
    assert "Acme SA" not in doc.text and "Page 2" not in doc.text
