"""Day/month order of an ambiguous numeric date (issue 12, 12w step 2).

"09/01/2024" is 9 January or 1 September. The order comes from the page's
other numeric dates first (25/12/2019 can only be day-first), then from the
language's order in CLDR (:func:`policywatch.core.lexicon.calendar.numeric_order`).
English is split by CLDR (en_US "M/d/yy", en_GB "dd/MM/y"): there the page's
jurisdiction words (GDPR and € or CCPA and $) tell it; with none, the date is
no date, never a guess. Each case has its twin: a day over 12 needs no order.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.calendar import numeric_order
from policywatch.extract.dates import find_stated_date
from policywatch.extract.datetext import numeric_orders
from tests.extract.stated_pages import html_page, stated

CUE = {"en": "Last updated:", "nb": "Sist endret:", "de": "Stand:", "fr": "Mis à jour le"}
TITLE = {"en": "Privacy", "nb": "Personvern", "de": "Datenschutz", "fr": "Confidentialité"}


def _value(language: str, written: str, *others: str) -> str | None:
    found = find_stated_date([TITLE[language], f"{CUE[language]} {written}", *others], language)
    return found.value if found else None


def test_cldr_gives_no_order_for_english_and_the_year_first_languages():
    # English is split (en_US M/d/yy, en_GB dd/MM/y). hu and lt write only year-first
    # dates in CLDR (fix12d2): no locale votes, so no order (fix12d5, not day-first).
    no_order = [language for language in LANGUAGES if numeric_order(language) is None]
    assert no_order == ["en", "hu", "lt"]
    assert [numeric_order(language) for language in ("ja", "zh", "ko")] == [None] * 3


# A year-first language's page with a year-last numeric date (the body says nothing
# about dates: no other numeric date, no jurisdiction word).
_YEAR_FIRST_PAGES = {
    "hu": (
        "Adatkezelési tájékoztató",
        "Utolsó frissítés:",
        "<p>Az adatkezelő a személyes adatokat kizárólag a szolgáltatás nyújtásához "
        "használja fel, és azokat harmadik félnek nem adja át az érintett hozzájárulása "
        "nélkül.</p>",
    ),
    "lt": (
        "Privatumo politika",
        "Atnaujinta:",
        "<p>Asmens duomenis tvarkome tik paslaugai teikti ir be jūsų sutikimo jų "
        "neperduodame trečiosioms šalims, išskyrus įstatymų numatytus atvejus.</p>",
    ),
    "en": (
        "Privacy Policy",
        "Last updated:",
        "<p>We use your personal data only to provide the service and never pass it "
        "to third parties without your consent, except where the law requires it.</p>",
    ),
}


def _year_first_page(lang: str, written: str, extra: str = "") -> tuple[str, str] | None:
    title, cue, body = _YEAR_FIRST_PAGES[lang.split("-")[0]]
    main = f"<h1>{title}</h1><p>{cue} {written}</p>{body * 4}{extra}"
    return stated(html_page(main, lang=lang, title=title, sections=False))


@pytest.mark.parametrize("lang", ["hu", "hu-HU", "lt", "lt-LT"])
@pytest.mark.parametrize("written", ["04/03/2024", "04-03-2024"])
def test_a_language_with_only_year_first_locales_alone_states_no_date(lang, written):
    # No locale of the language writes the year last: nothing tells the order, so
    # an ambiguous date is no date, never a guess (fix12d5).
    assert _year_first_page(lang, written) is None
    # Twin: a day over 12 reads the same whatever the order.
    assert _year_first_page(lang, written.replace("04", "13", 1)) == ("2024-03-13", "last_updated")


@pytest.mark.parametrize(
    ("lang", "gdpr"),
    [
        ("hu", "általános adatvédelmi rendelet"),
        ("lt", "BDAR"),
        ("en", "General Data Protection Regulation"),
    ],
)
def test_the_gdpr_by_its_name_in_the_page_s_language(lang, gdpr):
    # The GDPR named in the page's language is the EU signal (dateorder's markers from
    # the laws table): day-first on a hu, lt or English page.
    extra = f"<p>Art. 6 ({gdpr}).</p>"
    assert _year_first_page(lang, "04/03/2024", extra) == ("2024-03-04", "last_updated")


# Japanese, Chinese and Korean write only year-first locales (fix12d5).
_YEAR_FIRST_PAGES["ja"] = (
    "プライバシーポリシー",
    "最終更新日:",
    "<p>当社は、お客様の個人情報をサービスの提供のためにのみ利用し、お客様の同意なく第三者に"
    "提供することはありません。</p>",
)
_YEAR_FIRST_PAGES["zh"] = (
    "隐私政策",
    "最后更新:",
    "<p>我们仅为提供服务而使用您的个人信息，未经您的同意不会向第三方提供。</p>",
)
_YEAR_FIRST_PAGES["ko"] = (
    "개인정보처리방침",
    "최종 업데이트:",
    "<p>회사는 서비스 제공을 위해서만 개인정보를 이용하며 동의 없이 제3자에게 제공하지 "
    "않습니다.</p>",
)


@pytest.mark.parametrize("lang", ["ja", "zh", "ko"])
def test_a_year_first_east_asian_language_alone_states_no_date(lang):
    assert _year_first_page(lang, "03/04/2024") is None
    # Twin: a day over 12 needs no order (whatever kind the cue row gives it).
    found = _year_first_page(lang, "13/04/2024")
    assert found is not None and found[0] == "2024-04-13", found


@pytest.mark.parametrize("lang", ["en", "en-CA", "en-ZA"])
def test_english_year_first_regions_still_give_no_order(lang):
    # Twin: English has month-first locales, so a year-first region (en-CA "y-MM-dd")
    # is still no evidence and an ambiguous date with nothing else is no date.
    assert _year_first_page(lang, "04/03/2024") is None
    assert _year_first_page(lang, "13/03/2024") == ("2024-03-13", "last_updated")


@pytest.mark.parametrize("written", ["09/01/2024", "09-01-2024"])
def test_english_with_nothing_telling_the_order_states_no_date(written):
    assert _value("en", written) is None
    # Twin: a day over 12 needs no order.
    assert _value("en", written.replace("09", "13", 1)) == "2024-01-13"


def test_an_english_dotted_date_is_day_first():
    # Every English locale of CLDR that writes dots (en_CH, en_FI...) is day-first.
    assert _value("en", "09.01.2024") == "2024-01-09"
    assert _value("en", "09.01.2024", "California residents have rights under the CCPA.") == (
        "2024-01-09"
    )


@pytest.mark.parametrize(
    ("evidence", "value"),
    [
        ("Our office moved on 25/12/2019.", "2024-01-09"),  # another numeric date
        ("Our office moved on 12/25/2019.", "2024-09-01"),
        ("We are the controller under the GDPR.", "2024-01-09"),  # jurisdiction
        ("California residents have rights under the CCPA.", "2024-09-01"),
        ("The plan costs €5 per month.", "2024-01-09"),  # an amount's currency
        ("The plan costs 50 € a year.", "2024-01-09"),
        ("The plan costs EUR 5 per month.", "2024-01-09"),
        ("The plan costs $5.00 per month.", "2024-09-01"),
        ("The plan costs USD 5 per month.", "2024-09-01"),
        ("The plan costs 5 credits per month.", None),  # twin: no currency, no order
        ("Prices are in €.", None),  # a currency without an amount is no signal
    ],
)
@pytest.mark.parametrize("written", ["09/01/2024", "09-01-2024"])
def test_english_order_from_the_page(written, evidence, value):
    assert _value("en", written, evidence) == value


def test_an_english_page_read_whole():
    line = "<p>Last updated: 09-01-2024</p>"
    assert stated(html_page(line)) is None
    us = line + "<p>California residents have rights under the CCPA.</p>"
    assert stated(html_page(us)) == ("2024-09-01", "last_updated")


@pytest.mark.parametrize("language", ["nb", "de", "fr"])
@pytest.mark.parametrize("written", ["09/01/2024", "09.01.2024"])
def test_a_day_first_language_reads_day_first(language, written):
    assert _value(language, written) == "2024-01-09"
    assert _value(language, written.replace("09", "13", 1)) == "2024-01-13"


@pytest.mark.parametrize("language", ["nb", "de", "fr"])
def test_the_page_s_other_dates_come_before_the_language(language):
    # A page whose other slashed dates can only be month-first reads its slashed date so.
    assert _value(language, "09/01/2024", "12/25/2019") == "2024-09-01"
    # Twin: dots are written day-first in every one of these languages (CLDR).
    assert _value(language, "09.01.2024", "12/25/2019") == "2024-01-09"


def test_named_dates_do_not_tell_an_english_page_s_numeric_order():
    # European companies write "June 1, 2023" in English beside "01/06/2023".
    assert _value("en", "09/01/2024", "The previous policy applied from June 1, 2023.") is None
    assert _value("en", "09/01/2024", "The previous policy applied from 1 June 2023.") is None


@pytest.mark.parametrize(
    ("evidence", "value"),
    [
        # Distinct signals count, not mentions: one GDPR against one "United States"
        # named three times is no clear side.
        (["We are the controller under the GDPR.", *["We host in the United States."] * 3], None),
        (["Acme Inc. is a Delaware corporation.", "We follow the GDPR."], None),
        # More distinct signals decide: a US page with one EEA paragraph.
        (
            ["California residents.", "Plans cost $5 in the U.S.", "Transfers outside the EEA."],
            "2024-09-01",
        ),
        (
            ["Transfers outside the EEA follow the GDPR.", "Plans cost €5.", "We host in the U.S."],
            "2024-01-09",
        ),
    ],
)
def test_english_jurisdiction_counts_distinct_signals(evidence, value):
    assert _value("en", "09/01/2024", *evidence) == value


NOISE = [
    "© 2024 Acme – Tel. 01.23.45.67.89",  # a phone number
    "Our SDK 3.14.25 (released 2024) reads device IDs.",  # a version
    "Case no. 4/57/2021",  # a case number
    "Logins from IP 10.13.24.5 in 2024.",  # an IP address
]


@pytest.mark.parametrize("language", ["nb", "de", "fr"])
@pytest.mark.parametrize("noise", NOISE)
def test_numbers_that_are_no_date_are_no_order_evidence(language, noise):
    assert _value(language, "03/04/2024", noise) == "2024-04-03"
    # Twin: a slashed date that can only be month-first is evidence.
    assert _value(language, "03/04/2024", noise, "12/25/2019") == "2024-03-04"


@pytest.mark.parametrize("noise", NOISE)
def test_english_numbers_that_are_no_date_are_no_order_evidence(noise):
    gdpr = "We are the controller under the GDPR."
    assert _value("en", "03/04/2024", gdpr, noise) == "2024-04-03"
    assert _value("en", "03/04/2024", noise) is None
    # Twin: a real day-first date is evidence.
    assert _value("en", "03/04/2024", noise, "25/12/2019") == "2024-04-03"


def test_a_dotted_date_is_never_month_first_evidence():
    assert numeric_orders(["12.25.2019"]) == (0, 0)
    assert numeric_orders(["12/25/2019", "25.12.2019"]) == (1, 1)
