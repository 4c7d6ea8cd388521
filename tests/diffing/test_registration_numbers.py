"""A company's registration number is no phone number; a phone number beside it is.

Per language (``core/lexicon/registers``): the number after a register's word, also
with the register's town between them ("RCS Lille 546 380 197"), and a Swedish
organisation number in its own shape, give no contact; the same sentence with the
company's phone number after it gives that number.
"""

from __future__ import annotations

import pytest

from policywatch.diffing import diff_documents
from policywatch.diffing.signals import contacts

from .conftest import one_section

# fmt: off
# language: (a company with its registration number, the phone number added, its digits)
REGISTERED = {
    "fr": [("Acme SAS, RCS Lille 546 380 197.", "tél. 03 20 12 34 56", "0320123456"),
           ("Acme SA, RCS Paris B 123 456 789.", "tél. 01 23 45 67 89", "0123456789")],
    "en": [("Acme Ltd, Company number 01234567.", "tel. +44 20 7946 0958", "442079460958"),
           ("Acme Ltd, registered in England 01234567.", "tel. +44 20 7946 0958",
            "442079460958")],
    "nb": [("Acme AS, Org.nr. 923 609 016.", "telefon 22 33 44 55", "22334455")],
    "de": [("Acme GmbH, HRB 12345, Amtsgericht Berlin.", "Telefon 030 1234567", "0301234567"),
           ("Acme GmbH, Amtsgericht Charlottenburg 123456.", "Telefon 030 1234567",
            "0301234567")],
    "sv": [("Acme AB, 556737-0431.", "tel. 08-123 456 78", "0812345678")],
}
# fmt: on
CASES = [(lang, *case) for lang, cases in REGISTERED.items() for case in cases]


@pytest.mark.parametrize(("language", "registered", "phone", "digits"), CASES)
def test_a_registration_number_is_no_phone_and_the_phone_beside_it_is(
    language: str, registered: str, phone: str, digits: str
) -> None:
    assert contacts(registered, language) == set(), registered
    assert contacts(f"{registered.rstrip('.')}, {phone}.", language) == {digits}


@pytest.mark.parametrize("language", ["fr", "en", "nb", "de"])
def test_a_changed_registration_number_is_no_contact_change(language: str) -> None:
    registered = REGISTERED[language][0][0]
    old = one_section(registered, language)
    new = one_section(registered.replace("1", "7"), language)
    assert "controller_contact" not in diff_documents(old, new).categories, registered
