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
"""

from __future__ import annotations

import re
from functools import cache

from policywatch.core.lexicon import languages_of

# fmt: off
DEFINING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("means", "shall mean", "refers to", "is defined as", "has the meaning",
           "shall have the meaning"),
    "nb": ("betyr", "menes", "viser til", "er definert som", "har den betydning"),
    "de": ("bezeichnet", "bedeutet", "meint", "ist definiert als", "hat die bedeutung"),
    "fr": ("désigne", "signifie", "s'entend", "renvoie à", "a le sens", "est défini"),
    "es": ("significa", "designa", "se refiere a", "tiene el significado", "se entiende"),
    "it": ("indica", "significa", "designa", "si intende", "ha il significato"),
    "nl": ("betekent", "wordt verstaan", "verwijst naar", "heeft de betekenis"),
    "sv": ("avser", "betyder", "innebär", "har den betydelse"),
    "da": ("betyder", "henviser til", "forstås", "har den betydning"),
    "pl": ("oznacza", "należy rozumieć", "odnosi się do", "ma znaczenie"),
    "pt": ("significa", "designa", "refere-se a", "tem o significado", "entende-se"),
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
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\W*(?:{alternatives})\b", re.IGNORECASE)


def defines(rest: str, language: str | None = None) -> bool:
    """Whether ``rest``, the text after a term, opens by defining it, in the page's
    ``language`` or English (every language's words when it is unknown)."""
    return bool(_pattern(language).match(rest))
