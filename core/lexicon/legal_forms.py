"""Company legal forms, written once: what a company's name ends with.

    >>> "gmbh" in WORDS and "z" in WORDS and "sro" in WORDS  # "Sp. z o.o.", "s.r.o."
    True
    >>> import re
    >>> re.search(rf"\\b(?:{NAME_END})\\b", "Hosted by Acme Sp. z o.o. in Poland").group(0)
    'Sp. z o.o'

:data:`WORDS` are the forms' words in lower case, which do not tell two
companies apart when names are compared ("Acme Inc" and "Acme Limited" are one
entry). :data:`NAME_END` is a regular expression alternation of the forms that
end a name in running text, case as written (it matches "AS" in "Foo AS", not
"as"); the generic words ("Company", "Co") that also end ordinary phrases are
left out of it; :data:`NAME_WITH_FORM` is a line that is only such a name
("Stripe, Inc.", "Acme Sp. z o.o."). Read by the PDF and plain-text reader
(``extract/partylines.py``), the diff's entry lists (``diffing/entries.py``), its
statements (``diffing/statements.py``) and its facts (``diffing/facts_lexicon.py``).
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.tokens import WORD

# The forms of the countries whose vendors and sub-processors policies name: US/UK,
# the Nordics, DACH, Benelux, France, Southern and Eastern Europe, Australia/Singapore.
# fmt: off
FORMS: tuple[str, ...] = (
    "Inc", "Incorporated", "LLC", "Ltd", "Limited", "Corp", "Corporation", "Co", "Company",
    "plc", "PBC", "LP", "LLP", "Pty", "Pte",
    "GmbH", "AG", "KG", "SE",
    "B.V.", "BV", "N.V.", "NV",
    "S.A.", "SA", "SAS", "SASU", "SARL", "SPRL", "S.L.", "SL", "S.r.l.", "Srl", "S.p.A.", "SpA",
    "Lda", "Ltda",
    "AS", "ASA", "AB", "ApS", "Oy", "Oyj", "ehf", "hf",
    "s.r.o.", "Kft", "Zrt", "Sp. z o.o.",
    # Appended: the EU languages' and Norway's forms, checked against the MIT-licensed
    # cleanco 2.3 (PyPI), cleanco/termdata.py ``terms_by_country``; typed here in the
    # case the registers write them, since cleanco lists them case-folded and with
    # ordinary words ("da", "og", "et") that must not end a name in running text. The
    # ISO 20275 ELF list has no licensed copy on PyPI.
    "S.à r.l.", "S.à.r.l.", "Sàrl", "S.A.R.L.", "EURL", "SNC", "S.A.S.", "SCA", "SCS",
    "GIE",  # fr, lu, be
    "SRL", "BVBA", "CVBA", "VZW", "ASBL",  # be
    "UG", "KGaA", "OHG", "GbR", "e.V.", "eG", "mbH", "PartG", "e.K.",  # de, at
    "S.n.c.", "S.a.s.", "S.r.l.s.", "Srls", "S.c.r.l.", "Sagl",  # it, ch
    "S.L.U.", "SLU", "S.A.U.", "SAU", "S.L.N.E.",  # es
    "SGPS",  # pt
    "V.O.F.", "VOF",  # nl
    "NUF", "ANS",  # nb
    "A/S", "I/S", "P/S", "K/S", "IVS",  # da
    "Ky", "Oy Ab",  # fi
    "Sp. j.", "Sp. k.", "S.K.A.",  # pl
    "a.s.", "spol. s r.o.", "v.o.s.",  # cs, sk
    "Nyrt", "Bt",  # hu
    "S.R.L.",  # ro
    "d.o.o.", "d.d.",  # hr, sl
    "EOOD", "OOD", "EAD",  # bg (Latin letters)
    "UAB", "SIA", "OÜ",  # lt, lv, et
    "DAC", "CLG",  # ie
    "A.E.", "E.P.E.", "I.K.E.",  # el (Latin letters)
    "SCE",  # EU
)
# fmt: on
GENERIC = frozenset({"Co", "Company", "Incorporated"})

# Each form's words and the form run together ("s.r.o." gives s, r, o and sro).
WORDS: frozenset[str] = frozenset(
    w for f in FORMS for w in (*WORD.findall(f.lower()), re.sub(r"\W", "", f.lower()))
)
# Longest first, each without its final dot (the patterns that use it allow one).
NAME_END: str = "|".join(
    re.escape(f.rstrip(".")).replace(r"\ ", r"\s")
    for f in sorted(FORMS, key=len, reverse=True)
    if f not in GENERIC
)
# A line that is only a company's name, ending in its legal form ("Stripe, Inc.").
NAME_WITH_FORM = re.compile(rf"^[^.:;!?]{{1,80}}?,?\s(?:{NAME_END})\b\.?$")
