"""The one list of what a policy can be about: topics, materiality categories, facts.

Every part reads its categories from here: the comparison's topic rows and
``policywatch topics`` (the ``topic`` categories), the diff's materiality
categories and the change labels (``materiality`` ones, ids unchanged), and
which fact readers answer for a category (``facts``)::

    >>> by_id("retention").label, by_id("retention").opp115, by_id("retention").facts
    ('Data retention', 'Data Retention', ('retention',))
    >>> materiality_ids()[:3]
    ('purposes', 'data_categories', 'recipients')
    >>> [c.id for c in topics()][6:9]
    ['rights', 'user_choice', 'controller_contact']
    >>> opp115_of(["recipients", "sale_sharing", "tracking_ads"])
    ['Third Party Sharing/Collection']

The table itself (:data:`CATEGORIES`, :class:`Category`) is data in
:mod:`policywatch.core.categories`; this module holds the functions that read
it and re-exports its names, so ``from policywatch.core.taxonomy import X``
is the one way in. A category owns:

- ``terms``: weighted regular expressions (English, French, German,
  Norwegian, with the commonest forms of other languages where written),
  matched lower case at word starts. They are the rule half of the topic
  classifier (:mod:`policywatch.diffing.topics`), whose model half is the
  weights in ``diffing/topic_model.json`` trained on hand labels of these
  ids (``benchmarks/train_topics.py``);
- ``names``: what a person types to mean the category (search finds the
  sections classified under it, :func:`category_for_query`);
- ``opp115``: the OPP-115 category (Wilson et al., ACL 2016) it falls
  under, where there is one, so published annotations can score the
  classifier;
- ``facts``: the fact kinds (:mod:`policywatch.diffing.facts`) that answer
  for it;
- its materiality words (:meth:`Category.materiality_words`): the word starts a
  changed sentence of the category uses, in every language the diff reads,
  from the one category × language table
  (:mod:`policywatch.core.lexicon.category_words`), and the companion words
  some categories need beside them (:meth:`Category.companion_words`). The
  diff (``diffing/lexicons.py``) reads them from here, in the order of
  :func:`materiality_ids`::

    >>> "portabilidad" in by_id("rights").materiality_words()
    True
"""

from __future__ import annotations

from functools import cache

from policywatch.core.categories import CATEGORIES, DECISIVE, OPP115, Category, Terms
from policywatch.core.lexicon.stems import stems

__all__ = [
    "CATEGORIES",
    "DECISIVE",
    "OPP115",
    "Category",
    "Terms",
    "by_id",
    "category_for_query",
    "category_of_fact",
    "materiality_ids",
    "opp115_of",
    "topic_ids",
    "topics",
]


_BY_ID = {c.id: c for c in CATEGORIES}


def by_id(category_id: str) -> Category:
    """The category with this id (``KeyError`` names an unknown one)."""
    return _BY_ID[category_id]


def topics() -> tuple[Category, ...]:
    """The categories sections are classified under, in display order."""
    return tuple(c for c in CATEGORIES if c.topic)


def topic_ids() -> tuple[str, ...]:
    return tuple(c.id for c in topics())


def materiality_ids() -> tuple[str, ...]:
    """The diff's materiality categories, in their order (``diffing.lexicons.CATEGORIES``)."""
    return tuple(c.id for c in CATEGORIES if c.materiality)


def category_of_fact(kind: str) -> str:
    """The category a fact kind answers for (``KeyError`` for an unknown kind)."""
    for c in CATEGORIES:
        if kind in c.facts:
            return c.id
    raise KeyError(kind)


def opp115_of(category_ids: list[str] | tuple[str, ...]) -> list[str]:
    """The OPP-115 categories a set of our categories falls under, in OPP-115 order."""
    found = {_BY_ID[c].opp115 for c in category_ids if c in _BY_ID}
    return [name for name in OPP115 if name in found]


@cache
def _names_index() -> dict[tuple[str, ...], str]:
    index: dict[tuple[str, ...], str] = {}
    for c in topics():
        for name in (c.id.replace("_", " "), c.label, *c.names):
            for language in ("en", "fr", "de", "nb"):
                index.setdefault(tuple(stems(name, language)), c.id)
    return index


def category_for_query(text: str, language: str | None = "en") -> str | None:
    """The topic a search query names as a whole, if any.

    >>> category_for_query("Sub-processor"), category_for_query("retention")
    ('recipients', 'retention')
    >>> category_for_query("data") is None
    True
    """
    index = _names_index()
    for lang in dict.fromkeys((language, "en", "fr", "de", "nb")):
        found = index.get(tuple(stems(text, lang)))
        if found:
            return found
    return None
