"""Cue kinds the category audit on the tune pairs found missing, one table each, in every
language the diff reads (README: "Categories: what each cue kind covers"):

- law_liability: a place or body named in a clause on law and disputes (the courts of
  one city for another's) is a named party of that clause;
- data_categories: nationality and place of birth are kinds of data a notice lists.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents

# fmt: off
# A venue clause: "{}" is the place whose courts decide.
VENUES = {
    "en": "Any dispute shall be settled by the courts of {}.",
    "nb": "Tvister avgjøres av domstolene i {}.",
    "de": "Gerichtsstand für alle Streitigkeiten ist {}.",
    "fr": "Tout litige relève des tribunaux de {}.",
    "es": "Cualquier controversia se someterá a los tribunales de {}.",
    "it": "Per ogni controversia è competente il tribunale di {}.",
    "nl": "Geschillen worden voorgelegd aan de rechtbank in {}.",
    "sv": "Tvister avgörs av domstol i {}.",
    "da": "Tvister afgøres ved domstolene i {}.",
    "pl": "Spory rozstrzyga sąd w {}.",
    "pt": "Os litígios serão resolvidos pelos tribunais de {}.",
}
# What is collected, before and with nationality and place of birth.
NATIONALITY = {
    "en": ("We collect your name and email address.",
           "We collect your name, email address, nationality and place of birth."),
    "nb": ("Vi samler inn navn og e-postadresse.",
           "Vi samler inn navn, e-postadresse, nasjonalitet og fødested."),
    "de": ("Wir erheben Ihren Namen und Ihre E-Mail-Adresse.",
           "Wir erheben Ihren Namen, Ihre E-Mail-Adresse, Staatsangehörigkeit und Geburtsort."),
    "fr": ("Nous collectons vos nom et adresse e-mail.",
           "Nous collectons vos nom, adresse e-mail, nationalité et lieu de naissance."),
    "es": ("Recopilamos su nombre y dirección de correo electrónico.",
           "Recopilamos su nombre, dirección de correo electrónico, nacionalidad y lugar de "
           "nacimiento."),
    "it": ("Raccogliamo il tuo nome e indirizzo e-mail.",
           "Raccogliamo il tuo nome, indirizzo e-mail, cittadinanza e luogo di nascita."),
    "nl": ("Wij verzamelen uw naam en e-mailadres.",
           "Wij verzamelen uw naam, e-mailadres, nationaliteit en geboorteplaats."),
    "sv": ("Vi samlar in namn och e-postadress.",
           "Vi samlar in namn, e-postadress, medborgarskap och födelseort."),
    "da": ("Vi indsamler navn og e-mailadresse.",
           "Vi indsamler navn, e-mailadresse, statsborgerskab og fødested."),
    "pl": ("Zbieramy imię i adres e-mail.",
           "Zbieramy imię, adres e-mail, obywatelstwo i miejsce urodzenia."),
    "pt": ("Recolhemos o seu nome e endereço de e-mail.",
           "Recolhemos o seu nome, endereço de e-mail, nacionalidade e local de nascimento."),
}
# fmt: on


def _doc(text: str, language: str) -> ExtractedDocument:
    return ExtractedDocument(text=text, sections=[Section(2, "", text)], language=language)


def test_every_table_covers_every_language():
    assert set(VENUES) == set(NATIONALITY) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_another_venue_is_a_change_of_law(language):
    clause = VENUES[language]
    before, after = clause.format("San Francisco"), clause.format("New York")
    result = diff_documents(_doc(before, language), _doc(after, language))
    assert result.verdict == "material" and "law_liability" in result.categories, (
        result.verdict,
        result.categories,
    )
    # The same venue, the clause only spaced otherwise, is no change.
    same = diff_documents(_doc(before, language), _doc(before.replace(" ", "  ", 1), language))
    assert same.verdict in {"unchanged", "cosmetic"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_nationality_and_place_of_birth_are_kinds_of_data(language):
    before, after = NATIONALITY[language]
    result = diff_documents(_doc(before, language), _doc(after, language))
    assert result.verdict == "material" and "data_categories" in result.categories, (
        result.verdict,
        result.categories,
    )
