"""The letters a language writes right after a number to make it an ordinal ("1st",
"1er", "2ème", "1º"), so markup that sets them apart (``1<span>er</span>``) does not
split the word.

    >>> is_ordinal_suffix("er"), is_ordinal_suffix("Mail")
    (True, False)

Typed per language: CLDR has no digit-ordinal suffixes and num2words' ``ordinal_num``
covers few of our languages (French there is "2me", not the usual "2e"/"2ème").
Languages that write an ordinal with a full stop ("1.") need no entry.
"""

from __future__ import annotations

ORDINAL_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("st", "nd", "rd", "th"),
    "fr": ("er", "re", "e", "ème", "eme", "è"),
    "es": ("º", "ª", "o", "a"),
    "it": ("º", "ª"),
    "pt": ("º", "ª"),
}

_ALL = frozenset(s for suffixes in ORDINAL_SUFFIXES.values() for s in suffixes)


def is_ordinal_suffix(letters: str) -> bool:
    """Whether ``letters`` (a whole run of letters) is an ordinal suffix in some language."""
    return letters.lower() in _ALL
