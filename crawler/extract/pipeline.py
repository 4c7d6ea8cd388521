"""The one entry point that turns fetched bytes into an extracted document.

This first version is deliberately simple (tag text, no boilerplate
removal); it is the single seam the extraction work replaces.
"""

from __future__ import annotations

import io
import re
import unicodedata

from policywatch.crawler.extract.model import ExtractedDocument, ExtractionError, Section


def extract(
    body: bytes,
    content_type: str | None,
    url: str | None = None,
    *,
    select: str | None = None,
    remove: str | None = None,
) -> ExtractedDocument:
    """Extract the main text, sections, date and language of one document."""
    kind = _kind(body, content_type, url)
    if kind == "pdf":
        text = _pdf_text(body)
    elif kind == "html":
        text = _html_text(body)
    else:
        text = body.decode("utf-8", errors="replace")
    text = normalise(text)
    doc = ExtractedDocument(text=text, sections=_sections(text))
    if not text.strip():
        doc.suspect = "empty: no text could be extracted"
    return doc


def _kind(body: bytes, content_type: str | None, url: str | None) -> str:
    ct = (content_type or "").lower()
    if "pdf" in ct or body[:5] == b"%PDF-" or (url or "").lower().endswith(".pdf"):
        return "pdf"
    if "html" in ct or (url or "").lower().endswith((".html", ".htm")):
        return "html"
    if body.lstrip()[:1] == b"<":
        return "html"
    return "text"


def _html_text(body: bytes) -> str:
    import lxml.html

    if not body.strip():
        return ""
    tree = lxml.html.document_fromstring(body)
    for bad in tree.xpath("//script|//style|//noscript|//nav|//footer|//header"):
        bad.drop_tree()
    lines: list[str] = []
    for el in tree.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li"):
        words = " ".join(el.text_content().split())
        if not words:
            continue
        if el.tag.startswith("h"):
            lines.append("#" * int(el.tag[1]) + " " + words)
        elif el.tag == "li":
            lines.append("- " + words)
        else:
            lines.append(words)
    return "\n\n".join(lines)


def _pdf_text(body: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(body))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise ExtractionError(f"cannot read PDF: {exc}") from exc


def normalise(text: str) -> str:
    """NFC, straight quotes, single spaces, paragraphs separated by one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0xA0: " "})
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _sections(text: str) -> list[Section]:
    sections: list[Section] = []
    heading, level, body = "", 1, []
    for para in text.split("\n\n"):
        m = re.match(r"(#{1,6}) (.*)", para)
        if m:
            if heading or body:
                sections.append(Section(level, heading, "\n\n".join(body)))
            level, heading, body = len(m.group(1)), m.group(2), []
        else:
            body.append(para)
    if heading or body:
        sections.append(Section(level, heading, "\n\n".join(body)))
    return sections
