"""Pages judged by their own text: real policies read as policies of their type,
decoys that share their words do not, whatever their URL says."""

from __future__ import annotations

import pytest

from benchmarks.sites import Route
from policywatch.extract import extract
from policywatch.extract.doctype import DocType, classify_document
from policywatch.extract.doctype_phrases import read_phrase
from policywatch.extract.links import html_title
from tests.conftest import DEMO
from tests.discover import sites

# A URL that says nothing, so only the page itself counts.
NEUTRAL = "https://vendor.example/p/1042"


def verdict(route: Route, url: str = NEUTRAL) -> DocType:
    doc = extract(route.body, route.content_type, url)
    title = html_title(route.body) if "html" in route.content_type else None
    return classify_document(doc, url, title=title)


@pytest.mark.parametrize(
    "path",
    ["connectmyapps/privacy-policy.html", "fusetools/privacy.html", "faveo/personvern.html",
     "nordhost/personvern.html", "fusion/Fusion_Privacy_Policy.pdf"],
)  # fmt: skip
def test_real_privacy_policies_read_as_privacy_policies(path):
    ctype = "application/pdf" if path.endswith(".pdf") else "text/html; charset=utf-8"
    page = verdict(Route((DEMO / "site" / path).read_bytes(), ctype))
    assert page.type == "privacy_policy", page
    assert page.is_a("privacy_policy") and not page.is_a("terms")


@pytest.mark.parametrize(
    ("build", "path", "doc_type"),
    [
        (sites.acme_site, "/legal/terms", "terms"),
        (sites.acme_site, "/legal/acme-dpa.pdf", "dpa"),
        (sites.acme_site, "/legal/subprocessors", "subprocessors"),
        (sites.acme_site, "/legal/cookie-policy", "cookie_policy"),
        (sites.fjordsoft_site, "/vilkar", "terms"),
        (sites.fjordsoft_site, "/dokumenter/databehandleravtale.pdf", "dpa"),
        (sites.fjordsoft_site, "/juridisk/underleverandorer", "subprocessors"),
        (sites.fjordsoft_site, "/informasjonskapsler", "cookie_policy"),
    ],
)
def test_each_type_reads_as_itself_by_its_text(build, path, doc_type):
    page = verdict(build().routes[path])
    assert page.type == doc_type, page
    assert page.is_a(doc_type)


@pytest.mark.parametrize(
    ("build", "path"),
    [
        (sites.acme_site, "/blog/how-we-think-about-privacy"),
        (sites.acme_site, "/account/privacy-settings"),
        (sites.acme_site, "/downloads/acme-security-and-privacy.pdf"),
        (sites.acme_site, "/legal"),
        (sites.acme_site, "/"),
        (sites.fjordsoft_site, "/blogg/slik-tenker-vi-om-personvern"),
        (sites.fjordsoft_site, "/konto/personverninnstillinger"),
        (sites.fjordsoft_site, "/filer/fjordsoft-brosjyre.pdf"),
    ],
)
def test_decoys_are_not_documents_even_at_a_neutral_url(build, path):
    page = verdict(build().routes[path])
    assert page.type == "other", page
    assert not any(page.is_a(t) for t in page.scores)


def test_a_marketing_page_full_of_privacy_words_is_not_a_policy():
    """The words of a policy under a title that names something else."""
    body = " ".join(
        ["Privacy-first analytics for growing teams.", "We never sell personal data to third"
         " parties and you keep full consent control.", "GDPR-ready: your rights, our"
         " retention rules, one dashboard.", "Start your free trial today - no credit card."]
        * 8
    )  # fmt: skip
    route = Route(
        f"<html><head><title>Privacy-first analytics | Acme</title></head><body><main>"
        f"<h1>Analytics that respect your visitors</h1><p>{body}</p></main></body></html>".encode()
    )
    assert verdict(route, "https://acme.example/features/privacy").type == "other"


def test_a_long_title_headed_by_a_document_name_names_the_page():
    """'Terms of Service for consumers in the EEA' is terms; 'How we think about privacy' is not."""
    assert read_phrase("Terms of Service for consumers in the EEA").scores["terms"] >= 0.8
    assert read_phrase("How we think about privacy").scores["privacy_policy"] < 0.5
    assert read_phrase("Privacy settings").decoy == "settings"


def test_a_cited_article_is_no_blog_article_and_an_annex_reference_heads_no_title():
    """'Article 28' cites a law; 'Annex 2:', 'List of', 'Załącznik nr 2 –' open a title
    whose name follows; a qualifier naming another type does not outweigh the name."""
    assert read_phrase("Data Processing Agreement (Article 28 GDPR)").decoy is None
    assert read_phrase("Blog article").decoy is not None
    for title, doc_type in [
        ("Annex 2: Data Processing Agreement", "dpa"),
        ("Anlage 2 – Vereinbarung zur Auftragsverarbeitung gemäß Art. 28 DSGVO", "dpa"),
        ("Bilag 2: Databehandleraftale i henhold til databeskyttelsesforordningen", "dpa"),
        ("Załącznik nr 2 – Umowa powierzenia przetwarzania danych osobowych", "dpa"),
        ("Lista de subencargados del tratamiento", "subprocessors"),
        ("List of Subprocessors", "subprocessors"),
    ]:
        scores = read_phrase(title).scores
        assert scores[doc_type] >= 0.8 and max(scores, key=scores.get) == doc_type, title


def test_a_title_is_backed_by_numbered_sections_when_the_text_uses_plain_words():
    """A short policy in plain words ("keeps it no longer than needed") under its name
    and numbered headings is a policy; the same name over sales copy is not."""
    plain_policy = "".join(
        f"<h2>{n}. {topic}</h2><p>Acme uses the {topic.lower()} of its users only to run"
        " the service they asked for, and keeps it no longer than needed.</p>"
        for n, topic in enumerate(["Contact data", "Usage data", "Payment data"], start=1)
    )
    sales = "<p>Private by design. Zero trackers, EU hosting. Start your free trial today.</p>"
    for main, expected in [(plain_policy, True), (sales, False)]:
        body = (
            "<!doctype html><html lang='en'><head><title>Privacy Policy</title></head><body>"
            f"<main><h1>Privacy Policy</h1>{main}</main></body></html>"
        )
        page = verdict(Route(body.encode()))
        assert page.reads_as("privacy_policy") is expected, page
