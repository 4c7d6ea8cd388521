"""How a heading is numbered: "3.", "2.1", "Article 4", "B)", "IV.", "Annex 2".

    >>> number_of("Article 3 – Prix")
    Number(kind='num', value=3, depth=1, inserted=False)
    >>> number_of("10bis. Jeux concours"), number_of("2a. Eligibility").depth
    (Number(kind='num', value=10, depth=1, inserted=True), 2)
    >>> number_of("2.1 How we share").depth, number_of("Schedule 1").kind, number_of("Scope")
    (2, 'annex', None)

Clause labels ("Article", "§", "Artículo") and annex labels ("Annex",
"Anhang", "Załącznik") come from :mod:`policywatch.core.lexicon.structure`,
so numbering reads the same in every language and every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policywatch.core.lexicon.structure import annex_label_pattern, clause_label_pattern

_NUM = re.compile(
    rf"^(?:{clause_label_pattern()}\s*)?"
    r"(\d{1,3})((?:\.\d{1,3})*)(bis|ter|quater|[a-z])?(?:\.|\)|:|\s|$)",
    re.I,
)
_LETTER = re.compile(r"^([A-Z])[.)]\s")
_ROMAN = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s")
# An annex label with its number, letter or a stop after it: "Annex 1", "Anhang", "Schedule:".
_ANNEX = re.compile(
    rf"^{annex_label_pattern()}\s*(?:\d|[A-Z]\b|[IVX]+\b|[:.–—(-]|nr\b|no\b|$)", re.I
)
_LABELLED = re.compile(rf"^{clause_label_pattern()}\s*\d", re.I)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


@dataclass(frozen=True)
class Number:
    """A heading's number: its kind, its value and how deep it sits ("2.1" is depth 2)."""

    kind: str  # "num" | "letter" | "roman" | "annex"
    value: int
    depth: int
    inserted: bool = False  # "10bis", "4ter": a clause inserted after the one of that number


def number_of(text: str) -> Number | None:
    """The number a heading opens with, or None when it has none."""
    if _ANNEX.match(text):
        return Number("annex", 0, 1)
    if m := _NUM.match(text):
        # "3a" is a sub-clause of 3; "10bis" is inserted beside 10, as deep as it.
        depth = 1 + m.group(2).count(".") + (len(m.group(3) or "") == 1)
        return Number("num", int(m.group(1)), depth, len(m.group(3) or "") > 1)
    if m := _LETTER.match(text):
        return Number("letter", ord(m.group(1)) - 64, 1)
    if (m := _ROMAN.match(text)) and m.group(1):
        return Number("roman", _roman_value(m.group(1)), 1)
    return None


def has_clause_label(text: str) -> bool:
    """Whether the number comes with a clause label ("Article 3", "§ 4", "Cláusula 2")."""
    return _LABELLED.match(text) is not None


def is_caps(text: str) -> bool:
    """Mostly upper-case letters (at least 80%): "1. DEFINITIONS", "PRÉAMBULE"."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
