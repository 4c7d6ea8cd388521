"""Bytes to text: charset detection and binary-junk detection.

    >>> decode_text("blåbær".encode("latin-1"), "text/html")
    'blåbær'

Order of trust: a byte-order mark, then UTF-8 if the bytes are valid UTF-8
(a page that declares latin-1 but sends UTF-8 is common, the reverse is
what breaks æøå), then the declared charset (HTTP header or ``<meta>``),
then charset-normalizer, then cp1252 which never fails.
"""

from __future__ import annotations

import codecs
import re

_CHARSET_HEADER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_CHARSET_META = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def looks_binary(body: bytes) -> bool:
    """True when the first 8 KB hold NULs or many control bytes: not a text document."""
    head = body[:8192]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head or len(_CONTROL.findall(head)) > len(head) * 0.01


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    """The charset named by the Content-Type header or a ``<meta>`` tag, if valid."""
    for found in (
        _CHARSET_HEADER.search(content_type or ""),
        _CHARSET_META.search(body[:4096]),
    ):
        if found:
            name = found.group(1)
            name = name.decode("ascii", "replace") if isinstance(name, bytes) else name
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return None


def decode_text(body: bytes, content_type: str | None = None) -> str:
    """Decode ``body`` to ``str``; never raises (see the module docstring for the order)."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(body, content_type)
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return body.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    if not _mostly_latin1_letters(body) and len(body) < 2_000_000:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        if best is not None and best.encoding:
            return str(best)
    # cp1252 covers latin-1 text (æøå) and maps every byte somewhere.
    return body.decode("cp1252", errors="replace")


def _mostly_latin1_letters(body: bytes) -> bool:
    """True when the non-ASCII bytes are latin-1 letters (æøåéü...): Western text."""
    high = [b for b in body[:65536] if b >= 0x80]
    return not high or sum(b >= 0xC0 for b in high) >= len(high) * 0.8
