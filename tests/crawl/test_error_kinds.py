"""A failed request's kind comes from its exception's type, never from its wording.

The old code searched the message for words ("timeout", "dns", "connection"),
so a host named ``timeout-status.example`` that did not resolve was stored as
a timeout. Each case here has a message that would mislead a word search.
"""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet import error as tx
from twisted.python.failure import Failure

from policywatch.core.model import FetchResult
from policywatch.core.vocabulary import ErrorKind, Outcome
from policywatch.crawler.errors import error_kind
from policywatch.crawler.middlewares import RefusedAddress, UnresolvedHost
from policywatch.crawler.robots import RobotsDisallowed
from policywatch.recorder import History, decide
from policywatch.recorder.decision import VersionRef

CASES = [
    (tx.DNSLookupError("no results for hostname lookup: timeout-status.example"), "dns"),
    (CannotResolveHostError("connection-refused.example"), "dns"),
    (UnresolvedHost("could not resolve refused.example"), "dns"),  # the address guard's
    (DownloadTimeoutError("Getting https://dns.example/connection: over 30 s"), "timeout"),
    (tx.ConnectionRefusedError("robots.txt"), "connection_refused"),
    (tx.ConnectionLost("timed out, maybe"), "connection"),
    (ResponseDataLossError(), "truncated"),
    (DownloadCancelledError("Cancelled"), "too_large"),
    (RobotsDisallowed("the dns of this site"), "robots"),
    (RefusedAddress("refused to fetch http://10.0.0.1/: a timeout page"), "refused_address"),
    (ValueError("timeout dns connection robots.txt"), "error"),
]  # fmt: skip


@pytest.mark.parametrize(("error", "kind"), CASES, ids=[type(e).__name__ for e, _ in CASES])
def test_kind_from_the_exception_type(error: BaseException, kind: str) -> None:
    assert error_kind(Failure(error)) == ErrorKind(kind)


def test_scrapy_refusals_told_apart_by_cause_and_state() -> None:
    from scrapy.utils._compression import _DecompressionMaxSizeExceeded

    try:
        try:
            raise _DecompressionMaxSizeExceeded("inflated", 10**9)
        except _DecompressionMaxSizeExceeded as inner:
            raise IgnoreRequest("Ignored response: exceeded DOWNLOAD_MAXSIZE") from inner
    except IgnoreRequest as exc:
        assert error_kind(Failure(exc)) == ErrorKind.TOO_LARGE
    redirected = Failure(IgnoreRequest("max redirections reached"))
    redirected.request = Request("https://a.example/", meta={"redirect_times": 5})  # type: ignore[attr-defined]
    assert error_kind(redirected, max_redirects=5) == ErrorKind.REDIRECTS
    assert error_kind(Failure(IgnoreRequest("redirect to timeout"))) == ErrorKind.ERROR


def test_the_recorder_stores_the_kind_it_is_given() -> None:
    result = FetchResult(
        1, "https://timeout.example/", "2026-01-01T00:00:00Z", error="DNS lookup failed",
        error_kind="dns",
    )  # fmt: skip
    decision = decide(result, History(document_id=1))
    # A URL that never worked and has no such host is broken, with the same code.
    assert decision.outcome == Outcome.BROKEN_URL and decision.code == "dns"
    fetched_before = History(document_id=1, current=VersionRef(1, "hash"))
    decision = decide(result, fetched_before)
    assert decision.outcome == Outcome.ERROR and decision.code == "dns"
    unknown = FetchResult(1, "https://timeout.example/", "2026-01-01T00:00:00Z", error="timeout")
    assert decide(unknown, History(document_id=1)).code == "error"  # no guessing from words
