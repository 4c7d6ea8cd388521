"""From a site's links and pages to its legal documents: what to fetch next, what was found.

The crawler's discovery spider drives a :class:`Plan`; the plan itself never
fetches anything, so it is the same whether a CLI command or a running crawl
does the fetching::

    >>> plan = Plan("https://acme.example/")
    >>> plan.add_links([Link("https://acme.example/privacy", "Privacy", "footer")])
    >>> plan.next_candidate()
    'https://acme.example/privacy'
    >>> doc = ExtractedDocument(text="We process personal data as controller. " * 60,
    ...                         title="Privacy Policy")
    >>> plan.add_page("https://acme.example/privacy", "https://acme.example/privacy", doc)
    >>> plan.result().best("privacy_policy").url
    'https://acme.example/privacy'

A link is a *candidate* for a type by its text and URL (:func:`classify_link`);
a candidate becomes a *found* document only when its own page reads as that
type (:func:`classify_page`). Each URL is one type (its best); each type has
one best URL, the others are alternatives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from policywatch.core.model import ExtractedDocument
from policywatch.extract.doctype import LINK_THRESHOLD, DocType, classify_document, classify_link
from policywatch.extract.doctype_phrases import TYPES
from policywatch.extract.links import Link, canonical_url, same_site

# How much a link counts by where it sits: legal links live in footers.
REGION_WEIGHT = {"head": 1.0, "footer": 1.0, "hub": 1.0, "nav": 0.95, "body": 0.8, "sitemap": 0.9}
# A page confirmed this surely (and in the site's own language) ends the search
# for its type.
CONFIRMED = 0.8
# What a document in another language than the site's home page keeps of its
# confidence: the English copy behind a Swedish site's language switcher is an
# alternative, not the document.
OTHER_LANGUAGE = 0.9
# A link that looks this much like a legal hub page is fetched for its links.
HUB_THRESHOLD = 0.5
# When a type is still missing, this many footer or hub links that name nothing
# ("How we use your data" -> /p/4821) are read as a last resort: legal
# documents live there, whatever their links say.
FALLBACK_PAGES = 3
_FALLBACK_REGIONS = ("footer", "hub", "head")


@dataclass(frozen=True)
class Found:
    """A document found on the site, with why it is believed to be of its type."""

    url: str
    type: str
    confidence: float
    evidence: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "type": self.type,
            "confidence": self.confidence,
            "evidence": self.evidence,
        }


@dataclass
class Discovery:
    """What discovery found on one site: the best document per type and the alternatives."""

    site: str
    documents: list[Found] = field(default_factory=list)
    alternatives: dict[str, list[Found]] = field(default_factory=dict)
    pages_fetched: int = 0
    error: str | None = None
    seconds: float = 0.0

    def best(self, doc_type: str) -> Found | None:
        """The best URL found for ``doc_type``, or None."""
        return next((d for d in self.documents if d.type == doc_type), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``policywatch vendors discover --format json``."""
        return {
            "site": self.site,
            "documents": [
                {**d.to_dict(), "alternatives": [a.to_dict() for a in self.alternatives[d.type]]}
                for d in self.documents
            ],
            "pages_fetched": self.pages_fetched,
            "seconds": self.seconds,
            "error": self.error,
        }


@dataclass
class _Candidate:
    url: str
    scores: dict[str, float]
    hub: float
    evidence: dict[str, list[str]]


@dataclass
class _Page:
    url: str
    final_url: str
    verdict: DocType
    text_hash: str
    language: str | None = None


class Plan:
    """The state of discovering one site: candidates, hubs, fetched pages.

    ``types`` limits the search (rediscovery of one document asks for one
    type); ``per_type`` candidates are tried per type at most, best first,
    until one confirms; ``max_pages`` bounds the pages read on a site (home
    page and hubs included; robots.txt and sitemaps are not pages).
    """

    def __init__(
        self,
        site: str,
        types: Iterable[str] = TYPES,
        *,
        per_type: int = 3,
        max_pages: int = 16,
        max_hubs: int = 2,
    ) -> None:
        self.site = canonical_url(site)
        self.types = tuple(t for t in TYPES if t in set(types))
        self.per_type = per_type
        self.max_pages = max_pages
        self.max_hubs = max_hubs
        self.candidates: dict[str, _Candidate] = {}
        self.unnamed: list[str] = []  # footer and hub links that name nothing (in order)
        self.fallbacks = 0
        self.pages: dict[str, _Page] = {}
        self.asked: set[str] = {self.site}
        # The home page's title: the site's name, which says nothing about a page;
        # and its language, which the site's own documents share.
        self.site_name: str | None = None
        self.site_language: str | None = None

    # -- links --

    def add_links(self, links: Iterable[Link]) -> None:
        """Score links of the site (links to other sites are ignored)."""
        for link in links:
            if not same_site(link.url, self.site) or _is_home(link.url):
                continue
            verdict = classify_link(
                link.text,
                link.url,
                site=self.site,
                site_name=self.site_name,
                language=self.site_language,
            )
            weight = REGION_WEIGHT.get(link.region, 0.8)
            candidate = self.candidates.setdefault(
                link.url, _Candidate(link.url, dict.fromkeys(TYPES, 0.0), 0.0, {})
            )
            where = f"{link.region} of {link.source}" if link.source else link.region
            for t in TYPES:
                score = verdict.scores[t] * weight
                if score > candidate.scores[t]:
                    candidate.scores[t] = score
                    candidate.evidence[t] = [f"{e} ({where})" for e in verdict.evidence]
            candidate.hub = max(candidate.hub, verdict.hub * weight)
            unnamed = verdict.type == "other" and verdict.hub < HUB_THRESHOLD and not verdict.decoy
            if unnamed and link.region in _FALLBACK_REGIONS and link.url not in self.unnamed:
                self.unnamed.append(link.url)

    def hubs(self) -> list[str]:
        """Legal hub pages to fetch for their links ("Legal", "Trust Center"), best first."""
        ranked = sorted(
            (c for c in self.candidates.values() if c.hub >= HUB_THRESHOLD),
            key=lambda c: -c.hub,
        )
        chosen = [c.url for c in ranked if c.url not in self.asked][: self.max_hubs]
        self.asked.update(chosen)
        return chosen

    def ranked(self, doc_type: str) -> list[str]:
        """Candidate URLs for ``doc_type`` by link score, best first."""
        fitting = [c for c in self.candidates.values() if c.scores[doc_type] >= LINK_THRESHOLD]
        fitting.sort(key=lambda c: (-c.scores[doc_type], len(c.url)))
        return [c.url for c in fitting]

    def next_candidate(self) -> str | None:
        """The next URL to fetch: each unconfirmed type's best untried candidate, in
        turn; then, while a type is missing, a few footer links that name nothing."""
        if len(self.asked) >= self.max_pages:
            return None
        for rank in range(self.per_type):
            for t in self.types:
                if self._confirmed(t):
                    continue
                ranked = self.ranked(t)
                if rank < len(ranked) and ranked[rank] not in self.asked:
                    self.asked.add(ranked[rank])
                    return ranked[rank]
        missing = [t for t in self.types if not any(p.verdict.is_a(t) for p in self.pages.values())]
        untried = [url for url in self.unnamed if url not in self.asked]
        if missing and untried and self.fallbacks < FALLBACK_PAGES:
            self.fallbacks += 1
            self.asked.add(untried[0])
            return untried[0]
        return None

    def _confirmed(self, doc_type: str) -> bool:
        return any(
            p.verdict.is_a(doc_type)
            and p.verdict.scores[doc_type] >= CONFIRMED
            and not self._foreign(p)
            for p in self.pages.values()
        )

    def _foreign(self, page: _Page) -> bool:
        """Whether the page is in another language than the site's home page."""
        return bool(page.language and self.site_language and page.language != self.site_language)

    # -- pages --

    def add_page(
        self,
        url: str,
        final_url: str,
        doc: ExtractedDocument,
        title: str | None = None,
        language: str | None = None,
    ) -> None:
        """A fetched page (after redirects), extracted: classify it by its own text.

        ``title`` is the HTML ``<title>`` (``doc.title`` is the H1 when there is
        one), ``language`` the one the page declares (else the one detected).
        """
        url, final = canonical_url(url), canonical_url(final_url)
        language = language or doc.language
        if url == self.site and self.site_name is None:
            self.site_name = title or doc.title or ""
            self.site_language = language
        if not doc.text.strip() or (_is_home(final) and not _is_home(url)):
            return  # nothing to read, or sent to the home page: not the document
        verdict = classify_document(doc, final, title=title, site_name=self.site_name)
        self.pages[url] = _Page(url, final, verdict, doc.text_hash, language)

    def result(self) -> Discovery:
        """The best document per type (and alternatives), from the pages read so far."""
        found: dict[str, Found] = {}
        texts: set[str] = set()
        for page in sorted(self.pages.values(), key=lambda p: -max(p.verdict.scores.values())):
            if page.final_url in found or page.text_hash in texts or _is_home(page.final_url):
                continue
            item = self._judge(page)
            if item is not None:
                found[page.final_url] = item
                texts.add(page.text_hash)
        discovery = Discovery(self.site, pages_fetched=len(self.asked))
        for t in self.types:
            of_type = sorted(
                (f for f in found.values() if f.type == t), key=lambda f: (-f.confidence, f.url)
            )
            if of_type:
                discovery.documents.append(of_type[0])
                discovery.alternatives[t] = of_type[1:]
        return discovery

    def _judge(self, page: _Page) -> Found | None:
        """The page's type (if it reads as one we look for) and a confidence from
        its own verdict and the links that pointed to it."""
        link = self.candidates.get(page.url) or self.candidates.get(page.final_url)
        best, best_confidence = None, 0.0
        for t in self.types:
            if not page.verdict.is_a(t):
                continue
            by_link = link.scores[t] if link else 0.0
            confidence = 1 - (1 - page.verdict.scores[t]) * (1 - 0.5 * by_link)
            if self._foreign(page):
                confidence *= OTHER_LANGUAGE
            if confidence > best_confidence:
                best, best_confidence = t, confidence
        if best is None:
            return None
        evidence = list(link.evidence.get(best, [])) if link else []
        if page.final_url != page.url:
            evidence.append(f"{page.url} redirects here")
        if self._foreign(page):
            evidence.append(f"in {page.language}, the site's home page in {self.site_language}")
        evidence += page.verdict.evidence
        return Found(page.final_url, best, round(best_confidence, 2), evidence)


def _is_home(url: str) -> bool:
    path = urlsplit(url).path.strip("/").lower()
    return path in ("", "index.html", "index.htm", "index.php", "home")
