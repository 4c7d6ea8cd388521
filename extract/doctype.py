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
uses and how densely, and whether the page is long enough to be a document;
and, for a page titled with a document's name, whether its text backs the
title (its type's words, the legal register, numbered sections). What the body
says (its type's terms, its register) is read in :mod:`.doctype_body`; what a
title, link text or URL says, in :mod:`.doctype_phrases`.
Issue 16 asks a declared type of every new text the crawl reads
(:mod:`policywatch.recorder.is_policy`)::

    classify_document(extract(body, content_type, url), url).reads_as("privacy_policy")
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.phrases import plain
from policywatch.core.lexicon.tokens import WORD
from policywatch.core.model import ExtractedDocument
from policywatch.extract.doctype_body import BODY_CHARS, DOCUMENT_WORDS, legal_register, read_body
from policywatch.extract.doctype_phrases import (
    LETTER_SPACED,
    TYPES,
    Phrase,
    read_phrase,
    read_url,
    site_words,
    title_segments,
)
from policywatch.extract.numbering import number_of

OTHER = "other"

# A page whose best score reaches this is a document of that type; a second
# type this close to the best is one too (a privacy policy that covers cookies).
PAGE_THRESHOLD = 0.5
CLOSE_SECOND = 0.15
# How much each kind of evidence can give (they combine as independent ones):
# what the page calls itself, the words its body uses, what its URL says; and
# the share of a score a page keeps with no body terms at all.
NAME_WEIGHT, BODY_WEIGHT, URL_WEIGHT = 0.75, 0.75, 0.3
UNSUPPORTED = 0.4
# A link (text and URL) scoring this much is worth fetching to check.
LINK_THRESHOLD = 0.3
# How much a decoy word next to a document name leaves of its score, and a decoy
# word in the site section a URL is in ("/blog/...").
DECOY_FACTOR = 0.25
SECTION_DECOY_FACTOR = 0.5
# A title that is at least this much a document name (or hub) names the page;
# a page whose title and H1 name something else keeps this much of its score.
NAMED_COVERAGE = 0.5
# A phrase this much covered by a type's name is that name and nothing else.
FULL_NAME = 0.95
ELSEWHERE_FACTOR = 0.6
# A page titled with a document's name whose text uses none of its words is taken at
# its word if this share of its sentences is in the legal register.
REGISTER_BACKING = 0.5
# ... or if it has this many numbered headings, the outline of a document.
NUMBERED_SECTIONS = 2


@dataclass(frozen=True)
class DocType:
    """The verdict on a link or a page: best type (or ``"other"``), scores, evidence."""

    type: str
    confidence: float
    scores: dict[str, float]
    evidence: list[str]
    hub: float = 0.0
    decoy: str | None = None
    # Per type: the page's title or first heading is that document's name and nothing
    # else ("Privacy Policy", "Datenschutz | Acme"), with no decoy word near it or in its URL.
    titled: frozenset[str] = field(default_factory=frozenset)
    # The share of its sentences in the legal register (:func:`legal_register`).
    register: float = 0.0

    def is_a(self, doc_type: str) -> bool:
        """Whether this reads as a document of ``doc_type`` (not clearly another type)."""
        score = self.scores.get(doc_type, 0.0)
        best = max(self.scores.values(), default=0.0)
        return score >= PAGE_THRESHOLD and score >= best - CLOSE_SECOND

    def reads_as(self, doc_type: str) -> bool:
        """Whether this reads as a ``doc_type`` document at all, whatever else it reads as
        too (a DPA with its sub-processor list): when the type is declared, not chosen.

        A page titled with exactly that document's name is taken at its word unless
        it reads as another type: short policies use few of the words.
        """
        if self.scores.get(doc_type, 0.0) >= PAGE_THRESHOLD:
            return True
        return doc_type in self.titled and self.type in (doc_type, OTHER)


def _decoy_factor(decoy: str | None, section_decoy: str | None) -> float:
    """What a decoy word leaves of a score: next to the name (link text, title, the
    URL's last segment) it marks another kind of page ("privacy *settings*"); in
    an earlier URL segment only the site's section ("/blog/...", "/support/...")."""
    if decoy:
        return DECOY_FACTOR
    return SECTION_DECOY_FACTOR if section_decoy else 1.0


# -- links ----------------------------------------------------------------------------------


def classify_link(
    text: str,
    url: str,
    *,
    site: str | None = None,
    site_name: str | None = None,
    language: str | None = None,
) -> DocType:
    """Judge a link by its text and URL (before fetching it).

    ``site`` is the site's home URL and ``site_name`` its home page title:
    words of its name in the text do not count; ``language`` is the site's
    (None: read with every language). ``hub`` says how much the link looks
    like a page listing legal documents.
    """
    languages = languages_of(language)
    ignore = site_words(site or url, site_name)
    said = read_phrase(text, ignore=ignore, languages=languages) if text.strip() else None
    path = read_url(url, languages)
    decoy = (said.decoy if said else None) or path.decoy
    factor = _decoy_factor(decoy, path.section_decoy)
    scores, evidence = {}, []
    for t in TYPES:
        by_text = said.scores[t] if said else 0.0
        scores[t] = factor * (1 - (1 - by_text) * (1 - 0.7 * path.scores[t]))
    hub = max(said.hub if said else 0.0, 0.7 * path.hub)
    best = max(TYPES, key=lambda t: scores[t])
    if said and said.names:
        evidence.append(f"link text {text.strip()[:80]!r}")
    if path.names:
        evidence.append(f"URL {urlsplit(url).path[:80]!r}")
    if decoy or path.section_decoy:
        evidence.append(f"decoy word {decoy or path.section_decoy!r}")
    kind = best if scores[best] >= LINK_THRESHOLD else OTHER
    return DocType(kind, round(scores[best], 3), scores, evidence, hub, decoy)


# -- pages ----------------------------------------------------------------------------------


def classify_page(
    text: str,
    title: str | None = None,
    url: str | None = None,
    *,
    headings: tuple[str, ...] | list[str] = (),
    language: str | None = None,
    site_name: str | None = None,
    later_headings: tuple[str, ...] | list[str] = (),
    numbered_sections: int = 0,
) -> DocType:
    """Judge a fetched page by what it calls itself, its URL and the words it uses.

    ``text`` is the page's main text (``extract(...).text``), ``title`` its
    title, ``headings`` its first headings (the H1 first), ``site_name`` the
    site's own name if known (its home page title), whose words do not count;
    ``later_headings`` the next headings, which count only if they name a document
    and nothing before them does; ``numbered_sections`` how many of its headings are
    numbered ("1. Contact data", "§ 3", "Annex B").
    The verdict's ``scores`` hold every type; ``is_a(t)`` answers "is this a t?".
    """
    ignore = site_words(url, site_name)
    languages = languages_of(language)
    phrases = [p for t in ([title] if title else []) for p in title_segments(t)]
    phrases += [h for h in list(headings)[:2] if h.strip()]
    own = len(phrases)  # what the page calls itself (a name found further on is not its title)
    if not any(_names(p, ignore, languages) for p in phrases):
        # No title (a PDF, a bare page), or one that names no document (a publisher's
        # line, a slogan): a short line before the first paragraph (after a page
        # number or a header) may name it, or the next heading if that is a document's
        # name and nothing else ("Our commitment to you" / "Privacy Policy").
        opening = []
        for line in [line.strip("# ").strip() for line in text[:2000].splitlines()][:6]:
            if len(LETTER_SPACED.sub("x", line).split()) > 12:
                break  # the text has begun
            opening.append((line, NAMED_COVERAGE))
        for line, coverage in [*opening, *((h, FULL_NAME) for h in later_headings)]:
            if line and _names(line, ignore, languages, coverage):
                phrases.append(line)
                break
    name_scores = dict.fromkeys(TYPES, 0.0)
    name_source: dict[str, str] = {}
    named, calls_itself = False, None
    # Types whose name is all a title segment or heading says, with no decoy word beside
    # it ("Privacy Policy", "Datenschutz"; not "Privacy settings", "Privacy-first analytics").
    titled: set[str] = set()
    for position, phrase_text in enumerate(phrases):
        phrase = read_phrase(phrase_text[:200], ignore=ignore, languages=languages)
        if not any(phrase.scores.values()) and not phrase.hub and not phrase.decoy:
            # One or two words that name nothing are a brand ("Acme"), not a topic.
            if len(set(WORD.findall(plain(phrase_text))) - ignore) > 2:
                calls_itself = calls_itself or phrase_text[:80]
            continue
        named = named or max(*phrase.scores.values(), phrase.hub) >= NAMED_COVERAGE
        calls_itself = calls_itself or phrase_text[:80]
        factor = DECOY_FACTOR if phrase.decoy else 1.0
        if position < own and not phrase.decoy:
            titled |= {t for t in TYPES if phrase.scores[t] >= FULL_NAME}
        for t in TYPES:
            if phrase.scores[t] * factor > name_scores[t]:
                name_scores[t] = phrase.scores[t] * factor
                name_source[t] = phrase_text[:80]
    # A page that calls itself something else ("How we think about privacy",
    # "Pricing") is about the subject at best, whatever words its body uses.
    elsewhere = calls_itself is not None and not named
    path = read_url(url, languages) if url else Phrase(scores=dict.fromkeys(TYPES, 0.0))
    body = read_body(text, language)
    words = len(WORD.findall(text[:BODY_CHARS]))
    length = min(1.0, 0.55 + 0.45 * words / DOCUMENT_WORDS)
    decoy_url = _decoy_factor(path.decoy, path.section_decoy)
    scores = {}
    for t in TYPES:
        by_name, by_body = name_scores[t], body[t][0]
        by_url = path.scores[t] * decoy_url
        combined = 1 - (
            (1 - NAME_WEIGHT * by_name) * (1 - BODY_WEIGHT * by_body) * (1 - URL_WEIGHT * by_url)
        )
        # A name without a body that backs it is a page *about* the subject.
        support = min(1.0, UNSUPPORTED + by_body)
        other_name = ELSEWHERE_FACTOR if elsewhere else 1.0
        # A page that plainly names itself a document is one wherever the site keeps
        # it ("/support/privacy", "/hc/articles/..."): the URL's decoy only weakens
        # what the URL says then, else it marks the page as another kind.
        whole = 1.0 if titled else decoy_url
        scores[t] = round(length * whole * other_name * combined * support, 3)
    best = max(TYPES, key=lambda t: scores[t])
    evidence = _page_evidence(best, name_source, path, body[best][1], words, length)
    if elsewhere:
        evidence.append(f"page calls itself {calls_itself!r}, not a document name")
    kind = best if scores[best] >= PAGE_THRESHOLD else OTHER
    if path.decoy or path.section_decoy or elsewhere:
        titled = set()
    register = legal_register(text, language)
    # A title is taken at its word only when the text backs it: it uses a word such
    # documents use, reads as a legal text, or is laid out in numbered sections as
    # documents are ("1. Contact data"); a page titled "Privacy" that sells is not.
    structured = numbered_sections >= NUMBERED_SECTIONS
    titled = {t for t in titled if body[t][1] or register >= REGISTER_BACKING or structured}
    return DocType(
        kind, scores[best], scores, evidence, titled=frozenset(titled), register=register
    )


def _names(
    phrase: str,
    ignore: frozenset[str],
    languages: tuple[str, ...],
    coverage: float = NAMED_COVERAGE,
) -> bool:
    """Whether a short phrase is mostly a document's or a hub's name ("Conditions générales
    de vente", "Legal"), ``coverage`` of it at least."""
    read = read_phrase(phrase[:200], ignore=ignore, languages=languages)
    return max(*read.scores.values(), read.hub) >= coverage


def classify_document(
    doc: ExtractedDocument,
    url: str | None = None,
    *,
    title: str | None = None,
    site_name: str | None = None,
) -> DocType:
    """:func:`classify_page` of an extracted document (what the crawl holds).

    ``title`` is the HTML ``<title>`` when known (``links.html_title``):
    extraction keeps the H1 as ``doc.title``; both are read.
    """
    headings = [doc.title] if doc.title else []
    headings += [s.heading for s in doc.sections if s.level == 1 and s.heading != doc.title]
    # A title that is a slogan ("Our commitment to you") may be followed by the name.
    later = [s.heading for s in doc.sections[:3] if s.heading and s.heading not in headings]
    return classify_page(
        doc.text,
        title or doc.title,
        url,
        headings=headings[:2],
        language=doc.language,
        site_name=site_name,
        later_headings=later[:2],
        numbered_sections=sum(1 for s in doc.sections if s.heading and number_of(s.heading)),
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
    if path.decoy or path.section_decoy:
        evidence.append(f"URL has decoy word {path.decoy or path.section_decoy!r}")
    if hits:
        top = ", ".join(f"{cue} ×{n}" for cue, n in hits.most_common(4))
        evidence.append(f"{len(hits)} {best} terms in the text ({top})")
    if length < 1.0:
        evidence.append(f"short for a document ({words} words)")
    return evidence
