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
# quoted term opening a bracket, a few words after it ('(the "Services")', '(ci-après
# le « Site »)', '(nachfolgend „Kunde")', '(heretter «Tjenesten»)', '("Wire" or
# "Processor")'): quotes are the same in every language, the defining words are the
# table's.
_OPEN, _CLOSE = "\"“”«„»‘'", "\"“”»‘’'"
_TERM = rf"[{_OPEN}]\s*([^{_OPEN}{_CLOSE}\n]{{1,60}}?)\s*[{_CLOSE}“]"
# The words joining several terms in one bracket ('("Wire" or "Processor")'): or, and.
# fmt: off
TERM_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("or", "and"), "nb": ("eller", "og"), "de": ("oder", "und"), "fr": ("ou", "et"),
    "es": ("o", "y"), "it": ("o", "e"), "nl": ("of", "en"), "sv": ("eller", "och"),
    "da": ("eller", "og"), "pl": ("lub", "i"), "pt": ("ou", "e"),
}
# fmt: on


@cache
def _bracketed(language: str | None) -> re.Pattern[str]:
    joiners = sorted({w for lang in languages_of(language) for w in TERM_JOINERS.get(lang, ())})
    more = rf"((?:\s*(?:,|{'|'.join(joiners)})\s*{_TERM})*)"
    return re.compile(rf"\((?:[^()\n{_OPEN}]{{0,40}}?)?{_TERM}{more}")


# A bracket's term whose words all stand this close before it is the short name of the
# party just named ('Stripe, Inc. ("Stripe")'), no term of the document's own.
ALIAS_CHARS = 60
# A defined term has at most this many words ('"Personal Data Processing Agreement"').
DEFINED_WORDS = 5


def defined_terms(text: str, language: str | None = None) -> frozenset[str]:
    """The terms ``text`` defines, lower case (see the module docstring).

    >>> sorted(defined_terms('Wire Swiss GmbH ("Wire" or "Processor") and you.', "en"))
    ['processor']
    >>> sorted(defined_terms("« Partenaire » désigne le vendeur (ci-après le « Site »).", "fr"))
    ['partenaire', 'site']
    >>> sorted(defined_terms('Wir nutzen „Google Pay" (ein Dienst).', "de"))
    []
    """
    found: set[str] = set()
    for m in _quoted_defined(language).finditer(text):
        found.add(m.group(1))
    for m in _bracketed(language).finditer(text):
        # A company's short name ('Stripe, Inc. ("Stripe")') names that company: a party.
        before = set(text[max(0, m.start() - ALIAS_CHARS) : m.start()].casefold().split())
        terms = [m.group(1), *re.findall(_TERM, m.group(2))]
        found.update(t for t in terms if not set(t.casefold().split()) <= before)
    return frozenset(t.casefold().strip() for t in found if 0 < len(t.split()) <= DEFINED_WORDS)


@cache
def _quoted_defined(language: str | None) -> re.Pattern[str]:
    words = {w for lang in languages_of(language) for w in DEFINING_WORDS.get(lang, ())}
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    # A bracket between the term and its verb ('"Data" (or "Personal Data") means').
    return re.compile(
        rf"{_TERM}\s*(?:\([^)]{{0,60}}\)\s*)?[:,]?\s*(?:{alternatives})\b", re.IGNORECASE
    )


def defines(rest: str, language: str | None = None) -> bool:
    """Whether ``rest``, the text after a term, opens by defining it, in the page's
    ``language`` or English (every language's words when it is unknown)."""
    return bool(_pattern(language).match(rest))
