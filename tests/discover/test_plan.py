"""The pure parts of discovery: links and where they sit, one site or another,
and the plan that decides what to fetch and what was found."""

from __future__ import annotations

import doctest

import pytest

from policywatch.core import lexicon
from policywatch.core.lexicon import countries, phrases
from policywatch.core.model import ExtractedDocument
from policywatch.extract import discovery as discovery_module
from policywatch.extract import doctype, doctype_phrases, links
from policywatch.extract.discovery import Plan
from policywatch.extract.links import Link, collect_links, same_site

SITE = "https://www.acme.example/"
POLICY = ExtractedDocument(
    text="We process personal data as controller; your rights, retention and legal basis. " * 40,
    title="Privacy Policy",
)
TERMS = ExtractedDocument(
    text="This agreement limits liability; governing law, termination and fees apply. " * 40,
    title="Terms of Service",
)
HOME = ExtractedDocument(text="Acme makes files easy for teams. Start a trial. " * 20, title="Acme")


@pytest.mark.parametrize(
    "module", [doctype, doctype_phrases, links, discovery_module, lexicon, phrases, countries]
)
def test_docstring_examples_run_as_written(module):
    assert doctest.testmod(module).failed == 0


def test_links_know_their_region_text_and_base():
    html = b"""<html><head><base href="https://www.acme.example/en/">
    <link rel="terms-of-service" href="tos"></head><body>
    <nav><a href="pricing">Pricing</a></nav>
    <div class="site-footer"><a href="privacy#top"><img alt="Privacy"></a>
      <a href="mailto:dpo@acme.example">DPO</a></div>
    <main><a href="https://other.example/x">Partner</a><a href="javascript:void(0)">x</a></main>
    </body></html>"""
    found = [(link.url, link.text, link.region) for link in collect_links(html, SITE)]
    assert found == [
        ("https://www.acme.example/en/tos", "terms of service", "head"),
        ("https://www.acme.example/en/pricing", "Pricing", "nav"),
        ("https://www.acme.example/en/privacy", "Privacy", "footer"),
        ("https://other.example/x", "Partner", "body"),
    ]


def test_same_site_is_the_registrable_domain_or_the_same_host_and_port():
    assert same_site("https://legal.acme.example/dpa.pdf", SITE)
    assert same_site("https://www.acme.co.uk/p", "https://acme.co.uk/")
    assert not same_site("https://other.co.uk/p", "https://acme.co.uk/")
    assert same_site("http://127.0.0.1/privacy", "http://127.0.0.1:80/")
    assert not same_site("http://127.0.0.1:8001/privacy", "http://127.0.0.1:8000/")


def test_plan_tries_each_type_best_link_first_and_stops_when_confirmed():
    plan = Plan(SITE)
    plan.add_links(
        [
            Link("https://www.acme.example/privacy", "Privacy Policy", "footer"),
            Link("https://www.acme.example/account/privacy", "Privacy settings", "footer"),
            Link("https://www.acme.example/terms", "Terms", "footer"),
            Link("https://elsewhere.example/privacy", "Privacy Policy", "footer"),
            Link("https://www.acme.example/", "Home", "nav"),
        ]
    )
    assert plan.next_candidate() == "https://www.acme.example/privacy"
    plan.add_page("https://www.acme.example/privacy", "https://www.acme.example/privacy", POLICY)
    assert plan.next_candidate() == "https://www.acme.example/terms"
    plan.add_page("https://www.acme.example/terms", "https://www.acme.example/terms", TERMS)
    # Both confirmed: the settings page (a weaker privacy candidate) is never fetched,
    # and links to other sites and to the home page are no candidates at all.
    assert plan.next_candidate() is None
    result = plan.result()
    assert {d.type: d.url for d in result.documents} == {
        "privacy_policy": "https://www.acme.example/privacy",
        "terms": "https://www.acme.example/terms",
    }
    assert result.best("dpa") is None


def test_a_page_that_redirects_to_the_home_page_is_not_the_document():
    plan = Plan(SITE, types=["privacy_policy"])
    plan.add_links([Link("https://www.acme.example/privacy", "Privacy", "sitemap")])
    plan.add_page("https://www.acme.example/privacy", "https://www.acme.example/", HOME)
    assert plan.result().documents == []


def test_each_url_is_one_type_and_other_copies_are_alternatives():
    plan = Plan(SITE)
    plan.add_links(
        [
            Link("https://www.acme.example/legal/privacy", "Privacy Policy", "footer"),
            Link("https://www.acme.example/privacy-2023", "", "sitemap"),
        ]
    )
    older = ExtractedDocument(text=POLICY.text + " Archived.", title="Privacy Policy (2023)")
    plan.add_page(
        "https://www.acme.example/legal/privacy", "https://www.acme.example/legal/privacy", POLICY
    )
    plan.add_page(
        "https://www.acme.example/privacy-2023", "https://www.acme.example/privacy-2023", older
    )
    plan.add_page(
        "https://www.acme.example/old-privacy", "https://www.acme.example/legal/privacy", POLICY
    )
    result = plan.result()
    assert [d.url for d in result.documents] == ["https://www.acme.example/legal/privacy"]
    assert [a.url for a in result.alternatives["privacy_policy"]] == [
        "https://www.acme.example/privacy-2023"
    ]


def test_the_plan_keeps_to_its_page_budget():
    plan = Plan(SITE, per_type=10, max_pages=3)
    plan.add_links(
        Link(f"https://www.acme.example/terms-{i}", f"Terms {i}", "footer") for i in range(10)
    )
    fetched = []
    while (url := plan.next_candidate()) is not None:
        fetched.append(url)
    assert len(fetched) == 2  # and the home page: 3 pages


def test_unnamed_footer_links_are_read_last_while_a_type_is_missing():
    """'How we use your data' -> /p/4821 names nothing; legal pages live in footers."""
    plan = Plan(SITE, types=["privacy_policy"])
    plan.add_links(
        [
            Link("https://www.acme.example/p/4821", "How we use your data", "footer"),
            Link("https://www.acme.example/account", "Sign in", "footer"),
            Link("https://www.acme.example/privacy-old", "Privacy", "footer"),
        ]
    )
    assert plan.next_candidate() == "https://www.acme.example/privacy-old"
    plan.add_page("https://www.acme.example/privacy-old", "https://www.acme.example/", HOME)
    assert plan.next_candidate() == "https://www.acme.example/p/4821"  # not the sign-in page
    plan.add_page("https://www.acme.example/p/4821", "https://www.acme.example/p/4821", POLICY)
    assert plan.next_candidate() is None
    assert plan.result().best("privacy_policy").url == "https://www.acme.example/p/4821"


def test_a_copy_in_another_language_is_only_an_alternative():
    plan = Plan(SITE, types=["privacy_policy"])
    plan.add_page(SITE, SITE, HOME, title="Acme", language="sv")
    plan.add_links(
        [
            Link("https://www.acme.example/en/privacy", "English", "footer"),
            Link("https://www.acme.example/integritet", "Integritet", "footer"),
        ]
    )
    swedish = ExtractedDocument(
        text="Vi behandlar personuppgifter som personuppgiftsansvarig; dina rättigheter. " * 40,
        title="Integritetspolicy",
    )
    plan.add_page(
        "https://www.acme.example/integritet", "https://www.acme.example/integritet", swedish,
        language="sv",
    )  # fmt: skip
    plan.add_page(
        "https://www.acme.example/en/privacy", "https://www.acme.example/en/privacy", POLICY,
        language="en",
    )  # fmt: skip
    result = plan.result()
    assert result.best("privacy_policy").url == "https://www.acme.example/integritet"
    assert [a.url for a in result.alternatives["privacy_policy"]] == [
        "https://www.acme.example/en/privacy"
    ]
