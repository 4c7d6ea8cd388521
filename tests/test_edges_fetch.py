"""Every URL is fetched one way: ad hoc commands as the crawl, and the crawl says why in a line.

Real servers on 127.0.0.1, the real CLI. ``extract``, ``diff`` and ``compare``
fetch URLs through the crawl's Scrapy settings and middlewares: the
private-address guard, robots.txt, the user agent. A host name that does not
resolve is refused (not left to a proxy to reach), and a crawl's stderr holds
one line per failed document naming its vendor and URL.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from policywatch.cli import cli
from policywatch.crawler.settings import SETTINGS
from policywatch.demo.server import ServerThread
from tests.conftest import DEMO, run_cli

POLICY = (DEMO / "site" / "fusetools" / "privacy.html").read_bytes()
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
ALLOW = {"POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8"}
NOT_ALLOWED = {"POLICYWATCH_ALLOW_NETWORKS": None}


class RecordingServer(ServerThread):
    """Serves ``pages`` on 127.0.0.1 and records each request's path and headers.

    As a proxy it receives absolute URLs (``GET http://host/path``) and answers
    from ``pages`` all the same.
    """

    def __init__(self, pages: dict[str, bytes]) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers)))
                path = self.path
                if "://" in path:  # a proxy's request line: the whole URL
                    path = "/" + path.split("://", 1)[1].partition("/")[2]
                body = pages.get(path)
                status = 200 if body is not None else 404
                body = body if body is not None else b"not found"
                self.send_response(status)
                ctype = "text/plain" if path.endswith(".txt") else "text/html; charset=utf-8"
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        http.daemon_threads = True
        super().__init__(http)

    @property
    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


@pytest.fixture
def site() -> Iterator[RecordingServer]:
    pages = {"/robots.txt": ROBOTS, "/privacy.html": POLICY, "/private/privacy.html": POLICY}
    with RecordingServer(pages) as server:
        yield server


def invoke(*args: str, env: dict[str, str | None]) -> Any:
    return CliRunner(env=env).invoke(cli, list(args))


def test_extract_sends_the_crawls_user_agent_after_reading_robots_txt(site) -> None:
    result = invoke("extract", site.url("/privacy.html"), env=ALLOW)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["title"]
    assert site.paths == ["/robots.txt", "/privacy.html"]
    assert {headers["User-Agent"] for _, headers in site.requests} == {SETTINGS["USER_AGENT"]}


@pytest.mark.parametrize(
    "command",
    [["extract", "{url}"], ["diff", "{file}", "{url}"], ["compare", "{file}", "{url}"]],
    ids=lambda c: c[0],
)
def test_a_private_address_is_refused_unless_allowed(command, site, tmp_path: Path) -> None:
    policy = tmp_path / "privacy.html"
    policy.write_bytes(POLICY)
    url = site.url("/privacy.html")
    args = [a.format(url=url, file=policy) for a in command]
    refused = invoke(*args, env=NOT_ALLOWED)
    assert refused.exit_code == 2, refused.output
    assert f"{url}: refused to fetch" in refused.output and "loopback address" in refused.output
    assert "POLICYWATCH_ALLOW_NETWORKS" in refused.output
    assert site.requests == []  # not even robots.txt
    allowed = invoke(*args, env=ALLOW)
    assert allowed.exit_code == 0, allowed.output
    assert site.paths == ["/robots.txt", "/privacy.html"]


def test_diff_obeys_robots_txt(site, tmp_path: Path) -> None:
    policy = tmp_path / "privacy.html"
    policy.write_bytes(POLICY)
    url = site.url("/private/privacy.html")
    result = invoke("diff", str(policy), url, env=ALLOW)
    assert result.exit_code == 2
    assert f"{url}: disallowed by the site's robots.txt" in result.output
    assert site.paths == ["/robots.txt"]


@pytest.fixture
def proxy() -> Iterator[RecordingServer]:
    """An HTTP proxy on 127.0.0.1 that would answer any URL with a policy."""
    with RecordingServer({"/privacy.html": POLICY}) as server:
        yield server


def proxy_env(proxy: RecordingServer) -> dict[str, str | None]:
    url = proxy.base_url
    return {**ALLOW, "http_proxy": url, "HTTP_PROXY": url, "no_proxy": "", "NO_PROXY": ""}


def test_a_host_that_does_not_resolve_is_refused_not_proxied(proxy) -> None:
    """The guard cannot check the address of a name that does not resolve here;
    a proxy (or a later lookup) could still reach it, so it is not fetched."""
    result = invoke("extract", "http://policy.invalid/privacy.html", env=proxy_env(proxy))
    assert result.exit_code == 2, result.output
    assert "could not resolve policy.invalid" in result.output
    assert proxy.requests == []


def test_the_crawl_refuses_a_host_that_does_not_resolve(proxy, tmp_path: Path) -> None:
    vendors = tmp_path / "vendors.yaml"
    document = {"url": "http://policy.invalid/privacy.html"}
    vendors.write_text(json.dumps({"vendors": [{"name": "Gone", "documents": [document]}]}))
    db = tmp_path / "pw.db"
    env = {k: v or "" for k, v in proxy_env(proxy).items()}
    result = run_cli("crawl", "--db", str(db), "--vendors", str(vendors), env=env)
    assert result.returncode == 1
    # Never fetched before: the host that does not resolve is a broken URL.
    broken = "gone http://policy.invalid/privacy.html: broken_url - could not resolve"
    assert broken in result.stderr
    assert proxy.requests == []


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_crawl_stderr_is_one_line_per_failed_document(site, tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{closed_port()}/privacy.html"
    config = {
        "vendors": [
            {"name": "Fine", "documents": [{"url": site.url("/privacy.html")}]},
            {"name": "Dead", "documents": [{"url": dead}]},
            {"name": "Nowhere", "documents": [{"url": "http://policy.invalid/privacy.html"}]},
        ],
        "crawl": {"allow_networks": ["127.0.0.0/8"]},
    }
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(json.dumps(config))
    db = tmp_path / "pw.db"
    crawl = ["crawl", "--db", str(db), "--vendors", str(vendors), "--no-alerts"]

    result = run_cli(*crawl, "-vv")

    assert result.returncode == 1
    lines = sorted(result.stderr.splitlines())  # in the order the documents finished
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith(f"dead {dead}: error - ") and "refused" in lines[0]
    assert lines[1].startswith("nowhere http://policy.invalid/privacy.html: broken_url - ")
    assert "could not resolve policy.invalid" in lines[1]
    # -vv: the other documents on stdout, named the same way.
    assert f"fine {site.url('/privacy.html')}: new_version" in result.stdout
    assert "document " not in result.stdout + result.stderr

    debug = run_cli(*crawl, "--debug")
    assert debug.returncode == 1
    assert "[scrapy" in debug.stderr  # Scrapy's own log, tracebacks included, on demand
    assert f"dead {dead}: error - " in debug.stderr
