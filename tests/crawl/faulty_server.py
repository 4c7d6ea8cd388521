"""A misbehaving HTTP server on 127.0.0.1 for the crawl's fault matrix.

Each path answers with a *behaviour*, switchable while the server runs::

    with FaultyServer() as server:
        server.route("/policy", page(b"<h1>Privacy</h1>..."))
        server.route("/policy", slow(10))            # now it times out
        server.route("/policy", sequence(page(b"", status=503,
                                              headers={"Retry-After": "1"}), page(good)))
        server.hits("/policy")                       # [(time, headers), ...]

Behaviours write to the raw socket where HTTP itself has to be broken
(connection reset, a Content-Length that lies, a body that never ends). The
server speaks HTTP/1.0 (one request per connection) so that a broken
response cannot poison the next one.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from policywatch.demo.server import ServerThread

Behaviour = Callable[[BaseHTTPRequestHandler], None]

ROBOTS_OK = b"User-agent: *\nAllow: /\n"


def page(
    body: bytes,
    *,
    status: int = 200,
    ctype: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> Behaviour:
    def send(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(body)

    return send


def slow(seconds: float, then: Behaviour | None = None) -> Behaviour:
    """Say nothing for ``seconds`` (longer than the crawl's timeout), then answer."""

    def send(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        if then is not None:
            then(h)

    return send


def reset() -> Behaviour:
    """Read the request, then drop the connection with a TCP RST."""

    def send(h: BaseHTTPRequestHandler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
        h.close_connection = True

    return send


def redirect(location: str, status: int = 302) -> Behaviour:
    def send(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return send


def huge(size: int, *, with_length: bool = True) -> Behaviour:
    """Stream ``size`` bytes of HTML-ish filler; stop quietly when the client hangs up."""
    chunk = b"<p>" + b"policy text " * 5000 + b"</p>\n"

    def send(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        if with_length:
            h.send_header("Content-Length", str(size))
        h.end_headers()
        sent = 0
        try:
            while sent < size:
                part = chunk[: size - sent]
                h.wfile.write(part)
                sent += len(part)
        except OSError:
            pass

    return send


def gzip_bomb(decompressed: int) -> Behaviour:
    """A small gzip body that inflates to ``decompressed`` bytes of zeros."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(decompressed // len(block))]
    body = b"".join(parts) + compressor.flush()
    return page(body, headers={"Content-Encoding": "gzip"})


def lying_length(body: bytes, claimed: int) -> Behaviour:
    """Announce ``claimed`` bytes, send ``body`` (fewer), close: a truncated download."""

    def send(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(claimed))
        h.end_headers()
        h.wfile.write(body)
        h.wfile.flush()
        h.close_connection = True

    return send


def sequence(*behaviours: Behaviour) -> Behaviour:
    """Answer with each behaviour in turn; the last one repeats."""
    state = {"next": 0}
    lock = threading.Lock()

    def send(h: BaseHTTPRequestHandler) -> None:
        with lock:
            index = min(state["next"], len(behaviours) - 1)
            state["next"] += 1
        behaviours[index](h)

    return send


class FaultyServer(ServerThread):
    """Serve behaviours by path on ``127.0.0.1`` (any free port) in a thread.

    ``host`` may be another loopback address (``127.0.0.2``): a second
    "internal" server for the address guard's tests.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Behaviour] = {"/robots.txt": page(ROBOTS_OK, ctype="text/plain")}
        self.log: list[tuple[str, float, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.log.append((path, time.monotonic(), dict(self.headers.items())))
                behaviour = server.routes.get(path)
                if behaviour is None:
                    page(b"<h1>Not found</h1>", status=404)(self)
                else:
                    behaviour(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # broken connections are the point here

        super().__init__(Server((host, 0), Handler))

    def route(self, path: str, behaviour: Behaviour) -> None:
        self.routes["/" + path.lstrip("/")] = behaviour

    def hits(self, path: str) -> list[tuple[float, dict[str, str]]]:
        path = "/" + path.lstrip("/")
        return [(t, headers) for p, t, headers in self.log if p == path]
