"""Numbers written as words, in every language policywatch reads that num2words spells.

    >>> number_value("thirty", "en"), number_value("dreißig", "de"), number_value("tretti", "nb")
    (30, 30, 30)
    >>> number_value("30", None), number_value("trente", None), number_value("to", "en")
    (30, None, None)

The words for 0..100 come from `num2words`, generated per language on first
use, not typed by hand. It spells 21 of the 27 languages (Norwegian as
"no"); Bulgarian, Croatian, Estonian, Greek, Irish and Maltese have no
speller there, so in those languages only digits are read as numbers.
"""

from __future__ import annotations

import re
from functools import cache

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.calendar import fold

# num2words' name for a language where it differs from ours.
_SPELLER = {"nb": "no", "nn": "no"}
LARGEST = 100
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")


@cache
def number_words(language: str) -> dict[str, int]:
    """Every number word 0..100 of one language (folded) -> its value; {} if unspelled."""
    from num2words import num2words

    speller = _SPELLER.get(language, language)
    words: dict[str, int] = {}
    for n in range(LARGEST + 1):
        try:
            word = fold(num2words(n, lang=speller))
        except NotImplementedError:
            return {}
        words.setdefault(word, n)
        words.setdefault(word.replace(" ", "-"), n)
        words.setdefault(word.replace("-", " "), n)
    return words


def is_number(word: str, language: str | None = None) -> bool:
    """A run of digits ('30', '1.5') or a number word of the language."""
    return number_value(word, language) is not None or bool(_DIGITS.match(word))


def number_value(word: str, language: str | None = None) -> int | None:
    """The integer a word or digit run means in ``language`` (English when unknown).

    Only the page's own language: "to" is two in Norwegian and a preposition in English.
    """
    if word.isdigit():
        return int(word)
    return words_of(language).get(fold(word))


def words_of(language: str | None) -> dict[str, int]:
    """The number words of a language label ("nb-NO", "fr"), English when unknown."""
    base = (language or "").split("-")[0].lower()
    return number_words(base if base in LANGUAGES else "en")
