"""A date line in another language than its page: read in the language its own cue belongs to.

An English policy of a Hungarian company says "Módosítva: 2024. március
17.", a bilingual page puts its French date line beside English text. The
page's detected language is English, so a year-first date (hu, lt, lv) or a
day-first slashed date (fr, es, it, …) was missed or read the other way.
The cue tells the language; where the cue is the page's language too
("Version 03/04/2024" on an English page), the page's language decides.
Every page runs through ``extract`` end to end; the phrasings are the
per-language table of :mod:`tests.extract.date_languages`, written apart
from the cue list, and the dates are CLDR's (Babel).
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from babel.dates import format_date

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.calendar import day_first, year_first
from policywatch.extract import extract
from tests.extract.date_languages import BODY, PHRASING_KINDS, PHRASING_NAMES, PHRASINGS, phrased
from tests.extract.stated_pages import html_page

UPDATED = dt.date(2024, 3, 17)
AMBIGUOUS = dt.date(2024, 4, 3)  # 03/04/2024: 3 April day-first, 4 March month-first
YEAR_FIRST = [language for language in LANGUAGES if year_first(language)]
# Languages whose short numeric date is day-first and written with slashes (CLDR).
SLASHED_DAY_FIRST = [
    language
    for language in LANGUAGES
    if day_first(language) and "/" in Locale.parse(language).date_formats["short"].pattern
]


def _stated(page: bytes) -> tuple[str, str] | None:
    found = extract(page, "text/html")
    assert found.language == "en", "the page's text is English"
    return (found.stated_date.value, found.stated_date.kind) if found.stated_date else None


def _english_page(line: str, lang: str, *, bilingual: str = "") -> bytes:
    main = f"<h1>Privacy Policy</h1><p>{line}</p>"
    return html_page(main + (f"<p>{bilingual}</p>" if bilingual else ""), lang=lang)


def test_the_year_first_languages_are_the_ones_cldr_says():
    assert YEAR_FIRST == ["hu", "lt", "lv"]
    assert {"fr", "es", "it", "pt"} <= set(SLASHED_DAY_FIRST)


@pytest.mark.parametrize("lang_attribute", ["own", "en"])
@pytest.mark.parametrize("language", YEAR_FIRST)
def test_a_year_first_date_line_on_an_english_page(language, lang_attribute):
    lang = language if lang_attribute == "own" else "en"
    written = format_date(UPDATED, "long", locale=language)
    for name in ("applies from", "modified", "last reviewed"):
        phrase = PHRASINGS[language][PHRASING_NAMES.index(name)]
        line = phrased(phrase, written)
        want = ("2024-03-17", PHRASING_KINDS[name])
        assert _stated(_english_page(line, lang)) == want, line
        # A bilingual page: the language's own paragraph beside the English text.
        assert _stated(_english_page(line, lang, bilingual=BODY[language])) == want, line


@pytest.mark.parametrize("language", YEAR_FIRST)
def test_a_year_first_date_after_an_english_cue_is_read_by_its_month_name(language):
    # "Last updated: 2024 m. kovo 17 d.": no cue tells Lithuanian, the month name does.
    for pattern in ("long", "medium"):
        written = format_date(UPDATED, pattern, locale=language)
        line = f"Last updated: {written}"
        assert _stated(_english_page(line, "en")) == ("2024-03-17", "last_updated"), line


@pytest.mark.parametrize("language", YEAR_FIRST)
def test_a_year_first_date_with_no_cue_of_its_language_is_not_guessed(language):
    # Twin: the same date after words of no language's cue list is no date line,
    # though its month name tells its language.
    written = format_date(UPDATED, "long", locale=language)
    assert _stated(_english_page(f"Our office opened {written}", language)) is None
    assert _stated(_english_page(f"Our office opened {written}", "en")) is None


@pytest.mark.parametrize("language", SLASHED_DAY_FIRST)
def test_a_slashed_date_is_read_in_the_order_of_its_cues_language(language):
    written = format_date(AMBIGUOUS, "dd/MM/y", locale=language)
    phrase = PHRASINGS[language][PHRASING_NAMES.index("modified")]
    assert _stated(_english_page(phrased(phrase, written), language)) == (
        "2024-04-03",
        "last_updated",
    )


@pytest.mark.parametrize("language", ["fr", "it", "es"])
def test_a_cue_the_page_shares_leaves_the_order_to_the_page(language):
    # Twin: "Version" is an English cue too, so the English page's order reads it:
    # English is split (en_US month first, en_GB day first), so with nothing on the
    # page telling the order it is no date, and a US page reads it month first; on a
    # page in the language itself the same line is day first.
    line = f"Version {format_date(AMBIGUOUS, 'dd/MM/y', locale=language)}"
    assert _stated(_english_page(line, language)) is None
    us = "California residents have rights under the CCPA."
    assert _stated(_english_page(line, language, bilingual=us)) == ("2024-03-04", "version")
    own = f"<h1>Policy</h1><p>{line}</p><p>{BODY[language]}</p><p>{BODY[language]}</p>"
    found = extract(html_page(own, lang=language, sections=False), "text/html")
    assert found.language == language
    assert found.stated_date is not None
    assert (found.stated_date.value, found.stated_date.kind) == ("2024-04-03", "version")


@pytest.mark.parametrize("band", ["header", "footer"])
@pytest.mark.parametrize("language", YEAR_FIRST)
def test_a_year_first_date_line_in_a_header_or_footer_band(language, band):
    # The band is dropped with the navigation but for its date line, which must be
    # read in its cue's language before it can be kept.
    written = format_date(UPDATED, "long", locale=language)
    phrase = PHRASINGS[language][PHRASING_NAMES.index("modified")]
    line = f"<p>{phrased(phrase, written)}</p>"
    main = "<h1>Privacy Policy</h1>"
    page = (
        html_page(main, header=line, lang="en")
        if band == "header"
        else html_page(main, footer=line, lang="en")
    )
    assert _stated(page) == ("2024-03-17", "last_updated"), line
    # Twin: the same date after words of no cue list stays in the band, dropped.
    other = f"<p>Our office opened {written}</p>"
    page = (
        html_page(main, header=other, lang="en")
        if band == "header"
        else html_page(main, footer=other, lang="en")
    )
    assert _stated(page) is None
