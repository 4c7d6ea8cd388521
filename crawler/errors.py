"""What kind of failure a request ended in, decided by the exception's type.

The spider's errback has the :class:`~twisted.python.failure.Failure`; it
puts :func:`error_kind` on the :class:`~policywatch.core.model.FetchResult`,
and the recorder stores it as ``fetches.reason_code``. No message is parsed:
Scrapy words its messages as it likes, but its exception types are API::

    >>> from twisted.python.failure import Failure
    >>> from scrapy.exceptions import DownloadTimeoutError
    >>> error_kind(Failure(DownloadTimeoutError("took longer than 30 s")))
    <ErrorKind.TIMEOUT: 'timeout'>
"""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet import error as tx
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from policywatch.core.vocabulary import ErrorKind
from policywatch.crawler.middlewares import RefusedAddress, UnresolvedHost
from policywatch.crawler.robots import RobotsDisallowed

try:  # the browser's own timeout (scrapy-playwright raises Playwright's errors)
    from playwright.async_api import TimeoutError as _BrowserTimeout
except ImportError:  # pragma: no cover
    _BrowserTimeout = ()  # type: ignore[assignment,misc]
try:
    from OpenSSL.SSL import Error as _OpenSSLError
except ImportError:  # pragma: no cover
    _OpenSSLError = ()  # type: ignore[assignment,misc]

try:  # what HttpCompressionMiddleware raises from when a body inflates past the limit
    from scrapy.utils._compression import _DecompressionMaxSizeExceeded as _Inflated
except ImportError:  # pragma: no cover (a later Scrapy may move it; then: ERROR)
    _Inflated = ()  # type: ignore[assignment,misc]

# In order: the first matching type decides. Our own refusals come first
# (they are IgnoreRequest too); DownloadCancelledError is only ever the size
# limit in this crawl (DOWNLOAD_MAXSIZE).
KINDS: tuple[tuple[tuple[type[BaseException], ...], ErrorKind], ...] = (
    ((RobotsDisallowed,), ErrorKind.ROBOTS),
    ((RefusedAddress,), ErrorKind.REFUSED_ADDRESS),
    (
        (DownloadTimeoutError, tx.TimeoutError, tx.TCPTimedOutError, _BrowserTimeout),
        ErrorKind.TIMEOUT,
    ),
    ((DownloadCancelledError,), ErrorKind.TOO_LARGE),
    ((ResponseDataLossError,), ErrorKind.TRUNCATED),
    ((CannotResolveHostError, tx.DNSLookupError, UnresolvedHost), ErrorKind.DNS),
    ((tx.SSLError, _OpenSSLError), ErrorKind.TLS),
    ((DownloadConnectionRefusedError, tx.ConnectionRefusedError), ErrorKind.CONNECTION_REFUSED),
    (
        (
            DownloadFailedError,
            tx.ConnectError,
            tx.ConnectionLost,
            tx.ConnectionDone,
            ResponseFailed,
            ResponseNeverReceived,
        ),
        ErrorKind.CONNECTION,
    ),
)


def error_kind(failure: Failure, *, max_redirects: int = 0) -> ErrorKind:
    """The kind of a request's failure (``max_redirects``: REDIRECT_MAX_TIMES)."""
    error = failure.value
    for types, kind in KINDS:
        if isinstance(error, types):
            if kind == ErrorKind.CONNECTION and _tls_failed(error):
                return ErrorKind.TLS
            return kind
    if isinstance(error, IgnoreRequest):
        # Scrapy's own refusals are plain IgnoreRequest: told apart by what
        # caused them, not by their wording.
        if isinstance(error.__cause__, _Inflated):
            return ErrorKind.TOO_LARGE
        request: Any = getattr(failure, "request", None)
        redirects = request.meta.get("redirect_times", 0) if request is not None else 0
        if max_redirects and redirects >= max_redirects:
            return ErrorKind.REDIRECTS
    return ErrorKind.ERROR


def _tls_failed(error: BaseException) -> bool:
    """A connection failure whose cause is the TLS handshake (Scrapy wraps Twisted's
    ResponseNeverReceived, which lists the failures that caused it)."""
    seen: list[BaseException] = []
    while error is not None and error not in seen:
        seen.append(error)
        for reason in getattr(error, "reasons", None) or ():
            if isinstance(getattr(reason, "value", None), (tx.SSLError, _OpenSSLError)):
                return True
        error = error.__cause__  # type: ignore[assignment]
    return False
