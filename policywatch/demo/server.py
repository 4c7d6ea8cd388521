"""Small HTTP servers for local sites: a folder (with ETag and Last-Modified) or any answers.

Used by ``policywatch demo``, the tests and the benchmarks. :class:`LocalSite`
serves a folder on 127.0.0.1, answers conditional requests with 304, and
logs every request path so a test can prove what was (not) fetched::

    with LocalSite(folder) as site:
        print(site.url("fusetools/privacy.html"), site.requests)

:class:`LoopbackServer` is the server itself: a subclass (or a caller) says
what to answer to a path (``benchmarks/sites.py`` serves generated sites
with it, each on its own loopback address).
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from dataclasses import dataclass
from email.message import Message
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote, urlsplit

NOT_FOUND_PAGE = b"<html><body><h1>Not found</h1></body></html>"


@dataclass(frozen=True)
class Answer:
    """What the server sends back for one request."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


class ServerThread:
    """An HTTP ``server`` run in a daemon thread, with its URLs: what every local
    test or demo server shares (:class:`LoopbackServer`, the tests' ``FaultyServer``)::

        with LoopbackServer() as site:
            site.url("/privacy")   # 'http://127.0.0.1:PORT/privacy'
    """

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self.server = server
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def start(self) -> Self:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class LoopbackServer(ServerThread):
    """Serve :meth:`answer` on ``host:port`` (0 = any free port) in a thread; every
    request path is kept in ``requests``."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                answer = server.answer(self.path, self.headers)
                self.send_response(answer.status)
                if answer.status != 304:
                    self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(len(answer.body)))
                for name, value in answer.headers:
                    self.send_header(name, value)
                self.end_headers()
                if answer.status != 304:
                    self.wfile.write(answer.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # requests are kept in server.requests instead

        http = ThreadingHTTPServer((host, port), Handler)
        http.daemon_threads = True
        super().__init__(http)

    def answer(self, path: str, headers: Message) -> Answer:
        """What to send for a GET of ``path`` (with its query; ``headers`` are the
        request's, read case-blind); a subclass says."""
        return Answer(404, NOT_FOUND_PAGE)


class LocalSite(LoopbackServer):
    """Serve the folder ``root`` on ``127.0.0.1:port`` (0 = any free port) in a thread."""

    def __init__(self, root: str | Path, port: int = 0) -> None:
        self.root = Path(root).resolve()
        super().__init__("127.0.0.1", port)

    def answer(self, path: str, headers: Message) -> Answer:
        name = unquote(urlsplit(path).path).lstrip("/") or "index.html"
        file = (self.root / name).resolve()
        if self.root not in file.parents or not file.is_file():
            return Answer(404, NOT_FOUND_PAGE)
        body = file.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        if headers.get("If-None-Match") == etag:
            return Answer(304, headers=(("ETag", etag),))
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if ctype.startswith("text/"):
            ctype += "; charset=utf-8"
        modified = formatdate(file.stat().st_mtime, usegmt=True)
        return Answer(200, body, ctype, (("ETag", etag), ("Last-Modified", modified)))
