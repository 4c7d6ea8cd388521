"""The words that define a term, per language: '"Affiliate" means any entity ...',
'„Verbundenes Unternehmen" bezeichnet ...', '« Société affiliée » désigne ...'. A
definition names a term, not a party: a definitions list beside a sub-processor list
adds no recipient. One row per language, the same concepts in each: means, refers
to, is defined as / has the meaning, is understood as. Word starts, matched on the
text after the term (lower case).

    >>> defines("means any entity that controls Acme", "en")
    True
    >>> defines("désigne toute entité", "fr"), defines("Payments (Ireland)", "fr")
    (True, False)

A term the document defines is one of its own words wherever it stands
(:func:`defined_terms`): "the Partner may ..." names no party, however capitalised.

    >>> sorted(defined_terms('"Partner" means a seller. The Partner ships it (the "Goods").', "en"))
    ['goods', 'partner']
"""

from __future__ import annotations

import re
from functools import cache

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.legal_forms import NAME_END
from policywatch.core.lexicon.tokens import WORD

# fmt: off
# Regular expressions, matched at word starts, case ignored: the one table of defining
# words, read after a list item's term (:func:`defines`) and after a quoted term in a
# sentence (:func:`policywatch.diffing.categories_given.is_definition`).
DEFINING_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"means", r"shall (?:mean|refer to|include)", r"refers? to", r"is defined as",
           r"(?:shall )?ha(?:s|ve) the meaning"),
    "nb": (r"betyr", r"menes", r"(?:skal )?omfatter?", r"viser til", r"defineres som",
           r"er definert som", r"har den betydning"),
    "de": (r"bezeichnet", r"bezeichnen", r"bedeutet", r"bedeuten", r"meint", r"umfass(?:t|en)",
           r"(?:ist|wird|sind|werden) definiert als", r"ha(?:t|ben) die bedeutung"),
    "fr": (r"désigne", r"désignent", r"signifie", r"signifient", r"s['’ ]entend(?:ent)?",
           r"renvoie à", r"a le sens", r"(?:est|sont) définie?s?"),
    "es": (r"significa", r"designa", r"se refiere a", r"tiene el significado", r"se entiende",
           r"se define como"),
    "it": (r"indica", r"significa", r"designa", r"si intende", r"ha il significato",
           r"è definit[oa] come"),
    "nl": (r"betekent", r"wordt verstaan", r"verwijst naar", r"heeft de betekenis",
           r"wordt gedefinieerd als"),
    "sv": (r"avser", r"avses", r"betyder", r"innebär", r"har den betydelse", r"definieras som"),
    "da": (r"betyder", r"henviser til", r"forstås", r"har den betydning", r"defineres som"),
    "pl": (r"oznacza", r"oznaczają", r"należy rozumieć", r"rozumie się", r"odnosi się do",
           r"ma znaczenie", r"definiuje się jako"),
    "pt": (r"significa", r"designa", r"refere-se a", r"tem o significado", r"entende-se",
           r"é definid[oa] como"),
}

# The word that opens a clause after the verb: '« Accepter » signifie que nous partageons
# ...' states what clicking does (a subject and its verb follow), where a definition
# gives a noun phrase ('« Client » désigne l'entité ...'). Each cell: that, and its
# elided form where the language has one.
THAT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("that",), "nb": ("at",), "de": ("dass", "daß"), "fr": ("que", "qu'", "qu’"),
    "es": ("que",), "it": ("che",), "nl": ("dat",), "sv": ("att",), "da": ("at",),
    "pl": ("że",), "pt": ("que",),
}
# fmt: on


@cache
def _pattern(language: str | None) -> re.Pattern[str]:
    words = {w for lang in languages_of(language) for w in DEFINING_WORDS.get(lang, ())}
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"^\W*(?:{alternatives})\b", re.IGNORECASE)


# Where a document defines a term: a quoted term before a defining word ('"Partner"
# means', '« Partenaire » désigne', '„Kunde" bezeichnet', '«Tjenesten» betyr'), or a
# quoted term in a bracket that a naming word opens ('(the "Services")', '(ci-après
# le « Site »)', '(nachfolgend „Kunde")', '(heretter «Tjenesten»)'). A bracket of bare
# quotes gives examples or a short name ('(such as "Facebook" or "LinkedIn")',
# '("Stripe")'): no definition. Quotes are the same in every language, the words are
# the tables'. Every gap is bounded, so each start is tried in constant work and a
# page is read in linear time (tests/diffing/test_defined_terms.py).
_OPEN, _CLOSE = "\"“”«„»‘'", "\"“”»‘’'"
_TERM = rf"[{_OPEN}]\s{{0,2}}([^{_OPEN}{_CLOSE}\n]{{1,60}}?)\s{{0,2}}[{_CLOSE}“]"
_GAP = r"\s{0,3}"
# fmt: off
# The words joining several terms in one bracket ('(the "Wire" or "Processor")').
TERM_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("or", "and"), "nb": ("eller", "og"), "de": ("oder", "und"), "fr": ("ou", "et"),
    "es": ("o", "y"), "it": ("o", "e"), "nl": ("of", "en"), "sv": ("eller", "och"),
    "da": ("eller", "og"), "pl": ("lub", "i"), "pt": ("ou", "e"),
}
# The words that open a bracket naming a term (regular expressions, case ignored): the
# "hereinafter" words and the definite articles, one row per language, the same
# concepts in each. A bracket opened by anything else is no definition.
NAMING_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"hereinafter(?: referred to as| called)?", r"hereafter", r"referred to as",
           r"collectively", r"together", r"the"),
    "nb": (r"heretter(?: kalt| omtalt som)?", r"kalt", r"samlet", r"omtalt som"),
    "de": (r"nachfolgend(?: auch)?", r"im folgenden", r"folgend", r"kurz", r"gemeinsam",
           r"der", r"die", r"das"),
    "fr": (r"ci-après(?: dénommée?s?)?", r"dénommée?s?", r"ensemble", r"collectivement",
           r"le", r"la", r"les", r"l['’]"),
    "es": (r"en adelante", r"denominad[oa]s?", r"el", r"la", r"los", r"las"),
    "it": (r"di seguito", r"in seguito", r"denominat[oa]", r"il", r"lo", r"la", r"l['’]"),
    "nl": (r"hierna(?: te noemen)?", r"de", r"het"),
    "sv": (r"nedan", r"härefter", r"gemensamt"),
    "da": (r"herefter", r"nedenfor", r"samlet"),
    "pl": (r"dalej", r"zwan[aey]", r"łącznie"),
    "pt": (r"doravante", r"denominad[oa]", r"o", r"a", r"os", r"as"),
}
# fmt: on


def _alternatives(table: dict[str, tuple[str, ...]], language: str | None) -> str:
    words = {w for lang in languages_of(language) for w in table.get(lang, ())}
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def bracket_pattern(language: str | None) -> re.Pattern[str]:
    joiners = _alternatives(TERM_JOINERS, language)
    naming = _alternatives(NAMING_WORDS, language)
    opener = rf"\({_GAP}(?i:(?:{naming})(?!\w)[\s,:]{{0,3}}){{1,3}}"
    more = rf"((?:{_GAP}(?:,|{joiners}){_GAP}{_TERM}){{0,4}})"
    return re.compile(rf"{opener}{_TERM}{more}")


@cache
def definition_pattern(language: str | None) -> re.Pattern[str]:
    defining = _alternatives(DEFINING_WORDS, language)
    # A bracket between the term and its verb ('"Data" (or "Personal Data") means').
    return re.compile(
        rf"{_TERM}{_GAP}(?:\([^)]{{0,60}}\){_GAP})?[:,]?{_GAP}(?:{defining})\b", re.IGNORECASE
    )


# A company named with its legal form, up to six words before it ('Stripe Payments
# Europe Ltd', 'Stripe, Inc.', 'International Business Machines Corporation').
COMPANY = re.compile(rf"((?:[^\W\d_][\w&'’.-]{{0,30}}[\s,]{{1,2}}){{1,6}})({NAME_END})\b")
# A bracket's term whose words all stand this close before it is the short name of the
# party just named ('Vipps MobilePay AS («Vipps»)').
ALIAS_CHARS = 200
# A defined term has at most this many words ('"Personal Data Processing Agreement"').
DEFINED_WORDS = 5
# An acronym is written in capitals, this many letters at most ('IBM', 'DTAG', 'BPGO').
ACRONYM_LETTERS = 6


def _words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def companies(text: str) -> list[list[str]]:
    """The names with a legal form in ``text``: the capitalised words before the form,
    and the form, lower case.

    >>> companies("Paid via Stripe Payments Europe Ltd and Deutschen Telekom AG.")
    [['stripe', 'payments', 'europe', 'ltd'], ['deutschen', 'telekom', 'ag']]
    """
    found = []
    for m in COMPANY.finditer(text):
        words = re.findall(r"[\w&'’.-]+", m.group(1))
        start = len(words)
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1
        if start < len(words):
            found.append(_words(" ".join(words[start:])) + _words(m.group(2)))
    return found


def names_a_company(term: str, company: list[str]) -> bool:
    """Whether ``term`` is a short name of ``company`` (words from :func:`companies`):
    its words are the company's, or it is an acronym of the company's letters in order,
    from the first.

    >>> names_a_company("Stripe", ["stripe", "payments", "europe", "ltd"])
    True
    >>> names_a_company("NRK", ["norsk", "rikskringkasting", "as"])
    True
    >>> names_a_company("Site", ["acme", "sas"])
    False
    """
    words = _words(term)
    if words and set(words) <= set(company):
        return True
    letters = term.replace(".", "")
    if not (1 < len(letters) <= ACRONYM_LETTERS and letters.isalpha() and letters.isupper()):
        return False
    rest = iter("".join(company))
    return letters[0].casefold() == company[0][:1] and all(c in rest for c in letters.casefold())


def defined_terms(text: str, language: str | None = None) -> frozenset[str]:
    """The terms ``text`` defines, lower case (see the module docstring). A term that
    names a company the document gives with its legal form ('"Stripe" means Stripe
    Payments Europe Ltd', 'Klarna Bank AB (nachfolgend „Klarna“)') is that company's
    short name: a party, never a defined term.

    >>> sorted(defined_terms('Wire Swiss GmbH (the "Wire" or "Processor") and you.', "en"))
    ['processor']
    >>> sorted(defined_terms("« Partenaire » désigne le vendeur (ci-après le « Site »).", "fr"))
    ['partenaire', 'site']
    >>> sorted(defined_terms('Wir nutzen „Google Pay" (ein Dienst). Sie (z. B. „Meta“).', "de"))
    []
    """
    found: set[str] = set()
    for m in definition_pattern(language).finditer(text):
        found.add(m.group(1))
    for m in bracket_pattern(language).finditer(text):
        before = set(_words(text[max(0, m.start() - ALIAS_CHARS) : m.start()]))
        terms = [m.group(1), *(t.group(1) for t in re.finditer(_TERM, m.group(2)))]
        found.update(t for t in terms if not set(_words(t)) <= before)
    named = companies(text) if found else []
    return frozenset(
        t.casefold().strip()
        for t in found
        if 0 < len(t.split()) <= DEFINED_WORDS and not any(names_a_company(t, c) for c in named)
    )


def defines(rest: str, language: str | None = None) -> bool:
    """Whether ``rest``, the text after a term, opens by defining it, in the page's
    ``language`` or English (every language's words when it is unknown)."""
    return bool(_pattern(language).match(rest))
