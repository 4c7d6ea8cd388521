"""Synthetic pages of every declared type, language and shape, and the non-policy pages
beside them: the table "is it a policy?" must hold by construction (issue 16).

    >>> pages = policy_pages("en")
    >>> sorted({p.doc_type for p in pages})
    ['cookie_policy', 'dpa', 'privacy_policy', 'subprocessors', 'terms']
    >>> sorted({p.shape for p in pages}) == sorted(SHAPES)
    True

The texts are in ``benchmarks/policy_shapes/<language>.yaml``, written for this
project (the vendor "Nordlys" and its figures are invented): per type a
title (and the other titles such documents go by: "Terms of Use", "AGB",
"Annex 2: ..."), sections of idiomatic text, and for sub-processor lists and
cookie policies a table with little prose; per kind of non-policy page
(product, pricing, blog post, sign-in, 404, cookie banner only, a marketing
page titled "Privacy", careers, status) a title and its text. This module
only lays them out in each shape: a full HTML page with the site's chrome
(navigation, cookie banner, footer links to the legal documents), Markdown,
a PDF. ``tests/extract/test_is_policy_shapes.py`` asks the check of every
page; ``benchmarks/is_policy.py`` counts them apart from the corpus.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "policy_shapes"
SHAPES = ("html", "markdown", "pdf")
# A Unicode font for the PDF shape (Polish, Norwegian letters): Debian's fonts-dejavu-core.
PDF_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HOST = "https://nordlys.example"
# A URL that names nothing: only the page itself counts.
NEUTRAL_PATH = "/p/1042"


@dataclass(frozen=True)
class Page:
    """One synthetic page: its bytes, how it is served, and what it is declared as."""

    language: str
    doc_type: str  # the declared type
    shape: str  # html, markdown, pdf
    title: str
    body: bytes
    content_type: str
    url: str
    kind: str = "policy"  # or the kind of non-policy page

    @property
    def id(self) -> str:
        return f"{self.language}-{self.kind}-{self.doc_type}-{self.shape}-{self.title}"


def languages() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.yaml"))


@cache
def texts(language: str) -> dict[str, Any]:
    return dict(yaml.safe_load((DATA / f"{language}.yaml").read_text(encoding="utf-8")))


def policy_pages(language: str) -> list[Page]:
    """Every type in every shape under its title, and in HTML under each other title."""
    data = texts(language)
    pages = []
    for doc_type in ("privacy_policy", "terms", "dpa", "subprocessors", "cookie_policy"):
        entry = data[doc_type]
        for shape in SHAPES:
            pages.append(_render(language, doc_type, shape, entry["title"], entry))
        for title in entry.get("titles", []):
            pages.append(_render(language, doc_type, "html", title, entry))
    return pages


# What a user could mistake each kind of page for when putting its URL in the vendors file.
DECLARED_AS = {
    "product": "privacy_policy",
    "pricing": "terms",
    "blog": "privacy_policy",
    "login": "terms",
    "404": "privacy_policy",
    "cookie_banner": "cookie_policy",
    "privacy_marketing": "privacy_policy",
    "careers": "privacy_policy",
    "status": "subprocessors",
}


def non_policy_pages(language: str) -> list[Page]:
    """Each kind of non-policy page, as a full HTML page, declared as a policy type."""
    data = texts(language)
    pages = []
    for kind, (title, text) in data["not_policies"].items():
        sections = [[None, text]]
        body = page_html(data["chrome"], title, sections, None, with_banner=kind != "cookie_banner")
        if kind == "cookie_banner":  # an app shell and the banner only
            body = page_html(data["chrome"], title, [], None, with_banner=True, shell=text)
        url = f"{HOST}/{kind.replace('_', '-')}"
        pages.append(
            Page(language, DECLARED_AS[kind], "html", title, body, "text/html; charset=utf-8",
                 url, kind)
        )  # fmt: skip
    return pages


def _render(language: str, doc_type: str, shape: str, title: str, entry: dict[str, Any]) -> Page:
    sections = list(entry.get("sections", []))
    if "intro" in entry:
        sections.insert(0, [None, entry["intro"]])
    table = (entry["columns"], entry["rows"]) if "rows" in entry else None
    after = [[None, entry["outro"]]] if "outro" in entry else []
    url = HOST + NEUTRAL_PATH
    if shape == "html":
        body = page_html(texts(language)["chrome"], title, sections, table, after=after)
        return Page(language, doc_type, shape, title, body, "text/html; charset=utf-8", url)
    if shape == "markdown":
        body = _markdown(title, sections, table, after).encode()
        return Page(language, doc_type, shape, title, body, "text/markdown", url + ".md")
    return Page(language, doc_type, shape, title, _pdf(title, sections, table, after),
                "application/pdf", url + ".pdf")  # fmt: skip


def page_html(
    chrome: dict[str, Any],
    title: str,
    sections: list[list[Any]],
    table: tuple[list[str], list[list[str]]] | None,
    *,
    after: list[list[Any]] = (),  # type: ignore[assignment]
    with_banner: bool = True,
    shell: str | None = None,
) -> bytes:
    """A page of the site's ``chrome`` (nav, footer, a cookie banner if ``with_banner``)
    around ``title`` and ``sections`` (then a ``table`` of entries and ``after``, when
    given); with ``shell``, an app rendered by a script instead, ``shell`` its banner text."""
    e = html.escape
    nav = "".join(f'<li><a href="/{i}">{e(item)}</a></li>' for i, item in enumerate(chrome["nav"]))
    foot = "".join(
        f'<a href="/legal/{i}">{e(item)}</a> ' for i, item in enumerate(chrome["footer"])
    )
    banner = (
        f'<div class="cookie-banner" role="dialog"><p>{e(shell or chrome["banner"])}</p>'
        "<button>OK</button></div>"
        if with_banner
        else ""
    )
    if shell is not None:  # an app that renders in the browser: nothing but the banner
        main = '<div id="app"></div><script src="/app.js"></script>'
    else:
        main = f"<main><h1>{e(title)}</h1>" + _html_sections(sections)
        if table:
            columns, rows = table
            head = "".join(f"<th>{e(c)}</th>" for c in columns)
            cells = "".join(
                "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>" for row in rows
            )
            main += f"<table><thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table>"
        main += _html_sections(list(after)) + "</main>"
    page = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)} | Nordlys</title>"
        f"</head><body><header><a href='/'>Nordlys</a><nav><ul>{nav}</ul></nav></header>"
        f"{banner}{main}<footer>{foot}<p>© 2026 Nordlys AS</p></footer></body></html>"
    )
    return page.encode()


def _html_sections(sections: list[list[Any]]) -> str:
    e = html.escape
    return "".join(
        (f"<h2>{e(heading)}</h2>" if heading else "") + f"<p>{e(text)}</p>"
        for heading, text in sections
    )


def _markdown(
    title: str,
    sections: list[list[Any]],
    table: tuple[list[str], list[list[str]]] | None,
    after: list[list[Any]],
) -> str:
    lines = [f"# {title}", ""]
    for heading, text in sections:
        lines += ([f"## {heading}", ""] if heading else []) + [text, ""]
    if table:
        columns, rows = table
        lines += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows] + [""]
    for _, text in after:
        lines += [text, ""]
    return "\n".join(lines)


def _pdf(
    title: str,
    sections: list[list[Any]],
    table: tuple[list[str], list[list[str]]] | None,
    after: list[list[Any]],
) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(PDF_FONT))
    pdf.add_font("DejaVu", "B", str(PDF_FONT.with_name("DejaVuSans-Bold.ttf")))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    for heading, text in [*sections, *(after if not table else [])]:
        if heading:
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if table:
        columns, rows = table
        with pdf.table() as grid:
            for row in [columns, *rows]:
                line = grid.row()
                for cell in row:
                    line.cell(str(cell))
        for _, text in after:
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
