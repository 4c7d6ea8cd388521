"""Probing a unit of text cheaply: is a cue pattern's match possible here at all?

Each unit (a sentence, a list item or a table row, :func:`.facts_units.units`)
is read by a dozen readers, each with several cue patterns. :class:`Unit`
indexes the unit's word starts once, so a cue whose literal starts are
absent costs a set lookup instead of a regex scan; :class:`Cues` gives each
reader's patterns a bit and says with one set operation which may occur
in a unit. The regex still decides every match (see
:mod:`policywatch.diffing.prefilter`)::

    >>> import re
    >>> Unit("We keep your data for 30 days.").has(re.compile(r"\\bdays?\\b"))
    <re.Match object; span=(25, 29), match='days'>
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policywatch.diffing.prefilter import (
    CASE_ODD,
    GRAM,
    Needle,
    Pattern,
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


# By the pattern's id, with the pattern to confirm it (as ``_NEEDLES``): a
# pattern's own hash runs over its compiled code on every lookup, and ``has``
# looks a gate up some 4,000 times per document.
_GATES: dict[int, tuple[Pattern, _Gate | None]] = {}


def _gate_of(regex: Pattern) -> _Gate | None:
    entry = _GATES.get(id(regex))
    if entry is None or entry[0] is not regex:
        entry = _GATES[id(regex)] = (regex, _gate(prefilter(regex)))
    return entry[1]


class Unit:
    """A unit's text and the grams its words start with: ``has`` is ``regex.search``.

    A pattern whose literal starts (:func:`policywatch.diffing.prefilter.prefilter`)
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

    def _starts(self, regex: Pattern) -> list[int] | None:
        """Ascending word starts where a match of ``regex`` can begin (``None``: anywhere)."""
        if self.grams is None:
            return None
        gate = _gate_of(regex)
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

    def has(self, regex: Pattern) -> re.Match[str] | None:
        """``regex.search(text)``, trying only where a match can start."""
        entry = _GATES.get(id(regex))
        gate = entry[1] if entry is not None and entry[0] is regex else None
        if (
            self.grams is not None
            and gate is not None
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

    def every(self, regex: Pattern) -> list[re.Match[str]]:
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
    strings every match starts with, :func:`policywatch.diffing.prefilter.needles`)
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

    def pattern(self, regex: Pattern) -> int:
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
        # _occurs written out: these needles are tried in every unit (some
        # 10,000 times per document), most of them absent.
        find, word_char = low.find, _WORD_CHAR.match
        for text, anchored, bits in self._found:
            if mask & bits == bits:
                continue
            at = find(text)
            if anchored:
                while at > 0 and word_char(low, at - 1):
                    at = find(text, at + 1)
            if at >= 0:
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


_NEEDLES: dict[int, tuple[Pattern, tuple[Needle, ...] | None]] = {}


def needles_of(regex: Pattern) -> tuple[Needle, ...] | None:
    """:func:`policywatch.diffing.prefilter.needles`, cached by identity (a pattern's
    hash runs over its compiled code on every lookup)."""
    cached = _NEEDLES.get(id(regex))
    if cached is None or cached[0] is not regex:
        cached = _NEEDLES[id(regex)] = (regex, needles(regex))
    return cached[1]
