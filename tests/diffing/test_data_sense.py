"""A word of two senses (transferring, consent) gives its category only beside a word
for personal data or its processing (core/lexicon/data_sense.py, ``in_data_sense`` of
diffing/lexicons.py), in en, nb, de, fr: "we never transfer your personal data" added
is a transfer, "premium credits can never be transferred" none; "we process your data
only with your consent" a legal basis, "the double click is your consent to the sales
contract" none.
"""

from __future__ import annotations

import doctest

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.lexicons import in_data_sense, topics
from policywatch.diffing.text import key

# fmt: off
# (language, heading, a sentence both versions have, category, the sentence in the data
# sense, its twin in the other sense)
CASES = [
    ("en", "Your account", "You can open an account on our website at any time.",
     "transfers", "We never transfer your personal data.",
     "Premium credits can never be transferred."),
    ("nb", "Kontoen din", "Du kan når som helst opprette en konto på nettstedet vårt.",
     "transfers", "Vi overfører aldri personopplysningene dine.",
     "Premiumkreditter kan aldri overføres."),
    ("de", "Ihr Konto", "Sie können jederzeit ein Konto auf unserer Website eröffnen.",
     "transfers", "Wir übermitteln Ihre personenbezogenen Daten niemals.",
     "Ihre Beschwerde wird niemals übermittelt."),
    ("fr", "Votre compte", "Vous pouvez ouvrir un compte sur notre site à tout moment.",
     "transfers", "Nous ne transférons jamais vos données personnelles.",
     "Les crédits Premium ne sont jamais transférables."),
    ("en", "Your account", "You can open an account on our website at any time.",
     "legal_basis", "We process your data only with your consent.",
     "Clicking twice is your consent to the sales contract."),
    ("nb", "Kontoen din", "Du kan når som helst opprette en konto på nettstedet vårt.",
     "legal_basis", "Vi behandler opplysningene dine bare med ditt samtykke.",
     "Et dobbeltklikk er ditt samtykke til kjøpsavtalen."),
    ("de", "Ihr Konto", "Sie können jederzeit ein Konto auf unserer Website eröffnen.",
     "legal_basis", "Wir verarbeiten Ihre Daten nur mit Ihrer Einwilligung.",
     "Der Doppelklick gilt als Ihre Einwilligung in den Kaufvertrag."),
    ("fr", "Votre compte", "Vous pouvez ouvrir un compte sur notre site à tout moment.",
     "legal_basis", "Nous traitons vos données uniquement avec votre consentement.",
     "Le double clic vaut consentement au contrat de vente."),
]
# fmt: on


def _categories(language: str, heading: str, text: str, added: str) -> tuple[str, list[str]]:
    old = ExtractedDocument(text=text, sections=[Section(1, heading, text)], language=language)
    both = f"{text}\n\n{added}"
    new = ExtractedDocument(text=both, sections=[Section(1, heading, both)], language=language)
    result = diff_documents(old, new)
    return result.verdict, result.categories


@pytest.mark.parametrize(("language", "heading", "text", "category", "data", "other"), CASES)
def test_the_data_sense_gives_the_category(
    language: str, heading: str, text: str, category: str, data: str, other: str
) -> None:
    verdict, categories = _categories(language, heading, text, data)
    assert verdict == "material"
    assert category in categories


@pytest.mark.parametrize(("language", "heading", "text", "category", "data", "other"), CASES)
def test_twin_the_other_sense_gives_none(
    language: str, heading: str, text: str, category: str, data: str, other: str
) -> None:
    # The word is found (the table's stem matches it), but it says nothing of data.
    assert category in topics(key(other), language)
    assert category not in in_data_sense(topics(key(other), language), key(other), language)
    _verdict, categories = _categories(language, heading, text, other)
    assert category not in categories


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_an_unambiguous_word_needs_no_data_word(language: str) -> None:
    # "standard contractual clauses", "legitimate interest": one sense, no companion needed.
    k = {
        "en": "we rely on standard contractual clauses",
        "nb": "vi bygger på tredjeland",
        "de": "wir stützen uns auf standardvertragsklauseln",
        "fr": "nous nous appuyons sur les clauses contractuelles types",
    }[language]
    assert "transfers" in in_data_sense(topics(k, language), k, language)


def test_the_usage_shown_in_the_docstrings_holds() -> None:
    from policywatch.core.lexicon import data_sense
    from policywatch.diffing import lexicons

    for module in (data_sense, lexicons):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed, module.__name__


# A transfer to a place with a pronoun for the data: the place puts the word in the data
# sense ("we may transfer it to the United States").
PLACED = [
    ("en", "Your account", "You can open an account on our website at any time.",
     "We may transfer it to the United States."),
    ("nb", "Kontoen din", "Du kan når som helst opprette en konto på nettstedet vårt.",
     "Vi kan overføre dem til USA."),
    ("de", "Ihr Konto", "Sie können jederzeit ein Konto auf unserer Website eröffnen.",
     "Wir übermitteln sie in die USA."),
    ("fr", "Votre compte", "Vous pouvez ouvrir un compte sur notre site à tout moment.",
     "Nous pouvons les transférer aux États-Unis."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "heading", "text", "added"), PLACED)
def test_a_transfer_to_a_place_is_a_transfer(
    language: str, heading: str, text: str, added: str
) -> None:
    verdict, categories = _categories(language, heading, text, added)
    assert verdict == "material"
    assert "transfers" in categories
