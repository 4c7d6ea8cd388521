"""The fault matrix: each misbehaviour of a vendor's site, crawled for real.

For each fault: the fetch is recorded with the expected outcome and reason,
it makes no version, no change and no alert, and the next healthy crawl is
recorded normally (the changed policy becomes a version whose change is
measured against the last real version, not against the fault).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

from tests.crawl import faulty_server as fs
from tests.crawl.conftest import (
    CRAWL_SETTINGS,
    HOOK,
    PDF,
    POLICY_A,
    POLICY_B,
    crawl,
    document_id,
    last_fetch,
    query,
    scalar,
)

LOGIN_PAGE = b"""<!DOCTYPE html><html lang="en"><head><title>Sign in - Faveo</title></head>
<body><main><h1>Sign in to continue</h1>
<form method="post" action="/login"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label>
<button type="submit">Sign in</button></form>
<p><a href="/forgot">Forgot your password?</a></p></main></body></html>"""

# The shape of a Cloudflare managed challenge.
CAPTCHA_PAGE = b"""<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper" role="main">
<div class="main-content"><h1 class="zone-name-title h1">www.faveo.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<div id="challenge-stage"></div><div id="challenge-body-text" class="core-msg spacer">
www.faveo.example needs to review the security of your connection before proceeding.</div>
</div></div><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/managed/v1"></script>
</body></html>"""

CORRUPT_PDF = PDF[:1200] + b"\x00garbage\xff" * 200


@dataclass
class Fault:
    behaviour: Callable[[str], fs.Behaviour]  # given its own path
    outcomes: tuple[str, ...]
    code: str | None = None  # expected fetches.reason_code
    reason: str | None = None  # expected words in fetches.reason
    status: int | None = None
    pdf: bool = False  # the document is a PDF (else the HTML policy)


def _cp1252(body: bytes) -> bytes:
    return body.decode("utf-8").encode("cp1252")


FAULTS = {
    "timeout": Fault(lambda _: fs.slow(8), ("error",), code="timeout"),
    "connection_reset": Fault(lambda _: fs.reset(), ("error",), code="connection"),
    "http_500": Fault(lambda _: fs.page(b"<h1>Oops</h1>", status=500), ("http_error",), status=500),
    "http_503_retry_after": Fault(
        lambda _: fs.page(b"busy", status=503, headers={"Retry-After": "1"}),
        ("http_error",),
        status=503,
        reason="retry after 1",
    ),
    "http_429": Fault(
        lambda _: fs.page(b"slow down", status=429, headers={"Retry-After": "1"}),
        ("http_error",),
        status=429,
    ),
    "redirect_loop": Fault(lambda path: fs.redirect(f"{path}-moved"), ("error",), code="redirects"),
    "redirect_to_private_address": Fault(
        lambda _: fs.redirect("http://10.11.12.13/policy"),
        ("error",),
        code="refused_address",
        reason="10.11.12.13",
    ),
    "body_30mb": Fault(lambda _: fs.huge(30 * 2**20), ("error",), code="too_large"),
    "body_30mb_no_length": Fault(
        lambda _: fs.huge(30 * 2**20, with_length=False), ("error",), code="too_large"
    ),
    "gzip_bomb": Fault(lambda _: fs.gzip_bomb(200 * 2**20), ("error",), code="too_large"),
    "truncated_body": Fault(
        lambda _: fs.lying_length(POLICY_A[:3000], len(POLICY_A)),
        ("error",),
        code="truncated",
    ),
    "cp1252_bytes_labelled_utf8": Fault(
        lambda _: fs.page(_cp1252(POLICY_A)), ("suspect", "unchanged")
    ),
    "utf8_bytes_labelled_latin1": Fault(
        lambda _: fs.page(POLICY_A, ctype="text/html; charset=iso-8859-1"),
        ("suspect", "unchanged"),
    ),
    "empty_200": Fault(lambda _: fs.page(b""), ("suspect",)),
    "login_page": Fault(lambda _: fs.page(LOGIN_PAGE), ("suspect",), code="login_wall"),
    "captcha_page": Fault(lambda _: fs.page(CAPTCHA_PAGE), ("blocked",), code="captcha"),
    "soft_404": Fault(
        lambda _: fs.page(b"<title>Page not found</title><h1>Oops! Page not found</h1>"),
        ("suspect",),
        code="soft_404",
    ),
    "half_page": Fault(
        lambda _: fs.page(POLICY_A[: len(POLICY_A) // 3] + b"</body></html>"),
        ("suspect",),
        code="truncated",
    ),
    "home_page_redirect": Fault(lambda _: fs.redirect("/"), ("suspect",)),
    "corrupt_pdf": Fault(
        lambda _: fs.page(CORRUPT_PDF, ctype="application/pdf"),
        ("suspect",),
        pdf=True,
    ),
}


@dataclass
class Matrix:
    """The fault matrix crawled once: every fault on its own document, same site."""

    server: fs.FaultyServer
    after_fault: Path  # the database right after the faulty crawl
    after_recovery: Path  # ... and after the next healthy crawl
    fault_run: subprocess.CompletedProcess[str]
    recovery_run: subprocess.CompletedProcess[str]


def _healthy_body(name: str) -> tuple[bytes, str]:
    if FAULTS[name].pdf:
        return PDF, "application/pdf"
    return POLICY_A, "text/html; charset=utf-8"


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    folder = tmp_path_factory.mktemp("matrix")
    with fs.FaultyServer() as server:
        documents = []
        for name in FAULTS:
            body, ctype = _healthy_body(name)
            server.route(f"/{name}", fs.page(body, ctype=ctype))
            documents.append({"url": server.url(f"/{name}")})
        vendors = folder / "vendors.yaml"
        vendors.write_text(
            json.dumps(
                {
                    "vendors": [{"name": "Faveo", "slug": "faveo", "documents": documents}],
                    "crawl": CRAWL_SETTINGS,
                    "alerts": [HOOK],
                }
            )
        )
        db = folder / "policywatch.db"
        first = crawl(db, vendors)
        assert first.returncode == 0, first.stdout + first.stderr
        assert scalar(db, "select count(*) from versions") == len(FAULTS)

        server.route("/", fs.page(b"<h1>Faveo</h1>" + b"<p>Helpdesk software for teams.</p>" * 30))
        server.route("/redirect_loop-moved", fs.redirect("/redirect_loop"))
        for name, fault in FAULTS.items():
            server.route(f"/{name}", fault.behaviour(f"/{name}"))
        fault_run = crawl(db, vendors)
        after_fault = folder / "after-fault.db"
        sqlite_utils.Database(db).execute(f"vacuum into '{after_fault}'")

        # The next healthy crawl: the HTML policies changed meanwhile.
        for name in FAULTS:
            body, ctype = _healthy_body(name)
            server.route(f"/{name}", fs.page(body if FAULTS[name].pdf else POLICY_B, ctype=ctype))
        recovery_run = crawl(db, vendors)
        yield Matrix(server, after_fault, db, fault_run, recovery_run)


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_fault_is_recorded_as_a_fetch_never_as_a_version(name, matrix):
    fault = FAULTS[name]
    db = matrix.after_fault
    doc = document_id(db, f"/{name}")
    fetch = last_fetch(db, doc)
    assert fetch["outcome"] in fault.outcomes, fetch
    if fault.code:
        assert fetch["reason_code"] == fault.code, fetch
    if fault.reason:
        assert fault.reason in (fetch["reason"] or ""), fetch
    if fault.status:
        assert fetch["status"] == fault.status, fetch
    if fetch["outcome"] != "unchanged":
        # Reported in the crawl's output (cron mails it) and in the exit code.
        assert f"/{name}: {fetch['outcome']}" in matrix.fault_run.stderr
        assert matrix.fault_run.returncode == 1
    assert scalar(db, "select count(*) from versions where document_id = ?", [doc]) == 1
    assert scalar(db, "select count(*) from changes where document_id = ?", [doc]) == 0
    assert scalar(db, "select count(*) from alerts") == 0

    # The next healthy crawl is recorded normally, against the last real version.
    db = matrix.after_recovery
    assert matrix.recovery_run.returncode == 0, matrix.recovery_run.stderr
    last = last_fetch(db, doc)
    changes = query(db, "select * from changes where document_id = ?", [doc])
    if fault.pdf:
        assert last["outcome"] == "unchanged" and not changes
        return
    assert last["outcome"] == "new_version"
    assert len(changes) == 1
    old = query(db, "select * from versions where id = ?", [changes[0]["old_version_id"]])[0]
    assert old["number"] == 1
    alerts = query(db, "select * from alerts where change_id = ?", [changes[0]["id"]])
    assert [a["channel"] for a in alerts] == ["hook"]


def test_retry_after_is_honoured_then_the_page_is_recorded(setup):
    server, db, vendors = setup
    server.route(
        "/policy",
        fs.sequence(fs.page(b"busy", status=503, headers={"Retry-After": "2"}), fs.page(POLICY_B)),
    )
    result = crawl(db, vendors)
    assert result.returncode == 0, result.stderr
    hits = [t for t, _ in server.hits("/policy")]
    assert len(hits) == 2 and hits[1] - hits[0] >= 1.9
    fetch = query(db, "select * from fetches order by id desc limit 2")
    assert {f["outcome"] for f in fetch} == {"new_version", "unchanged"}


def test_retry_after_longer_than_the_maximum_is_not_waited_for(setup):
    server, db, vendors = setup
    server.route("/policy", fs.page(b"busy", status=503, headers={"Retry-After": "3600"}))
    crawl(db, vendors)
    assert len(server.hits("/policy")) == 1  # no immediate retry against the server's wish
    fetch = query(db, "select * from fetches where url like '%/policy' order by id desc")[0]
    assert fetch["outcome"] == "http_error" and "3600" in fetch["reason"]


def test_robots_txt_answering_500_means_disallow(setup):
    server, db, vendors = setup
    server.route("/robots.txt", fs.page(b"<h1>Internal Server Error</h1>", status=500))
    result = crawl(db, vendors)
    assert result.returncode == 1
    assert server.hits("/robots.txt")
    assert not server.hits("/policy") and not server.hits("/terms.pdf")
    fetches = query(db, "select * from fetches order by id desc limit 2")
    assert {f["reason_code"] for f in fetches} == {"robots"}
    assert all("RFC 9309" in f["reason"] for f in fetches)
    assert scalar(db, "select count(*) from versions") == 2
    # robots.txt answers again: crawled normally.
    server.route("/robots.txt", fs.page(b"User-agent: *\nAllow: /\n", ctype="text/plain"))
    server.route("/policy", fs.page(POLICY_B))
    assert crawl(db, vendors).returncode == 0
    assert scalar(db, "select count(*) from versions") == 3
