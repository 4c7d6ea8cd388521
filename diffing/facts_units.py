"""Splitting a policy into the units :mod:`.facts` reads, and which gazetteer
entries can occur in it at all.

A unit is a sentence, a list item or a table row (tables flattened into
one-cell paragraphs are rebuilt into rows)::

    >>> list(units("We keep data for 30 days. We never sell it."))
    [('We keep data for 30 days.', False), ('We never sell it.', False)]

:meth:`Present.scan` reads the whole document once, so the readers try
only the gazetteer entries (third parties, regions, mechanisms, laws,
rights) it holds. Each unit is probed with :class:`.facts_probe.Unit`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from policywatch.diffing import facts_lexicon as lex
from policywatch.diffing import facts_names as names
from policywatch.diffing.facts_probe import Unit, needles_of
from policywatch.diffing.prefilter import CASE_ODD, Vocabulary
from policywatch.diffing.sentences import sentences
from policywatch.diffing.text import fold

# --- which gazetteer entries can occur in a document --------------------------


def _compiled(table: list[tuple[str, str]], flags: int) -> list[tuple[str, re.Pattern[str], str]]:
    return [(p, re.compile(p, flags), name) for p, name in table]


# kind -> (pattern text, compiled as the document scan uses it, name), and the
# same compiled as each unit is read (certifications and privacy laws are
# case-sensitive there; the scan is not).
_SCAN_TABLES = {
    "transfer_mechanism": _compiled(names.TRANSFER_MECHANISMS, re.I),
    "certification": _compiled(names.CERTIFICATIONS, re.I),
    "privacy_law": _compiled(names.PRIVACY_LAWS, re.I),
    "right": _compiled(names.RIGHTS, re.I),
}
_UNIT_FLAGS = {"transfer_mechanism": re.I, "certification": 0, "privacy_law": 0, "right": re.I}
_UNIT_RE = {
    (kind, p): re.compile(p, _UNIT_FLAGS[kind])
    for kind, table in _SCAN_TABLES.items()
    for p, _, _ in table
}
ALL_UNIT_TABLES = {
    kind: [(_UNIT_RE[kind, p], name) for p, _, name in table]
    for kind, table in _SCAN_TABLES.items()
}


@dataclass
class Present:
    """The gazetteer entries that occur anywhere in the document.

    Found with one scan of the whole text each, so the per-sentence readers
    only try the handful that can match (a 20x speed-up on long policies).
    """

    parties: list[tuple[re.Pattern[str], str]]
    regions: list[tuple[re.Pattern[str], str]]
    tables: dict[str, list[tuple[re.Pattern[str], str]]]
    cell: bool = False  # reading one table cell: no locative word needed
    vocabulary: Vocabulary | None = None  # the document's words, if to be trusted

    @classmethod
    def scan(cls, text: str) -> Present:
        doc = _Document(text)
        return cls(
            [(r, n) for r, n in names.THIRD_PARTY_RE if doc.holds(r)],
            [(r, n) for r, n in lex.REGION_RE if doc.holds(r)],
            {
                kind: [(_UNIT_RE[kind, p], n) for p, r, n in table if doc.holds(r)]
                for kind, table in _SCAN_TABLES.items()
            },
            vocabulary=None if doc.odd else doc.vocabulary,
        )


class _Document:
    """A whole document, read once into its words: ``holds`` is ``bool(regex.search)``.

    Most gazetteer entries start with words the document does not have (a
    set lookup); the rest are tried only where their literal starts occur.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self.odd = bool(CASE_ODD.search(text))  # then positions in ``low`` may shift
        self.vocabulary = Vocabulary.of(self.low)

    def holds(self, regex: re.Pattern[str]) -> bool:
        found = None if self.odd else needles_of(regex)
        if found is None:
            return regex.search(self.text) is not None
        for needle in found:
            if self.vocabulary.starting(needle) == []:
                continue
            places: list[int] = []
            needle.occurrences(self.low, places)
            if any(regex.match(self.text, at) for at in places):
                return True
        return False


# --- splitting text into checkable units ------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_PARAGRAPHS = re.compile(r"\n\s*\n")


def _table_rows(cells: list[str]) -> list[str] | None:
    """Rebuild rows from a run of one-cell paragraphs ("AWS |", "EU/EEA |", ...).

    The header is the cells before the first one that names a company or a
    region; its length is the row width. ``None`` if the cells do not look
    like a table (no header of two or more cells, or fewer than two rows).
    """
    width = 0
    for i, cell in enumerate(cells):
        if _names_party_or_region(cell):
            width = i
            break
    if width < 2 or len(cells) < 2 * width:
        return None
    return [" | ".join(cells[i : i + width]) for i in range(0, len(cells), width)]


def _names_party_or_region(text: str) -> bool:
    probe = Unit(text)
    return (
        any(probe.has(r) for r, _ in names.THIRD_PARTY_RE)
        or any(probe.has(r) for r, _ in lex.REGION_RE)
        or bool(lex.COMPANY.search(text))
    )


def _is_cell(para: str) -> bool:
    """A short one-line paragraph with no sentence end: maybe a flattened table cell."""
    return "\n" not in para and len(para) < 90 and not para.rstrip(" |").endswith((".", ":", "?"))


def _flush(cells: list[str], piped: bool) -> Iterator[tuple[str, bool]]:
    """A run of cells is a table when it has pipes, or names a party or a region
    in a cell of its own after a header of at least two cells."""
    if not cells:
        return
    rows = _table_rows(cells)
    if rows is not None:
        yield from ((row, True) for row in rows)
    elif piped:
        yield " | ".join(cells), True
    else:
        yield from ((cell, False) for cell in cells)


def units(text: str, language: str | None = None) -> Iterator[tuple[str, bool]]:
    """Yield ``(unit, is_table_row)``: sentences, list items and table rows. Sentences are
    the diff's (:func:`.sentences.sentences`): an abbreviation of ``language`` or English
    ("U.S.", "z. B.", "p. ex.") ends none."""
    cells: list[str] = []
    piped = False
    for para in _PARAGRAPHS.split(text):
        para = para.strip()
        if not para:
            continue
        if _is_cell(para):
            piped = piped or para.endswith("|")
            cells.append(para.strip(" |"))
            continue
        yield from _flush(cells, piped)
        cells, piped = [], False
        lines = para.splitlines()
        if len(lines) > 1 and all(line.count("|") >= 2 for line in lines):
            yield from ((line.strip(), True) for line in lines if not set(line) <= set("|-: "))
            continue
        buffer: list[str] = []
        for line in lines:
            bullet = _BULLET.match(line)
            if bullet:  # anchored at the start: the only place ``sub`` would cut
                if buffer:
                    yield from ((s, False) for s in _sentences(" ".join(buffer), language))
                    buffer = []
                line = line[bullet.end() :]
            buffer.append(line.strip())
        if buffer:
            yield from ((s, False) for s in _sentences(" ".join(buffer), language))
    yield from _flush(cells, piped)


# A new version repeats most paragraphs of the one before, and a diff reads both
# versions: a paragraph is cut once (the diff's cut, then its words found back) per
# process, as long as it is among the last ones read.
@lru_cache(maxsize=4096)
def _sentences(text: str, language: str | None) -> tuple[str, ...]:
    """The diff's sentences of ``text`` in its own characters: the diff cuts a folded copy
    (straight quotes and dashes, :func:`.text.fold`), while a fact quotes its sentence
    as written ("We keep logs for 30–90 days.", "Google’s"). Each sentence's words are
    found, in order, among the folded words of ``text``; a sentence that cannot be found
    whole (its end inside one written word) stays folded.

    >>> _sentences("We keep logs for 30–90 days. Google’s tags too.", "en")
    ('We keep logs for 30–90 days.', 'Google’s tags too.')
    """
    cut = sentences(text, language)
    if text.isascii():
        return tuple(cut)
    written = text.split()
    # Each folded word with the index of the written word it comes from.
    stream = [
        (word, i)
        for i, raw in enumerate(written)
        for word in (raw.split() if raw.isascii() else fold(raw).split())
    ]
    out, at = [], 0
    for sentence in cut:
        words = sentence.split()
        found = _find(stream, words, at)
        if found is None:
            out.append(sentence)
            continue
        first, last = stream[found][1], stream[found + len(words) - 1][1]
        whole = (found == 0 or stream[found - 1][1] != first) and (
            found + len(words) == len(stream) or stream[found + len(words)][1] != last
        )
        out.append(" ".join(written[first : last + 1]) if whole else sentence)
        at = found + len(words)
    return tuple(out)


# How many folded words a sentence may start past the last one's end: the cut drops a
# rule line ("---") or a lone mark now and then, never a run of words.
_SKIPPED_WORDS = 8


def _find(stream: list[tuple[str, int]], words: list[str], at: int) -> int | None:
    """Where ``words`` stand in ``stream`` (folded word, written word's index), from ``at``."""
    n = len(words)
    for start in range(at, min(at + _SKIPPED_WORDS + 1, len(stream) - n + 1)):
        if all(stream[start + k][0] == words[k] for k in range(n)):
            return start
    return None
