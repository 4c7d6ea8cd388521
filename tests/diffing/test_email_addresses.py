"""E-mail addresses are read in linear time with the e-mail pattern's own results.

``email_addresses`` reads each address from its "@" (``diffing/contacts.py``): on
strings made of the letters that matter (mailbox letters, "@", dots, separators, a
non-ASCII letter) it finds what ``EMAIL.finditer`` finds, and a 200 kB word with no "@"
is read at once (the regex search takes minutes there: it retries every start).
"""

from __future__ import annotations

import itertools

from policywatch.diffing.contacts import EMAIL, email_addresses
from policywatch.diffing.signals import contacts


def test_the_addresses_are_those_the_pattern_finds() -> None:
    letters = "ab.+-_@ é1,"
    for size in range(1, 6):
        for chars in itertools.product(letters, repeat=size):
            text = "".join(chars)
            assert email_addresses(text) == [m.group(0) for m in EMAIL.finditer(text)], text


def test_a_long_word_without_an_address_is_read_in_linear_time() -> None:
    word = "rechte" * 33_000
    assert contacts(f"Schreiben Sie an dpo@acme.example, um Ihre {word}", "de") == {
        "dpo@acme.example"
    }
    assert contacts(f"{word}@acme.example {word}", "de") == {f"{word}@acme.example"}
