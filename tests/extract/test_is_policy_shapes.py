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
from policywatch.extract.doctype import classify_document
from policywatch.extract.doctype_body import legal_register
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
    policy = shapes.page_html(
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


COMMITMENTS = [
    "Nordlys shall make the service available in accordance with these commitments.",
    "Where a commitment is not met, the customer shall be entitled to a credit pursuant to"
    " clause 4.",
    "Nordlys shall not be liable for any failure caused by events beyond its reasonable control.",
    "Notwithstanding the foregoing, the customer shall notify Nordlys in writing within 30 days.",
    "Any dispute arising hereunder shall be governed by the laws of Norway.",
    "The parties agree that the courts of Oslo shall have exclusive jurisdiction over disputes.",
    "Nordlys may amend these commitments, provided that the customer is notified in advance.",
    "Nothing in this document shall limit the obligations of either party under the agreement.",
    "A credit shall be the sole remedy of the customer for any failure to meet a commitment.",
    "Credits shall be applied to the next invoice and shall not be paid out in cash.",
    "The customer shall not be entitled to a credit where the failure results from its breach.",
    "Scheduled maintenance shall be announced at least five business days before it begins.",
    "Each party shall keep the terms of any credit request confidential under the agreement.",
    "These commitments shall remain in force for as long as the agreement remains in force.",
    "If any provision is held invalid, the remaining provisions shall continue in full force.",
    "The headings in this document are for convenience only and shall not affect its meaning.",
]
SALES = [
    "Nordlys helps your team plan every sprint in one calm, shared place.",
    "Drag cards between columns, invite your colleagues and watch the work flow.",
    "Thousands of teams across Europe already ship faster with Nordlys boards.",
    "Connect your calendar, your chat and your code in a couple of clicks.",
    "Our designers obsess over every pixel so your board always feels light.",
    "Start today and see how much smoother the next release can be for everyone.",
] * 3


def _page(title: str, sentences: list[str]) -> bytes:
    body = "".join(f"<h2>{i + 1}. {title}</h2><p>{s}</p>" for i, s in enumerate(sentences))
    return f"<title>{title}</title><h1>{title}</h1>{body}".encode()


def test_a_plainly_legal_text_of_no_known_type_is_taken_and_site_copy_is_not():
    """Fails open on the register: a long page mostly in legal sentences that names no
    known document type is a legal text, taken; a banner-length one or sales copy is not."""
    url = "https://nordlys.example/commitments"

    def judged(page: bytes):
        doc = extract(page, "text/html", url)
        verdict = classify_document(doc, url, title=html_title(page))
        return verdict, check_type(doc, "privacy_policy", url, body=page, content_type="text/html")

    verdict, why = judged(_page("Nordlys Commitments", COMMITMENTS))
    assert verdict.type == "other" and verdict.register >= 0.5  # the case this rule is for
    assert why is None
    assert judged(_page("Nordlys Commitments", COMMITMENTS[:5]))[1] is not None
    verdict, why = judged(_page("Nordlys Boards", [f"{s} ({i})" for i, s in enumerate(SALES)]))
    assert verdict.register < 0.5 and why is not None
