"""The kinds of personal data a policy names, and advertising cues, in every language.

:data:`DATA_KINDS` ``[kind][language]`` holds, for each kind of personal data a
notice lists, the word starts each language (en, nb, de, fr, es, it, nl, sv,
da, pl, pt) writes it with. The kinds are written from what data protection
law and policies enumerate, not read off any corpus: identifiers (name,
e-mail, phone number, postal address, date of birth, identity numbers, IP
address, device and cookie identifiers), financial data, location, health,
biometric, genetic, voice and audio, photos and video, contacts, messages and
content, browsing and usage, purchase history, inferences, employment,
education, criminal records, children's data and the special categories.

What is a kind of data, the same in every language. The kinds are those of
GDPR Art. 4(1) (identifiers: name, identity number, location data, an online
identifier, factors of a person's physical, economic or social identity), the
special categories of Art. 9 (racial or ethnic origin, political opinions,
religious beliefs, trade union membership, genetic, biometric and health data,
sex life and sexual orientation) and the criminal data of Art. 10, written in
the plain words a policy lists them with. Within a kind, a word is one of three:

- a word for a record about a person (a passport, an IP address, a date of
  birth, a photo, a fingerprint) or a phrase that makes a subject into data
  ("health data", "données de santé", "Gesundheitsdaten", "Standortdaten"):
  :data:`DATA_KINDS`, a kind of data whatever surrounds it, and a topic word of
  the ``data_categories`` row of :mod:`policywatch.core.lexicon.category_words`;
- the bare word for the subject such a phrase qualifies ("health", "santé",
  "Gesundheit", "location", "Standort", "income", "religion"): it also names a
  topic of the world ("health and safety", "santé publique", "Standort des
  Rechenzentrums"), so it is :data:`BARE_WORDS`, a kind of data only in a
  collection context;
- the words of a kind that is everyday prose as a whole (a company has a postal
  address, "contact us by e-mail"): :data:`PLAIN_KINDS`, a kind of data only in a
  collection context too.

A collection context is :data:`COLLECTION_CUES` ("we collect", "you provide") or
an item of a list under a heading about the data collected. Each rule holds for
every language of the table: a bare word is bare in all of them (French "santé"
as English "health"), a phrase is a phrase in all of them; no word is narrowed or
widened because of a pair of the corpus.

Every entry is a regular expression matched at a word start on a comparison
key (lower case, no punctuation: "e-mail" reads "e mail").
:mod:`policywatch.diffing.data_kinds` reads it, and the advertising cues of
:mod:`policywatch.core.lexicon.ad_cues`; ``tests/diffing/test_data_kinds.py``
holds a sentence per language and kind family, with negatives.

    >>> sorted(DATA_KINDS["email"]) == sorted(LANGUAGES)
    True
"""

from __future__ import annotations

from policywatch.core.lexicon.international import International

# The languages each kind is written in (the columns of every row).
LANGUAGES = ("en", "nb", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "pt")

# fmt: off
DATA_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    # --- identifiers ---
    "name": {
        "en": (r"(?:full |first |last |family |given |display |user ?)?names?\b",),
        "nb": (r"(?:for|etter|fullt |bruker)?navn\b",),
        "de": (r"(?:vor|nach|benutzer|familien)?namen?\b",),
        "fr": (r"(?:vos |votre )?noms?\b", r"prénoms?\b", r"nom d.?utilisateur"),
        "es": (r"nombres?\b", r"apellidos?\b", r"nombre de usuario"),
        "it": (r"nom[ei]\b", r"cognom[ei]\b", r"nome utente"),
        "nl": (r"(?:voor|achter|gebruikers)?naam\b", r"namen\b"),
        "sv": (r"(?:för|efter|användar)?namn\b",),
        "da": (r"(?:for|efter|fulde |bruger)?navn\b",),
        "pl": (r"imi(?:ę|enia|eniu)\b", r"nazwisk"),
        "pt": (r"nomes?\b", r"apelidos?\b", r"sobrenomes?\b", r"nome de utilizador"),
    },
    "email": {
        "en": (r"e ?mail address", r"email address"),
        "nb": (r"e ?post ?adresse",),
        "de": (r"e ?mail ?adresse",),
        "fr": (r"adresses? (?:e ?mail|électronique|de courriel)", r"courriel"),
        "es": (r"(?:dirección|direcciones) de correo", r"correo electrónico"),
        "it": (r"indirizz[oi] (?:e ?mail|di posta elettronica)", r"posta elettronica"),
        "nl": (r"e ?mail ?adres",),
        "sv": (r"e ?post ?adress", r"e ?mail ?adress"),
        "da": (r"e ?mail ?adresse",),
        "pl": (r"adres\w* e ?mail", r"adres\w* poczty elektronicznej"),
        "pt": (r"endereços? de (?:e ?mail|correio eletrónico|correio eletrônico)",
               r"correio eletrónico", r"correio eletrônico"),
    },
    "phone": {
        "en": (r"(?:tele|mobile |cell )?phone numbers?", r"mobile numbers?"),
        "nb": (r"telefonnummer", r"mobilnummer"),
        "de": (r"telefonnummer", r"handynummer", r"mobilnummer", r"mobilfunknummer"),
        "fr": (r"numéros? de (?:téléphone|portable|mobile)",),
        "es": (r"números? de (?:teléfono|móvil|celular)",),
        "it": (r"numer[oi] di (?:telefono|cellulare)",),
        "nl": (r"telefoonnummer", r"mobiel(?:e)? nummer"),
        "sv": (r"telefonnummer", r"mobilnummer"),
        "da": (r"telefonnummer", r"mobilnummer"),
        "pl": (r"numer\w* telefon",),
        "pt": (r"números? de (?:telefone|telemóvel|celular)",),
    },
    "postal_address": {
        "en": (r"(?:postal|home|mailing|billing|shipping|delivery|street|physical) address",
               r"your address"),
        "nb": (r"(?:post|hjemme|leverings|faktura)adresse", r"adressen din"),
        "de": (r"(?:post|wohn|liefer|rechnungs)(?:anschrift|adresse)",
               r"ihre (?:anschrift|adresse)\b"),
        "fr": (r"adresses? (?:postale|de livraison|de facturation|du domicile)",
               r"votre adresse\b(?! e ?mail| électronique| ip)"),
        "es": (r"(?:dirección|direcciones) (?:postal|de envío|de facturación|de entrega)",
               r"su dirección\b(?! de correo| ip)"),
        "it": (r"indirizz[oi] (?:postale|di residenza|di spedizione|di fatturazione)",
               r"il tuo indirizzo\b(?! e ?mail| di posta| ip)"),
        "nl": (r"(?:post|woon|factuur|bezorg|aflever)adres", r"uw adres\b"),
        "sv": (r"(?:post|hem|leverans|faktura)adress", r"din adress\b"),
        "da": (r"(?:post|hjemme|leverings|faktura)adresse", r"din adresse\b"),
        "pl": (r"adres\w* (?:pocztow|zamieszkania|dostawy|korespondencyjn)",),
        "pt": (r"morada", r"endereços? (?:postal|de entrega|de faturação|de cobrança|residencial)"),
    },
    "birth_date": {
        "en": (r"date of birth", r"birth ?date", r"birthday"),
        "nb": (r"fødselsdato",),
        "de": (r"geburtsdatum",),
        "fr": (r"date de naissance",),
        "es": (r"fecha de nacimiento",),
        "it": (r"data di nascita",),
        "nl": (r"geboortedatum",),
        "sv": (r"födelsedatum",),
        "da": (r"fødselsdato",),
        "pl": (r"dat\w* urodzenia",),
        "pt": (r"data de nascimento",),
    },
    "id_number": {
        "en": (r"passport", r"government.?issued", r"government id", r"national id",
               r"identity (?:card|document)", r"id (?:card|document)", r"driver.?s licen",
               r"social security number"),
        "nb": (r"passnummer", r"fødselsnummer", r"personnummer", r"id.?kort", r"legitimasjon",
               r"førerkort"),
        "de": (r"ausweis", r"reisepass", r"führerschein", r"steuer.?identifikationsnummer",
               r"sozialversicherungsnummer"),
        "fr": (r"pièce d.?identité", r"carte d.?identité", r"passeport", r"permis de conduire",
               r"numéro de sécurité sociale"),
        "es": (r"documento (?:nacional )?de identidad", r"pasaporte", r"permiso de conducir",
               r"carné de conducir"),
        "it": (r"documento d.?identità", r"carta d.?identità", r"passaporto",
               r"patente di guida"),
        "nl": (r"identiteitsbewijs", r"identiteitskaart", r"paspoort", r"rijbewijs",
               r"burgerservicenummer"),
        "sv": (r"id.?handling", r"passnummer", r"personnummer", r"körkort", r"legitimation"),
        "da": (r"cpr.?nummer", r"kørekort", r"pasnummer", r"legitimation"),
        "pl": (r"dowód osobist", r"dowod\w* osobist", r"paszport", r"pesel", r"prawo jazdy"),
        "pt": (r"documento de identificação", r"cartão de cidadão", r"passaporte",
               r"carta de condução"),
    },
    "ip_address": {
        "en": (r"ip address",),
        "nb": (r"ip.?adresse",),
        "de": (r"ip.?adresse",),
        "fr": (r"adresses? ip",),
        "es": (r"(?:dirección|direcciones) ip",),
        "it": (r"indirizz[oi] ip",),
        "nl": (r"ip.?adres",),
        "sv": (r"ip.?adress",),
        "da": (r"ip.?adresse",),
        "pl": (r"adres\w* ip",),
        "pt": (r"endereços? ip",),
    },
    "device_id": {
        # Device identifiers are the same acronyms on a page in any language.
        "en": (r"device (?:id|identifier)", r"advertising (?:id|identifier)",
               International(r"idfa"), International(r"imei"), r"mac address"),
        "nb": (r"enhets ?(?:id|identifikator)",),
        "de": (r"geräte ?(?:id|kennung)", r"werbe ?id\b"),
        "fr": (r"identifiants? (?:de l.?appareil|d.?appareil|du terminal|publicitaires?)",),
        "es": (r"identificador(?:es)? (?:del|de) dispositivo",
               r"identificador(?:es)? de publicidad"),
        "it": (r"identificativ[oi] (?:del|di) dispositivo", r"id del dispositivo"),
        "nl": (r"apparaat ?(?:id|identificatie)",),
        "sv": (r"enhets ?(?:id|identifierare)",),
        "da": (r"enheds ?(?:id|identifikator)",),
        "pl": (r"identyfikator\w* urządze",),
        "pt": (r"identificador(?:es)? do dispositivo", r"id do dispositivo"),
    },
    "online_id": {
        "en": (r"cookie (?:id|identifier)", r"online identifier"),
        "nb": (r"nettidentifikator", r"online.?identifikator"),
        "de": (r"online.?kennung", r"cookie.?(?:id|kennung)"),
        "fr": (r"identifiants? en ligne", r"identifiants? (?:de )?cookie"),
        "es": (r"identificador(?:es)? en línea", r"identificador(?:es)? de cookie"),
        "it": (r"identificativ[oi] online", r"identificativ[oi] (?:dei )?cookie"),
        "nl": (r"online.?identificator", r"cookie.?id"),
        "sv": (r"online.?identifierare", r"cookie.?id"),
        "da": (r"online.?identifikator", r"cookie.?id"),
        "pl": (r"identyfikator\w* internetow", r"identyfikator\w* (?:plików )?cookie"),
        "pt": (r"identificador(?:es)? (?:por via eletrónica|online|de cookie)",),
    },
    # --- money, place, body ---
    # Accounts and cards: what a policy lists as financial data.
    "financial": {
        "en": (r"bank account", r"financial (?:information|data|details)"),
        "nb": (r"bankkonto", r"finansielle opplysninger"),
        "de": (r"bankverbindung", r"bankdaten", r"finanzdaten"),
        "fr": (r"coordonnées bancaires", r"données bancaires", r"données financières"),
        "es": (r"cuenta bancaria", r"datos bancarios", r"datos financieros"),
        "it": (r"conto bancario", r"coordinate bancarie", r"dati bancari", r"dati finanziari"),
        "nl": (r"bankrekening", r"financiële gegevens"),
        "sv": (r"bankkonto", r"finansiella uppgifter"),
        "da": (r"bankkonto", r"finansielle oplysninger"),
        "pl": (r"rachun\w* bankow", r"dan\w* (?:finansow|bankow)"),
        "pt": (r"conta bancária", r"dados bancários", r"dados financeiros"),
    },
    # Cards and paying: terms speak of them to every customer, so they are data only
    # when collected.
    "payment": {
        "en": (r"(?:payment|credit|debit|bank) cards?", r"payment (?:information|details|data)",
               r"card (?:number|details)", r"iban"),
        "nb": (r"(?:kreditt|bank|betalings)kort", r"betalingsopplysning", r"kortnummer",
               r"kontonummer", r"iban"),
        "de": (r"kreditkart", r"zahlungs(?:daten|informationen|karte)", r"kontonummer", r"iban"),
        "fr": (r"cartes? (?:bancaires?|de crédit|de paiement)", r"informations de paiement",
               r"données de paiement", r"numéro de carte", r"iban"),
        "es": (r"tarjetas? (?:de crédito|de débito|bancarias?)", r"(?:información|datos) de pago",
               r"número de tarjeta", r"iban"),
        "it": (r"carta di (?:credito|debito|pagamento)", r"dati di pagamento", r"numero di carta",
               r"iban"),
        "nl": (r"creditcard", r"betaalkaart", r"betaalgegevens", r"betalingsgegevens",
               r"rekeningnummer", r"iban"),
        "sv": (r"kreditkort", r"betalkort", r"betalningsuppgifter", r"kortnummer", r"kontonummer",
               r"iban"),
        "da": (r"kreditkort", r"betalingskort", r"betalingsoplysninger", r"kortnummer",
               r"kontonummer", r"iban"),
        "pl": (r"kart\w* (?:kredytow|płatnicz|debetow)", r"dan\w* płatnicz",
               r"numer\w* (?:rachunku|konta|karty)", r"iban"),
        "pt": (r"cartão de (?:crédito|débito|pagamento)", r"dados de pagamento",
               r"número do cartão", r"iban"),
    },
    "location": {
        "en": (r"geolocation", r"(?:precise|approximate|coarse|exact|real.?time) location",
               r"location (?:data|information|history)", r"gps"),
        "nb": (r"lokasjonsdata", r"posisjonsdata", r"stedsdata", r"geolokasjon", r"gps"),
        "de": (r"standortdaten", r"standortinformation", r"geolokali", r"gps"),
        "fr": (r"données de (?:localisation|géolocalisation)", r"géolocalisation", r"gps"),
        "es": (r"datos de (?:ubicación|localización)", r"geolocalización", r"gps"),
        "it": (r"geolocalizzazion", r"dati di (?:posizione|localizzazione)",
               r"posizione (?:precisa|approssimativa|geografica)", r"gps"),
        "nl": (r"locatiegegevens", r"geolocatie", r"gps"),
        "sv": (r"platsuppgift", r"platsdata", r"platsinformation", r"geolokali", r"gps"),
        "da": (r"lokationsdata", r"placeringsdata", r"geolokali", r"gps"),
        "pl": (r"dan\w* (?:o )?lokalizacj", r"geolokalizacj", r"gps"),
        "pt": (r"dados de localização", r"geolocalização", r"gps"),
    },
    "health": {
        "en": (r"health (?:data|information|records?|conditions?|status)",
               r"medical (?:data|information|records|history|conditions?)"),
        "nb": (r"helseopplysning", r"helsedata", r"helsetilstand", r"medisinske opplysninger"),
        "de": (r"gesundheitsdaten", r"gesundheitszustand", r"gesundheitsinformation",
               r"medizinische daten"),
        "fr": (r"données (?:de|relatives à la) santé", r"état de santé", r"données médicales"),
        "es": (r"datos (?:de|sobre la|relativos a la) salud", r"estado de salud",
               r"datos médicos"),
        "it": (r"dati sanitari", r"dati (?:relativi alla|sulla) salute", r"stato di salute",
               r"dati medici"),
        "nl": (r"gezondheidsgegevens", r"medische gegevens"),
        "sv": (r"hälsouppgift", r"hälsodata", r"medicinska uppgifter"),
        "da": (r"helbredsoplysning", r"helbredsdata", r"medicinske oplysninger"),
        "pl": (r"dan\w* (?:o |dotycząc\w* )?(?:stanie )?zdrowi", r"stan\w* zdrowia",
               r"dan\w* medyczn"),
        "pt": (r"dados (?:de|sobre a|relativos à) saúde", r"estado de saúde",
               r"dados médicos"),
    },
    "biometric": {
        "en": (r"biometric", r"fingerprint", r"voiceprint", r"iris scan",
               r"(?:facial|face) (?:recognition|geometry|data|features|scans?|prints?)"),
        "nb": (r"biometri", r"fingeravtrykk", r"ansiktsgjenkjenning"),
        "de": (r"biometrisch", r"fingerabdr", r"gesichtserkennung"),
        "fr": (r"biométrique", r"empreintes? digitales?", r"reconnaissance faciale"),
        "es": (r"biométric", r"huellas? dactilar", r"reconocimiento facial"),
        "it": (r"biometric", r"impront[ae] digital", r"riconoscimento facciale"),
        "nl": (r"biometri", r"vingerafdruk", r"gezichtsherkenning"),
        "sv": (r"biometri", r"fingeravtryck", r"ansiktsigenkänning"),
        "da": (r"biometri", r"fingeraftryk", r"ansigtsgenkendelse"),
        "pl": (r"biometryczn", r"odcisk\w* palc", r"rozpoznawani\w* twarzy"),
        "pt": (r"biométric", r"impressões? digita", r"reconhecimento facial"),
    },
    "genetic": {
        "en": (r"genetic", r"dna\b"),
        "nb": (r"genetisk",),
        "de": (r"genetisch",),
        "fr": (r"génétique",),
        "es": (r"genétic",),
        "it": (r"genetic",),
        "nl": (r"genetisch",),
        "sv": (r"genetisk",),
        "da": (r"genetisk",),
        "pl": (r"genetyczn",),
        "pt": (r"genétic",),
    },
    "voice_audio": {
        "en": (r"voice (?:data|recordings?|samples?)", r"audio recording", r"call recording",
               r"recordings? of (?:your )?calls"),
        "nb": (r"stemmeopptak", r"lydopptak", r"stemmedata"),
        "de": (r"sprachaufnahme", r"sprachaufzeichnung", r"stimmaufnahme", r"stimmdaten",
               r"audioaufnahme", r"tonaufnahme"),
        "fr": (r"données vocales", r"enregistrements? (?:audio|vocaux|de la voix|des appels)"),
        "es": (r"datos de voz", r"grabaci(?:ón|ones) de (?:voz|audio|llamadas)"),
        "it": (r"dati vocali", r"registrazion[ei] (?:audio|vocali|delle chiamate)"),
        "nl": (r"spraakopname", r"stemopname", r"geluidsopname", r"audio.?opname"),
        "sv": (r"röstinspelning", r"ljudinspelning", r"röstdata"),
        "da": (r"stemmeoptagelse", r"lydoptagelse", r"stemmedata"),
        "pl": (r"nagra\w* (?:głosu|audio|rozmów)", r"dan\w* głosow"),
        "pt": (r"dados de voz", r"gravaç(?:ão|ões) (?:de voz|de áudio|de chamadas)"),
    },
    "photo_video": {
        "en": (r"photo", r"video", r"selfie"),
        "nb": (r"foto", r"video"),
        "de": (r"foto", r"video"),
        "fr": (r"photo", r"vidéo"),
        "es": (r"foto", r"vídeo", r"video"),
        "it": (r"foto", r"video"),
        "nl": (r"foto", r"video"),
        "sv": (r"foto", r"video"),
        "da": (r"foto", r"video"),
        "pl": (r"zdję[cć]", r"fotografi", r"wideo"),
        "pt": (r"foto", r"vídeo"),
    },
    # --- what a user has and does ---
    "contacts": {
        "en": (r"contact list", r"address book", r"(?:phone|device) contacts"),
        "nb": (r"kontaktliste", r"adressebok"),
        "de": (r"adressbuch", r"kontaktliste"),
        "fr": (r"carnet d.?adresses", r"listes? de contacts"),
        "es": (r"libreta de direcciones", r"lista de contactos", r"agenda de contactos"),
        "it": (r"rubrica", r"elenco (?:dei )?contatti"),
        "nl": (r"adresboek", r"contactenlijst", r"contactpersonenlijst"),
        "sv": (r"adressbok", r"kontaktlista"),
        "da": (r"adressebog", r"kontaktliste"),
        "pl": (r"książk\w* adresow", r"list\w* kontaktów"),
        "pt": (r"listas? de cont(?:a|ac)tos", r"livro de endereços"),
    },
    "messages": {
        "en": (r"messages?\b", r"chats?\b", r"content you (?:post|upload|share|send)"),
        "nb": (r"meldinger\b",),
        "de": (r"nachrichten\b", r"chats?\b"),
        "fr": (r"messages?\b",),
        "es": (r"mensajes?\b",),
        "it": (r"messaggi\b",),
        "nl": (r"berichten\b",),
        "sv": (r"meddelanden\b",),
        "da": (r"beskeder\b", r"meddelelser\b"),
        "pl": (r"wiadomoś",),
        "pt": (r"mensage",),
    },
    "browsing_history": {
        "en": (r"browsing (?:history|data|activity)", r"search (?:history|queries)",
               r"clickstream"),
        "nb": (r"nettleserhistorikk", r"søkehistorikk"),
        "de": (r"browserverlauf", r"suchverlauf", r"surfverhalten"),
        "fr": (r"historique de (?:navigation|recherche)",),
        "es": (r"historial de (?:navegación|búsqueda)",),
        "it": (r"cronologia (?:di navigazione|delle ricerche)",),
        "nl": (r"browsegeschiedenis", r"surfgedrag", r"zoekgeschiedenis"),
        "sv": (r"webbhistorik", r"surfhistorik", r"sökhistorik"),
        "da": (r"browserhistorik", r"søgehistorik"),
        "pl": (r"histori\w* (?:przeglądania|wyszukiwania)",),
        "pt": (r"histórico de (?:navegação|pesquisa)",),
    },
    "usage": {
        "en": (r"usage (?:data|information)", r"log (?:data|files|information)",
               r"pages? you visit", r"interactions? with (?:our|the) (?:services?|site|app)"),
        "nb": (r"bruksdata", r"loggdata", r"loggfiler", r"bruksmønster", r"besøkte sider"),
        "de": (r"nutzungsdaten", r"logdaten", r"protokolldaten", r"logfiles?", r"logdateien",
               r"besuchte(?:n)? seiten"),
        "fr": (r"données (?:d.?utilisation|de navigation|de connexion)", r"journaux",
               r"pages visitées"),
        "es": (r"datos de (?:uso|navegación|registro)", r"páginas visitadas"),
        "it": (r"dati di (?:utilizzo|navigazione|log)", r"pagine visitate"),
        "nl": (r"gebruiksgegevens", r"loggegevens", r"bezochte pagina"),
        "sv": (r"användningsdata", r"användningsuppgifter", r"loggdata", r"loggfiler",
               r"besökta sidor"),
        "da": (r"brugsdata", r"anvendelsesdata", r"logdata", r"logfiler", r"besøgte sider"),
        "pl": (r"dan\w* (?:o korzystaniu|dotyczące korzystania|eksploatacyjn)", r"logi\b",
               r"odwiedzan\w* stron"),
        "pt": (r"dados de (?:utilização|uso|navegação|registo)", r"páginas visitadas"),
    },
    "purchase_history": {
        "en": (r"purchase history", r"order history", r"transaction history"),
        "nb": (r"kjøpshistorikk", r"ordrehistorikk"),
        "de": (r"kaufhistorie", r"bestellhistorie", r"kaufverlauf"),
        "fr": (r"historique (?:d.?achats?|des commandes|des transactions)",),
        "es": (r"historial de (?:compras|pedidos|transacciones)",),
        "it": (r"cronologia (?:degli acquisti|degli ordini)",
               r"storico (?:degli )?(?:acquisti|ordini)"),
        "nl": (r"aankoopgeschiedenis", r"bestelgeschiedenis", r"transactiegeschiedenis"),
        "sv": (r"köphistorik", r"orderhistorik"),
        "da": (r"købshistorik", r"ordrehistorik"),
        "pl": (r"histori\w* (?:zakupów|zamówień|transakcji)",),
        "pt": (r"histórico de (?:compras|encomendas|pedidos|transações)",),
    },
    "inferences": {
        "en": (r"inferences", r"inferred (?:data|information)", r"derived data"),
        "nb": (r"utledede (?:opplysninger|data)",),
        "de": (r"abgeleitete daten",),
        "fr": (r"inférences", r"données déduites", r"données dérivées"),
        "es": (r"inferencias", r"datos inferidos", r"datos derivados"),
        "it": (r"inferenze", r"dati dedotti", r"dati derivati"),
        "nl": (r"afgeleide gegevens",),
        "sv": (r"härledda (?:uppgifter|data)",),
        "da": (r"afledte (?:oplysninger|data)",),
        "pl": (r"dan\w* wywnioskowan", r"dan\w* pochodn"),
        "pt": (r"inferências", r"dados inferidos", r"dados derivados"),
    },
    # --- a person's life ---
    "employment": {
        "en": (r"employment (?:history|information|details)", r"job title", r"employer",
               r"work history"),
        "nb": (r"arbeidsgiver", r"stillingstittel", r"arbeidsforhold"),
        "de": (r"arbeitgeber", r"berufsbezeichnung", r"beschäftigungsverhältnis",
               r"berufliche angaben"),
        "fr": (r"employeur", r"intitulé (?:du|de) poste", r"situation professionnelle"),
        "es": (r"empleador", r"puesto de trabajo", r"historial laboral", r"datos profesionales"),
        "it": (r"datore di lavoro", r"qualifica professionale", r"dati professionali"),
        "nl": (r"werkgever", r"functietitel", r"dienstverband"),
        "sv": (r"arbetsgivare", r"befattning", r"yrkestitel", r"anställningsuppgifter"),
        "da": (r"arbejdsgiver", r"stillingsbetegnelse", r"ansættelsesforhold"),
        "pl": (r"pracodawc", r"stanowisk\w* (?:pracy|służbow)", r"histori\w* zatrudnienia"),
        "pt": (r"entidade patronal", r"empregador", r"dados profissionais",
               r"histórico profissional"),
    },
    "education": {
        "en": (r"education", r"academic (?:records|history|qualifications)", r"qualifications"),
        "nb": (r"utdanning",),
        "de": (r"ausbildung", r"bildungsabschl", r"schulbildung"),
        "fr": (r"diplômes?\b", r"parcours scolaire", r"niveau d.?études"),
        "es": (r"formación académica", r"titulación", r"estudios\b"),
        "it": (r"istruzione", r"titolo di studio", r"titoli di studio"),
        "nl": (r"opleiding", r"diploma"),
        "sv": (r"utbildning",),
        "da": (r"uddannelse",),
        "pl": (r"wykształceni",),
        "pt": (r"habilitações", r"formação académica", r"escolaridade"),
    },
    "criminal": {
        "en": (r"criminal (?:records?|convictions?|offen[cs]es|history|background)",
               r"convictions"),
        "nb": (r"straffedom", r"strafferegist", r"politiattest"),
        "de": (r"strafrechtliche (?:verurteilung|daten)", r"vorstraf", r"führungszeugnis"),
        "fr": (r"condamnations? pénales?", r"infractions pénales", r"casier judiciaire"),
        "es": (r"condenas penales", r"antecedentes penales", r"infracciones penales"),
        "it": (r"condanne penali", r"casellario giudiziale"),
        "nl": (r"strafrechtelijke gegevens", r"strafbare feiten", r"verklaring omtrent het gedrag"),
        "sv": (r"lagöverträdelse", r"belastningsregist", r"brottmål"),
        "da": (r"straffedom", r"strafbare forhold", r"straffeattest"),
        "pl": (r"wyrok\w* skazując", r"niekaralnoś"),
        "pt": (r"condenações penais", r"infrações penais", r"registo criminal",
               r"antecedentes criminais"),
    },
    "children": {
        "en": (r"children s (?:data|information|personal)",
               r"(?:data|information) (?:from|about|of) children"),
        "nb": (r"opplysninger om barn", r"barns personopplysninger"),
        "de": (r"daten (?:von|über) kinder", r"kinderdaten"),
        "fr": (r"données (?:des|d|concernant les) enfants",),
        "es": (r"datos (?:de|sobre) (?:los )?(?:niños|menores)",),
        "it": (r"dati (?:dei|di|sui) (?:bambini|minori)",),
        "nl": (r"gegevens (?:van|over) kinderen",),
        "sv": (r"(?:uppgifter|personuppgifter) om barn", r"barns personuppgifter"),
        "da": (r"oplysninger om børn", r"børns personoplysninger"),
        "pl": (r"dan\w* dzieci",),
        "pt": (r"dados (?:de|das|sobre) (?:as )?crianças",),
    },
    # The special categories of GDPR Art. 9 (health, biometric and genetic above).
    "special_categories": {
        "en": (r"nationality", r"place of birth", r"sexual orientation", r"sex life",
               r"(?:racial|ethnic) origin", r"religious (?:or philosophical )?beliefs?",
               r"political opinion", r"trade union membership", r"sensitive (?:personal )?data",
               r"special categor"),
        "nb": (r"nasjonalitet", r"statsborgerskap", r"fødested", r"politisk oppfatning",
               r"seksuell orientering", r"etnisk opprinnelse", r"religiøs overbevisning",
               r"fagforeningsmedlem", r"sensitive personopplysning", r"særlige kategorier"),
        "de": (r"staatsangehörigkeit", r"nationalität", r"geburtsort", r"politische meinung",
               r"sexuelle orientierung", r"ethnische herkunft", r"religiöse überzeugung",
               r"gewerkschaftszugehörigkeit", r"sensible daten", r"besondere kategorien"),
        "fr": (r"nationalité", r"lieu de naissance", r"opinions? politiques?",
               r"orientation sexuelle", r"origine (?:raciale|ethnique)",
               r"convictions religieuses", r"appartenance syndicale", r"données sensibles",
               r"catégories particulières"),
        "es": (r"nacionalidad", r"lugar de nacimiento", r"opiniones políticas",
               r"orientación sexual", r"origen (?:racial|étnico)", r"creencias religiosas",
               r"afiliación sindical", r"datos sensibles", r"categorías especiales"),
        "it": (r"nazionalità", r"cittadinanza", r"luogo di nascita", r"opinioni politiche",
               r"orientamento sessuale", r"origine (?:razziale|etnica)",
               r"convinzioni religiose", r"appartenenza sindacale", r"dati sensibili",
               r"categorie particolari"),
        "nl": (r"nationaliteit", r"geboorteplaats", r"politieke opvatting",
               r"seksuele (?:geaardheid|gerichtheid)", r"etnische afkomst",
               r"religieuze overtuiging", r"vakbondslidmaatschap", r"gevoelige gegevens",
               r"bijzondere categorieën"),
        "sv": (r"nationalitet", r"medborgarskap", r"födelseort", r"politiska åsikter",
               r"sexuell läggning", r"etniskt ursprung", r"religiös övertygelse",
               r"fackföreningsmedlemskap", r"känsliga personuppgifter", r"särskilda kategorier"),
        "da": (r"nationalitet", r"statsborgerskab", r"fødested", r"politisk overbevisning",
               r"seksuel orientering", r"etnisk oprindelse", r"religiøs overbevisning",
               r"fagforeningsmedlemskab", r"følsomme personoplysninger", r"særlige kategorier"),
        "pl": (r"obywatelstw", r"narodowoś", r"miejsce urodzenia", r"poglądy polityczne",
               r"orientacj\w* seksualn", r"pochodzeni\w* etniczn", r"przekonani\w* religijn",
               r"przynależnoś[cć] do związków", r"dane wrażliwe", r"szczególne kategorie"),
        "pt": (r"nacionalidade", r"naturalidade", r"local de nascimento", r"opiniões políticas",
               r"orientação sexual", r"origem (?:racial|étnica)", r"convicções religiosas",
               r"filiação sindical", r"dados sensíveis", r"categorias especiais"),
    },
}

# Kinds whose words are also everyday prose (a company's address, "contact us by
# e-mail", "messages from us", "in the name of"): a kind of data collected only in a
# collection context.
PLAIN_KINDS = frozenset({
    "name", "email", "phone", "postal_address", "payment", "messages", "usage",
    "purchase_history",
    "employment", "education", "children",
})

# The bare word of a kind that the kind's phrases above qualify: "health" beside
# "health data", "santé" beside "données de santé", "Standort" beside
# "Standortdaten". A bare word also names a topic of the world ("health and
# safety", "santé publique", "Standort des Rechenzentrums", "income" of a
# business), so, as the plain kinds, it is a kind of data only in a collection
# context ("we collect information about your health"). Every language has the
# bare word of each such kind, whatever the tune pairs say.
BARE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "health": {
        "en": (r"health", r"medical\b"), "nb": (r"helse",), "de": (r"gesundheit",),
        "fr": (r"santé",), "es": (r"salud\b",), "it": (r"salute\b",),
        "nl": (r"gezondheid",), "sv": (r"hälsa\b",), "da": (r"helbred",),
        "pl": (r"zdrowi",), "pt": (r"saúde",),
    },
    "location": {
        "en": (r"location",), "nb": (r"lokasjon", r"posisjon"), "de": (r"standort",),
        "fr": (r"localisation",), "es": (r"ubicación", r"localización"),
        "it": (r"posizione\b", r"localizzazione"), "nl": (r"locatie",),
        "sv": (r"plats\b",), "da": (r"lokation", r"placering"), "pl": (r"lokalizacj",),
        "pt": (r"localização",),
    },
    "voice_audio": {
        "en": (r"voice\b",), "nb": (r"stemme\b",), "de": (r"stimme\b",), "fr": (r"voix\b",),
        "es": (r"voz\b",), "it": (r"voce\b",), "nl": (r"stem\b",), "sv": (r"röst\b",),
        "da": (r"stemme\b",), "pl": (r"głos\b",), "pt": (r"voz\b",),
    },
    "biometric": {
        "en": (r"faces?\b", r"facial\b"), "nb": (r"ansikt",), "de": (r"gesicht",),
        "fr": (r"visage",), "es": (r"rostro", r"cara\b"), "it": (r"volto\b", r"viso\b"),
        "nl": (r"gezicht",), "sv": (r"ansikte",), "da": (r"ansigt",), "pl": (r"twarz",),
        "pt": (r"rosto",),
    },
    "financial": {
        "en": (r"income",), "nb": (r"inntekt",), "de": (r"einkommen",), "fr": (r"revenus\b",),
        "es": (r"ingresos\b",), "it": (r"reddito",), "nl": (r"inkomen",),
        "sv": (r"inkomst",), "da": (r"indkomst",), "pl": (r"dochod",),
        "pt": (r"rendimentos?\b",),
    },
    "criminal": {
        "en": (r"criminal",), "nb": (r"lovbrudd", r"straff"), "de": (r"straftat",),
        "fr": (r"pénal",), "es": (r"penal",), "it": (r"penal",), "nl": (r"strafrecht",),
        "sv": (r"brott",), "da": (r"strafbar",), "pl": (r"karn",), "pt": (r"penal",),
    },
    "special_categories": {
        "en": (r"ethnic", r"racial", r"religio", r"trade union"),
        "nb": (r"etnisk", r"religi", r"fagforening"),
        "de": (r"ethnisch", r"religi", r"gewerkschaft"),
        "fr": (r"ethnique", r"religi", r"syndica"),
        "es": (r"étnic", r"religi", r"sindica"),
        "it": (r"etnic", r"religi", r"sindaca"),
        "nl": (r"etnisch", r"religi", r"vakbond"),
        "sv": (r"etnisk", r"religi", r"fackförening"),
        "da": (r"etnisk", r"religi", r"fagforening"),
        "pl": (r"etniczn", r"religi", r"związk\w* zawodow"),
        "pt": (r"étnic", r"religi", r"sindica"),
    },
    "inferences": {
        "en": (r"inferred\b",), "nb": (r"utledet",), "de": (r"rückschlüsse",),
        "fr": (r"déduit",), "es": (r"inferid",), "it": (r"dedott",), "nl": (r"afgeleid",),
        "sv": (r"härledd",), "da": (r"afledt",), "pl": (r"wywnioskowan",),
        "pt": (r"inferid",),
    },
}

# Words that put a sentence in a collection context: collecting, obtaining,
# asking for; the user providing. Not processing, storing or recording: a policy
# says those of every kind of data it holds. Same parts in every language.
COLLECTION_CUES: dict[str, tuple[str, ...]] = {
    "en": (r"collect", r"gather", r"obtain", r"we (?:\w+ )?receive", r"ask (?:you )?for",
           r"(?:you|users?) (?:provide|give|submit|enter|upload)", r"provided by you"),
    "nb": (r"samle[rt]? inn", r"innhent", r"ber (?:deg |om )",
           r"du (?:oppgir|gir oss|legger inn|laster opp)"),
    "de": (r"erheb", r"erfass", r"sammeln",
           r"(?:sie|nutzer) (?:uns )?(?:angeben|mitteilen|übermitteln|hochladen)"),
    "fr": (r"collect", r"recueill", r"obten",
           r"vous (?:nous )?(?:fournissez|communiquez|transmettez|saisissez)"),
    "es": (r"recopil", r"recog", r"obten", r"(?:usted )?nos (?:proporciona|facilita)"),
    "it": (r"raccogli", r"ottenia", r"(?:ci )?(?:fornisci|comunichi)"),
    "nl": (r"verzamel", r"verkrij", r"u (?:ons )?(?:verstrekt|opgeeft|invoert|uploadt)"),
    "sv": (r"samla[rt]? in", r"insaml", r"inhämta", r"du (?:uppger|lämnar|laddar upp)"),
    "da": (r"indsaml", r"indhent", r"du (?:oplyser|giver os|uploader)"),
    "pl": (r"zbiera", r"gromadz", r"pozysku", r"(?:podajesz|przekazujesz) nam"),
    "pt": (r"recolh", r"colet", r"obt[eé]m", r"obtemos", r"(?:nos )?(?:fornece|fornecer)"),
}

# fmt: on


def kind_stems(kind: str, language: str | None) -> tuple[str, ...]:
    """One kind's stems in English and a page's language (pages mix both).

    >>> kind_stems("ip_address", "fr")
    ('ip address', 'adresses? ip')
    """
    base = (language or "en").split("-")[0].lower()
    row = DATA_KINDS[kind]
    return (*row["en"], *(row.get(base, ()) if base != "en" else ()))


def strict_stems(language: str) -> tuple[str, ...]:
    """One language's stems of the kinds that name data whatever surrounds them.

    >>> "passeport" in strict_stems("fr"), "adresse postale" in strict_stems("fr")
    (True, False)
    """
    return tuple(
        dict.fromkeys(
            s
            for kind, row in DATA_KINDS.items()
            if kind not in PLAIN_KINDS
            for s in row.get(language, ())
        )
    )
