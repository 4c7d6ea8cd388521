"""The column names of a cookie table: the cookie's name and its lifetime.

A cookie table ("Name | Purpose | Duration") lists how long a cookie lives in the
browser, not how long personal data is kept: a period in its lifetime column is no
retention fact. A header is a cookie table's when one cell names the cookie (a whole
cell "Name", or any cell with a word for a cookie: "Cookie name", "Nom du cookie")
and another its lifetime (a cell starting with one of :data:`LIFETIME_COLUMNS`).
Per language, the same concepts: name, the cookie; duration, expiry, lifetime.

    >>> is_cookie_header("Name | Purpose | Duration")
    True
    >>> is_cookie_header("Data category | Purpose | Retention period")
    False
"""

from __future__ import annotations

from types import MappingProxyType

# fmt: off
# A whole cell that names the cookie.
NAME_COLUMNS = MappingProxyType({
    "en": ("name", "cookie", "cookies", "cookie name", "name of cookie", "name of the cookie"),
    "nb": ("navn", "informasjonskapsel", "informasjonskapsler", "cookie", "cookies"),
    "de": ("name", "cookie", "cookies", "cookie-name", "cookiename", "bezeichnung"),
    "fr": ("nom", "cookie", "cookies", "nom du cookie", "traceur", "traceurs"),
})
# A word for a cookie anywhere in a cell ("Cookie name", "Nom du traceur").
COOKIE_WORDS = MappingProxyType({
    "en": ("cookie",), "nb": ("informasjonskapsel", "cookie"), "de": ("cookie",),
    "fr": ("cookie", "traceur"),
})
# The start of a cell that gives the cookie's lifetime.
LIFETIME_COLUMNS = MappingProxyType({
    "en": ("duration", "expiry", "expiration", "expires", "lifetime", "lifespan",
           "retention", "storage period", "max age", "validity"),
    "nb": ("varighet", "utløp", "levetid", "lagringstid", "lagringsperiode", "gyldighet"),
    "de": ("dauer", "ablauf", "laufzeit", "speicherdauer", "gültigkeit", "lebensdauer"),
    "fr": ("durée", "expiration", "validité", "conservation"),
})
# fmt: on


def _every(table: MappingProxyType[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple({word for words in table.values() for word in words})


_NAMES, _COOKIES, _LIFETIMES = map(_every, (NAME_COLUMNS, COOKIE_WORDS, LIFETIME_COLUMNS))


def is_cookie_header(row: str) -> bool:
    """Whether a table's header row (cells between ``|``) is a cookie table's, in any
    language (a page in one language may carry a table in another)."""
    cells = [cell.strip(" *_:").casefold() for cell in row.strip(" |").split("|")]
    names = [i for i, c in enumerate(cells) if c in _NAMES or any(w in c for w in _COOKIES)]
    lifetimes = [i for i, c in enumerate(cells) if c.startswith(_LIFETIMES)]
    return any(i != j for i in names for j in lifetimes)
