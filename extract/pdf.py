"""PDF to text with pypdf (and each line's typography), and a check that the text is real words.

>>> text = pdf_text(open("policy.pdf", "rb").read())  # doctest: +SKIP
"""

from __future__ import annotations

import io
import logging
import re

from policywatch.core.model import ExtractionError
from policywatch.extract.pdflines import LineStyle, PositionCollector, line_styles
from policywatch.extract.pdftables import with_tables
from policywatch.extract.textblocks import PAGE_BREAK

# Two letters at least, not tokens.WORD: undecodable fonts leave digits and
# lone letters between glyph ids, which are no evidence of real words.
_WORD = re.compile(r"[^\W\d_]{2,}")


def pdf_text(body: bytes) -> str:
    """Return the text of every page, pages separated by a form feed on a line of its own."""
    return pdf_read(body)[0]


def pdf_read(body: bytes) -> tuple[str, dict[str, LineStyle]]:
    """The text (as :func:`pdf_text`) and the style of its lines (bold font, font size)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs every recoverable oddity; a corrupt file is reported once by us.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise ExtractionError(f"PDF is encrypted: {exc}") from exc
        # Positions are collected in the same pass (a cheap callback): every PDF's
        # tables are read from them, and its lines rebuilt when the text is one word a line.
        collectors = [PositionCollector() for _ in reader.pages]
        pages = [
            page.extract_text(visitor_text=collector.visit) or ""
            for page, collector in zip(reader.pages, collectors, strict=True)
        ]
    except ExtractionError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ExtractionError(f"cannot read PDF (corrupt or truncated?): {exc}") from exc
    except Exception as exc:  # pypdf raises assorted errors on hostile files
        raise ExtractionError(f"cannot read PDF: {type(exc).__name__}: {exc}") from exc
    # A table's loose lines become one row a line (extract/pdftables.py).
    pages = with_tables(pages, [c.words for c in collectors])
    text = PAGE_BREAK.join(pages)
    styles = line_styles(collectors)
    if not _one_word_lines(text):
        return text, styles
    rebuilt = PAGE_BREAK.join(collector.page_text() for collector in collectors)
    if not _one_word_lines(rebuilt):
        return rebuilt, styles
    # Positions did not help either: running text keeps at least the words.
    return " ".join(line for line in text.splitlines() if line.strip()), {}


def _one_word_lines(text: str) -> bool:
    """Some PDFs place every word separately, so the text comes out one word a line."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 50 and sum(" " not in line.strip() for line in lines) >= 0.7 * len(lines)


def garbage_reason(text: str) -> str | None:
    """Why ``text`` is not real words (undecodable fonts, ``(cid:12)`` glyphs), or None."""
    tokens = text.split()
    if not tokens:
        return None
    wordy = sum(1 for t in tokens if _WORD.search(t))
    if "(cid:" in text and text.count("(cid:") > len(tokens) * 0.05:
        return "pdf-undecodable: glyph ids instead of text ((cid:N))"
    if wordy < 0.5 * len(tokens):
        return f"pdf-undecodable: only {wordy} of {len(tokens)} tokens look like words"
    vowels = sum(c in "aeiouyæøåäöüéèàAEIOUY" for c in text)
    letters = sum(c.isalpha() for c in text)
    if letters and vowels < 0.15 * letters:
        return "pdf-undecodable: letters do not form words (font without a text mapping)"
    return None
