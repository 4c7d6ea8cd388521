"""A term the document defines ('"Partner" means ...', '(the "Site")', '« Partenaire »
désigne ...') is one of its own words wherever it stands: a sentence that drops or adds
it names no party (core/lexicon/definitions.py ``defined_terms``, diffing/stated.py
``party_names``), in en, nb, de, fr. The twin, the same sentence in a document that
defines nothing, still loses a party: a recipient.
"""

from __future__ import annotations

import doctest

import pytest

from policywatch.core.lexicon.definitions import defined_terms
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents

# fmt: off
# (language, heading, a definition of the term, the sentence naming it, the same without
# it, the term as written)
CASES = [
    ("en", "Sharing",
     '"Partner" means the company that sells a product through the shop.',
     "We share your order details with Acme Logistics Ltd and with the Partner.",
     "We share your order details with Acme Logistics Ltd.", "Partner"),
    ("nb", "Deling",
     "«Partner» betyr selskapet som selger et produkt gjennom butikken.",
     "Vi deler ordreopplysningene dine med Acme Logistikk AS og med Partner.",
     "Vi deler ordreopplysningene dine med Acme Logistikk AS.", "Partner"),
    ("de", "Weitergabe",
     "„Partner Shop“ bezeichnet das Unternehmen, das ein Produkt über den Shop verkauft.",
     "Wir geben Ihre Bestelldaten an Acme Logistik GmbH und an den Partner Shop weiter.",
     "Wir geben Ihre Bestelldaten an Acme Logistik GmbH weiter.", "Partner Shop"),
    ("fr", "Partage",
     "« Partenaire » désigne la société qui vend un produit sur la boutique.",
     "Nous partageons les détails de votre commande avec Acme Logistique SAS et le Partenaire.",
     "Nous partageons les détails de votre commande avec Acme Logistique SAS.", "Partenaire"),
]
# fmt: on


def _doc(language: str, heading: str, *paragraphs: str) -> ExtractedDocument:
    text = "\n\n".join(paragraphs)
    return ExtractedDocument(text=text, sections=[Section(1, heading, text)], language=language)


@pytest.mark.parametrize(("language", "heading", "definition", "named", "dropped", "term"), CASES)
def test_a_defined_term_dropped_is_no_party(
    language: str, heading: str, definition: str, named: str, dropped: str, term: str
) -> None:
    assert term.casefold() in defined_terms(definition, language)
    result = diff_documents(
        _doc(language, heading, definition, named), _doc(language, heading, definition, dropped)
    )
    assert not [r for r in result.reasons if r.explanation.startswith("names changed")], (
        result.reasons
    )


@pytest.mark.parametrize(("language", "heading", "definition", "named", "dropped", "term"), CASES)
def test_twin_an_undefined_name_dropped_is_a_party(
    language: str, heading: str, definition: str, named: str, dropped: str, term: str
) -> None:
    # The same sentence where nothing defines the word: a party left the recipients.
    other = named.replace(term, "Beta Transport")
    result = diff_documents(_doc(language, heading, other), _doc(language, heading, dropped))
    assert result.verdict == "material"
    assert "recipients" in result.categories, result.reasons
    assert any(r.explanation.startswith("names changed") for r in result.reasons)


@pytest.mark.parametrize(
    ("language", "text", "terms"),
    [
        (
            "en",
            'Acme Ltd ("Acme" or "Processor") and you (the "Customer").',
            {"processor", "customer"},
        ),
        ("nb", "Acme AS (heretter «Tjenesten») og du.", {"tjenesten"}),
        ("de", "Acme GmbH (nachfolgend „Anbieter“) und Sie.", {"anbieter"}),
        ("fr", "Acme SAS (ci-après le « Site ») et vous.", {"site"}),
    ],
)
def test_a_bracketed_quoted_term_is_defined(language: str, text: str, terms: set[str]) -> None:
    assert defined_terms(text, language) == terms


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", 'We pay with "Google Pay" and keep the receipt.'),
        ("nb", "Vi betaler med «Vipps» og tar vare på kvitteringen."),
        ("de", "Wir zahlen mit „Google Pay“ (einer Wallet) und behalten den Beleg."),
        ("fr", "Nous payons avec « Lydia » et gardons le reçu."),
    ],
)
def test_twin_a_quoted_brand_is_no_definition(language: str, text: str) -> None:
    assert defined_terms(text, language) == frozenset()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", 'Payments are handled by Stripe Payments Europe Ltd ("Stripe").'),
        ("nb", "Betalinger håndteres av Vipps MobilePay AS («Vipps»)."),
        ("de", "Zahlungen wickelt die Klarna Bank AB (nachfolgend „Klarna“) ab."),
        ("fr", "Les paiements sont gérés par Lydia Solutions SAS (ci-après « Lydia »)."),
    ],
)
def test_twin_a_company_short_name_stays_a_party(language: str, text: str) -> None:
    # The bracket gives the company just named a short name: a party, not a term.
    assert defined_terms(text, language) == frozenset()


def test_the_usage_shown_in_the_docstrings_holds() -> None:
    from policywatch.core.lexicon import definitions
    from policywatch.diffing import stated

    for module in (definitions, stated):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed, module.__name__
