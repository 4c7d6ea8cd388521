"""PDFs: a word-per-object PDF rebuilt into lines from text positions (real corpus file)."""

from __future__ import annotations

import pytest

from policywatch.extract import extract
from policywatch.extract.pdf import pdf_text
from policywatch.sources import load_source
from tests.conftest import CORPUS

FRUITZ_V04 = CORPUS / "fruitz-privacy-policy" / "v04_2024-02-26.pdf"
pytestmark = pytest.mark.skipif(not FRUITZ_V04.is_file(), reason="dev corpus not beside the repo")


def test_word_per_object_pdf_comes_out_as_lines():
    lines = pdf_text(FRUITZ_V04.read_bytes()).splitlines()
    words = [line for line in lines if line.strip()]
    assert sum(" " not in line for line in words) < 0.2 * len(words)
    assert "Last update: 16 February 2024" in lines
    assert "1. What Personal Data is processed by FLASHGAP?" in lines


def test_word_per_object_pdf_quotes_are_glued_like_the_text():
    text = pdf_text(FRUITZ_V04.read_bytes())
    # Quote marks are separate zero-width objects in this PDF; OTA's text has no spaces inside.
    assert '(hereinafter "Personal Data") while you' in text
    assert "a French “société par actions simplifiée” with" in text


def test_word_per_object_pdf_gives_date_and_numbered_sections():
    doc = extract(*load_source(str(FRUITZ_V04)))
    assert doc.stated_date is not None
    assert (doc.stated_date.value, doc.stated_date.precision) == ("2024-02-16", "day")
    top = [s.heading for s in doc.sections if s.level == 2]
    numbered = [h for h in top if h[:1].isdigit()]
    assert [h.split(".")[0] for h in numbered] == [str(n) for n in range(1, 10)]
    assert "3. How long does FLASHGAP keep your data?" in top
