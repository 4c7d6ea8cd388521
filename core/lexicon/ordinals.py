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

from functools import cache

ORDINAL_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("st", "nd", "rd", "th"),
    "fr": ("er", "re", "e", "ème", "eme", "è"),
    "es": ("º", "ª", "o", "a"),
    "it": ("º", "ª"),
    "pt": ("º", "ª"),
}

_ALL = frozenset(s for suffixes in ORDINAL_SUFFIXES.values() for s in suffixes)


def is_ordinal_suffix(letters: str, language: str | None = None) -> bool:
    """Whether ``letters`` (a whole run of letters) is an ordinal suffix of ``language``
    (its base: "fr-CA" is "fr") or of English, which pages mix in; of any language when
    the page's language is unknown. A lone "a" or "e" is an ordinal only in the
    languages that write it so: after "2024" on a German page it is another word.

        >>> [is_ordinal_suffix(s, "de") for s in ("e", "th")], is_ordinal_suffix("e", "fr")
        ([False, True], True)
    """
    if language is None:
        return letters.lower() in _ALL
    return letters.lower() in _suffixes(language.replace("_", "-").split("-")[0].lower())


@cache
def _suffixes(base: str) -> frozenset[str]:
    return frozenset(ORDINAL_SUFFIXES.get(base, ()) + ORDINAL_SUFFIXES["en"])
