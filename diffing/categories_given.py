"""Which categories a changed sentence gives: what it states, not every word it holds.

A sentence whose statement is a fact (a period, a number, a contact address, a
country) is filed under that fact's category, which :mod:`.filing` reads from the
sentence ("within 14 days" in a sentence on refunds is a fee term). Its other
topic words only say what the fact concerns: "you have the right to cancel and be
refunded within 14 days" states a refund period, not a data subject's right; "write
to dpo@acme.com to exercise your rights" gives a contact, not a new right; "the
judgment of the Court of Justice of the EU" names no venue. So a category that only
such words (:data:`LENT_KINDS`) would give is dropped from the sentence's reasons
when it states a fact (:data:`FACT_KINDS`) of another category. The verdict is not
touched: the fact still makes the change material.

The kind of data a fact concerns is the exception: a period for "connection
data" that the section never named is also a new kind of data, which is what the
``data_categories`` category records.

Two kinds of sentence state no practice at all, whatever topic words they hold
(:mod:`policywatch.diffing.classify` judges them editorial when they state
nothing else): one that sends the reader to another text (:func:`is_pointer`:
"for more information about encryption, see our security page") and one that
defines a quoted term (:func:`is_definition`: '"Services" means ...').

    >>> from policywatch.diffing.stated import Statement
    >>> period = Statement("period", "14d", "fees_termination", "14 days")
    >>> right = Statement("term", "right to", "rights", "right to")
    >>> sorted(given([period, right]))
    ['fees_termination']
    >>> sorted(given([right]))
    ['rights']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.definitions import DEFINING_WORDS, THAT_WORDS
from policywatch.core.lexicon.references import (
    CLAUSE_OPENERS,
    POINTER_WORDS,
    PRACTICE_CLAUSES,
    practice_verb,
)
from policywatch.diffing.practices import states_practice
from policywatch.diffing.stated import CONTEXT_KINDS, Statement

__all__ = ["FACT_KINDS", "LENT_KINDS", "given", "is_definition", "is_pointer", "opens_with_pointer"]

# Statements of a fact, filed under one category by the sentence they stand in.
FACT_KINDS = frozenset({"period", "number", "contact", "country"})
# Statements that name a topic: a topic word, a modal beside one, a term new to the section.
LENT_KINDS = CONTEXT_KINDS | {"term"}
# A definition's quoted term stands within this many words of its sentence's start
# ('For the purposes of this Section, "you" shall refer to ...').
DEFINED_WITHIN = 8
# What a fact is about, still its own category: the kind of data it concerns.
OBJECT_CATEGORIES = frozenset({"data_categories"})


def given(
    statements: Iterable[Statement], texts: Iterable[str] = (), language: str | None = None
) -> set[str]:
    """The categories a sentence's statements (lost and gained together) give; ``texts``
    are its versions, whose clauses (:func:`clauses`) bound what a fact suppresses: a
    topic of a clause without the fact is stated ("we use cookies for advertising and
    keep them for 13 months" gives tracking_ads beside retention).

    >>> period = Statement("period", "390d", "retention", "13 months")
    >>> ads = Statement("topic", "advertising", "tracking_ads", "advertising")
    >>> sorted(given([period, ads], ["We use cookies for advertising and keep them for 13 "
    ...                              "months."], "en"))
    ['retention', 'tracking_ads']
    >>> sorted(given([period, ads], ["Advertising cookies are kept for 13 months."], "en"))
    ['retention']
    """
    found = list(statements)
    categories = {s.category for s in found}
    if not any(s.kind in FACT_KINDS for s in found):
        return categories
    stated = {s.category for s in found if s.kind not in LENT_KINDS}
    kept = {c for c in categories if c in stated or c in OBJECT_CATEGORIES}
    versions = list(texts)
    parts = [c for text in versions for c in clauses(text, language)]
    if len(parts) <= len(versions):
        return kept  # one clause (a version each): the fact's own
    facts = {i for s in found if s.kind in FACT_KINDS for i in _holding(s.shown, parts)}
    return kept | {
        s.category for s in found if s.kind in LENT_KINDS and _holding(s.shown, parts) - facts
    }


def clauses(text: str, language: str | None) -> list[str]:
    """A sentence's clauses, lower case: split at ";", at a conjunction or comma before a
    subject or a practice verb, before a means phrase (``CLAUSE_OPENERS``).

    >>> clauses("Data is processed in the US, and you may lodge a complaint.", "en")
    ['data is processed in the us', 'you may lodge a complaint.']
    >>> clauses("You have the right to cancel and be refunded within 14 days.", "en")
    ['you have the right to cancel and be refunded within 14 days.']
    """
    languages = tuple(languages_of(language, unknown=tuple(CLAUSE_OPENERS)))
    parts = _clause_split(languages).split(text.lower())
    return [p.strip(" ,") for p in parts if p and p.strip(" ,")]


def _holding(shown: str, parts: list[str]) -> set[int]:
    """The clauses that hold a statement's words."""
    words = shown.lower().strip()
    return {i for i, part in enumerate(parts) if words and words in part}


@lru_cache(maxsize=32)
def _clause_split(languages: tuple[str, ...]) -> re.Pattern[str]:
    rows = [(lang, CLAUSE_OPENERS[lang]) for lang in languages if lang in CLAUSE_OPENERS]
    conjunctions = "|".join(row[0] for _, row in rows)
    subjects = "|".join(row[1] for _, row in rows)
    means = "|".join(row[2] for _, row in rows)
    # Whole verb forms: "die Erfassung", "the collection" start no clause.
    verbs = "|".join(practice_verb(lang) for lang, _ in rows if lang in PRACTICE_CLAUSES)
    # A subject, or a verb (a clitic before it: "et les conservons").
    starts = rf"(?:(?:{subjects})(?!\w)|(?:\w{{1,4}}\s+)?(?:{verbs}))"
    return re.compile(
        rf";|,?\s+(?:{conjunctions})\s+(?={starts})|,\s+(?={starts})|\s+(?=(?:{means})(?!\w))"
    )


def is_pointer(k: str, language: str | None) -> bool:
    """Whether a sentence (its comparison key) sends the reader to another text ("for
    more information, see our cookie policy"), in its language's words and English
    (``POINTER_WORDS`` of :mod:`policywatch.core.lexicon.references`).

    >>> is_pointer("for more information about cookies see our cookie policy", "en")
    True
    >>> is_pointer("pour en savoir plus sur les cookies consultez notre politique", "fr")
    True
    >>> is_pointer("we use cookies from our advertising partners", "en")
    False
    >>> is_pointer("to learn more about the health data we now share with insurers see section 4",
    ...            "en")
    False
    """
    languages = tuple(languages_of(language, unknown=tuple(POINTER_WORDS)))
    # Its only clause sends the reader elsewhere: one of its own states a practice.
    return bool(_pointer(languages).search(k)) and not states_practice(k, languages)


def opens_with_pointer(k: str, language: str | None) -> bool:
    """Whether a comparison key is a pointer from its first word on: the words sending
    the reader elsewhere open it ("for more information see our whitepaper"), not trail
    an item ("encryption of data at rest for more information see our whitepaper").

    >>> opens_with_pointer("for more information see our whitepaper", "en")
    True
    >>> opens_with_pointer("encryption of data at rest for more information see our whitepaper",
    ...                    "en")
    False
    """
    languages = tuple(languages_of(language, unknown=tuple(POINTER_WORDS)))
    return bool(_pointer(languages).match(k)) and not states_practice(k, languages)


@lru_cache(maxsize=32)
def _pointer(languages: tuple[str, ...]) -> re.Pattern[str]:
    stems = [s for lang in languages for s in POINTER_WORDS.get(lang, ())]
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + r")(?![\w])")


def is_definition(text: str, language: str | None) -> bool:
    """Whether a plain sentence defines a quoted term ('"Services" means ...', '« Partenaire »
    désigne ...', 'For the purposes of this Section, "you" shall refer to ...'), in its
    language's words and English (``DEFINING_WORDS``).

    >>> is_definition('"Personal Data" means any information relating to a person.', "en")
    True
    >>> is_definition("« Partenaire » désigne la personne morale qui vend.", "fr")
    True
    >>> is_definition("We share data by means of secure transfers.", "en")
    False
    >>> is_definition("Cliquer sur « Accepter » signifie que nous partageons vos données.", "fr")
    False
    >>> is_definition('Fees are payable to Acme Inc in the United States and for such purposes, '
    ...               '"we" shall mean Acme Inc.', "en")
    False
    """
    found = _defining(tuple(languages_of(language, unknown=tuple(DEFINING_WORDS)))).search(text)
    # The term defined leads the sentence: a definition after a statement ("payments are
    # payable to Acme Inc and for such purposes 'we' shall mean Acme Inc") still states.
    return found is not None and len(text[: found.start()].split()) <= DEFINED_WITHIN


@lru_cache(maxsize=32)
def _defining(languages: tuple[str, ...]) -> re.Pattern[str]:
    verbs = "|".join(s for lang in languages for s in DEFINING_WORDS.get(lang, ()))
    thats = "|".join(re.escape(w) for lang in languages for w in THAT_WORDS.get(lang, ()))
    # A quoted term (an optional bracket after it), then the defining verb, then a noun
    # phrase: "means that we share ..." opens a clause, a statement of what it does.
    quoted = r"[\"“”«„»][^\"“”«„»]{1,60}[\"“”«„»]"
    return re.compile(
        quoted + r"\s*(?:\([^)]{0,60}\)\s*)?[:,]?\s*(?:" + verbs + r")(?![\w])"
        r"(?![\s,]+(?:" + thats + r")(?:(?<=['’])|(?!\w)))",
        re.I,
    )
