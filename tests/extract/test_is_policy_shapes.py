"""'Reads as a document of its declared type' holds by construction: every declared
type, in every language the synthetic table has, in every shape (a full HTML page
with the site's chrome, Markdown, a PDF; other titles the type goes by: "AGB",
"Vilkår", "Conditions générales", an annex DPA; a sub-processor table and a cookie
table with little prose) is taken, and every kind of non-policy page beside them
(product, pricing, blog post, sign-in, 404, cookie banner only, a marketing page
titled "Privacy", careers, status) is refused, through the very function the
crawl asks (:func:`policywatch.recorder.is_policy.check_type`).

The pages are benchmarks/policy_shapes/<language>.yaml laid out by benchmarks/shapes.py.
"""

from __future__ import annotations

import pytest

from benchmarks import shapes
from policywatch.extract import extract
from policywatch.extract.doctype import classify_document, legal_register
from policywatch.extract.links import html_title
from policywatch.recorder.is_policy import check_type

LANGUAGES = shapes.languages()
needs_font = pytest.mark.skipif(not shapes.PDF_FONT.exists(), reason="fonts-dejavu-core missing")


def _check(page: shapes.Page):
    doc = extract(page.body, page.content_type, page.url)
    return check_type(doc, page.doc_type, page.url, body=page.body, content_type=page.content_type)


def test_the_table_covers_every_type_shape_and_kind_in_each_language():
    assert set(LANGUAGES) >= {"en", "nb", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "pt"}
    for language in LANGUAGES:
        pages = shapes.policy_pages(language)
        assert {(p.doc_type, p.shape) for p in pages} == {
            (t, s) for t in ("privacy_policy", "terms", "dpa", "subprocessors", "cookie_policy")
            for s in shapes.SHAPES
        }  # fmt: skip
        kinds = {p.kind for p in shapes.non_policy_pages(language)}
        assert kinds == set(shapes.DECLARED_AS), language


@needs_font
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_type_and_shape_reads_as_its_declared_type(language):
    refused = {p.id: r.reason for p in shapes.policy_pages(language) if (r := _check(p))}
    assert not refused, refused


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_non_policy_page_is_refused(language):
    taken = [p.id for p in shapes.non_policy_pages(language) if _check(p) is None]
    assert not taken, taken


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_titled_privacy_is_a_policy_only_if_its_text_backs_the_title(language):
    """The same title over marketing copy and over a policy's text: the text decides."""
    marketing = next(p for p in shapes.non_policy_pages(language) if p.kind == "privacy_marketing")
    policy_text = shapes.texts(language)["privacy_policy"]
    policy = shapes._html(
        shapes.texts(language)["chrome"], marketing.title, policy_text["sections"], None
    )
    assert _check(marketing) is not None
    assert check_type(
        extract(policy, "text/html", marketing.url), "privacy_policy", marketing.url,
        body=policy, content_type="text/html",
    ) is None  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_policies_are_in_the_legal_register_and_site_copy_is_not(language):
    """The register feature per language: clauses use its words, a product, pricing,
    sign-in, error, careers or status page and sales copy titled "Privacy" do not (a
    blog post about privacy may: it talks of personal data, and its title says blog)."""
    for doc_type in ("privacy_policy", "terms", "dpa"):
        text = " ".join(body for _, body in shapes.texts(language)[doc_type]["sections"])
        assert legal_register(text, language) >= 0.6, (language, doc_type)
    for kind, (_, text) in shapes.texts(language)["not_policies"].items():
        if kind not in ("blog", "cookie_banner"):
            assert legal_register(text, language) < 0.5, (language, kind)


@needs_font
def test_a_dpa_declared_as_terms_is_taken_and_reads_as_a_dpa():
    """Fails open: a legal document of a neighbouring type is taken, not refused."""
    dpa = next(p for p in shapes.policy_pages("de") if p.doc_type == "dpa" and p.shape == "html")
    doc = extract(dpa.body, dpa.content_type, dpa.url)
    assert check_type(doc, "terms", dpa.url, body=dpa.body, content_type=dpa.content_type) is None
    assert classify_document(doc, dpa.url, title=html_title(dpa.body)).type == "dpa"
