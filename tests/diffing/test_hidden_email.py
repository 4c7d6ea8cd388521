"""An address written against harvesters ("privacy (at) acme (dot) com") is read as the
address (diffing/text.py ``unobfuscated``); a capitalised word before a bracketed "at"
is no mailbox ("Pay (at) checkout.com" stays text); and a long run of dotted words is
read in linear time: mailbox and labels are bounded as addresses are (RFC 5321).
"""

from __future__ import annotations

import time

import pytest

from policywatch.diffing.text import unobfuscated

# fmt: off
# (written against harvesters, as read) in en, nb, de, fr sentences.
HIDDEN = [
    ("Write to privacy (at) acme.com.", "Write to privacy@acme.com."),
    ("Skriv til personvern [at] acme [dot] no.", "Skriv til personvern@acme.no."),
    ("Schreiben Sie an datenschutz {at} acme (dot) de.", "Schreiben Sie an datenschutz@acme.de."),
    ("Écrivez à dpo [at] acme.fr.", "Écrivez à dpo@acme.fr."),
]
# Twins: a capitalised word before "(at)" is no mailbox; "(at) the office" has no domain.
NOT_ADDRESSES = [
    "Pay (at) checkout.com with your card.",
    "Betal (at) kassen.no med kortet.",
    "Zahlen Sie (at) Kasse.de mit Karte.",
    "Payez (at) caisse.fr par carte.",
    "Meet us (at) the office.",
]
# fmt: on


@pytest.mark.parametrize(("hidden", "shown"), HIDDEN)
def test_an_address_written_against_harvesters_is_the_address(hidden: str, shown: str) -> None:
    assert unobfuscated(hidden) == shown


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_a_capitalised_word_before_at_is_no_mailbox(text: str) -> None:
    assert unobfuscated(text) == text


def test_a_long_run_of_dotted_words_is_read_in_linear_time() -> None:
    # Quadratic, 40,000 dotted letters took minutes; linear, milliseconds. The bound is
    # a hundred times what a loaded machine needs, and far below the quadratic time.
    text = "x [at] " + "a." * 20000 + "1"
    started = time.process_time()
    assert unobfuscated(text) == text
    assert unobfuscated(text + " " + text) == text + " " + text
    assert time.process_time() - started < 3.0
