"""The guard: is a fetched page really the document, or something in its place?

Pure logic (no Scrapy, no SQL). The recorder calls :func:`check` after
extraction and before it records a version; a suspect page is stored as a
fetch with its reason, never as a version::

    >>> page = Page(url="https://x.example/privacy", text="Just a moment...",
    ...             title="Just a moment...", body=b"<div id='challenge-platform'>")
    >>> check(page).code
    'captcha'
    >>> check(Page(url="https://x.example/privacy", text="We keep data. " * 50)).ok
    True

This is the one usability gate. The crawl calls it before a version is
recorded, and ``policywatch diff`` calls it before two documents are
compared (:meth:`Page.of` and :meth:`Previous.of` build its inputs from
extracted documents); the diff engine has no gate of its own. Extraction's
own reasons (binary, too large, an unreadable PDF) arrive through
``Page.unusable`` and its text thresholds are this module's ``DEFAULT``.

Two kinds of check. *Absolute* ones look at the page alone: empty text, an
interstitial page (login wall, bot challenge, "access denied", soft 404, CDN
error) or undecodable text. *Relative* ones compare with the version the
document showed before: a truncated download, most of the text gone, a
redirect to another page or a text unrelated to the previous one, another
language (bokmål and nynorsk are one language here), broken characters.
Nothing is flagged for being a large change: a rewrite of the same
document shares its phrases and its language, and that is what is checked.
A person who has checked a flagged document can waive the relative checks
(``policywatch crawl --accept-change``); the absolute ones always apply.

Thresholds were set against the real version histories in
``../shared/corpus/dev`` (153 versions, none of which may be flagged): real
rewrites keep at least 35 % of the previous length, and a shorter real
version never consists mostly of the previous text.

The absolute and relative checks share the page, policy, verdict and codes
and read as one gate. How much two texts share is measured in
:mod:`.phrase_overlap`; the interstitial phrases it looks for are data in
:mod:`policywatch.core.lexicon.interstitials`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from policywatch.core.lexicon import interstitials
from policywatch.core.lexicon.tokens import WORD
from policywatch.extract.language import base_language, confident_language, same_language
from policywatch.extract.phrase_overlap import containment, phrase_overlap

if TYPE_CHECKING:
    from policywatch.core.model import ExtractedDocument

# Codes stored in fetches.reason_code; status counts repeats of the same code.
OK = "ok"
EMPTY = "empty"
LOGIN_WALL = "login_wall"
CAPTCHA = "captcha"
ACCESS_DENIED = "access_denied"
SOFT_404 = "soft_404"
ERROR_PAGE = "error_page"
UNDECODABLE = "undecodable"
TRUNCATED = "truncated"
LOST_TEXT = "lost_text"
WRONG_DOCUMENT = "wrong_document"
LANGUAGE_SWITCH = "language_switch"
MOJIBAKE = "mojibake"
UNREADABLE = "unreadable"

# The interstitials that are a bot wall: the crawl records them as ``blocked``
# (a browser may pass a challenge; a person may have to ask the vendor).
BLOCKING = frozenset({CAPTCHA, ACCESS_DENIED})


@dataclass(frozen=True)
class Policy:
    """Thresholds; the defaults are the calibrated ones."""

    min_words: int = 20  # fewer words than this is not a policy at all
    interstitial_words: int = 300  # markers only count on pages shorter than this
    truncated_share: float = 0.5  # shorter than this share of the previous text ...
    truncated_containment: float = 0.8  # ... and made of it: a truncated download
    lost_share: float = 0.25  # shorter than this share of the previous text: lost
    redirect_overlap: float = 0.25  # redirected and sharing less than this: wrong page
    # Not redirected, yet sharing less than this of its 3-word phrases in either
    # direction: another document. Real versions in the dev corpus share >= 29 %
    # (a full rewrite, a PDF whose spaces were lost); 1,390 of 1,406 pairs of two
    # different tuned-on documents in one language share less.
    unrelated_overlap: float = 0.12
    # One title is the other with a qualifier ("Privacy notice (members' area)") and
    # the texts share less than this of their phrases in both directions: another
    # variant of the page, served in turn. Real versions of the dev corpus that
    # rewrote most of the text still keep >= 46 % one way (the tune part; a
    # variant pair there shares 26 %).
    variant_overlap: float = 0.35
    language_min_words: int = 60
    language_confidence: float = 0.9
    mojibake_per_1000: float = 1.0
    replacement_share: float = 0.005


DEFAULT = Policy()


@dataclass(frozen=True)
class Page:
    """What was fetched: addresses, raw body (for markup markers) and extracted text."""

    url: str
    text: str
    final_url: str | None = None
    title: str | None = None
    language: str | None = None
    body: bytes = b""
    # Why extraction could not read the body at all (binary, too large, a PDF
    # without text); None when it could.
    unusable: str | None = None

    @classmethod
    def of(cls, doc: ExtractedDocument, url: str, **fetched: str | bytes | None) -> Page:
        """The page an extracted document came from (``final_url``, ``body`` if known)."""
        return cls(
            url=url,
            text=doc.text,
            title=doc.title,
            language=doc.language,
            unusable=doc.suspect,
            **fetched,  # type: ignore[arg-type]
        )


@dataclass(frozen=True)
class Previous:
    """The version the document showed before (its text; its language and title if known)."""

    text: str
    language: str | None = None
    unusable: str | None = None
    title: str | None = None

    @classmethod
    def of(cls, doc: ExtractedDocument) -> Previous:
        return cls(doc.text, doc.language, doc.suspect, doc.title)


@dataclass(frozen=True)
class Verdict:
    code: str
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.code == OK


def _phrases(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


# Interstitial pages, by what they say (text or title) and by their markup;
# the phrases are data in core/lexicon/interstitials.py. Privacy policies
# mention "reCAPTCHA", "log in" and "access" in passing, so these only count
# on short pages (see Policy.interstitial_words).
_TEXT_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    (CAPTCHA, _phrases(*interstitials.CHALLENGE)),
    (LOGIN_WALL, _phrases(*interstitials.LOGIN_WALL)),
    (ACCESS_DENIED, _phrases(*interstitials.ACCESS_DENIED)),
    (SOFT_404, _phrases(*interstitials.NOT_FOUND)),
    (ERROR_PAGE, _phrases(*interstitials.SERVER_ERROR)),
]
_MARKUP_MARKERS: list[tuple[str, re.Pattern[bytes]]] = [
    (CAPTCHA, re.compile(interstitials.CHALLENGE_MARKUP, re.IGNORECASE)),
    (LOGIN_WALL, re.compile(rb"<input[^>]+type\s*=\s*[\"']?password", re.IGNORECASE)),
]
_LOGIN_WORDS = re.compile(interstitials.LOGIN_WORDS, re.IGNORECASE)
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac")


def check(page: Page, previous: Previous | None = None, *, policy: Policy = DEFAULT) -> Verdict:
    """Classify one fetched page as ok or suspect (with a code and a reason)."""
    verdict = check_page(page, policy=policy)
    if verdict.ok and previous is not None:
        verdict = check_against(page, previous, policy=policy)
    return verdict


def check_page(page: Page, *, policy: Policy = DEFAULT) -> Verdict:
    """The absolute checks: the page alone."""
    if page.unusable and not page.text.strip():
        return Verdict(UNREADABLE, f"not readable as a document: {page.unusable}")
    words = _count_words(page.text, policy)
    interstitial = _interstitial(page, words, policy)
    if interstitial is not None:
        return interstitial
    if words < policy.min_words:
        return Verdict(EMPTY, f"empty or near-empty text ({words} words)")
    bad = page.text.count("\ufffd")
    if bad > policy.replacement_share * len(page.text):
        return Verdict(UNDECODABLE, f"undecodable text ({bad} replacement characters)")
    if _mojibake_rate(page.text) > 2 * policy.mojibake_per_1000:
        return Verdict(MOJIBAKE, "broken characters (text decoded with the wrong charset)")
    if is_home_redirect(page):
        return Verdict(
            WRONG_DOCUMENT, f"redirected to the site's home page {page.final_url}, not the document"
        )
    return Verdict(OK)


def blocked(page: Page, *, policy: Policy = DEFAULT) -> Verdict | None:
    """A bot challenge or bot wall in place of the page (whatever its HTTP status), or None.

    Checked on error answers too (a 403 or 503 challenge): the crawl records
    these as ``blocked``, not as the site being down. Its codes are
    :data:`BLOCKING`.
    """
    verdict = _interstitial(page, _count_words(page.text, policy), policy)
    return verdict if verdict is not None and verdict.code in BLOCKING else None


def _count_words(text: str, policy: Policy) -> int:
    # Only "fewer than N words?" is asked: stop counting at the larger N.
    limit = max(policy.interstitial_words, policy.min_words)
    return sum(1 for _ in islice(WORD.finditer(text), limit))


def _interstitial(page: Page, words: int, policy: Policy) -> Verdict | None:
    """A login wall, bot challenge, 'access denied', soft 404 or error page, by its
    title, or by its text or markup on a short page."""
    short = words < policy.interstitial_words
    title = page.title or ""
    for code, pattern in _TEXT_MARKERS:
        match = pattern.search(title) or (pattern.search(page.text) if short else None)
        if match:
            return Verdict(code, f"{_LABEL[code]}: the page says {match.group(0)!r}")
    if short and page.body:
        for code, raw in _MARKUP_MARKERS:
            found = raw.search(page.body)
            # A password box in a page header is common; a login wall also says so.
            if code == LOGIN_WALL and found and not _LOGIN_WORDS.search(f"{title} {page.text}"):
                found = None
            if found:
                marker = found.group(0).decode("latin-1")
                return Verdict(code, f"{_LABEL[code]}: its markup has {marker!r}")
    return None


def check_against(page: Page, previous: Previous, *, policy: Policy = DEFAULT) -> Verdict:
    """The relative checks: the page against the version the document showed before."""
    new, old = WORD.findall(page.text.lower()), WORD.findall(previous.text.lower())
    if len(old) < policy.min_words:
        # The crawl never records such a version; an ad hoc comparison can be given one.
        why = previous.unusable or f"{len(old)} words"
        return Verdict(EMPTY, f"the previous version has no text to compare with ({why})")
    share = len(new) / len(old)
    copied = containment(new, old)
    if share < policy.truncated_share and copied >= policy.truncated_containment:
        return Verdict(
            TRUNCATED,
            f"text lost most of the previous version: {len(new)} of {len(old)} words remain,"
            f" {copied:.0%} of them copied from it (a truncated download?)",
        )
    redirected = page.final_url and _strip(page.final_url) != _strip(page.url)
    if redirected and copied < policy.redirect_overlap:
        return Verdict(
            WRONG_DOCUMENT,
            f"redirected to {page.final_url}, whose text shares {copied:.0%} with the"
            " previous version (another page?)",
        )
    if share < policy.lost_share:
        return Verdict(
            LOST_TEXT,
            f"text lost most of the previous version: {len(new)} words now, {len(old)} before",
        )
    switched = _language_switch(page, previous, new, old, policy)
    if switched:
        return Verdict(LANGUAGE_SWITCH, switched)
    unrelated = _unrelated(new, old, policy) or _variant(page, previous, new, old, policy)
    if unrelated:
        return Verdict(WRONG_DOCUMENT, unrelated)
    old_rate, new_rate = _mojibake_rate(previous.text), _mojibake_rate(page.text)
    if new_rate > policy.mojibake_per_1000 and new_rate > 5 * old_rate:
        return Verdict(MOJIBAKE, "broken characters (text decoded with the wrong charset)")
    return Verdict(OK)


_LABEL = {
    CAPTCHA: "a captcha or bot challenge",
    LOGIN_WALL: "a login wall",
    ACCESS_DENIED: "an 'access denied' page",
    SOFT_404: "a 'not found' page served with HTTP 200 (soft 404)",
    ERROR_PAGE: "a server or CDN error page",
}


def _unrelated(new: list[str], old: list[str], policy: Policy) -> str | None:
    """Another document altogether: almost no phrase in common, in either direction."""
    overlap = phrase_overlap(new, old, policy.min_words)
    if overlap is None or overlap >= policy.unrelated_overlap:
        return None
    return (
        f"the text shares {overlap:.0%} of its phrases with the previous version:"
        " another document, not a new version of this one"
    )


def _variant(
    page: Page, previous: Previous, new: list[str], old: list[str], policy: Policy
) -> str | None:
    """Another variant of the page served in place of this one (the members' notice for
    the public one): its title is this one's with a qualifier added or dropped, and the
    two texts share little in either direction (a rewrite keeps much of one in the other).

    >>> old = Previous("alpha beta gamma delta " * 40, title="Privacy notice")
    >>> new = Page(url="u", text="epsilon zeta eta theta " * 40, title="Privacy notice (members)")
    >>> _variant(new, old, new.text.split(), old.text.split(), DEFAULT) is not None
    True
    """
    qualifier = _qualified(previous.title, page.title) or _qualified(page.title, previous.title)
    if not qualifier:
        return None
    overlap = phrase_overlap(new, old)
    if overlap is None or overlap >= policy.variant_overlap:
        return None
    return (
        f"the title names another variant of the page ({qualifier!r}) and the text shares"
        f" {overlap:.0%} of its phrases with the previous version: not a new version of it"
    )


# A title's qualifier: set off by brackets, a dash, a colon or a vertical bar.
_QUALIFIER = re.compile(r"^\s*(?:\((.+)\)|\[(.+)\]|[-–—:|]\s*(.+))\s*$")


def _qualified(base: str | None, title: str | None) -> str | None:
    """The qualifier ``title`` adds to ``base`` ("Terms (EU)" to "Terms": "EU"), if any."""
    if not base or not title:
        return None
    b, t = " ".join(base.split()), " ".join(title.split())
    if len(t) <= len(b) or t[: len(b)].casefold() != b.casefold():
        return None
    m = _QUALIFIER.match(t[len(b) :])
    return next((g for g in m.groups() if g), None) if m else None


def _mojibake_rate(text: str) -> float:
    """UTF-8 read as Latin-1 ("Ã¸", "â€™"), per 1000 characters."""
    if "\u00c2" not in text and "\u00c3" not in text and "\u00e2" not in text:
        return 0.0  # the usual case, found by three C-speed scans
    return 1000 * len(_MOJIBAKE.findall(text)) / max(len(text), 1)


def _strip(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}"


def is_home_redirect(page: Page) -> bool:
    """Whether the fetch of a document's URL ended on its site's home page (the
    document moved or was removed; the recorder asks for a rediscovery)."""
    if not page.final_url or _strip(page.final_url) == _strip(page.url):
        return False
    final, asked = urlsplit(page.final_url), urlsplit(page.url)
    home = final.path.strip("/").lower() in ("", "index.html", "index.php", "home", "en", "de")
    return home and asked.path.strip("/") != ""


def _language_switch(
    page: Page, previous: Previous, new: list[str], old: list[str], policy: Policy
) -> str | None:
    if min(len(new), len(old)) < policy.language_min_words:
        return None
    # Compare like with like: the extractor's labels when both have one, else
    # detect both (same_language() takes "nb", "nn" and "no" as one language).
    before, after = base_language(previous.language), base_language(page.language)
    if not (before and after):
        before = confident_language(previous.text, policy.language_confidence)
        after = confident_language(page.text, policy.language_confidence)
    if before and after and not same_language(before, after):
        return f"language switched from {before} to {after} (a geo or cookie redirect?)"
    return None
