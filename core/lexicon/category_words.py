"""The words a sentence of each materiality category uses: one table, category × language.

:data:`CATEGORY_WORDS` ``[category][language]`` holds, for every materiality
category of :mod:`policywatch.core.taxonomy` (but ``other``) and every
language the diff reads (en, nb, de, fr, es, it, nl, sv, da, pl, pt), the
word starts of the same concepts, so a category is read the same way in each
language:

- purposes: purpose, profiling, personalisation, fraud prevention, "how we use";
- data_categories: collecting, and the kinds of data that name data wherever they
  stand (biometric, health, location, identity document, the special categories...),
  which are the strict kinds of :mod:`policywatch.core.lexicon.data_kinds`;
- recipients: share, disclose (the infinitive a modal verb takes too: "utlevere",
  "offenlegen", "weiterzugeben"), third party, (sub-)processor, recipient,
  service provider, partner;
- sale_sharing: sell, sale;
- retention: keep, store for, retention period, delete, erase (effacer, borrar,
  eliminare, wissen);
- transfers: transfer, third country, outside the EEA, standard contractual clauses;
- rights: right to / of, access, rectification, erasure, portability, object,
  complaint, and the supervisory authorities of :mod:`policywatch.core.lexicon.authorities`;
- controller_contact: controller, data protection officer, representative;
- legal_basis: legal basis, consent, legitimate interest, legal obligation;
- security: security, encryption, pseudonymisation, penetration tests (a backup
  copy, "sikkerhetskopi", is no security word);
- breach: breach, incident, notify;
- children: child, minor, parent, age;
- tracking_ads: cookies, trackers, advertising, pixels;
- law_liability: courts, jurisdiction, arbitration, liability, governing law;
- fees_termination: fee, price, refund, payment, subscription, termination;
- ai_training: train, model, machine learning.

Each entry is a regular expression matched at a word start on the comparison
key (lower case, no punctuation), so a stem also finds its inflections. A stem
is "strong" enough that adding or removing it changes what a policy says about
the topic; generic words (data, information, privacy, use) are absent. Names
that are the same in every language (ISO 27001, SOC 2, Matomo) sit under
``en``, which pages in every language use. Each category of
:mod:`policywatch.core.taxonomy` owns its row (``Category.materiality_words``),
which :mod:`policywatch.diffing.lexicons` reads; a language is added by filling
its column, and
``tests/diffing/test_languages.py`` holds one changed sentence per cell.
Each cell also holds its language's verbs whose particle stands apart ("wir
geben ... weiter", "vi lämnar inte ut"), written once in
:mod:`policywatch.core.lexicon.split_verbs`.

    >>> sorted(CATEGORY_WORDS["rights"]) == sorted(LANGUAGES)
    True
"""

from __future__ import annotations

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.authorities import AUTHORITY_WORDS
from policywatch.core.lexicon.data_kinds import strict_stems
from policywatch.core.lexicon.international import International, is_international
from policywatch.core.lexicon.periods import UNITS
from policywatch.core.lexicon.split_verbs import split_stems

# The languages the table covers (each a column of every row).
LANGUAGES = ("en", "nb", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "pt")


_I = International
# The period units (hour, day, week, month, year): a duration after "keeps ... for".
_UNITS = "|".join(UNITS)
# What a company certifies to when it joins a transfer framework, not a standard.
_TRANSFER_FRAMEWORK = r"(?:department of commerce|data privacy framework|privacy shield|dpf)\b"

# A notifying verb is about a breach when a word for the data or the incident follows it
# within this many words.
NOTIFY_SCOPE = 12


def _notifying(verb: str, *about: str) -> str:
    """``verb`` (a word start) when one of the words ``about`` starts a word within
    :data:`NOTIFY_SCOPE` words after it. The verb is a word start, so the rest of its
    word ("notifica-remos", "underrätt-ar") is read before the words after it count.

    >>> import re
    >>> bool(re.match(_notifying("notifica", "datos"), "notificaremos sus datos"))
    True
    """
    return verb + rf"\w*(?=(?: \w+){{0,{NOTIFY_SCOPE}}}? (?:{'|'.join(about)}))"


# fmt: off
CATEGORY_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "purposes": {
        # A purpose of processing, not a definition's scope ("for the purposes of this
        # Section, 'you' shall refer to ...", "für die Zwecke dieses Abschnitts").
        "en": (r"purpose(?!s? of (?:this|these|that|the) (?:section|clause|article|paragraph"
               r"|agreement|terms|polic|notice|addendum|dpa|schedule|annex|exhibit|definition))",
               r"bad actor", r"fraud", r"profiling", r"personali[sz]",
               r"auto.?shar", r"cross.?platform", r"how (?:do )?we use", r"use of your",
               r"we use your"),
        "nb": (r"formål(?!\w* (?:med|i|etter) (?:denne|dette|disse) (?:paragraf|punkt|avsnitt"
               r"|bestemmelse|vilkår|avtale|kapittel|artikkel))", r"profilering", r"bruker vi",
               r"bruk av (?:dine|personopplysning)",
               r"svindel"),
        "de": (r"zweck(?!\w* (?:dieses|dieser|des|der) (?:abschnitt|absatz|artikel|paragraf"
               r"|vertrag|klausel|anhang|vereinbarung|bedingungen|ziffer))", r"betrug",
               r"profiling",
               r"verwenden (?:wir )?ihre",
               r"personalisier"),
        "fr": (r"finalité", r"lutte contre la fraude", r"profilage", r"utilisons vos",
               r"utilisation de vos", r"personnalis"),
        "es": (r"finalidad", r"(?:con|para) fines", r"perfiles", r"elaboración de perfiles",
               r"fraude",
               r"utilizamos sus", r"uso de sus", r"personaliza"),
        "it": (r"finalità", r"profilazion", r"frode", r"utilizziamo i tuoi",
               r"utilizziamo i suoi", r"personalizza"),
        "nl": (r"doeleind", r"profilering", r"fraude", r"gebruiken (?:wij |we )?uw",
               r"personalis"),
        "sv": (r"ändamål", r"profilering", r"bedrägeri", r"använder (?:vi )?dina"),
        "da": (r"formål", r"profilering", r"svindel", r"bruger (?:vi )?dine"),
        "pl": (r"cel(?:u|ach|ów|e)?\b", r"profilowani", r"oszust", r"wykorzystujemy",
               r"personaliz"),
        "pt": (r"finalidade", r"definição de perfis", r"perfis", r"fraude",
               r"utilizamos os seus", r"personaliza"),
    },
    # The kinds of data (biometric, location, identity documents, ...) are the strict
    # kinds of core.lexicon.data_kinds, added to every cell below; here only what says
    # data is collected, in headings and sentences.
    "data_categories": {
        "en": (r"verification",
               r"we (?:\w+ ){0,3}?(?:collect|gather)", r"(?:data|information) (?:that )?we collect",
               r"categories of personal (?:data|information)"),
        "nb": (r"verifisering", r"innsamling", r"hvilke (?:person)?opplysninger",
               r"kategorier (?:av )?personopplysninger"),
        "de": (r"verifizierung", r"wir erheben", r"erhobene daten", r"welche daten",
               r"kategorien (?:personenbezogener|von) daten"),
        "fr": (r"vérification", r"collect(?:ons|er|é|ée|ées|és)\b", r"recueill",
               r"données (?:que nous )?collectées", r"catégories de données"),
        "es": (r"recopilamos", r"recogemos", r"datos que recopilamos", r"categorías de datos"),
        "it": (r"raccogliamo", r"dati che raccogliamo", r"categorie di dati"),
        "nl": (r"verzamelen", r"categorieën (?:van )?persoonsgegevens"),
        "sv": (r"insamling", r"kategorier av personuppgifter"),
        "da": (r"indsaml", r"kategorier af personoplysninger"),
        "pl": (r"zbieramy", r"gromadzimy", r"kategorie danych"),
        "pt": (r"recolhemos", r"coletamos", r"categorias de dados"),
    },
    "recipients": {
        "en": (r"third.?part", r"sub.?processor", r"subprocessor", r"service provider",
               r"partners?\b", r"affiliate", r"disclos", r"recipient", r"vendor", r"processor",
               r"share[sd]?\b", r"sharing", r"group companies",
               r"sub.?contractor"),
        "nb": (r"tredjepart", r"databehandler", r"underdatabehandler", r"underleverandør",
               r"deler\b", r"utlever", r"mottaker", r"samarbeidspartner",
               r"tjenesteleverandør"),
        "de": (r"dritte", r"auftragsverarbeiter", r"unterauftragsverarbeiter", r"empfänger",
               r"weitergeb", r"weitergib", r"weitergegeben", r"weitergabe", r"weiterzugeb",
               r"offen(?:zu|ge)?leg", r"dienstleister",
               r"subunternehm", r"unterauftragnehm", r"unterauftragsverarbeit",
               r"subdienstleister"),
        "fr": (r"tiers", r"sous.?traitant", r"partenaire", r"destinataire", r"partag",
               r"prestataire", r"communiqu(?:er|ons|e|ent|ées?|és?)\b", r"divulgu",
               r"sous.?traitance", r"sous.?processeur"),
        "es": (r"terceros", r"encargados? del tratamiento", r"subencargad", r"destinatario",
               r"compart", r"proveedores? de servicios", r"cedemos", r"cesión",
               r"comunic(?:ar|amos|a|an|ados?|adas?)\b", r"divulg",
               r"subcontrat", r"subprocesador"),
        "it": (r"terz[ei]\b", r"terze parti", r"responsabil[ei] del trattamento",
               r"sub.?responsabil", r"destinatari", r"condivid", r"fornitori di servizi",
               r"comunic(?:are|hiamo|a|ano|at[ioae])\b", r"divulg",
               r"subfornitor", r"subappalt", r"sub.?incaricat"),
        # "deelt ... mee" (meedelen) informs: it shares nothing.
        "nl": (r"derden", r"derde partij", r"(?:sub)?verwerker", r"ontvanger",
               r"de(?:len|elt)\b(?!(?: \S+){0,12}? mee\b)", r"gedeeld",
               r"dienstverlener", r"verstrek",
               r"onderaannem"),
        "sv": (r"tredje part", r"personuppgiftsbiträde", r"underbiträde", r"mottagare",
               r"delar\b", r"utlämnande", r"tjänsteleverantör",
               r"underleverantör"),
        "da": (r"tredjepart", r"databehandler", r"underdatabehandler", r"modtager",
               r"deler\b", r"videregive", r"videregiver", r"leverandør",
               r"underleverandør"),
        "pl": (r"strony trzecie", r"stronom trzecim", r"podmiot(?:om|y)? przetwarzając",
               r"podprzetwarzając", r"podwykonawc", r"odbiorc", r"udostępnia",
               r"dostawc(?:y|ów|om) usług"),
        "pt": (r"terceiros", r"subcontratant", r"destinatário", r"partilha", r"compartilha",
               r"prestadores? de serviços", r"subprocessador",
               r"subcontratad"),
    },
    "sale_sharing": {
        # A sale of the data, beside a rental or to others, in every language as in
        # French below: the data its object ("sale or rental of your data", "sale to
        # third parties of your information"), not a home for sale or rent, nor items
        # sold to other customers ("the sale to other customers of items you return").
        "en": (r"sell", r"sold\b", r"sale of", r"selling",
               r"sale or rent(?:al|ing)? of (?:\w+ ){0,3}?(?:data|information)\b",
               r"sale to (?:third|other)\w* (?:\w+ ){0,2}?of (?:\w+ ){0,3}?"
               r"(?:data|information)\b"),
        "nb": (r"selger", r"selge\b", r"salg av",
               r"salg eller utleie av (?:\w+ ){0,2}?\w*(?:opplysning|data)",
               r"salg til (?:tredje|andre)\w* (?:\w+ ){0,2}?av (?:\w+ ){0,2}?"
               r"\w*(?:opplysning|data)"),
        # A sales channel ("Verkaufskanäle", "canaux de vente") sells no data, nor does a
        # name ("Vente-Privée"), nor a shop ("points de vente", "Verkaufsstellen"):
        # "vente" says a sale of something as "sale of" does, or a sale to others of the
        # data ("vente à des tiers de vos données", "la vente ou à la location de vos
        # données"), not "une annonce de vente ou location".
        "de": (r"verkauf(?!skan[aä]l|sstelle)",),
        "fr": (r"vend(?:ons|re|u|ent)\b", r"ventes? d(?:e|es|u)?\b",
               r"ventes? (?:à des tiers|ou (?:à )?(?:la )?location) (?:de|des|du) "
               r"(?:\w+ ){0,2}?(?:données|informations)\b"),
        "es": (r"vend(?:er|emos|e|en|ido)\b", r"venta de"),
        "it": (r"vend(?:ere|iamo|e|ono|uto)\b", r"vendita di"),
        "nl": (r"verko(?:op|opt|pen|cht)\b", r"verkoop van"),
        "sv": (r"sälj", r"försäljning av", r"sålde"),
        "da": (r"sælg", r"salg af", r"solgt"),
        "pl": (r"sprzeda",),
        "pt": (r"vend(?:er|emos|e|em|ido)\b", r"venda de"),
    },
    "retention": {
        "en": (r"retain", r"retention", r"we keep", r"kept for",
               r"keeps? (?:your|the|it|them|this|these|such|all|any|personal|a copy)\b",
               # "keeps logs for 30 days", "for a year", not "keeps you informed for free".
               rf"keeps? (?:\w+ ){{1,2}}?for (?:\w+ ){{0,3}}?(?:\d|(?:{_UNITS})s?\b|as long)",
               r"store[sd]? for", r"delete", r"deletion", r"erase", r"as long as", r"inactiv"),
        "nb": (r"lagre", r"lagring", r"slett", r"oppbevar"),
        "de": (r"aufbewahr", r"speicherdauer", r"gespeichert", r"lösch", r"speichern"),
        # es, it and pt say "conserv-" as French does.
        "fr": (r"conserv(?!atóri)", r"supprim", r"effac", r"durée"),
        "es": (r"conserv(?!atóri)", r"suprim", r"borr(?:ar|amos|a|an|ad[oa]s?)\b", r"elimin",
               r"plazo de conservación"),
        "it": (r"conserv(?!atóri)", r"cancell", r"elimin", r"periodo di conservazione"),
        "nl": (r"bewaar", r"bewaren", r"verwijder", r"(?:wissen|gewist)\b",
               r"bewaartermijn"),
        "sv": (r"sparar", r"bevara", r"lagra", r"radera", r"gallr"),
        "da": (r"opbevar", r"slet"),
        "pl": (r"przechowuj", r"przechowywan", r"usun", r"usuw"),
        "pt": (r"conserv(?!atóri)", r"apag", r"elimina"),
    },
    "transfers": {
        "en": (r"transfer", r"outside the (?:eea|european|eu|uk)", r"standard contractual",
               _I(r"privacy shield"), _I(r"data privacy framework"), r"adequacy", r"third countr",
               r"binding corporate"),
        "nb": (r"overfør", r"utenfor eøs", r"tredjeland"),
        "de": (r"übermitt", r"drittland", r"drittländer", r"standardvertragsklausel",
               r"außerhalb des ewr"),
        "fr": (r"transf[eé]r", r"hors de l", r"clauses contractuelles", r"pays tiers"),
        "es": (r"transfer", r"terceros países", r"tercer país", r"fuera del eee",
               r"cláusulas contractuales"),
        "it": (r"trasferi", r"paesi terzi", r"paese terzo", r"al di fuori del",
               r"clausole contrattuali"),
        "nl": (r"doorgifte", r"doorgegeven", r"doorgeven", r"derde land", r"buiten de eer",
               r"modelcontractbepaling", r"standaardcontractbepaling"),
        "sv": (r"överför", r"tredjeland", r"utanför (?:eu|ees)", r"standardavtalsklausul"),
        "da": (r"overfør", r"tredjeland", r"uden for (?:eu|eøs)", r"standardkontraktbestemmelse"),
        "pl": (r"przekazywani\w* (?:danych )?(?:do|poza)", r"przekazujemy",
               r"państw(?:a|ie)? trzeci",
               r"poza eog", r"standardowe klauzule"),
        "pt": (r"transfer", r"países terceiros", r"país terceiro", r"fora do eee",
               r"cláusulas contratuais"),
    },
    # A data subject's rights, not "all rights reserved" or intellectual property rights;
    # not "we reserve the right to" either (NOT_WORDS).
    "rights": {
        "en": (r"right to", r"your (?:\w+ )?rights",
               r"(?:privacy|subject|data protection) rights",
               r"rights (?:of|as) (?:a )?data subject", _I(r"opt.?out"),
               r"withdraw (?:your )?consent", r"complain", r"rectif",
               r"erasure", r"portabilit", r"object to", r"judicial remedy", r"right of access"),
        "nb": (r"rett til", r"innsyn", r"klage", r"retting",
               r"dataportabilit", r"protestere"),
        "de": (r"recht auf", r"ihre rechte", r"widerspruch", r"beschwerde",
               r"auskunft", r"berichtigung", r"datenübertragbarkeit", r"übertragbarkeit",
               r"widersprechen"),
        "fr": (r"vos droits", r"droit (?:d |de l |à l |à la |d accès|de rectification"
               r"|d opposition|à l effacement)", r"introduire une réclamation",
               r"réclamation auprès", r"opposer", r"effacement"),
        "es": (r"derecho (?:a|de)\b", r"sus derechos", r"rectificación", r"supresión",
               r"portabilidad", r"oposición", r"reclamación"),
        "it": (r"diritto (?:di|al|alla|all)\b", r"tuoi diritti", r"rettifica",
               r"portabilit", r"opposizione", r"reclamo"),
        "nl": (r"recht op", r"uw rechten", r"inzage", r"rectificatie", r"wissing",
               r"overdraagbaarheid", r"bezwaar", r"klacht"),
        "sv": (r"rätt till", r"dina rättigheter", r"rättelse",
               r"dataportabilit", r"invänd", r"klagomål"),
        "da": (r"ret til", r"dine rettigheder", r"indsigt", r"berigtig", r"dataportabilit",
               r"indsigelse", r"klage"),
        "pl": (r"prawo (?:do|dostępu|sprzeciwu)", r"twoje prawa", r"sprostowani",
               r"przenoszeni", r"sprzeciw", r"skarg"),
        "pt": (r"direito (?:de|à|ao|a)\b", r"seus direitos", r"retifica", r"portabilidade",
               r"oposição", r"reclamação"),
    },
    "controller_contact": {
        "en": (r"data protection officer", _I(r"dpo\b"), r"controller", r"representative",
               r"contact us", r"postal address", r"registered office"),
        "nb": (r"personvernombud", r"behandlingsansvarlig", r"personvernansvarlig",
               r"representant"),
        "de": (r"datenschutzbeauftragt", r"verantwortlich", r"vertreter"),
        "fr": (r"délégué", r"responsable (?:du|de) traitement", r"représentant",
               r"protection des données"),
        "es": (r"delegado de protección", r"responsable del tratamiento", r"representante"),
        "it": (r"responsabile della protezione", r"titolare del trattamento", r"rappresentante"),
        "nl": (r"functionaris voor gegevensbescherming", r"verwerkingsverantwoordelijke",
               r"vertegenwoordiger"),
        "sv": (r"dataskyddsombud", r"personuppgiftsansvarig", r"företrädare"),
        "da": (r"databeskyttelsesrådgiver", r"dataansvarlig", r"repræsentant"),
        "pl": (r"inspektor\w* ochrony danych", r"administrator\w* danych", r"przedstawiciel"),
        "pt": (r"encarregad[oa] da proteção", r"responsável pelo tratamento", r"representante"),
    },
    "legal_basis": {
        # Not "legal obligation": terms speak of their own (taxes, notices) everywhere.
        # Consent as the service's legal basis, not a third person's: a parent's, a
        # guardian's or an employer's, the consent a user obtains from others ("ensure you
        # have obtained their consent"), consent in another sense ("sex without consent").
        "en": (r"legal basis", r"lawful basis", r"legitimate interest",
               r"(?<!parental )(?<!parent s )(?<!guardian s )(?<!employer s )"
               r"(?<!obtained their )(?<!obtained their explicit )(?<!sex without )"
               r"consent(?! (?:of|from) (?:a |the |your |their |his |her )?(?:parent|guardian"
               r"|employer))",
               r"performance of (?:a|the|our) contract"),
        "nb": (r"behandlingsgrunnlag",
               r"(?<!foreldrenes )(?<!foresattes )(?<!arbeidsgivers )(?<!innhentet )"
               r"(?<!innhentet deres )samtykke(?! fra (?:en |din |dine |deres )?"
               r"(?:forelder|foreldre|foresatt|verge|arbeidsgiver))",
               r"berettige[dt]e? interesse"),
        "de": (r"rechtsgrundlage", r"berechtigte",
               r"(?<!elterliche )(?<!elterlichen )(?<!deren )einwilligung(?! (?:der|des|ihrer|"
               r"ihres|seiner|eines) (?:eltern|erziehungsberechtigt|arbeitgeber|vormund))"),
        "fr": (r"base légale", r"base juridique", r"intérêt légitime",
               r"consentement(?! (?:parental|des parents|de vos parents|de leurs parents|du "
               r"titulaire de l autorité parentale|de l employeur|de votre employeur))"),
        "es": (r"base jurídica", r"base legal", r"interés legítimo", r"consentimiento",
               r"legitimación"),
        "it": (r"base giuridica", r"legittimo interesse", r"interesse legittimo", r"consenso"),
        "nl": (r"rechtsgrond", r"grondslag", r"gerechtvaardigd belang", r"toestemming"),
        "sv": (r"rättslig grund", r"berättiga[dt]e? intresse", r"samtycke"),
        "da": (r"retsgrundlag", r"behandlingsgrundlag", r"legitime? interesse", r"samtykke"),
        "pl": (r"podstaw\w* prawn", r"prawnie uzasadnion", r"zgod(?:a|y|ę)\b"),
        "pt": (r"fundamento jurídico", r"base legal", r"interesse legítimo", r"consentimento"),
    },
    "security": {
        "en": (r"encrypt", r"end.?to.?end", r"(?<!national )(?<!social )security",
               # A security certification ("certified to PCI DSS"), not a transfer
               # framework's ("has certified to the U.S. Department of Commerce", "to the
               # Data Privacy Framework") nor a representative's certificate.
               _I(r"iso.?27001"), _I(r"soc.?2"),
               rf"(?<!representation )certif(?!ied to (?:\w+ ){{0,5}}?{_TRANSFER_FRAMEWORK})",
               r"pseudonym", r"audit",
               r"penetration test", r"pen.?test"),
        "nb": (r"krypter", r"sikkerhet(?!skopi)", r"penetrasjonstest"),
        "de": (r"verschlüssel", r"sicherheit(?!skopie)", r"penetrationstest"),
        # Encrypting ("chiffrement", "chiffré"), not a figure ("chiffre d'affaires").
        "fr": (r"chiffr(?!es?\b)", r"sécurité", r"tests? d'intrusion", r"tests? de pénétration"),
        "es": (r"cifrad", r"encripta", r"(?<!copia de )(?<!copias de )seguridad",
               r"pruebas? de penetración"),
        "it": (r"crittogra", r"cifratura", r"(?<!copia di )(?<!copie di )sicurezza",
               r"test di penetrazione"),
        "nl": (r"versleutel", r"encryptie", r"beveilig", r"penetratietest"),
        "sv": (r"krypter", r"säkerhet(?!skopi)", r"penetrationstest"),
        "da": (r"krypter", r"sikkerhed(?!skopi)", r"penetrationstest"),
        "pl": (r"szyfr", r"(?<!kopia )(?<!kopii )(?<!kopie )bezpieczeństw",
               r"test\w* penetracyjn"),
        "pt": (r"cifrad", r"cifrag", r"encripta", r"criptogra",
               r"(?<!cópia de )(?<!cópias de )segurança",
               r"testes? de (?:penetração|intrusão)"),
    },
    # Notifying is about a breach only when a word for the data or the incident follows
    # it: "we will notify you of a personal data breach", not "push notifications", "we
    # will notify you of changes to these terms", "notify us of your intention to
    # withdraw" (a sentence naming the breach first has its word already).
    # Notifying is about a breach only when a word for the data or the incident follows
    # it ("we will notify you of a personal data breach"), not a notice of something else
    # ("we will notify you of changes to these terms", "notify us of your intention to
    # withdraw"); a sentence naming the breach first has its word already.
    "breach": {
        "en": (r"breach", r"security incident",
               _notifying(r"(?:notify|notification)", r"breach", r"incident", r"data",
                          r"personal", r"information", r"unauthori[sz]ed", r"securit")),
        "nb": (r"avvik", r"sikkerhetsbrudd", r"brudd på person",
               _notifying(r"varsle", r"brudd", r"avvik", r"opplysning", r"personopplysning",
                          r"data", r"sikkerhet", r"uautoriser")),
        "de": (r"datenpanne", r"verletzung des schutzes",
               _notifying(r"benachrichtig", r"verletzung", r"panne", r"vorfall", r"daten",
                          r"personenbezogen", r"sicherheit", r"unbefugt")),
        "fr": (r"violations? de (?:vos )?données",
               _notifying(r"notifi", r"violation", r"incident", r"données", r"informations",
                          r"sécurité", r"faille")),
        "es": (r"violaci(?:ón|ones) de (?:la )?seguridad", r"brecha",
               _notifying(r"notifica", r"violaci", r"brecha", r"incidente", r"datos",
                          r"seguridad")),
        "it": (r"violazion[ei] (?:dei|di) dati",
               _notifying(r"notific", r"violazion", r"incident", r"dati", r"sicurezza")),
        "nl": (r"datalek", r"inbreuk"),
        "sv": (r"personuppgiftsincident",
               _notifying(r"underrätt", r"incident", r"personuppgift", r"uppgifter", r"data",
                          r"säkerhet", r"intrång")),
        "da": (r"brud på persondatasikkerhed", r"sikkerhedsbrud",
               _notifying(r"underret", r"brud", r"hændelse", r"oplysning", r"personoplysning",
                          r"persondata", r"data", r"sikkerhed")),
        "pl": (r"naruszeni\w* ochrony danych",
               _notifying(r"(?:powiadom|zawiadom)", r"naruszeni", r"incydent", r"dan(?:e|ych)",
                          r"bezpieczeństw")),
        "pt": (r"violação de dados",
               _notifying(r"notifica", r"violação", r"incidente", r"dados", r"segurança")),
    },
    "children": {
        "en": (r"child", r"minor", r"under the age", r"age of", r"years old", r"years of age",
               r"parent", r"guardian", r"age limit", r"age of majority", r"age verification"),
        "nb": (r"barn", r"foreldre", r"mindreårig", r"aldersgrense"),
        "de": (r"kinder", r"minderjährig", r"volljährig", r"eltern",
               r"altersgrenze"),
        "fr": (r"enfant", r"mineur", r"majorité", r"âge", r"parents"),
        "es": (r"niños", r"menores", r"menor de edad", r"padres", r"tutor"),
        "it": (r"bambin", r"minori", r"genitori", r"tutore"),
        "nl": (r"kinderen", r"minderjarig", r"ouders", r"voogd"),
        "sv": (r"barn", r"minderårig", r"föräldrar", r"vårdnadshavare", r"åldersgräns"),
        "da": (r"børn", r"barn\b", r"mindreårig", r"forældre", r"værge", r"aldersgrænse"),
        "pl": (r"dziec", r"małoletn", r"rodzic", r"opiekun"),
        "pt": (r"crianças", r"menores", r"menor de idade", r"pais\b", r"tutor"),
    },
    "tracking_ads": {
        "en": (_I(r"cookie"), r"tracker", _I(r"tracking"), _I(r"analytics"), _I(r"pixel"),
               r"advertis", r"\bads\b", _I(r"tag manager"), _I(r"sdk"),
               # Targeted ads or content, not "targeted measures" or "targeted attacks".
               r"targeted (?:ads?\b|advert|market|content|offer|promot|campaign|messag)",
               _I(r"bugsnag"), _I(r"piwik"), _I(r"matomo")),
        "nb": (r"informasjonskapsel", r"annonse", r"reklame", r"sporing"),
        "de": (r"werbung", r"werbe", r"tracking"),
        "fr": (r"traceur", r"publicit", r"pistage"),
        "es": (r"publicidad", r"publicitari", r"píxel", r"rastreo"),
        "it": (r"pubblicit", r"tracciament"),
        "nl": (r"advertentie", r"reclame"),
        "sv": (r"kakor", r"annons", r"reklam(?!a[ct])", r"spårning"),
        "da": (r"annoncering", r"annoncepixel", r"målrettede annoncer", r"reklame", r"sporing"),
        "pl": (r"plik\w* cookie", r"reklam(?!a[ct])", r"śledz", r"piksel"),
        "pt": (r"publicidade", r"publicitári", r"píxe", r"rastreamento"),
    },
    "law_liability": {
        "en": (r"governing law", r"jurisdiction", r"arbitra", r"court", r"liabilit", r"liable",
               r"indemn", r"warrant", r"injunct", r"waive", r"class action", r"venue"),
        "nb": (r"verneting", r"lovvalg", r"domstol", r"voldgift", r"erstatningsansvar"),
        "de": (r"gerichtsstand", r"haftung", r"schiedsgericht", r"schiedsverfahren",
               r"anwendbares recht", r"gericht(?:e|en|s)?\b"),
        "fr": (r"loi applicable", r"tribuna(?:l|ux)", r"responsabilité", r"juridiction"),
        "es": (r"tribunal", r"juzgado", r"jurisdicción", r"legislación aplicable",
               r"responsabilidad"),
        "it": (r"tribunal", r"foro competente", r"legge applicabile", r"responsabilità"),
        "nl": (r"rechtbank", r"rechter", r"toepasselijk recht", r"aansprakelijk"),
        "sv": (r"domstol", r"skiljeförfarande", r"skiljedom", r"tillämplig lag",
               r"skadeståndsansvar"),
        "da": (r"domstol", r"voldgift", r"værneting", r"lovvalg", r"erstatningsansvar"),
        "pl": (r"sąd\w*", r"właściwoś\w* sąd", r"prawo właściwe", r"odpowiedzialnoś"),
        "pt": (r"tribuna(?:l|is)", r"lei aplicável", r"responsabilidade"),
    },
    "fees_termination": {
        # The European Commission of the standard contractual clauses charges nothing.
        # Paying in instalments, not installing an app ("install the opt-out module").
        "en": (r"fee", r"price", r"refund", r"instal+ments?\b", r"billing", r"billed", r"charge",
               r"terminat", r"suspend", r"suspension", r"cancel",
               r"close (?:your|the) account", r"renew", r"subscription", r"balance",
               r"payment"),
        "nb": (r"pris", r"betaling", r"oppsigelse", r"refusjon", r"abonnement", r"gebyr",
               r"suspender", r"stenge (?:\w+ )?(?:brukerkonto|konto)", r"avgift"),
        "de": (r"gebühr", r"preis", r"erstattung", r"kündig", r"zahlung", r"sperr",
               r"abonnement", r"entgelt"),
        "fr": (r"rembourse", r"abonnement", r"prix", r"résili", r"paiement",
               r"suspen(?:d|sion)", r"clôtur(?:er|e) (?:votre|le|son) compte", r"frais\b",
               r"factur"),
        "es": (r"cuota", r"precio", r"reembolso", r"suscripci", r"pago", r"rescisión",
               r"cancela", r"tasas?\b", r"comisi(?:ón|ones)\b(?! europea)"),
        "it": (r"canone", r"prezz", r"rimbors", r"abbonament", r"pagament", r"recesso",
               r"disdetta", r"commission[ei]\b(?! europea)", r"spese\b"),
        "nl": (r"prijs", r"kosten", r"terugbetal", r"abonnement", r"betaling", r"opzeg"),
        "sv": (r"avgift", r"pris", r"återbetal", r"abonnemang", r"betalning", r"uppsägning"),
        "da": (r"gebyr", r"pris", r"refusion", r"abonnement", r"betaling", r"opsigelse"),
        "pl": (r"opłat", r"cen(?:a|y|ę)\b", r"zwrot", r"abonament", r"płatnoś", r"wypowiedz"),
        "pt": (r"mensalidade", r"preço", r"reembolso", r"subscriç", r"assinatura",
               r"pagamento", r"rescis", r"cancela"),
    },
    "ai_training": {
        # "AI" alone is no stem, only a companion: Italian writes "ai" for "to the"
        # ("si applica ai Servizi", "ai sensi dell'art. 28"), and English "AI" says
        # nothing of training until a model or training word stands beside it.
        "en": (r"train", r"machine learning", r"artificial intelligence", _I(r"\bllm"),
               r"large language model", r"models?\b", r"scrap"),
        "nb": (r"trene\b", r"trening", r"maskinlæring", r"kunstig intelligens"),
        "de": (r"ki.?training", r"trainier", r"training", r"sprachmodell", r"maschinelles lernen",
               r"künstliche intelligenz"),
        "fr": (r"entraîn", r"apprentissage", r"modèle"),
        "es": (r"entren", r"aprendizaje automático", r"inteligencia artificial",
               r"modelos? de ia"),
        "it": (r"addestr", r"apprendimento automatico", r"intelligenza artificiale",
               r"modelli di ia"),
        "nl": (r"machine learning", r"kunstmatige intelligentie", r"ai.?modellen"),
        "sv": (r"träna", r"träning", r"maskininlärning", r"artificiell intelligens"),
        "da": (r"træn", r"maskinlæring", r"kunstig intelligens"),
        "pl": (r"trenowani", r"uczeni\w* maszynow", r"sztuczn\w* inteligencj"),
        "pt": (r"trein", r"aprendizagem automática", r"inteligência artificial",
               r"modelos de ia"),
    },
}

# Phrases in which a category's words stand for something else, read away before the
# category's words are looked for: the right the service reserves itself ("Acme se
# réserve également le droit d'annuler", "wir behalten uns ein Recht auf ... vor") is no
# data subject's right. Each cell: reserve (any form, a few words between: a pronoun, an
# adverb, "à tout moment"), then the right.
NOT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "rights": {
        "en": (r"reserv\w* (?:\w+ ){0,4}?(?:the|a) right",),
        "nb": (r"forbeh[oa]ld\w* (?:\w+ ){0,4}?(?:en )?rett(?:en|igheten)?",),
        "de": (r"beh(?:alten|ält) (?:\w+ ){0,4}?(?:das|ein) recht",),
        "fr": (r"réserv\w* (?:\w+ ){0,4}?(?:le|un|du) droit",),
        "es": (r"reserv\w* (?:\w+ ){0,4}?(?:el|un) derecho",),
        "it": (r"riserv\w* (?:\w+ ){0,4}?(?:il|un) diritto",),
        "nl": (r"behoud\w* (?:\w+ ){0,4}?(?:het|een) recht",),
        "sv": (r"förbehåll\w* (?:\w+ ){0,4}?(?:en )?rätt(?:en|igheten)?",),
        "da": (r"forbehold\w* (?:\w+ ){0,4}?(?:en )?ret(?:ten)?",),
        "pl": (r"zastrzega\w* (?:\w+ ){0,4}?prawo",),
        "pt": (r"reserv\w* (?:\w+ ){0,4}?(?:o|um) direito",),
    },
}  # fmt: skip

# Categories whose words mean something else without a companion word in the same
# sentence: selling is about data only beside a word for data (each language's, and
# "data" where the language says it: nb, da, sv, nl; "vente" alone is a shop's sale),
# training is AI training only beside a word for a model or AI ("entraîner" alone
# means "to cause"). Same concepts in every language.
COMPANIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "sale_sharing": {
        "en": (r"data", r"information", r"personal"),
        "nb": (r"opplysning", r"informasjon", r"personopplysning", r"data\b", r"dataene"),
        "de": (r"daten", r"personenbezogen"),
        "fr": (r"données", r"informations"),
        "es": (r"datos",),
        "it": (r"dati",),
        "nl": (r"gegevens", r"persoonsgegevens", r"data\b"),
        "sv": (r"uppgifter", r"personuppgift", r"data\b", r"datan"),
        "da": (r"oplysning", r"personoplysning", r"persondata", r"data\b", r"dataene"),
        "pl": (r"dan(?:e|ych)\b",),
        "pt": (r"dados",),
    },
    "ai_training": {
        "en": (r"models?\b", r"\bai\b", _I(r"\bllm"), r"machine learning",
               r"artificial intelligence", r"algorithm", r"large language"),
        "nb": (r"modell", r"\bki\b", r"kunstig intelligens", r"maskinlæring"),
        "de": (r"modell", r"\bki\b", r"künstliche intelligenz"),
        "fr": (r"modèle", r"intelligence artificielle", r"\bia\b"),
        "es": (r"modelo", r"\bia\b", r"inteligencia artificial"),
        "it": (r"modell", r"\bia\b", r"intelligenza artificiale"),
        "nl": (r"model", r"kunstmatige intelligentie"),
        "sv": (r"modell", r"artificiell intelligens"),
        "da": (r"model", r"kunstig intelligens"),
        "pl": (r"model", r"sztuczn\w* inteligencj"),
        "pt": (r"modelo", r"\bia\b", r"inteligência artificial"),
    },
}
# fmt: on


def stems_of(table: dict[str, dict[str, tuple[str, ...]]], category: str) -> tuple[str, ...]:
    """Every language's stems of one category of a table, each once, in table order.

    >>> "portabilidad" in stems_of(CATEGORY_WORDS, "rights")
    True
    """
    return tuple(dict.fromkeys(s for lang in LANGUAGES for s in table[category].get(lang, ())))


def reading_columns(language: str | None) -> tuple[str, ...] | None:
    """The columns a sentence of a page in ``language`` is read with: its own language
    (and its written sibling's), with the international stems of ``en``
    (:class:`International`); every column (``None``) when the language is unknown or
    has no column.

    >>> reading_columns("it-IT"), reading_columns("en"), reading_columns(None)
    (('it',), ('en',), None)
    """
    own = tuple(lang for lang in languages_of(language, unknown=()) if lang in LANGUAGES)
    if not own or (own == ("en",) and (language or "").split("-")[0].lower() != "en"):
        return None
    return own if own[0] == "en" else tuple(lang for lang in own if lang != "en")


def stems_read(
    table: dict[str, dict[str, tuple[str, ...]]], category: str, language: str | None
) -> tuple[str, ...]:
    """The stems of one category a page in ``language`` is read with (see
    :func:`reading_columns`): its columns, plus English's international stems.

    >>> "sell" in stems_read(CATEGORY_WORDS, "sale_sharing", "fr")
    False
    >>> "matomo" in stems_read(CATEGORY_WORDS, "tracking_ads", "fr")
    True
    """
    columns = reading_columns(language)
    if columns is None:
        return stems_of(table, category)
    row = table[category]
    own = [s for lang in columns for s in row.get(lang, ())]
    shared = [s for s in row.get("en", ()) if is_international(s)]
    return tuple(dict.fromkeys([*own, *shared]))


def _with_split_verbs(
    table: dict[str, dict[str, tuple[str, ...]]],
) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each cell of ``table`` with the split verbs of its category and language after it."""
    return {
        category: {lang: (*stems, *split_stems(category, lang)) for lang, stems in row.items()}
        for category, row in table.items()
    }


def _with_authorities(
    table: dict[str, dict[str, tuple[str, ...]]],
) -> dict[str, dict[str, tuple[str, ...]]]:
    """The rights cells with their language's supervisory authorities after them."""
    row = {lang: (*stems, *AUTHORITY_WORDS[lang]) for lang, stems in table["rights"].items()}
    return {**table, "rights": row}


def _with_data_kinds(
    table: dict[str, dict[str, tuple[str, ...]]],
) -> dict[str, dict[str, tuple[str, ...]]]:
    """The data_categories cells with their language's strict data kinds after them."""
    row = {lang: (*stems, *strict_stems(lang)) for lang, stems in table["data_categories"].items()}
    return {**table, "data_categories": row}


# fmt: off
# Whom a sentence is for: a person (you, users, residents) who lives or is in a place.
# A country after these words is the audience ("users residing in the UK may ...",
# "if you are located in Brazil, contact ..."), not where data goes, not a law, not
# a right. Each cell: "if you live / are in", "users who live in / residing in",
# "residents of". Same parts in every language.
AUDIENCE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"if you (?:are )?(?:live|reside|resident|located|based) in",
           r"(?:users?|members?|customers?|individuals?|consumers?|people) (?:who (?:live|reside|"
           r"are located|are based) |residing |living )in",
           r"residents? of"),
    "nb": (r"(?:hvis|dersom) du (?:bor|er bosatt|befinner deg) i",
           r"(?:brukere|medlemmer|kunder|personer) (?:som (?:bor|er bosatt|befinner seg) |"
           r"bosatt )i",
           r"innbyggere i"),
    "de": (r"(?:wenn|falls) sie (?:ihren wohnsitz |sich )?(?:in|im)",
           r"(?:nutzer|nutzerinnen|mitglieder|kunden|personen) (?:mit wohnsitz |die )(?:in|im)",
           r"einwohner (?:von|der|des)", r"wohnhaft (?:in|im)"),
    "fr": (r"si vous (?:résidez|habitez|vivez|êtes (?:situé|située|basé|basée|résident|"
           r"résidente|domicilié|domiciliée)) (?:en|au|aux|à|dans)",
           r"(?:utilisateurs?|membres?|clients?|personnes?) (?:qui (?:résident|habitent|vivent) |"
           r"résidant |domiciliés? )(?:en|au|aux|à|dans)",
           r"résidents? (?:de|du|des|en|au)"),
    "es": (r"si (?:usted )?(?:reside|vive|se encuentra) en",
           r"(?:usuarios?|miembros?|clientes?|personas?) (?:que (?:residen|viven|se encuentran) |"
           r"residentes )en",
           r"residentes (?:de|en)"),
    "it": (r"se (?:risiedi|vivi|ti trovi|si trova|risiede) (?:in|nel|nello|nella|negli)",
           r"(?:utenti|membri|clienti|persone) (?:che (?:risiedono|vivono|si trovano) |residenti )"
           r"(?:in|nel|nello|nella|negli)",
           r"residenti (?:in|nel|nella)"),
    "nl": (r"als u (?:woont|verblijft|gevestigd bent) in",
           r"(?:gebruikers|leden|klanten|personen) (?:die (?:wonen|verblijven|gevestigd zijn) |"
           r"woonachtig )in",
           r"inwoners van"),
    "sv": (r"om du (?:bor|är bosatt|befinner dig) i",
           r"(?:användare|medlemmar|kunder|personer) (?:som (?:bor|är bosatta|befinner sig) |"
           r"bosatta )i",
           r"invånare i"),
    "da": (r"hvis du (?:bor|er bosat|befinder dig) i",
           r"(?:brugere|medlemmer|kunder|personer) (?:som (?:bor|er bosat|befinder sig) |bosat )i",
           r"indbyggere i"),
    "pl": (r"jeśli (?:mieszkasz|przebywasz|jesteś rezydentem) (?:w|na)",
           r"(?:użytkownic\w*|członk\w*|klienc\w*|osob\w*) (?:mieszkając\w*|przebywając\w*) "
           r"(?:w|na)",
           r"mieszkańc\w* (?:w|z)"),
    "pt": (r"se (?:reside|vive|se encontra|estiver localizado) (?:em|no|na|nos|nas)",
           r"(?:utilizadores|usuários|membros|clientes|pessoas) (?:que (?:residem|vivem|"
           r"se encontram) |residentes )(?:em|no|na|nos|nas)",
           r"residentes (?:em|no|na|nos|nas)"),
}
# fmt: on

CATEGORY_WORDS = _with_authorities(_with_data_kinds(_with_split_verbs(CATEGORY_WORDS)))
