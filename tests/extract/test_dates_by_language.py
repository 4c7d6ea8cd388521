"""Stated dates in every language policywatch reads, on small pages written here.

Each page is built from the language's own cue phrases and from its dates as
CLDR writes them (Babel's long and medium formats), so a language is tested
the way its documents write dates, not as one document happened to.
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.calendar import day_first, numeric_order
from policywatch.core.lexicon.date_cues import CUES
from policywatch.extract.dates import find_stated_date

UPDATED = dt.date(2024, 3, 17)  # day > 12: no day/month ambiguity
EFFECTIVE = dt.date(2023, 11, 28)
EARLIER = dt.date(2021, 6, 14)
TODAY = dt.date(2025, 1, 1)


def _cue(language: str, kind: str, index: int = 0) -> str:
    phrase = CUES[language][kind][index].replace("*", "")
    return phrase[:1].upper() + phrase[1:]


def _date(day: dt.date, language: str, width: str = "long") -> str:
    return format_date(day, width, locale=language)


def _value(blocks: list[str], language: str) -> tuple[str, str, str] | None:
    found = find_stated_date(blocks, language, today=TODAY)
    return (found.value, found.precision, found.kind) if found else None


@pytest.mark.parametrize("width", ["long", "medium"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_label_and_date_line(language, width):
    page = [
        "Title",
        f"{_cue(language, 'last_updated')}: {_date(UPDATED, language, width)}",
        "Text.",
    ]
    assert _value(page, language) == ("2024-03-17", "day", "last_updated")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_phrase_of_each_kind_introduces_a_date(language):
    for kind in ("last_updated", "effective", "version"):
        for index in range(len(CUES[language][kind])):
            page = [f"{_cue(language, kind, index)} {_date(UPDATED, language)}"]
            assert _value(page, language) == ("2024-03-17", "day", kind), (kind, page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_last_updated_beats_an_earlier_effective_date(language):
    page = [
        f"{_cue(language, 'effective')}: {_date(EFFECTIVE, language)}",
        f"{_cue(language, 'last_updated')}: {_date(UPDATED, language)}",
    ]
    assert _value(page, language) == ("2024-03-17", "day", "last_updated")


@pytest.mark.parametrize("language", LANGUAGES)
def test_effective_beats_version(language):
    page = [
        f"{_cue(language, 'version')} {_date(EARLIER, language)}",
        f"{_cue(language, 'effective')}: {_date(EFFECTIVE, language)}",
    ]
    assert _value(page, language) == ("2023-11-28", "day", "effective")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_beside_other_version_words_is_never_stated(language):
    other = _cue(language, "other")
    page = [
        f"{_cue(language, 'version')}: {_date(UPDATED, language)}",
        f"{other} {_cue(language, 'version').lower()} {_date(EARLIER, language)}",
    ]
    assert _value(page, language) == ("2024-03-17", "day", "version")
    assert _value(page[1:], language) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_month_and_year_only(language):
    month = format_date(UPDATED, "LLLL y", locale=language)
    page = [f"{_cue(language, 'last_updated')}: {month}"]
    assert _value(page, language) == ("2024-03", "month", "last_updated")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_short_numeric_form_is_read_in_the_language_order(language):
    ambiguous = dt.date(2024, 3, 5)  # 05/03 or 03/05
    page = [f"{_cue(language, 'last_updated')}: {_date(ambiguous, language, 'short')}"]
    if numeric_order(language) is None and day_first(language) is not None:
        # A language CLDR splits (English: en_US 3/5/24, en_GB 05/03/2024) needs the
        # page's evidence; with none the date is no date, never a guess.
        # (hu and lt have no order either, but their short form puts the year first.)
        assert _value(page, language) is None
        page.append("California residents have rights under the CCPA.")
    assert _value(page, language) == ("2024-03-05", "day", "last_updated")
