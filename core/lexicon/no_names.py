"""Capitalised words that look like a party's name and name nobody: file formats and
markup placeholders.

A policy offers itself "as PDF", links "the CSV export", and a documentation site's
templates leave their placeholder in the text ("see AUTOTITLE"); none of these is a
company, a product or a place, so a sentence that gains one names no new party.

- :data:`FILE_FORMATS`: the file-name extensions of Python's own MIME table
  (:mod:`mimetypes`, its built-in map, not the machine's files), three characters or
  more ("PDF", "HTML", "CSV", "JSON"), upper case, and the office formats that table
  lacks ("DOCX", "XLSX").
- :data:`MARKUP_WORDS`: the placeholders documentation templates and drafts leave in
  published text, upper case.

    >>> is_no_name("PDF"), is_no_name("PDF-Datei"), is_no_name("AUTOTITLE"), is_no_name("Adobe")
    (True, True, True, False)
"""

from __future__ import annotations

import mimetypes

_TABLE = mimetypes.MimeTypes(filenames=())
# Extensions this short ("ai", "ps", "so") are common words or initials too.
MIN_FORMAT_CHARS = 3
FILE_FORMATS: frozenset[str] = frozenset(
    ext[1:].upper()
    for strict in (True, False)
    for ext in _TABLE.types_map[strict]
    if len(ext) > MIN_FORMAT_CHARS
) | frozenset({"DOCX", "XLSX", "PPTX", "ODT", "ODS"})
# Placeholders of documentation templates and drafts (GitHub Docs' "AUTOTITLE" link
# text, a draft's "TBD"), never a party.
MARKUP_WORDS: frozenset[str] = frozenset({"AUTOTITLE", "PLACEHOLDER", "TBD", "TODO", "LOREM"})


def is_no_name(word: str) -> bool:
    """Whether a capitalised word is a file format or a placeholder, not a name; a
    compound led by one ("PDF-Datei", "PDF-fil") is the format's too."""
    head = word.split("-", 1)[0]
    return head.isupper() and (head in FILE_FORMATS or head in MARKUP_WORDS)
