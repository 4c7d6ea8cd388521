"""A term the document defines ('"Partner" means ...', '(the "Site")', '« Partenaire »
désigne ...') is one of its own words wherever it stands: a sentence that drops or adds
it names no party (core/lexicon/definitions.py ``defined_terms``, diffing/stated.py
``party_names``), in en, nb, de, fr. The twin, the same sentence in a document that
defines nothing, still loses a party: a recipient.
"""

from __future__ import annotations

import doctest
import re
from re import _constants, _parser  # type: ignore[attr-defined]

import pytest

from policywatch.core.lexicon.definitions import (
    COMPANY,
    bracket_pattern,
    defined_terms,
    definition_pattern,
)
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
            'Acme Ltd (the "Acme" or "Processor") and you (the "Customer").',
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


# fmt: off
# (language, heading, a paragraph naming a party by its short name, a sentence naming it
# again, the same without it, the name): a company's short name, an acronym of it, an
# address between, examples in a bracket, a term defined as the company itself. Each is
# a party: dropping it is a recipient gone.
PARTY_CASES = [
    ("en", "Sharing", 'Payments are handled by Stripe, Inc. ("Stripe").',
     "We share your order details with Acme Logistics Ltd and with Stripe.",
     "We share your order details with Acme Logistics Ltd.", "Stripe"),
    ("en", "Sharing", "We host data with International Business Machines Corporation "
     '("IBM").', "We share your order details with Acme Logistics Ltd and with IBM.",
     "We share your order details with Acme Logistics Ltd.", "IBM"),
    ("en", "Sharing", "Analytics are provided by Google Ireland Limited, Gordon House, "
     'Barrow Street, Dublin 4, Ireland ("Google").',
     "We share your order details with Acme Logistics Ltd and with Google.",
     "We share your order details with Acme Logistics Ltd.", "Google"),
    ("en", "Sharing", 'You may sign in with a social network (such as "Facebook" or '
     '"LinkedIn").', "We share your profile with Acme Logistics Ltd and with LinkedIn.",
     "We share your profile with Acme Logistics Ltd.", "LinkedIn"),
    ("en", "Sharing", '"Stripe" means Stripe Payments Europe Ltd, our payment processor.',
     "We share your order details with Acme Logistics Ltd and with Stripe.",
     "We share your order details with Acme Logistics Ltd.", "Stripe"),
    ("nb", "Deling", "Vi strømmer video fra Norsk Rikskringkasting AS («NRK»).",
     "Vi deler ordreopplysningene dine med Acme Logistikk AS og med NRK.",
     "Vi deler ordreopplysningene dine med Acme Logistikk AS.", "NRK"),
    ("nb", "Deling", "Du kan logge inn med et sosialt nettverk (f.eks. «Facebook» eller "
     "«LinkedIn»).", "Vi deler profilen din med Acme Logistikk AS og med LinkedIn.",
     "Vi deler profilen din med Acme Logistikk AS.", "LinkedIn"),
    ("de", "Weitergabe", "Wir nutzen das Netz der Deutschen Telekom AG („DTAG“).",
     "Wir geben Ihre Bestelldaten an Acme Logistik GmbH und an die DTAG weiter.",
     "Wir geben Ihre Bestelldaten an Acme Logistik GmbH weiter.", "DTAG"),
    ("de", "Weitergabe", "Sie können sich mit einem sozialen Netzwerk anmelden (z. B. "
     "„Facebook“ oder „LinkedIn“).",
     "Wir geben Ihr Profil an Acme Logistik GmbH und an LinkedIn weiter.",
     "Wir geben Ihr Profil an Acme Logistik GmbH weiter.", "LinkedIn"),
    ("fr", "Partage", "Les paiements passent par la Banque Populaire Grand Ouest (« BPGO »).",
     "Nous partageons les détails de votre commande avec Acme Logistique SAS et la BPGO.",
     "Nous partageons les détails de votre commande avec Acme Logistique SAS.", "BPGO"),
    ("fr", "Partage", "Vous pouvez vous connecter avec un réseau social (par exemple "
     "« Facebook » ou « LinkedIn »).",
     "Nous partageons votre profil avec Acme Logistique SAS et LinkedIn.",
     "Nous partageons votre profil avec Acme Logistique SAS.", "LinkedIn"),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "heading", "context", "named", "dropped", "name"), PARTY_CASES
)
def test_a_short_name_or_an_example_dropped_is_a_party(
    language: str, heading: str, context: str, named: str, dropped: str, name: str
) -> None:
    assert name.casefold() not in defined_terms(f"{context}\n\n{named}", language)
    result = diff_documents(
        _doc(language, heading, context, named), _doc(language, heading, context, dropped)
    )
    assert result.verdict == "material", result.reasons
    assert "recipients" in result.categories, result.reasons


def _unbounded_repeats(pattern: re.Pattern[str]) -> list[str]:
    """The repeats of ``pattern`` with no upper bound ('*', '+', '{n,}')."""
    found: list[str] = []

    def walk(items: object) -> None:
        for op, arg in items:  # type: ignore[attr-defined]
            if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
                if arg[1] == _constants.MAXREPEAT:
                    found.append(str(arg[2]))
                walk(arg[2])
            elif op in (_constants.SUBPATTERN, _constants.ATOMIC_GROUP):
                walk(arg[-1])
            elif op == _constants.BRANCH:
                for branch in arg[1]:
                    walk(branch)
            elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
                walk(arg[1])

    walk(_parser.parse(pattern.pattern, pattern.flags))
    return found


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr", None])
def test_every_gap_is_bounded_so_a_page_is_read_in_linear_time(language: str | None) -> None:
    # A bounded pattern tries each start in constant work: no two unbounded runs of
    # spaces to trade characters between ('"a"' + 1500 spaces took seconds).
    for pattern in (definition_pattern(language), bracket_pattern(language), COMPANY):
        assert _unbounded_repeats(pattern) == [], pattern.pattern
    # The twin: the check sees the unbounded runs the old pattern had.
    assert _unbounded_repeats(re.compile(r'"a"\s*[:,]?\s*means')) != []


def test_a_long_run_of_spaces_defines_nothing() -> None:
    spaces = " " * 100_000
    assert defined_terms(f'"a"{spaces}x ("b"{spaces}) (the{spaces}"c"{spaces}', "en") == set()


def test_the_usage_shown_in_the_docstrings_holds() -> None:
    from policywatch.core.lexicon import definitions
    from policywatch.diffing import stated

    for module in (definitions, stated):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed, module.__name__
