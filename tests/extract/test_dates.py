"""Stated dates: anchor phrase first, then the date right after it."""

from __future__ import annotations

import pytest

from policywatch.extract.dates import find_stated_date

CASES = [
    (["Last updated: 6 May 2024"], "en", "2024-05-06", "day", "last_updated"),
    (
        ["Effective date: **January 26, 2017**".replace("**", "")],
        "en",
        "2017-01-26",
        "day",
        "effective",
    ),
    (["Version: May 12th 2026"], "en", "2026-05-12", "day", "version"),
    (["Stand: Juni 2021"], "de", "2021-06", "month", "last_updated"),
    (["Stand: 18. März 2025"], "de", "2025-03-18", "day", "last_updated"),
    (["Politique mise à jour du 10/12/2021"], "fr", "2021-12-10", "day", "last_updated"),
    (["Entrée en vigueur : 12.05.2026"], "fr", "2026-05-12", "day", "effective"),
    (["Sist endret: 02.10.2019."], "nb", "2019-10-02", "day", "last_updated"),
    (["Sist oppdatert 3. mars 2023"], "nb", "2023-03-03", "day", "last_updated"),
    (["Denne gjelder fra og med 1. juli 2018."], "nb", "2018-07-01", "day", "effective"),
    (["Gjeld frå 1. januar 2024"], "nn", "2024-01-01", "day", "effective"),
    (["Última actualización: 5 de marzo de 2024"], "es", "2024-03-05", "day", "last_updated"),
    (["Laatst bijgewerkt: 1 februari 2023"], "nl", "2023-02-01", "day", "last_updated"),
    (["Senast uppdaterad: 14 augusti 2022"], "sv", "2022-08-14", "day", "last_updated"),
    (["Senest opdateret: 14. august 2022"], "da", "2022-08-14", "day", "last_updated"),
    (["Ultimo aggiornamento: 3 ottobre 2023"], "it", "2023-10-03", "day", "last_updated"),
    (["Last Updated:", "October 2020"], "en", "2020-10", "month", "last_updated"),
    (["> Last Update: Feb 10, 2026"], "en", "2026-02-10", "day", "last_updated"),
]


@pytest.mark.parametrize(("blocks", "language", "value", "precision", "kind"), CASES)
def test_anchored_dates(blocks, language, value, precision, kind):
    found = find_stated_date(blocks, language)
    assert found is not None
    assert (found.value, found.precision, found.kind) == (value, precision, kind)


@pytest.mark.parametrize(
    "blocks",
    [
        ["© 2024 Example AS. All rights reserved."],
        ["We were founded on 1 March 2010 and keep data for 30 days."],
        ["Privacy policy", "We process personal data."],
        ["Nutzungsbedingungen", "Die vorherige Fassung mit Stand 07.05.2014 ist hier abrufbar."],
    ],
)
def test_no_date_is_the_answer_when_none_is_stated(blocks):
    assert find_stated_date(blocks, "en") is None


def test_us_month_day_order_from_the_page():
    page = ["Last Updated: 3/11/2025", "Residents of California have rights under the CCPA."]
    found = find_stated_date(page, "en")
    assert found is not None and found.value == "2025-03-11"
    assert "month/day" in found.snippet


def test_european_day_month_order_from_the_page():
    page = ["Updated: 11/05/2026", "happn SAS, Paris, is the controller under the GDPR (CNIL)."]
    found = find_stated_date(page, "en")
    assert found is not None and found.value == "2026-05-11"
    assert "day/month" in found.snippet


def test_earlier_version_date_loses_to_the_stated_one():
    page = [
        "Stand: 18. März 2025",
        "Aktualisierungshinweis: Die bisherigen Nutzungsbedingungen mit Stand 07.05.2014 ...",
    ]
    found = find_stated_date(page, "de")
    assert found is not None and found.value == "2025-03-18"
