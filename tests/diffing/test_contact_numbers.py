"""A long number is a phone number only when it is not money or part of a name.

Per language: a company's share capital written with its currency (after or before
the number, as a sign, a code or a word: CLDR's, through
:mod:`policywatch.core.lexicon.currencies`) is no contact; its twin, a phone number
in the same sentence shape, stays one. A cookie's name with a number glued to it by
a hyphen ("_gat_UA-46012774-2") is no contact; a phone number in a cookie table's
row is. A registration word counts whole: "Telefonnummer" and "teléfono" end in
"nummer" and "no" but register nothing. Then through :func:`diff_documents`: the
capital sentence added gives no controller_contact reason, the phone sentence
added does.
"""

from __future__ import annotations

import pytest

from policywatch.diffing import diff_documents
from policywatch.diffing.signals import contacts

from .conftest import one_section

# fmt: off
# (the capital with its currency, the same sentence with a phone number)
CAPITAL = {
    "en": ("Acme Ltd has a share capital of £12 345 678.",
           "Acme Ltd has a phone line at +44 20 7946 0958."),
    "nb": ("Acme AS har en aksjekapital på 30 000 000 kr.",
           "Acme AS har telefonnummer 22 33 44 55."),
    "de": ("Die Acme GmbH hat ein Stammkapital von 25 000 000 EUR.",
           "Die Acme GmbH hat die Telefonnummer 030 1234 5678."),
    "fr": ("Acme SA au capital de 50 601 985 euros.",
           "Acme SA joignable au 01 23 45 67 89."),
    "es": ("Acme S.L. con un capital social de 3 000 000 €.",
           "Acme S.L. con el teléfono 912 345 678."),
    "it": ("Acme S.p.A. con capitale sociale di 12 000 000 euro.",
           "Acme S.p.A. con telefono 06 1234 5678."),
    "pl": ("Acme sp. z o.o. o kapitale zakładowym 5 000 000 zł.",
           "Acme sp. z o.o. pod numerem telefonu 22 123 45 67."),
}
COOKIE = ("_gat_UA-46012774-2 | Google Analytics | Limits the request rate",
          "Support line | +44 20 7946 0958 | Answers questions about cookies")
# fmt: on
HOLDS = "Acme provides the service."


@pytest.mark.parametrize("language", sorted(CAPITAL))
def test_a_share_capital_is_no_phone_number_and_a_phone_number_is(language):
    capital, phone = CAPITAL[language]
    assert contacts(capital, language) == set(), capital
    assert len(contacts(phone, language)) == 1, phone


def test_a_number_glued_to_a_cookie_name_is_no_phone_number():
    name, phone = COOKIE
    assert contacts(name) == set()
    assert contacts(phone) == {"442079460958"}


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_the_capital_added_is_no_contact_change_and_the_phone_added_is(language):
    capital, phone = CAPITAL[language]
    old = one_section(HOLDS, language)
    money = diff_documents(old, one_section(f"{HOLDS} {capital}", language))
    assert "controller_contact" not in money.categories, money.categories
    line = diff_documents(old, one_section(f"{HOLDS} {phone}", language))
    assert line.verdict == "material" and "controller_contact" in line.categories, (
        line.verdict,
        line.categories,
    )
