"""A party put in a role (controller, joint controller, processor, representative, DPO,
recipient) is material with that role's category, in every language the diff reads:

- a whole new sentence naming a company as joint controller (controller_contact) or
  as processor (recipients);
- an edited sentence giving a party the policy already named elsewhere a role there;
- not when the other version already gave that party the same role (its sentence, or
  a section under a role heading: "Our EU Representative").

The processor and controller words come from one table
(:data:`policywatch.core.lexicon.party_roles.DATA_ROLES`): the same table tells which
side a DPA clause binds (:data:`~policywatch.core.lexicon.bound_parties.BOUND_PARTIES`),
by the DPA's defined term ("il Responsabile"), which alone gives a third company no role.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.bound_parties import BOUND_PARTIES
from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.core.lexicon.party_roles import PARTY_ROLES
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.bound import bound_modality
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
# A DPA clause binding the processor, the same clause binding the customer, in every
# language whose sides the diff reads (the Danish one has no DPA of its own elsewhere).
BOUND_CLAUSES = {
    "en": ("The Processor must delete these data when the Services end.",
           "When the Services end, the Customer must delete these data."),
    "de": ("Der Auftragsverarbeiter muss diese Daten nach Ende der Leistungen löschen.",
           "Nach Ende der Leistungen muss der Kunde diese Daten löschen."),
    "fr": ("Le Sous-traitant doit supprimer ces données à la fin des services.",
           "À la fin des services, le Client doit supprimer ces données."),
    "es": ("El Encargado debe suprimir estos datos al finalizar los servicios.",
           "Al finalizar los servicios, el Cliente debe suprimir estos datos."),
    "it": ("Il Responsabile deve cancellare tali dati al termine dei servizi.",
           "Al termine dei servizi, il Titolare deve cancellare tali dati."),
    "nl": ("De Verwerker moet deze gegevens na afloop van de diensten verwijderen.",
           "Na afloop van de diensten moet de Klant deze gegevens verwijderen."),
    "nb": ("Databehandleren må slette disse opplysningene når tjenestene opphører.",
           "Når tjenestene opphører, må Kunden slette disse opplysningene."),
    "sv": ("Biträdet måste radera dessa uppgifter när tjänsterna upphör.",
           "När tjänsterna upphör måste Kunden radera dessa uppgifter."),
    "da": ("Databehandleren skal slette disse oplysninger, når tjenesterne ophører.",
           "Når tjenesterne ophører, skal den Dataansvarlige slette disse oplysninger."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(BOUND_PARTIES["provider"]))
def test_a_clause_binds_the_side_its_defined_term_names(language):
    assert set(BOUND_CLAUSES) == set(BOUND_PARTIES["provider"]) == set(BOUND_PARTIES["customer"])
    provider, customer = (key(s) for s in BOUND_CLAUSES[language])
    assert bound_modality(provider, language) == {"provider": {"commitment"}}
    assert bound_modality(customer, language) == {"customer": {"commitment"}}


# Negative twins of the defined terms: the bare noun in its plain sense ("responsible
# for", "trademark holder", "assistance") gives a third company no role, the full
# term does.
BARE_NOUNS = [
    ("it", "Beta SpA è responsabile dei pagamenti verso i fornitori.",
     "Beta SpA è responsabile del trattamento dei tuoi dati.", "recipients"),
    ("it", "Beta SpA è titolare del marchio Beta.",
     "Beta SpA è titolare del trattamento dei tuoi dati.", "controller_contact"),
    ("es", "Beta SA está encargada de los pagos a proveedores.",
     "Beta SA es encargada del tratamiento de sus datos.", "recipients"),
    ("sv", "Beta AB lämnar biträde vid installationen.",
     "Beta AB är personuppgiftsbiträde för dina uppgifter.", "recipients"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "plain", "role", "category"), BARE_NOUNS)
def test_a_defined_term_alone_gives_a_third_company_no_role(language, plain, role, category):
    for sentence, expected in ((plain, []), (role, [category])):
        found = given_roles(names(sentence, language), key(sentence), other=(), language=language)
        assert [c for _name, c in found] == expected, (sentence, found)


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
