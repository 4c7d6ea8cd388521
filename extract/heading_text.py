"""The heading scorer's text features: what a candidate's own words say of it.

One family of :func:`.heading_features.features` (the others compare a candidate
with the rest of its document): its length, its case (all capitals, title case,
a lower-case start), its final punctuation, whether it is a one-line field
("Location: Ireland"), carries a year or a date line, or names the document.

    >>> import re
    >>> f: dict[str, float] = {}
    >>> text_features(f, "Terms of Use", caps=False, doc_names=re.compile("terms", re.I))
    >>> sorted(f)
    ['len_20', 'names_document', 'title_case']
    >>> is_field("Location: Ireland"), is_field("Article 3: Scope")
    (True, False)
    >>> is_date_line("Effective 1 March 2024"), is_date_line("Changes in 2024")
    (True, False)
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.date_cues import cue_regex
from policywatch.core.lexicon.tokens import LETTER_WORD
from policywatch.extract.datetext import has_year

# Words title case leaves in lower case ("Terms of Use", "Conditions de vente").
_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
     "with", "de", "la", "le", "et", "des", "du", "der", "die", "das", "und", "van", "het",
     "en", "i", "y", "e", "o")
)  # fmt: skip


def text_features(f: dict[str, float], text: str, caps: bool, doc_names: re.Pattern[str]) -> None:
    """Add to ``f`` the features of a candidate's own text.

    ``caps``: the text is in capitals; ``doc_names``: what names a document
    (:func:`policywatch.core.lexicon.documents.document_regex`).
    """
    length = len(text)
    f[f"len_{length_bucket(length)}"] = 1.0
    if caps:
        f["caps"] = 1.0
    elif title_case(text):
        f["title_case"] = 1.0
    if text[:1].islower():
        f["starts_lower"] = 1.0
    last = text.rstrip()[-1:]
    if last == ".":
        f["ends_period"] = 1.0
    elif last == ":":
        f["ends_colon"] = 1.0
    elif last == "?":
        f["ends_question"] = 1.0
    elif last in ",;":
        f["ends_comma"] = 1.0
    if is_field(text):
        f["field"] = 1.0  # "Location: Ireland", "Contact email: dpo@example.com"
    if has_year(text):
        f["has_year"] = 1.0
        if is_date_line(text):
            f["date_line"] = 1.0
    if length <= 100 and last != ":" and doc_names.search(text):
        # (a label ending in a colon, "Notice:", introduces text; it names no document)
        f["names_document"] = 1.0


# A field written on one line: a label of a few words (no number: "Article 3: Scope"
# is a heading), a colon, and a short value (a place, an address, a name).
_FIELD = re.compile(r"([^\W\d_][^\W\d]*(?:[ -][^\W\d]+){0,2})\s?:\s+(\S+(?:\s+\S+){0,3})")


def is_field(text: str) -> bool:
    """A "label: value" line: ``Location: Ireland`` (a heading's subtitle has more words)."""
    return _FIELD.fullmatch(text.strip()) is not None


def is_date_line(text: str, language: str | None = None) -> bool:
    """A year beside a date cue: ``Last updated: 1 March 2024``, ``Gültig ab 1. März 2024``.

    The document's date written as a line of its own, a heading's markup or not, and
    even in page furniture (a PDF's running header, a web page's header band: the one
    test :mod:`.textblocks` and :mod:`.chrome` apply too). On a page in ``language``,
    another language's cue that is an ordinary word there reads no date
    (:func:`policywatch.core.lexicon.date_cues.cue_regex`).
    """
    return has_year(text) and cue_regex(language=language).search(text) is not None


def starts_mid_sentence(text: str) -> bool:
    """Whether a block begins in lower case, so it goes on from the text above it."""
    return text.lstrip()[:1].islower()


def length_bucket(length: int) -> str:
    """The length class of a candidate's text: up to 20, 40, 80, 120 characters, or long."""
    for bound in (20, 40, 80, 120):
        if length <= bound:
            return str(bound)
    return "long"


def title_case(text: str) -> bool:
    """Whether most of its words (small words like "of", "de" aside) start in capitals."""
    words = LETTER_WORD.findall(text)
    big = [w for w in words if w.casefold() not in _SMALL_WORDS]
    return len(big) >= 2 and sum(w[0].isupper() for w in big) >= 0.75 * len(big)
