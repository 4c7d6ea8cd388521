"""Phrase search on a positionless index: the index narrows, the text confirms.

``section_texts_fts`` keeps no token positions (``detail=none``, migration
m023: a third of a version's bytes otherwise), so FTS5 cannot match a
phrase itself. A search runs in two stages instead:

1. :func:`index_query` turns what a person typed into an FTS5 query that
   asks for every token, ANDed (a phrase's tokens, and both halves of
   ``sub-processor``, as separate words);
2. ``pw_has_phrase(text, q)`` (:func:`has_phrases`), a SQL function, keeps
   the rows whose text holds each phrase's tokens in a row, tokenised as
   the index's ``unicode61`` tokenizer does (case folded, diacritics
   removed).

In SQL (the canned queries do this; ``register`` makes both functions
available, on every connection that has ``pw_text``)::

    select s.id from section_texts_fts f join sections s on s.text_id = f.rowid
    where section_texts_fts match pw_fts_query(:q)
      and pw_has_phrase(s.heading || char(10) || s.text, :q)

    >>> index_query('sub-processor "30 days" data*')
    '"sub" AND "processor" AND "30" AND "days" AND "data"*'
    >>> has_phrases("Kept 30 DAYS.", '"30 days"'), has_phrases("30 or more days", '"30 days"')
    (True, False)
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# A phrase in double quotes, or a run of anything else that is not a space.
QUERY_PART = re.compile(r'"([^"]*)"|([^\s"]+)')
# What FTS5's unicode61 tokenizer keeps as one token: letters and digits.
TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """``text``'s tokens as ``unicode61 remove_diacritics 1`` indexes them.

    >>> tokens("Sub-Processors' données")
    ['sub', 'processors', 'donnees']
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return TOKEN.findall(unicodedata.normalize("NFC", bare))


# A sequence of tokens that must appear in a row; True when its last token is a prefix.
TokenRun = tuple[tuple[str, ...], bool]


@lru_cache(maxsize=64)
def parse(query: str) -> tuple[TokenRun, ...]:
    """The token sequences ``query`` asks for: each phrase in quotes and each word.

    >>> parse('Sub-processor "we retain" data*')
    ((('sub', 'processor'), False), (('we', 'retain'), False), (('data',), True))
    """
    parts: list[TokenRun] = []
    for phrase, word in QUERY_PART.findall(query):
        prefix = bool(word) and word.endswith("*") and len(word) > 1
        found = tuple(tokens(phrase or word))
        if found:
            parts.append((found, prefix))
    return tuple(parts)


def index_query(query: str | None) -> str:
    """The FTS5 query for the positionless index: every token of ``query``, ANDed.

    ``""`` (an empty phrase, which matches nothing) when ``query`` holds no
    token: FTS5 refuses an empty query with a syntax error.

    >>> index_query("-- !"), index_query(None)
    ('""', '""')
    """
    terms = []
    for sequence, prefix in parse(query or ""):
        for i, token in enumerate(sequence):
            star = "*" if prefix and i == len(sequence) - 1 else ""
            terms.append(f'"{token}"{star}')
    return " AND ".join(terms) or '""'


def _holds(haystack: Sequence[str], sequence: tuple[str, ...], prefix: bool) -> bool:
    n = len(sequence)
    for start in range(len(haystack) - n + 1):
        if list(haystack[start : start + n - 1]) == list(sequence[:-1]):
            last = haystack[start + n - 1]
            if last == sequence[-1] or (prefix and last.startswith(sequence[-1])):
                return True
    return False


def has_phrases(text: str | None, query: str | None) -> bool:
    """Whether ``text`` holds each phrase of ``query`` (its tokens in a row).

    Single-token words are the index's to find and are not checked again.
    """
    if text is None or not query:
        return False
    sequences = [s for s in parse(query) if len(s[0]) > 1]
    if not sequences:
        return True
    haystack = tokens(text)
    return all(_holds(haystack, sequence, prefix) for sequence, prefix in sequences)


def needs_check(query: str) -> bool:
    """Whether ``query`` has a phrase the index alone cannot confirm."""
    return any(len(sequence) > 1 for sequence, _ in parse(query))


def register(conn: sqlite3.Connection) -> None:
    """Make ``pw_fts_query`` and ``pw_has_phrase`` callable in SQL on ``conn``."""
    conn.create_function("pw_fts_query", 1, index_query, deterministic=True)
    conn.create_function("pw_has_phrase", 2, has_phrases, deterministic=True)
