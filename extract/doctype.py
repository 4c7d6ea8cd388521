"""What kind of legal document a link or a page is: privacy policy, terms, DPA,
sub-processor list, cookie policy, or none of them.

    >>> classify_link("Datenschutzerklärung", "https://acme.example/datenschutz").type
    'privacy_policy'
    >>> classify_link("Cookie settings", "https://acme.example/#cookies").type
    'other'
    >>> page = classify_page("We process personal data as controller. " * 40,
    ...                      title="Privacy Policy | Acme", url="https://acme.example/privacy")
    >>> page.type, page.is_a("privacy_policy"), page.is_a("terms")
    ('privacy_policy', True, False)

Pure (no network, no database). Cues come from :mod:`.doctype_cues`, one table
per language; a link is judged by its words (anchor text, URL path), a page
by what it calls itself (title, first headings), what its URL says and the
words its body uses. The scores are features, not special cases: how much of
a title is a document name (so "Privacy" is one and "How we think about
privacy" is not), whether the name sits beside a decoy word ("privacy
*settings*", "*blog*"), how many of a type's characteristic terms the body
uses and how densely, and whether the page is long enough to be a document.
Issue 16 asks the same question of every crawled page::

    classify_document(extract(body, content_type, url), url).is_a("privacy_policy")
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import unquote, urlsplit

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.model import DOC_TYPES, ExtractedDocument
from policywatch.extract.doctype_cues import CUES

# The types a page can be found to be; anything else is "other".
TYPES: tuple[str, ...] = tuple(t for t in DOC_TYPES if t != "other")
OTHER = "other"

# A page whose best score reaches this is a document of that type.
PAGE_THRESHOLD = 0.5
# A link (text and URL) scoring this much is worth fetching to check.
LINK_THRESHOLD = 0.3
# How much a decoy word next to a document name leaves of its score.
DECOY_FACTOR = 0.25
# A title that is at least this much a document name (or hub) names the page;
# a page whose title and H1 name something else keeps this much of its score.
NAMED_COVERAGE = 0.5
# How much of a phrase a name at its head counts for, however long the rest.
LEAD_COVERAGE = 0.8
ELSEWHERE_FACTOR = 0.6
# Body terms: distinct terms for full breadth, and hits per 1000 words that
# make the density score 1 - 1/e.
BREADTH_TERMS = 6
DENSITY_SCALE = 12.0
# A document has at least this many words (shorter pages are scaled down:
# sub-processor lists and cookie tables can be short, login pages are shorter).
DOCUMENT_WORDS = 150
# Only the start of long pages is read: the words it uses are settled by then.
BODY_CHARS = 40_000

_TITLE_SEPARATORS = re.compile(r"\s[|\-–—·•:»/]\s|\s*[|•·»]\s*")
_WORD = re.compile(r"\w+")
_MARKS = re.compile("[\u0300-\u036f]")
# Letters NFKD does not decompose, as URLs spell them.
_ASCII = str.maketrans({"æ": "ae", "ø": "o", "ð": "d", "þ": "th", "ł": "l", "đ": "d",
                        "œ": "oe", "ħ": "h", "ı": "i"})  # fmt: skip
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "å": "aa", "æ": "ae", "ø": "oe"})


def fold(text: str) -> str:
    """Case folded, accents dropped (``"Confidentialité"`` -> ``"confidentialite"``)."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))


@dataclass(frozen=True)
class Phrase:
    """What a short phrase (link text, title, URL segment) names.

    ``scores`` per type: the share of the phrase's letters that a type's name
    covers, scaled by how much of the phrase is names at all.
    """

    scores: dict[str, float]
    hub: float = 0.0
    decoy: str | None = None
    names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DocType:
    """The verdict on a link or a page: best type (or ``"other"``), scores, evidence."""

    type: str
    confidence: float
    scores: dict[str, float]
    evidence: list[str]
    hub: float = 0.0

    def is_a(self, doc_type: str) -> bool:
        """Whether this reads as a document of ``doc_type`` (not clearly another type)."""
        score = self.scores.get(doc_type, 0.0)
        best = max(self.scores.values(), default=0.0)
        return score >= PAGE_THRESHOLD and score >= best - 0.15


# -- matching -----------------------------------------------------------------------------


def _variants(cue: str) -> set[str]:
    """The spellings a cue is matched in: folded, and as URLs write special letters."""
    base = fold(cue)
    umlauts = fold(cue.casefold().translate(_UMLAUTS)).translate(_ASCII)
    return {base, base.translate(_ASCII), umlauts}


def _cue_regex(spelling: str, exact: bool, infix: bool) -> str | None:
    words = _WORD.findall(spelling)
    if not words:
        return None
    exact = exact or (len(words) == 1 and len(words[0]) <= 3)
    tail = r"(?!\w)" if exact else r"\w*"
    body = r"[\W_]*".join(re.escape(w) + ("" if exact else r"\w*") for w in words[:-1])
    last = re.escape(words[-1]) + tail
    joined = f"{body}[\\W_]*{last}" if body else last
    return (r"\w*" if infix else "") + joined


@cache
def _matcher(field_name: str, languages: tuple[str, ...]) -> tuple[re.Pattern[str], list[str]]:
    """One regex for a field of several languages' tables; group ``gN`` is cue N."""
    alternatives: list[tuple[str, str]] = []
    for language in languages:
        for raw in getattr(CUES[language], field_name).split("|"):
            cue = raw.strip()
            if not cue:
                continue
            exact, infix = cue.endswith("="), cue.startswith("*")
            for spelling in _variants(cue.strip("=*")):
                regex = _cue_regex(spelling, exact, infix)
                if regex:
                    alternatives.append((regex, cue.strip("=*")))
    # Longer cues first: at one position the longest name wins ("data processing
    # agreement" over "data processing").
    alternatives.sort(key=lambda a: -len(a[0]))
    cues = [cue for _, cue in alternatives]
    joined = "|".join(f"(?P<g{i}>{regex})" for i, (regex, _) in enumerate(alternatives))
    return re.compile(rf"(?<!\w)(?:{joined})"), cues


def _matches(
    folded: str, field_name: str, languages: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    pattern, cues = _matcher(field_name, languages)
    found = []
    for m in pattern.finditer(folded):
        if m.lastgroup:
            found.append((m.start(), m.end(), cues[int(m.lastgroup[1:])]))
    return found


ALL_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)


def _page_languages(language: str | None) -> tuple[str, ...]:
    """The tables a page body is read with: its language and English, or all of them."""
    base = (language or "").split("-")[0].lower()
    base = {"no": "nb"}.get(base, base)
    if base not in CUES:
        return ALL_LANGUAGES
    return (base,) if base == "en" else (base, "en")


# -- phrases: link texts, titles, URL segments ---------------------------------------------


def read_phrase(text: str, *, ignore: frozenset[str] = frozenset()) -> Phrase:
    """What ``text`` names; words in ``ignore`` (the site's own name) do not count.

    >>> read_phrase("Privacy Policy").scores["privacy_policy"]
    1.0
    >>> round(read_phrase("How we think about privacy").scores["privacy_policy"], 2)
    0.32
    >>> read_phrase("Privacy settings").decoy
    'settings'
    """
    folded = fold(text)
    words = [(m.start(), m.end()) for m in _WORD.finditer(folded) if m.group() not in ignore]
    total = sum(end - start for start, end in words)
    if not total:
        return Phrase(scores=dict.fromkeys(TYPES, 0.0))
    found: list[tuple[int, int, str, str]] = []
    for kind in (*TYPES, "document", "hub"):
        found.extend((s, e, kind, cue) for s, e, cue in _matches(folded, kind, ALL_LANGUAGES))
    # The longest names win where names overlap ("privacy center" is a hub, not privacy).
    found.sort(key=lambda f: f[0] - f[1])
    kept: list[tuple[int, int, str, str]] = []
    for item in found:
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    letters: Counter[str] = Counter()
    names: dict[str, str] = {}
    lead = False
    for start, end, kind, cue in kept:
        letters[kind] += sum(min(end, e) - max(start, s) for s, e in words if s < end and e > start)
        names.setdefault(kind, cue)
        # A name among the first two words heads the phrase: "Terms of Service for
        # consumers in the EEA" is named by it, "How we think about privacy" is not.
        lead = lead or (kind != "document" and sum(1 for _, e in words if e <= start) <= 1)
    coverage = min(1.0, sum(letters.values()) / total)
    named = sum(letters[t] for t in (*TYPES, "hub"))
    if lead:
        coverage = max(coverage, LEAD_COVERAGE)
    scores = {t: coverage * letters[t] / named if named else 0.0 for t in TYPES}
    hub = coverage * letters["hub"] / named if named else 0.0
    decoys = _matches(folded, "decoy", ALL_LANGUAGES)
    return Phrase(scores=scores, hub=hub, decoy=decoys[0][2] if decoys else None, names=names)


def title_segments(title: str) -> list[str]:
    """``"Privacy Policy | Acme"`` -> ``["Privacy Policy", "Acme"]``."""
    return [s.strip() for s in _TITLE_SEPARATORS.split(title) if s.strip()]


def site_words(url: str | None) -> frozenset[str]:
    """The words of a site's host name ("acme" of www.acme.example): its name, not a cue."""
    host = urlsplit(url or "").hostname or ""
    return frozenset(w for w in _WORD.findall(fold(host)) if len(w) > 2 and not w.isdigit()) - {
        "www",
        "com",
        "org",
        "net",
    }


def read_url(url: str) -> Phrase:
    """What a URL's path names: the last segment fully, the ones before it at half.

    >>> read_url("https://acme.example/legal/privacy-policy.html").scores["privacy_policy"]
    1.0
    """
    parts = urlsplit(url)
    segments = [s for s in unquote(parts.path).split("/") if s]
    if segments:
        segments[-1] = re.sub(r"\.(html?|php|aspx?|jsp|pdf|md|txt)$", "", segments[-1], flags=re.I)
    scores = dict.fromkeys(TYPES, 0.0)
    hub, decoy, names = 0.0, None, dict[str, str]()
    for weight, segment in _weighted(segments):
        phrase = read_phrase(segment.replace("_", " ").replace("+", " "))
        for t in TYPES:
            scores[t] = max(scores[t], weight * phrase.scores[t])
        hub = max(hub, weight * phrase.hub)
        decoy = decoy or phrase.decoy
        names = {**phrase.names, **names}
    return Phrase(scores=scores, hub=hub, decoy=decoy, names=names)


def _weighted(segments: list[str]) -> list[tuple[float, str]]:
    return [(1.0 if i == len(segments) - 1 else 0.5, s) for i, s in enumerate(segments)]


# -- links ----------------------------------------------------------------------------------


def classify_link(text: str, url: str, *, site: str | None = None) -> DocType:
    """Judge a link by its text and URL (before fetching it).

    ``site`` is the site's home URL: words of its name in the text do not count.
    ``hub`` says how much the link looks like a page listing legal documents.
    """
    ignore = site_words(site or url)
    said = read_phrase(text, ignore=ignore) if text.strip() else None
    path = read_url(url)
    scores, evidence = {}, []
    for t in TYPES:
        by_text = said.scores[t] if said else 0.0
        if said and said.decoy:
            by_text *= DECOY_FACTOR
        by_url = path.scores[t] * (DECOY_FACTOR if path.decoy else 1.0)
        scores[t] = 1 - (1 - by_text) * (1 - 0.7 * by_url)
    hub = max(said.hub if said else 0.0, 0.7 * path.hub)
    best = max(TYPES, key=lambda t: scores[t])
    if said and said.names:
        evidence.append(f"link text {text.strip()[:80]!r}")
    if path.names:
        evidence.append(f"URL {urlsplit(url).path[:80]!r}")
    decoy = (said.decoy if said else None) or path.decoy
    if decoy:
        evidence.append(f"decoy word {decoy!r}")
    kind = best if scores[best] >= LINK_THRESHOLD else OTHER
    return DocType(kind, round(scores[best], 3), scores, evidence, hub=hub)


# -- pages ----------------------------------------------------------------------------------


def read_body(text: str, language: str | None = None) -> dict[str, tuple[float, Counter[str]]]:
    """Per type: how strongly the body uses the type's terms (0..1), and which terms."""
    folded = fold(text[:BODY_CHARS])
    words = max(1, len(_WORD.findall(folded)))
    languages = _page_languages(language)
    result = {}
    for t in TYPES:
        hits: Counter[str] = Counter(cue for _, _, cue in _matches(folded, f"{t}_text", languages))
        capped = sum(min(n, 10) for n in hits.values())
        breadth = min(1.0, len(hits) / BREADTH_TERMS)
        density = 1 - math.exp(-(1000 * capped / words) / DENSITY_SCALE)
        result[t] = (0.5 * breadth + 0.5 * density, hits)
    return result


def classify_page(
    text: str,
    title: str | None = None,
    url: str | None = None,
    *,
    headings: tuple[str, ...] | list[str] = (),
    language: str | None = None,
) -> DocType:
    """Judge a fetched page by what it calls itself, its URL and the words it uses.

    ``text`` is the page's main text (``extract(...).text``), ``title`` its
    title, ``headings`` its first headings (the H1 first). The verdict's
    ``scores`` hold every type; ``is_a(t)`` answers "is this a t?".
    """
    ignore = site_words(url)
    phrases = [p for t in ([title] if title else []) for p in title_segments(t)]
    phrases += [h for h in list(headings)[:2] if h.strip()]
    if not phrases:
        # No title (a PDF, a bare page): its first line may name it, and only counts if it does.
        first = next((line.strip("# ").strip() for line in text.splitlines() if line.strip()), "")
        if 0 < len(first.split()) <= 8 and any(read_phrase(first, ignore=ignore).scores.values()):
            phrases = [first]
    name_scores = dict.fromkeys(TYPES, 0.0)
    name_source: dict[str, str] = {}
    named, calls_itself = False, None
    for phrase_text in phrases:
        phrase = read_phrase(phrase_text[:200], ignore=ignore)
        if not any(phrase.scores.values()) and not phrase.hub and not phrase.decoy:
            # One or two words that name nothing are a brand ("Acme"), not a topic.
            if len(set(_WORD.findall(fold(phrase_text))) - ignore) > 2:
                calls_itself = calls_itself or phrase_text[:80]
            continue
        named = named or max(*phrase.scores.values(), phrase.hub) >= NAMED_COVERAGE
        calls_itself = calls_itself or phrase_text[:80]
        factor = DECOY_FACTOR if phrase.decoy else 1.0
        for t in TYPES:
            if phrase.scores[t] * factor > name_scores[t]:
                name_scores[t] = phrase.scores[t] * factor
                name_source[t] = phrase_text[:80]
    # A page that calls itself something else ("How we think about privacy",
    # "Pricing") is about the subject at best, whatever words its body uses.
    elsewhere = calls_itself is not None and not named
    path = read_url(url) if url else Phrase(scores=dict.fromkeys(TYPES, 0.0))
    body = read_body(text, language)
    words = len(_WORD.findall(text[:BODY_CHARS]))
    length = min(1.0, 0.4 + 0.6 * words / DOCUMENT_WORDS)
    decoy_url = DECOY_FACTOR if path.decoy else 1.0
    scores = {}
    for t in TYPES:
        by_name, by_body = name_scores[t], body[t][0]
        by_url = path.scores[t] * decoy_url
        combined = 1 - (1 - 0.75 * by_name) * (1 - 0.75 * by_body) * (1 - 0.3 * by_url)
        # A name without a body that backs it is a page *about* the subject.
        support = min(1.0, 0.4 + by_body)
        other_name = ELSEWHERE_FACTOR if elsewhere else 1.0
        scores[t] = round(length * decoy_url * other_name * combined * support, 3)
    best = max(TYPES, key=lambda t: scores[t])
    evidence = _page_evidence(best, name_source, path, body[best][1], words, length)
    if elsewhere:
        evidence.append(f"page calls itself {calls_itself!r}, not a document name")
    kind = best if scores[best] >= PAGE_THRESHOLD else OTHER
    return DocType(kind, scores[best], scores, evidence)


def classify_document(
    doc: ExtractedDocument, url: str | None = None, *, title: str | None = None
) -> DocType:
    """:func:`classify_page` of an extracted document (what the crawl holds).

    ``title`` is the HTML ``<title>`` when known (``links.html_title``):
    extraction keeps the H1 as ``doc.title``; both are read.
    """
    headings = [doc.title] if doc.title else []
    headings += [s.heading for s in doc.sections if s.level == 1 and s.heading != doc.title]
    return classify_page(
        doc.text, title or doc.title, url, headings=headings[:2], language=doc.language
    )


def _page_evidence(
    best: str, name_source: dict[str, str], path: Phrase, hits: Counter[str], words: int,
    length: float,
) -> list[str]:  # fmt: skip
    evidence = []
    if best in name_source:
        evidence.append(f"page calls itself {name_source[best]!r}")
    if path.scores.get(best):
        evidence.append(f"URL names it ({path.names.get(best, best)!r})")
    if path.decoy:
        evidence.append(f"URL has decoy word {path.decoy!r}")
    if hits:
        top = ", ".join(f"{cue} ×{n}" for cue, n in hits.most_common(4))
        evidence.append(f"{len(hits)} {best} terms in the text ({top})")
    if length < 1.0:
        evidence.append(f"short for a document ({words} words)")
    return evidence
