"""The region of the page's language tells the order of an ambiguous numeric date (issue 12, 12d).

``<html lang="en-GB">`` (en-AU, en-IE, en-IN) writes "09/01/2024" day-first,
``en-US`` month-first: CLDR's short date pattern of the locale, read through
Babel (:func:`policywatch.core.lexicon.calendar.regional_order`), not a hand
list. The evidence in order: the page's own numeric dates, then the region's
pattern, then the language's, then (English) the jurisdiction signals; with
none, no date. The region CLDR takes the language to mean anyway (en-US for
English, which CMS templates write whatever the company) comes after the
signals. A region CLDR does not know, one whose short date puts the year
first (en-CA "y-MM-dd": nothing about a year-last date), or one on a page
in another language, is no evidence. Each case has its twin.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.calendar import default_region, numeric_order, regional_order
from policywatch.extract.dates import find_stated_date
from policywatch.extract.language import page_region
from tests.extract.stated_pages import html_page, stated

LINE = "<p>Last updated: 09/01/2024</p>"
DAY_FIRST, MONTH_FIRST = ("2024-01-09", "last_updated"), ("2024-09-01", "last_updated")


@pytest.mark.parametrize("lang", ["en-GB", "en-AU", "en-IE", "en-IN", "en-gb", "en_GB"])
def test_a_day_first_english_region_reads_day_first(lang):
    assert stated(html_page(LINE, lang=lang)) == DAY_FIRST
    # Twin: the same page tagged en-US reads month-first, and plain "en" tells nothing.
    assert stated(html_page(LINE, lang="en-US")) == MONTH_FIRST
    assert stated(html_page(LINE, lang="en")) is None


@pytest.mark.parametrize("written", ["09/01/2024", "09-01-2024"])
def test_en_gb_and_en_us_twins(written):
    line = f"<p>Last updated: {written}</p>"
    assert stated(html_page(line, lang="en-GB")) == DAY_FIRST
    assert stated(html_page(line, lang="en-US")) == MONTH_FIRST


@pytest.mark.parametrize(
    ("lang", "other_date", "value"),
    [
        ("en-US", "Our office moved on 25/12/2019.", DAY_FIRST),
        ("en-GB", "Our office moved on 12/25/2019.", MONTH_FIRST),
    ],
)
def test_the_page_s_own_dates_beat_its_region(lang, other_date, value):
    assert stated(html_page(LINE + f"<p>{other_date}</p>", lang=lang)) == value


@pytest.mark.parametrize(
    ("lang", "evidence", "value"),
    [
        # A region someone chose comes before the page's jurisdiction signals.
        ("en-GB", "California residents have rights under the CCPA.", DAY_FIRST),
        ("en-AU", "California residents have rights under the CCPA.", DAY_FIRST),
        # en-US is what CLDR takes "en" to mean, and what CMS templates write whatever
        # the company: the page's signals come first, the tag only when they are silent.
        ("en-US", "We are the controller under the GDPR.", DAY_FIRST),
        ("en-US", "California residents have rights under the CCPA.", MONTH_FIRST),
        # Twin: with no region, the jurisdiction decides.
        ("en", "California residents have rights under the CCPA.", MONTH_FIRST),
        ("en", "We are the controller under the GDPR.", DAY_FIRST),
    ],
)
def test_a_chosen_region_comes_before_jurisdiction_signals(lang, evidence, value):
    assert stated(html_page(LINE + f"<p>{evidence}</p>", lang=lang)) == value


@pytest.mark.parametrize("lang", ["en-XX", "en-Latn", "en-", "english", "en-US-x-private-"])
def test_an_unknown_region_is_ignored(lang):
    assert stated(html_page(LINE, lang=lang)) is None
    # Twin: the page's jurisdiction still decides as with no region.
    gdpr = LINE + "<p>We are the controller under the GDPR.</p>"
    assert stated(html_page(gdpr, lang=lang)) == DAY_FIRST


SPANISH = (
    "<h1>Política de privacidad</h1><p>Última actualización: 09/01/2024</p>"
    + "<p>Tratamos sus datos personales cuando utiliza el servicio y no los compartimos"
    " con terceros sin su consentimiento, salvo cuando la ley nos obliga a ello.</p>" * 4
)


def _spanish(lang: str) -> tuple[str, str] | None:
    return stated(html_page(SPANISH, lang=lang, sections=False, title="Privacidad"))


def test_a_month_first_region_of_a_day_first_language_through_extract():
    # CLDR: es_PA writes MM/dd/yy, es_ES dd/MM/y: only the region tells them apart.
    assert _spanish("es-PA") == MONTH_FIRST
    # Twins: es-ES, plain "es" and an en-US attribute over the Spanish text read day-first.
    assert _spanish("es-ES") == DAY_FIRST
    assert _spanish("es") == DAY_FIRST
    assert _spanish("en-US") == DAY_FIRST


@pytest.mark.parametrize(
    ("hint", "language", "region", "order"),
    [
        ("en-GB", "en", "GB", True),
        ("en-US", "en", "US", False),
        ("nb-NO", "nb", "NO", True),
        ("de-AT", "de", "AT", True),
        ("fr-BE", "fr", "BE", True),
        ("es-PA", "es", "PA", False),
    ],
)
def test_each_language_reads_its_own_region(hint, language, region, order):
    assert page_region(hint, language) == region
    assert regional_order(language, region) is order
    # Twin: the same attribute over a page in another language is no region of it.
    other = "fr" if language != "fr" else "de"
    assert page_region(hint, other) is None


@pytest.mark.parametrize("language", ["nb", "de", "fr"])
def test_no_region_of_nb_de_fr_changes_their_order(language):
    """Why no page test reads an nb, de or fr region: every CLDR locale of these
    languages writes a year-last date day-first, as the language does (fr_CA
    writes the year first: no evidence), so their region can never change the
    order. If CLDR ever adds a month-first one, this fails and a page test is due.
    """
    from babel import localedata
    from babel.core import get_global

    territories = [
        territory
        for territory, spoken in get_global("territory_languages").items()
        if language in spoken and localedata.exists(f"{language}_{territory}")
    ]
    assert territories
    assert {regional_order(language, t) for t in territories} <= {True, None}


@pytest.mark.parametrize("lang", ["en-CA", "en-ZA", "en-SE"])
def test_a_year_first_region_is_no_evidence(lang):
    """en_CA and en_SE write "y-MM-dd", en_ZA "y/MM/dd": nothing about 09/01/2024."""
    assert stated(html_page(LINE, lang=lang)) is None
    us = LINE + "<p>California residents have rights under the CCPA.</p>"
    eu = LINE + "<p>We are the controller under the GDPR.</p>"
    assert stated(html_page(us, lang=lang)) == MONTH_FIRST
    assert stated(html_page(eu, lang=lang)) == DAY_FIRST
    # Twin: a day-first region still comes before the page's US signals.
    assert stated(html_page(us, lang="en-GB")) == DAY_FIRST


def test_a_year_first_locale_gives_no_order():
    # Regions: en_CA/en_SE "y-MM-dd", en_ZA "y/MM/dd", fr_CA "y-MM-dd"; twin en_GB.
    assert [regional_order(*pair) for pair in [("en", "CA"), ("en", "ZA"), ("en", "SE")]] == [
        None,
        None,
        None,
    ]
    assert regional_order("fr", "CA") is None and regional_order("en", "GB") is True
    # Languages: hu "y. MM. dd." and lt "y-MM-dd" have no year-last locale in CLDR:
    # no vote, no order (fix12d5); sv_SE writes "y-MM-dd" but sv_FI and sv_AX "d.M.y";
    # twin nb "dd.MM.y"; English has month-first locales.
    assert [numeric_order(language) for language in ("hu", "lt", "sv", "nb", "en")] == [
        None,
        None,
        True,
        True,
        None,
    ]


def test_a_month_first_region_of_a_day_first_language():
    # CLDR: es_PA writes MM/dd/yy, es (and es_ES) dd/MM/y.
    blocks = ["Privacidad", "Última actualización: 09/01/2024"]
    assert find_stated_date(blocks, "es", region="PA").value == "2024-09-01"
    assert find_stated_date(blocks, "es", region="ES").value == "2024-01-09"
    assert find_stated_date(blocks, "es").value == "2024-01-09"


def test_the_region_is_only_the_page_language_s():
    # A Norwegian date line on an en-US page is read in Norwegian: day-first.
    found = find_stated_date(["Privacy", "Sist endret: 09/01/2024"], "en", region="US")
    assert found is not None and found.value == "2024-01-09"
    # Twin: the page's own English line is read in its region.
    found = find_stated_date(["Privacy", "Last updated: 09/01/2024"], "en", region="US")
    assert found is not None and found.value == "2024-09-01"


@pytest.mark.parametrize(
    ("hint", "language", "region"),
    [
        ("en-GB", "en", "GB"),
        ("en-Latn-GB", "en", "GB"),
        ("en_au", "en", "AU"),
        ("nb-NO", "nb", "NO"),
        ("no-NO", "nb", "NO"),  # "no" and "nb" are one Norwegian
        ("en-US", "fr", None),  # the attribute names another language
        ("en-XX", "en", None),  # CLDR knows no en_XX
        ("en", "en", None),
        ("", "en", None),
        (None, "en", None),
        ("en-GB", None, None),
        ("12-34", "en", None),
    ],
)
def test_page_region(hint, language, region):
    assert page_region(hint, language) == region


def test_default_region_is_cldr_s_likely_subtag():
    assert [default_region(language) for language in ("en", "fr", "de", "nb")] == [
        "US",
        "FR",
        "DE",
        "NO",
    ]


def test_regional_order_is_cldr_s():
    assert [regional_order("en", r) for r in ("GB", "AU", "IE", "IN", "US")] == [
        True,
        True,
        True,
        True,
        False,
    ]
    assert regional_order("en", "XX") is None
