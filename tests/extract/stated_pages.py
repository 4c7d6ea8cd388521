"""One builder for the whole documents the stated-date tests run through ``extract``.

    >>> stated(html_page("<h1>Privacy Policy</h1><p>Last updated: 3 March 2024</p>"))
    ('2024-03-03', 'last_updated')

An HTML page comes with what real sites put around a policy (a cookie
banner, navigation, scripts, a footer with a copyright year); a Markdown
file and a PDF carry the same three sections of plain policy text, so a
date line under test is always judged among real-looking text, never alone.
"""

from __future__ import annotations

from fpdf import FPDF

from policywatch.extract import extract

PARAGRAPH = (
    "We collect the data you give us when you sign up, use the service or contact our "
    "support team, and we use it only to provide and improve the service you asked for."
)
TOPICS = ("Data we collect", "How we use it", "Your rights")
SECTION_HEADINGS = [f"{n}. {topic}" for n, topic in enumerate(TOPICS, 1)]
SECTIONS = "".join(
    f"<h2>{heading}</h2><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>" for heading in SECTION_HEADINGS
)
MARKDOWN_SECTIONS = "".join(
    f"## {heading}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n" for heading in SECTION_HEADINGS
)
COOKIE_BANNER = (
    "<div id='cookie-banner' class='cookie-consent'><p>We use cookies to improve your "
    "experience. <a href='/cookies'>Learn more</a></p><button>Accept all</button>"
    "<button>Reject</button></div>"
)
SCRIPT = "<script>window.dataLayer=[];var published='2019-01-01';</script>"
NAVIGATION = ("Product", "Pricing", "Blog")


def html_page(
    main: str = "",
    *,
    head: str = "",
    header: str = "",
    after_main: str = "",
    footer: str = "",
    sections: bool = True,
    lang: str = "en",
    title: str = "Privacy Policy | Acme",
) -> bytes:
    """A whole page: site navigation, a cookie banner and scripts around ``main``.

    ``main`` is followed by three numbered sections of policy text unless
    ``sections`` is False (a test that brings its own).
    """
    links = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in NAVIGATION)
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}{SCRIPT}</head><body>{COOKIE_BANNER}"
        f"<header class='site-header'><a href='/' class='logo'>Acme</a><nav><ul>{links}</ul>"
        f"</nav>{header}</header>"
        f"<main>{main}{SECTIONS if sections else ''}</main>{after_main}"
        "<footer class='site-footer'><nav><a href='/terms'>Terms</a> "
        f"<a href='/privacy'>Privacy</a> <a href='/careers'>Careers</a></nav>{footer}"
        "<p>© 2016–2024 Acme Inc. All rights reserved.</p></footer>"
        f"{SCRIPT}</body></html>"
    ).encode()


def markdown_page(top: str, *, bottom: str = "", title: str = "# Privacy Policy") -> bytes:
    """A Markdown policy: ``top`` (front matter or lines under the title), sections, ``bottom``.

    ``top`` starting with ``---`` is front matter and goes before the title.
    """
    if top.startswith("---"):
        head = f"{top}\n{title}\n\n" if title else f"{top}\n"
    else:
        head = f"{title}\n\n{top}\n\n" if title else f"{top}\n\n"
    return f"{head}{MARKDOWN_SECTIONS}{bottom}\n".encode()


def pdf_document(
    pages: list[list[str]],
    *,
    header: str = "EXAMPLE LTD - TERMS OF SERVICE",
    footer: str = "Page {number} of {count}  |  Confidential",
) -> bytes:
    """A PDF whose every page repeats ``header`` and ``footer`` (``{number}``, ``{count}``)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            text = header.format(number=number, count=len(pages))
            pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if footer:
            pdf.set_y(-20)
            pdf.cell(0, 8, footer.format(number=number, count=len(pages)), align="C")
    return bytes(pdf.output())


def stated(body: bytes, content_type: str = "text/html") -> tuple[str, str] | None:
    """(value, kind) of the date ``extract`` states for ``body``, or None."""
    found = extract(body, content_type).stated_date
    return (found.value, found.kind) if found else None


def site_page(
    policy: str,
    *,
    lang: str,
    top: str = "",
    band: str = "",
    beside: str = "",
    below: str = "",
    after_main: str = "",
    footer: str = "",
    head: str = "",
    body_end: str = "",
) -> bytes:
    """A whole saved web page around ``policy`` (its title, text and own date line, if any).

    What sites put around a policy, each in its slot: ``top`` (a consent
    dialog, a "skip to content" link: before the site header), ``band``
    (the page header band under the site navigation), ``beside`` (a column
    beside the text in ``main``), ``below`` (after the policy inside
    ``main``), ``after_main``, ``footer``, ``head`` and ``body_end``
    (scripts, ``noscript``, ``template``). Built on :func:`html_page`, so the
    cookie banner, navigation, scripts and copyright line are always there.
    """
    return html_page(
        f"<div class='content-grid'><article class='policy'>{policy}</article>{beside}</div>"
        f"{below}",
        head=head,
        header=band,
        after_main=after_main,
        footer=footer + body_end,
        sections=False,
        lang=lang,
    ).replace(b"<body>", b"<body>" + top.encode(), 1)
