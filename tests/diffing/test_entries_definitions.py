"""A definition names a term, not a party (issue 13z): '"Affiliate": any entity ...' or
'Affiliate: means any entity ...' added to the definitions list of a sub-processor page
adds no recipient, and the term in quotes is no name the changed sentence gives. The
defining words are core/lexicon/definitions.py's, one row per language.

Twins: a party added to the same page's bullet list is an entry added, and a brand in
quotes ("we pay with «Google Pay»") is still a name. en, nb, de, fr.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon import references
from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.core.lexicon.definitions import DEFINING_WORDS
from policywatch.core.model import ExtractedDocument
from policywatch.diffing import diff_documents
from policywatch.diffing.categories_given import is_definition
from policywatch.diffing.said_names import names

# fmt: off
# title, definitions heading, a kept definition, the new term, its definition's words,
# its defining verb, the list heading, a sentence naming a quoted brand.
WORDS = {
    "en": ("Sub-processors", "Definitions", '"Customer": the entity that signed the Agreement.',
           "Affiliate", "any entity that controls or is controlled by Customer.", "means",
           "Our sub-processors", "We take payments with «Google Pay» in Norway."),
    "nb": ("Underdatabehandlere", "Definisjoner", "«Kunden»: virksomheten som har signert avtalen.",
           "Tilknyttet Selskap", "enhver enhet som kontrollerer eller kontrolleres av Kunden.",
           "betyr", "Våre underdatabehandlere", "Vi tar betalt med «Google Pay» i Norge."),
    "de": ("Unterauftragsverarbeiter", "Begriffe", "„Kunde“: das Unternehmen, das den Vertrag "
           "geschlossen hat.", "Verbundenes Unternehmen",
           "jedes Unternehmen, das den Kunden kontrolliert oder mit ihm unter gemeinsamer "
           "Kontrolle steht.",
           "bezeichnet", "Unsere Unterauftragsverarbeiter",
           "Wir nehmen Zahlungen mit „Google Pay“ in Norwegen an."),
    "fr": ("Sous-traitants ultérieurs", "Définitions", "« Client » : l'entité qui a signé le "
           "contrat.", "Société Affiliée",
           "toute entité qui contrôle le Client ou est contrôlée par lui.", "désigne",
           "Nos sous-traitants ultérieurs",
           "Nous encaissons les paiements avec « Google Pay » en Norvège."),
}
# fmt: on
QUOTES = {"en": ('"', '"'), "nb": ("«", "»"), "de": ("„", "“"), "fr": ("« ", " »")}
PARTIES = ["- Stripe, Inc.: Payments", "- Zendesk, Inc.: Support"]
NEW_PARTY = "- Acme Group Ltd: Group services"


def _page(language: str, definitions: list[str], parties: list[str]) -> ExtractedDocument:
    title, heading, kept, *_, list_heading, _ = WORDS[language]
    defs = "\n".join(f"- {d}" for d in [kept, *definitions])
    text = f"# {title}\n\n## {heading}\n\n{defs}\n\n## {list_heading}\n\n" + "\n".join(parties)
    return ExtractedDocument(text=text + "\n", language=language)


def _forms(language: str) -> list[str]:
    """The new term defined two ways: in quotes before a colon, bare before its verb."""
    _, _, _, term, definition, verb, *_ = WORDS[language]
    opening, closing = QUOTES[language]
    colon = " :" if language == "fr" else ":"
    return [f"{opening}{term}{closing}{colon} {definition}", f"{term}: {verb} {definition}"]


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_term_defined_is_no_party_added(language: str) -> None:
    old = _page(language, [], PARTIES)
    for form in _forms(language):
        result = diff_documents(old, _page(language, [form], PARTIES), doc_type="subprocessors")
        assert not result.entries, [c.describe() for c in result.entries]
        assert not result.material, [r.explanation for r in result.reasons]
    quoted = _forms(language)[0]
    assert WORDS[language][3] not in names(quoted, language)


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_party_added_is_an_entry_a_quoted_brand_a_name(language: str) -> None:
    old = _page(language, [], PARTIES)
    result = diff_documents(
        old, _page(language, [], [*PARTIES, NEW_PARTY]), doc_type="subprocessors"
    )
    assert result.material and [c.describe() for c in result.entries] == [
        "added: Acme Group Ltd (Group services)"
    ]
    assert "Google Pay" in names(WORDS[language][-1], language)


def test_every_language_has_its_defining_words() -> None:
    assert set(DEFINING_WORDS) == set(LANGUAGES)


# fmt: off
# A party whose name has a legal form is a party, even where what it does opens with a
# defining word ("means of payment") or its name stands in quotes.
FORM_PARTIES = {
    "en": ("- Adyen N.V.: means of payment (Netherlands)", '- "Adyen N.V.": payments'),
    "nb": ("- Adyen N.V.: betyr betaling (Nederland)", '- "Adyen N.V.": betaling'),
    "de": ("- Adyen N.V.: bedeutet Zahlungen (Niederlande)", '- "Adyen N.V.": Zahlungen'),
    "fr": ("- Adyen N.V. : signifie paiement (Pays-Bas)", '- "Adyen N.V." : paiements'),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(FORM_PARTIES))
def test_a_name_with_a_legal_form_is_never_a_defined_term(language: str) -> None:
    old = _page(language, [], PARTIES)
    for item in FORM_PARTIES[language]:
        new = _page(language, [], [*PARTIES, item])
        result = diff_documents(old, new, doc_type="subprocessors")
        assert [c.describe().split(" (")[0] for c in result.entries] == ["added: Adyen N.V."]


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_definition_added_leaves_a_lists_only_party(language: str) -> None:
    """A list of one party and a definition added to it ('"Sub-processor" means ...'):
    the party is still there, nothing is removed."""
    term, definition, verb = WORDS[language][3], WORDS[language][4], WORDS[language][5]
    opening, closing = QUOTES[language]
    defined = f"- {opening}{term}{closing} {verb} {definition}"
    old = _page(language, [], PARTIES[:1])
    result = diff_documents(
        old, _page(language, [], [PARTIES[0], defined]), doc_type="subprocessors"
    )
    assert not result.entries, [c.describe() for c in result.entries]


# fmt: off
# Defining words once read by only one of the two rules (a list's terms, a sentence's
# quoted term): one table now serves both (core/lexicon/definitions.py).
MORE_DEFINING = {
    "en": ("Affiliates", "shall include", "has the meaning given in the Agreement."),
    "nb": ("Tilknyttede Selskaper", "omfatter", "enhver enhet som kontrollerer Kunden."),
    "de": ("Verbundene Unternehmen", "umfasst", "alle Unternehmen, die den Kunden kontrollieren."),
    "fr": ("Sous-traitants ultérieurs", "désignent",
           "les entités qui traitent des données pour nous."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(MORE_DEFINING))
def test_one_table_of_defining_words_serves_lists_and_sentences(language: str) -> None:
    term, verb, definition = MORE_DEFINING[language]
    old = _page(language, [], PARTIES)
    item = f"{term}: {verb} {definition}"
    result = diff_documents(old, _page(language, [item], PARTIES), doc_type="subprocessors")
    assert not result.entries, [c.describe() for c in result.entries]
    opening, closing = QUOTES[language]
    assert is_definition(f"{opening}{term}{closing} {verb} {definition}", language)
    # Twin: the same verb after a statement's subject defines nothing.
    assert not is_definition(f"Acme {verb} {definition}", language)


def test_the_references_lexicon_holds_no_second_table_of_defining_words() -> None:
    assert not hasattr(references, "DEFINING_WORDS")
