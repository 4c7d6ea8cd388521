"""The one entry point that turns fetched bytes into an :class:`ExtractedDocument`.

    >>> doc = extract(b"<h1>Privacy</h1><p>Last updated: 6 May 2024</p>", "text/html")
    >>> doc.stated_date.value, doc.text
    ('2024-05-06', '# Privacy\\n\\nLast updated: 6 May 2024')

Each format has its reader (html, markdown, textblocks, pdf) producing
blocks; :mod:`outline` decides the headings; dates and language are read
from the blocks. Bad input gives a ``suspect`` reason or an
:class:`ExtractionError`, never a crash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from policywatch.core.model import ExtractedDocument
from policywatch.extract.blocks import Block
from policywatch.extract.dates import find_stated_date
from policywatch.extract.decode import decode_text, looks_binary
from policywatch.extract.guard import DEFAULT as GUARD
from policywatch.extract.html import read_html
from policywatch.extract.language import detect_language, page_region
from policywatch.extract.markdown import read_markdown
from policywatch.extract.normalise import normalise
from policywatch.extract.numbering import join_lone_numbers
from policywatch.extract.outline import build
from policywatch.extract.pdf import garbage_reason, pdf_read
from policywatch.extract.textblocks import read_csv, read_text

__all__ = ["MAX_BYTES", "ReadBlocks", "extract", "normalise", "read_blocks"]

# Real policies are well under 5 MB even with inline scripts; beyond this the
# page is almost certainly not a policy and parsing it would stall a crawl.
MAX_BYTES = 20_000_000
# Too short or undecodable is the guard's call: its thresholds, one place.
_MIN_WORDS = GUARD.min_words


def extract(
    body: bytes,
    content_type: str | None,
    url: str | None = None,
    *,
    select: str | None = None,
    remove: str | None = None,
    fetched: dt.date | None = None,
) -> ExtractedDocument:
    """Extract the main text, sections, stated date and language of one document.

    ``select`` / ``remove`` are CSS selectors from the vendors file: keep only
    the matching elements / drop them first (HTML only). ``fetched`` is the day
    the body was fetched (default today): a change-log entry dated after it was
    planned then, so re-reading an old snapshot judges it as on that day.
    """
    read = read_blocks(body, content_type, url, select=select, remove=remove)
    if isinstance(read, str):
        return _suspect(read)
    outline = build(read.blocks, read.page_title)
    texts = [b.text for b in read.blocks]
    language = detect_language(outline.text, read.lang_hint)
    doc = ExtractedDocument(
        text=outline.text,
        sections=outline.sections,
        title=outline.title or read.page_title,
        language=language,
        stated_date=find_stated_date(
            texts,
            language,
            hints=read.hints,
            title_at=_index(texts, outline.title),
            today=fetched,
            other_pages=[i for i, block in enumerate(read.blocks) if block.other_page],
            region=page_region(read.lang_hint, language),
        ),
        warnings=read.warnings,
    )
    doc.suspect = _suspect_reason(doc)
    return doc


@dataclass
class ReadBlocks:
    """What a format's reader found, before the outline is decided."""

    blocks: list[Block]
    page_title: str | None = None  # what the page calls itself outside its text
    lang_hint: str | None = None
    hints: list[str] = field(default_factory=list)  # ISO dates the markup gives
    warnings: list[str] = field(default_factory=list)


def read_blocks(
    body: bytes,
    content_type: str | None,
    url: str | None = None,
    *,
    select: str | None = None,
    remove: str | None = None,
) -> ReadBlocks | str:
    """The document's blocks from its format's reader, or why it is suspect.

    ``benchmarks/train_headings.py`` reads the corpus through this, so the
    heading model is trained on exactly the blocks :func:`extract` scores.
    """
    if len(body) > MAX_BYTES:
        return f"too-large: {len(body) // 1_000_000} MB is not a policy page"
    if not body.strip():
        return "empty: no text"
    kind = sniff(body, content_type, url)
    if kind != "pdf" and looks_binary(body):
        return f"binary: not text (served as {content_type or 'unknown type'})"
    read = ReadBlocks([])
    if kind == "pdf":
        text, styles = pdf_read(body)
        if reason := garbage_reason(text):
            return reason
        read.blocks = read_text(text, styles)
    elif kind == "html":
        page = read_html(decode_text(body, content_type), select=select, remove=remove)
        read = ReadBlocks(page.blocks, page.title, page.lang, page.hints, page.warnings)
    elif kind == "markdown":
        md = read_markdown(decode_text(body, content_type))
        read = ReadBlocks(md.blocks, md.title, hints=md.hints)
    elif kind == "csv":
        read.blocks = read_csv(decode_text(body, content_type))
    else:
        read.blocks = read_text(decode_text(body, content_type))
    read.blocks = join_lone_numbers(_drop_leftovers(read.blocks))
    read.blocks, dropped = _drop_duplicate_copy(read.blocks)
    if dropped:
        read.warnings.append(f"dropped a repeated copy of the text ({dropped} blocks)")
    return read


def sniff(body: bytes, content_type: str | None, url: str | None) -> str:
    """``pdf``, ``html``, ``markdown``, ``csv`` or ``text``: the bytes win over the header.

    Text of no declared kind whose lines open with ``#`` headings is Markdown
    (a README-style policy served as text/plain or under an unknown suffix).
    """
    ct = (content_type or "").lower()
    path = (url or "").lower().split("?")[0]
    head = body[:1024].lstrip().lower()
    if body[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if "pdf" in ct or path.endswith(".pdf"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    # reStructuredText's underlined titles read as Markdown's setext headings.
    if "markdown" in ct or "x-rst" in ct or path.endswith(_MARKDOWN_SUFFIXES):
        return "markdown"
    if "html" in ct or path.endswith((".html", ".htm")):
        return "html"
    if "text/csv" in ct or path.endswith(".csv"):
        return "csv"
    if head.startswith(b"<") and "text/plain" not in ct:
        return "html"
    return "markdown" if len(_ATX_LINE.findall(body[:20_000])) >= 2 else "text"


_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".rst")
_ATX_LINE = re.compile(rb"^#{1,6} +\S", re.M)


def _index(texts: list[str], title: str | None) -> int:
    """Where the title stands among the blocks (0 when it is not one of them)."""
    return texts.index(title) if title in texts else 0


def _suspect(reason: str) -> ExtractedDocument:
    return ExtractedDocument(text="", suspect=reason)


def _suspect_reason(doc: ExtractedDocument) -> str | None:
    if not doc.text.strip():
        return "empty: no text"
    # Only "fewer than _MIN_WORDS?" matters: stop splitting after that many
    # words instead of building a list of every word of a long page.
    words = len(doc.text.split(maxsplit=_MIN_WORDS))
    if words < _MIN_WORDS:
        return f"too-short: only {words} words"
    if "\ufffd" in doc.text and doc.text.count("\ufffd") > len(doc.text) * GUARD.replacement_share:
        return "garbled: undecodable characters"
    return None


_CLOSE_GLYPH = re.compile(r"^[×✕✖╳]\s")
_STRAY_PIPES = re.compile(r"^(?:\|\s*)+|(?:\s*\|)+$")


def _drop_leftovers(blocks: list[Block]) -> list[Block]:
    """Drop widget leftovers ("× How can I help you?") and stray table pipes.

    A short block that opens with a close-button glyph is the text of a dialog
    or chat widget that the page put inside its content.
    """
    kept = []
    for block in blocks:
        if _CLOSE_GLYPH.match(block.text) and len(block.text) < 100:
            continue
        if block.kind != "row" and (block.text[:1] == "|" or block.text[-1:] == "|"):
            # Guarded: the regex's "(\s*\|)+$" would be tried at every space of a long block.
            block.text = _STRAY_PIPES.sub("", block.text).strip()
        if block.text:
            kept.append(block)
    return kept


def _drop_duplicate_copy(blocks: list[Block]) -> tuple[list[Block], int]:
    """Cut a second copy of the text (pages that carry their content twice).

    When most long paragraphs from some point on already appeared earlier, and
    they are mostly different paragraphs (a copy repeats the text, not one
    clause), everything from that point is a repeat and is dropped. The second
    test keeps a document that repeats one boilerplate paragraph under
    different headings: that is not a copy, and cutting it would lose text.
    """
    seen: dict[str, int] = {}
    for j, block in enumerate(blocks):
        if len(block.text) < 120:
            continue
        if block.text not in seen:
            seen[block.text] = j
            continue
        i = seen[block.text]
        k = 0
        while i - k - 1 >= 0 and j - k - 1 > i and blocks[i - k - 1].text == blocks[j - k - 1].text:
            k += 1
        cut = j - k
        tail = [b for b in blocks[cut:] if len(b.text) >= 120]
        repeats = sum(1 for b in tail if b.text in seen and seen[b.text] < cut)
        distinct = len({b.text for b in tail if b.text in seen and seen[b.text] < cut})
        if tail and repeats >= 0.8 * len(tail) and distinct >= 0.5 * len(tail):
            return blocks[:cut], len(blocks) - cut
        return blocks, 0
    return blocks, 0
