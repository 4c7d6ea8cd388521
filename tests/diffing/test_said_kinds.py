"""Kinds of category misses read from what the changed sentence says, one table each.

- a right stated as a request ("you can ask us to delete your data"): the action
  asked for is the right, not retention; asking for a call-back is no right
  (one sentence per language of :mod:`policywatch.core.lexicon.right_requests`);
- a retention period changed inside a sentence whose other words, or heading, say
  security: the keeping verb files the period; a period with no keeping verb (an
  audit every 12 months) stays security;
- a supervisory authority's address is where to complain (rights), the DPO's is the
  controller's contact; an address ending in ".no" says no "no";
- the service allowing itself to suspend or close the user's account is material
  (fees_termination); the user allowed to close it is not;
- a word in another sense: installing a module is no instalment, "targeted measures"
  are no targeted ads, certifying to a transfer framework is no security certification.

Each case is a two-section document (an introduction, then the section of the
change) so the heading and the neighbours are what a real page gives.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.core.lexicon.right_requests import REQUEST_WORDS, REQUESTED_ACTIONS
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.classify import judge
from policywatch.diffing.context import Context
from policywatch.diffing.filing import requested
from policywatch.diffing.lexicons import topics
from policywatch.diffing.sentences import Unit
from policywatch.diffing.stated import said
from policywatch.diffing.statements import changed
from policywatch.diffing.text import key

# fmt: off
# An introduction that states nothing, per language.
INTRO = {
    "en": "This notice explains how the service works. It applies to the website and the app.",
    "nb": "Denne erklæringen forklarer hvordan tjenesten virker. Den gjelder nettstedet og appen.",
    "de": "Diese Erklärung beschreibt, wie der Dienst funktioniert. Sie gilt für Website und App.",
    "fr": "Cette déclaration explique le fonctionnement du service. Elle s'applique au site.",
    "es": "Este aviso explica cómo funciona el servicio. Se aplica al sitio web y a la aplicación.",
    "it": "Questa informativa spiega come funziona il servizio. Si applica al sito e all'app.",
    "nl": "Deze verklaring legt uit hoe de dienst werkt. Zij geldt voor de website en de app.",
    "sv": "Denna information förklarar hur tjänsten fungerar. Den gäller webbplatsen och appen.",
    "da": "Denne erklæring forklarer, hvordan tjenesten fungerer. Den gælder hjemmesiden og appen.",
    "pl": "Ta informacja wyjaśnia, jak działa usługa. Dotyczy strony internetowej i aplikacji.",
    "pt": "Este aviso explica como funciona o serviço. Aplica-se ao sítio web e à aplicação.",
}
# (heading, a sentence both versions have, a request for deletion added after it,
# its twin: a request for a call-back added instead).
REQUESTS = {
    "en": ("Contact", "You can contact us by email.", "You can also ask us to delete your data.",
           "You can also ask us to call you back."),
    "nb": ("Kontakt", "Du kan kontakte oss på e-post.",
           "Du kan også be oss om å slette opplysningene dine.",
           "Du kan også be oss om å ringe deg tilbake."),
    "de": ("Kontakt", "Sie können uns per E-Mail kontaktieren.",
           "Sie können uns auch bitten, Ihre Daten zu löschen.",
           "Sie können uns auch bitten, Sie zurückzurufen."),
    "fr": ("Contact", "Vous pouvez nous contacter par e-mail.",
           "Vous pouvez aussi nous demander de supprimer vos données.",
           "Vous pouvez aussi nous demander de vous rappeler."),
    "es": ("Contacto", "Puede contactarnos por correo electrónico.",
           "También puede pedirnos que borremos sus datos.",
           "También puede pedirnos que le llamemos."),
    "it": ("Contatti", "Puoi contattarci via e-mail.",
           "Puoi anche chiederci di cancellare i tuoi dati.",
           "Puoi anche chiederci di richiamarti."),
    "nl": ("Contact", "U kunt per e-mail contact met ons opnemen.",
           "U kunt ons ook vragen uw gegevens te verwijderen.",
           "U kunt ons ook vragen u terug te bellen."),
    "sv": ("Kontakt", "Du kan kontakta oss via e-post.",
           "Du kan också be oss att radera dina uppgifter.",
           "Du kan också be oss att ringa upp dig."),
    "da": ("Kontakt", "Du kan kontakte os via e-mail.",
           "Du kan også bede os om at slette dine oplysninger.",
           "Du kan også bede os om at ringe dig op."),
    "pl": ("Kontakt", "Możesz skontaktować się z nami e-mailem.",
           "Możesz też poprosić nas o usunięcie swoich danych.",
           "Możesz też poprosić nas o oddzwonienie."),
    "pt": ("Contacto", "Pode contactar-nos por e-mail.",
           "Também pode pedir-nos que apaguemos os seus dados.",
           "Também pode pedir-nos que lhe liguemos."),
}
# (heading, a request sentence, the same with a second action asked for, and its twin:
# the same request with only its object worded more fully).
REQUEST_EDITS = {
    "en": ("Your rights", "You can ask us to correct your data.",
           "You can ask us to correct or delete your data.",
           "You can ask us to correct your personal data."),
    "nb": ("Dine rettigheter", "Du kan be oss om å rette opplysningene dine.",
           "Du kan be oss om å rette eller slette opplysningene dine.",
           "Du kan be oss om å rette personopplysningene dine."),
    "de": ("Ihre Rechte", "Sie können uns bitten, Ihre Daten zu berichtigen.",
           "Sie können uns bitten, Ihre Daten zu berichtigen oder zu löschen.",
           "Sie können uns bitten, Ihre personenbezogenen Daten zu berichtigen."),
    "fr": ("Vos droits", "Vous pouvez nous demander de rectifier vos données.",
           "Vous pouvez nous demander de rectifier ou de supprimer vos données.",
           "Vous pouvez nous demander de rectifier vos données personnelles."),
}
# (heading, a period beside a keeping verb in a sentence that also says security,
# the same with another period; the twin: a period with no keeping verb, an audit).
KEPT_UNDER_SECURITY = {
    "en": ("Security", "Security logs are kept for 30 days.", "Security logs are kept for 90 days.",
           "We run a security audit every 12 months.", "We run a security audit every 24 months."),
    "nb": ("Sikkerhet", "Sikkerhetslogger lagres i 30 dager.",
           "Sikkerhetslogger lagres i 90 dager.",
           "Vi tester sikkerheten i systemene våre hver 12. måned.",
           "Vi tester sikkerheten i systemene våre hver 24. måned."),
    "de": ("Sicherheit", "Sicherheitsprotokolle werden 30 Tage gespeichert.",
           "Sicherheitsprotokolle werden 90 Tage gespeichert.",
           "Wir prüfen die Sicherheit unserer Systeme alle 12 Monate.",
           "Wir prüfen die Sicherheit unserer Systeme alle 24 Monate."),
    "fr": ("Sécurité", "Les journaux de sécurité sont conservés 30 jours.",
           "Les journaux de sécurité sont conservés 90 jours.",
           "Nous testons la sécurité de nos systèmes tous les 12 mois.",
           "Nous testons la sécurité de nos systèmes tous les 24 mois."),
}
# fmt: on


def _doc(language: str, heading: str, text: str) -> ExtractedDocument:
    intro = INTRO[language]
    return ExtractedDocument(
        text=f"{intro}\n\n{text}",
        sections=[Section(2, "Intro", intro), Section(2, heading, text)],
        language=language,
    )


def _diff(language: str, heading: str, old: str, new: str) -> tuple[str, list[str]]:
    result = diff_documents(_doc(language, heading, old), _doc(language, heading, new))
    return result.verdict, result.categories


def test_every_request_list_has_a_sentence_per_language() -> None:
    assert sorted(REQUEST_WORDS) == sorted(REQUESTED_ACTIONS) == sorted(LANGUAGES)
    assert sorted(REQUESTS) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", sorted(REQUESTS))
def test_a_request_to_delete_is_a_right_a_request_to_call_back_is_not(language: str) -> None:
    heading, kept, asked, call_back = REQUESTS[language]
    assert requested(key(asked), language), asked
    assert requested(key(call_back), language) == [], call_back
    assert _diff(language, heading, kept, f"{kept} {asked}") == ("material", ["rights"])
    assert _diff(language, heading, kept, f"{kept} {call_back}")[0] != "material"


@pytest.mark.parametrize("language", sorted(REQUEST_EDITS))
def test_an_action_added_to_a_request_is_a_right_its_object_reworded_is_not(
    language: str,
) -> None:
    heading, old, more, reworded = REQUEST_EDITS[language]
    assert _diff(language, heading, old, more) == ("material", ["rights"])
    assert _diff(language, heading, old, reworded)[0] != "material"


@pytest.mark.parametrize("language", sorted(KEPT_UNDER_SECURITY))
def test_a_period_beside_a_keeping_verb_is_retention_under_a_security_heading(
    language: str,
) -> None:
    heading, kept_old, kept_new, audit_old, audit_new = KEPT_UNDER_SECURITY[language]
    assert _diff(language, heading, kept_old, kept_new) == ("material", ["retention"])
    verdict, categories = _diff(language, heading, audit_old, audit_new)
    assert verdict == "material" and "retention" not in categories, categories


# fmt: off
# (a sentence giving a supervisory authority's address, its twin: the DPO's address).
AUTHORITY_CONTACTS = {
    "en": ("If you are in the UK, you can contact the data protection authority, the "
           "Information Commissioner's Office, at casework@ico.org.uk.",
           "You can contact our data protection officer at dpo@acme.example."),
    "nb": ("Du kan også kontakte Datatilsynet på postkasse@datatilsynet.no.",
           "Du kan også kontakte personvernombudet vårt på dpo@acme.example."),
    "de": ("Sie können sich auch an die zuständige Datenschutzbehörde wenden: "
           "poststelle@bfdi.bund.de.",
           "Sie erreichen unseren Datenschutzbeauftragten unter dpo@acme.example."),
    "fr": ("Vous pouvez aussi contacter l'autorité de contrôle à l'adresse "
           "plaintes@autorite.example.",
           "Vous pouvez aussi contacter notre délégué à la protection des données à "
           "dpo@acme.example."),
}
# Word collisions: (the category's sense, the look-alike in another sense); the look-alike
# in English only, whose stems were narrowed (no nb/de/fr stem matched one).
INSTALMENTS = {
    "en": ("You can pay the fee in three instalments.", "Download and install the opt-out module."),
    "nb": ("Du kan dele opp betalingen i tre avdrag.",),
    "de": ("Sie können die Zahlung in drei Raten leisten.",),
    "fr": ("Vous pouvez régler le paiement en trois fois.",),
}
TARGETED = {
    "en": ("We show you targeted advertising.",
           "You agree not to impose targeted measures against such access."),
    "nb": ("Vi viser deg målrettet reklame.",),
    "de": ("Wir zeigen Ihnen gezielte Werbung.",),
    "fr": ("Nous vous montrons de la publicité ciblée.",),
}
# A security certification; its twin, a transfer framework's (and a representative's).
CERTIFIED = {
    "en": ("Our data centres are certified by an independent body.",
           "GitHub has certified to the U.S. Department of Commerce that it adheres to the "
           "Data Privacy Framework. UK representation certificate and representative details."),
    "nb": ("Datasentrene våre er ISO 27001-sertifisert.",),
    "de": ("Unsere Rechenzentren sind nach ISO 27001 zertifiziert.",),
    "fr": ("Nos centres de données sont certifiés ISO 27001.",),
}
# fmt: on
SENSES = {
    "instalments": (INSTALMENTS, "fees_termination"),
    "targeted": (TARGETED, "tracking_ads"),
    "certified": (CERTIFIED, "security"),
}  # fmt: skip


def _whole(sentence: str, language: str) -> set[str]:
    j = judge(Unit(None, sentence), Context(heading="Contact", language=language))
    assert j.verdict == "material", sentence
    return {r.category for r in j.reasons}


@pytest.mark.parametrize("language", sorted(AUTHORITY_CONTACTS))
def test_an_authoritys_address_is_a_right_the_dpos_the_controllers(language: str) -> None:
    authority, dpo = AUTHORITY_CONTACTS[language]
    assert _whole(authority, language) == {"rights"}
    assert _whole(dpo, language) == {"controller_contact"}


# An authority named in one clause, the controller's own address in the next.
REGISTERED_WITH = {
    "en": "Acme Ltd is registered with the Information Commissioner's Office under number "
          "Z1234567; contact us at privacy@acme.co.uk.",
    "nb": "Acme AS er registrert hos Datatilsynet; kontakt oss på personvern@acme.example.",
    "de": "Die Acme GmbH untersteht der Datenschutzbehörde; Sie erreichen uns unter "
          "datenschutz@acme.example.",
    "fr": "Acme SAS a déclaré ses traitements à la CNIL ; contactez-nous à l'adresse "
          "privacy@acme.example.",
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(REGISTERED_WITH))
def test_an_authority_named_in_another_clause_does_not_own_the_address(language: str) -> None:
    j = judge(Unit(None, REGISTERED_WITH[language]), Context(heading="Contact", language=language))
    assert [r.category for r in j.reasons if "@" in r.explanation] == ["controller_contact"]
    # Its twin: the authority's own address, in the clause naming it.
    authority = AUTHORITY_CONTACTS[language][0]
    j = judge(Unit(None, authority), Context(heading="Contact", language=language))
    assert [r.category for r in j.reasons if "@" in r.explanation] == ["rights"]


def test_an_address_ending_in_no_is_no_negation() -> None:
    j = judge(Unit(None, AUTHORITY_CONTACTS["nb"][0]), Context(heading="", language="nb"))
    assert [(r.category, r.explanation) for r in j.reasons] == [
        ("rights", "sentence added (contact postkasse@datatilsynet.no; may/will kan; datatilsynet)")
    ]
    old, new = "Skriv til post@acme.com.", "Skriv til post@acme.no."
    lost, gained = changed(old, new, Context(language="nb"))
    assert [(s.kind, s.value) for s in lost + gained] == [
        ("contact", "post@acme.com"),
        ("contact", "post@acme.no"),
    ]


# A duty to notify an address: (language, the sentence with "{domain}").
DUTIES_TO_AN_ADDRESS = [
    ("nb", "Databehandleren skal slette dataene og varsle post@{domain}."),
    ("en", "The processor shall delete the data and notify post@{domain}."),
]


@pytest.mark.parametrize(("language", "sentence"), DUTIES_TO_AN_ADDRESS)
def test_a_duty_to_notify_an_address_ending_in_no_is_an_obligation(
    language: str, sentence: str
) -> None:
    duties = {
        domain: [
            (s.kind, s.category)
            for s in said(sentence.format(domain=domain), Context(language=language))
            if s.kind in ("obligation", "prohibition")
        ]
        for domain in ("acme.no", "acme.com")
    }
    # The duty is to delete (retention): since 13u "notify" is a breach notice only
    # when a word for the data or the incident follows it, and here none does.
    assert duties["acme.no"] == duties["acme.com"] == [("obligation", "retention")]


@pytest.mark.parametrize("sense", sorted(SENSES))
@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_a_word_in_its_sense_gives_its_category(sense: str, language: str) -> None:
    table, category = SENSES[sense]
    meant = table[language][0]
    assert category in topics(key(meant), language), meant


@pytest.mark.parametrize("sense", sorted(SENSES))
def test_a_word_in_another_sense_gives_no_category(sense: str) -> None:
    # English only: the stems narrowed ("instal", "targeted", "certif") are English
    # ones; no nb/de/fr stem ever matched the look-alikes of the other columns.
    table, category = SENSES[sense]
    _meant, other = table["en"]
    assert category not in topics(key(other), "en"), other


# The French suspension verb in every form (a permission to suspend, a suspension
# announced); its twin: "suspense" is no suspension.
FR_SUSPENDED = [
    "Nous suspendons votre compte en cas d'abus.",
    "Nous suspendrons votre compte en cas d'abus.",
    "Le service suspendra votre compte en cas d'abus.",
    "Votre compte peut être suspendu en cas d'abus.",
    "Nous pouvons suspendre votre compte en cas d'abus.",
]


@pytest.mark.parametrize("sentence", FR_SUSPENDED)
def test_every_french_form_of_suspending_is_about_termination(sentence: str) -> None:
    assert "fees_termination" in topics(key(sentence), "fr")


def test_french_suspense_is_no_suspension() -> None:
    assert "fees_termination" not in topics(key("Un film plein de suspense."), "fr")


# fmt: off
# (heading, a sentence both versions have, the service's permission to close the
# account added, its twin: the user's permission to close it added instead).
ACCOUNT_CLOSED = {
    "en": ("Your account", "You can use one account.",
           "We may suspend or close your account if you have several accounts.",
           "You may close your account at any time in the settings."),
    "nb": ("Kontoen din", "Du kan bruke én konto.",
           "Vi kan stenge kontoen din dersom du har flere kontoer.",
           "Du kan når som helst stenge kontoen din i innstillingene."),
    "de": ("Ihr Konto", "Sie können ein Konto nutzen.",
           "Wir können Ihr Konto sperren, wenn Sie mehrere Konten haben.",
           "Sie können Ihr Konto jederzeit in den Einstellungen sperren."),
    "fr": ("Votre compte", "Vous pouvez utiliser un compte.",
           "Nous pouvons suspendre ou résilier votre compte si vous avez plusieurs comptes.",
           "Vous pouvez résilier votre compte à tout moment dans les paramètres."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(ACCOUNT_CLOSED))
def test_the_service_allowed_to_close_the_account_is_material_the_user_is_not(
    language: str,
) -> None:
    heading, kept, ours, theirs = ACCOUNT_CLOSED[language]
    assert _diff(language, heading, kept, f"{kept} {ours}") == ("material", ["fees_termination"])
    assert _diff(language, heading, kept, f"{kept} {theirs}")[0] != "material"
