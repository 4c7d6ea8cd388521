"""Who a clause binds: the service's side or its customer's, in every DPA language.

A modal verb binds whoever is its subject: "the Processor shall delete" binds
the service, "the Customer may have them provided" gives the customer a
right. A reworded sentence that moves a modal to the other party's clause
made no commitment a permission; one that hands the action itself to the
other party ("we delete" -> "the Customer must delete") did. Two roles, the
same concepts in each language:

- provider: "we" and the processor (the party the document's author is);
- customer: "you", the customer and the controller it instructs.

The processor and controller terms are the DPA's defined terms of the one role
table (:func:`policywatch.core.lexicon.party_roles.defined`); this module adds
only the pronouns and the commercial names of the two sides. Each entry is a
regular expression matched at a word start on a comparison key (lower case, no
punctuation). ``tests/diffing/test_roles.py`` holds a clause per language and
side, ``tests/diffing/test_reworded_twins.py`` the reworded cases.

    >>> sorted(BOUND_PARTIES)
    ['customer', 'provider']
    >>> BOUND_PARTIES["customer"]["it"]
    ('client[ei]\\\\b', 'titolar[ei]\\\\b', 'contitolar')
"""

from __future__ import annotations

from policywatch.core.lexicon.party_roles import defined

# fmt: off
# The service's side: "we" and the words for the provider beside the processor role.
_SERVICE: dict[str, tuple[str, ...]] = {
    "en": (r"we\b", r"us\b", r"service providers?\b"),
    "de": (r"wir\b", r"uns\b"),
    "fr": (r"nous\b",),
    "es": (r"nosotros\b",),
    "it": (r"noi\b",),
    "nl": (r"wij\b", r"we\b"),
    "nb": (r"vi\b", r"oss\b"),
    "sv": (r"vi\b", r"oss\b"),
    "da": (r"vi\b", r"os\b"),
}
# The customer's side: "you" and the customer beside the controller role.
_CUSTOMER: dict[str, tuple[str, ...]] = {
    "en": (r"you\b", r"customers?\b"),
    "de": (r"kunde",),
    "fr": (r"vous\b", r"clients?\b"),
    "es": (r"usted\b", r"clientes?\b"),
    "it": (r"client[ei]\b",),
    "nl": (r"u\b", r"klant"),
    "nb": (r"du\b", r"kunde"),
    "sv": (r"du\b", r"kund"),
    "da": (r"du\b", r"kunde"),
}
# fmt: on

BOUND_PARTIES: dict[str, dict[str, tuple[str, ...]]] = {
    "provider": {lang: (*words, *defined("processor")[lang]) for lang, words in _SERVICE.items()},
    "customer": {lang: (*words, *defined("controller")[lang]) for lang, words in _CUSTOMER.items()},
}
