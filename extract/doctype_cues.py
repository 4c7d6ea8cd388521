"""What each language calls a privacy policy, terms, a DPA, a sub-processor list and a
cookie policy, and the words such documents use: the cue tables of :mod:`.doctype`.

One table per language of :data:`policywatch.core.lexicon.LANGUAGES`, each with
the same fields, written the same way (``tests/discover/test_doctype_languages.py``
checks that every language has every field and a test case):

- ``privacy_policy``, ``terms``, ``dpa``, ``subprocessors``, ``cookie_policy``:
  what a document of that type is *called* (link text, page title, URL words);
- ``document``: generic words for "a document" (policy, notice, statement);
- ``hub``: pages that list legal documents (legal, trust center, compliance);
- ``decoy``: pages that share those words but are not documents (settings, blog,
  sign in, pricing, brochure);
- ``*_text``: the words a document of each type uses over and over in its body.

Cues are phrases of the lexicon's one syntax (:mod:`policywatch.core.lexicon.phrases`),
one per ``|``, matched with words joined by spaces, hyphens or nothing
(``sub* processor*`` finds "Sub-processors" and "subprocessors"):

- ``word*`` is a word start that may go on (``datenschutz*`` finds
  "Datenschutzerklärung", ``prywatno*`` "prywatności"): inflected languages
  are written as stems; a bare word is that whole word only (``dpa``, ``agb``);
- ``*word*`` may also be the tail of a compound (``*einstellung*`` finds
  "Datenschutzeinstellungen");
- case and accents do not count; ä/ö/ü/æ/ø/å/ß also match their ASCII
  spellings (ae, oe, ...) as URLs write them.

The English table always applies as well: English words are common on
pages in every language.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Cues:
    """One language's cues; every field is a ``|``-separated list (see the module doc)."""

    privacy_policy: str
    terms: str
    dpa: str
    subprocessors: str
    cookie_policy: str
    document: str
    hub: str
    decoy: str
    privacy_policy_text: str
    terms_text: str
    dpa_text: str
    subprocessors_text: str
    cookie_policy_text: str


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Cues))

CUES: dict[str, Cues] = {
    "en": Cues(
        privacy_policy="privacy* | privacy* policy* | privacy* notice* | privacy* statement*"
        " | data* protection* | data* privacy* | personal* data* | personal* information*",
        terms="terms* | terms* of* service* | terms* of* use* | terms* and* conditions*"
        " | conditions* of* use* | user* agreement* | customer* agreement*"
        " | subscription* agreement* | service* agreement* | master* services* agreement* | eula*"
        " | tos | legal* terms*",
        dpa="data* processing* agreement* | data* processing* addendum*"
        " | data* processing* terms* | data* processing* | data* protection* agreement*"
        " | data* protection* addendum* | processing* agreement* | processing* addendum* | dpa"
        " | gdpr* addendum*",
        subprocessors="sub* processor* | list* of* processors* | third* party* processors*",
        cookie_policy="cookie* | cookie* policy* | cookie* notice* | cookie* statement*"
        " | tracker* | tracking* technolog*",
        document="policy* | policies* | notice* | statement* | charter* | information*",
        hub="legal* | trust* | trust* center* | privacy* center* | compliance* | security* | gdpr*",
        decoy="settings* | preferences* | choices* | manage | opt* out* | do* not* sell* | blog*"
        " | news* | press* | article* | stories* | sign* in* | sign* up* | log* in* | account*"
        " | register* | password* | pricing* | plans | features* | product* | solutions*"
        " | download* | brochure* | datasheet* | whitepaper* | ebook* | webinar* | case* stud*"
        " | careers* | jobs* | events* | help* center* | support* | contact* | about* us*",
        privacy_policy_text="personal* data* | personal* information* | controller*"
        " | data* subject* | legal* basis* | lawful* basis* | retention* | retain*"
        " | your* rights* | right* to* access* | erasure* | rectification*"
        " | supervisory* authority* | data* protection* officer* | we* collect* | third* parties*"
        " | consent* | withdraw*",
        terms_text="agreement* | liability* | liable* | governing* law* | terminate*"
        " | termination* | warrant* | indemnif* | dispute* | jurisdiction* | you* agree*"
        " | intellectual* property* | licence* | license* | fees | subscription*",
        dpa_text="processor* | controller* | sub* processor* | instructions*"
        " | standard* contractual* clauses* | technical* and* organisational* measures*"
        " | technical* and* organizational* measures* | audit* | article* 28*"
        " | personal* data* breach* | customer* personal* data* | data* exporter*"
        " | data* importer* | confidentiality*",
        subprocessors_text="sub* processor* | location* | purpose* | entity* | hosting*"
        " | infrastructure* | cloud* | data* center* | data* centre* | country*"
        " | service* provider*",
        cookie_policy_text="cookie* | browser* | expiry* | expires* | expiration* | duration*"
        " | session* | persistent* | tracking* | analytics* | pixel* | local* storage*"
        " | web* beacon* | first* party*",
    ),
    "de": Cues(
        privacy_policy="datenschutz* | datenschutzerklärung* | datenschutzhinweis*"
        " | datenschutzrichtlinie* | privatsphäre* | personenbezogen* daten*",
        terms="agb | allgemeine* geschäftsbedingungen* | geschäftsbedingungen*"
        " | nutzungsbedingungen* | vertragsbedingungen* | nutzungsvereinbarung* | lizenzvertrag*"
        " | endbenutzer* lizenzvertrag*",
        dpa="auftragsverarbeitung* | auftragsverarbeitungsvertrag* | avv"
        " | auftragsdatenverarbeitung* | datenverarbeitungsvereinbarung*"
        " | datenverarbeitungsvertrag* | vereinbarung* zur* auftragsverarbeitung*"
        " | vertrag* zur* auftragsverarbeitung*",
        subprocessors="unterauftragsverarbeiter* | unterauftragnehmer* | subunternehmer*"
        " | sub* auftragsverarbeiter* | weitere* auftragsverarbeiter*",
        cookie_policy="cookie* | cookie* richtlinie* | cookie* hinweise* | tracker*"
        " | tracking* technolog*",
        document="erklärung* | richtlinie* | hinweise* | information* | bestimmungen*",
        hub="rechtliches* | rechtliche* hinweise* | impressum* | vertrauen* | trust* center*"
        " | compliance* | sicherheit* | richtlinien*",
        decoy="einstellungen* | *einstellung* | präferenzen* | verwalten | blog* | neuigkeiten*"
        " | presse* | artikel* | anmelden* | registrieren* | konto* | passwort* | preise*"
        " | tarife* | funktionen* | produkt* | lösungen* | herunterladen* | broschüre*"
        " | datenblatt* | whitepaper* | webinar* | karriere* | stellenangebote*"
        " | veranstaltungen* | hilfe* | kontakt* | über* uns*",
        privacy_policy_text="personenbezogen* | verantwortlich* | betroffen* person*"
        " | rechtsgrundlage* | speicherdauer* | aufbewahr* | ihre* rechte* | auskunft*"
        " | löschung* | berichtigung* | widerspruch* | aufsichtsbehörde* | datenschutzbeauftragt*"
        " | einwilligung* | dsgvo*",
        terms_text="vertrag* | haftung* | gerichtsstand* | anwendbar* recht* | kündigung*"
        " | gewährleistung* | freistellung* | streitigkeit* | geistig* eigentum* | lizenz*"
        " | gebühren* | entgelt* | abonnement* | laufzeit*",
        dpa_text="auftragsverarbeiter* | verantwortlich* | weisung* | unterauftragsverarbeiter*"
        " | standardvertragsklauseln* | technisch* und* organisatorisch* massnahmen* | kontroll*"
        " | art* 28* | artikel* 28* | verletzung* des* schutzes* | vertraulichkeit*"
        " | auftraggeber* | auftragnehmer*",
        subprocessors_text="unterauftragsverarbeiter* | standort* | zweck* | sitz | hosting*"
        " | infrastruktur* | rechenzentrum* | land | länder* | dienstleister* | anbieter*",
        cookie_policy_text="cookie* | browser* | speicherdauer* | ablauf* | laufzeit* | sitzung*"
        " | tracking* | analyse* | pixel* | lokal* speicher* | drittanbieter*",
    ),
    "fr": Cues(
        privacy_policy="confidentialité* | politique* de* confidentialité* | vie* privée*"
        " | protection* des* données* | données* personnelles*"
        " | données* à* caractère* personnel* | charte* de* confidentialité*",
        terms="conditions* générales* | conditions* générales* d* utilisation*"
        " | conditions* d* utilisation* | cgu | cgv | cgs | conditions* générales* de* vente*"
        " | conditions* de* service* | contrat* de* service* | contrat* de* licence*",
        dpa="accord* de* traitement* des* données* | accord* sur* le* traitement* des* données*"
        " | contrat* de* sous* traitance* | avenant* relatif* au* traitement*"
        " | annexe* relative* au* traitement* | accord* de* protection* des* données*"
        " | convention* de* traitement*",
        subprocessors="sous* traitants* ultérieurs* | sous* traitant* ultérieur*"
        " | liste* des* sous* traitants* | sous* traitants* | sous* processeurs*",
        cookie_policy="cookie* | témoins* | traceurs* | politique* de* cookies*",
        document="politique* | charte* | déclaration* | avis* | notice* | information* | mentions*",
        hub="mentions* légales* | informations* légales* | juridique* | légal*"
        " | centre* de* confiance* | conformité* | sécurité* | politiques*",
        decoy="paramètres* | préférences* | gérer | réglages* | blog* | actualités* | presse*"
        " | article* | se* connecter* | connexion* | inscription* | compte* | mot* de* passe*"
        " | tarifs* | prix | fonctionnalités* | produit* | solutions* | télécharger* | brochure*"
        " | plaquette* | livre* blanc* | webinaire* | carrières* | emplois* | recrutement*"
        " | événements* | aide* | contact* | à* propos*",
        privacy_policy_text="données* personnelles* | données* à* caractère* personnel*"
        " | responsable* du* traitement* | personne* concernée* | personnes* concernées*"
        " | base* légale* | fondement* juridique* | durée* de* conservation* | conserv*"
        " | vos* droits* | droit* d* accès* | effacement* | rectification* | opposition* | cnil*"
        " | autorité* de* contrôle* | délégué* à* la* protection* des* données* | consentement*"
        " | rgpd*",
        terms_text="contrat* | responsabilité* | droit* applicable* | loi* applicable*"
        " | résiliation* | garantie* | litige* | juridiction* | vous* acceptez*"
        " | propriété* intellectuelle* | licence* | abonnement* | tribunal*",
        dpa_text="sous* traitant* | responsable* du* traitement* | instructions* documentées*"
        " | instructions* | clauses* contractuelles* types*"
        " | mesures* techniques* et* organisationnelles* | audit* | article* 28*"
        " | violation* de* données* | confidentialité* | exportateur* | importateur*",
        subprocessors_text="sous* traitant* | localisation* | finalité* | entité* | hébergement*"
        " | infrastructure* | pays* | lieu* de* traitement* | prestataire* | fournisseur*",
        cookie_policy_text="cookie* | navigateur* | durée* | expiration* | session* | traceur*"
        " | mesure* d* audience* | statistiques* | pixel* | stockage* local* | tiers*"
        " | consentement*",
    ),
    "nb": Cues(
        privacy_policy="personvern* | personvernerklæring* | personvernpolicy*"
        " | personopplysninger* | retningslinjer* for* personvern* | databeskyttelse*",
        terms="vilkår* | brukervilkår* | bruksvilkår* | tjenestevilkår* | salgsvilkår*"
        " | avtalevilkår* | betingelser* | generelle* vilkår* | kundeavtale* | brukeravtale*"
        " | lisensavtale*",
        dpa="databehandleravtale* | databehandlingsavtale* | databehandlertillegg*"
        " | avtale* om* databehandling*",
        subprocessors="underleverandør* | underdatabehandler* | underbehandler*",
        cookie_policy="cookie* | informasjonskapsler*",
        document="erklæring* | retningslinjer* | policy* | informasjon*",
        hub="juridisk* | juridiske* dokumenter* | tillit* | sikkerhet* | samsvar* | compliance*",
        decoy="innstillinger* | *innstilling* | preferanser* | administrer | blogg* | nyheter*"
        " | presse* | artikkel* | logg* inn* | innlogging* | registrer* | konto* | passord*"
        " | priser* | pris | funksjoner* | produkt* | løsninger* | last* ned* | brosjyre*"
        " | produktark* | webinar* | karriere* | jobb* | stillinger* | arrangementer* | hjelp*"
        " | kundeservice* | kontakt* | om* oss*",
        privacy_policy_text="personopplysning* | behandlingsansvarlig* | den* registrerte*"
        " | rettslig* grunnlag* | behandlingsgrunnlag* | lagringstid* | oppbevar*"
        " | dine* rettigheter* | innsyn* | retting* | sletting* | datatilsynet*"
        " | personvernombud* | samtykke* | personvernforordningen*",
        terms_text="avtale* | ansvar* | erstatning* | lovvalg* | verneting* | oppsigelse*"
        " | heving* | garanti* | tvist* | du* godtar* | immaterielle* rettigheter* | lisens*"
        " | abonnement* | vederlag* | betaling*",
        dpa_text="databehandler* | behandlingsansvarlig* | instruks* | underdatabehandler*"
        " | underleverandør* | standardkontraktsklausuler* | standard* personvernbestemmelser*"
        " | tekniske* og* organisatoriske* tiltak* | revisjon* | artikkel* 28* | avvik*"
        " | brudd* på* personopplysningssikkerheten* | taushetsplikt* | konfidensialitet*",
        subprocessors_text="underleverandør* | underdatabehandler* | lokasjon* | plassering*"
        " | formål* | selskap* | hosting* | drift* | infrastruktur* | land | datasenter*"
        " | tjenesteleverandør*",
        cookie_policy_text="cookie* | informasjonskapsel* | nettleser* | varighet* | utløp* | økt"
        " | sesjon* | sporing* | analyse* | statistikk* | piksel* | lokal* lagring* | tredjepart*",
    ),
    "nn": Cues(
        privacy_policy="personvern* | personvernerklæring* | personvernfråsegn*"
        " | personopplysningar* | personvernpolicy*",
        terms="vilkår* | brukarvilkår* | bruksvilkår* | tenestevilkår* | avtalevilkår*"
        " | salsvilkår* | generelle* vilkår* | brukaravtale* | kundeavtale*",
        dpa="databehandlaravtale* | databehandlingsavtale* | avtale* om* databehandling*",
        subprocessors="underleverandør* | underdatabehandlar*",
        cookie_policy="cookie* | informasjonskapslar*",
        document="fråsegn* | erklæring* | retningsliner* | policy* | informasjon*",
        hub="juridisk* | juridiske* dokument* | tillit* | tryggleik* | samsvar*",
        decoy="innstillingar* | *innstilling* | preferansar* | blogg* | nyheiter* | presse*"
        " | artikkel* | logg* inn* | registrer* | konto* | passord* | prisar* | funksjonar*"
        " | produkt* | løysingar* | last* ned* | brosjyre* | karriere* | jobb* | hjelp*"
        " | kundeservice* | kontakt* | om* oss*",
        privacy_policy_text="personopplysning* | behandlingsansvarleg* | den* registrerte*"
        " | rettsleg* grunnlag* | behandlingsgrunnlag* | lagringstid* | oppbevar*"
        " | rettane* dine* | innsyn* | retting* | sletting* | datatilsynet* | personvernombod*"
        " | samtykke* | personvernforordninga*",
        terms_text="avtale* | ansvar* | erstatning* | lovval* | verneting* | oppseiing*"
        " | garanti* | tvist* | du* godtek* | immaterielle* rettar* | lisens* | abonnement*"
        " | vederlag* | betaling*",
        dpa_text="databehandlar* | behandlingsansvarleg* | instruks* | underdatabehandlar*"
        " | underleverandør* | standardkontraktsklausular*"
        " | tekniske* og* organisatoriske* tiltak* | revisjon* | artikkel* 28* | avvik*"
        " | teieplikt* | konfidensialitet*",
        subprocessors_text="underleverandør* | underdatabehandlar* | lokasjon* | plassering*"
        " | føremål* | selskap* | drift* | infrastruktur* | land | datasenter*"
        " | tenesteleverandør*",
        cookie_policy_text="cookie* | informasjonskapsel* | nettlesar* | varigheit* | utløp*"
        " | økt | sporing* | analyse* | statistikk* | lokal* lagring* | tredjepart*",
    ),
    "da": Cues(
        privacy_policy="privatliv* | privatlivspolitik* | privatlivserklæring*"
        " | persondatapolitik* | persondata* | databeskyttelse*"
        " | beskyttelse* af* personoplysninger* | personoplysninger* | fortrolighedspolitik*",
        terms="vilkår* | betingelser* | handelsbetingelser* | forretningsbetingelser*"
        " | brugsvilkår* | servicevilkår* | abonnementsvilkår* | brugeraftale* | kundeaftale*"
        " | generelle* vilkår*",
        dpa="databehandleraftale* | databehandlingsaftale* | aftale* om* databehandling*",
        subprocessors="underdatabehandler* | underleverandør* | underbehandler*",
        cookie_policy="cookie* | cookiepolitik*",
        document="politik* | erklæring* | meddelelse* | information* | oplysninger*",
        hub="juridisk* | juridiske* oplysninger* | jura* | tillid* | sikkerhed* | compliance*"
        " | overholdelse*",
        decoy="indstillinger* | *indstilling* | præferencer* | administrer | blog* | nyheder*"
        " | presse* | artikel* | log* ind* | tilmeld* | konto* | adgangskode* | priser*"
        " | funktioner* | produkt* | løsninger* | download* | hent* | brochure* | datablad*"
        " | webinar* | karriere* | job | arrangementer* | hjælp* | kundeservice* | kontakt*"
        " | om* os*",
        privacy_policy_text="personoplysning* | dataansvarlig* | den* registrerede*"
        " | retsgrundlag* | behandlingsgrundlag* | opbevar* | dine* rettigheder* | indsigt*"
        " | berigtigelse* | sletning* | datatilsynet* | databeskyttelsesrådgiver* | samtykke*"
        " | databeskyttelsesforordningen*",
        terms_text="aftale* | ansvar* | erstatning* | lovvalg* | værneting* | opsigelse*"
        " | garanti* | tvist* | du* accepterer* | immaterielle* rettigheder* | licens*"
        " | abonnement* | betaling* | gebyr*",
        dpa_text="databehandler* | dataansvarlig* | instruks* | underdatabehandler*"
        " | standardkontraktbestemmelser* | tekniske* og* organisatoriske* foranstaltninger*"
        " | revision* | audit* | artikel* 28* | brud* på* persondatasikkerheden* | fortrolighed*"
        " | tavshedspligt*",
        subprocessors_text="underdatabehandler* | underleverandør* | lokation* | placering*"
        " | formål* | selskab* | hosting* | drift* | infrastruktur* | land | leverandør*",
        cookie_policy_text="cookie* | browser* | varighed* | udløb* | session* | sporing*"
        " | analyse* | statistik* | pixel* | lokal* lagring* | tredjepart*",
    ),
    "sv": Cues(
        privacy_policy="integritet* | integritetspolicy* | integritetsskydd* | personuppgifter*"
        " | personuppgiftspolicy* | dataskydd* | sekretesspolicy*"
        " | behandling* av* personuppgifter*",
        terms="villkor* | användarvillkor* | allmänna* villkor* | användaravtal* | köpvillkor*"
        " | tjänstevillkor* | avtalsvillkor* | kundavtal* | licensavtal*",
        dpa="personuppgiftsbiträdesavtal* | biträdesavtal* | pub* avtal* | databehandlingsavtal*"
        " | avtal* om* personuppgiftsbehandling*",
        subprocessors="underbiträde* | underleverantör* | underpersonuppgiftsbiträde*",
        cookie_policy="cookie* | kakor*",
        document="policy* | meddelande* | information* | förklaring* | riktlinjer*",
        hub="juridisk* | förtroende* | säkerhet* | efterlevnad* | compliance*",
        decoy="inställningar* | *inställning* | preferenser* | hantera | blogg* | nyheter*"
        " | press* | artikel* | logga* in* | registrera* | konto* | lösenord* | priser*"
        " | funktioner* | produkt* | lösningar* | ladda* ner* | broschyr* | produktblad*"
        " | webbinar* | karriär* | jobb* | evenemang* | hjälp* | kundservice* | kontakt*"
        " | om* oss*",
        privacy_policy_text="personuppgift* | personuppgiftsansvarig* | den* registrerade*"
        " | rättslig* grund* | laglig* grund* | lagringstid* | dina* rättigheter* | rättelse*"
        " | radering* | integritetsskyddsmyndigheten* | imy | dataskyddsombud* | samtycke*"
        " | dataskyddsförordningen*",
        terms_text="avtal* | ansvar* | skadestånd* | tillämplig* lag* | uppsägning* | garanti*"
        " | tvist* | du* godkänner* | immateriella* rättigheter* | licens* | prenumeration*"
        " | avgift* | betalning*",
        dpa_text="personuppgiftsbiträde* | personuppgiftsansvarig* | instruktion* | underbiträde*"
        " | standardavtalsklausuler* | tekniska* och* organisatoriska* åtgärder* | revision*"
        " | granskning* | artikel* 28* | personuppgiftsincident* | sekretess* | tystnadsplikt*",
        subprocessors_text="underbiträde* | underleverantör* | plats* | placering* | ändamål*"
        " | syfte* | bolag* | hosting* | drift* | infrastruktur* | land | leverantör*",
        cookie_policy_text="cookie* | kakor* | webbläsare* | lagringstid* | varaktighet*"
        " | utgång* | session* | spårning* | analys* | statistik* | pixel* | lokal* lagring*"
        " | tredje* part*",
    ),
    "fi": Cues(
        privacy_policy="tietosuoja* | tietosuojaseloste* | tietosuojakäytäntö*"
        " | tietosuojailmoitus* | yksityisyy* | yksityisyydensuoja* | henkilötiedot*"
        " | rekisteriseloste*",
        terms="käyttöehdot* | ehdot* | palveluehdot* | sopimusehdot* | toimitusehdot*"
        " | yleiset* ehdot* | käyttäjäsopimus* | asiakassopimus* | lisenssisopimus*",
        dpa="tietojenkäsittelysopimus* | henkilötietojen* käsittelysopimus* | käsittelysopimus*"
        " | tietojenkäsittelyn* lisäys*",
        subprocessors="alihankkija* | alikäsittelijä* | aliprosessori*",
        cookie_policy="eväste* | cookie*",
        document="seloste* | käytäntö* | ilmoitus* | periaatteet* | tiedote*",
        hub="oikeudelliset* tiedot* | juridiset* | lakitiedot* | luottamus* | tietoturva*"
        " | vaatimustenmukaisuus*",
        decoy="asetukset* | *asetukse* | *asetus* | hallinnoi | blogi* | uutiset* | lehdistö*"
        " | artikkeli* | kirjaudu* | rekisteröidy* | tili | salasana* | hinnat* | hinnoittelu*"
        " | ominaisuudet* | tuote* | ratkaisut* | lataa* | esite* | webinaari* | ura | työpaikat*"
        " | tapahtumat* | ohje* | tuki | asiakaspalvelu* | yhteystiedot* | meistä*",
        privacy_policy_text="henkilötie* | rekisterinpitäjä* | rekisteröity* | oikeusperuste*"
        " | käsittelyperuste* | säilytysaika* | säilyt* | oikeutesi* | tarkastusoikeus*"
        " | oikaisu* | poistaminen* | tietosuojavaltuutettu* | tietosuojavastaava* | suostumus*"
        " | tietosuoja* asetus*",
        terms_text="sopimus* | vastuu* | vahingonkorvaus* | sovellettava* laki* | irtisano*"
        " | takuu* | riita* | hyväksyt* | immateriaalioikeu* | lisenssi* | tilaus* | maksu*"
        " | hinta*",
        dpa_text="käsittelijä* | rekisterinpitäjä* | ohjei* | alikäsittelijä*"
        " | vakiosopimuslauseke* | tekniset* ja* organisatoriset* toimenpiteet* | auditointi*"
        " | tarkastus* | 28* artikla* | tietoturvaloukkau* | salassapito* | luottamuksellisuus*",
        subprocessors_text="alikäsittelijä* | alihankkija* | sijainti* | käyttötarkoitus*"
        " | tarkoitus* | yhtiö* | palvelin* | infrastruktuuri* | maa | konesali*"
        " | palveluntarjoaja*",
        cookie_policy_text="eväste* | selain* | voimassaolo* | vanhenee* | istunto* | seuranta*"
        " | analytiikka* | tilasto* | pikseli* | paikallinen* tallennus* | kolmannen* osapuolen*",
    ),
    "nl": Cues(
        privacy_policy="privacy* | privacybeleid* | privacyverklaring* | gegevensbescherming*"
        " | persoonsgegevens* | bescherming* van* persoonsgegevens*",
        terms="voorwaarden* | algemene* voorwaarden* | gebruiksvoorwaarden* | servicevoorwaarden*"
        " | leveringsvoorwaarden* | gebruikersovereenkomst* | klantovereenkomst*"
        " | licentieovereenkomst*",
        dpa="verwerkersovereenkomst* | verwerkingsovereenkomst*"
        " | gegevensverwerkingsovereenkomst* | overeenkomst* voor* de* verwerking*",
        subprocessors="sub* verwerker* | subverwerkers*",
        cookie_policy="cookie* | cookiebeleid* | cookieverklaring* | tracker*",
        document="beleid* | verklaring* | statement* | informatie* | kennisgeving*",
        hub="juridisch* | juridische* informatie* | vertrouwen* | beveiliging* | veiligheid*"
        " | naleving* | compliance*",
        decoy="instellingen* | *instelling* | voorkeuren* | beheren | blog* | nieuws* | pers"
        " | artikel* | inloggen* | aanmelden* | registreren* | account* | wachtwoord* | prijzen*"
        " | tarieven* | functies* | product* | oplossingen* | downloaden* | brochure*"
        " | whitepaper* | webinar* | vacatures* | carrière* | evenementen* | hulp*"
        " | klantenservice* | contact* | over* ons*",
        privacy_policy_text="persoonsgegeven* | verwerkingsverantwoordelijke* | betrokkene*"
        " | grondslag* | rechtsgrond* | bewaartermijn* | bewaren* | uw* rechten* | inzage*"
        " | rectificatie* | verwijdering* | autoriteit* persoonsgegevens*"
        " | functionaris* voor* gegevensbescherming* | toestemming* | avg",
        terms_text="overeenkomst* | aansprakelijkheid* | toepasselijk* recht* | opzegging*"
        " | beëindiging* | garantie* | geschil* | bevoegde* rechter* | u* gaat* akkoord*"
        " | intellectuele* eigendom* | licentie* | abonnement* | vergoeding* | betaling*",
        dpa_text="verwerker* | verwerkingsverantwoordelijke* | instructies* | subverwerker*"
        " | standaardcontractbepalingen* | technische* en* organisatorische* maatregelen*"
        " | audit* | artikel* 28* | datalek* | inbreuk* in* verband* met* persoonsgegevens*"
        " | geheimhouding* | vertrouwelijkheid*",
        subprocessors_text="subverwerker* | locatie* | doel | doeleinde* | entiteit* | hosting*"
        " | infrastructuur* | land | dienstverlener* | leverancier*",
        cookie_policy_text="cookie* | browser* | bewaartermijn* | looptijd* | vervaldatum*"
        " | sessie* | tracking* | analytics* | statistieken* | pixel* | lokale* opslag*"
        " | derde* partij*",
    ),
    "es": Cues(
        privacy_policy="privacidad* | política* de* privacidad* | aviso* de* privacidad*"
        " | protección* de* datos* | datos* personales*",
        terms="términos* | condiciones* | términos* y* condiciones* | condiciones* de* uso*"
        " | términos* de* uso* | condiciones* generales* | términos* de* servicio*"
        " | condiciones* de* servicio* | acuerdo* de* usuario* | contrato* de* usuario*",
        dpa="acuerdo* de* tratamiento* de* datos* | contrato* de* encargo* de* tratamiento*"
        " | contrato* de* encargado* del* tratamiento*"
        " | acuerdo* de* encargado* del* tratamiento* | anexo* de* tratamiento* de* datos*"
        " | encargo* de* tratamiento*",
        subprocessors="subencargado* | subprocesador* | subcontratistas* del* tratamiento*",
        cookie_policy="cookie* | política* de* cookies* | rastreador*",
        document="política* | aviso* | declaración* | información*",
        hub="legal* | aviso* legal* | información* legal* | centro* de* confianza* | seguridad*"
        " | cumplimiento* | políticas*",
        decoy="configuración* | ajustes* | preferencias* | gestionar | blog* | noticias*"
        " | prensa* | artículo* | iniciar* sesión* | registrarse* | regístrate* | cuenta*"
        " | contraseña* | precios* | planes* | funciones* | funcionalidades* | producto*"
        " | soluciones* | descargar* | folleto* | libro* blanco* | seminario* web* | empleo*"
        " | carreras* | eventos* | ayuda* | soporte* | contacto* | sobre* nosotros*"
        " | quiénes* somos*",
        privacy_policy_text="datos* personales* | responsable* del* tratamiento* | interesado*"
        " | base* jurídica* | base* legal* | legitimación* | plazo* de* conservación* | conserv*"
        " | sus* derechos* | derecho* de* acceso* | supresión* | rectificación* | oposición*"
        " | aepd* | autoridad* de* control* | delegado* de* protección* de* datos*"
        " | consentimiento* | rgpd*",
        terms_text="contrato* | responsabilidad* | legislación* aplicable* | ley* aplicable*"
        " | resolución* | rescisión* | garantía* | controversia* | jurisdicción* | tribunales*"
        " | usted* acepta* | propiedad* intelectual* | licencia* | suscripción* | tarifa* | pago*",
        dpa_text="encargado* del* tratamiento* | responsable* del* tratamiento* | instrucciones*"
        " | subencargado* | cláusulas* contractuales* tipo*"
        " | medidas* técnicas* y* organizativas* | auditoría* | artículo* 28*"
        " | violación* de* la* seguridad* | confidencialidad*",
        subprocessors_text="subencargado* | ubicación* | localización* | finalidad* | propósito*"
        " | entidad* | alojamiento* | infraestructura* | país* | centro* de* datos* | proveedor*",
        cookie_policy_text="cookie* | navegador* | duración* | caducidad* | expiración* | sesión*"
        " | seguimiento* | analítica* | estadística* | píxel* | almacenamiento* local*"
        " | terceros*",
    ),
    "it": Cues(
        privacy_policy="privacy* | informativa* sulla* privacy* | informativa* privacy*"
        " | riservatezza* | protezione* dei* dati* | dati* personali*"
        " | trattamento* dei* dati* personali*",
        terms="termini* | condizioni* | termini* e* condizioni* | condizioni* generali*"
        " | condizioni* d* uso* | termini* di* servizio* | termini* d* uso*"
        " | condizioni* di* utilizzo* | contratto* di* licenza*",
        dpa="accordo* sul* trattamento* dei* dati*"
        " | accordo* sul* trattamento* dei* dati* personali*"
        " | accordo* per* il* trattamento* dei* dati* | contratto* di* trattamento* dei* dati*"
        " | nomina* a* responsabile* del* trattamento* | accordo* di* trattamento* dati*",
        subprocessors="sub* responsabili* | sub* responsabile* del* trattamento* | sub* fornitori*",
        cookie_policy="cookie* | cookie* policy* | traccianti* | strumenti* di* tracciamento*",
        document="informativa* | politica* | dichiarazione* | avviso* | note*",
        hub="legale* | note* legali* | informazioni* legali* | centro* fiducia* | sicurezza*"
        " | conformità*",
        decoy="impostazioni* | preferenze* | gestisci | blog* | notizie* | news* | stampa*"
        " | articolo* | accedi* | accesso* | registrati* | account* | password* | prezzi*"
        " | piani* | funzionalità* | prodotto* | soluzioni* | scarica* | brochure*"
        " | white* paper* | webinar* | carriere* | lavora* con* noi* | eventi* | aiuto*"
        " | assistenza* | supporto* | contatti* | chi* siamo*",
        privacy_policy_text="dati* personali* | titolare* del* trattamento* | interessato*"
        " | base* giuridica* | base* legale* | periodo* di* conservazione* | conserv*"
        " | i* tuoi* diritti* | diritto* di* accesso* | cancellazione* | rettifica*"
        " | opposizione* | garante* | autorità* di* controllo*"
        " | responsabile* della* protezione* dei* dati* | consenso* | gdpr*",
        terms_text="contratto* | responsabilità* | legge* applicabile* | foro* competente*"
        " | recesso* | risoluzione* | garanzia* | controversia* | accetti*"
        " | proprietà* intellettuale* | licenza* | abbonamento* | corrispettivo* | pagamento*",
        dpa_text="responsabile* del* trattamento* | titolare* del* trattamento* | istruzioni*"
        " | sub* responsabil* | clausole* contrattuali* standard*"
        " | misure* tecniche* e* organizzative* | audit* | verifiche* | articolo* 28*"
        " | violazione* dei* dati* | riservatezza*",
        subprocessors_text="sub* responsabil* | ubicazione* | sede* | finalità* | scopo*"
        " | entità* | hosting* | infrastruttura* | paese* | data* center* | fornitore*",
        cookie_policy_text="cookie* | browser* | durata* | scadenza* | sessione* | tracciamento*"
        " | analitic* | statistich* | pixel* | archiviazione* locale* | terze* parti*",
    ),
    "pt": Cues(
        privacy_policy="privacidade* | política* de* privacidade* | aviso* de* privacidade*"
        " | proteção* de* dados* | dados* pessoais*",
        terms="termos* | condições* | termos* e* condições* | termos* de* uso*"
        " | termos* de* utilização* | termos* de* serviço* | condições* gerais*"
        " | condições* de* utilização* | contrato* de* utilizador* | contrato* de* licença*",
        dpa="acordo* de* tratamento* de* dados* | acordo* de* processamento* de* dados*"
        " | contrato* de* subcontratação* | adenda* de* tratamento* de* dados*"
        " | aditamento* de* tratamento* de* dados* | contrato* de* tratamento* de* dados*",
        subprocessors="subcontratantes* ulteriores* | subprocessador* | suboperador*"
        " | subcontratados*",
        cookie_policy="cookie* | política* de* cookies* | rastreador*",
        document="política* | aviso* | declaração* | informação* | nota*",
        hub="legal* | informações* legais* | aviso* legal* | central* de* confiança* | segurança*"
        " | conformidade*",
        decoy="definições* | configurações* | preferências* | gerir | gerenciar | blog*"
        " | notícias* | imprensa* | artigo* | iniciar* sessão* | entrar* | registar* | cadastre*"
        " | conta | palavra* passe* | senha* | preços* | planos* | funcionalidades* | recursos*"
        " | produto* | soluções* | transferir* | baixar* | brochura* | folheto* | webinar*"
        " | carreiras* | vagas* | eventos* | ajuda* | suporte* | contacto* | contato*"
        " | sobre* nós*",
        privacy_policy_text="dados* pessoais* | responsável* pelo* tratamento* | controlador*"
        " | titular* dos* dados* | fundamento* jurídico* | base* legal* | conservação*"
        " | os* seus* direitos* | seus* direitos* | direito* de* acesso* | apagamento*"
        " | eliminação* | retificação* | oposição* | cnpd* | anpd* | autoridade* de* controlo*"
        " | encarregado* da* proteção* de* dados* | consentimento* | rgpd* | lgpd*",
        terms_text="contrato* | responsabilidade* | lei* aplicável* | legislação* aplicável*"
        " | rescisão* | resolução* | garantia* | litígio* | foro | jurisdição* | você* concorda*"
        " | propriedade* intelectual* | licença* | assinatura* | subscrição* | pagamento*",
        dpa_text="subcontratante* | responsável* pelo* tratamento* | operador* | instruções*"
        " | cláusulas* contratuais* tipo* | cláusulas* contratuais* padrão*"
        " | medidas* técnicas* e* organizativas* | medidas* técnicas* e* organizacionais*"
        " | auditoria* | artigo* 28* | violação* de* dados* | confidencialidade*",
        subprocessors_text="subcontratante* | localização* | finalidade* | entidade*"
        " | alojamento* | hospedagem* | infraestrutura* | país* | centro* de* dados*"
        " | fornecedor*",
        cookie_policy_text="cookie* | navegador* | duração* | expiração* | validade* | sessão*"
        " | rastreamento* | análise* | estatística* | píxel* | armazenamento* local* | terceiros*",
    ),
    "pl": Cues(
        privacy_policy="prywatnoś* | polityk* prywatnoś* | ochron* dan* | ochron* danych* osobow*"
        " | dan* osobow* | klauzul* informacyjn* | rodo*",
        terms="regulamin* | warunk* | warunk* korzystani* | warunk* świadczeni* usług*"
        " | ogóln* warunk* | umow* licencyjn* | warunk* użytkowani*",
        dpa="umow* powierzeni* | umow* powierzeni* przetwarzani* | powierzeni* przetwarzani*"
        " | umow* przetwarzani* danych*",
        subprocessors="podprzetwarzając* | podmiot* podprzetwarzając* | podprocesor*"
        " | dalsz* podmiot* przetwarzając*",
        cookie_policy="cookie* | ciasteczk* | plik* cookie*",
        document="polityk* | informacj* | klauzul* | oświadczeni* | zasad*",
        hub="informacj* prawn* | nota* prawna* | prawn* | centrum* zaufani* | bezpieczeństw*"
        " | zgodnoś*",
        decoy="ustawieni* | preferencj* | zarządzaj | blog* | aktualnoś* | wiadomoś* | pras"
        " | prasa* | artykuł* | zaloguj* | logowani* | zarejestruj* | konto* | hasło* | cennik*"
        " | ceny* | funkcj* | produkt* | rozwiązani* | pobierz* | broszur* | webinar* | karier*"
        " | praca* | wydarzeni* | pomoc* | wsparci* | kontakt* | o* nas*",
        privacy_policy_text="dan* osobow* | administrator* danych* | administrator*"
        " | osob* której* dane* dotyczą* | podstaw* prawn* | okres* przechowywani* | przechowyw*"
        " | twoje* prawa* | prawo* dostępu* | usunięci* | sprostowani* | sprzeciw* | uodo*"
        " | prezes* urzędu* ochrony* danych* | organ* nadzorcz* | inspektor* ochrony* danych*"
        " | zgod* | rodo*",
        terms_text="umow* | odpowiedzialnoś* | prawo* właściwe* | wypowiedzeni*"
        " | rozwiązani* umowy* | gwarancj* | spor* | sąd* właściwy* | akceptujesz*"
        " | własnoś* intelektualn* | licencj* | subskrypcj* | opłat* | płatnoś*",
        dpa_text="podmiot* przetwarzając* | administrator* | polecen* | udokumentowan* polecen*"
        " | podprzetwarzając* | standardow* klauzul* umown* | środk* techniczn* i* organizacyjn*"
        " | audyt* | kontrol* | art* 28* | artykuł* 28* | naruszeni* ochrony* danych* | poufnoś*"
        " | tajemnic*",
        subprocessors_text="podprzetwarzając* | podwykonawc* | lokalizacj* | siedzib* | cel"
        " | podmiot* | hosting* | infrastruktur* | kraj* | centrum* danych* | dostawc*",
        cookie_policy_text="cookie* | ciasteczk* | przeglądark* | czas* przechowywani* | wygas*"
        " | sesj* | śledzeni* | analityczn* | statystyk* | piksel* | pamięć* lokaln*"
        " | podmiot* trzeci*",
    ),
    "cs": Cues(
        privacy_policy="soukrom* | ochran* soukrom* | ochran* osobn* údaj* | osobn* údaj*"
        " | zásad* ochran* osobn* údaj* | zpracování* osobních* údajů*",
        terms="podmínk* | obchodn* podmínk* | všeobecn* obchodn* podmínk* | podmínk* použití*"
        " | podmínk* užívání* | smluvn* podmínk* | licenční* smlouv* | vop",
        dpa="smlouv* o* zpracování* | smlouv* o* zpracování* osobních* údajů*"
        " | zpracovatelsk* smlouv* | dodat* o* zpracování*",
        subprocessors="subzpracovatel* | dílčí* zpracovatel* | další* zpracovatel*",
        cookie_policy="cookie* | soubor* cookie*",
        document="zásad* | prohlášení* | informac* | oznámení* | pravidl*",
        hub="právní* informace* | právní* | centrum* důvěry* | bezpečnost* | soulad*",
        decoy="nastavení* | předvolb* | spravovat | blog* | novinky* | zprávy* | tisk* | článek*"
        " | přihlás* | registrac* | účet* | heslo* | ceník* | ceny* | funkce* | produkt*"
        " | řešení* | stáhnout* | brožur* | webinář* | kariér* | pracovní* míst* | událost*"
        " | nápověd* | podpor* | kontakt* | o* nás*",
        privacy_policy_text="osobn* údaj* | správce* | subjekt* údaj* | právní* základ*"
        " | doba* uchování* | uchováv* | vaše* práva* | právo* na* přístup* | výmaz* | oprav*"
        " | námitk* | úřad* pro* ochranu* osobních* údajů* | dozorový* úřad* | pověřenec*"
        " | souhlas* | gdpr*",
        terms_text="smlouv* | odpovědnost* | rozhodné* právo* | výpověď* | ukončení* | záruk*"
        " | spor* | soud* | souhlasíte* | duševní* vlastnictví* | licenc* | předplatné* | poplat*"
        " | platb*",
        dpa_text="zpracovatel* | správce* | pokyn* | subzpracovatel*"
        " | standardní* smluvní* doložky* | technická* a* organizační* opatření* | audit*"
        " | kontrol* | článek* 28* | čl* 28* | porušení* zabezpečení* | mlčenlivost* | důvěrnost*",
        subprocessors_text="subzpracovatel* | umístění* | účel* | sídlo* | subjekt* | hosting*"
        " | infrastruktur* | země* | datové* centrum* | poskytovatel* | dodavatel*",
        cookie_policy_text="cookie* | prohlížeč* | doba* platnosti* | platnost* | expirace*"
        " | relace* | sledování* | analytick* | statistick* | pixel* | místní* úložiště*"
        " | třetích* stran*",
    ),
    "sk": Cues(
        privacy_policy="súkrom* | ochran* súkromia* | ochran* osobn* údaj* | osobn* údaj*"
        " | zásad* ochran* osobn* údaj* | spracúvani* osobn* údaj*",
        terms="podmienk* | obchodn* podmienk* | všeobecn* obchodn* podmienk*"
        " | podmienk* používania* | zmluvn* podmienk* | licenčn* zmluv* | vop",
        dpa="zmluv* o* spracúvaní* | zmluv* o* spracúvaní* osobných* údajov*"
        " | zmluv* o* spracovaní* | sprostredkovateľsk* zmluv* | dodatok* o* spracúvaní*",
        subprocessors="subsprostredkovateľ* | ďalš* sprostredkovateľ*",
        cookie_policy="cookie* | súbory* cookie*",
        document="zásad* | vyhláseni* | informáci* | oznámeni* | pravidl*",
        hub="právne* informácie* | právne* | centrum* dôvery* | bezpečnosť* | súlad*",
        decoy="nastaveni* | predvoľb* | spravovať | blog* | novinky* | správy* | tlač* | článok*"
        " | prihlás* | registrác* | účet* | heslo* | cenník* | ceny* | funkci* | produkt*"
        " | riešeni* | stiahnuť* | brožúr* | webinár* | kariér* | pracovné* miesta* | udalosti*"
        " | pomoc* | podpor* | kontakt* | o* nás*",
        privacy_policy_text="osobn* údaj* | prevádzkovateľ* | dotknut* osob* | právny* základ*"
        " | doba* uchovávania* | uchováv* | vaše* práva* | právo* na* prístup* | vymazani*"
        " | oprav* | námietk* | úrad* na* ochranu* osobných* údajov* | dozorn* orgán*"
        " | zodpovedn* osob* | súhlas* | gdpr*",
        terms_text="zmluv* | zodpovednosť* | rozhodné* právo* | výpoveď* | ukončeni* | záruk*"
        " | spor* | súd | súhlasíte* | duševné* vlastníctvo* | licenc* | predplatné* | poplat*"
        " | platb*",
        dpa_text="sprostredkovateľ* | prevádzkovateľ* | pokyn* | subsprostredkovateľ*"
        " | štandardné* zmluvné* doložky* | technické* a* organizačné* opatrenia* | audit*"
        " | kontrol* | článok* 28* | čl* 28* | porušeni* ochrany* | mlčanlivosť* | dôvernosť*",
        subprocessors_text="sprostredkovateľ* | umiestneni* | účel* | sídlo* | subjekt*"
        " | hosting* | infraštruktúr* | krajin* | dátové* centrum* | poskytovateľ* | dodávateľ*",
        cookie_policy_text="cookie* | prehliadač* | doba* platnosti* | platnosť* | expirácia*"
        " | relácia* | sledovani* | analytick* | štatistick* | pixel* | lokálne* úložisko*"
        " | tretích* strán*",
    ),
    "sl": Cues(
        privacy_policy="zasebnost* | politik* zasebnosti* | varstv* osebn* podat*"
        " | varstv* podat* | osebn* podat* | izjav* o* zasebnosti*",
        terms="pogoj* | pogoj* uporabe* | splošn* pogoj* | splošn* pogoj* poslovanja*"
        " | pogoj* storitve* | licenčn* pogodb* | uporabniška* pogodba*",
        dpa="pogodb* o* obdelavi* | pogodb* o* obdelavi* osebnih* podatkov*"
        " | dogovor* o* obdelavi* | pogodben* obdelav*",
        subprocessors="podobdeloval* | nadaljnj* obdeloval*",
        cookie_policy="piškot* | cookie*",
        document="politik* | izjav* | obvestil* | informacij* | pravil*",
        hub="pravno* obvestilo* | pravne* informacije* | pravno* | center* zaupanja* | varnost*"
        " | skladnost*",
        decoy="nastavit* | preferenc* | upravljaj | blog* | novice* | za* medije* | članek*"
        " | prijav* | registracij* | račun* | geslo* | cenik* | cene* | funkcije* | izdelek*"
        " | rešitve* | prenesi* | brošur* | spletni* seminar* | karier* | zaposlitev* | dogodki*"
        " | pomoč* | podpora* | kontakt* | o* nas*",
        privacy_policy_text="osebn* podat* | upravljavec* | posameznik* | pravn* podlag* | hramb*"
        " | rok* hrambe* | vaše* pravice* | pravica* do* dostopa* | izbris* | popravek* | ugovor*"
        " | informacijski* pooblaščenec* | nadzorni* organ* | pooblaščen* za* varstvo*"
        " | privolitev* | soglasje* | splošna* uredba*",
        terms_text="pogodb* | odgovornost* | veljavno* pravo* | odpoved* | prekinit* | garancij*"
        " | jamstv* | spor* | sodišče* | strinjate* | intelektualn* lastnin* | licenc*"
        " | naročnin* | plačil* | pristojbin*",
        dpa_text="obdelovalec* | upravljavec* | navodil* | podobdeloval*"
        " | standardne* pogodbene* klavzule* | tehničn* in* organizacijsk* ukrep* | revizij*"
        " | nadzor* | člen* 28* | 28* člen* | kršitev* varnosti* | zaupnost*",
        subprocessors_text="obdelovalec* | podobdeloval* | lokacij* | namen* | sedež* | subjekt*"
        " | gostovanje* | infrastruktur* | držav* | podatkovni* center* | ponudnik* | dobavitelj*",
        cookie_policy_text="piškot* | brskalnik* | trajanje* | veljavnost* | poteč* | sej | seja*"
        " | sledenj* | analitičn* | statistik* | piksel* | lokalna* shramba* | tretjih* oseb*",
    ),
    "hr": Cues(
        privacy_policy="privatnost* | politik* privatnosti* | pravil* privatnosti*"
        " | zaštit* osobn* podat* | zaštit* podat* | osobn* podat* | izjav* o* privatnosti*",
        terms="uvjet* | uvjet* korištenja* | opć* uvjet* | uvjet* poslovanja*"
        " | uvjet* pružanja* usluge* | licencn* ugovor* | korisnički* ugovor*",
        dpa="ugovor* o* obradi* | ugovor* o* obradi* osobnih* podataka* | sporazum* o* obradi*"
        " | dodatak* o* obradi*",
        subprocessors="podizvršitelj* | daljnj* izvršitelj*",
        cookie_policy="kolačić* | cookie*",
        document="politik* | izjav* | obavijest* | informacij* | pravil*",
        hub="pravne* informacije* | pravna* obavijest* | pravno* | centar* povjerenja*"
        " | sigurnost* | usklađenost*",
        decoy="postavk* | preferencij* | upravljaj | blog* | vijesti* | novosti* | za* medije*"
        " | članak* | prijav* | registracij* | račun* | lozink* | cjenik* | cijene* | značajke*"
        " | proizvod* | rješenja* | preuzmi* | brošur* | webinar* | karijer* | posao* | događaj*"
        " | pomoć* | podrška* | kontakt* | o* nama*",
        privacy_policy_text="osobn* podat* | voditelj* obrade* | ispitanik* | pravn* osnov*"
        " | razdoblje* čuvanja* | čuvanj* | pohran* | vaša* prava* | pravo* na* pristup*"
        " | brisanj* | ispravak* | prigovor* | azop* | nadzorno* tijelo*"
        " | službenik* za* zaštitu* podataka* | privol* | suglasnost* | opća* uredba*",
        terms_text="ugovor* | odgovornost* | mjerodavno* pravo* | raskid* | otkaz* | jamstv*"
        " | spor* | sud | prihvaćate* | intelektualn* vlasništv* | licenc* | pretplat* | naknad*"
        " | plaćanj*",
        dpa_text="izvršitelj* obrade* | voditelj* obrade* | uput* | podizvršitelj*"
        " | standardne* ugovorne* klauzule* | tehničk* i* organizacijsk* mjer* | revizij*"
        " | nadzor* | članak* 28* | povreda* osobnih* podataka* | povjerljivost*",
        subprocessors_text="podizvršitelj* | izvršitelj* | lokacij* | svrh* | sjedište*"
        " | subjekt* | hosting* | infrastruktur* | držav* | podatkovni* centar* | pružatelj*"
        " | dobavljač*",
        cookie_policy_text="kolačić* | preglednik* | trajanje* | valjanost* | istek* | sesij*"
        " | praćenj* | analitičk* | statistik* | piksel* | lokalna* pohrana* | trećih* strana*",
    ),
    "bg": Cues(
        privacy_policy="поверителност* | политик* за* поверителност* | защит* на* личн* данн*"
        " | защит* на* данн* | личн* данн* | декларация* за* поверителност*",
        terms="услови* | общ* услови* | услови* за* ползване* | услови* за* използване*"
        " | услови* на* услугата* | лицензионн* споразумени* | потребителск* споразумени*",
        dpa="споразумени* за* обработ* | споразумени* за* обработване* на* личн* данн*"
        " | договор* за* обработ* | договор* за* обработване* на* личн* данн*"
        " | приложени* за* обработ*",
        subprocessors="подизпълнител* | подобработващ* | последващ* обработващ*",
        cookie_policy="бисквитк* | cookie*",
        document="политик* | декларация* | уведомлени* | информация* | правила*",
        hub="правна* информация* | правни* | център* за* доверие* | сигурност* | съответствие*",
        decoy="настройки* | предпочитания* | управление* | блог* | новини* | преса* | статия*"
        " | вход* | влезте* | регистрация* | акаунт* | профил* | парола* | цени* | ценоразпис*"
        " | функции* | продукт* | решения* | изтегли* | брошура* | уебинар* | кариери* | работа*"
        " | събития* | помощ* | поддръжка* | контакти* | за* нас*",
        privacy_policy_text="личн* данн* | администратор* | субект* на* данн* | правн* основани*"
        " | срок* на* съхранение* | съхран* | вашите* права* | право* на* достъп* | изтриване*"
        " | коригиране* | възражени* | комисия* за* защита* на* личните* данни*"
        " | надзорен* орган* | длъжностно* лице* по* защита* на* данните* | съгласие*"
        " | общ* регламент*",
        terms_text="договор* | споразумени* | отговорност* | приложимо* право* | прекратяване*"
        " | гаранци* | спор* | съд | приемате* | интелектуална* собственост* | лиценз*"
        " | абонамент* | такс* | плащан*",
        dpa_text="обработващ* | администратор* | инструкци* | подобработващ*"
        " | стандартни* договорни* клаузи* | технически* и* организационни* мерки* | одит*"
        " | проверк* | член* 28* | чл* 28* | нарушение* на* сигурността* | поверителност*",
        subprocessors_text="подизпълнител* | подобработващ* | местоположени* | цел | седалище*"
        " | субект* | хостинг* | инфраструктур* | държав* | център* за* данни* | доставчик*",
        cookie_policy_text="бисквитк* | браузър* | продължителност* | валидност* | изтичане*"
        " | сесия* | проследяване* | анализ* | статистик* | пиксел* | локално* хранилище*"
        " | трети* страни*",
    ),
    "el": Cues(
        privacy_policy="απόρρητ* | πολιτικ* απορρήτ* | προστασί* προσωπικ* δεδομέν*"
        " | προστασί* δεδομέν* | προσωπικ* δεδομέν* | δήλωσ* απορρήτ*",
        terms="όροι* | όρουσ* | όρων* | όροι* χρήσησ* | όροι* και* προϋποθέσεισ* | γενικοί* όροι*"
        " | όροι* παροχήσ* υπηρεσιών* | σύμβασ* άδειασ* χρήσησ* | συμφωνί* χρήστη*",
        dpa="συμφωνί* επεξεργασί* | συμφωνί* επεξεργασί* προσωπικ* δεδομέν* | σύμβασ* επεξεργασί*"
        " | συμφωνί* για* την* επεξεργασί* | παράρτημ* επεξεργασί*",
        subprocessors="υπο* εκτελ* | υπεργολάβ* | περαιτέρω* εκτελούντ*",
        cookie_policy="cookie* | μπισκότ*",
        document="πολιτικ* | δήλωσ* | ανακοίνωσ* | ενημέρωσ* | πληροφορί*",
        hub="νομικέσ* πληροφορίεσ* | νομικά* | κέντρο* εμπιστοσύνησ* | ασφάλεια* | συμμόρφωσ*",
        decoy="ρυθμίσ* | προτιμήσ* | διαχείρισ* | blog* | ιστολόγιο* | νέα | ειδήσ* | τύποσ*"
        " | άρθρο* | σύνδεσ* | είσοδοσ* | εγγραφ* | λογαριασμ* | κωδικ* | τιμέσ* | τιμολόγησ*"
        " | λειτουργί* | προϊόν* | λύσεισ* | λήψη* | κατεβάστε* | φυλλάδιο*"
        " | διαδικτυακό* σεμινάριο* | καριέρα* | θέσεισ* εργασίασ* | εκδηλώσ* | βοήθεια*"
        " | υποστήριξ* | επικοινωνί* | σχετικά* με* εμάσ*",
        privacy_policy_text="προσωπικ* δεδομέν* | υπεύθυν* επεξεργασί* | υποκείμεν* των* δεδομέν*"
        " | νομικ* βάσ* | διατήρησ* | δικαιώματ* | δικαίωμα* πρόσβασ* | διαγραφ* | διόρθωσ*"
        " | εναντίωσ* | αρχή* προστασίασ* δεδομένων* | εποπτικ* αρχ*"
        " | υπεύθυνοσ* προστασίασ* δεδομένων* | συγκατάθεσ* | γκπδ*",
        terms_text="σύμβασ* | συμφωνί* | ευθύνη* | εφαρμοστέ* δίκαι* | καταγγελί* | εγγύησ*"
        " | διαφορ* | δικαστήρι* | αποδέχεστε* | πνευματικ* ιδιοκτησί* | άδει* | συνδρομ*"
        " | πληρωμ*",
        dpa_text="εκτελών* την* επεξεργασία* | εκτελούντ* | υπεύθυν* επεξεργασί* | οδηγί*"
        " | τυποποιημέν* συμβατικ* ρήτρ* | τεχνικ* και* οργανωτικ* μέτρ* | έλεγχ* | άρθρο* 28*"
        " | παραβίασ* δεδομένων* | εμπιστευτικότητ*",
        subprocessors_text="εκτελούντ* | τοποθεσί* | σκοπ* | έδρα* | οντότητ* | φιλοξενί*"
        " | υποδομ* | χώρα* | χώρεσ* | κέντρο* δεδομένων* | πάροχ*",
        cookie_policy_text="cookie* | μπισκότ* | πρόγραμμα* περιήγησ* | browser* | διάρκει* | λήξ"
        " | συνεδρί* | παρακολούθησ* | αναλυτικ* | στατιστικ* | pixel* | τοπική* αποθήκευσ*"
        " | τρίτ*",
    ),
    "et": Cues(
        privacy_policy="privaatsus* | andmekaitse* | isikuandme* | isikuandmete* töötlemise*"
        " | privaatsusteade* | privaatsuspoliitika*",
        terms="tingimus* | kasutustingimus* | üldtingimus* | teenusetingimus* | müügitingimus*"
        " | kasutajalepi* | litsentsilepi*",
        dpa="andmetöötluslepi* | töötlemise* lepi* | isikuandmete* töötlemise* lepi*"
        " | andmetöötluse* lisa* | volitatud* töötleja* lepi*",
        subprocessors="alamtöötleja* | edasivolitatud* töötleja*",
        cookie_policy="küpsis* | cookie*",
        document="poliitika* | põhimõtted* | teade* | teave*",
        hub="õiguslik* teave* | juriidili* | usalduskeskus* | turvalisus* | vastavus*",
        decoy="*seaded* | seadistus* | eelistus* | halda* | blogi* | uudised* | pressile*"
        " | artikkel* | logi* sisse* | sisselogimi* | registreeru* | konto* | parool* | hinnad*"
        " | hinnakiri* | funktsioonid* | toode* | lahendused* | laadi* alla* | brošüür*"
        " | veebiseminar* | karjäär* | töökohad* | sündmused* | abi | tugi* | klienditugi*"
        " | kontakt* | meist*",
        privacy_policy_text="isikuandme* | vastutav* töötleja* | andmesubjekt* | õiguslik* alus*"
        " | säilitami* | säilita* | teie* õigused* | õigus* tutvuda* | kustutami* | paranda*"
        " | vastuväit* | andmekaitse* inspektsioon* | järelevalveasutus*"
        " | andmekaitsespetsialist* | nõusolek* | isikuandmete* kaitse* üldmäärus*",
        terms_text="lepi* | vastutus* | kohaldatav* õigus* | lõpeta* | ülesütle* | garanti*"
        " | vaidlus* | kohus* | nõustute* | intellektuaalne* omand* | litsents* | tellimus*"
        " | tasu* | makse*",
        dpa_text="volitatud* töötleja* | vastutav* töötleja* | juhis* | alamtöötleja*"
        " | lepingu* tüüptingimused* | tehnilised* ja* korralduslikud* meetmed* | audit*"
        " | kontroll* | artikkel* 28* | artikli* 28* | rikkumi* | konfidentsiaalsus*",
        subprocessors_text="alamtöötleja* | asukoht* | eesmärk* | üksus* | majutus* | taristu*"
        " | infrastruktuur* | riik* | andmekeskus* | teenusepakkuja*",
        cookie_policy_text="küpsis* | brauser* | veebilehitseja* | kehtivus* | aegumi* | seanss*"
        " | jälgimi* | analüüti* | statistika* | piksel* | kohalik* salvestusruum*"
        " | kolmanda* osapoole*",
    ),
    "lv": Cues(
        privacy_policy="privātum* | privātuma* politik* | datu* aizsardzīb* | personas* dat*"
        " | privātuma* paziņojum* | personas* datu* apstrād*",
        terms="noteikum* | lietošanas* noteikum* | vispārīg* noteikum* | pakalpojum* noteikum*"
        " | lietotāja* līgum* | licences* līgum*",
        dpa="datu* apstrādes* līgum* | personas* datu* apstrādes* līgum*"
        " | datu* apstrādes* vienošan* | datu* apstrādes* pielikum*",
        subprocessors="apakšapstrādātāj* | apakšuzņēmēj*",
        cookie_policy="sīkdatn* | cookie*",
        document="politik* | paziņojum* | informācij* | princip*",
        hub="juridiskā* informācija* | juridisk* | uzticības* centrs* | drošība* | atbilstība*",
        decoy="iestatījum* | preferenc* | pārvaldīt | blogs* | jaunumi* | ziņas* | presei*"
        " | raksts* | pieteikties* | pierakstīties* | reģistrēties* | konts* | parole* | cenas*"
        " | cenrādis* | funkcijas* | produkts* | risinājumi* | lejupielādēt* | brošūra*"
        " | vebinārs* | karjera* | vakances* | pasākumi* | palīdzība* | atbalsts* | kontakti*"
        " | par* mums*",
        privacy_policy_text="personas* dat* | pārzin* | datu* subjekt* | tiesisk* pamat*"
        " | glabāšan* | jūsu* tiesības* | piekļuv* | dzēšan* | labošan* | iebildum*"
        " | datu* valsts* inspekcija* | uzraudzības* iestād* | datu* aizsardzības* speciālist*"
        " | piekrišan* | vispārīgā* datu* aizsardzības* regula*",
        terms_text="līgum* | atbildīb* | piemērojam* | izbeigšan* | uzteikum* | garantij*"
        " | strīd* | tiesa* | piekrītat* | intelektuālais* īpašums* | licenc* | abonement*"
        " | samaks*",
        dpa_text="apstrādātāj* | pārzin* | norādījum* | apakšapstrādātāj* | standartklauzul*"
        " | tehnisk* un* organizatorisk* pasākum* | audit* | pārbaud* | 28* pants* | pārkāpum*"
        " | konfidencialitāt*",
        subprocessors_text="apakšapstrādātāj* | atrašanās* viet* | mērķ* | juridiskā* persona*"
        " | vienīb* | mitināšan* | infrastruktūr* | valst* | datu* centr*"
        " | pakalpojumu* sniedzēj*",
        cookie_policy_text="sīkdatn* | pārlūk* | derīgum* | termiņ* | sesij* | izsekošan*"
        " | analītik* | statistik* | piksel* | lokālā* krātuve* | trešo* pušu*",
    ),
    "lt": Cues(
        privacy_policy="privatum* | privatumo* politik* | duomenų* apsaug* | asmens* duomen*"
        " | asmens* duomenų* apsaug* | privatumo* pranešim*",
        terms="sąlyg* | naudojimo* sąlyg* | bendrosios* sąlyg* | paslaugų* teikimo* sąlyg*"
        " | taisykl* | naudotojo* sutart* | licencijos* sutart*",
        dpa="duomenų* tvarkymo* sutart* | asmens* duomenų* tvarkymo* sutart*"
        " | duomenų* tvarkymo* susitarim* | duomenų* tvarkymo* pried*",
        subprocessors="subtvarkytoj* | kiti* duomenų* tvarkytoj*",
        cookie_policy="slapuk* | cookie*",
        document="politik* | pranešim* | informacij* | nuostat*",
        hub="teisinė* informacija* | teisini* | pasitikėjimo* centras* | saugumas* | atitiktis*",
        decoy="nustatym* | parinkt* | tvarkyti | tinklaraš* | naujienos* | žiniasklaidai*"
        " | straipsn* | prisijung* | registruotis* | paskyra* | slaptažodis* | kainos*"
        " | kainoraštis* | funkcijos* | produktas* | sprendimai* | atsisiųsti* | brošiūra*"
        " | internetinis* seminaras* | karjera* | darbo* skelbimai* | renginiai* | pagalba*"
        " | palaikymas* | kontaktai* | apie* mus*",
        privacy_policy_text="asmens* duomen* | duomenų* valdytoj* | duomenų* subjekt*"
        " | teisin* pagrind* | saugojimo* termin* | jūsų* teisės* | teisė* susipažinti* | ištrin*"
        " | ištaisy* | prieštaravim* | valstybinė* duomenų* apsaugos* inspekcija*"
        " | priežiūros* institucij* | duomenų* apsaugos* pareigūn* | sutikim* | bdar*",
        terms_text="sutart* | atsakomyb* | taikytina* teisė* | nutraukim* | garantij* | ginč*"
        " | teism* | sutinkate* | intelektinė* nuosavybė* | licencij* | prenumerat* | mokest*"
        " | apmokėjim*",
        dpa_text="duomenų* tvarkytoj* | duomenų* valdytoj* | nurodym* | subtvarkytoj*"
        " | standartinės* sutarčių* sąlygos* | technin* ir* organizacin* priemon* | audit*"
        " | patikrinim* | 28* straipsn* | pažeidim* | konfidencialum*",
        subprocessors_text="tvarkytoj* | buvimo* viet* | vieta* | tiksl* | subjekt* | priegloba*"
        " | talpinim* | infrastruktūr* | šalis* | šaly* | duomenų* centr* | paslaugų* teikėj*",
        cookie_policy_text="slapuk* | naršykl* | galiojim* | trukm* | sesij* | sekim* | analiti*"
        " | statistik* | piksel* | vietinė* saugykla* | trečiųjų* šalių*",
    ),
    "hu": Cues(
        privacy_policy="adatvédel* | adatkezelési* tájékoztató* | magánszfér* | személyes* adat*",
        terms="feltétel* | felhasználási* feltétel* | általános* szerződési* feltétel* | ászf*"
        " | szolgáltatási* feltétel* | felhasználói* szerződés* | licencszerződés*",
        dpa="adatfeldolgozási* szerződés* | adatfeldolgozási* megállapodás*"
        " | adatfeldolgozói* szerződés* | adatfeldolgozási* kiegészítés*",
        subprocessors="al* adatfeldolgoz* | további* adatfeldolgoz* | alvállalkoz*",
        cookie_policy="süti* | cookie*",
        document="tájékoztató* | nyilatkozat* | irányelv* | szabályzat* | információ*",
        hub="jogi* információk* | jogi* nyilatkozat* | jogi* | bizalmi* központ* | biztonság*"
        " | megfelelőség*",
        decoy="*beállítás* | preferenciá* | kezelés* | blog* | hírek* | sajtó* | cikk*"
        " | bejelentkez* | belépés* | regisztráció* | fiók* | jelszó* | árak* | árazás*"
        " | funkció* | termék* | megoldás* | letöltés* | brosúra* | prospektus* | webinárium*"
        " | karrier* | állások* | események* | súgó* | segítség* | támogatás* | kapcsolat*"
        " | rólunk*",
        privacy_policy_text="személyes* adat* | adatkezelő* | érintett* | jogalap*"
        " | megőrzési* idő* | megőriz* | tárol* | jogai* | hozzáférés* | törlés* | helyesbítés*"
        " | tiltakozás* | naih* | nemzeti* adatvédelmi* | felügyeleti* hatóság*"
        " | adatvédelmi* tisztviselő* | hozzájárulás* | általános* adatvédelmi* rendelet*",
        terms_text="szerződés* | felelősség* | irányadó* jog* | alkalmazandó* jog* | felmondás*"
        " | megszűnés* | szavatosság* | garancia* | jogvita* | bíróság* | elfogadja*"
        " | szellemi* tulajdon* | licenc* | előfizetés* | díj | fizetés*",
        dpa_text="adatfeldolgozó* | adatkezelő* | utasítás* | aladatfeldolgoz*"
        " | adatvédelmi* kikötés* | technikai* és* szervezési* intézkedés* | audit* | ellenőrzés*"
        " | 28* cikk* | adatvédelmi* incidens* | titoktartás* | bizalmasság*",
        subprocessors_text="adatfeldolgozó* | aladatfeldolgoz* | helyszín* | székhely* | cél"
        " | szervezet* | tárhely* | infrastruktúra* | ország* | adatközpont* | szolgáltató*",
        cookie_policy_text="süti* | cookie* | böngésző* | időtartam* | lejárat* | munkamenet*"
        " | nyomon* követ* | analitika* | statisztika* | pixel* | helyi* tárol* | harmadik* fél*",
    ),
    "ro": Cues(
        privacy_policy="confidențialitat* | politic* de* confidențialitat* | protecți* datelor*"
        " | date* cu* caracter* personal* | datelor* cu* caracter* personal* | date* personal*",
        terms="termen* | condiți* | termen* și* condiți* | condiți* de* utilizare*"
        " | termen* de* utilizare* | condiți* general* | acord* de* utilizare*"
        " | contract* de* licenț*",
        dpa="acord* de* prelucrare* | acord* privind* prelucrarea* | contract* de* prelucrare*"
        " | acord* privind* prelucrarea* datelor* cu* caracter* personal*"
        " | anex* privind* prelucrarea*",
        subprocessors="sub* procesator* | împuternicit* secundar* | subîmputernicit*",
        cookie_policy="cookie* | module* cookie*",
        document="politic* | declarați* | notificare* | informare* | informați*",
        hub="informații* juridice* | juridic* | legal* | centru* de* încredere* | securitate*"
        " | conformitate*",
        decoy="setări* | preferinț* | gestionează | blog* | știri* | noutăți* | presă* | articol*"
        " | autentificare* | conectare* | înregistrare* | cont | parolă* | prețuri* | tarife*"
        " | funcționalități* | produs* | soluții* | descarcă* | broșur* | webinar* | cariere*"
        " | locuri* de* muncă* | evenimente* | ajutor* | asistență* | suport* | contact*"
        " | despre* noi*",
        privacy_policy_text="date* cu* caracter* personal* | datelor* cu* caracter* personal*"
        " | operator* | persoan* vizat* | temei* juridic* | temeiul* legal*"
        " | perioada* de* stocare* | păstr* | drepturile* | dreptul* de* acces* | ștergere*"
        " | rectificare* | opoziți* | anspdcp* | autoritatea* de* supraveghere*"
        " | responsabil* cu* protecția* datelor* | consimțământ*"
        " | regulamentul* general* privind* protecția* datelor*",
        terms_text="contract* | acord* | răspundere* | legea* aplicabilă* | reziliere*"
        " | încetare* | garanți* | litigi* | instanț* | sunteți* de* acord*"
        " | proprietate* intelectuală* | licenț* | abonament* | tarif* | plată*",
        dpa_text="persoana* împuternicită* | împuternicit* | operator* | instrucțiuni*"
        " | sub* împuternicit* | clauzele* contractuale* standard*"
        " | clauze* contractuale* standard* | măsuri* tehnice* și* organizatorice* | audit*"
        " | inspecți* | articolul* 28* | încălcarea* securității* | confidențialitate*",
        subprocessors_text="împuternicit* | procesator* | locați* | amplasare* | scop*"
        " | entitate* | găzduire* | infrastructur* | țara* | țări* | centru* de* date*"
        " | furnizor*",
        cookie_policy_text="cookie* | browser* | navigator* | durată* | expir* | sesiune*"
        " | urmărire* | analitic* | statistic* | pixel* | stocare* locală* | terț*",
    ),
    "mt": Cues(
        privacy_policy="privatezz* | politika* tal* privatezz* | protezzjoni* tad* data*"
        " | data* personali* | avviż* ta* privatezz*",
        terms="termini* | kundizzjonijiet* | termini* u* kundizzjonijiet* | termini* tal* użu*"
        " | kundizzjonijiet* tal* użu* | ftehim* tal* utent*",
        dpa="ftehim* dwar* l* ipproċessar* | ftehim* tal* ipproċessar*"
        " | kuntratt* tal* ipproċessar* | ftehim* dwar* il* protezzjoni* tad* data*",
        subprocessors="sub* proċessur* | proċessuri* sekondarj* | sottokuntrattur*",
        cookie_policy="cookie*",
        document="politika* | avviż* | dikjarazzjoni* | informazzjoni* | noti*",
        hub="informazzjoni* legali* | legali* | ċentru* tal* fiduċja* | sigurtà* | konformità*",
        decoy="issettjar* | preferenzi* | immaniġġja | blogg* | blog* | aħbarijiet* | stampa*"
        " | artiklu* | idħol* | illoggja* | irreġistra* | kont | password* | prezzijiet*"
        " | karatteristiċi* | prodott* | soluzzjonijiet* | niżżel* | brochure* | webinar*"
        " | karrieri* | impjiegi* | avvenimenti* | għajnuna* | appoġġ* | kuntatt* | dwarna*",
        privacy_policy_text="data* personali* | kontrollur* | suġġett* tad* data* | bażi* legali*"
        " | żamma* | id* drittijiet* tiegħek* | drittijiet* | aċċess* | tħassir* | rettifika*"
        " | oġġezzjoni* | kummissarju* għall* informazzjoni* | awtorità* superviżorja*"
        " | uffiċjal* tal* protezzjoni* tad* data* | kunsens*",
        terms_text="ftehim* | kuntratt* | responsabbiltà* | liġi* applikabbli* | terminazzjoni*"
        " | garanzija* | tilwim* | qorti* | taqbel* | proprjetà* intellettwali* | liċenzja*"
        " | abbonament* | ħlas* | tariffa*",
        dpa_text="proċessur* | kontrollur* | struzzjonijiet* | sub* proċessur*"
        " | klawżoli* kuntrattwali* standard* | miżuri* tekniċi* u* organizzattivi* | awditu*"
        " | verifika* | artikolu* 28* | ksur* tad* data* | kunfidenzjalità*",
        subprocessors_text="proċessur* | lokazzjoni* | skop* | għan* | entità* | hosting*"
        " | infrastruttura* | pajjiż* | ċentru* tad* data* | fornitur*",
        cookie_policy_text="cookie* | browser* | tul* ta* żmien* | skadenza* | sessjoni*"
        " | traċċar* | analitika* | statistika* | pixel* | ħażna* lokali* | terzi* partijiet*",
    ),
    "ga": Cues(
        privacy_policy="príobháideach* | beartas* príobháideach* | ráiteas* príobháideach*"
        " | cosaint* sonraí* | sonraí* pearsanta* | fógra* príobháideach*",
        terms="téarmaí* | coinníollacha* | téarmaí* agus* coinníollacha* | téarmaí* úsáide*"
        " | coinníollacha* úsáide* | téarmaí* seirbhíse* | comhaontú* úsáideora*",
        dpa="comhaontú* próiseála* | conradh* próiseála* | comhaontú* um* phróiseáil*"
        " | aguisín* próiseála*",
        subprocessors="fo* phróiseál* | fochonraitheoir*",
        cookie_policy="fianán* | fianáin* | cookie*",
        document="beartas* | ráiteas* | fógra* | faisnéis* | polasaí*",
        hub="faisnéis* dhlíthiúil* | dlíthiúil* | dlí | ionad* iontaobhais* | slándáil*"
        " | comhlíonadh*",
        decoy="socruithe* | roghanna* | bainistigh | blag* | nuacht* | preas* | alt"
        " | logáil* isteach* | sínigh* isteach* | cláraigh* | cuntas* | pasfhocal* | praghsanna*"
        " | gnéithe* | táirge* | réitigh* | íoslódáil* | bróisiúr* | gréasánseimineár*"
        " | gairmeacha* | poist* | imeachtaí* | cabhair* | tacaíocht* | teagmháil* | fúinn*"
        " | maidir* linn*",
        privacy_policy_text="sonraí* pearsanta* | rialaitheoir* | ábhar* sonraí* | bunús* dlí*"
        " | bonn* dlíthiúil* | coinneáil* | do* chearta* | cearta* | rochtain* | scriosadh*"
        " | ceartú* | agóid* | coimisiún* um* chosaint* sonraí* | údarás* maoirseachta*"
        " | oifigeach* cosanta* sonraí* | toiliú* | rialachán* ginearálta*",
        terms_text="comhaontú* | conradh* | dliteanas* | dlí* is* infheidhme* | foirceannadh*"
        " | barántas* | díospóid* | cúirt* | aontaíonn* tú* | maoin* intleachtúil* | ceadúnas*"
        " | síntiús* | táille* | íocaíocht*",
        dpa_text="próiseálaí* | rialaitheoir* | treoracha* | fophróiseál*"
        " | clásail* chonarthacha* chaighdeánacha* | bearta* teicniúla* agus* eagraíochtúla*"
        " | iniúchadh* | airteagal* 28* | sárú* sonraí* | rúndacht*",
        subprocessors_text="próiseálaí* | suíomh* | láthair* | cuspóir* | aonán* | óstáil*"
        " | bonneagar* | tír | tíortha* | ionad* sonraí* | soláthraí*",
        cookie_policy_text="fianán* | fianáin* | brabhsálaí* | fad | éagann* | seisiún* | rianú*"
        " | anailís* | staitisticí* | picteilín* | stóráil* áitiúil* | tríú* páirtí*",
    ),
    "is": Cues(
        privacy_policy="persónuvernd* | persónuupplýsing* | friðhelg*"
        " | meðferð* persónuupplýsinga*",
        terms="skilmál* | notkunarskilmál* | almenn* skilmál* | þjónustuskilmál*"
        " | viðskiptaskilmál* | notendasamning* | leyfissamning*",
        dpa="vinnslusamning* | samningur* um* vinnslu* | vinnsluaðilasamning*",
        subprocessors="undirvinnsluaðil* | aðrir* vinnsluaðil*",
        cookie_policy="vafrakök* | vafrakak* | kökur* | cookie*",
        document="stefna* | yfirlýsing* | tilkynning* | upplýsingar* | reglur*",
        hub="lagalegar* upplýsingar* | lögfræði* | lagaleg* | traustmiðstöð* | öryggi*"
        " | regluvarsla*",
        decoy="stillingar* | *stilling* | kjörstillingar* | stjórna | blogg* | fréttir*"
        " | fjölmiðl* | grein | innskráning* | skrá* inn* | nýskráning* | aðgangur* | lykilorð*"
        " | verðskrá* | eiginleikar* | vara | lausnir* | sækja* | hlaða* niður* | bæklingur*"
        " | vefnámskeið* | störf* | starfsferill* | viðburðir* | hjálp* | aðstoð* | þjónustuver*"
        " | hafa* samband* | um* okkur*",
        privacy_policy_text="persónuupplýsing* | ábyrgðaraðil* | skráður* einstaklingur*"
        " | lagaheimild* | heimild* til* vinnslu* | varðveisl* | varðveit* | réttindi* | aðgang*"
        " | leiðrétting* | eyðing* | andmæl* | persónuvernd* | eftirlitsyfirvald*"
        " | persónuverndarfulltrú* | samþykki* | persónuverndarreglugerð*",
        terms_text="samning* | ábyrgð* | gildandi* lög* | lögsaga* | uppsögn* | ágreining*"
        " | dómstól* | þú* samþykkir* | hugverkarétt* | leyfi* | áskrift* | gjald* | greiðsl*",
        dpa_text="vinnsluaðil* | ábyrgðaraðil* | fyrirmæl* | undirvinnsluaðil*"
        " | staðlaðir* samningsskilmálar* | tæknileg* og* skipulagsleg* | úttekt* | endurskoðun*"
        " | 28* gr* | öryggisbrest* | trúnað*",
        subprocessors_text="vinnsluaðil* | undirvinnsluaðil* | staðsetning* | tilgang* | aðil*"
        " | hýsing* | innvið* | land | gagnaver* | þjónustuaðil*",
        cookie_policy_text="vafrakök* | kök | vafr* | gildistím* | rennur* út* | lota* | rakning*"
        " | greining* | tölfræði* | pixel* | staðbundin* geymsla* | þriðja* aðila*",
    ),
}
