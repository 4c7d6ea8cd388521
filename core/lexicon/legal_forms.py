"""Company legal forms, written once: what a company's name ends with.

    >>> "gmbh" in WORDS and "sp" in WORDS, "z" in WORDS or "i" in WORDS or "eg" in WORDS
    (True, False)
    >>> "sp z o o" in FORM_KEYS and "s a" in FORM_KEYS and "e k" in FORM_KEYS
    True
    >>> import re
    >>> re.search(rf"\\b(?:{NAME_END})\\b", "Hosted by Acme Sp. z o.o. in Poland").group(0)
    'Sp. z o.o'

:data:`WORDS` are the forms' words in lower case that may be read anywhere in a
name, which do not tell two companies apart when names are compared ("Acme Inc" and
"Acme Limited" are one entry): never a single letter of a dotted form ("e" of "e.K.",
"i" of "I.K.E.", which would make "i.e." a form), nor a form that is also an ordinary
word (a function word of a language we read: "as", "se", "sia") or a company's whole
name (:data:`ALSO_NAMES`: "EG A/S", "BT Group plc"). Those are forms only where a form
stands: :data:`FORM_KEYS`, each form's letters as a comparison key spells them
("s a" for "S.A.", "sp z o o"), read right after a name, and :data:`NAME_END`.
:data:`NAME_END` is a regular expression alternation of the forms that
end a name in running text, case as written (it matches "AS" in "Foo AS", not
"as"); the generic words ("Company", "Co") that also end ordinary phrases are
left out of it; :data:`NAME_WITH_FORM` is a line that is only such a name
("Stripe, Inc.", "Acme Sp. z o.o."). Read by the PDF and plain-text reader
(``extract/partylines.py``), the diff's entry lists (``diffing/entries.py``), its
statements (``diffing/statements.py``) and its facts (``diffing/facts_lexicon.py``).
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.function_words import FUNCTION_WORDS
from policywatch.core.lexicon.phrases import plain
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

# Forms that are also companies' whole names or ordinary words, read only where a form
# stands (after a name), never as a word anywhere: "EG A/S", "BT Group plc", "UG Systems",
# "SIA S.p.A.", "SAS Institute", French "ans", English "spa".
ALSO_NAMES: frozenset[str] = frozenset({"eg", "ug", "bt", "ky", "sia", "sas", "ans", "spa"})
_ORDINARY = frozenset(w for words in FUNCTION_WORDS.values() for w in words)

# Each form as a comparison key spells it: its letters, lower case, without diacritics,
# split where the form has dots, slashes or spaces ("S.à r.l." gives "s a r l").
FORM_KEYS: frozenset[str] = frozenset(" ".join(WORD.findall(plain(f))) for f in FORMS)
# The forms' words of two letters or more (a dotted form's letters are no words).
WORDS: frozenset[str] = frozenset(
    w
    for f in FORMS
    for w in WORD.findall(plain(f))
    if len(w) > 1 and w not in _ORDINARY and w not in ALSO_NAMES
)
# Longest first, each without its final dot (the patterns that use it allow one).
NAME_END: str = "|".join(
    re.escape(f.rstrip(".")).replace(r"\ ", r"\s")
    for f in sorted(FORMS, key=len, reverse=True)
    if f not in GENERIC
)
# A name's legal form at its end, with the comma, space or "&" before it ("Stripe,
# Inc.", "Acme GmbH & Co. KG"): every form, the generic ones too (a name has ended).
FORM_AT_END = re.compile(
    r"[\s,&]+(?:"
    + "|".join(
        re.escape(f.rstrip(".")).replace(r"\ ", r"\s") for f in sorted(FORMS, key=len, reverse=True)
    )
    + r")\.?\s*$"
)
# A line that is only a company's name, ending in its legal form ("Stripe, Inc.").
NAME_WITH_FORM = re.compile(rf"^[^.:;!?]{{1,80}}?,?\s(?:{NAME_END})\b\.?$")
