"""Kinds of personal data and advertising cues a changed sentence adds or removes.

The words are the tables of :mod:`policywatch.core.lexicon.data_kinds`. A kind
of data (an e-mail address, precise location, a passport) that a sentence
names in a collection context, and that the other version of its section
never names, is a ``term`` statement of ``data_categories``; an advertising
cue without a word for data ("personalised ads", "retargeting", "ads on
other sites") one of ``tracking_ads`` or ``sale_sharing``. The statement's
value is the kind, not the word: "e-mail address" reworded as "adresse
e-mail" elsewhere cancels out (:func:`policywatch.diffing.statements.cancel`).

    >>> sorted(kinds_in("we collect your e mail address and ip address", "en"))
    ['email', 'ip_address']
    >>> kinds_in("write to us at our postal address", "en")
    {}
    >>> ads_in("we show you personalised ads", "en")
    {'tracking_ads': 'personalised ads'}
"""

from __future__ import annotations

import re
from functools import lru_cache

from policywatch.core.lexicon.ad_cues import AD_CUES
from policywatch.core.lexicon.data_kinds import (
    BARE_WORDS,
    COLLECTION_CUES,
    DATA_KINDS,
    PLAIN_KINDS,
    kind_stems,
)
from policywatch.diffing import filing
from policywatch.diffing.context import Context


@lru_cache(maxsize=256)
def _pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + ")")


def _base(language: str | None) -> str:
    return (language or "en").split("-")[0].lower()


def _with_english(table: dict[str, tuple[str, ...]], language: str | None) -> tuple[str, ...]:
    base = _base(language)
    return (*table["en"], *(table.get(base, ()) if base != "en" else ()))


def collecting(k: str, language: str | None) -> bool:
    """Whether a comparison key says data is collected, obtained, recorded or provided.

    >>> collecting("vi samler inn navnet ditt", "nb"), collecting("kontakt oss", "nb")
    (True, False)
    """
    return bool(_pattern(_with_english(COLLECTION_CUES, language)).search(k))


@lru_cache(maxsize=16384)
def kinds_in(k: str, language: str | None, *, listed: bool = False) -> dict[str, str]:
    """The kinds of data a comparison key names, each with the first word found.

    A plain kind (a name, an e-mail address, a postal address) and the bare word of
    another kind ("health" beside "health data") count only in a collection context:
    the key's own collection verb, or ``listed`` (an item of a list under a heading
    about the data collected). Cached: treat as read-only.

    >>> kinds_in("health and safety at work", "en"), kinds_in("your health data", "en")
    ({}, {'health': 'health data'})
    >>> kinds_in("we collect information about your health", "en")
    {'health': 'health'}
    """
    context = listed or collecting(k, language)
    found: dict[str, str] = {}
    for m in _kinds_pattern(_base(language)).finditer(k):
        group = m.lastgroup or ""
        kind, bare = group.removesuffix(_BARE), group.endswith(_BARE)
        if kind not in found and (context or not (bare or kind in PLAIN_KINDS)):
            found[kind] = m.group(0)
    return found


# The suffix of a bare word's group name in the kinds pattern.
_BARE = "__bare"


@lru_cache(maxsize=16)
def _kinds_pattern(base: str) -> re.Pattern[str]:
    """Every kind's stems (English and ``base``) as one alternation, a group per kind,
    then a group per kind of its bare words: at one position a phrase wins."""
    groups = [f"(?P<{kind}>{'|'.join(kind_stems(kind, base))})" for kind in DATA_KINDS]
    groups += [
        f"(?P<{kind}{_BARE}>{'|'.join(_with_english(BARE_WORDS[kind], base))})"
        for kind in BARE_WORDS
    ]
    return re.compile(r"(?<![\w])(?:" + "|".join(groups) + ")")


def ads_in(k: str, language: str | None) -> dict[str, str]:
    """The categories of the advertising cues a comparison key names, with the words."""
    found: dict[str, str] = {}
    for category, table in AD_CUES.items():
        m = _pattern(_with_english(table, language)).search(k)
        if m:
            found[category] = m.group(0)
    return found


@lru_cache(maxsize=1024)
def _named(section: str, language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Kinds and ad categories a whole section names at all (context or not)."""
    if not section:
        return frozenset(), frozenset()
    return (
        frozenset(kinds_in(section, language, listed=True)),
        frozenset(ads_in(section, language)),
    )


def _listed(ctx: Context) -> bool:
    return filing.lead_topic(ctx.heading) == "data_categories"


def named_anew(
    this: str, that: str | None, ctx: Context, *, other_section: str
) -> list[tuple[str, str, str]]:
    """The kinds and ad cues ``this`` key names that ``that`` key (None: no other
    sentence) and the other version of the section (``other_section``) never name,
    as (value, category, word) of a ``term`` statement.

    >>> named_anew("we collect your phone number", "we collect your name", Context(),
    ...            other_section="")
    [('data:phone', 'data_categories', 'phone number')]
    """
    lang = ctx.language
    listed = _listed(ctx)
    kinds = kinds_in(this, lang, listed=listed)
    ads = ads_in(this, lang)
    if not kinds and not ads:
        return []
    seen_kinds, seen_ads = _named(other_section, lang)
    if that:
        seen_kinds = seen_kinds | set(kinds_in(that, lang, listed=True))
        seen_ads = seen_ads | set(ads_in(that, lang))
    out = [
        (f"data:{kind}", "data_categories", word)
        for kind, word in sorted(kinds.items())
        if kind not in seen_kinds
    ]
    out += [
        (f"ads:{category}", category, word)
        for category, word in sorted(ads.items())
        if category not in seen_ads
    ]
    return out
