"""A party put in a role (controller, joint controller, processor, representative, DPO,
recipient) is material with that role's category, in every language the diff reads:

- a whole new sentence naming a company as joint controller (controller_contact) or
  as processor (recipients);
- an edited sentence giving a party the policy already named elsewhere a role there;
- not when the other version already gave that party the same role (its sentence, or
  a section under a role heading: "Our EU Representative").
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.core.lexicon.party_roles import PARTY_ROLES
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.roles import given_roles, role_sections
from policywatch.diffing.signals import names
from policywatch.diffing.text import key
from tests.diffing.test_miss_kinds import CO_CONTROLLERS, CONTROLLERS

# fmt: off
# A company named as a joint controller, in a sentence of its own.
JOINT_CONTROLLERS = {
    "en": "Beta Inc. is a joint controller for the processing of your personal data.",
    "nb": "Beta AB er felles behandlingsansvarlig for behandlingen av personopplysningene dine.",
    "de": "Die Beta AG ist gemeinsam Verantwortliche für die Verarbeitung Ihrer "
          "personenbezogenen Daten.",
    "fr": "Beta SARL est responsable conjoint du traitement de vos données personnelles.",
    "es": "Beta SA es corresponsable del tratamiento de sus datos personales.",
    "it": "Beta SpA è contitolare del trattamento dei tuoi dati personali.",
    "nl": "Beta NV is gezamenlijke verwerkingsverantwoordelijke voor de verwerking van uw "
          "persoonsgegevens.",
    "sv": "Beta Oy är gemensamt personuppgiftsansvarig för behandlingen av dina "
          "personuppgifter.",
    "da": "Beta AB er fælles dataansvarlig for behandlingen af dine personoplysninger.",
    "pl": "Beta S.A. jest współadministratorem Twoich danych osobowych.",
    "pt": "A Beta S.A. é responsável conjunta pelo tratamento dos seus dados pessoais.",
}
# The same company named as a processor, in a sentence of its own.
PROCESSORS = {
    "en": "Beta Inc. processes your personal data on our behalf as our processor.",
    "nb": "Beta AB behandler personopplysningene dine på våre vegne som databehandler.",
    "de": "Die Beta AG verarbeitet Ihre Daten in unserem Auftrag als Auftragsverarbeiter.",
    "fr": "Beta SARL traite vos données pour notre compte en tant que sous-traitant.",
    "es": "Beta SA trata sus datos por nuestra cuenta como encargado del tratamiento.",
    "it": "Beta SpA tratta i tuoi dati per nostro conto in qualità di responsabile del "
          "trattamento.",
    "nl": "Beta NV verwerkt uw gegevens namens ons als verwerker.",
    "sv": "Beta Oy behandlar dina uppgifter för vår räkning som personuppgiftsbiträde.",
    "da": "Beta AB behandler dine oplysninger på vores vegne som databehandler.",
    "pl": "Beta S.A. przetwarza Twoje dane w naszym imieniu jako podmiot przetwarzający.",
    "pt": "A Beta S.A. trata os seus dados por nossa conta enquanto subcontratante.",
}
# fmt: on


def _doc(language: str, *paragraphs: str) -> ExtractedDocument:
    text = "\n\n".join(paragraphs)
    return ExtractedDocument(text=text, sections=[Section(2, "", text)], language=language)


def test_every_role_table_has_every_language():
    assert all(set(row) == set(LANGUAGES) for row in PARTY_ROLES.values())
    assert set(JOINT_CONTROLLERS) == set(PROCESSORS) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("sentences", "category"),
    [(JOINT_CONTROLLERS, "controller_contact"), (PROCESSORS, "recipients")],
    ids=["joint controller", "processor"],
)
def test_a_new_sentence_naming_a_party_in_a_role_is_material(language, sentences, category):
    controller = CONTROLLERS[language][0]
    result = diff_documents(
        _doc(language, controller), _doc(language, controller, sentences[language])
    )
    assert result.verdict == "material" and category in result.categories, (
        result.verdict,
        result.categories,
    )
    removed = diff_documents(
        _doc(language, controller, sentences[language]), _doc(language, controller)
    )
    assert removed.verdict == "material" and category in removed.categories


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_edit_giving_a_named_party_a_role_is_material(language):
    """The policy already names the company (as a processor); the controller sentence
    now names it as joint controller too: a role it did not hold."""
    short, processor = CONTROLLERS[language][0], PROCESSORS[language]
    result = diff_documents(
        _doc(language, short, processor), _doc(language, CO_CONTROLLERS[language], processor)
    )
    assert result.verdict == "material" and "controller_contact" in result.categories, (
        result.verdict,
        result.categories,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_role_the_other_version_gave_the_party_already_is_no_change(language):
    sentence = JOINT_CONTROLLERS[language]
    k = key(sentence)
    found = names(sentence, language)
    fresh = given_roles(found, k, other=(key(CONTROLLERS[language][0]),), language=language)
    assert [category for _name, category in fresh] == ["controller_contact"]
    again = given_roles(found, k, other=(k,), language=language)
    assert again == []


def _under(heading: str, added: str | None = None) -> ExtractedDocument:
    sections = [Section(2, heading, "Beta GmbH, Hauptstrasse 1, Berlin")]
    if added:
        sections.append(Section(2, "Questions", added))
    return ExtractedDocument(
        text="\n\n".join(s.text for s in sections), sections=sections, language="en"
    )


def test_a_party_under_a_role_heading_holds_that_role():
    """'Our EU Representative: Beta GmbH, Berlin' gave Beta its role: a later sentence
    calling it the representative is no new role; under a heading naming no role, it is."""
    sentence = "Our representative, Beta GmbH, answers questions from data subjects."
    assert any(
        "beta gmbh" in r for r in role_sections(_under("Our EU Representative").sections, "en")
    )
    same = diff_documents(
        _under("Our EU Representative"), _under("Our EU Representative", sentence)
    )
    assert same.verdict != "material", same.categories
    new_role = diff_documents(_under("Our office"), _under("Our office", sentence))
    assert new_role.verdict == "material" and new_role.categories == ["controller_contact"]
