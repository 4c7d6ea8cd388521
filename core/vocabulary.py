"""The project's words, defined once: fetch outcomes, verdicts, reason codes, health.

Python code compares against these enums; the SQL views and canned queries
that need the same rules (``document_status``, ``failing_or_stale_documents``,
the home page's count, ``crawl_targets``) are generated from them in
:mod:`policywatch.db.health`, so no copy can drift::

    >>> Outcome.RETURNED.healthy
    True
    >>> healthy("http_error")
    False
    >>> DEFAULT_THRESHOLDS.stale_after
    3
    >>> facts = DocumentFacts(interval_seconds=86400, created_at="2025-01-01T00:00:00Z",
    ...                       last_attempt="2025-01-09T00:00:00Z", last_success=None)
    >>> flags(facts, now=parse_time("2025-01-10T00:00:00Z"))
    ['stale', 'never_succeeded']
    >>> needs_attention(["stale"], ignored=["stale"])
    False

Everything here is pure: no SQLite, no Scrapy, no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import SplitResult, urlsplit


class Outcome(StrEnum):
    """What one fetch came to, as stored in ``fetches.outcome``."""

    NEW_VERSION = "new_version"
    UNCHANGED = "unchanged"  # same bytes or same text as the current version
    NOT_MODIFIED = "not_modified"  # HTTP 304 to our conditional request
    RETURNED = "returned"  # back to one of the document's recent versions (A/B, geo)
    ERROR = "error"  # no HTTP answer (timeout, DNS, refused, robots.txt, ...)
    HTTP_ERROR = "http_error"  # an HTTP error status
    SUSPECT = "suspect"  # an answer the guard would not take as a version
    REMOVED = "removed"  # 404/410 several times in a row: reported once
    BLOCKED = "blocked"  # a bot challenge or bot wall answered instead of the page
    BROKEN_URL = "broken_url"  # 404/410, DNS or TLS failure of a URL that never worked
    NOT_A_POLICY = "not_a_policy"  # the page does not read as a document of its declared type

    @property
    def healthy(self) -> bool:
        """The page was fetched and read correctly (whether or not it changed)."""
        return self in HEALTHY_OUTCOMES


# The one definition of "healthy": the SQL views are generated from it.
HEALTHY_OUTCOMES: frozenset[Outcome] = frozenset(
    {Outcome.NEW_VERSION, Outcome.UNCHANGED, Outcome.NOT_MODIFIED, Outcome.RETURNED}
)


def healthy(outcome: str | None) -> bool:
    """Whether a stored outcome (a plain string from the database) is healthy."""
    return outcome in HEALTHY_OUTCOMES


class Verdict(StrEnum):
    """How much a change matters, as stored in ``changes.verdict``."""

    UNCHANGED = "unchanged"
    COSMETIC = "cosmetic"
    EDITORIAL = "editorial"
    MATERIAL = "material"
    SUSPECT = "suspect"


# Verdicts that describe a real change of the document, lowest first.
CHANGE_VERDICTS: tuple[Verdict, ...] = (Verdict.COSMETIC, Verdict.EDITORIAL, Verdict.MATERIAL)


class ErrorKind(StrEnum):
    """Why a request got no usable HTTP answer: ``fetches.reason_code`` of an ``error``.

    The crawler decides the kind from the exception's *type* (see
    :mod:`policywatch.crawler.errors`) and carries it on the FetchResult.
    """

    ROBOTS = "robots"  # disallowed by the site's robots.txt (or robots.txt 5xx)
    REFUSED_ADDRESS = "refused_address"  # private / loopback address, not allowed
    TIMEOUT = "timeout"
    REDIRECTS = "redirects"  # too many redirects
    TOO_LARGE = "too_large"  # larger than DOWNLOAD_MAXSIZE (also once decompressed)
    TRUNCATED = "truncated"  # shorter than its Content-Length
    DNS = "dns"  # the host name does not resolve
    CONNECTION_REFUSED = "connection_refused"
    CONNECTION = "connection"  # reset, lost or failed otherwise
    TLS = "tls"  # the TLS handshake failed (no HTTPS there, or a broken certificate)
    NO_BROWSER = "no_browser"  # 'render: browser' without Chromium installed
    ERROR = "error"  # anything else


# Failures that say the URL itself is wrong when it never worked (a typo, a
# host that does not exist): ``broken_url``, "fix the URL".
BROKEN_URL_KINDS: frozenset[ErrorKind] = frozenset({ErrorKind.DNS, ErrorKind.TLS})


class ReasonCode(StrEnum):
    """The recorder's own ``fetches.reason_code`` values (the guard names its own)."""

    GONE = "gone"  # 404/410: removed, or still removed
    NOT_FOUND = "not_found"  # 404/410 of a URL that never worked: broken_url
    UNREADABLE = "unreadable"  # extraction could not make text of the body
    EXTRACTION = "extraction"  # extraction found the text suspect
    INTERNAL_ERROR = "internal_error"  # a bug in policywatch while reading the page
    NOT_A_POLICY = "not_a_policy"  # the page reads as another type or no legal document

    @staticmethod
    def http(status: int) -> str:
        """``http_503`` for an HTTP error status that is not (yet) a removal."""
        return f"http_{status}"


class Render(StrEnum):
    """How a document is fetched (``render:`` in the vendors file, ``fetches.render``).

    ``auto`` (the default) fetches plainly and renders in the browser only
    when the plain page needs it (an app shell, too little text for its type,
    a bot challenge a browser may pass); a fetch records which one it used.
    """

    HTTP = "http"
    BROWSER = "browser"
    AUTO = "auto"


DEFAULT_RENDER = Render.AUTO


# HTTP statuses that say the document is gone (several in a row: removed).
GONE_STATUSES: tuple[int, ...] = (404, 410)
# A 404/410 this many times in a row is reported as removed, once.
REMOVED_AFTER = 3


class Rediscover(StrEnum):
    """Why the crawl looks for a document again on its vendor's site (``rediscoveries.trigger``).

    The recorder's decision names it (:mod:`policywatch.recorder.decide`); the
    crawl then runs discovery for the document's type on the vendor's domain,
    at most once per document every ``rediscover_days``.
    """

    GONE = "gone"  # 404/410 REMOVED_AFTER times in a row: removed, or still removed
    HOME_REDIRECT = "home_redirect"  # the URL now leads to the site's home page


class Rediscovered(StrEnum):
    """What one rediscovery came to (``rediscoveries.outcome``); ``found`` flags ``moved``."""

    FOUND = "found"  # a document of the type at another URL
    SAME_URL = "same_url"  # the best one is the watched URL itself: nothing moved
    NOT_FOUND = "not_found"
    FAILED = "failed"  # the site could not be read


# At most one rediscovery per document in this many days (``crawl: rediscover_days``).
REDISCOVER_EVERY_DAYS = 7


class Flag(StrEnum):
    """Why ``policywatch status`` (and the web's "needing attention") flags a document."""

    STALE = "stale"
    FAILING = "failing"
    SUSPECT = "suspect"
    REMOVED = "removed"
    MOVED = "moved"
    OUTDATED = "outdated"
    NEVER_FETCHED = "never_fetched"
    NEVER_SUCCEEDED = "never_succeeded"
    BLOCKED = "blocked"
    BROKEN_URL = "broken_url"
    REDIRECTED = "redirected"
    NOT_A_POLICY = "not_a_policy"

    @property
    def help(self) -> str:
        return FLAG_HELP[self]


FLAG_HELP: dict[Flag, str] = {
    Flag.STALE: "no successful fetch in --stale-after intervals",
    Flag.FAILING: "--failing-after failed fetches in a row",
    Flag.SUSPECT: "the same suspect page (login wall, captcha, ...) --suspect-after times in a row",
    Flag.REMOVED: "the URL answers 404/410: the document was removed",
    Flag.MOVED: "the URL is gone or leads to the home page, and the site has the document"
    " at another URL (moved_to): 'policywatch vendors move ID URL' after checking it",
    Flag.OUTDATED: "the date the document states is more than 12 months old (CCPA: yearly)",
    Flag.NEVER_FETCHED: "not fetched yet",
    Flag.NEVER_SUCCEEDED: "fetched, but never successfully: no version stored yet",
    Flag.BLOCKED: "a bot challenge or bot wall answered: try 'render: browser' for it",
    Flag.BROKEN_URL: "the URL never worked (404/410, no such host, TLS failure): fix the URL",
    Flag.REDIRECTED: "the URL redirects to another path or host: check the new page is the"
    " document and update the URL",
    Flag.NOT_A_POLICY: "the page does not read as a document of its type (a product page,"
    " another document): fix the URL, or 'policywatch crawl --accept-change' if it is one",
}

# Flags read off the latest fetch's outcome: raised while it is that outcome.
OUTCOME_FLAGS: dict[Flag, Outcome] = {
    Flag.BLOCKED: Outcome.BLOCKED,
    Flag.BROKEN_URL: Outcome.BROKEN_URL,
    Flag.NOT_A_POLICY: Outcome.NOT_A_POLICY,
}


@dataclass(frozen=True)
class Thresholds:
    """When a flag is raised. The views use the defaults; ``status`` takes options."""

    stale_after: int = 3  # intervals without a healthy fetch
    failing_after: int = 3  # failed fetches in a row
    suspect_after: int = 3  # the same suspect reason in a row
    outdated_days: int = 365  # age of the stated date


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class DocumentFacts:
    """What the health flags of one document are computed from.

    ``last_success`` is the start of its latest healthy fetch; ``failures``
    the fetches since then; ``suspect_streak`` how many of the latest fetches
    in a row were suspect for the same reason.
    """

    interval_seconds: int
    created_at: str | None
    last_attempt: str | None
    last_success: str | None
    failures: int = 0
    suspect_streak: int = 0
    removed_at: str | None = None
    stated_date: str | None = None
    # The URL the latest rediscovery found the document at, while it still fails.
    moved_to: str | None = None
    last_outcome: str | None = None
    redirected_to: str | None = None  # where the latest fetch ended, if another page


def redirect_target(url: str, final_url: str | None) -> str | None:
    """``final_url`` when a fetch of ``url`` ended on another path or host, else None.

    The scheme, a ``www.`` prefix, a trailing slash, the query and the
    fragment do not make another page::

        >>> redirect_target("http://acme.example/privacy", "https://www.acme.example/privacy/")
        >>> redirect_target("https://acme.example/privacy", "https://acme.example/legal/privacy")
        'https://acme.example/legal/privacy'
    """
    if not final_url or final_url == url:
        return None
    asked, ended = urlsplit(url), urlsplit(final_url)

    def page(parts: SplitResult) -> tuple[str, str]:
        host = (parts.hostname or "").removeprefix("www.")
        return host, parts.path.rstrip("/") or "/"

    return final_url if page(asked) != page(ended) else None


def parse_time(value: str | None) -> dt.datetime | None:
    """Our ISO 8601 UTC timestamps (``...Z``) or a stated ``YYYY-MM[-DD]`` date.

    A month-only date is read as the 28th of that month, the kindest reading
    that exists in every month (the SQL views read it the same way).
    """
    if not value:
        return None
    text = value.rstrip("Z")
    if len(text) == 7:
        text += "-28"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed


def is_stale(facts: DocumentFacts, now: dt.datetime, after: int) -> bool:
    """Fetched at least once, and no healthy fetch within ``after`` intervals.

    Until its first success the document counts from when it was added.
    """
    if facts.last_attempt is None:
        return False
    since = parse_time(facts.last_success) or parse_time(facts.created_at)
    window = dt.timedelta(seconds=(facts.interval_seconds or 86400) * after)
    return since is None or now - since > window


def flags(
    facts: DocumentFacts, *, now: dt.datetime, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> list[str]:
    """The flags of one document, in :class:`Flag` order."""
    raised = {
        Flag.STALE: is_stale(facts, now, thresholds.stale_after),
        Flag.FAILING: facts.failures >= thresholds.failing_after and not facts.removed_at,
        Flag.SUSPECT: facts.suspect_streak >= thresholds.suspect_after,
        Flag.REMOVED: bool(facts.removed_at),
        Flag.MOVED: bool(facts.moved_to),
        Flag.OUTDATED: _older_than(facts.stated_date, now, thresholds.outdated_days),
        Flag.NEVER_FETCHED: facts.last_attempt is None,
        Flag.NEVER_SUCCEEDED: facts.last_attempt is not None and facts.last_success is None,
        **{flag: facts.last_outcome == outcome for flag, outcome in OUTCOME_FLAGS.items()},
        Flag.REDIRECTED: bool(facts.redirected_to),
    }
    return [str(flag) for flag in Flag if raised[flag]]


def _older_than(value: str | None, now: dt.datetime, days: int) -> bool:
    stated = parse_time(value)
    return stated is not None and now - stated > dt.timedelta(days=days)


def needs_attention(raised: Iterable[str], ignored: Iterable[str] = ()) -> bool:
    """A document needs a person when it has a flag that is not ignored."""
    return bool(set(raised) - set(ignored))
