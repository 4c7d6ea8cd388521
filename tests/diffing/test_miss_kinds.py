"""The kinds of misses issue 13 lists, one table each, in every language the diff reads.

- a party added to a sub-processor table or a "we share with" list is material
  (recipients), the same list reordered is not;
- a sentence announcing the update ("we added more detail about ...") states nothing;
- the same controller described more fully (company number, registered office) is
  not a new controller, another one is, and a second (joint) controller, a recipient or a
  hosting country added inside that same sentence is material (the edit carries it);
- a country where data is hosted is a transfer, in an address the controller's contact
  (every language of the address and data-location cue lists: one pair each).
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.context import Context
from policywatch.diffing.lexicons import ADDRESS_WORDS, CHANGE_NOTICE, DATA_LOCATION_WORDS
from policywatch.diffing.sentences import sentence_units
from policywatch.diffing.stated import said


def _doc(text: str, language: str, heading: str = "") -> ExtractedDocument:
    return ExtractedDocument(text=text, sections=[Section(2, heading, text)], language=language)


# fmt: off
# A sub-processor table: its header (name | purpose | location) and three rows
# (the last is the one added).
SUBPROCESSOR_TABLES: dict[str, tuple[str, tuple[str, str, str]]] = {
    "en": ("Name | Purpose | Location", ("Amazon Web Services | Hosting | Ireland",
           "Stripe | Payments | United States", "Zendesk | Customer support | United States")),
    "nb": ("Navn | Formål | Lokasjon", ("Amazon Web Services | Drift | Irland",
           "Stripe | Betaling | USA", "Zendesk | Kundestøtte | USA")),
    "de": ("Name | Zweck | Standort", ("Amazon Web Services | Hosting | Irland",
           "Stripe | Zahlungsabwicklung | USA", "Zendesk | Kundensupport | USA")),
    "fr": ("Nom | Finalité | Pays", ("Amazon Web Services | Hébergement | Irlande",
           "Stripe | Paiements | États-Unis", "Zendesk | Support client | États-Unis")),
    "es": ("Nombre | Finalidad | Ubicación", ("Amazon Web Services | Alojamiento | Irlanda",
           "Stripe | Pagos | Estados Unidos", "Zendesk | Atención al cliente | Estados Unidos")),
    "it": ("Nome | Finalità | Paese", ("Amazon Web Services | Hosting | Irlanda",
           "Stripe | Pagamenti | Stati Uniti", "Zendesk | Assistenza clienti | Stati Uniti")),
    "nl": ("Naam | Doel | Locatie", ("Amazon Web Services | Hosting | Ierland",
           "Stripe | Betalingen | Verenigde Staten",
           "Zendesk | Klantenservice | Verenigde Staten")),
    "sv": ("Namn | Ändamål | Plats", ("Amazon Web Services | Drift | Irland",
           "Stripe | Betalningar | USA", "Zendesk | Kundtjänst | USA")),
    "da": ("Navn | Formål | Placering", ("Amazon Web Services | Hosting | Irland",
           "Stripe | Betalinger | USA", "Zendesk | Kundeservice | USA")),
    "pl": ("Nazwa | Cel | Lokalizacja", ("Amazon Web Services | Hosting | Irlandia",
           "Stripe | Płatności | Stany Zjednoczone",
           "Zendesk | Obsługa klienta | Stany Zjednoczone")),
    "pt": ("Nome | Finalidade | Localização", ("Amazon Web Services | Alojamento | Irlanda",
           "Stripe | Pagamentos | Estados Unidos",
           "Zendesk | Apoio ao cliente | Estados Unidos")),
}
# "We share your data with these service providers:" and two providers (one added).
SHARING_LISTS: dict[str, tuple[str, tuple[str, str, str]]] = {
    "en": ("We share your personal data with the following service providers:",
           ("- Stripe: payment processing", "- Intercom: customer support",
            "- Mixpanel: product analytics")),
    "nb": ("Vi deler personopplysningene dine med følgende tjenesteleverandører:",
           ("- Stripe: betalingsbehandling", "- Intercom: kundestøtte",
            "- Mixpanel: produktanalyse")),
    "de": ("Wir geben Ihre personenbezogenen Daten an folgende Empfänger weiter:",
           ("- Stripe: Zahlungsabwicklung", "- Intercom: Kundensupport",
            "- Mixpanel: Produktanalyse")),
    "fr": ("Nous partageons vos données personnelles avec les prestataires suivants :",
           ("- Stripe : traitement des paiements", "- Intercom : support client",
            "- Mixpanel : analyse du produit")),
    "es": ("Compartimos sus datos personales con los siguientes proveedores de servicios:",
           ("- Stripe: procesamiento de pagos", "- Intercom: atención al cliente",
            "- Mixpanel: análisis de producto")),
    "it": ("Condividiamo i tuoi dati personali con i seguenti fornitori di servizi:",
           ("- Stripe: elaborazione dei pagamenti", "- Intercom: assistenza clienti",
            "- Mixpanel: analisi del prodotto")),
    "nl": ("Wij delen uw persoonsgegevens met de volgende dienstverleners:",
           ("- Stripe: betalingsverwerking", "- Intercom: klantenservice",
            "- Mixpanel: productanalyse")),
    "sv": ("Vi delar dina personuppgifter med följande tjänsteleverantörer:",
           ("- Stripe: betalningshantering", "- Intercom: kundtjänst",
            "- Mixpanel: produktanalys")),
    "da": ("Vi deler dine personoplysninger med følgende leverandører:",
           ("- Stripe: betalingshåndtering", "- Intercom: kundeservice",
            "- Mixpanel: produktanalyse")),
    "pl": ("Udostępniamy Twoje dane osobowe następującym dostawcom usług:",
           ("- Stripe: obsługa płatności", "- Intercom: obsługa klienta",
            "- Mixpanel: analityka produktu")),
    "pt": ("Partilhamos os seus dados pessoais com os seguintes prestadores de serviços:",
           ("- Stripe: processamento de pagamentos", "- Intercom: apoio ao cliente",
            "- Mixpanel: análise de produto")),
}
# A sentence announcing the update, naming topics but stating nothing new.
CHANGE_NOTICES = {
    "en": "We have updated this policy and added more detail about cookies and your rights.",
    "nb": "Vi har oppdatert personvernerklæringen og lagt til mer informasjon om "
          "informasjonskapsler og dine rettigheter.",
    "de": "Wir haben diese Datenschutzerklärung aktualisiert und weitere Informationen zu "
          "Cookies und Ihren Rechten ergänzt.",
    "fr": "Nous avons mis à jour cette politique et ajouté des précisions sur les cookies et "
          "vos droits.",
    "es": "Hemos actualizado esta política y añadido más información sobre las cookies y sus "
          "derechos.",
    "it": "Abbiamo aggiornato questa informativa e aggiunto ulteriori informazioni sui cookie e "
          "sui tuoi diritti.",
    "nl": "We hebben dit privacybeleid bijgewerkt en meer informatie toegevoegd over cookies en "
          "uw rechten.",
    "sv": "Vi har uppdaterat denna integritetspolicy och lagt till mer information om kakor och "
          "dina rättigheter.",
    "da": "Vi har opdateret denne privatlivspolitik og tilføjet flere oplysninger om cookies og "
          "dine rettigheder.",
    "pl": "Zaktualizowaliśmy niniejszą politykę prywatności i dodaliśmy więcej informacji o "
          "plikach cookie i Twoich prawach.",
    "pt": "Atualizámos esta política e acrescentámos mais informações sobre os cookies e os "
          "seus direitos.",
}
# The controller named shortly, described more fully (the same entity), and another one.
CONTROLLERS: dict[str, tuple[str, str, str]] = {
    "en": ("The controller is Acme Ltd.",
           "The controller is Acme Limited, company number 12345678, registered office "
           "1 Main Street, Dublin, Ireland.",
           "The controller is Beta GmbH, Hauptstraße 1, Berlin, Germany."),
    "nb": ("Behandlingsansvarlig er Acme AS.",
           "Behandlingsansvarlig er Acme AS, organisasjonsnummer 912345678, adresse "
           "Storgata 1, Oslo, Norge.",
           "Behandlingsansvarlig er Beta GmbH, Hauptstraße 1, Berlin, Tyskland."),
    "de": ("Verantwortlicher ist die Acme GmbH.",
           "Verantwortlicher ist die Acme GmbH, Handelsregister HRB 12345, Sitz "
           "Hauptstraße 1, Berlin, Deutschland.",
           "Verantwortlicher ist die Beta SAS, 1 rue de Rivoli, Paris, Frankreich."),
    "fr": ("Le responsable du traitement est Acme SAS.",
           "Le responsable du traitement est Acme SAS, immatriculée au RCS de Paris sous le "
           "numéro 123 456 789, siège social 1 rue de Rivoli, Paris, France.",
           "Le responsable du traitement est Beta GmbH, Hauptstraße 1, Berlin, Allemagne."),
    "es": ("El responsable del tratamiento es Acme SL.",
           "El responsable del tratamiento es Acme SL, inscrita en el Registro Mercantil de "
           "Madrid, con domicilio social en calle Mayor 1, Madrid, España.",
           "El responsable del tratamiento es Beta GmbH, Hauptstraße 1, Berlín, Alemania."),
    "it": ("Il titolare del trattamento è Acme Srl.",
           "Il titolare del trattamento è Acme Srl, iscritta al Registro delle Imprese di "
           "Milano, con sede legale in via Roma 1, Milano, Italia.",
           "Il titolare del trattamento è Beta GmbH, Hauptstraße 1, Berlino, Germania."),
    "nl": ("De verwerkingsverantwoordelijke is Acme BV.",
           "De verwerkingsverantwoordelijke is Acme BV, KvK-nummer 12345678, gevestigd aan "
           "de Hoofdstraat 1, Amsterdam, Nederland.",
           "De verwerkingsverantwoordelijke is Beta GmbH, Hauptstraße 1, Berlijn, Duitsland."),
    "sv": ("Personuppgiftsansvarig är Acme AB.",
           "Personuppgiftsansvarig är Acme AB, organisationsnummer 556123-4567, adress "
           "Storgatan 1, Stockholm, Sverige.",
           "Personuppgiftsansvarig är Beta GmbH, Hauptstraße 1, Berlin, Tyskland."),
    "da": ("Dataansvarlig er Acme ApS.",
           "Dataansvarlig er Acme ApS, CVR-nummer 12345678, adresse Storegade 1, København, "
           "Danmark.",
           "Dataansvarlig er Beta GmbH, Hauptstraße 1, Berlin, Tyskland."),
    "pl": ("Administratorem danych jest Acme sp. z o.o.",
           "Administratorem danych jest Acme sp. z o.o., wpisana do rejestru przedsiębiorców "
           "KRS pod numerem 0000123456, z siedzibą przy ulicy Długiej 1, Warszawa, Polska.",
           "Administratorem danych jest Beta GmbH, Hauptstraße 1, Berlin, Niemcy."),
    "pt": ("O responsável pelo tratamento é a Acme Lda.",
           "O responsável pelo tratamento é a Acme Lda., matriculada na Conservatória do "
           "Registo Comercial de Lisboa, com sede na Rua Augusta 1, Lisboa, Portugal.",
           "O responsável pelo tratamento é a Beta GmbH, Hauptstraße 1, Berlim, Alemanha."),
}
# Data hosted in a country, and a company's address in that country.
HOSTED_AND_ADDRESS: dict[str, tuple[str, str]] = {
    "en": ("Data is hosted on servers in Canada.",
           "Acme Ltd, registered office 1 Main Street, Canada."),
    "nb": ("Dataene lagres på servere i Canada.", "Acme AS, adresse Storgata 1, Canada."),
    "de": ("Die Daten werden auf Servern in Kanada gespeichert.",
           "Acme GmbH, Sitz Hauptstraße 1, Kanada."),
    "fr": ("Les données sont hébergées sur des serveurs au Canada.",
           "Acme SAS, siège social 1 rue Principale, Canada."),
    "es": ("Los datos están alojados en servidores en Canadá.",
           "Acme SL, domicilio social calle Mayor 1, Canadá."),
    "it": ("I dati sono ospitati su server in Canada.",
           "Acme Srl, sede legale Piazza Grande 1, Canada."),
    "nl": ("De gegevens worden opgeslagen op servers in Canada.",
           "Acme BV, gevestigd aan de Hoofdstraat 1, Canada."),
    "sv": ("Uppgifterna lagras på servrar i Kanada.",
           "Acme AB, adress Storgatan 1, Kanada."),
    "da": ("Oplysningerne opbevares på servere i Canada.",
           "Acme ApS, adresse Storegade 1, Canada."),
    "pl": ("Dane są przechowywane na serwerach w Kanadzie.",
           "Acme sp. z o.o., z siedzibą przy ulicy Głównej 1, Kanada."),
    "pt": ("Os dados estão alojados em servidores no Canadá.",
           "Acme Lda., com sede na Rua Principal 1, Canadá."),
}
# fmt: on


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_subprocessor_added_to_a_table_is_material_and_a_reordering_is_not(language):
    header, (a, b, added) = SUBPROCESSOR_TABLES[language]

    def page(*rows: str) -> ExtractedDocument:
        return _doc("\n\n".join((header, *rows)), language)

    result = diff_documents(page(a, b), page(a, b, added), doc_type="subprocessors")
    assert result.verdict == "material" and "recipients" in result.categories
    # One entry changed, the one added, shown as its row says it.
    assert [c.describe() for c in result.entries] == [
        next(c.describe() for c in result.entries if "Zendesk" in c.describe())
    ]
    reordered = diff_documents(page(a, b, added), page(added, a, b), doc_type="subprocessors")
    assert not reordered.material


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_provider_added_to_a_we_share_with_list_is_material(language):
    lead, (a, b, added) = SHARING_LISTS[language]

    def policy(*items: str) -> ExtractedDocument:
        return _doc("\n\n".join((lead, *items)), language)

    result = diff_documents(policy(a, b), policy(a, b, added))
    assert result.verdict == "material" and "recipients" in result.categories, (
        result.verdict,
        result.categories,
    )
    assert not diff_documents(policy(a, b, added), policy(b, added, a)).material


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_change_notice_states_nothing(language):
    body = CONTROLLERS[language][0]
    notice = CHANGE_NOTICES[language]
    result = diff_documents(_doc(body, language), _doc(f"{notice}\n\n{body}", language))
    assert result.verdict == "editorial", (result.verdict, result.categories)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_controller_described_more_fully_is_not_another(language):
    short, fuller, other = CONTROLLERS[language]
    assert diff_documents(_doc(short, language), _doc(fuller, language)).verdict != "material"
    result = diff_documents(_doc(fuller, language), _doc(other, language))
    assert result.verdict == "material" and "controller_contact" in result.categories


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_country_hosting_data_is_a_transfer_in_an_address_the_controller(language):
    hosted, address = HOSTED_AND_ADDRESS[language]
    ctx = Context(language=language)
    assert {s.category for s in said(hosted, ctx) if s.kind == "country"} == {"transfers"}
    assert {s.category for s in said(address, ctx) if s.kind == "country"} == {"controller_contact"}


def test_every_cue_list_has_a_sentence_per_language():
    assert set(ADDRESS_WORDS) == set(DATA_LOCATION_WORDS) == set(CHANGE_NOTICE) == set(LANGUAGES)


# fmt: off
# A heading "Personal data we collect", two kinds of data listed, and one more added (in
# plain words, none of them a data-category term: the heading says what the list is).
COLLECTED_LISTS: dict[str, tuple[str, tuple[str, str, str]]] = {
    "en": ("Personal data we collect", ("- your name and email address",
           "- the content of your messages", "- the battery level of your device")),
    "nb": ("Hvilke personopplysninger vi samler inn", ("- navnet og e-postadressen din",
           "- innholdet i meldingene dine", "- batterinivået på enheten din")),
    "de": ("Welche Daten wir erheben", ("- Ihr Name und Ihre E-Mail-Adresse",
           "- der Inhalt Ihrer Nachrichten", "- der Akkustand Ihres Geräts")),
    "fr": ("Catégories de données que nous collectons", ("- vos nom et adresse e-mail",
           "- le contenu de vos messages", "- le niveau de batterie de votre appareil")),
    "es": ("Datos que recopilamos", ("- su nombre y dirección de correo electrónico",
           "- el contenido de sus mensajes", "- el nivel de batería de su dispositivo")),
    "it": ("Dati che raccogliamo", ("- il tuo nome e indirizzo e-mail",
           "- il contenuto dei tuoi messaggi", "- il livello della batteria del tuo dispositivo")),
    "nl": ("Welke persoonsgegevens wij verzamelen", ("- uw naam en e-mailadres",
           "- de inhoud van uw berichten", "- het batterijniveau van uw apparaat")),
    "sv": ("Vilka personuppgifter vi samlar in", ("- ditt namn och din e-postadress",
           "- innehållet i dina meddelanden", "- batterinivån på din enhet")),
    "da": ("Hvilke personoplysninger vi indsamler", ("- dit navn og din e-mailadresse",
           "- indholdet af dine beskeder", "- batteriniveauet på din enhed")),
    "pl": ("Kategorie danych, które zbieramy", ("- Twoje imię, nazwisko i adres e-mail",
           "- treść Twoich wiadomości", "- poziom naładowania baterii Twojego urządzenia")),
    "pt": ("Categorias de dados que recolhemos", ("- o seu nome e endereço de e-mail",
           "- o conteúdo das suas mensagens", "- o nível de bateria do seu dispositivo")),
}
# fmt: on


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_more_kind_of_data_in_a_list_of_data_collected_is_material(language):
    heading, (a, b, added) = COLLECTED_LISTS[language]

    def policy(*items: str) -> ExtractedDocument:
        return _doc("\n\n".join(items), language, heading)

    result = diff_documents(policy(a, b), policy(a, b, added))
    assert result.verdict == "material" and "data_categories" in result.categories, (
        result.verdict,
        result.categories,
    )


# fmt: off
# The short controller sentence of CONTROLLERS with, inside the same sentence, a second
# (joint) controller named, and with a recipient its data goes to: the new sentence keeps
# every word of the old one, so the two are one edited sentence.
CO_CONTROLLERS = {
    "en": "The controller is Acme Ltd., jointly with Beta Inc.",
    "nb": "Behandlingsansvarlig er Acme AS, sammen med Beta AB som felles behandlingsansvarlig.",
    "de": "Verantwortlicher ist die Acme GmbH, gemeinsam mit der Beta AG als gemeinsam "
          "Verantwortliche.",
    "fr": "Le responsable du traitement est Acme SAS, conjointement avec Beta SARL.",
    "es": "El responsable del tratamiento es Acme SL, conjuntamente con Beta SA.",
    "it": "Il titolare del trattamento è Acme Srl, congiuntamente con Beta SpA.",
    "nl": "De verwerkingsverantwoordelijke is Acme BV, samen met Beta NV als gezamenlijke "
          "verwerkingsverantwoordelijke.",
    "sv": "Personuppgiftsansvarig är Acme AB, tillsammans med Beta Oy som gemensamt "
          "personuppgiftsansvarig.",
    "da": "Dataansvarlig er Acme ApS, sammen med Beta AB som fælles dataansvarlig.",
    "pl": "Administratorem danych jest Acme sp. z o.o., wspólnie z Beta S.A. jako "
          "współadministratorem.",
    "pt": "O responsável pelo tratamento é a Acme Lda., em conjunto com a Beta S.A., enquanto "
          "responsáveis conjuntos.",
}
CONTROLLER_SHARES = {
    "en": "The controller is Acme Ltd., which shares your personal data with Beta Inc.",
    "nb": "Behandlingsansvarlig er Acme AS, som deler personopplysningene dine med Beta AB.",
    "de": "Verantwortlicher ist die Acme GmbH, die Ihre personenbezogenen Daten an die Beta AG "
          "als Empfänger übermittelt.",
    "fr": "Le responsable du traitement est Acme SAS, qui partage vos données personnelles avec "
          "Beta SARL.",
    "es": "El responsable del tratamiento es Acme SL, que comparte sus datos personales con "
          "Beta SA.",
    "it": "Il titolare del trattamento è Acme Srl, che condivide i tuoi dati personali con "
          "Beta SpA.",
    "nl": "De verwerkingsverantwoordelijke is Acme BV, die uw persoonsgegevens verstrekt aan "
          "Beta NV.",
    "sv": "Personuppgiftsansvarig är Acme AB, som delar dina personuppgifter med Beta Oy.",
    "da": "Dataansvarlig er Acme ApS, som deler dine personoplysninger med Beta AB.",
    "pl": "Administratorem danych jest Acme sp. z o.o., która udostępnia Twoje dane osobowe "
          "spółce Beta S.A.",
    "pt": "O responsável pelo tratamento é a Acme Lda., que partilha os seus dados pessoais com "
          "a Beta S.A.",
}
# The same sentence saying where the controller keeps the data: a country that is no
# address but a transfer.
CONTROLLER_HOSTS = {
    "en": "The controller is Acme Ltd., which hosts your data on servers in Canada.",
    "nb": "Behandlingsansvarlig er Acme AS, som lagrer dataene på servere i Canada.",
    "de": "Verantwortlicher ist die Acme GmbH, die Ihre Daten auf Servern in Kanada speichert.",
    "fr": "Le responsable du traitement est Acme SAS, qui héberge vos données sur des serveurs "
          "au Canada.",
    "es": "El responsable del tratamiento es Acme SL, que aloja sus datos en servidores en "
          "Canadá.",
    "it": "Il titolare del trattamento è Acme Srl, che ospita i tuoi dati su server in Canada.",
    "nl": "De verwerkingsverantwoordelijke is Acme BV, die uw gegevens opslaat op servers in "
          "Canada.",
    "sv": "Personuppgiftsansvarig är Acme AB, som lagrar uppgifterna på servrar i Kanada.",
    "da": "Dataansvarlig er Acme ApS, som opbevarer oplysningerne på servere i Canada.",
    "pl": "Administratorem danych jest Acme sp. z o.o., która przechowuje dane na serwerach w "
          "Kanadzie.",
    "pt": "O responsável pelo tratamento é a Acme Lda., que aloja os seus dados em servidores "
          "no Canadá.",
}
# fmt: on


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_party_or_a_place_added_inside_the_controller_sentence_is_material(language):
    """The edit pairing ("told more fully") must not hide a second controller or a
    recipient joining the sentence; the same controller told more fully stays editorial."""
    short, fuller, _other = CONTROLLERS[language]
    told_more_fully = diff_documents(_doc(short, language), _doc(fuller, language))
    assert told_more_fully.verdict != "material", told_more_fully.categories
    for added, category in (
        (CO_CONTROLLERS, "controller_contact"),
        (CONTROLLER_SHARES, "recipients"),
        (CONTROLLER_HOSTS, "transfers"),
    ):
        result = diff_documents(_doc(short, language), _doc(added[language], language))
        assert result.verdict == "material" and category in result.categories, (
            added[language],
            result.verdict,
            result.categories,
        )
        # One edited sentence, not a sentence removed and another added.
        [unit] = sentence_units(short, added[language])
        assert unit.old and unit.new
        back = diff_documents(_doc(added[language], language), _doc(short, language))
        assert back.verdict == "material" and category in back.categories, (
            "removed",
            back.verdict,
            back.categories,
        )


@pytest.mark.parametrize(
    "sentence",
    [
        "wir geben ihre daten an acme weiter",
        "acme weitergibt ihre daten an beta",
        "ihre daten werden an beta weitergegeben",
        "acme deelt uw gegevens met beta",
        "uw gegevens worden gedeeld met beta",
    ],
)
def test_the_inflected_forms_of_sharing_verbs_read_as_recipients(sentence):
    """A stem must find the verb's inflections too (German 'weitergibt', 'weitergegeben';
    Dutch 'deelt', 'gedeeld'), not only the infinitive the table was written from."""
    from policywatch.diffing.lexicons import topics

    assert "recipients" in topics(sentence)
