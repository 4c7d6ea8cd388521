"""The words and shapes of a company or tax registration number: what makes a number
no phone number.

    >>> "rcs" in REGISTRATION_WORDS["fr"], "rcs" in REGISTERS_WITH_TOWN["fr"]
    (True, True)
    >>> bool(REGISTRATION_SHAPE.fullmatch("556737-0431"))
    True

Per language, :data:`REGISTRATION_WORDS`: the words that stand right before such a
number, "number" and the registers' and tax ids' names ("Company number 01234567",
"Org.nr. 923 609 016", "HRB 12345"), lower case. :data:`REGISTERS_WITH_TOWN`: the
registers written with their town, and maybe a letter for the kind of company, between
the register's name and the number ("RCS Lille 546 380 197", "RCS Paris B 123 456
789", "Amtsgericht Berlin 12345"). Every language's words are read on a page of any
language (a French company's number on an English page). :data:`REGISTRATION_SHAPE`:
a number written in a register's own shape with no word before it, the Swedish and
Finnish organisation numbers ("556737-0431", six digits, a hyphen, four; no phone
number there is written so: its area code opens with 0).
"""

from __future__ import annotations

import re
from types import MappingProxyType

# fmt: off
REGISTRATION_WORDS = MappingProxyType({
    "en": ("company", "registration", "registered", "reg", "org", "organisation",
           "organization", "vat", "tax", "number", "no", "nr", "ein", "abn", "acn", "crn"),
    "fr": ("numéro", "n°", "siren", "siret", "rcs", "tva", "registre"),
    "de": ("nummer", "hrb", "hra", "ust", "handelsregister", "amtsgericht"),
    "nb": ("orgnr", "organisasjonsnummer", "foretaksregisteret", "mva"),
    "es": ("número", "nif", "cif", "mercantil"),
    "it": ("numero", "iva", "rea", "imprese", "fiscale"),
    "nl": ("kvk", "btw"),
    "sv": ("organisationsnummer", "momsregistreringsnummer"),
    "da": ("cvr",),
    "pl": ("numer", "numerem", "numeru", "krs", "nip", "regon"),
    "pt": ("nipc", "comercial"),
})
REGISTERS_WITH_TOWN = MappingProxyType({
    "fr": ("rcs", "registre du commerce et des sociétés", "registre du commerce"),
    "de": ("amtsgericht", "registergericht", "handelsregister"),
    "en": ("registered in",),
})
# fmt: on

REGISTRATION_SHAPE = re.compile(r"[1-9]\d{5}-\d{4}")


def every_word(table: MappingProxyType[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every language's words of ``table``, longest first (one alternation reads them).

    >>> every_word(REGISTERS_WITH_TOWN)[-1]
    'rcs'
    """
    return tuple(sorted({w for words in table.values() for w in words}, key=lambda w: (-len(w), w)))
