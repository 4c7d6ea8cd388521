"""Build the demo vendor site (package data) from the five seed policies.

Run once by a developer when the seeds change; its output is committed under
``policywatch/demo/site`` so that ``policywatch demo`` never needs
``../shared`` at run time::

    .venv/bin/python scripts/build_demo_site.py ../shared/seeds

Four seeds become HTML pages wrapped in realistic chrome (navigation, cookie
banner, chat widget, footer with a copyright year); seed 001 becomes a PDF
laid out line by line as the original was. ``changed/`` holds the edits the
demo applies before its second crawl: one material (a retention period) and
one cosmetic (punctuation and whitespace).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

SITE = Path(__file__).resolve().parents[1] / "policywatch" / "demo" / "site"

PAGES = {
    # seed file prefix: (path on the site, vendor name, page title)
    "000": ("fusetools/privacy.html", "Fusetools AS", "Privacy Policy - Fusetools"),
    "002": ("faveo/personvern.html", "Faveo Helpdesk", "Personvernerklæring - Faveo Helpdesk"),
    "003": ("nordhost/personvern.html", "Nordhost", "Personvern - Nordhost"),
    "004": ("connectmyapps/privacy-policy.html", "ConnectMyApps", "Privacy Policy | ConnectMyApps"),
}
PDF_SEED = "001"
PDF_PATH = "fusion/Fusion_Privacy_Policy.pdf"

CHROME_TOP = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">{vendor}</a>
  <nav><ul>
    <li><a href="/">Home</a></li><li><a href="/products">Products</a></li>
    <li><a href="/pricing">Pricing</a></li><li><a href="/about">About us</a></li>
    <li><a href="/contact">Contact</a></li>
  </ul></nav>
</header>
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <button class="close">×</button> Cookie Settings
  <p>We use cookies to improve your experience. <a href="/cookies">Read more</a></p>
  <button>Accept all</button> <button>Reject</button>
</div>
<main>
<article class="entry-content">
"""

CHROME_BOTTOM = """</article>
</main>
<div class="chat-widget"><span class="close">×</span> How can I help you?</div>
<footer class="site-footer">
  <ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>
  <p>© 2024 {vendor}. All rights reserved.</p>
</footer>
</body>
</html>
"""

BULLET = re.compile(r"^\s*(?:[•\-–*]|\d+\))\s+")


def looks_like_heading(line: str) -> bool:
    """Short lines that do not end a sentence are the seeds' headings."""
    text = line.strip()
    if not text or BULLET.match(line) or len(text) > 100:
        return False
    if text.endswith((".", ",", ";", ":", "|")) and not re.match(r"^\d+(\.\d+)*\.? ", text):
        return False
    return text[0].isupper() or text[0].isdigit()


def seed_to_html(text: str, vendor: str, title: str, lang: str) -> str:
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    body: list[str] = []
    first = True
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if all(BULLET.match(ln) for ln in lines):
            items = "".join(f"<li>{html.escape(BULLET.sub('', ln).strip())}</li>" for ln in lines)
            body.append(f"<ul>{items}</ul>")
            continue
        for line in lines:
            escaped = html.escape(line.strip())
            if first:
                body.append(f"<h1>{escaped}</h1>")
                first = False
            elif looks_like_heading(line) and len(lines) == 1:
                body.append(f"<h2>{escaped}</h2>")
            else:
                body.append(f"<p>{escaped}</p>")
    return (
        CHROME_TOP.format(lang=lang, title=html.escape(title), vendor=html.escape(vendor))
        + "\n".join(body)
        + "\n"
        + CHROME_BOTTOM.format(vendor=html.escape(vendor))
    )


def seed_to_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_title("Fusion's Privacy Policy Statement")
    pdf.add_page()
    lines = text.strip().split("\n")[1:]  # line 1 is the URL the text came from
    for line in lines:
        if not line.strip():
            pdf.ln(3)
            continue
        heading = looks_like_heading(line) and len(line) < 60 and not line.endswith('"')
        pdf.set_font("DejaVu", "B" if heading else "", 12 if heading else 9.5)
        pdf.multi_cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main(seeds: Path) -> None:
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in seeds.glob("0*.txt")}
    langs = {"000": "en", "002": "nb", "003": "nb", "004": "en"}
    for prefix, (path, vendor, title) in PAGES.items():
        out = SITE / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(seed_to_html(texts[prefix], vendor, title, langs[prefix]), encoding="utf-8")
    (SITE / PDF_PATH).parent.mkdir(parents=True, exist_ok=True)
    (SITE / PDF_PATH).write_bytes(seed_to_pdf(texts[PDF_SEED]))

    # The edits the demo makes before its second crawl.
    changed = SITE.parent / "changed"
    changed.mkdir(exist_ok=True)
    faveo = (SITE / PAGES["002"][0]).read_text(encoding="utf-8")
    assert "utløpet av 14 dager" in faveo
    (changed / "faveo__personvern.html").write_text(
        faveo.replace("utløpet av 14 dager", "utløpet av 180 dager"), encoding="utf-8"
    )
    fuse = (SITE / PAGES["000"][0]).read_text(encoding="utf-8")
    assert "Your privacy is important to us," in fuse
    (changed / "fusetools__privacy.html").write_text(
        fuse.replace("Your privacy is important to us,", "Your privacy is  important to us;"),
        encoding="utf-8",
    )
    (SITE / "robots.txt").write_text("User-agent: *\nDisallow: /internal/\n", encoding="utf-8")
    (SITE / "index.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Demo vendors</title></head>"
        "<body><h1>Demo vendor site</h1><ul>"
        + "".join(f"<li><a href='/{p}'>{html.escape(v)}</a></li>" for p, v, _ in PAGES.values())
        + f"<li><a href='/{PDF_PATH}'>Fusion Connect</a></li></ul></body></html>",
        encoding="utf-8",
    )
    (SITE / "internal").mkdir(exist_ok=True)
    (SITE / "internal" / "draft.html").write_text(
        "<html><body><h1>Internal draft</h1><p>Not for crawlers.</p></body></html>",
        encoding="utf-8",
    )
    print(f"wrote {SITE}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds"))
