"""Splitting a policy into the units :mod:`.facts` reads, and probing them cheaply.

A unit is a sentence, a list item or a table row (tables flattened into
one-cell paragraphs are rebuilt into rows). Each unit is read by a dozen
readers, each with several cue patterns; :class:`Unit` indexes the unit's
word starts once, so a cue whose literal starts are absent costs a set
lookup instead of a regex scan (see :class:`policywatch.diffing.topics.Probe`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from policywatch.diffing import facts_lexicon as lex
from policywatch.diffing.topics import (
    _WORD,
    CASE_ODD,
    GRAM,
    Needle,
    Prefilter,
    Vocabulary,
    needles,
    prefilter,
)

# The first (up to) three word characters of every word.
_WORD_GRAMS = re.compile(r"\b\w{1,3}")
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class _Gate:
    """Word grams a text must hold for a pattern to match in it.

    ``exact``: a word's gram must be exactly this (three word characters,
    or a shorter word ended by a non-word literal: "to ", "i f").
    ``short``: a word must begin with these two characters.
    """

    exact: frozenset[str]
    short: frozenset[str]
    anywhere: tuple[str, ...]  # not anchored at a word start: found by substring


def _gate(filt: Prefilter | None) -> _Gate | None:
    if filt is None:
        return None
    exact: set[str] = set()
    short: set[str] = set()
    for gram in filt.words:
        run = 0
        while run < len(gram) and _WORD_CHAR.match(gram[run]):
            run += 1
        if run == GRAM or 0 < run < len(gram):
            exact.add(gram[:run])  # the word is exactly ``run`` long, or longer than a gram
        elif run == 2:
            short.add(gram)
        else:
            return None  # "(in", or one letter that may go on: says nothing
    return _Gate(frozenset(exact), frozenset(short), filt.anywhere)


_GATES: dict[re.Pattern[str], _Gate | None] = {}
_UNKNOWN = object()


class Unit:
    """A unit's text and the grams its words start with: ``has`` is ``regex.search``.

    A pattern whose literal starts (:func:`policywatch.diffing.topics.prefilter`)
    begin no word of the unit cannot match, so its scan is skipped; the regex
    still decides every match. Not prefiltered when a character lowers
    differently from how :mod:`re` folds case (İ, ı, ſ).
    """

    __slots__ = ("_short", "grams", "low", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self._short: set[str] | None = None
        self.grams: set[str] | None = None
        if not CASE_ODD.search(text):
            self.grams = set(_WORD_GRAMS.findall(self.low))

    def _starts(self, regex: re.Pattern[str]) -> list[int] | None:
        """Ascending word starts where a match of ``regex`` can begin (``None``: anywhere)."""
        if self.grams is None:
            return None
        try:
            gate = _GATES[regex]
        except KeyError:
            gate = _GATES.setdefault(regex, _gate(prefilter(regex)))
        if gate is None:
            return None
        present = gate.exact.intersection(self.grams)
        if gate.short:
            if self._short is None:
                self._short = {g[:2] for g in self.grams}
            present = present.union(gate.short.intersection(self._short))
        if not present and not gate.anywhere:
            return []  # the common case: none of the pattern's words is here
        low = self.low
        found: set[int] = set()
        for gram in gate.anywhere:
            at = low.find(gram)
            while at >= 0:
                found.add(at)
                at = low.find(gram, at + 1)
        if not present:
            return sorted(found)
        for gram in present:
            at = low.find(gram)
            while at >= 0:
                if not at or not _WORD_CHAR.match(low, at - 1):
                    found.add(at)
                at = low.find(gram, at + 1)
        return sorted(found)

    def has(self, regex: re.Pattern[str]) -> re.Match[str] | None:
        """``regex.search(text)``, trying only where a match can start."""
        gate = _GATES.get(regex, _UNKNOWN)
        if (
            self.grams is not None
            and isinstance(gate, _Gate)
            and not (gate.short or gate.anywhere)
            and gate.exact.isdisjoint(self.grams)
        ):
            return None  # the common case, without building a list of positions
        starts = self._starts(regex)
        if starts is None:
            return regex.search(self.text)
        for at in starts:
            m = regex.match(self.text, at)
            if m:
                return m
        return None

    def every(self, regex: re.Pattern[str]) -> list[re.Match[str]]:
        """``list(regex.finditer(text))``: leftmost, non-overlapping, as :mod:`re` does."""
        starts = self._starts(regex)
        if starts is None:
            return list(regex.finditer(self.text))
        out: list[re.Match[str]] = []
        end = 0
        for at in starts:
            if at >= end:
                m = regex.match(self.text, at)
                if m:
                    out.append(m)
                    end = m.end()  # never empty: a match starts with its gram
        return out


class Cues:
    """Bits for cue patterns and substrings, and which of them can occur in a unit.

    A pattern can match only where one of its needles (the whole literal
    strings every match starts with, :func:`policywatch.diffing.topics.needles`)
    occurs, at a word start if anchored. The unit's word grams pick the
    candidate needles with one set operation; ``str.find`` then confirms
    them. Gating on the grams alone let a reader run wherever a word shared
    its first letters ("be om" -> any "be"), mostly for nothing.
    """

    def __init__(self) -> None:
        self.count = 0
        self.always = 0  # patterns that may match anywhere
        self._needles: dict[Needle, int] = {}
        self._by_gram: dict[str, list[tuple[str, bool, int]]] = {}
        self._found: list[tuple[str, bool, int]] = []  # tried with str.find in every unit

    def _bit(self) -> int:
        self.count += 1
        return 1 << (self.count - 1)

    def pattern(self, regex: re.Pattern[str]) -> int:
        """A new bit, set in :meth:`mask` where ``regex`` may match."""
        bit = self._bit()
        found = needles_of(regex)
        if found is None:
            self.always |= bit
        for needle in found or ():
            self._needles[needle] = self._needles.get(needle, 0) | bit
        return bit

    def substring(self, sub: str) -> int:
        """A new bit, set in :meth:`mask` where ``sub`` is in the lower-cased unit."""
        bit = self._bit()
        key = Needle(sub, "", frozenset())
        self._needles[key] = self._needles.get(key, 0) | bit
        return bit

    def index(self, doc_low: str, vocabulary: Vocabulary | None) -> None:
        """Index the needles, less those absent from the whole document.

        ``doc_low``: its lower-cased text; ``vocabulary``: its words (``None``:
        not to be trusted, see :data:`CASE_ODD`). A unit's words are words of
        the document (units are pieces of it joined by spaces and pipes).
        """
        for needle, bits in self._needles.items():
            text, head = needle.text, needle.head
            if head and vocabulary is not None and vocabulary.starting(needle) == []:
                continue
            # A needle without a space or a pipe (and lowering alike: ASCII)
            # in a unit is in the document too.
            if not head and _PLAIN.fullmatch(text) and "|" not in text and text not in doc_low:
                continue
            entry = (text, bool(head), bits)
            if not head or (head == text and len(head) < GRAM):
                # anywhere, or a two-letter start of a word ("eu"): no gram says
                self._found.append(entry)
            else:
                # a word that starts with ``head`` or, if text follows it, is
                # exactly ``head``: either way its gram is ``head[:GRAM]``
                self._by_gram.setdefault(head[:GRAM], []).append(entry)

    def mask(self, u: Unit) -> int:
        """A bit per pattern or substring that may occur in ``u`` (all of them: -1)."""
        grams = u.grams
        if grams is None:
            return -1
        mask = self.always
        low = u.low
        by_gram = self._by_gram
        for gram in by_gram.keys() & grams:
            for text, anchored, bits in by_gram[gram]:
                if mask & bits != bits and _occurs(low, text, anchored):
                    mask |= bits
        for text, anchored, bits in self._found:
            if mask & bits != bits and _occurs(low, text, anchored):
                mask |= bits
        return mask


_PLAIN = re.compile(r"[!-~]+")  # printable ASCII, no space: lowers alike in a unit and the document


def _occurs(low: str, text: str, anchored: bool) -> bool:
    """``text`` is in ``low`` (at a word start, if ``anchored``)."""
    at = low.find(text)
    if not anchored:
        return at >= 0
    while at > 0 and _WORD_CHAR.match(low, at - 1):
        at = low.find(text, at + 1)
    return at >= 0


# --- which gazetteer entries can occur in a document --------------------------


def _compiled(table: list[tuple[str, str]], flags: int) -> list[tuple[str, re.Pattern[str], str]]:
    return [(p, re.compile(p, flags), name) for p, name in table]


# kind -> (pattern text, compiled as the document scan uses it, name), and the
# same compiled as each unit is read (certifications and privacy laws are
# case-sensitive there; the scan is not).
_SCAN_TABLES = {
    "transfer_mechanism": _compiled(lex.TRANSFER_MECHANISMS, re.I),
    "certification": _compiled(lex.CERTIFICATIONS, re.I),
    "privacy_law": _compiled(lex.PRIVACY_LAWS, re.I),
    "right": _compiled(lex.RIGHTS, re.I),
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
            [(r, n) for r, n in lex.THIRD_PARTY_RE if doc.holds(r)],
            [(r, n) for r, n in lex.REGION_RE if doc.holds(r)],
            {
                kind: [(_UNIT_RE[kind, p], n) for p, r, n in table if doc.holds(r)]
                for kind, table in _SCAN_TABLES.items()
            },
            vocabulary=None if doc.odd else doc.vocabulary,
        )


_NEEDLES: dict[int, tuple[re.Pattern[str], tuple[Needle, ...] | None]] = {}


def needles_of(regex: re.Pattern[str]) -> tuple[Needle, ...] | None:
    """:func:`policywatch.diffing.topics.needles`, cached by identity (a pattern's
    hash runs over its compiled code on every lookup)."""
    cached = _NEEDLES.get(id(regex))
    if cached is None or cached[0] is not regex:
        cached = _NEEDLES[id(regex)] = (regex, needles(regex))
    return cached[1]


class _Document:
    """A whole document, read once into its words: ``holds`` is ``bool(regex.search)``.

    Most gazetteer entries start with words the document does not have (a
    set lookup); the rest are tried only where their literal starts occur.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self.odd = bool(CASE_ODD.search(text))  # then positions in ``low`` may shift
        self.vocabulary = Vocabulary(set(_WORD.findall(self.low)))

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

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«(]?[A-ZÆØÅÉÄÖÜ0-9])")
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
        any(probe.has(r) for r, _ in lex.THIRD_PARTY_RE)
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


def units(text: str) -> Iterator[tuple[str, bool]]:
    """Yield ``(unit, is_table_row)``: sentences, list items and table rows."""
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
                    yield from ((s, False) for s in _sentences(" ".join(buffer)))
                    buffer = []
                line = line[bullet.end() :]
            buffer.append(line.strip())
        if buffer:
            yield from ((s, False) for s in _sentences(" ".join(buffer)))
    yield from _flush(cells, piped)


def _sentences(text: str) -> list[str]:
    # ``str.split()`` splits on what re's ``\s`` matches; it also drops the
    # ends' whitespace, which the pieces' ``strip`` would (a sentence end
    # needs text on both sides). ~3x faster than ``re.sub(r"\s+", " ", text)``.
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]
