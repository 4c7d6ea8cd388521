"""What a paragraph talks about as language-neutral concept ids, for the topic model.

    >>> sorted(concepts("We retain your data for 30 days.", "en"))
    ['k:period', 'k:retention']
    >>> sorted(concepts("Vi lagrer opplysningene dine i 30 dager.", "nb"))
    ['k:period', 'k:retention']
    >>> sorted(concepts("Wir löschen Ihre Daten nach 30 Tagen.", "de"))
    ['k:period', 'k:retention']
    >>> sorted(concepts("Nous conservons vos données pendant 30 jours.", "fr"))
    ['k:period', 'k:retention']
    >>> concepts("Welcome to our service.", "en")
    {}

The topic model's stems are words of one language and often of one vendor
("lagrer", "speichern", "conserver", "retain" are four features, each learnt
from the few vendors writing that language). A concept id is the same feature
whichever language wrote it, read through the shared word lists of
:mod:`policywatch.core.lexicon` by the readers the diff already uses (nothing
here is a word list of its own):

- ``k:<category>``: a materiality category's words (the cells of
  :mod:`policywatch.core.lexicon.category_words` a page's language is read
  with, as :func:`policywatch.diffing.lexicons.topics` reads them; sale and AI
  training only beside their companion words), valued by how many distinct
  words of it the paragraph uses;
- ``k:kind:<kind>`` and ``k:kinds``: kinds of personal data that name data
  whatever surrounds them (:mod:`policywatch.core.lexicon.data_kinds`; the bare
  and plain words are left out, they need a context), ``k:collect`` a
  collection cue;
- ``k:role:<category>``: a party role word (controller, processor, recipient:
  :mod:`policywatch.core.lexicon.party_roles`), ``k:address`` an address word,
  ``k:data_location`` where data is kept (:mod:`policywatch.diffing.lexicons`);
- ``k:audience``: a "residents of" phrase (``AUDIENCE_WORDS``);
- ``k:period``: a number followed by a unit of time (CLDR's, through
  :mod:`policywatch.core.lexicon.periods`);
- ``k:country``: places named (CLDR, :mod:`policywatch.core.lexicon.countries`).

The word lists are matched at word starts by one
:class:`~policywatch.diffing.prefilter.TermMatcher` per language over a
batch of texts (a document's headings and paragraphs): the features cost a
few set lookups where a list's words are absent.
"""

from __future__ import annotations

import math
import re
from functools import cache

from policywatch.core.lexicon.category_words import (
    AUDIENCE_WORDS,
    CATEGORY_WORDS,
    COMPANIONS,
    stems_read,
)
from policywatch.core.lexicon.countries import countries_in
from policywatch.core.lexicon.data_kinds import COLLECTION_CUES, DATA_KINDS, PLAIN_KINDS, kind_stems
from policywatch.core.lexicon.party_roles import PARTY_ROLES
from policywatch.core.lexicon.periods import period_unit
from policywatch.diffing.lexicons import ADDRESS_WORDS, DATA_LOCATION_WORDS
from policywatch.diffing.memo import TextMemo
from policywatch.diffing.prefilter import TermMatcher, word_scans

# A number, then the next word: "30 days", "12 Monate" ("trois ans" is not read:
# spelt-out numbers vary per language and are rare in periods that matter).
_NUMBER_THEN_WORD = re.compile(r"\d+(?:[.,]\d+)?\s+(\w+)")
# Punctuation is a space, as in the comparison key the lists are written for.
_PUNCTUATION = re.compile(r"[^\w\s]|_")
# Companion concepts: a category of COMPANIONS counts only beside one of them.
_WITH = "with:"


def _base(language: str | None) -> str:
    return (language or "en").split("-")[0].lower()


def _english_and(table: dict[str, tuple[str, ...]], language: str | None) -> tuple[str, ...]:
    """A per-language list's English words and the page's language's (pages mix both)."""
    base = _base(language)
    return (*table.get("en", ()), *(table.get(base, ()) if base != "en" else ()))


@cache
def _matcher(language: str | None) -> tuple[TermMatcher, tuple[str, ...]]:
    """Every word of the concept lists for ``language``, and the concept id of each."""
    lists: list[tuple[str, tuple[str, ...]]] = [
        *(
            (category, stems_read(CATEGORY_WORDS, category, language))
            for category in CATEGORY_WORDS
        ),
        *(
            (_WITH + category, stems_read(COMPANIONS, category, language))
            for category in COMPANIONS
        ),
        *(
            (f"kind:{kind}", kind_stems(kind, language))
            for kind in DATA_KINDS
            if kind not in PLAIN_KINDS
        ),
        ("collect", _english_and(COLLECTION_CUES, language)),
        *(
            (f"role:{category}", _english_and(row, language))
            for category, row in PARTY_ROLES.items()
        ),
        ("address", _english_and(ADDRESS_WORDS, language)),
        ("data_location", _english_and(DATA_LOCATION_WORDS, language)),
        ("audience", _english_and(AUDIENCE_WORDS, language)),
    ]
    ids = tuple(concept for concept, words in lists for _ in words)
    patterns = [re.compile(r"(?<![\w])(?:" + word + ")") for _, words in lists for word in words]
    return TermMatcher(patterns), ids


def concepts(text: str, language: str | None) -> dict[str, float]:
    """The concept ids ``text`` (a paragraph or a heading) uses, with their values."""
    return concepts_many([text], language)[0]


# Per (text, language): a new version repeats most paragraphs of the one before.
_READ: TextMemo[tuple[str, str | None], dict[str, float]] = TextMemo(4096)


def concepts_many(texts: list[str], language: str | None) -> list[dict[str, float]]:
    """:func:`concepts` of many texts of one document at once (its words read once;
    texts read lately are not read again). The dicts are shared: do not change them."""
    return _READ.many(
        [(text, language) for text in texts],
        lambda missing: _read_many([text for text, _ in missing], language),
    )


def _read_many(texts: list[str], language: str | None) -> list[dict[str, float]]:
    matcher, ids = _matcher(language)
    lows = [text.lower() for text in texts]
    keys = [_PUNCTUATION.sub(" ", low) for low in lows]
    # A key blanks only non-word characters, but for "_": without one, it has the
    # words of the lower-cased text, which the topic rules scan (word_scans keeps them).
    scans = word_scans(
        [low if "_" not in low else key for low, key in zip(lows, keys, strict=True)]
    )
    out = []
    for text, k, found in zip(texts, keys, matcher.find(keys, scans), strict=True):
        words: dict[str, set[str]] = {}
        for term, hits in found.items():
            words.setdefault(ids[term], set()).update(hits)
        features: dict[str, float] = {}
        for concept, distinct in words.items():
            if concept.startswith(_WITH):
                continue
            if concept in COMPANIONS and _WITH + concept not in words:
                continue
            features[f"k:{concept}"] = (
                math.log1p(len(distinct)) if concept in CATEGORY_WORDS else 1.0
            )
        kinds = sum(1 for concept in words if concept.startswith("kind:"))
        if kinds:
            features["k:kinds"] = math.log1p(kinds)
        if any(period_unit(w, language) for w in _NUMBER_THEN_WORD.findall(k)):
            features["k:period"] = 1.0
        places = countries_in(text, language)
        if places:
            features["k:country"] = math.log1p(len(places))
        out.append(features)
    return out
