"""The day/month order of a page's ambiguous numeric dates ("03/04/2024").

    >>> page_day_first(["Last updated: 03/04/2024", "Our office moved on 25/12/2019."], "en")
    True
    >>> page_day_first(["Last updated: 03/04/2024"], "nb"), page_day_first(["..."], "en")
    (True, None)
    >>> page_day_first(["Last updated: 03/04/2024", "Plans cost $5 a month."], "en")
    False
    >>> page_day_first(["Last updated: 03/04/2024", "Plans cost $5 a month."], "en", "GB")
    True
    >>> page_day_first(["Last updated: 03/04/2024", "Plans cost $5 a month."], "en", "CA")
    False

:func:`.dates.find_stated_date` asks this only when a date could be read
either way; :func:`.datetext.dates_of_line` then reads 03/04/2024 as 3 April
(True), 4 March (False) or as no date at all (None): never a guess.
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.calendar import default_region, numeric_order, regional_order
from policywatch.core.lexicon.laws import gdpr_names
from policywatch.extract.datetext import numeric_orders

# Jurisdiction signals for English's day/month order (:func:`page_day_first`). An amount
# counts as its currency ("€5", "50 €", "EUR 5", "$5.00", "US$5", "USD 5"); the lookahead
# on the first character only lets the engine skip ahead (tests/extract/test_fast_paths.py).
US_MARKERS = re.compile(
    r"(?=[cutdv$\d])(?:\b(?:California|CCPA|CPRA|United States|Texas|Delaware|Virginia)\b"
    r"|\bU\.S\.|(?<!\w)(?:US)?\$\s?\d|\bUSD\s?\d|\d\s?USD\b)",
    re.I,
)
# The GDPR by any of its names (the laws table: "GDPR", "RGPD", "Datenschutz-Grundverordnung",
# "általános adatvédelmi rendelet", "BDAR"...), then other EU words; every name starts
# with a letter, which the lookahead lists.
_EU_WORDS = [*gdpr_names(), "CNIL", "EEA", "European Union"]
assert all(word[0].isalpha() for word in _EU_WORDS), "the lookahead needs a first letter"
_EU_FIRST = "".join(sorted({word[0].lower() for word in _EU_WORDS}))
EU_MARKERS = re.compile(
    rf"(?=[{_EU_FIRST}€\d])(?:\b(?:{'|'.join(_EU_WORDS)})\b"
    r"|€\s?\d|\d\s?€|\bEUR\s?\d|\d\s?EUR\b)",
    re.I,
)
_GDPR = re.compile("|".join(gdpr_names()), re.I)


def page_day_first(
    blocks: list[str], language: str | None, region: str | None = None
) -> bool | None:
    """Day/month order for ambiguous numeric dates, None when nothing tells it.

    The evidence, strongest first:

    1. the page's other numeric dates (25/12/2019 can only be day-first);
    2. the short date pattern CLDR gives the page's ``language`` in the page's
       ``region`` (:func:`.language.page_region`, from ``<html lang="en-GB">``:
       en_GB "dd/MM/y", en_AU "d/M/yy", en_US "M/d/yy"; :func:`.regional_order`),
       unless the region is the one CLDR takes the language to mean anyway
       (:func:`.default_region`: en-US for English). A region whose pattern
       puts the year first (en_CA, en_ZA, en_SE "y-MM-dd") says nothing about
       a year-last date: the steps below decide;
    3. the language's own order in CLDR (:func:`.numeric_order`; none for
       English, split, nor for Hungarian, Lithuanian, Japanese, written only
       year first);
    4. a language CLDR gives no order (English: en_US month-first, en_GB
       day-first) needs the page's jurisdiction signals (the GDPR by any of its
       names, € amounts or CCPA, $
       amounts), counted distinct (a tie is no evidence);
    5. only then the language's default region: CMS templates write "en-US"
       whatever the company, and a French company's English page tagged en-US
       beside the GDPR writes 11/05/2026 day-first (dev corpus). A region
       someone chose (en-GB, en-AU) is stronger than the page's signals.

    Not the order of its dates with a month name: European companies write "May
    11, 2026" in English beside "11/05/2026" (dev corpus). With no evidence, the
    date is no date rather than a guess.
    """
    day, month = numeric_orders(blocks)
    if day != month:
        return day > month
    base = (language or "en").split("-")[0].lower()
    stated = regional_order(base, region) if region else None
    chosen = region is not None and region.upper() != default_region(base)
    if chosen and stated is not None:
        return stated
    try:
        order = numeric_order(base)
    except ValueError:  # a language CLDR does not know: day-first, as most do
        return True
    if order is not None:
        return order
    text = "\n".join(blocks)
    eu, us = signals(EU_MARKERS, text), signals(US_MARKERS, text)
    return eu > us if eu != us else stated


def signals(markers: re.Pattern[str], text: str) -> int:
    """How many distinct jurisdiction signals ``text`` gives, not how often it repeats one:
    a US company's page names "the United States" many times, an EU one the GDPR once.
    Every amount is one signal (its currency); "U.S." and "United States" are one, and
    so is the GDPR by any of its names.

        >>> signals(US_MARKERS, "Plans from $5 or $9 a month in the U.S. and the United States")
        2
        >>> signals(EU_MARKERS, "the GDPR (General Data Protection Regulation), in the EEA")
        2
    """
    found = {m.group().lower() for m in markers.finditer(text)}
    return len({_signal(s) for s in found})


def _signal(found: str) -> str:
    if any(c.isdigit() for c in found):
        return "amount"
    return "gdpr" if _GDPR.fullmatch(found) else found.replace("u.s.", "united states")
