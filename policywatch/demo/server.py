"""A small static HTTP server for local sites, with ETag and Last-Modified.

Used by ``policywatch demo`` and by the tests: it serves a folder on
127.0.0.1, answers conditional requests with 304, and logs every request
path so a test can prove what was (not) fetched::

    with LocalSite(folder) as site:
        print(site.url("fusetools/privacy.html"), site.requests)
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit


class LocalSite:
    """Serve ``root`` on ``127.0.0.1:port`` (0 = any free port) in a thread."""

    def __init__(self, root: str | Path, port: int = 0) -> None:
        self.root = Path(root).resolve()
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(self.path)
                path = unquote(urlsplit(self.path).path).lstrip("/") or "index.html"
                file = (site.root / path).resolve()
                if site.root not in file.parents or not file.is_file():
                    self._send(404, b"<html><body><h1>Not found</h1></body></html>", "text/html")
                    return
                body = file.read_bytes()
                etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                if ctype.startswith("text/"):
                    ctype += "; charset=utf-8"
                self._send(200, body, ctype, etag=etag, mtime=file.stat().st_mtime)

            def _send(
                self, status: int, body: bytes, ctype: str, etag: str = "", mtime: float = 0
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", formatdate(mtime, usegmt=True))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # requests are kept in site.requests instead

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def start(self) -> LocalSite:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> LocalSite:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
