"""Facts and categories read from a word in another sense, one table each (issue 13u).

- a file format ("PDF", "PDF-Datei") or a template placeholder ("AUTOTITLE") names nobody;
  a company beside it does;
- the right of access is a right; access to a service lost ("you may lose access"), a
  clause titled "Access Reciprocity" are not;
- a purpose of processing is a purpose; "for the purposes of this Section" (the scope of
  a definition) is not;
- the data subject's consent is a legal basis; a parent's, a guardian's or an employer's,
  the consent a user obtains from others, "sex without consent" are not;
- notifying a breach is a breach; notifying changes to the terms or an intention to
  withdraw (push notifications alike) is not: a word for the data or the incident must
  stand beside it (``COMPANIONS``);
- encrypting ("chiffré") is security; a figure ("chiffre d'affaires", turnover) is not;
- a supervisory authority's e-mail address that a version drops is where to complain
  (rights), as its sentence says; the DPO's is the controller's contact. The fact
  (``contact_email``) is filed by the rule sentences follow,
  :func:`policywatch.diffing.filing.contact_category`.

Each table has, per language (at least en, nb, de, fr), the sense the category means
and its negative twin.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing.facts import compare_facts, extract_facts
from policywatch.diffing.lexicons import topics
from policywatch.diffing.said_names import names
from policywatch.diffing.text import key

KEPT = {
    "en": "This notice explains how the service works.",
    "nb": "Denne erklæringen forklarer hvordan tjenesten virker.",
    "de": "Diese Erklärung beschreibt, wie der Dienst funktioniert.",
    "fr": "Cette déclaration explique le fonctionnement du service.",
}
# fmt: off
# (a supervisory authority's address, its twin: the DPO's address), per language.
ADDRESSES = {
    "en": ("You can also contact the Information Commissioner's Office at casework@ico.org.uk.",
           "You can contact our data protection officer at dpo@acme.example."),
    "nb": ("Du kan også kontakte Datatilsynet på postkasse@datatilsynet.no.",
           "Du kan også kontakte personvernombudet vårt på dpo@acme.example."),
    "de": ("Sie können sich auch an die Datenschutzbehörde wenden: poststelle@bfdi.bund.de.",
           "Sie erreichen unseren Datenschutzbeauftragten unter dpo@acme.example."),
    "fr": ("Vous pouvez aussi écrire à la CNIL : plaintes@cnil.fr.",
           "Vous pouvez aussi écrire à notre délégué : dpo@acme.example."),
}
# fmt: on


def _doc(*sentences: str) -> ExtractedDocument:
    return ExtractedDocument(text="", sections=[Section(2, "Kontakt", " ".join(sentences))])


def _dropped(language: str, sentence: str) -> set[str]:
    """The categories of the fact changes when a version drops ``sentence``."""
    old = extract_facts(_doc(KEPT[language], sentence))
    new = extract_facts(_doc(KEPT[language]))
    return {c.category for c in compare_facts(old, new, language) if c.kind == "contact_email"}


@pytest.mark.parametrize("language", sorted(ADDRESSES))
def test_an_authoritys_address_dropped_is_a_right_the_dpos_the_controllers_contact(
    language: str,
) -> None:
    authority, dpo = ADDRESSES[language]
    assert _dropped(language, authority) == {"rights"}
    assert _dropped(language, dpo) == {"controller_contact"}


# fmt: off
# (the right of access, its twins: access to the service lost, a clause titled "Access ...").
ACCESS = {
    "en": ("You have the right of access to your personal data.",
           "If you do not verify your account, you may lose access to the services.",
           "8. Access Reciprocity"),
    "nb": ("Du har rett til innsyn i personopplysningene dine.",
           "Hvis du ikke bekrefter kontoen, kan du miste tilgang til tjenestene.",
           "8. Gjensidig tilgang"),
    "de": ("Sie haben ein Recht auf Auskunft über Ihre Daten.",
           "Wenn Sie Ihr Konto nicht bestätigen, verlieren Sie den Zugang zu den Diensten.",
           "8. Gegenseitiger Zugang"),
    "fr": ("Vous disposez d'un droit d'accès à vos données.",
           "Si vous ne vérifiez pas votre compte, vous pouvez perdre l'accès aux services.",
           "8. Réciprocité d'accès"),
}
# fmt: on


def _rights(sentence: str) -> set[str]:
    return {f.normalised for f in extract_facts(_doc(sentence)) if f.kind == "right"}


@pytest.mark.parametrize("language", sorted(ACCESS))
def test_the_right_of_access_is_a_right_access_to_the_service_is_not(language: str) -> None:
    right, lost, titled = ACCESS[language]
    assert "access" in _rights(right)
    assert "access" not in _rights(lost)
    assert "access" not in _rights(titled)


def test_access_listed_among_the_rights_or_as_an_item_is_the_right() -> None:
    assert "access" in _rights("You can request access, correction or deletion of your data.")
    assert "access" in _rights("Access: you can request a copy of the data we hold about you.")
    assert "access" in _rights("3. Access")


# fmt: off
# (a file format or a placeholder, its twin: a company named beside it), per language.
NO_NAMES = {
    "en": ("Print or download this policy as a PDF file.",
           "Print or download this policy as a PDF file with Adobe Acrobat.", "Adobe Acrobat"),
    "nb": ("Du kan skrive ut erklæringen eller laste den ned som PDF-fil.",
           "Du kan laste den ned som PDF-fil og åpne den i Adobe Acrobat.", "Adobe Acrobat"),
    "de": ("Sie können die Erklärung als PDF-Datei herunterladen.",
           "Sie können die PDF-Datei mit Adobe Acrobat öffnen.", "Adobe Acrobat"),
    "fr": ("Vous pouvez télécharger cette politique au format PDF.",
           "Vous pouvez ouvrir le fichier PDF avec Adobe Acrobat.", "Adobe Acrobat"),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(NO_NAMES))
def test_a_file_format_or_a_placeholder_names_nobody_a_company_does(language: str) -> None:
    fmt, named, company = NO_NAMES[language]
    assert names(fmt, language) == frozenset()
    assert names(named, language) == {company}
    assert names('For more information, see "AUTOTITLE."', language) == frozenset()


# fmt: off
# (a purpose of processing, its twin: a definition's scope "for the purposes of this
# Section"), per language.
PURPOSES = {
    "en": ("We use your data for the purposes of fraud prevention.",
           'For the purposes of this Section, "you" shall refer to you and your company.'),
    "nb": ("Vi bruker opplysningene til formålet kundeservice.",
           "For formålene i dette punktet menes med «du» også selskapet ditt."),
    "de": ("Wir verarbeiten Ihre Daten zu folgenden Zwecken: Kundenservice.",
           "Für die Zwecke dieses Abschnitts umfasst «Sie» auch Ihr Unternehmen."),
    "fr": ("Nous traitons vos données pour les finalités suivantes : le service client.",
           "Aux fins du présent article, « vous » désigne aussi votre société."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(PURPOSES))
def test_a_purpose_is_a_purpose_the_scope_of_a_definition_is_not(language: str) -> None:
    meant, scope = PURPOSES[language]
    assert "purposes" in topics(key(meant), language), meant
    assert "purposes" not in topics(key(scope), language), scope


# fmt: off
# (consent as the service's legal basis, its twins: a parent's or an employer's consent),
# per language.
CONSENT = {
    "en": ("We process your data on the basis of your consent.",
           "If you are under 16, we need your parent's consent.",
           "We need the consent of your employer."),
    "nb": ("Vi behandler opplysningene på grunnlag av ditt samtykke.",
           "Er du under 16 år, trenger vi samtykke fra foreldrene dine.",
           "Vi trenger samtykke fra arbeidsgiveren din."),
    "de": ("Wir verarbeiten Ihre Daten auf Grundlage Ihrer Einwilligung.",
           "Unter 16 Jahren benötigen wir die Einwilligung der Eltern.",
           "Wir benötigen die Einwilligung Ihres Arbeitgebers."),
    "fr": ("Nous traitons vos données sur la base de votre consentement.",
           "Avant 15 ans, nous avons besoin du consentement des parents.",
           "Nous avons besoin du consentement de votre employeur."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(CONSENT))
def test_the_data_subjects_consent_is_a_legal_basis_a_third_persons_is_not(
    language: str,
) -> None:
    meant, parent, employer = CONSENT[language]
    assert "legal_basis" in topics(key(meant), language), meant
    assert "legal_basis" not in topics(key(parent), language), parent
    assert "legal_basis" not in topics(key(employer), language), employer


def test_consent_a_user_obtains_from_others_or_in_another_sense_is_no_legal_basis() -> None:
    for sentence in (
        "Before sharing other people's information, ensure you have obtained their consent.",
        "Sex without consent is against the law.",
    ):
        assert "legal_basis" not in topics(key(sentence), "en"), sentence


# fmt: off
# (a breach notified, its twin: a notice of something else), per language.
NOTIFIED = {
    "en": ("We will notify you without undue delay of a personal data breach.",
           "We will notify you of changes to these terms."),
    "nb": ("Vi varsler deg uten ugrunnet opphold om brudd på personopplysningssikkerheten.",
           "Vi varsler deg om endringer i vilkårene."),
    "de": ("Wir benachrichtigen Sie unverzüglich über eine Verletzung des Schutzes Ihrer Daten.",
           "Wir benachrichtigen Sie über Änderungen dieser Bedingungen."),
    "fr": ("Nous vous notifierons sans délai toute violation de vos données.",
           "Vous devez nous notifier votre intention de vous rétracter."),
    # The columns 13u changed too: the notifying verb beside an incident or the data.
    "es": ("Le notificaremos sin demora cualquier incidente que afecte a sus datos.",
           "Le notificaremos los cambios de estas condiciones."),
    "it": ("Ti notificheremo senza ritardo qualsiasi incidente che riguardi i tuoi dati.",
           "Ti notificheremo le modifiche a questi termini."),
    "sv": ("Vi underrättar dig utan onödigt dröjsmål om en incident som rör dina uppgifter.",
           "Vi underrättar dig om ändringar i villkoren."),
    "da": ("Vi underretter dig uden unødig forsinkelse om en hændelse, der berører dine "
           "oplysninger.",
           "Vi underretter dig om ændringer i vilkårene."),
    "pl": ("Powiadomimy Cię bez zbędnej zwłoki o incydencie dotyczącym Twoich danych.",
           "Powiadomimy Cię o zmianach w regulaminie."),
    "pt": ("Notificaremos você sem demora de qualquer incidente que afete os seus dados.",
           "Notificaremos você sobre alterações destes termos."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(NOTIFIED))
def test_a_breach_notified_is_a_breach_a_notice_of_something_else_is_not(language: str) -> None:
    meant, other = NOTIFIED[language]
    assert "breach" in topics(key(meant), language), meant
    assert "breach" not in topics(key(other), language), other


# fmt: off
# (encryption, its twin: a figure, turnover), per language.
ENCRYPTED = {
    "en": ("Your messages are encrypted end to end.",
           "The fine may reach 10 % of the average annual turnover."),
    "nb": ("Meldingene dine er kryptert.",
           "Boten kan utgjøre 10 % av den gjennomsnittlige årlige omsetningen."),
    "de": ("Ihre Nachrichten werden verschlüsselt.",
           "Die Geldbuße kann 10 % des durchschnittlichen Jahresumsatzes betragen."),
    "fr": ("Vos messages sont chiffrés de bout en bout.",
           "L'amende peut être portée jusqu'à 10 % du chiffre d'affaires moyen annuel."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(ENCRYPTED))
def test_encryption_is_security_a_figure_is_not(language: str) -> None:
    meant, figure = ENCRYPTED[language]
    assert "security" in topics(key(meant), language), meant
    assert "security" not in topics(key(figure), language), figure
