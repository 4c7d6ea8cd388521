"""Kinds of personal data and advertising cues, read the same way in every language.

Per language: a collecting sentence naming an e-mail address, a phone number, a
postal address and an IP address (the plain kinds count because data is collected);
a date of birth and a passport named with no verb at all (strict kinds count
anywhere); the negatives, a company's postal address and "contact us by phone";
targeted ads and ads on other sites, neither with a word for data. Then the same
sentences through :func:`diff_documents`: a collecting sentence added is a material
data_categories change, a contact sentence added is not one.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.ad_cues import AD_CUES
from policywatch.core.lexicon.data_kinds import (
    COLLECTION_CUES,
    DATA_KINDS,
    LANGUAGES,
)
from policywatch.diffing import diff_documents
from policywatch.diffing.data_kinds import ads_in, kinds_in
from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

from .conftest import one_section

# fmt: off
COLLECTED = {
    "en": "We collect your e-mail address, phone number, postal address and IP address.",
    "nb": "Vi samler inn e-postadressen, telefonnummeret, postadressen og IP-adressen din.",
    "de": "Wir erheben Ihre E-Mail-Adresse, Telefonnummer, Postanschrift und IP-Adresse.",
    "fr": "Nous collectons votre adresse e-mail, votre numéro de téléphone, votre adresse "
          "postale et votre adresse IP.",
    "es": "Recopilamos su dirección de correo electrónico, su número de teléfono, su "
          "dirección postal y su dirección IP.",
    "it": "Raccogliamo il tuo indirizzo e-mail, il tuo numero di telefono, il tuo indirizzo "
          "postale e il tuo indirizzo IP.",
    "nl": "Wij verzamelen uw e-mailadres, telefoonnummer, postadres en IP-adres.",
    "sv": "Vi samlar in din e-postadress, ditt telefonnummer, din postadress och din IP-adress.",
    "da": "Vi indsamler din e-mailadresse, dit telefonnummer, din postadresse og din IP-adresse.",
    "pl": "Zbieramy Twój adres e-mail, numer telefonu, adres pocztowy i adres IP.",
    "pt": "Recolhemos o seu endereço de e-mail, o seu número de telefone, a sua morada e o "
          "seu endereço IP.",
}
# Strict kinds, named with no verb (a row of a table of data).
STRICT = {
    "en": "Date of birth and passport number.",
    "nb": "Fødselsdato og passnummer.",
    "de": "Geburtsdatum und Reisepass.",
    "fr": "Date de naissance et passeport.",
    "es": "Fecha de nacimiento y pasaporte.",
    "it": "Data di nascita e passaporto.",
    "nl": "Geboortedatum en paspoort.",
    "sv": "Födelsedatum och passnummer.",
    "da": "Fødselsdato og pasnummer.",
    "pl": "Data urodzenia i paszport.",
    "pt": "Data de nascimento e passaporte.",
}
# The company's own address and phone: no data collected.
CONTACT_US = {
    "en": "You can contact us by phone or write to us at our postal address.",
    "nb": "Du kan kontakte oss på telefon eller skrive til oss på vår postadresse.",
    "de": "Sie können uns telefonisch erreichen oder an unsere Postanschrift schreiben.",
    "fr": "Vous pouvez nous contacter par téléphone ou nous écrire à notre adresse postale.",
    "es": "Puede contactarnos por teléfono o escribirnos a nuestra dirección postal.",
    "it": "Puoi contattarci per telefono o scriverci al nostro indirizzo postale.",
    "nl": "U kunt ons telefonisch bereiken of ons schrijven op ons postadres.",
    "sv": "Du kan nå oss per telefon eller skriva till vår postadress.",
    "da": "Du kan kontakte os på telefon eller skrive til vores postadresse.",
    "pl": "Możesz skontaktować się z nami telefonicznie lub napisać na nasz adres pocztowy.",
    "pt": "Pode contactar-nos por telefone ou escrever para a nossa morada.",
}
TARGETED_ADS = {
    "en": "We show you personalised ads.",
    "nb": "Vi viser deg målrettet reklame.",
    "de": "Wir zeigen Ihnen personalisierte Werbung.",
    "fr": "Nous vous montrons des publicités ciblées.",
    "es": "Le mostramos publicidad personalizada.",
    "it": "Ti mostriamo pubblicità personalizzata.",
    "nl": "Wij tonen u gepersonaliseerde advertenties.",
    "sv": "Vi visar dig riktade annonser.",
    "da": "Vi viser dig målrettede annoncer.",
    "pl": "Wyświetlamy reklamy spersonalizowane.",
    "pt": "Mostramos-lhe publicidade personalizada.",
}
ADS_ELSEWHERE = {
    "en": "We show you ads on other websites.",
    "nb": "Vi viser deg annonser på andre nettsteder.",
    "de": "Wir zeigen Ihnen Werbung auf anderen Websites.",
    "fr": "Nous vous montrons des publicités sur d'autres sites.",
    "es": "Le mostramos anuncios en otros sitios web.",
    "it": "Ti mostriamo annunci su altri siti.",
    "nl": "Wij tonen u advertenties op andere websites.",
    "sv": "Vi visar dig annonser på andra webbplatser.",
    "da": "Vi viser dig annoncer på andre websteder.",
    "pl": "Wyświetlamy reklamy na innych stronach.",
    "pt": "Mostramos-lhe anúncios noutros sites.",
}
# Links to other sites, an ad-free plan: no advertising cue.
NO_ADS = {
    "en": "Our pages link to other websites.",
    "fr": "Nos pages renvoient vers d'autres sites.",
    "de": "Unsere Seiten verlinken auf andere Websites.",
}
# fmt: on


def test_every_table_covers_every_language():
    for table in (COLLECTED, STRICT, CONTACT_US, TARGETED_ADS, ADS_ELSEWHERE, COLLECTION_CUES):
        assert set(table) == set(LANGUAGES)
    for row in (*DATA_KINDS.values(), *AD_CUES.values()):
        assert set(row) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plain_kinds_count_when_data_is_collected(language):
    found = kinds_in(key(COLLECTED[language]), language)
    assert {"email", "phone", "postal_address", "ip_address"} <= set(found), found


@pytest.mark.parametrize("language", LANGUAGES)
def test_strict_kinds_count_anywhere(language):
    k = key(STRICT[language])
    assert {"birth_date", "id_number"} <= set(kinds_in(k, language))
    # They are topic words of data_categories too.
    assert "data_categories" in topics(k), topics(k)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_company_address_and_phone_are_no_data_collected(language):
    k = key(CONTACT_US[language])
    assert kinds_in(k, language) == {}
    assert "data_categories" not in topics(k), topics(k)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_plain_kind_in_a_list_under_a_data_heading_counts(language):
    k = key(CONTACT_US[language])
    assert "postal_address" in kinds_in(k, language, listed=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("table", "category"),
    [(TARGETED_ADS, "tracking_ads"), (ADS_ELSEWHERE, "sale_sharing")],
    ids=["targeted", "elsewhere"],
)
def test_ad_cues_without_a_word_for_data(language, table, category):
    assert category in ads_in(key(table[language]), language), table[language]


@pytest.mark.parametrize(("language", "sentence"), sorted(NO_ADS.items()))
def test_links_to_other_sites_are_no_ad_cue(language, sentence):
    assert ads_in(key(sentence), language) == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_collecting_sentence_added_is_a_data_categories_change(language):
    old = one_section(STRICT[language], language)
    new = one_section(f"{STRICT[language]} {COLLECTED[language]}", language)
    result = diff_documents(old, new)
    assert result.verdict == "material" and "data_categories" in result.categories, (
        result.verdict,
        result.categories,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contact_sentence_added_is_no_data_categories_change(language):
    old = one_section(STRICT[language], language)
    new = one_section(f"{STRICT[language]} {CONTACT_US[language]}", language)
    result = diff_documents(old, new)
    assert "data_categories" not in result.categories, result.categories


@pytest.mark.parametrize("language", LANGUAGES)
def test_ads_on_other_sites_added_are_a_material_sale_sharing_change(language):
    old = one_section(STRICT[language], language)
    new = one_section(f"{STRICT[language]} {ADS_ELSEWHERE[language]}", language)
    result = diff_documents(old, new)
    assert result.verdict == "material" and "sale_sharing" in result.categories, (
        result.verdict,
        result.categories,
    )
