"""Words added to (or cut from) a sentence that are one more item of its list.

"We protect your data with encryption in transit and encryption of data at rest": the
list names one safeguard more, though its topic word ("encryption") still stands in
another item, so the term rule (a term the other sentence never names) misses it. Words
that are a clause of their own ("..., and you can ask us how encryption works"; "; for
more information, see our whitepaper") state no item: the rules for clauses read them.
A relative clause attached to the new item ("encryption of data at rest, which customers
may enable") keeps the item.

    >>> [s.category for s in items_anew("and encryption of data at rest".split(), [], "x", [])]
    ['security']
    >>> items_anew("and you can ask us how encryption works".split(), [], "x", [], "en")
    []
"""

from __future__ import annotations

import re
from functools import lru_cache

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.references import CLAUSE_OPENERS
from policywatch.diffing import signals as sig
from policywatch.diffing.categories_given import opens_with_pointer
from policywatch.diffing.lexicons import in_data_sense, topics
from policywatch.diffing.stated import LIST_ITEM_WORDS, TERM_CATEGORIES, Statement
from policywatch.diffing.text import short

__all__ = ["is_own_clause", "items_anew"]

# A clause's main verb stands this near its start: a subject of at most two words, then
# the modal ("you can ...", "our customers may ...", "Sie können ..."), or the modal
# itself ("will be protected"). Further in, the modal is a relative clause's, said of
# the item the span opens with ("encryption of backups that can be restored").
MODAL_REACH = 3


def items_anew(
    span: list[str],
    other: list[str],
    other_key: str,
    have: list[Statement],
    language: str | None = None,
) -> list[Statement]:
    """The items of a list of safeguards, data kinds, rights ... that the words one side
    of an edit has (``span``) add to the list; ``other`` are the other side's changed
    words, ``other_key`` its whole sentence, ``have`` what the side already states. A
    term both sides' changed words name was moved or reworded, not added or dropped.

    >>> span = "and encryption of backups which must be approved".split()
    >>> [s.category for s in items_anew(span, [], "we use x", [], "en")]
    ['security']
    """
    text = " ".join(span)
    if (
        len(span) < LIST_ITEM_WORDS
        or f" {text} " in f" {other_key} "
        or is_own_clause(text, language)
    ):
        return []
    found, theirs = {s.category for s in have}, topics(" ".join(other), language)
    return [
        Statement("term", text, category, short(text, 12) or "")
        # Words of two senses in the data sense only beside a data word in either side.
        for category, hits in in_data_sense(
            topics(text, language), f"{text} {other_key}", language
        ).items()
        if category in TERM_CATEGORIES
        and category not in found
        and not set(hits) & set(theirs.get(category, ()))
    ]


def is_own_clause(k: str, language: str | None) -> bool:
    """Whether words added to (or cut from) a sentence (a comparison key) open a clause
    of their own rather than one more entry of its list: past a leading conjunction, a
    modal verb as the clause's main verb (:data:`MODAL_REACH`), or a pointer to another
    text from the first word on. A modal or pointer further in belongs to the new item.

    >>> is_own_clause("and you can withdraw from marketing at any time", "en")
    True
    >>> is_own_clause("for more information about cookies see the list of cookies", "en")
    True
    >>> is_own_clause("and encryption of data at rest which customers may enable", "en")
    False
    >>> is_own_clause("et le chiffrement des données stockées que les clients peuvent activer",
    ...               "fr")
    False
    """
    rest = _conjunction(tuple(languages_of(language, unknown=tuple(CLAUSE_OPENERS)))).sub("", k)
    head = " ".join(rest.split()[:MODAL_REACH])
    return bool(sig.modals(head, language)) or opens_with_pointer(rest, language)


@lru_cache(maxsize=32)
def _conjunction(languages: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(CLAUSE_OPENERS[lang][0] for lang in languages if lang in CLAUSE_OPENERS)
    return re.compile(rf"^(?:(?:{words})\s+)+")
