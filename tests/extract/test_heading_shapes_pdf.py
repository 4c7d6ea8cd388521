"""PDF headings set in the body's size, told apart by their font alone, beside twins that stay text.

The PDF continuation of ``test_heading_shapes.py`` (same languages, five
unnumbered sections under a title): two-page PDFs written here (fpdf2) with
a running header and footer on every page. The title is set large and bold,
each section heading bold at the body's size; nothing else (numbers, upper
case, a blank line) sets a heading apart. A reader sees one kind of line
heading each section, so the five lines are one level whatever the scorer
makes of each one's position, and the large title above the first heading
is the title, not a line of a bold paragraph. The twins: a bold sentence
wrapped over two lines after each section's paragraph (consecutive lines
set in one bold font are a paragraph), the running header and footer
(furniture: neither text nor headings), and the same headings set in the
body's font with nothing to tell them from the text's first line.
"""

from __future__ import annotations

import pytest
from fpdf import FPDF

from policywatch.extract import extract
from tests.extract.test_heading_shapes import LANGUAGES, assert_the_five_topics

HEADER = "Acme SA"
FOOTER = "Acme SA - {page}"
# A warning set in bold, long enough to wrap over two lines, ending a sentence.
WARNING = {
    "en": "Please read this part carefully: it says what you agree to when you use the"
    " service, and what you may ask of us at any time.",
    "nb": "Les denne delen nøye: den sier hva du godtar når du bruker tjenesten, og hva du"
    " når som helst kan be oss om.",
    "de": "Bitte lesen Sie diesen Teil sorgfältig: Er sagt, wozu Sie zustimmen, wenn Sie den"
    " Dienst nutzen, und was Sie jederzeit von uns verlangen können.",
    "fr": "Lisez attentivement cette partie : elle dit ce que vous acceptez en utilisant le"
    " service, et ce que vous pouvez nous demander à tout moment.",
}

# (not after a page's last section: a line ending every page is a running footer)
WARNING_SKIPPED = (2, 4)


def _pdf(lang: str, heading_style: str, warning: bool = False) -> bytes:
    """The title (bold, 16 pt), an introduction, then each topic (``heading_style``) over text."""
    title, topics, text = LANGUAGES[lang]

    class Page(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, FOOTER.format(page=self.page_no()), align="C")

    pdf = Page()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for k, topic in enumerate(topics):
        pdf.set_font("Helvetica", heading_style, 10)
        pdf.multi_cell(0, 5, topic, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, f"{text} " * 3, new_x="LMARGIN", new_y="NEXT")
        if warning and k not in WARNING_SKIPPED:
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 5, WARNING[lang], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        if k == 2:
            pdf.add_page()
    return bytes(pdf.output())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bold_body_size_headings_under_a_large_title_are_one_level(lang: str) -> None:
    doc = extract(_pdf(lang, "B"), "application/pdf")
    assert_the_five_topics([s.heading for s in doc.sections if s.level == 2], lang)
    assert doc.title == LANGUAGES[lang][0]
    assert HEADER not in doc.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_bold_sentence_over_two_lines_beside_bold_headings_stays_text(lang: str) -> None:
    doc = extract(_pdf(lang, "B", warning=True), "application/pdf")
    assert_the_five_topics([s.heading for s in doc.sections if s.level == 2], lang)
    assert " ".join(doc.text.split()).count(WARNING[lang]) == 5 - len(WARNING_SKIPPED)
    assert all(WARNING[lang][:20] not in s.heading for s in doc.sections)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_body_font_lines_with_nothing_to_set_them_apart_are_no_sections(lang: str) -> None:
    """The twin: the same lines in the body's font read as text (not read as headings yet:
    README), and never as the title or a level-1 banner above it."""
    doc = extract(_pdf(lang, ""), "application/pdf")
    assert doc.title == LANGUAGES[lang][0]
    assert all(topic in doc.text for topic in LANGUAGES[lang][1])
    assert HEADER not in doc.text
