"""The column names of a cookie table: the cookie's name and its lifetime.

A cookie table ("Name | Purpose | Duration") lists how long a cookie lives in the
browser, not how long personal data is kept: a period in its lifetime column is no
retention fact. A header is a cookie table's when one cell names the cookie and another gives a
lifetime. The name cell must name a cookie (it starts with a word for a cookie,
"Cookie name", or a name word leads to one, "Nom du cookie"), or else the lifetime
cell must use a cookie's word for it (:data:`COOKIE_LIFETIMES`: expiry, Ablauf,
durée de vie). A bare "Name"/"Bezeichnung" beside an ordinary retention header
(:data:`LIFETIME_COLUMNS`' retention words: Speicherdauer, lagringstid,
conservation) is a table of data kept, whose periods are retention facts.
Per language, the same concepts: name, the cookie; duration, expiry, lifetime.

    >>> is_cookie_header("Name | Purpose | Duration")
    True
    >>> is_cookie_header("Data category | Purpose | Retention period")
    False
    >>> is_cookie_header("Bezeichnung | Zweck | Speicherdauer")
    False
    >>> is_cookie_header("Cookie-Name | Zweck | Speicherdauer")
    True
"""

from __future__ import annotations

from types import MappingProxyType

# fmt: off
# A whole cell that names a row's item: a cookie only when the lifetime is a cookie's.
NAME_COLUMNS = MappingProxyType({
    "en": ("name",), "nb": ("navn",), "de": ("name", "bezeichnung"), "fr": ("nom",),
})
# A word for a cookie: a cell starting with one ("Cookie name", "Cookies"), or a
# name word leading to one ("Name of the cookie", "Nom du traceur"), names a cookie;
# "Data collected via cookies" names data.
COOKIE_WORDS = MappingProxyType({
    "en": ("cookie",), "nb": ("informasjonskapsel", "cookie"), "de": ("cookie",),
    "fr": ("cookie", "traceur"),
})
# The start of a cell that gives a cookie's lifetime, in a cookie's own words.
COOKIE_LIFETIMES = MappingProxyType({
    "en": ("duration", "expiry", "expiration", "expires", "lifetime", "lifespan", "max age"),
    "nb": ("varighet", "utløp", "levetid"),
    "de": ("dauer", "ablauf", "laufzeit", "lebensdauer"),
    "fr": ("durée", "expiration"),
})
# The start of a cell that gives a period which may be a cookie's or data's: a
# lifetime only beside a cell naming a cookie.
LIFETIME_COLUMNS = MappingProxyType({
    "en": ("retention", "storage period", "validity"),
    "nb": ("lagringstid", "lagringsperiode", "gyldighet"),
    "de": ("speicherdauer", "gültigkeit"),
    "fr": ("conservation", "validité"),
})
# A retention word in a cell ("Durée de conservation", "Duration of storage") makes
# it an ordinary retention column whatever its first word.
RETENTION_WORDS = MappingProxyType({
    "en": ("retention", "storage", "retain", "kept"), "nb": ("lagring",),
    "de": ("speicher", "aufbewahrung"), "fr": ("conservation",),
})
# fmt: on


def _every(table: MappingProxyType[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple({word for words in table.values() for word in words})


_NAMES, _COOKIES, _COOKIE_LIFETIMES, _LIFETIMES, _RETENTION = map(
    _every, (NAME_COLUMNS, COOKIE_WORDS, COOKIE_LIFETIMES, LIFETIME_COLUMNS, RETENTION_WORDS)
)


def _names_a_cookie(cell: str) -> bool:
    words = cell.split()
    return cell.startswith(_COOKIES) or (
        bool(words) and words[0] in _NAMES and any(w in cell for w in _COOKIES)
    )


def _cookie_lifetime(cell: str) -> bool:
    return cell.startswith(_COOKIE_LIFETIMES) and not any(w in cell for w in _RETENTION)


def is_cookie_header(row: str) -> bool:
    """Whether a table's header row (cells between ``|``) is a cookie table's, in any
    language (a page in one language may carry a table in another)."""
    cells = [cell.strip(" *_:").casefold() for cell in row.strip(" |").split("|")]
    cookies = [i for i, c in enumerate(cells) if _names_a_cookie(c)]
    names = [i for i, c in enumerate(cells) if c in _NAMES]
    own = [i for i, c in enumerate(cells) if _cookie_lifetime(c)]
    periods = [i for i, c in enumerate(cells) if c.startswith(_LIFETIMES + _COOKIE_LIFETIMES)]
    return any(i != j for i in cookies for j in periods) or any(i != j for i in names for j in own)
