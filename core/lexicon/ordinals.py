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

from policywatch.core.lexicon import LANGUAGES

ORDINAL_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("st", "nd", "rd", "th"),
    "fr": ("er", "re", "e", "ème", "eme", "è"),
    "es": ("º", "ª", "o", "a"),
    "it": ("º", "ª"),
    "pt": ("º", "ª"),
}

_ALL = frozenset(s for suffixes in ORDINAL_SUFFIXES.values() for s in suffixes)


# Suffixes that are also words of some language on their own ("a", "e", "o", "è"): only
# the languages that write them join them ("2024" "e" on an Italian page are two words).
# The ordinal indicators º and ª are never a word.
_LONE_LETTERS = frozenset(s for s in _ALL if len(s) == 1 and s not in "ºª")


def is_ordinal_suffix(letters: str, language: str | None = None) -> bool:
    """Whether ``letters`` (a whole run of letters) is an ordinal suffix of ``language``
    (its base: "fr-CA" is "fr") or of English, which pages mix in; of any language when
    the page's language is unknown. A lang attribute can be wrong ("de" over French
    text, a CMS default): a suffix no language writes as a word ("er", "ème", "st")
    joins whatever it says. A lone "a" or "e" is an ordinal only in the languages
    that write it so: after "2024" on a German page it is another word. An attribute
    that names no language ("und", "x-default", "") is no language.

        >>> [is_ordinal_suffix(s, "de") for s in ("e", "th", "er")], is_ordinal_suffix("e", "fr")
        ([False, True, True], True)
        >>> is_ordinal_suffix("e", " FR-ch"), is_ordinal_suffix("e", "und")
        (True, True)
    """
    letters = letters.lower()
    base = primary_language(language)
    if base is None or letters not in _LONE_LETTERS:
        return letters in _ALL
    return letters in _suffixes(base)


def primary_language(attribute: str | None) -> str | None:
    """The language a lang attribute names, lower case ("fr" of " FR_ch"), or None when it
    names none we read ("und", "x-default", "", a code no language of ours has).

        >>> primary_language(" fr-CH"), primary_language("x-default"), primary_language("und")
        ('fr', None, None)
    """
    base = (attribute or "").strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


@cache
def _suffixes(base: str) -> frozenset[str]:
    return frozenset(ORDINAL_SUFFIXES.get(base, ()) + ORDINAL_SUFFIXES["en"])
