"""A cookie's lifetime in a cookie table is no retention fact; data kept for a period is.

Per language: a cookie table (name, purpose, duration columns:
``core/lexicon/cookie_columns``) whose purpose cell says the cookie stores an id
gives no retention fact; its twins, the same period in a table of data kept
(category, purpose, retention period) and a sentence "we keep your account data for
3 years", give one. Then through :func:`compare_facts`: a cookie's lifetime changed
is no retention change.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing.facts import compare_facts, extract_facts

# fmt: off
# language: (cookie table header, a row storing an id for 2 years, a data table header,
#            a sentence keeping account data for 3 years)
TABLES = {
    "en": ("| Name | Purpose | Duration |", "| _ga | Stores a unique ID | 2 years |",
           "| Data category | Purpose | Retention period |",
           "We keep your account data for 3 years."),
    "nb": ("| Navn | Formål | Varighet |", "| _ga | Lagrer en unik ID | 2 år |",
           "| Datakategori | Formål | Lagringstid |",
           "Vi lagrer kontodataene dine i 3 år."),
    "de": ("| Cookie-Name | Zweck | Speicherdauer |",
           "| _ga | Speichert eine eindeutige ID | 2 Jahre |",
           "| Datenkategorie | Zweck | Speicherdauer |",
           "Wir speichern Ihre Kontodaten 3 Jahre lang."),
    "fr": ("| Nom du cookie | Finalité | Durée |",
           "| _ga | Conserve un identifiant unique | 2 ans |",
           "| Catégorie de données | Finalité | Durée de conservation |",
           "Nous conservons les données de votre compte pendant 3 ans."),
}
# fmt: on


def _doc(text: str, language: str) -> ExtractedDocument:
    return ExtractedDocument(text=text, sections=[Section(2, "Cookies", text)], language=language)


def _table(header: str, row: str) -> str:
    return f"{header}\n|---|---|---|\n{row}"


def _retention(text: str, language: str) -> list[str]:
    return [f.normalised for f in extract_facts(_doc(text, language)) if f.kind == "retention"]


@pytest.mark.parametrize("language", sorted(TABLES))
def test_a_cookie_lifetime_is_no_retention_fact(language: str) -> None:
    cookie_header, row, data_header, sentence = TABLES[language]
    assert _retention(_table(cookie_header, row), language) == []
    assert _retention(_table(data_header, row), language) == ["730d"]
    assert _retention(sentence, language) == ["1095d"]


@pytest.mark.parametrize("language", sorted(TABLES))
def test_a_cookie_lifetime_changed_is_no_retention_change(language: str) -> None:
    cookie_header, row, data_header, _ = TABLES[language]
    longer = row.replace("2", "3")
    changes = compare_facts(
        extract_facts(_doc(_table(cookie_header, row), language)),
        extract_facts(_doc(_table(cookie_header, longer), language)),
        language,
    )
    assert [c.kind for c in changes if c.kind == "retention"] == []
    changes = compare_facts(
        extract_facts(_doc(_table(data_header, row), language)),
        extract_facts(_doc(_table(data_header, longer), language)),
        language,
    )
    assert [c.kind for c in changes if c.kind == "retention"] == ["retention"]


# fmt: off
# language: a table of data kept whose header has a bare name cell or mentions cookies
# without naming one, beside an ordinary retention column, and a row kept 10 years.
ACCOUNT_ROW = "| Customer account | Contract performance, storage of your account data | 10 years |"
RETENTION_TABLES = {
    "en": [("| Name | Description | Retention period |", ACCOUNT_ROW),
           ("| Data collected via cookies | Purpose | Retention |", ACCOUNT_ROW)],
    "nb": [("| Navn | Formål | Lagringstid |",
            "| Kundekonto | Oppfyllelse av avtalen, lagring av kontodataene dine | 10 år |")],
    "de": [("| Bezeichnung | Zweck | Speicherdauer |",
            "| Kundenkonto | Vertragserfüllung, Speicherung Ihrer Kontodaten | 10 Jahre |")],
    "fr": [("| Nom | Finalité | Durée de conservation |",
            "| Compte client | Exécution du contrat, conservation de vos données | 10 ans |")],
}
# fmt: on


@pytest.mark.parametrize(
    ("language", "header", "row"),
    [(lang, h, r) for lang, pairs in sorted(RETENTION_TABLES.items()) for h, r in pairs],
)
def test_a_retention_table_is_no_cookie_table(language: str, header: str, row: str) -> None:
    assert _retention(_table(header, row), language) == ["3650d"]
