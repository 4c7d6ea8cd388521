"""Country names in every language policywatch reads, from CLDR (Babel).

    >>> country_names("nb")["irland"], country_names("de")["vereinigte staaten"]
    ('IE', 'US')
    >>> country_names("mt")["irlanda"]  # "l-Irlanda": the article is optional
    'IE'

Sub-processor lists name a country for every entry; the document-type
classifier reads their density. Nothing is typed by hand: a language is as
complete as CLDR is.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from policywatch.core.lexicon.calendar import fold

# Two-letter CLDR codes that are not places a company is in.
_NOT_PLACES = frozenset({"EZ", "UN", "QO", "XA", "XB", "ZZ"})
# Articles some languages put before a country's name ("l-Irlanda", "an Iorua").
_ARTICLE = re.compile(r"^(?:\w{1,3}-|an )")


@cache
def country_names(language: str) -> dict[str, str]:
    """Every country (and the EU) of ``language``, folded name -> ISO 3166 code."""
    names: dict[str, str] = {}
    for code, name in Locale.parse(language.split("-")[0]).territories.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_PLACES:
            folded = fold(name)
            names.setdefault(folded, code)
            names.setdefault(_ARTICLE.sub("", folded), code)
    return names
