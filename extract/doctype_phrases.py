"""What a short phrase names: link texts, page titles, URL segments, read with the
cue tables of :mod:`.doctype_cues` (the matching engine of :mod:`.doctype`).

    >>> read_phrase("Privacy Policy").scores["privacy_policy"]
    1.0
    >>> read_url("https://acme.example/legal/datenschutzerklaerung").scores["privacy_policy"]
    1.0

Pure. Text is case- and accent-folded and the cues are found in it by the
lexicon's phrase matcher (:class:`~policywatch.core.lexicon.phrases.PhraseFinder`,
words joined by spaces, hyphens or nothing); where names overlap the longest
wins. A phrase's score for a type is the share of its letters that the type's
names cover (a name heading the phrase counts for most of it).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from urllib.parse import unquote, urlsplit

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.phrases import NAME_GAP, PhraseFinder, plain
from policywatch.core.lexicon.tokens import WORD
from policywatch.core.model import DOC_TYPES
from policywatch.extract.doctype_cues import CUES

# The types a page can be found to be; anything else is "other".
TYPES: tuple[str, ...] = tuple(t for t in DOC_TYPES if t != "other")
# How much of a phrase a name at its head counts for, however long the rest.
LEAD_COVERAGE = 0.8
# Words this short at a phrase's head are function words ("of", "des", "nr"), not its topic.
SHORT_WORD = 3

_TITLE_SEPARATORS = re.compile(r"\s[|\-–—·•:»/]\s|\s*[|•·»]\s*")
LETTER_SPACED = re.compile(r"\b(?:\w ){3,}\w\b")
# What follows a word that cites a provision: "article 28", "artikel 28", "art. 6 (1)".
CITED = re.compile(r"\W{0,3}(?:n[o°º]\W{0,2})?\d")


@dataclass(frozen=True)
class Phrase:
    """What a short phrase (link text, title, URL segment) names.

    ``scores`` per type: the share of the phrase's letters that a type's name
    covers, scaled by how much of the phrase is names at all.
    """

    scores: dict[str, float]
    hub: float = 0.0
    decoy: str | None = None
    # A decoy word in a URL's earlier segments: the site section ("/blog/...", "/support/...").
    section_decoy: str | None = None
    names: dict[str, str] = field(default_factory=dict)


# -- matching -----------------------------------------------------------------------------


@cache
def _finder(field_name: str, languages: tuple[str, ...]) -> PhraseFinder:
    """The cues of one field (``"decoy"``, ``"dpa_text"``...) of several languages' tables."""
    cues = {
        cue.strip()
        for language in languages
        for cue in getattr(CUES[language], field_name)
        if cue.strip()
    }
    return PhraseFinder(cues, gap=NAME_GAP)


def find_cues(
    folded: str, field_name: str, languages: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """Where the cues of a field occur in folded text: ``(start, end, cue)``, the
    longest cue at each place, named without its ``*`` marks."""
    return [
        (start, end, cue.replace("*", ""))
        for start, end, cue in _finder(field_name, languages).find(folded)
    ]


ALL_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)


# -- phrases: link texts, titles, URL segments ---------------------------------------------


# Sitemaps repeat the same URL segments thousands of times.
@lru_cache(maxsize=8192)
def read_phrase(
    text: str,
    *,
    ignore: frozenset[str] = frozenset(),
    languages: tuple[str, ...] = ALL_LANGUAGES,
) -> Phrase:
    """What ``text`` names; words in ``ignore`` (the site's own name) do not count.
    ``languages``: the tables to read it with (:func:`languages_of`); words of
    other languages that fold alike ("våra" and Icelandic "vara") do not mix.

    >>> read_phrase("Privacy Policy").scores["privacy_policy"]
    1.0
    >>> round(read_phrase("How we think about privacy").scores["privacy_policy"], 2)
    0.32
    >>> read_phrase("Privacy settings").decoy
    'settings'
    """
    # Letter-spaced headings ("T E R M S  O F  U S E") are read as one word.
    folded = LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), plain(text))
    words = [(m.start(), m.end()) for m in WORD.finditer(folded) if m.group() not in ignore]
    total = sum(end - start for start, end in words)
    if not total:
        return Phrase(scores=dict.fromkeys(TYPES, 0.0))
    found: list[tuple[int, int, str, str]] = []
    for kind in (*TYPES, "document", "hub"):
        found.extend((s, e, kind, cue) for s, e, cue in find_cues(folded, kind, languages))
    # The longest names win where names overlap ("privacy center" is a hub, not privacy).
    found.sort(key=lambda f: f[0] - f[1])
    kept: list[tuple[int, int, str, str]] = []
    for item in found:
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    letters: Counter[str] = Counter()
    names: dict[str, str] = {}
    lead: str | bool = False
    head = _head_words(folded, words, [(s, e) for s, e, kind, _ in kept if kind == "document"])
    for start, end, kind, cue in kept:
        letters[kind] += sum(min(end, e) - max(start, s) for s, e in words if s < end and e > start)
        names.setdefault(kind, cue)
        # A name among the first two words heads the phrase: "Terms of Service for
        # consumers in the EEA" is named by it, "How we think about privacy" is not;
        # so does one after a document part's reference ("Annex 2: Data Processing
        # Agreement", "Liste des sous-traitants", "Załącznik nr 2 – Umowa powierzenia").
        before = sum(1 for _, e in words if e <= start)
        if kind != "document" and before - min(head, before) <= 1:
            lead = lead or kind
    coverage = min(1.0, sum(letters.values()) / total)
    named = sum(letters[t] for t in (*TYPES, "hub"))
    if lead:
        coverage = max(coverage, LEAD_COVERAGE)
    scores = {t: coverage * letters[t] / named if named else 0.0 for t in TYPES}
    hub = coverage * letters["hub"] / named if named else 0.0
    # The name heading the phrase is what it is, whatever a qualifier names after it
    # ("Data Processing Agreement under the General Data Protection Regulation").
    if lead in scores:
        scores[lead] = max(scores[lead], LEAD_COVERAGE)
    elif lead == "hub":
        hub = max(hub, LEAD_COVERAGE)
    # A decoy word before a number cites a law ("article 28", "Art. 6"): not a blog article.
    decoys = [d for d in find_cues(folded, "decoy", languages) if not CITED.match(folded, d[1])]
    return Phrase(scores=scores, hub=hub, decoy=decoys[0][2] if decoys else None, names=names)


def _head_words(folded: str, words: list[tuple[int, int]], documents: list[tuple[int, int]]) -> int:
    """How many words open a phrase without naming anything: generic document words
    ("Annex", "List", "Liste"), numbers and short function words ("2", "nr", "of", "des")."""
    count = 0
    for start, end in words:
        word = folded[start:end]
        inside = any(s <= start and end <= e for s, e in documents)
        if not (inside or word.isdigit() or len(word) <= SHORT_WORD):
            break
        count += 1
    return count


def title_segments(title: str) -> list[str]:
    """``"Privacy Policy | Acme"`` -> ``["Privacy Policy", "Acme"]``."""
    return [s.strip() for s in _TITLE_SEPARATORS.split(title) if s.strip()]


def site_words(url: str | None, name: str | None = None) -> frozenset[str]:
    """The words of a site's own name, which say nothing about a page's type: its
    host name ("acme" of www.acme.example) and ``name`` (its home page title),
    except words that are cues themselves ("Privacy-first analytics" keeps "privacy").
    """
    host = urlsplit(url or "").hostname or ""
    words = {w for w in WORD.findall(plain(host)) if len(w) > 2 and not w.isdigit()}
    words -= {"www", "com", "org", "net"}
    for word in WORD.findall(plain(name or "")):
        phrase = read_phrase(word)
        if not (any(phrase.scores.values()) or phrase.hub or phrase.decoy):
            words.add(word)
    return frozenset(words)


def read_url(url: str, languages: tuple[str, ...] = ALL_LANGUAGES) -> Phrase:
    """What a URL's path names: the last segment fully, the ones before it at half.

    >>> read_url("https://acme.example/legal/privacy-policy.html").scores["privacy_policy"]
    1.0
    """
    parts = urlsplit(url)
    segments = [s for s in unquote(parts.path).split("/") if s]
    if segments:
        segments[-1] = re.sub(r"\.(html?|php|aspx?|jsp|pdf|md|txt)$", "", segments[-1], flags=re.I)
    scores = dict.fromkeys(TYPES, 0.0)
    hub, names = 0.0, dict[str, str]()
    decoys: dict[bool, str | None] = {True: None, False: None}  # last segment?
    for weight, segment in _weighted(segments):
        phrase = read_phrase(segment.replace("_", " ").replace("+", " "), languages=languages)
        for t in TYPES:
            scores[t] = max(scores[t], weight * phrase.scores[t])
        hub = max(hub, weight * phrase.hub)
        decoys[weight == 1.0] = decoys[weight == 1.0] or phrase.decoy
        names = {**phrase.names, **names}
    return Phrase(scores, hub, decoys[True], decoys[False], names)


def _weighted(segments: list[str]) -> list[tuple[float, str]]:
    return [(1.0 if i == len(segments) - 1 else 0.5, s) for i, s in enumerate(segments)]
