"""Vendor web sites served on loopback addresses, for discovery tests and the benchmark.

    site = Site({"/": html_page("Acme", "<p>Hi</p>"), "/old": redirect("/")})
    with SiteServer(site, host="127.0.0.2") as server:
        print(server.url("/"), server.requests)

Each site gets its own address (127.0.0.2, 127.0.0.3, ...; all of 127/8 is
loopback), so a crawl treats them as different hosts, one request at a time
each, as it would real vendors. Pages are built here with escaping; PDFs are
made with fpdf2.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from email.message import Message

from policywatch.demo.server import NOT_FOUND_PAGE, Answer, LoopbackServer


@dataclass(frozen=True)
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class Site:
    """A site's routes by path; ``truth`` is what discovery should find (type -> path)."""

    routes: dict[str, Route]
    truth: dict[str, str] = field(default_factory=dict)
    language: str = "en"
    name: str = ""


def redirect(location: str, status: int = 301) -> Route:
    return Route(b"", "text/html", status, (("Location", location),))


def gone(status: int = 410) -> Route:
    return Route(b"<html><body><h1>Gone</h1></body></html>", status=status)


def text_file(text: str, content_type: str = "text/plain; charset=utf-8") -> Route:
    return Route(text.encode("utf-8"), content_type)


def html_page(
    title: str,
    main: str,
    *,
    nav: str = "",
    footer: str = "",
    lang: str = "en",
    head: str = "",
) -> Route:
    """A page; ``main``, ``nav`` and ``footer`` are HTML (built with :func:`esc`, :func:`a`)."""
    page = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>{head}</head><body>"
        f"<header><nav>{nav}</nav></header><main>{main}</main>"
        f"<footer>{footer}</footer></body></html>"
    )
    return Route(page.encode("utf-8"))


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def paragraphs(sections: list[tuple[str, list[str]]], title: str, date_line: str = "") -> str:
    """A document's main HTML: an H1, an optional date line, then H2 sections."""
    parts = [f"<h1>{esc(title)}</h1>"]
    if date_line:
        parts.append(f"<p><em>{esc(date_line)}</em></p>")
    for heading, texts in sections:
        parts.append(f"<h2>{esc(heading)}</h2>")
        parts.extend(f"<p>{esc(t)}</p>" for t in texts)
    return "".join(parts)


def pdf_document(title: str, sections: list[tuple[str, list[str]]]) -> Route:
    """A PDF with a title and sections (fpdf2's core fonts: Latin-1 text)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    for heading, texts in sections:
        pdf.set_font("Helvetica", "B", 12)
        pdf.ln(3)
        pdf.multi_cell(0, 7, _latin1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for text in texts:
            pdf.multi_cell(0, 5, _latin1(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return Route(bytes(pdf.output()), "application/pdf")


def _latin1(text: str) -> str:
    swaps = {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
    for old, new in swaps.items():
        text = text.replace(old, new)
    return text.encode("latin-1", "replace").decode("latin-1")


def sitemap(urls: list[str]) -> Route:
    entries = "".join(f"<url><loc>{esc(u)}</loc></url>" for u in urls)
    body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    return Route(body.encode(), "application/xml")


def sitemap_index(urls: list[str]) -> Route:
    entries = "".join(f"<sitemap><loc>{esc(u)}</loc></sitemap>" for u in urls)
    body = f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'
    return Route(body.encode(), "application/xml")


class SiteServer(LoopbackServer):
    """Serve a :class:`Site` on ``host`` (any free port) in a thread; logs request paths.

    Routes whose body contains ``{base}`` get the server's base URL filled in
    (absolute links, sitemaps). Unknown paths answer 404. ``site`` may be
    swapped while it runs (a site that moves a page).
    """

    def __init__(self, site: Site, host: str = "127.0.0.1") -> None:
        self.site = site
        super().__init__(host)

    def answer(self, path: str, headers: Message) -> Answer:
        route = self.site.routes.get(path.split("?")[0])
        if route is None:
            return Answer(404, NOT_FOUND_PAGE)
        base = self.base_url
        return Answer(
            route.status,
            route.body.replace(b"{base}", base.encode()),
            route.content_type,
            tuple((name, value.replace("{base}", base)) for name, value in route.headers),
        )
