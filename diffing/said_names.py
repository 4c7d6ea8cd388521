"""Names a changed sentence gives: organisations, products, people, places.

A name is a run of capitalised words, less the capitalised function words that
open sentences or label things; in languages that capitalise every noun a name
needs more than a capital. :mod:`policywatch.diffing.signals` re-exports
:func:`names` with the other signals of one changed sentence.

    >>> sorted(names("Data goes to Microsoft Azure and Boldr in Canada."))
    ['Boldr', 'Canada', 'Microsoft Azure']
"""

from __future__ import annotations

import re
from functools import lru_cache

from policywatch.core.lexicon import calendar
from policywatch.core.lexicon.definitions import defines
from policywatch.core.lexicon.determiners import is_determiner
from policywatch.core.lexicon.no_names import is_no_name
from policywatch.diffing.lexicons import topics
from policywatch.diffing.party_names import NAME_WITH_FORM
from policywatch.diffing.text import key, plain

_NAME = re.compile(r"(?<![\w])(?:[A-ZÆØÅÄÖÜ][\w&.'-]*[\w])(?:\s+(?:[A-ZÆØÅÄÖÜ][\w&'-]*|of|de|&))*")
# Capitalised words that start sentences or label things without naming anyone.
_NOT_NAMES = frozenset(
    [
        "i",
        "we",
        "you",
        "our",
        "your",
        "the",
        "a",
        "an",
        "this",
        "these",
        "that",
        "if",
        "in",
        "on",
        "for",
        "to",
        "of",
        "and",
        "or",
        "by",
        "with",
        "as",
        "at",
        "when",
        "where",
        "how",
        "what",
        "which",
        "who",
        "it",
        "its",
        "they",
        "their",
        "he",
        "she",
        "please",
        "note",
        "see",
        "section",
        "article",
        "products",
        "all",
        "more",
        "information",
        "services",
        "service",
        "terms",
        "policy",
        "privacy",
        "nous",
        "vous",
        "les",
        "la",
        "le",
        "des",
        "une",
        "un",
        "il",
        "elle",
        "ce",
        "cette",
        "wir",
        "sie",
        "die",
        "der",
        "das",
        "den",
        "ein",
        "eine",
        "vi",
        "du",
        "de",
        "det",
        "den",
        "en",
        "et",
    ]
)


# Languages that capitalise every noun: there a lone capitalised word is no name.
NOUN_CAPITALS = frozenset({"de", "lb"})
# There, a first word this short ("Im", "Zur", "Der") opens the sentence, it names nobody.
SENTENCE_START = 3
_INNER_CAPITAL = re.compile(r"\w[A-Z0-9ÄÖÜ]")


def _defined(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the run at ``text[start:end]`` is a term being defined: followed by a
    defining word ('"Affiliate" means ...', 'Affiliate: means ...'), or in quotes and
    followed by a colon ('"Affiliate": any entity ...'); a brand in quotes ("we pay
    with «Google Pay»") stays a name."""
    after = text[end:].lstrip()
    # In quotes, French ones spaced ('« Société affiliée » : ...' reads '" ... " :').
    before = text[:start].rstrip()
    quoted = before.endswith('"') and after.startswith('"')
    rest = after[quoted:].lstrip()
    colon = rest.startswith(":")
    # A quoted term before a colon is defined where it opens the text ('"Affiliate": any
    # entity'); inside a sentence it is a brand ('We pay with "Google Pay": a wallet').
    opens = not before[:-1].strip(" -*•")
    return (quoted and colon and opens) or defines(rest[colon:], language)


@lru_cache(maxsize=16384)
def names(text: str, language: str | None = None) -> frozenset[str]:
    """Capitalised names (organisations, products, people, places) in plain text.

    The first word of a sentence, common capitalised function words, file formats and
    markup placeholders (:mod:`policywatch.core.lexicon.no_names`) are not names.
    In German a name needs more than a capital (every noun has one): two words
    ("Google Analytics"), or a capital inside ("LinkedIn", "AWS").

    >>> sorted(names("Die Daten gehen an Google Analytics und LinkedIn.", "de"))
    ['Google Analytics', 'LinkedIn']
    >>> sorted(names("Wanneer de Klant het vraagt, wist de Verwerker ze.", "nl"))
    ['Klant', 'Verwerker']
    >>> sorted(names("Sämtliche Unterauftragsverarbeiter nutzen Google Analytics.", "de"))
    ['Google Analytics']
    """
    base = (language or "").split("-")[0].lower()
    nouns = base in NOUN_CAPITALS
    found: set[str] = set()
    text = plain(text)
    for m in _NAME.finditer(text):
        run = m.group(0).strip()
        if _defined(text, m.start(), m.end(), language):
            continue  # '"Affiliate" means ...': a term defined, it names nobody
        pieces = _ARTICLE_DE.split(run) if base in ARTICLE_DE else [run]
        for at, name in enumerate(pieces):
            _add_name(name, m.start() == 0 and at == 0, nouns, found, language)
    return frozenset(found)


# Languages whose "de" is the article ("Wanneer de Klant daarom vraagt"): there it
# joins no name ("Banque de France"), it starts the next one.
ARTICLE_DE = frozenset({"nl"})
_ARTICLE_DE = re.compile(r"\s+de\s+")


def _add_name(
    name: str, first: bool, nouns: bool, found: set[str], language: str | None = None
) -> None:
    """Add one capitalised run to ``found`` if it names someone (see :func:`names`)."""
    if first and " " not in name:
        return  # a capitalised first word is just the start of the sentence
    parts = name.split()
    if (
        first
        and parts[0].casefold() not in _NOT_NAMES
        and is_determiner(parts[0], language)
        and not NAME_WITH_FORM.match(name)  # "Vår Energi ASA mottar ...": a name whole
    ):
        # "Sämtliche Unterauftragsverarbeiter sind ...", "Every Sub-processor is ...": a
        # determiner opens the sentence, the noun after it is its first word, no name;
        # a capital where nouns take none and no topic word ("Each Zendesk agent") is one.
        parts = parts[1:]
        if len(parts) == 1 and (nouns or topics(key(parts[0]), language)):
            return
    if nouns and first and len(parts[0]) <= SENTENCE_START and parts[0].istitle():
        parts = parts[1:]  # "Im Rahmen ...": a preposition capitalised as it opens
    while parts and (parts[0].casefold() in _NOT_NAMES or is_no_name(parts[0])):
        parts = parts[1:]
    while parts and (
        parts[-1].casefold() in {"of", "de", "&"}
        or (len(parts) > 1 and parts[-1].casefold() in _NOT_NAMES)
        or is_no_name(parts[-1])
    ):
        parts = parts[:-1]  # "App Store The ..." : the next sentence's first word
    if len(parts) == 1 and calendar.month_number(parts[0], "en") is not None:
        return
    if nouns and len(parts) == 1 and not _INNER_CAPITAL.search(parts[0]):
        return
    if parts and (len(parts) > 1 or len(parts[0]) > 1):
        found.add(" ".join(parts))
