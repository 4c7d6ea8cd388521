"""Every date written in a line of text, in any of the languages policywatch reads.

    >>> [(d.value, d.precision) for d in dates_in("Stand: 18. März 2025, zuvor Juni 2021", "de")]
    [('2025-03-18', 'day'), ('2021-06', 'month')]
    >>> [d.value for d in dates_in("2024. március 5. és 2023 m. kovo 2 d.", "hu")]
    ['2024-03-05', '2023-03-02']

A date is found from its year: each four-digit year (or a short numeric
date such as 3/11/25) is read together with the few characters around it,
so the month names of all languages are looked up in a dictionary (CLDR,
through :mod:`policywatch.core.lexicon.calendar`) only for the words next
to a year, never matched across a whole page. The shapes read are the ones
CLDR's date patterns use: day-month-year ("5 de marzo de 2024", "16th of
June, 2023", "18. März 2025", "17-Mar-2024"), month-day-year ("May 12th 2026"),
year-month-day ("2024. március 5.", "2024 m. kovo 5 d.") and year-day-month
("2024. gada 5. martā"), month and year ("Juni 2021"), and numbers
(ISO, d/m/y or m/d/y, with "/", "." or "-"). :func:`dates_of_line` reads a
line in the language of its own cues (or its year-first month name) where
the page's language cannot: "Hatályos: 2024. március 5." on an English page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.calendar import (
    month_languages,
    month_names,
    month_number,
    numeric_order,
    year_first,
)
from policywatch.core.lexicon.date_cues import cue_languages
from policywatch.core.lexicon.tokens import LETTERS
from policywatch.extract.language import base_language

# Years a policy can state; the caller also drops dates in the future.
_EARLIEST_YEAR = 1990
_LATEST_YEAR = 2100

# A year (19xx/20xx, not inside a longer number) or a short numeric date
# (3/11/25). Written to start with a plain \d so the engine skips to the next
# digit instead of trying both branches everywhere. Same matches as
# ``(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b``.
YEAR = re.compile(r"\d(?:(?<!\d\d)(?:(?<=1)9|(?<=2)0)\d\d(?!\d)|\d?[./-]\d{1,2}[./-]\d{2}\b)")
_YEAR_ASCII = re.compile(YEAR.pattern, re.ASCII)

_WORD = r"[^\W\d_]{3,}"
_ORDINAL = r"(?:st|nd|rd|th|er|re|e|º|°|ª)?"
_BEFORE = 48  # characters before a year that can hold its day and month
_AFTER = 40

# Shapes that end at the year (searched in the text before it, anchored at its end).
_DAY_MONTH = re.compile(
    rf"(?<![\d.,])(?P<d>\d{{1,2}}){_ORDINAL}\.?(?:\s*|-)(?:day\s+of\s+|(?:of|de|del|ta['’]|a)\s*)?"
    rf"(?<![^\W\d_])(?P<m>{_WORD})\.?[\s,/-]*(?:(?:de|del|of)\s+)?\Z",
    re.I,
)
_MONTH_DAY = re.compile(
    rf"(?<![^\W\d_])(?P<m>{_WORD})\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)\Z", re.I
)
_MONTH = re.compile(rf"(?<![^\W\d_])(?P<m>{_WORD})\.?,?\s*(?:(?:de|del|of)\s+)?\Z", re.I)
_NUMBERS = re.compile(r"(?<![\d.,/-])(?P<a>\d{1,2})\s?(?P<s>[./-])\s?(?P<b>\d{1,2})\s?(?P=s)\s?\Z")
_NUMBER_MONTH = re.compile(r"(?<![\d.,/-])(?P<m>\d{1,2})\s?[./]\s?\Z")
# Shapes that start at the year (matched on the text after it).
_YEAR_NUMBERS = re.compile(r"(?P<s>[-./])\s?(?P<m>\d{1,2})\s?(?P=s)\s?(?P<d>\d{1,2})(?!\d)")
_YEAR_MONTH_DAY = re.compile(
    rf"\.?\s*(?:m\.\s*|gada\s+)?(?P<m>{_WORD})\.?\s*(?P<d>\d{{1,2}})(?!\d)", re.I
)
_YEAR_DAY_MONTH = re.compile(rf"\.?\s*gada\s+(?P<d>\d{{1,2}})\.\s*(?P<m>{_WORD})", re.I)
_YEAR_MONTH = re.compile(rf"\.?\s*(?:m\.\s*|gada\s+)?(?P<m>{_WORD})", re.I)
_ISO_MONTH = re.compile(r"-(?P<m>[01]\d)(?![\d./-])")
_SHORT_NUMBERS = re.compile(r"(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{2})$")


@dataclass(frozen=True)
class DateText:
    """One date written in a text: where it is and what it says."""

    start: int
    end: int
    value: str  # YYYY-MM-DD or YYYY-MM (an unread date: its year, YYYY)
    precision: str  # "day" | "month" | "unread"
    note: str = ""  # how an ambiguous numeric date was read
    needs_cue: bool = False  # "11/2013": a date only after a cue ("Revised 11/2013")

    @property
    def unread(self) -> bool:
        """03/04/2024 on a page whose day/month order is unknown: a date, but which
        one cannot be told. It still takes the place of its line ("Last updated:
        03/04/2024" outranks an older "Effective date": :func:`.newest_of_strongest`)."""
        return self.precision == "unread"


def dates_in(
    text: str, language: str | None, day_first: Callable[[], bool | None] = lambda: True
) -> list[DateText]:
    """Every date in ``text``, in order. ``day_first`` is asked only for 03/04/2024."""
    found: list[DateText] = []
    for year in (_YEAR_ASCII if text.isascii() else YEAR).finditer(text):
        date = _read_around(text, year, language, day_first)
        if date and (not found or date.start >= found[-1].end):
            found.append(date)
    return found


def dates_of_line(
    block: str, language: str | None, order: Callable[[str | None], Callable[[], bool | None]]
) -> list[DateText]:
    """The dates of a block, read in the language of its own cues where the page's cannot.

    A date line need not be in the page's language: an English page of a
    Hungarian company says "Hatályos: 2024. március 5.", a bilingual page
    "Dernière mise à jour : 03/04/2024". The cue tells the language
    (:func:`~policywatch.core.lexicon.date_cues.cue_languages`). When no cue
    of the line is in the page's language, its cues' languages read it first
    (a year-first date, the order of 03/04/2024); when one is ("Version
    03/04/2024" on an English page), the page's language decides and the
    others only add what it cannot read. Failing a cue, a year-first date's
    own month name tells its language (:func:`year_first_named`).
    """
    found = dates_in(block, language, order(language))
    if len(found) == len(YEAR.findall(block)) and not any(d.note for d in found):
        return found  # every year read, none ambiguous: the usual case, no cue lookup
    page = base_language(language)
    cued = cue_languages(block, language)
    others = sorted({lang for langs in cued for lang in langs if page not in langs})
    own = any(page in langs for langs in cued)
    named = [lang for lang in year_first_named(block, page) if lang not in others]
    if not others and not named:
        return found
    readings = [language, *others] if own else [*others, language]
    readings += named
    read: list[DateText] = []
    for reading in readings:
        read += found if reading == language else dates_in(block, reading, order(reading))
    # A date one reading could not order is left to a reading that can.
    merged: list[DateText] = []
    for date in sorted(read, key=lambda d: d.unread):
        if all(date.end <= d.start or date.start >= d.end for d in merged):
            merged.append(date)
    return sorted(merged, key=lambda d: d.start)


_AFTER_YEAR = (
    16  # characters after a year that hold a year-first date's month ("2024. gada 5. martā")
)


def year_first_named(block: str, page: str | None) -> list[str]:
    """Year-first languages whose month name follows a year of ``block`` ("2024 m. kovo 5 d.").

    Failing a cue of its language, the month name tells the date's language
    ("Last updated: 2024 m. kovo 5 d." on an English page); a name the
    page's language shares ("2024 November") is left to the page's reading.
    """
    found: set[str] = set()
    for year in YEAR.finditer(block):
        for word in LETTERS.findall(block, year.end(), year.end() + _AFTER_YEAR):
            languages = month_languages(word)
            if page not in languages:
                found |= {language for language in languages if year_first(language)}
    return sorted(found)


def has_year(text: str) -> bool:
    """Whether ``text`` holds a year or a short numeric date (cheap; run on every block)."""
    return bool((_YEAR_ASCII if text.isascii() else YEAR).search(text))


def _read_around(
    text: str, year: re.Match[str], language: str | None, day_first: Callable[[], bool | None]
) -> DateText | None:
    found = year.group()
    if len(found) != 4:  # a short numeric date: 3/11/25
        m = _SHORT_NUMBERS.match(found)
        if m is None:
            return None
        a, b, y = int(m.group(1)), int(m.group(3)), 2000 + int(m.group(4))
        return _numeric(year.start(), year.end(), a, b, y, day_first, m.group(2), language)
    y, start, end = int(found), year.start(), year.end()
    before = text[max(0, start - _BEFORE) : start]
    after = text[end : end + _AFTER]
    width = len(before)
    if (m := _DAY_MONTH.search(before)) and (mo := _month(m.group("m"), language)):
        return _day(start - width + m.start(), end, y, mo, int(m.group("d")))
    if (m := _MONTH_DAY.search(before)) and (mo := _month(m.group("m"), language)):
        return _day(start - width + m.start(), end, y, mo, int(m.group("d")))
    if m := _NUMBERS.search(before):
        a, b = int(m.group("a")), int(m.group("b"))
        return _numeric(start - width + m.start(), end, a, b, y, day_first, m.group("s"), language)
    if m := _YEAR_NUMBERS.match(after):
        return _day(start, end + m.end(), y, int(m.group("m")), int(m.group("d")))
    if (m := _ISO_MONTH.match(after)) and _valid(y, int(m.group("m"))):
        # "2024-03": ISO year and month, a date only after a cue ("Last updated 2024-03").
        value = f"{y:04d}-{int(m.group('m')):02d}"
        return DateText(start, end + m.end(), value, "month", needs_cue=True)
    base = (language or "").split("-")[0].lower()
    if base in _CLDR and year_first(base):
        if (m := _YEAR_DAY_MONTH.match(after)) and (mo := _month(m.group("m"), language)):
            return _day(start, end + m.end(), y, mo, int(m.group("d")))
        if (m := _YEAR_MONTH_DAY.match(after)) and (mo := _month(m.group("m"), language)):
            return _day(start, end + m.end(), y, mo, int(m.group("d")))
        if (m := _YEAR_MONTH.match(after)) and (mo := _month(m.group("m"), language)):
            return _month_only(start, end + m.end(), y, mo)
    if (m := _MONTH.search(before)) and (mo := _month(m.group("m"), language)):
        return _month_only(start - width + m.start(), end, y, mo)
    if (m := _NUMBER_MONTH.search(before)) and _valid(y, int(m.group("m"))):
        value = f"{y:04d}-{int(m.group('m')):02d}"
        return DateText(start - width + m.start(), end, value, "month", needs_cue=True)
    return None


_CLDR = frozenset(LANGUAGES)


def _month(word: str, language: str | None) -> int | None:
    """The month ``word`` names, if it does for this page.

    Names of four letters or more are read in any language; shorter ones
    ("out", "set", "lis") are everyday words somewhere, so they count only
    in the page's own language or in English.
    """
    number = month_number(word, language, inflected=True)
    if number is None or len(word.rstrip(".")) >= 4:
        return number
    folded = word.rstrip(".").casefold()
    base = (language or "en").split("-")[0].lower()
    own = month_names(base) if base in _CLDR else {}
    return number if folded in own or folded in month_names("en") else None


def _valid(y: int, mo: int, d: int | None = None) -> bool:
    if not (_EARLIEST_YEAR <= y <= _LATEST_YEAR and 1 <= mo <= 12):
        return False
    return d is None or 1 <= d <= _DAYS[mo - 1]


_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _day(start: int, end: int, y: int, mo: int, d: int, note: str = "") -> DateText | None:
    if not _valid(y, mo, d):
        return None
    return DateText(start, end, f"{y:04d}-{mo:02d}-{d:02d}", "day", note)


def _month_only(start: int, end: int, y: int, mo: int) -> DateText | None:
    return DateText(start, end, f"{y:04d}-{mo:02d}", "month") if _valid(y, mo) else None


def _numeric(
    start: int,
    end: int,
    a: int,
    b: int,
    y: int,
    day_first: Callable[[], bool | None],
    sep: str = "/",
    language: str | None = None,
) -> DateText | None:
    """d/m/y or m/d/y: fixed when one number is over 12, else by the page's order.

    In a language CLDR gives one order, only a date written with slashes can be
    month-first: no language that puts the month first writes dots or hyphens
    (CLDR; a test checks it). In a split language (English: en_US "M/d/yy",
    en_GB "dd/MM/y", :func:`~policywatch.core.lexicon.calendar.numeric_order`)
    hyphens can be either too: US pages write "01-15-2024". Dots stay day-first:
    the English locales that write them (en_CH, en_FI...) are. When the page's
    order is unknown (``day_first()`` is None), an ambiguous date is an
    unread one (:attr:`DateText.unread`, its year only): never a guess.
    """
    ambiguous = a <= 12 and b <= 12 and a != b
    base = base_language(language) or "en"
    either = sep == "/" or (sep == "-" and base in _CLDR and numeric_order(base) is None)
    first = day_first() if ambiguous and either else True
    if first is None:
        return DateText(start, end, f"{y:04d}", "unread", "day/month order unknown")
    if a > 12 or (ambiguous and first):
        d, mo = a, b
    else:
        mo, d = a, b
    note = ("read as day/month" if first else "read as month/day") if ambiguous else ""
    return _day(start, end, y, mo, d, note)


def numeric_orders(texts: Iterator[str] | list[str]) -> tuple[int, int]:
    """How many numeric dates can only be day-first, and how many only month-first.

    Only what is a date in one reading counts: a day up to its month's length, a
    year from 1995 to next year, three whole parts (not a phone number
    "01.23.45.67.89", an IP address "10.13.24.5", a version "3.14.25", a case
    number "4/57/2021"). A dotted date is day-first evidence only: no locale that
    puts the month first writes dots (CLDR; :func:`_numeric`).

        >>> numeric_orders(["Tél. 01.23.45.67.89", "SDK 3.14.25", "Case 4/57/2021", "25.12.2019"])
        (1, 0)
    """
    day_first = month_first = 0
    latest = dt.date.today().year + 1
    for text in texts:
        if not has_year(text):
            continue
        for m in _ALL_NUMBERS.finditer(text):
            a, b, year = int(m.group(1)), int(m.group(3)), m.group(4)
            y = int(year) if len(year) == 4 else 2000 + int(year)
            if not EVIDENCE_EARLIEST <= y <= latest:
                continue
            if a > 12 >= b and _valid(y, b, a):
                day_first += 1
            elif b > 12 >= a and m.group(2) != "." and _valid(y, a, b):
                month_first += 1
    return day_first, month_first


EVIDENCE_EARLIEST = 1995  # the earliest year a numeric date counts as order evidence
# Three numbers of one separator, not part of a longer run of numbers ("10.13.24.5").
_ALL_NUMBERS = re.compile(
    r"(?<![\d.])(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})\b(?![./-]\d)"
)
