"""Is it a policy? The one rule that keeps a page out of the versions when it does not
read as a document of its declared type (issue 16).

    >>> from policywatch.extract import extract
    >>> page = b"<title>Pricing | Acme</title><h1>Pricing</h1><p>Starter: $9 a month.</p>"
    >>> doc = extract(page, "text/html", "https://acme.example/pricing")
    >>> check = check_type(doc, "privacy_policy", "https://acme.example/pricing", body=page,
    ...                    content_type="text/html")
    >>> check is not None and check.reason.startswith("does not read as a privacy policy")
    True

The judge is :func:`policywatch.extract.doctype.classify_document` (what the
page calls itself, its URL, the words its body uses); this module only says
which pages are judged (every type but ``other``), what the page reads as
instead, and what a person does about it. Where evidence is mixed it fails
open: a page that reads as a legal document of another type is taken (and
logged), only a page that reads as no legal document is refused. :func:`.decide.decide` asks it
after the guard passes and before a version is stored, on first sight and
on every new text the guard does not read as a version of the stored one (a
text that continues a document already taken is not judged again);
``crawl --accept-change`` takes the page anyway.
``benchmarks/is_policy.py`` measures this same function.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from policywatch.core.model import ExtractedDocument

LOG = logging.getLogger(__name__)

# Declared types that are never judged: the user said "some page", not a policy.
NOT_JUDGED = frozenset({"other"})
# A page that reads as no type is still taken when it is plainly a legal text: no
# decoy word names it, most of its sentences are in the legal register (the share
# that backs a title, doctype.REGISTER_BACKING) and it is longer than a banner or an
# error page (those run to tens of words; a policy to hundreds).
LEGAL_TEXT_WORDS = 150


@dataclass(frozen=True)
class NotAPolicy:
    """Why a page is not taken as a version of its declared type."""

    reads_as: str  # "a <decoy word> page" ("a 'pricing' page"), or "unknown"
    reason: str


def check_type(
    doc: ExtractedDocument,
    doc_type: str | None,
    url: str | None,
    *,
    body: bytes | None = None,
    content_type: str | None = None,
) -> NotAPolicy | None:
    """None when ``doc`` reads as a ``doc_type`` document (or the type is not judged);
    otherwise what it reads as instead. ``body`` (the fetched bytes) gives the
    HTML ``<title>``, which extraction does not keep."""
    if doc_type is None or doc_type in NOT_JUDGED:
        return None
    # Imported here: a process that only records errors never loads the classifier.
    from policywatch.extract.doctype import OTHER, classify_document

    title = _html_title(body, content_type)
    verdict = classify_document(doc, url, title=title)
    # The declared type settles which one a page that reads as several is (a privacy
    # policy with its cookie section): the page needs only to read as that one.
    if verdict.reads_as(doc_type):
        return None
    shown = title or doc.title
    if verdict.type != OTHER:
        # Fails open: a legal document of a neighbouring type (terms declared, a DPA
        # read) is taken, and what it reads as is logged; a missed version is worse for
        # a user than a page a person later finds filed under the wrong type. Refusing
        # is for pages that are clearly no legal document.
        LOG.info(
            "%s: declared a %s, reads as a %s (%s); taken",
            url, _name(doc_type), _name(verdict.type), "; ".join(verdict.evidence[:2]),
        )  # fmt: skip
        return None
    reads_as = _decoy_kind(title or doc.title, doc.language)
    if reads_as is None and _plainly_legal(doc, verdict.register):
        LOG.info("%s: declared a %s, reads as a legal text of no known type; taken", url,
                 _name(doc_type))  # fmt: skip
        return None
    reads_as = reads_as or "unknown"
    called = f" (titled {shown[:80]!r})" if shown else ""
    reason = (
        f"does not read as a {_name(doc_type)}: reads as {reads_as}{called};"
        " if it is the document, run 'policywatch crawl --accept-change' after checking it,"
        " else fix the URL"
    )
    return NotAPolicy(reads_as, reason)


def _plainly_legal(doc: ExtractedDocument, register: float) -> bool:
    from policywatch.extract.doctype import REGISTER_BACKING

    return register >= REGISTER_BACKING and len(doc.text.split()) >= LEGAL_TEXT_WORDS


def _name(doc_type: str) -> str:
    return {"dpa": "DPA", "subprocessors": "sub-processor list", "terms": "terms document"}.get(
        doc_type, doc_type.replace("_", " ")
    )


def _decoy_kind(title: str | None, language: str | None) -> str | None:
    """The kind of page a title's decoy word names ("a 'pricing' page"), from the cue tables."""
    if not title:
        return None
    from policywatch.core.lexicon import languages_of
    from policywatch.extract.doctype_phrases import read_phrase

    decoy = read_phrase(title[:200], languages=languages_of(language)).decoy
    return f"a '{decoy}' page" if decoy else None


def _html_title(body: bytes | None, content_type: str | None) -> str | None:
    html = "html" in (content_type or "") or (body or b"").lstrip()[:1] == b"<"
    if not body or not html:
        return None  # a PDF, Markdown, plain text: extraction's title is all there is
    from policywatch.extract.decode import decode_text
    from policywatch.extract.links import html_title

    try:
        # Decoded as extraction decodes it (the charset of the header, the meta tag or a guess).
        return html_title(decode_text(body, content_type))
    except ValueError:
        return None
