"""A postal address's numbers are no phone number; a phone number beside them is.

Per language, an address in its country's format: a French mail sorting code and
postal code joined by a hyphen ("TSA 91531 - 91853 Evry Cedex"), a US ZIP+4 code,
a Norwegian and a German postal code before the town. Its twin, the same sentence
with the country's phone number, gives that number. Then through
:func:`diff_documents`: the address's postal code changed is no new phone number.
"""

from __future__ import annotations

import pytest

from policywatch.diffing import diff_documents
from policywatch.diffing.signals import contacts

from .conftest import one_section

# fmt: off
# language: (an address, the same sentence with a phone number, its digits)
ADDRESSES = {
    "fr": [("Écrivez à Acme, Service clients, TSA 91531 - 91853 Evry Cedex.",
            "Écrivez à Acme, Service clients, au +33 1 23 45 67 89.", "33123456789"),
           ("Écrivez à Acme, CS 60006 - 59 895 Lille Cedex 9.",
            "Appelez Acme au 01 23 45 67 89 depuis Lille.", "0123456789")],
    "en": [("Write to Acme Inc., 1 Market St, San Francisco, CA 94103-1234.",
            "Call Acme Inc. in San Francisco at (415) 555-0100.", "4155550100")],
    "nb": [("Skriv til Acme AS, Postboks 1 Sentrum, 0150 Oslo.",
            "Ring Acme AS i Oslo på +47 22 33 44 55.", "4722334455")],
    "de": [("Schreiben Sie an die Acme GmbH, Unter den Linden 1, 10117 Berlin.",
            "Rufen Sie die Acme GmbH in Berlin an: +49 30 1234567.", "49301234567")],
}
# fmt: on
CASES = [(lang, *case) for lang, cases in ADDRESSES.items() for case in cases]


@pytest.mark.parametrize(("language", "address", "phone", "digits"), CASES)
def test_a_postal_code_is_no_phone_number_and_a_phone_number_is(
    language: str, address: str, phone: str, digits: str
) -> None:
    assert contacts(address, language) == set(), address
    assert contacts(phone, language) == {digits}, phone


def test_a_us_zip_code_without_its_state_is_read_as_it_stands() -> None:
    # The ZIP+4 shape needs the state's code: a hyphenated number alone may be a phone.
    assert contacts("Zentrale: 06221-12345678") == {"0622112345678"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_changed_sorting_code_is_no_contact_change_and_a_changed_phone_is(
    language: str,
) -> None:
    old = one_section("Acme, TSA 91531 - 91853 Evry Cedex.", language)
    new = one_section("Acme, TSA 91532 - 91853 Evry Cedex.", language)
    assert "controller_contact" not in diff_documents(old, new).categories
    old = one_section("Acme, tel. +33 1 23 45 67 89.", language)
    new = one_section("Acme, tel. +33 1 23 45 67 88.", language)
    assert "controller_contact" in diff_documents(old, new).categories


# fmt: off
# language: (a box word before a phone number, its digits; the word before a box code
# and a postal code). Decided by the number's shape: a box code is at most six digits,
# never from a leading zero, or a German Postfach's pairs.
BOX_WORD_THEN_PHONE = {
    "fr": ("Service client CS 01 23 45 67 89", "0123456789",
           "Service client CS 60006 - 59 895 Lille Cedex 9"),
    "nb": ("Kundeservice Boks 22 33 44 55", "22334455",
           "Kundeservice Postboks 1234 0150 Oslo"),
    "de": ("Kundenservice Postfach +49 30 1234567", "49301234567",
           "Kundenservice Postfach 10 11 12 10117 Berlin"),
    "en": ("Customer service PO Box (415) 555-0100", "4155550100",
           "Customer service PO Box 7775 94120 San Francisco"),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(BOX_WORD_THEN_PHONE))
def test_a_phone_number_after_a_box_word_keeps_its_number(language: str) -> None:
    phone, digits, box = BOX_WORD_THEN_PHONE[language]
    assert contacts(phone, language) == {digits}, phone
    assert contacts(box, language) == set(), box


# fmt: off
# language: (a box number and postal code after a space, before the town; a phone number
#            written after the box word in its country's grouping, its digits)
BOXES = {
    "de": [("Kundenservice: Postfach 1 01 23 10117 Berlin", "Kundenservice: Postfach 301234567",
            "301234567")],
    "nb": [("Kundeservice: Postboks 912 0150 Oslo", "Kundeservice: Pb. 912 34 567", "91234567"),
           ("Kundeservice: Boks 800 0150 Oslo", "Kundeservice: Boks 22334455", "22334455")],
    "en": [("Customer service: PO Box 4155 02110 Boston", "Customer service: PO Box 4155550100",
            "4155550100")],
    "fr": [("Service client : BP 33 75001 Paris", "Service client : BP 33123456789",
            "33123456789")],
}
# fmt: on
BOX_CASES = [(lang, *case) for lang, cases in BOXES.items() for case in cases]


@pytest.mark.parametrize(("language", "box", "phone", "digits"), BOX_CASES)
def test_a_box_and_postal_code_before_a_town_is_no_phone_and_a_long_number_is(
    language: str, box: str, phone: str, digits: str
) -> None:
    assert contacts(box, language) == set(), box
    assert contacts(phone, language) == {digits}, phone
