"""Contact channels a changed sentence gives: e-mail addresses and phone numbers.

A number is a phone number unless a registration word stands before it (a company
or tax number), a currency beside it (share capital, a price) or a postal address's
words around it (a box or sorting code, "Cedex", a US ZIP+4 code).
:mod:`policywatch.diffing.signals` re-exports :func:`contacts` and :data:`EMAIL`
with the other signals of one changed sentence.

    >>> sorted(contacts("Call +47 22 33 44 55 or write to dpo@acme.example."))
    ['4722334455', 'dpo@acme.example']
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.currencies import currency_words
from policywatch.core.lexicon.postal import (
    POSTAL_BOX_CODE,
    POSTAL_BOX_WORDS,
    POSTAL_END_WORDS,
    TOWN_AFTER,
    US_ZIP_PLUS_FOUR,
    postal_words,
)
from policywatch.core.lexicon.registers import (
    REGISTERS_WITH_TOWN,
    REGISTRATION_SHAPE,
    REGISTRATION_WORDS,
    every_word,
)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.])(?<!\w-)\+?\d[\d ()-]{6,}\d(?!\w|\.\d)")


# Words before a number that make it a company or tax registration, not a phone number,
# a register's town between them ("RCS Lille 546 380 197", "RCS Paris B 123 456 789"):
# core/lexicon/registers.py.
_REGISTRATION = re.compile(
    r"(?<!\w)(?:(?:"
    + "|".join(re.escape(w) for w in every_word(REGISTRATION_WORDS))
    + r")\W{0,3}(?:id\W{0,3})?(?:[a-z]{2}\W{0,3})?|(?:"
    + "|".join(re.escape(w) for w in every_word(REGISTERS_WITH_TOWN))
    + r")\s+(?-i:[A-ZÀ-Ý][\w'-]+)(?:[\s-](?-i:[A-ZÀ-Ý][\w'-]+))?(?:\s+(?-i:[A-Z]))?\s*)$",
    re.IGNORECASE,
)


# A post-office box or sorting code right before a number ("TSA 91531 - 91853", "CS
# 60006 - 59 895"), or a town and "Cedex" right after it: a postal address, no phone.
_POSTAL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(w) for w in postal_words(POSTAL_BOX_WORDS))
    + r")\W{0,3}$"
)
_POSTAL_AFTER = re.compile(
    r"\s+(?:[^\W\d_][\w'-]*\s+){1,4}(?:"
    + "|".join(re.escape(w) for w in postal_words(POSTAL_END_WORDS))
    + r")(?!\w)"
)


def contacts(text: str, language: str | None = None) -> set[str]:
    """E-mail addresses and phone numbers in text (link targets included: mailto counts).

    A number glued to a word by a hyphen ("_gat_UA-46012774-2", a cookie's name) or
    beside a currency of ``language`` or English (share capital, a price) is none.

    >>> sorted(contacts("Call +47 22 33 44 55 or write to dpo@acme.example."))
    ['4722334455', 'dpo@acme.example']
    >>> contacts("Acme Ltd, company number 12345678, VAT GB 123 4567 89")
    set()
    >>> contacts("SA au capital de 50 601 985 euros", "fr"), contacts("_gat_UA-46012774-2")
    (set(), set())
    >>> contacts("Acme, TSA 91531 - 91853 Evry Cedex"), contacts("San Francisco, CA 94103-1234")
    (set(), set())
    """
    emails = {found.lower().rstrip(".") for found in email_addresses(text)}
    phones = {
        re.sub(r"\D", "", m.group(0))
        for m in _PHONE.finditer(text)
        if not _REGISTRATION.search(text[max(0, m.start() - 60) : m.start()].rstrip())
        and not REGISTRATION_SHAPE.fullmatch(m.group(0))
        and not _amount(text, m.start(), m.end(), language)
        and not _postal(text, m.start(), m.end())
    }
    return emails | {p for p in phones if 8 <= len(p) <= 15 and not _looks_like_date(p)}


def _amount(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the number at ``text[start:end]`` is money: a currency word or symbol
    right after or right before it (``core/lexicon/currencies``, CLDR)."""
    words = currency_words(language)
    after = _CURRENCY_AFTER.match(text, end)
    before = _CURRENCY_BEFORE.search(text[max(0, start - 12) : start])
    return any(
        m is not None and (m.group(1) in words or m.group(1).lower() in words)
        for m in (after, before)
    )


# The word or symbol next to a number: "985 euros", "51286585€", "NOK 30 000", "$1 000".
_CURRENCY_AFTER = re.compile(r"\s?([^\W\d_]+|[^\w\s])")
_CURRENCY_BEFORE = re.compile(r"([^\W\d_]+|[^\w\s])\s?$")


def email_addresses(text: str) -> list[str]:
    """What ``EMAIL.finditer`` finds in ``text``, in linear time: read from each "@",
    its mailbox back to where its run of mailbox letters starts (or the last address
    ended), not from every letter of a long word that has none (a regex search retries
    each start and reads the word to its end: quadratic).

    >>> email_addresses("Write to dpo@acme.example or a.b+c@x-y.co.uk; not @x.y or a@b")
    ['dpo@acme.example', 'a.b+c@x-y.co.uk']
    """
    found: list[str] = []
    done = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > done and _mailbox_letter(text[start - 1]):
            start -= 1
        domain = _DOMAIN.match(text, at + 1) if start < at else None
        if domain:
            found.append(text[start : domain.end()])
            done = domain.end()
        at = text.find("@", max(at + 1, done))
    return found


def _mailbox_letter(char: str) -> bool:
    """A letter ``[\\w.+-]`` matches (``\\w``: a Unicode letter or digit, or "_")."""
    return char.isalnum() or char in "_.+-"


def _postal(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is part of a postal address: after a
    box or sorting code word and of a box code's shape (a phone number written after
    the word stays one: "CS 01 23 45 67 89"), before a town and "Cedex", or a US ZIP+4
    code (``core/lexicon/postal``).

    >>> _postal("TSA 91531 - 91853 Evry", 4, 17), _postal("CS 01 23 45 67 89", 3, 17)
    (True, False)
    """
    box = POSTAL_BOX_CODE.fullmatch(text, start, end)
    return bool(
        (
            box
            and _POSTAL_BEFORE.search(text[max(0, start - 20) : start].rstrip())
            and (not box.group("spaced") or TOWN_AFTER.match(text, end))
        )
        or _POSTAL_AFTER.match(text, end)
        or any(
            z.start() < end and start < z.end()
            for z in US_ZIP_PLUS_FOUR.finditer(text, max(0, start - 4), end + 6)
        )
    )


def _looks_like_date(digits: str) -> bool:
    return len(digits) == 8 and digits[:2] in {"19", "20"}
