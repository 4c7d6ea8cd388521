"""Currency words per language (CLDR through Babel): what makes a number an amount.

A long number followed or preceded by a currency ("au capital de 50 601 985
euros", "51286585€", "NOK 30 000 000") is money, not a phone number. The words
are every currency's symbols, its one-word names in singular and plural forms
in a language and in English (pages mix both), and the ISO codes, as CLDR
writes them; nothing is typed here.

    >>> "euros" in currency_words("fr"), "kr" in currency_words("nb")
    (True, True)
    >>> "€" in currency_words(None), "EUR" in currency_words(None)
    (True, True)
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.numbers import get_territory_currencies, list_currencies


@cache
def _of(language: str) -> frozenset[str]:
    """One locale's currency symbols (a symbol of letters as written: "kr", "CHF"; of
    signs in lower case: "us$") and its currency names of one word ("euro", "euros",
    "złotych"), in lower case. A name of several words ("norske kroner", "East
    Caribbean dollar") is left out: its words are also ordinary words."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    names = [name for code, name in locale.currencies.items() if code in _in_use()]
    for code, forms in locale._data["currency_names_plural"].items():
        names += forms.values() if code in _in_use() else ()
    words = {name.lower() for name in names if name and len(name.split()) == 1}
    for symbol in locale.currency_symbols.values():
        words.add(symbol if symbol.isalpha() else symbol.lower())
    return frozenset(words)


@cache
def _in_use() -> frozenset[str]:
    """The codes of the currencies legal tender in some territory today (no gold,
    silver or former currencies: "or", "sucre" are words too)."""
    return frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory)
    )


@cache
def currency_words(language: str | None) -> frozenset[str]:
    """Currency words of ``language`` and English; ISO codes as written (upper case)."""
    base = (language or "en").split("-")[0].lower()
    return _of("en") | _of(base) | frozenset(list_currencies())
