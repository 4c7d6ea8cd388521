"""The words of a postal address around a number: what makes it no phone number.

A post-office box or a mail sorting code names the number after it (French "TSA
91531", "CS 60006", "BP 12"; "Postfach 10 11 12", "Postboks 1", "P.O. Box 7775"),
and "Cedex" after a French postal code closes the address it ends. Written per
language from each postal service's address formats (La Poste, Deutsche Post,
Posten Norge, USPS); an address keeps its country's format on a page of any language,
so every language's words are read (:func:`postal_words`), case-sensitive ("CS", not
"cs"). ``US_ZIP_PLUS_FOUR``: a US state's two-letter code, then the
five-digit ZIP code and its four-digit extension ("CA 94103-1234").

    >>> "TSA" in POSTAL_BOX_WORDS["fr"], "Postboks" in POSTAL_BOX_WORDS["nb"]
    (True, True)
"""

from __future__ import annotations

import re
from types import MappingProxyType

# fmt: off
POSTAL_BOX_WORDS = MappingProxyType({
    "en": ("P.O. Box", "PO Box", "POB", "Box", "Post Office Box", "Suite", "PMB"),
    "nb": ("Postboks", "Pb.", "Boks"),
    "de": ("Postfach", "Pf."),
    "fr": ("TSA", "CS", "BP", "B.P.", "Boîte postale"),
    "es": ("Apartado", "Apdo."),
    "it": ("Casella postale", "C.P."),
    "nl": ("Postbus",),
    "sv": ("Box",),
    "da": ("Postboks",),
})
# fmt: on

# Words after a postal code that end an address ("59 895 Lille Cedex 9").
POSTAL_END_WORDS = MappingProxyType({"fr": ("CEDEX", "Cedex")})

US_ZIP_PLUS_FOUR = re.compile(r"\b[A-Z]{2},?\s+\d{5}-\d{4}\b")


def postal_words(table: MappingProxyType[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every language's words of ``table``, longest first.

    >>> postal_words(POSTAL_END_WORDS)
    ('CEDEX', 'Cedex')
    """
    return tuple(sorted({w for words in table.values() for w in words}, key=lambda w: (-len(w), w)))


# The shape of what a box or sorting code word names (appended): a box number of up to
# six digits, never starting with 0 ("TSA 91531", "BP 12", "Postboks 1234"), or a German
# Postfach number in groups ("Postfach 10 11 12", "Postfach 1 01 23"), then maybe the
# postal code (four or five digits, French "59 895"): after a hyphen, a dash or a comma,
# or after a space when a town follows it (group ``spaced``: "Postfach 1 01 23 10117
# Berlin"). A number after the word in another shape is a phone number written there
# ("Service client CS 01 23 45 67 89", "Boks 22 33 44 55", "Boks 22334455", "Pb. 912 34
# 567", "PO Box 4155550100"): a box number is short, a phone number has eight digits or
# more in its country's grouping, and Posten, La Poste and Deutsche Post number no box
# with a leading zero or in four pairs.
POSTAL_BOX_CODE = re.compile(
    r"(?:[1-9]\d{0,5}|[1-9]\d?(?: \d\d){1,2})"
    r"(?:\s*[-–,]\s*(?:\d{4,5}|\d\d \d{3})|(?P<spaced>\s+(?:\d{4,5}|\d\d \d{3})))?"
)
# What follows a postal code given after a space: its town ("10117 Berlin").
TOWN_AFTER = re.compile(r"\s+[^\W\d_]")
