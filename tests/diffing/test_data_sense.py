"""A word of two senses (transferring, consent) gives its category only beside a word
for personal data or its processing (core/lexicon/data_sense.py, ``in_data_sense`` of
diffing/lexicons.py), in en, nb, de, fr: "we never transfer your personal data" added
is a transfer, "premium credits can never be transferred" none; "we process your data
only with your consent" a legal basis, "the double click is your consent to the sales
contract" none. A sentence with no data word is about data too when it names tracking,
states another practice of the service or withdraws consent (``about_data``): "we use
analytics cookies only with your consent", "you can withdraw your consent at any time".
"""

from __future__ import annotations

import doctest

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.lexicons import about_data, in_data_sense, topics
from policywatch.diffing.text import key

# A heading and a sentence both versions have, per language.
BASE = {
    "en": ("Your account", "You can open an account on our website at any time."),
    "nb": ("Kontoen din", "Du kan når som helst opprette en konto på nettstedet vårt."),
    "de": ("Ihr Konto", "Sie können jederzeit ein Konto auf unserer Website eröffnen."),
    "fr": ("Votre compte", "Vous pouvez ouvrir un compte sur notre site à tout moment."),
}

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
    from policywatch.diffing import lexicons, practices

    for module in (data_sense, lexicons, practices):
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


# Sentences about data with no data word (issue 13, fix13c): consent to tracking, consent
# withdrawn, a transfer beside another practice of the service. Each has a twin in the
# other sense whose words look alike: the service's only practice the word of two senses
# itself ("we transfer your complaint"), a practice verb whose subject is not the service
# ("you may use the credits").
# (language, category, the sentence about data, its twin)
WITHOUT_DATA_WORD = [
    ("en", "legal_basis", "We use analytics cookies only with your consent.",
     "You may use the credits only with our written consent."),
    ("en", "legal_basis", "You can withdraw your consent at any time.",
     "The double click is consent to the contract."),
    ("en", "transfers", "We may share it with and transfer it to our service providers.",
     "We transfer your complaint to the competent authority."),
    ("nb", "legal_basis", "Vi bruker informasjonskapsler kun med ditt samtykke.",
     "Du kan bare bruke kredittene med vårt skriftlige samtykke."),
    ("nb", "legal_basis", "Du kan når som helst trekke tilbake samtykket ditt.",
     "Et dobbeltklikk er ditt samtykke til kjøpsavtalen."),
    ("nb", "transfers", "Vi deler og overfører dem til våre leverandører.",
     "Vi overfører klagen din til rett myndighet."),
    ("de", "legal_basis", "Wir setzen Cookies nur mit Ihrer Einwilligung ein.",
     "Sie dürfen das Guthaben nur mit unserer schriftlichen Einwilligung nutzen."),
    ("de", "legal_basis", "Sie können Ihre Einwilligung jederzeit widerrufen.",
     "Der Doppelklick gilt als Ihre Einwilligung in den Kaufvertrag."),
    ("de", "transfers", "Wir speichern sie und übermitteln sie an unsere Dienstleister.",
     "Ihre Beschwerde wird an die zuständige Behörde übermittelt."),
    ("fr", "legal_basis", "Nous déposons des cookies avec votre consentement.",
     "Le double clic vaut consentement au contrat de vente."),
    ("fr", "legal_basis", "Vous pouvez retirer votre consentement à tout moment.",
     "Un double clic vaut consentement au contrat."),
    ("fr", "transfers", "Nous les partageons et les transférons à nos sous-traitants.",
     "Nous transférons votre réclamation à l'autorité compétente."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "category", "data", "other"), WITHOUT_DATA_WORD)
def test_a_sentence_about_data_without_a_data_word_gives_the_category(
    language: str, category: str, data: str, other: str
) -> None:
    heading, text = BASE[language]
    k = key(data)
    assert about_data(k, language)
    verdict, categories = _categories(language, heading, text, data)
    assert verdict == "material"
    assert category in categories


@pytest.mark.parametrize(("language", "category", "data", "other"), WITHOUT_DATA_WORD)
def test_twin_a_look_alike_in_the_other_sense_gives_none(
    language: str, category: str, data: str, other: str
) -> None:
    k = key(other)
    assert category in topics(k, language)  # the word is found...
    assert not about_data(k, language)  # ...and says nothing of data
    assert category not in in_data_sense(topics(k, language), k, language)
