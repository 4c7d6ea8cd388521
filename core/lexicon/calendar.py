"""Month names and numeric date order for every language policywatch reads, from CLDR.

    >>> month_number("März", "de"), month_number("stycznia", "pl"), month_number("Sept", None)
    (3, 1, 9)
    >>> day_first("nb"), day_first("en")
    (True, False)

The names come from the Unicode CLDR through Babel: wide and abbreviated,
in the format (genitive: "stycznia") and stand-alone ("styczeń") contexts,
case folded, with and without a trailing dot. Nothing is typed by hand, so
a language is as complete as CLDR is.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale

from policywatch.core.lexicon import LANGUAGES


def fold(word: str) -> str:
    """Case folded and in NFC, the form every name here is kept in."""
    return unicodedata.normalize("NFC", word).casefold()


@cache
def month_names(language: str) -> dict[str, int]:
    """Every name of every month in ``language`` (folded) -> month number 1..12."""
    locale = Locale.parse(language)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                folded = fold(name)
                names.setdefault(folded, number)
                names.setdefault(folded.rstrip("."), number)
    return names


@cache
def all_month_names() -> dict[str, int]:
    """Month names of all :data:`LANGUAGES` that mean the same month in each of them.

    A name that is one month in one language and another in a second
    language is left out: read it with :func:`month_names` of the page's
    language instead.
    """
    merged: dict[str, set[int]] = {}
    for language in LANGUAGES:
        for name, number in month_names(language).items():
            merged.setdefault(name, set()).add(number)
    return {name: next(iter(n)) for name, n in merged.items() if len(n) == 1}


def month_number(name: str, language: str | None) -> int | None:
    """The month a name means: in ``language`` first, then in any language it is unambiguous."""
    folded = fold(name).rstrip(".")
    if language:
        base = language.split("-")[0].lower()
        if base in LANGUAGES:
            found = month_names(base).get(folded)
            if found is not None:
                return found
    return all_month_names().get(folded)


@cache
def day_first(language: str) -> bool:
    """Whether ``language``'s short numeric dates put the day before the month (CLDR).

    Year-first orders (``y-MM-dd``) count as day-first for the two numbers
    that follow a year-less reading ("dd.MM"), which is how they are written.
    """
    pattern = Locale.parse(language.split("-")[0]).date_formats["short"].pattern
    day, month = pattern.find("d"), pattern.find("M")
    return day < month or pattern.find("y") < min(day, month)
