"""Outline rules on real page heads: titles, banners and restated titles are not sections."""

from __future__ import annotations

import pytest

from policywatch.extract import extract
from policywatch.sources import load_source
from tests.conftest import CORPUS

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="shared/corpus/dev not beside the repo"
)

# adopteunmec-terms-of-service v01 (OTA Markdown), first lines: a banner, two
# title headings, then PRÉAMBULE and a sub-heading that mentions the document.
ADOPTE_V01_HEAD = """\
C.G.U
=====

### Conditions générales d'utilisation web

à jour du 17/03/2021

Conditions générales d'utilisation
----------------------------------

### PRÉAMBULE

### ACCEPTATION DES CONDITIONS GÉNÉRALES D'UTILISATION

Avant toute utilisation des services du site internet accessible à l'adresse \
www.AdopteUnMec.com, vous vous engagez à lire et à accepter sans réserve le \
présent document. Ces règles ont été édictées dans le respect de la législation afin \
de préserver les libertés des Utilisateurs et d'assurer un service internet de qualité. \
Si vous n'acceptez pas l'intégralité du contenu des Conditions ci-exposées, merci de \
bien vouloir vous abstenir de faire usage des Services.

### ARTICLE 1 : DÉFINITIONS

**Abonnements** : les Abonnements sont destinés aux Utilisateurs masculins.

### ARTICLE 2 : INSCRIPTION

Texte.

### ARTICLE 3 : SERVICES

Texte.
"""


def _levels(doc) -> dict[str, int]:
    return {s.heading: s.level for s in doc.sections if s.heading}


def test_banner_and_title_headings_at_the_top_are_level_one():
    levels = _levels(extract(ADOPTE_V01_HEAD.encode(), "text/markdown"))
    assert levels["C.G.U"] == 1
    assert levels["Conditions générales d'utilisation web"] == 1
    assert levels["Conditions générales d'utilisation"] == 1
    # The first heading that does not name the document ends the title run,
    # even though the next one mentions "conditions générales".
    assert levels["PRÉAMBULE"] == 2
    assert levels["ARTICLE 1 : DÉFINITIONS"] == 2


def test_a_sentence_naming_the_terms_is_not_a_title():
    # badoo-terms-of-service v02: a bold line at the top that is a sentence.
    text = (
        "**If you live in the United States, these Terms and Conditions apply to you.**\n\n"
        "Welcome to Badoo.\n\n**1. Who we are**\n\nText.\n\n**2. Your account**\n\nText.\n\n"
        "**3. Payments**\n\nText.\n"
    )
    levels = _levels(extract(text.encode(), "text/markdown"))
    sentence = "If you live in the United States, these Terms and Conditions apply to you."
    assert levels.get(sentence) != 1


@needs_corpus
@pytest.mark.parametrize("ext", ["md", "html"])
def test_adopteunmec_terms_title_repeated_and_help_banner_are_not_sections(ext):
    doc = extract(
        *load_source(str(CORPUS / "adopteunmec-terms-of-service" / f"v04_2025-12-06.{ext}"))
    )
    top = [s.heading for s in doc.sections if s.level == 2]
    assert "Conditions générales de services" not in top
    assert "Aide & services" not in top
    # 'Mentions légales' (an h1 between the title and its restatement) is a
    # judgement call of the labels, left to the fitted scorer.
    preamble = "PRÉAMBULE ET ACCEPTATION DES CONDITIONS GÉNÉRALES DE SERVICES"
    assert top[top.index(preamble) + 1] == "ARTICLE 1 : DÉFINITIONS"
    assert set(top[: top.index(preamble)]) <= {"Mentions légales"}
    assert doc.title == "Conditions générales de services"


@needs_corpus
def test_bumble_html_title_under_a_page_banner_is_not_a_section():
    doc = extract(*load_source(str(CORPUS / "bumble-terms-of-service" / "v06_2026-06-18.html")))
    top = [s.heading for s in doc.sections if s.level == 2]
    assert top[0] == "1. BUMBLE RULES"


def test_heading_whose_id_slug_contains_a_chrome_word_is_kept():
    # her-privacy-policy v05: WordPress gives each heading an id slug of its text,
    # and "share" is also the name of social-sharing widgets.
    html = (
        "<body><div class='content-module'><h2>Information we collect</h2>"
        "<p>We collect your email address, your photos, your location and the messages you"
        " send, and we keep them for as long as your account is open.</p>"
        '<section id="how-we-share-your-data"><h3 id="h-how-we-disclose-and-share-information"'
        ' class="wp-block-heading"><a id="_Toc184027841"></a>How we disclose and share '
        "information</h3><p>We do not disclose or share your Personal Information.</p></section>"
        '</div><div class="share-buttons">Share on Facebook</div></body>'
    )
    text = extract(html.encode(), "text/html").text
    assert "How we disclose and share information" in text
    assert "We do not disclose or share your Personal Information." in text
    assert "Share on Facebook" not in text


@needs_corpus
def test_her_footer_with_a_glued_class_name_is_chrome():
    doc = extract(*load_source(str(CORPUS / "her-privacy-policy" / "v05_2025-03-11.html")))
    top = [s.heading for s in doc.sections if s.level == 2]
    assert "How we disclose and share information" in top
    for footer in ("About HER", "The legal stuff", "Download our app"):
        assert footer not in top
    assert top[-1] == "Contact Us"


@needs_corpus
def test_github_dpa_numbered_clauses_sit_inside_their_parts():
    """Sections 1.-8. are ### under '## GITHUB DATA PROTECTION'; SCC clauses under Attachment 1."""
    doc = extract(*load_source(str(CORPUS / "github-dpa" / "v04_2021-04-27.md")))
    top = [s.heading for s in doc.sections if s.level == 2]
    # The label puts both appendices under Attachment 1; the scorer keeps the
    # first there (an annex inside another annex) but not "Appendix 2", whose
    # "annex after the same label" reads like "Schedule 2" after "Schedule 1".
    assert top[:3] == [
        "INTRODUCTION",
        "GITHUB DATA PROTECTION",
        "Attachment 1 – The Standard Contractual Clauses (Processors)",
    ]
    levels = _levels(doc)
    assert levels["1. Definitions."] == 3
    assert levels["2.1 Data Processing."] == 4
    assert levels["Clause 1: Definitions"] > 2
    assert levels["Appendix 1 to the Standard Contractual Clauses"] > 2


def test_wrapped_line_starting_with_article_number_is_not_a_heading():
    # fruitz-privacy-policy v04 (OTA's text of the PDF): a sentence wraps right
    # after "Article 17", and the next line starts with "of the GDPR".
    text = (
        "PERSONAL DATA PROTECTION\n\nPOLICY\n\nLast update: 16 February 2024\n\n"
        "7\\. What are your rights and how to exercise them?\n\n"
        "● to request FLASHGAP to erase your data provided within the limits of the rights"
        " based on\n\n"
        "Article 17 of the GDPR. You also have the possibility to delete your User account"
        " directly on\n\n"
        "the Application.\n\n8\\. How to contact FLASHGAP?\n\nBy email.\n\n9\\. Language\n\n"
        "This policy is written in English.\n"
    )
    top = [s.heading for s in extract(text.encode(), "text/markdown").sections if s.level == 2]
    assert top == [
        "7. What are your rights and how to exercise them?",
        "8. How to contact FLASHGAP?",
        "9. Language",
    ]


def _top(body: bytes, content_type: str = "text/html") -> list[str]:
    from policywatch.extract import extract

    return [s.heading for s in extract(body, content_type).sections if s.level == 2]


_PARAGRAPH = "We use the data you give us only for the service you asked for, and no more."


def test_the_title_below_a_long_breadcrumb_is_still_the_title_not_a_section():
    crumbs = "".join(f"<p>Help centre topic number {n} for customers</p>" for n in range(12))
    page = (
        "<html><head><title>Privacy Notice | Example</title></head><body><div>" + crumbs + "</div>"
        "<h2>Privacy Notice</h2><p>Intro.</p>"
        + "".join(f"<h2>{t}</h2><p>{t}: {_PARAGRAPH}</p>" for t in ["Data", "Use", "Rights"])
        + "</body></html>"
    ).encode()
    assert _top(page) == ["Data", "Use", "Rights"]


def test_bold_paragraph_sections_beside_one_stray_heading():
    sections = "".join(
        f"<p><b>{t}</b></p><p>{t}: {_PARAGRAPH}</p>" for t in ["Data", "Use", "Rights"]
    )
    page = (
        "<html><body><h1>Privacy Policy</h1><p>Intro.</p>"
        + sections
        + f"<h2>Contact us</h2><p>{_PARAGRAPH}</p></body></html>"
    ).encode()
    assert _top(page) == ["Data", "Use", "Rights", "Contact us"]


def test_markdown_front_matter_title_repeated_as_a_heading_is_not_a_section():
    md = (
        "---\ntitle: Acceptable Use Policy\n---\n\n## Acceptable Use Policy\n\nIntro.\n\n"
        + "".join(f"## {t}\n\n{t}: {_PARAGRAPH}\n\n" for t in ["Scope", "Abuse", "Enforcement"])
    ).encode()
    assert _top(md, "text/markdown") == ["Scope", "Abuse", "Enforcement"]
