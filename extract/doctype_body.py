"""What a page's body says about its type: the terms each type of document uses
over and over, and how much of it is written in the legal register.

    >>> score, terms = read_body("The processor shall notify the controller.")["dpa"]
    >>> score > 0, sorted(terms)
    (True, ['controller', 'processor'])

The body half of :func:`policywatch.extract.doctype.classify_page` (the other half
is what the page calls itself and what its URL says). Cues come from
:mod:`.doctype_cues` (the ``*_text`` and ``legal_text`` fields), countries from
CLDR through :mod:`policywatch.core.lexicon.countries`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.countries import country_mentions, is_country
from policywatch.core.lexicon.phrases import plain
from policywatch.core.lexicon.tokens import WORD
from policywatch.extract.doctype_phrases import TYPES, find_cues

# Body terms: distinct terms for full breadth, and hits per 1000 words that
# make the density score 1 - 1/e.
BREADTH_TERMS = 6
# Distinct countries in a sub-processor list count as this many terms at most,
# when the text names countries this often (per 1000 words), as lists do.
COUNTRY_TERMS = 3
LIST_COUNTRIES = 10
DENSITY_SCALE = 12.0
# A document has at least this many words; shorter pages are scaled down, gently:
# a sub-processor list or a cookie table can be short, and pages that only
# share the words (sign-in forms, brochures) are told apart by what they call
# themselves and by the words they use, not by length alone.
DOCUMENT_WORDS = 120
# Only the start of long pages is read: the words it uses are settled by then.
BODY_CHARS = 40_000
# Sentences (or table rows, list items) of at least this many words are read for their register.
SENTENCE = re.compile(r"[^.!?;\n]+")
SENTENCE_WORDS = 4
# The register's words: its own (modal "shall", "governed by", "liable") and the terms of
# privacy policies and DPAs (not the commercial words of terms: "fees", "subscription").
REGISTER_FIELDS = ("legal_text", "privacy_policy_text", "dpa_text")


def read_body(text: str, language: str | None = None) -> dict[str, tuple[float, Counter[str]]]:
    """Per type: how strongly the body uses the type's terms (0..1), and which terms.

    Breadth (how many of the type's terms) carries the score, density (how
    often) raises it: a page that only repeats the document's name ("Request
    our DPA") is not a DPA. A short page's few hits count as hits in a
    document-length text, not as a high density.
    """
    folded = plain(text[:BODY_CHARS])
    words = max(DOCUMENT_WORDS, len(WORD.findall(folded)))
    languages = languages_of(language)
    result = {}
    for t in TYPES:
        hits: Counter[str] = Counter(cue for _, _, cue in find_cues(folded, f"{t}_text", languages))
        distinct = len(hits)
        if t == "subprocessors":
            # Each entry of a sub-processor list says where: countries by name (CLDR).
            places = Counter(
                c for c in country_mentions(text[:BODY_CHARS], language) if is_country(c)
            )
            if places:
                hits["country names"] = sum(places.values())
                # As many countries as in a list of entries, not a few in passing.
                if 1000 * hits["country names"] / words >= LIST_COUNTRIES:
                    distinct += min(COUNTRY_TERMS, len(places))
        capped = sum(min(n, 10) for n in hits.values())
        breadth = min(1.0, distinct / BREADTH_TERMS)
        density = 1 - math.exp(-(1000 * capped / words) / DENSITY_SCALE)
        result[t] = (breadth * (0.5 + 0.5 * density), hits)
    return result


def legal_register(text: str, language: str | None = None) -> float:
    """The share of a text's sentences written in the legal register: using a word of
    the ``legal_text`` cues ("shall", "pursuant to", "gemäß", "conformément") or of a
    document type's terms ("controller", "liability", "sub-processor", "expiry").

    Legal documents of every type are mostly such sentences; marketing copy, sign-in
    forms and error pages hardly any, whatever title they carry.

    >>> legal_register("The processor shall notify the controller. Start your free trial!")
    0.5
    """
    folded = plain(text[:BODY_CHARS])
    languages = languages_of(language)
    starts = sorted(
        start for name in REGISTER_FIELDS for start, _, _ in find_cues(folded, name, languages)
    )
    sentences = [
        (m.start(), m.end())
        for m in SENTENCE.finditer(folded)
        if len(WORD.findall(m.group())) >= SENTENCE_WORDS
    ]
    if not sentences:
        return 0.0
    legal = sum(1 for s, e in sentences if bisect_left(starts, e) > bisect_left(starts, s))
    return round(legal / len(sentences), 3)
