"""The sites the crawl benchmarks fetch: generated policy pages served on 127.0.0.1.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     make_site(Path(tmp), docs=2, kb=1)
    ['v00000/privacy.html', 'v00001/privacy.html']

:func:`make_site` writes N pages to disk (served by the demo's
:class:`~policywatch.demo.server.LocalSite`); :class:`GeneratedSite` builds
each page on demand, for crawls too large to write out. Both draw their
sentences from the demo site's real policy paragraphs.
"""

from __future__ import annotations

import os
import random
import sys
from email.message import Message
from pathlib import Path

from policywatch.demo.server import Answer, LoopbackServer

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "policywatch" / "demo" / "site"

# What every benchmark crawl runs with: the local site is on 127.0.0.1,
# which the private-address guard refuses unless told otherwise.
LOCAL_NETWORK = "127.0.0.0/8"


def local_env() -> dict[str, str]:
    """This process's environment, with the local site's network allowed."""
    return {**os.environ, "POLICYWATCH_ALLOW_NETWORKS": LOCAL_NETWORK}


def crawl_command(db: Path, vendors: Path, *extra: str) -> list[str]:
    """``policywatch crawl`` into ``db`` from ``vendors``, without alerts (``extra`` appended)."""
    return [
        sys.executable,
        "-m",
        "policywatch",
        "crawl",
        "--db",
        str(db),
        "--vendors",
        str(vendors),
        "--no-alerts",
        *extra,
    ]


def paragraphs() -> list[str]:
    """Real policy sentences from the demo site, to make realistic pages."""
    import re

    texts = []
    for page in SEEDS.rglob("*.html"):
        texts += re.findall(r"<p>(.*?)</p>", page.read_text(encoding="utf-8"))
    return [t for t in texts if len(t) > 80]


def make_site(folder: Path, docs: int, kb: int) -> list[str]:
    rng = random.Random(42)
    pool = paragraphs()
    paths = []
    for i in range(docs):
        parts = [
            f"<h1>Privacy policy of vendor {i}</h1>",
            f"<p>Last updated: March {1 + i % 28}, 2025</p>",
        ]
        size = 0
        section = 0
        while size < kb * 1024:
            if size // 4000 > section:
                section += 1
                parts.append(f"<h2>{section}. Section {section} of vendor {i}</h2>")
            text = rng.choice(pool)
            parts.append(f"<p>{text} (ref {i}-{size})</p>")
            size += len(text) + 20
        page = (
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Privacy</title>"
            "</head><body><nav><a href='/'>Home</a></nav><main>"
            + "\n".join(parts)
            + "</main><footer>© 2024 Vendor</footer></body></html>"
        )
        path = f"v{i:05d}/privacy.html"
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(page, encoding="utf-8")
        paths.append(path)
    (folder / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    return paths


def page_for(index: int, kb: int, pool: list[str]) -> bytes:
    """Document ``index`` of a generated site, built on demand (nothing on disk)."""
    rng = random.Random(index)
    parts = [f"<h1>Privacy policy of vendor {index}</h1>", "<p>Last updated: March 3, 2025</p>"]
    size = 0
    while size < kb * 1024:
        if size % 4000 < 200:
            parts.append(f"<h2>Section {size // 4000} of vendor {index}</h2>")
        text = rng.choice(pool)
        parts.append(f"<p>{text} (ref {index}-{size})</p>")
        size += len(text) + 20
    return ("<html lang='en'><body><main>" + "\n".join(parts) + "</main></body></html>").encode()


class GeneratedSite(LoopbackServer):
    """A server on 127.0.0.1 answering /vNNNNN/... with :func:`page_for` pages of ``kb`` KB::

    with GeneratedSite(kb=50) as site:
        site.url("v00012/")   # document 12, built when asked
    """

    def __init__(self, kb: int) -> None:
        self.kb = kb
        self.pool = paragraphs()
        super().__init__("127.0.0.1", 0)

    def answer(self, path: str, headers: Message) -> Answer:
        if path == "/robots.txt":
            robots = b"User-agent: *\nAllow: /\n"
            return Answer(body=robots, content_type="text/plain; charset=utf-8")
        return Answer(body=page_for(int(path.split("/")[1][1:]), self.kb, self.pool))
