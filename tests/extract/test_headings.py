"""The heading scorer on our own pages: each class of heading, in each format it comes in.

Every page here is written for the test (none is a corpus copy): the scorer's
weights are fitted on the dev corpus, so these check that what it learned
carries to shapes it must handle on any vendor's page.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from policywatch.extract import extract
from policywatch.extract.blocks import Block
from policywatch.extract.heading_features import features
from policywatch.extract.headings import shipped_model, top_level
from policywatch.extract.numbering import number_of

BODY = (
    "We keep the personal data you give us only as long as the service needs it, and we"
    " never sell it to anyone; you can ask us for a copy or for its deletion at any time."
)
TOPICS = ["Data we collect", "How we use it", "Who we share it with", "Your rights", "Contact"]


def body(topic: str) -> str:
    """A paragraph of its own for each section (a text repeated whole reads as a second copy)."""
    return f"{topic}: {BODY}"


def top(body: bytes | str, content_type: str = "text/html") -> list[str]:
    raw = body.encode() if isinstance(body, str) else body
    return [s.heading for s in extract(raw, content_type).sections if s.level == 2]


def html_page(sections: str, title: str = "<h1>Privacy Policy</h1>") -> str:
    return f"<html><body><main>{title}<p>{BODY}</p>{sections}</main></body></html>"


def test_numbered_sections_at_two_markup_levels_are_all_top_level():
    """Parallel sections marked up at different levels: the numbering says they are siblings."""
    sections = "".join(
        f"<h{2 if n % 3 == 0 else 3}>{n}. {t}</h{2 if n % 3 == 0 else 3}><p>{body(t)}</p>"
        for n, t in enumerate(TOPICS, 1)
    )
    assert top(html_page(sections)) == [f"{n}. {t}" for n, t in enumerate(TOPICS, 1)]


def test_subsections_numbered_deeper_are_not_top_level():
    sections = "".join(
        f"<h2>{n}. {t}</h2><p>{body(t)}</p><h2>{n}.1 Details</h2><p>{body(t + ' in detail')}</p>"
        for n, t in enumerate(TOPICS, 1)
    )
    assert top(html_page(sections)) == [f"{n}. {t}" for n, t in enumerate(TOPICS, 1)]


def test_an_annex_numbering_its_parts_again_holds_them():
    """Clauses 1-5, then an annex whose parts count from 1 again: the parts are the annex's."""
    clauses = "".join(f"## {n}. {t}\n\n{body(t)}\n\n" for n, t in enumerate(TOPICS, 1))
    annex = "## Annex 1 - Country terms\n\n" + "".join(
        f"## {n}. For residents of {c}\n\n{body(c)}\n\n"
        for n, c in enumerate(["France", "Spain"], 1)
    )
    md = f"# Terms of Service\n\n{BODY}\n\n{clauses}{annex}"
    assert top(md, "text/markdown") == [
        *[f"{n}. {t}" for n, t in enumerate(TOPICS, 1)],
        "Annex 1 - Country terms",
    ]


def test_aria_headings_are_headings():
    sections = "".join(
        f'<div role="heading" aria-level="2">{t}</div><p>{body(t)}</p>' for t in TOPICS
    )
    assert top(html_page(sections)) == TOPICS


@pytest.mark.parametrize(
    "panel",
    [
        '<div class="item"><button aria-expanded="false" aria-controls="p{n}">{t}</button>'
        '<div id="p{n}" role="region" hidden><p>{body}</p></div></div>',
        '<h3><button type="button">{t}</button></h3>'
        '<div hidden aria-labelledby="x"><p>{body}</p></div>',
        "<details><summary>{t}</summary><p>{body}</p></details>",
    ],
    ids=["accordion-button", "button-in-heading", "details-summary"],
)
def test_accordion_titles_head_their_collapsed_panels(panel):
    """Policies folded into accordions: each panel's title is a section, its text is kept."""
    sections = "".join(panel.format(n=n, t=t, body=body(t)) for n, t in enumerate(TOPICS))
    doc = extract(html_page(sections).encode(), "text/html")
    assert [s.heading for s in doc.sections if s.level == 2] == TOPICS
    assert all(body(t) in doc.text for t in TOPICS)


def test_css_bold_paragraphs_are_candidates_like_strong_ones():
    sections = "".join(
        f'<p><span style="font-weight: 700">{t}</span></p><p>{body(t)}</p>' for t in TOPICS
    )
    assert top(html_page(sections)) == TOPICS


def test_headings_inside_markdown_list_items():
    """OTA writes a heading inside a list item as '*   #### Title' or '1.  ### Title'."""
    md = (
        "# Privacy Policy\n\n"
        + BODY
        + "\n\n"
        + "".join(f"{n}.  ### {t}\n    \n    {body(t)}\n\n" for n, t in enumerate(TOPICS, 1))
    )
    assert top(md, "text/markdown") == [f"{n}. {t}" for n, t in enumerate(TOPICS, 1)]


@pytest.mark.parametrize("content_type", ["text/html", "text/markdown"])
def test_a_page_without_heading_markup_finds_its_numbered_sections(content_type):
    """Headings styled by CSS classes come out as plain short paragraphs."""
    heads = [f"{n}. {t}" for n, t in enumerate(TOPICS, 1)]
    if content_type == "text/html":
        page = (
            "<html><body><p class='doc-title'>Privacy Policy</p>"
            + "".join(
                f"<p class='sec'>{h}</p><p>{body(h)}</p><p>{body(h + '.')}</p>" for h in heads
            )
            + "</body></html>"
        )
    else:
        page = "Privacy Policy\n\n" + "".join(
            f"{h}\n\n{body(h)}\n\n{body(h + '.')}\n\n" for h in heads
        )
    assert top(page, content_type) == heads


def test_short_body_lines_of_a_page_without_markup_are_not_headings():
    page = (
        "<html><body><p>Privacy Policy</p>"
        + "".join(
            f"<p>{n}. {t}</p><p>{body(t)}</p><p>Email: privacy@example.com</p>"
            for n, t in enumerate(TOPICS, 1)
        )
        + "</body></html>"
    )
    doc = extract(page.encode(), "text/html")
    assert [s.heading for s in doc.sections if s.level == 2] == [
        f"{n}. {t}" for n, t in enumerate(TOPICS, 1)
    ]
    # Short paragraphs that are not sections stay paragraphs, at any level.
    assert all(s.heading != "Email: privacy@example.com" for s in doc.sections)
    assert doc.text.count("\n\nEmail: privacy@example.com") == len(TOPICS)


def test_a_subtitle_under_the_title_is_not_a_section_but_a_numbered_first_clause_is():
    page = html_page(
        "".join(f"<h2>{n}. {t}</h2><p>{body(t)}</p>" for n, t in enumerate(TOPICS, 1)),
        title="<h1>Terms & Conditions</h1><h2>Acme Terms and Conditions of Use</h2>",
    )
    assert top(page) == [f"{n}. {t}" for n, t in enumerate(TOPICS, 1)]
    numbered_first = "# Nutzungsbedingungen\n\n### 1. Gegenstand dieser Nutzungsbedingungen\n\n"
    md = (
        numbered_first
        + BODY
        + "\n\n"
        + "".join(f"### {n}. {t}\n\n{body(t)}\n\n" for n, t in enumerate(TOPICS[1:], 2))
    )
    assert top(md, "text/markdown")[0] == "1. Gegenstand dieser Nutzungsbedingungen"


def test_the_scorer_needs_only_its_json_weights():
    """The shipped model is plain weights over named features; scikit-learn is not imported."""
    model = shipped_model()
    assert model.weights and 0 < model.threshold < 1
    blocks = [Block("heading", "1. Scope", 2), Block("para", BODY)] * 3
    feats = features(blocks, [0, 2, 4])
    assert all(isinstance(v, float) for f in feats for v in f.values())
    assert top_level(blocks, [0, 2, 4]) <= {0, 2, 4}
    # A fresh interpreter: in this one another test may have imported scikit-learn.
    probe = (
        "import sys\n"
        "from policywatch.extract.pipeline import extract\n"
        "extract(b'<h1>Privacy</h1><h2>1. Scope</h2><p>' + b'We keep data. ' * 40 + b'</p>',"
        " 'text/html', 'https://x.example/')\n"
        "print('sklearn' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "kind", "value", "depth"),
    [
        ("Article 3 – Prix", "num", 3, 1),
        ("§ 4 Haftung", "num", 4, 1),
        ("10bis. Jeux concours", "num", 10, 1),
        ("2a. Eligibility", "num", 2, 2),
        ("4.2.1 Les Charmes", "num", 4, 3),
        ("B. Account Terms", "letter", 2, 1),
        ("IV. Liability", "roman", 4, 1),
        ("Schedule 2 - Security", "annex", 0, 1),
        ("Anhang B – Unterauftragsverarbeiter", "annex", 0, 1),
    ],
)
def test_numbering_is_read_in_every_form(text, kind, value, depth):
    number = number_of(text)
    assert number is not None
    assert (number.kind, number.value, number.depth) == (kind, value, depth)


def _pdf_with_headings(heading_font: tuple[str, int]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Privacy notice", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "This notice explains: " + BODY, new_x="LMARGIN", new_y="NEXT")
    for topic in TOPICS:
        pdf.set_font("Helvetica", *heading_font)
        pdf.cell(0, 8, topic, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, f"{body(topic)} {BODY}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


@pytest.mark.parametrize("font", [("B", 11), ("", 14)], ids=["bold", "larger"])
def test_pdf_headings_set_apart_by_their_font(font):
    """Sentence-case, unnumbered PDF headings: only the font (bold, larger) tells them."""
    doc = extract(_pdf_with_headings(font), "application/pdf")
    assert doc.title == "Privacy notice"
    assert [s.heading for s in doc.sections if s.level == 2] == TOPICS
