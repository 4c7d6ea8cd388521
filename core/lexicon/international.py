"""Terms that pages in every language use as they are: standards, products, acronyms.

A word list of :mod:`policywatch.core.lexicon` has one column per language,
and a page is read with its own language's column. A term flagged
:class:`International` in the ``en`` column is read on every page: "cookie",
"ISO 27001", "Matomo", "IDFA" are the same words in a French or a Norwegian
policy, while English "ai" or "age" must never read an Italian "ai" or a
Norwegian "age".
"""

from __future__ import annotations


class International(str):
    """A stem of the ``en`` column that pages in every language use as it is: a
    standard, a product or company name, a borrowed term ("cookie", "ISO 27001",
    "Matomo", "DPO"). The other ``en`` stems are read on English pages only, so
    English "ai" or "age" never reads an Italian "ai" or a Norwegian "age".

    >>> cookie = International(r"cookie")
    >>> isinstance(cookie, str), is_international(cookie), is_international("sell")
    (True, True, False)
    """


def is_international(stem: str) -> bool:
    """Whether a stem of the table is read on pages of every language (see International)."""
    return isinstance(stem, International)
