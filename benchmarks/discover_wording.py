"""What generated vendor sites say, per language: link wordings, page titles, URL
slugs, document text and decoys. Used by ``benchmarks/discover.py`` only.

Written apart from the classifier's cue tables (extract/doctype_cues.py) and on
purpose wider than them: link wordings such as "How we use your data",
"Service providers we use" or "Rechtliches & Datenschutz", opaque URLs
(/p/4821), titles with a brand and a qualifier, and decoys that use the
documents' words (a blog post about privacy, a privacy settings sign-in page,
a product brochure, a "privacy & security" feature page, a "do not sell"
form). Sentences are plain text in the style of real documents.
"""

from __future__ import annotations

# type -> (link wordings, page titles, URL slugs)
Names = dict[str, tuple[list[str], list[str], list[str]]]

NAMES: dict[str, Names] = {
    "en": {
        "privacy_policy": (
            [
                "Privacy",
                "Privacy Policy",
                "Privacy Notice",
                "Privacy Statement",
                "Your privacy",
                "How we use your data",
                "Data protection",
            ],
            [
                "Privacy Policy",
                "Privacy Notice",
                "{brand} Privacy Statement",
                "Privacy",
                "Privacy Policy for customers and visitors",
            ],
            [
                "privacy",
                "privacy-policy",
                "legal/privacy",
                "privacy-notice",
                "policies/privacy.html",
            ],
        ),
        "terms": (
            [
                "Terms",
                "Terms of Service",
                "Terms & Conditions",
                "Terms of Use",
                "Customer Agreement",
                "Legal terms",
                "User agreement",
            ],
            [
                "Terms of Service",
                "Terms and Conditions",
                "{brand} Customer Agreement",
                "Terms of Use",
            ],
            ["terms", "terms-of-service", "legal/terms", "tos", "customer-agreement"],
        ),
        "dpa": (
            [
                "DPA",
                "Data Processing Addendum",
                "Data Processing Agreement",
                "GDPR DPA",
                "Data Protection Agreement",
            ],
            ["Data Processing Addendum", "Data Processing Agreement", "{brand} DPA"],
            ["dpa", "legal/dpa", "data-processing-addendum", "gdpr/dpa"],
        ),
        "subprocessors": (
            [
                "Sub-processors",
                "Subprocessors",
                "List of sub-processors",
                "Service providers we use",
                "Third-party subprocessors",
            ],
            ["Sub-processors", "{brand} Subprocessor List", "Our sub-processors"],
            ["subprocessors", "sub-processors", "legal/subprocessors", "trust/subprocessors"],
        ),
        "cookie_policy": (
            ["Cookies", "Cookie Policy", "Cookie Notice", "About cookies", "Use of cookies"],
            ["Cookie Policy", "Cookie Notice", "How we use cookies"],
            ["cookies", "cookie-policy", "legal/cookies", "cookie-notice"],
        ),
    },
    "de": {
        "privacy_policy": (
            [
                "Datenschutz",
                "Datenschutzerklärung",
                "Datenschutzhinweise",
                "Privatsphäre",
                "Hinweise zum Datenschutz",
            ],
            ["Datenschutzerklärung", "Datenschutzhinweise der {brand}", "Datenschutz"],
            ["datenschutz", "datenschutzerklaerung", "rechtliches/datenschutz", "de/datenschutz"],
        ),
        "terms": (
            [
                "AGB",
                "Allgemeine Geschäftsbedingungen",
                "Nutzungsbedingungen",
                "Vertragsbedingungen",
            ],
            ["Allgemeine Geschäftsbedingungen", "AGB der {brand}", "Nutzungsbedingungen"],
            ["agb", "nutzungsbedingungen", "rechtliches/agb", "de/agb"],
        ),
        "dpa": (
            [
                "AVV",
                "Auftragsverarbeitungsvertrag",
                "Vertrag zur Auftragsverarbeitung",
                "Auftragsverarbeitung (Art. 28 DSGVO)",
            ],
            ["Vertrag zur Auftragsverarbeitung", "Auftragsverarbeitungsvertrag (AVV)"],
            ["avv", "auftragsverarbeitung", "rechtliches/avv"],
        ),
        "subprocessors": (
            ["Unterauftragsverarbeiter", "Liste der Unterauftragsverarbeiter", "Subunternehmer"],
            ["Unterauftragsverarbeiter", "Liste der Unterauftragsverarbeiter der {brand}"],
            ["unterauftragsverarbeiter", "rechtliches/subunternehmer"],
        ),
        "cookie_policy": (
            ["Cookies", "Cookie-Richtlinie", "Cookie-Hinweise", "Informationen zu Cookies"],
            ["Cookie-Richtlinie", "Hinweise zu Cookies"],
            ["cookies", "cookie-richtlinie", "rechtliches/cookies"],
        ),
    },
    "fr": {
        "privacy_policy": (
            [
                "Confidentialité",
                "Politique de confidentialité",
                "Vie privée",
                "Protection des données personnelles",
                "Données personnelles",
            ],
            [
                "Politique de confidentialité",
                "Protection des données personnelles",
                "Charte vie privée de {brand}",
            ],
            [
                "confidentialite",
                "politique-de-confidentialite",
                "legal/vie-privee",
                "fr/donnees-personnelles",
            ],
        ),
        "terms": (
            [
                "CGU",
                "Conditions générales",
                "Conditions générales d'utilisation",
                "CGV",
                "Conditions d'utilisation",
            ],
            ["Conditions générales d'utilisation", "Conditions générales de vente de {brand}"],
            ["cgu", "conditions-generales", "legal/cgv", "fr/conditions-utilisation"],
        ),
        "dpa": (
            ["Accord de traitement des données", "Contrat de sous-traitance (RGPD)", "DPA"],
            ["Accord de traitement des données", "Contrat de sous-traitance"],
            ["dpa", "accord-traitement-donnees", "legal/sous-traitance"],
        ),
        "subprocessors": (
            ["Sous-traitants", "Liste des sous-traitants", "Nos sous-traitants ultérieurs"],
            ["Liste des sous-traitants ultérieurs", "Sous-traitants de {brand}"],
            ["sous-traitants", "legal/sous-traitants"],
        ),
        "cookie_policy": (
            ["Cookies", "Politique cookies", "Gestion des traceurs et cookies"],
            ["Politique relative aux cookies", "Cookies et traceurs"],
            ["cookies", "politique-cookies", "legal/cookies"],
        ),
    },
    "nb": {
        "privacy_policy": (
            [
                "Personvern",
                "Personvernerklæring",
                "Personvernpolicy",
                "Slik behandler vi personopplysninger",
            ],
            ["Personvernerklæring", "Personvern i {brand}", "Personvernerklæring for kunder"],
            ["personvern", "personvernerklaering", "juridisk/personvern", "no/personvern"],
        ),
        "terms": (
            ["Vilkår", "Brukervilkår", "Salgsvilkår", "Avtalevilkår", "Vilkår for bruk"],
            ["Brukervilkår", "Vilkår for {brand}", "Generelle vilkår"],
            ["vilkar", "brukervilkar", "juridisk/vilkar"],
        ),
        "dpa": (
            ["Databehandleravtale", "Databehandleravtale (PDF)", "DPA"],
            ["Databehandleravtale", "Databehandleravtale for kunder av {brand}"],
            ["databehandleravtale", "juridisk/databehandleravtale", "dpa"],
        ),
        "subprocessors": (
            ["Underleverandører", "Våre underdatabehandlere", "Liste over underleverandører"],
            ["Underleverandører", "Underdatabehandlere i {brand}"],
            ["underleverandorer", "juridisk/underdatabehandlere"],
        ),
        "cookie_policy": (
            ["Informasjonskapsler", "Cookies", "Om informasjonskapsler"],
            ["Informasjonskapsler", "Bruk av informasjonskapsler (cookies)"],
            ["informasjonskapsler", "cookies", "juridisk/cookies"],
        ),
    },
    "sv": {
        "privacy_policy": (
            [
                "Integritetspolicy",
                "Integritet",
                "Personuppgifter",
                "Så hanterar vi dina personuppgifter",
            ],
            ["Integritetspolicy", "{brand}s integritetspolicy", "Behandling av personuppgifter"],
            ["integritetspolicy", "integritet", "juridiskt/integritet", "sv/personuppgifter"],
        ),
        "terms": (
            ["Villkor", "Allmänna villkor", "Användarvillkor", "Köpvillkor"],
            ["Allmänna villkor", "Användarvillkor för {brand}"],
            ["villkor", "allmanna-villkor", "juridiskt/villkor"],
        ),
        "dpa": (
            ["Personuppgiftsbiträdesavtal", "PUB-avtal", "Biträdesavtal"],
            ["Personuppgiftsbiträdesavtal", "Biträdesavtal för {brand}"],
            ["pub-avtal", "bitradesavtal", "juridiskt/pub"],
        ),
        "subprocessors": (
            ["Underbiträden", "Våra underbiträden", "Lista över underbiträden"],
            ["Underbiträden", "Underbiträden som {brand} anlitar"],
            ["underbitraden", "juridiskt/underbitraden"],
        ),
        "cookie_policy": (
            ["Cookies", "Kakor", "Cookiepolicy", "Om kakor"],
            ["Cookiepolicy", "Om kakor (cookies)"],
            ["cookies", "cookiepolicy", "kakor"],
        ),
    },
    "es": {
        "privacy_policy": (
            ["Privacidad", "Política de privacidad", "Protección de datos", "Aviso de privacidad"],
            ["Política de privacidad", "Política de protección de datos de {brand}"],
            ["privacidad", "politica-de-privacidad", "legal/privacidad", "es/proteccion-de-datos"],
        ),
        "terms": (
            [
                "Términos y condiciones",
                "Condiciones de uso",
                "Términos del servicio",
                "Condiciones generales",
            ],
            ["Términos y condiciones", "Condiciones generales de {brand}"],
            ["terminos", "condiciones-de-uso", "legal/terminos"],
        ),
        "dpa": (
            ["Contrato de encargo del tratamiento", "Acuerdo de tratamiento de datos", "DPA"],
            ["Contrato de encargado del tratamiento", "Acuerdo de tratamiento de datos"],
            ["dpa", "encargo-del-tratamiento", "legal/dpa"],
        ),
        "subprocessors": (
            [
                "Subencargados",
                "Lista de subencargados del tratamiento",
                "Proveedores que utilizamos",
            ],
            ["Subencargados del tratamiento", "Subencargados de {brand}"],
            ["subencargados", "legal/subencargados"],
        ),
        "cookie_policy": (
            ["Cookies", "Política de cookies", "Uso de cookies"],
            ["Política de cookies", "Uso de cookies"],
            ["cookies", "politica-de-cookies", "legal/cookies"],
        ),
    },
}

# Pages that list legal documents, and what they are called.
HUBS: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        ["Legal", "Legal center", "Trust Center", "Policies", "Legal information"],
        ["legal", "trust", "policies", "legal-center"],
    ),
    "de": (
        ["Rechtliches", "Rechtliche Hinweise", "Rechtliches & Datenschutz", "Trust Center"],
        ["rechtliches", "recht", "trust"],
    ),
    "fr": (
        ["Mentions légales", "Informations légales", "Juridique", "Centre de confiance"],
        ["legal", "mentions-legales", "juridique"],
    ),
    "nb": (
        ["Juridisk", "Juridiske dokumenter", "Vilkår og personvern", "Tillit og sikkerhet"],
        ["juridisk", "dokumenter", "tillit"],
    ),
    "sv": (
        ["Juridiskt", "Juridisk information", "Villkor och policyer", "Förtroende"],
        ["juridiskt", "juridik", "villkor-och-policyer"],
    ),
    "es": (
        ["Legal", "Aviso legal", "Información legal", "Centro de confianza"],
        ["legal", "aviso-legal", "informacion-legal"],
    ),
}

# type -> (section headings, sentences). {brand} is the vendor's name.
BODIES: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "en": {
        "privacy_policy": (
            [
                "Who we are",
                "What personal data we collect",
                "Why we use it",
                "Who we share it with",
                "How long we keep it",
                "Your rights",
                "Contact",
            ],
            [
                "{brand} is the controller of the personal data described in this notice.",
                "We collect your name, email address, billing details and how you use the service.",
                "We process this data to provide the service, on the legal basis of our contract"
                " with you.",
                "With your consent we also send newsletters; you can withdraw consent at any time.",
                "We share personal data with service providers who process it on our behalf.",
                "We keep account data for as long as your account is active and delete it 90 days"
                " after.",
                "You have the right to access, rectify and erase your personal data and to object.",
                "You may lodge a complaint with your data protection supervisory authority.",
                "Our data protection officer can be reached at privacy@{domain}.",
            ],
        ),
        "terms": (
            [
                "Acceptance",
                "Your account",
                "Fees and payment",
                "Liability",
                "Termination",
                "Governing law",
            ],
            [
                "By using the services you agree to be bound by these terms.",
                "You are responsible for all activity under your account.",
                "Fees are charged in advance for each billing period and are non-refundable.",
                "The services are provided as is, without warranty of any kind.",
                "Our aggregate liability shall not exceed the amounts paid in the preceding"
                " twelve months.",
                "Either party may terminate this agreement for material breach on thirty days'"
                " notice.",
                "This agreement is governed by the laws of Ireland; the courts of Dublin have"
                " jurisdiction.",
                "You must not infringe the intellectual property of {brand} or of third parties.",
            ],
        ),
        "dpa": (
            [
                "Definitions",
                "Processing of personal data",
                "Sub-processing",
                "Security",
                "Audits",
                "International transfers",
            ],
            [
                "This addendum forms part of the agreement between Customer and {brand}.",
                "Customer is the controller and {brand} is the processor of Customer Personal"
                " Data.",
                "The processor shall process personal data only on documented instructions from"
                " the controller.",
                "The processor may engage sub-processors subject to prior notice and a right to"
                " object.",
                "The processor implements appropriate technical and organisational measures.",
                "The processor shall notify the controller of a personal data breach without"
                " undue delay.",
                "The controller may audit compliance with Article 28 of the GDPR once a year.",
                "Transfers to third countries are governed by the Standard Contractual Clauses.",
            ],
        ),
        "subprocessors": (
            ["Infrastructure", "Customer support", "Payments", "Updates"],
            [
                "{brand} engages the following sub-processors to deliver the services.",
                "Amazon Web Services - hosting - Ireland.",
                "Google Cloud - data storage - Belgium.",
                "Intercom - customer messaging - United States.",
                "Stripe - payment processing - Ireland.",
                "Sentry - error monitoring - United States.",
                "We notify customers 30 days before adding a new sub-processor.",
            ],
        ),
        "cookie_policy": (
            ["What are cookies", "Cookies we use", "Managing cookies"],
            [
                "Cookies are small text files placed on your device by your browser.",
                "Strictly necessary cookies keep you signed in and expire at the end of the"
                " session.",
                "Analytics cookies such as _ga help us measure traffic and expire after two years.",
                "Advertising cookies set by third parties track visits across websites.",
                "You can change your preferences in the cookie banner or block cookies in your"
                " browser.",
            ],
        ),
    },
    "de": {
        "privacy_policy": (
            [
                "Verantwortlicher",
                "Welche Daten wir verarbeiten",
                "Zwecke und Rechtsgrundlagen",
                "Empfänger",
                "Speicherdauer",
                "Ihre Rechte",
            ],
            [
                "Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die"
                " {brand}.",
                "Wir verarbeiten Name, E-Mail-Adresse und Nutzungsdaten, wenn Sie unseren Dienst"
                " nutzen.",
                "Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO, soweit die Verarbeitung zur"
                " Vertragserfüllung erforderlich ist.",
                "Ihre Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.",
                "Wir löschen Ihre Daten, sobald sie für die genannten Zwecke nicht mehr"
                " erforderlich sind.",
                "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Widerspruch.",
                "Sie können sich bei einer Aufsichtsbehörde beschweren.",
                "Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@{domain}.",
            ],
        ),
        "terms": (
            [
                "Geltungsbereich",
                "Vertragsschluss",
                "Preise und Zahlung",
                "Haftung",
                "Kündigung",
                "Schlussbestimmungen",
            ],
            [
                "Diese Bedingungen gelten für alle Verträge zwischen der {brand} und ihren Kunden.",
                "Der Vertrag kommt mit der Registrierung zustande.",
                "Die Entgelte sind jeweils im Voraus für die Vertragslaufzeit zu zahlen.",
                "Wir haften unbeschränkt nur für Vorsatz und grobe Fahrlässigkeit.",
                "Der Vertrag kann mit einer Frist von einem Monat zum Monatsende gekündigt werden.",
                "Es gilt deutsches Recht; Gerichtsstand ist München.",
            ],
        ),
        "dpa": (
            [
                "Gegenstand",
                "Weisungen",
                "Unterauftragsverarbeitung",
                "Technische und organisatorische Maßnahmen",
                "Kontrollrechte",
            ],
            [
                "Dieser Vertrag regelt die Verarbeitung personenbezogener Daten durch die {brand}"
                " im Auftrag des Kunden.",
                "Der Kunde ist Verantwortlicher, die {brand} ist Auftragsverarbeiter im Sinne von"
                " Art. 28 DSGVO.",
                "Der Auftragsverarbeiter verarbeitet die Daten ausschließlich auf dokumentierte"
                " Weisung.",
                "Der Einsatz weiterer Unterauftragsverarbeiter bedarf der vorherigen Information"
                " des Kunden.",
                "Der Auftragsverarbeiter trifft die technischen und organisatorischen Maßnahmen"
                " nach Anlage 2.",
                "Der Kunde ist berechtigt, die Einhaltung dieses Vertrags zu kontrollieren.",
            ],
        ),
        "subprocessors": (
            ["Hosting", "Support", "Zahlungsabwicklung"],
            [
                "Die {brand} setzt die folgenden Unterauftragsverarbeiter ein.",
                "Hetzner Online GmbH - Hosting - Deutschland.",
                "Amazon Web Services EMEA SARL - Speicherung - Irland.",
                "Zendesk Inc. - Kundensupport - USA.",
                "Stripe Payments Europe Ltd. - Zahlungsabwicklung - Irland.",
                "Über neue Unterauftragsverarbeiter informieren wir vier Wochen im Voraus.",
            ],
        ),
        "cookie_policy": (
            ["Was sind Cookies?", "Welche Cookies wir verwenden", "Ihre Wahl"],
            [
                "Cookies sind kleine Textdateien, die Ihr Browser speichert.",
                "Technisch notwendige Cookies speichern Ihre Sitzung und werden beim Schließen"
                " des Browsers gelöscht.",
                "Analyse-Cookies wie _ga haben eine Laufzeit von zwei Jahren.",
                "Marketing-Cookies von Drittanbietern verfolgen Ihre Besuche auf anderen Websites.",
                "Sie können Ihre Einwilligung jederzeit im Cookie-Banner ändern.",
            ],
        ),
    },
    "fr": {
        "privacy_policy": (
            [
                "Responsable du traitement",
                "Données collectées",
                "Finalités et bases légales",
                "Destinataires",
                "Durée de conservation",
                "Vos droits",
            ],
            [
                "{brand} est responsable du traitement de vos données personnelles.",
                "Nous collectons vos nom, adresse e-mail et données d'utilisation du service.",
                "Ces traitements reposent sur l'exécution du contrat et sur notre intérêt"
                " légitime.",
                "Vous pouvez retirer votre consentement à tout moment.",
                "Vos données sont conservées pendant la durée de votre abonnement puis trois ans.",
                "Vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition.",
                "Vous pouvez introduire une réclamation auprès de la CNIL.",
                "Notre délégué à la protection des données est joignable à dpo@{domain}.",
            ],
        ),
        "terms": (
            [
                "Objet",
                "Accès au service",
                "Prix et paiement",
                "Responsabilité",
                "Résiliation",
                "Droit applicable",
            ],
            [
                "Les présentes conditions régissent l'utilisation des services de {brand}.",
                "En créant un compte, vous acceptez les présentes conditions.",
                "Les prix sont payables d'avance pour chaque période d'abonnement.",
                "La responsabilité de {brand} est limitée aux dommages directs.",
                "Chaque partie peut résilier le contrat moyennant un préavis d'un mois.",
                "Les présentes sont soumises au droit français; tout litige relève des tribunaux"
                " de Paris.",
            ],
        ),
        "dpa": (
            ["Objet", "Instructions", "Sous-traitance ultérieure", "Sécurité", "Audit"],
            [
                "Le présent accord encadre les traitements réalisés par {brand} pour le compte du"
                " client.",
                "Le client agit en qualité de responsable du traitement et {brand} en qualité de"
                " sous-traitant.",
                "Le sous-traitant traite les données uniquement sur instruction documentée du"
                " responsable du traitement.",
                "Le sous-traitant peut recourir à des sous-traitants ultérieurs après information"
                " préalable du client.",
                "Le sous-traitant met en œuvre des mesures techniques et organisationnelles"
                " appropriées.",
                "Le client peut réaliser un audit conformément à l'article 28 du RGPD.",
            ],
        ),
        "subprocessors": (
            ["Hébergement", "Support", "Paiement"],
            [
                "{brand} fait appel aux sous-traitants ultérieurs suivants.",
                "OVHcloud - hébergement - France.",
                "Scaleway - stockage - France.",
                "Brevo - envoi d'e-mails - France.",
                "Stripe - paiement - Irlande.",
                "Toute modification de cette liste est notifiée aux clients trente jours à"
                " l'avance.",
            ],
        ),
        "cookie_policy": (
            ["Qu'est-ce qu'un cookie ?", "Les cookies que nous utilisons", "Vos choix"],
            [
                "Un cookie est un petit fichier déposé sur votre terminal par votre navigateur.",
                "Les cookies strictement nécessaires expirent à la fin de votre session.",
                "Les cookies de mesure d'audience sont conservés treize mois au maximum.",
                "Des traceurs publicitaires déposés par des tiers suivent votre navigation.",
                "Vous pouvez modifier vos choix à tout moment depuis le bandeau cookies.",
            ],
        ),
    },
    "nb": {
        "privacy_policy": (
            [
                "Behandlingsansvarlig",
                "Hvilke opplysninger vi behandler",
                "Formål og grunnlag",
                "Deling",
                "Lagringstid",
                "Dine rettigheter",
            ],
            [
                "{brand} er behandlingsansvarlig for personopplysningene som beskrives her.",
                "Vi behandler navn, e-postadresse og opplysninger om hvordan du bruker tjenesten.",
                "Behandlingsgrunnlaget er avtalen med deg, jf. personvernforordningen artikkel 6.",
                "Du kan når som helst trekke tilbake samtykket ditt.",
                "Opplysningene slettes når kundeforholdet avsluttes, med mindre loven krever"
                " lengre lagring.",
                "Du har rett til innsyn, retting og sletting, og til å protestere mot"
                " behandlingen.",
                "Du kan klage til Datatilsynet.",
                "Personvernombudet vårt nås på personvern@{domain}.",
            ],
        ),
        "terms": (
            ["Avtalen", "Betaling", "Ansvar", "Oppsigelse", "Tvister"],
            [
                "Disse vilkårene gjelder for bruk av tjenestene til {brand}.",
                "Abonnementet betales forskuddsvis per måned.",
                "Vårt ansvar er begrenset til det du har betalt de siste tolv månedene.",
                "Avtalen kan sies opp med én måneds varsel.",
                "Avtalen er underlagt norsk rett, og Oslo tingrett er verneting.",
            ],
        ),
        "dpa": (
            ["Formål", "Instruks", "Underdatabehandlere", "Sikkerhet", "Revisjon"],
            [
                "Avtalen regulerer behandling av personopplysninger som {brand} utfører på vegne"
                " av kunden.",
                "Kunden er behandlingsansvarlig og {brand} er databehandler.",
                "Databehandleren skal kun behandle personopplysninger etter dokumentert instruks.",
                "Bruk av underdatabehandlere krever at kunden varsles på forhånd.",
                "Databehandleren skal gjennomføre egnede tekniske og organisatoriske tiltak.",
                "Kunden har rett til revisjon, jf. personvernforordningen artikkel 28.",
            ],
        ),
        "subprocessors": (
            ["Drift", "Kundeservice", "Betaling"],
            [
                "{brand} bruker følgende underleverandører som behandler personopplysninger.",
                "Microsoft Azure - drift - Norge.",
                "Amazon Web Services - lagring - Irland.",
                "Zendesk - kundeservice - USA.",
                "Nets - betaling - Danmark.",
                "Vi varsler kundene 30 dager før en ny underleverandør tas i bruk.",
            ],
        ),
        "cookie_policy": (
            ["Hva er informasjonskapsler", "Hvilke vi bruker", "Dine valg"],
            [
                "Informasjonskapsler er små tekstfiler som nettleseren lagrer på enheten din.",
                "Nødvendige informasjonskapsler husker innloggingen din gjennom økten.",
                "Analyseverktøy som Google Analytics lagrer informasjonskapsler i opptil to år.",
                "Tredjeparter kan bruke informasjonskapsler til sporing og annonser.",
                "Du kan endre samtykket ditt når som helst.",
            ],
        ),
    },
    "sv": {
        "privacy_policy": (
            [
                "Personuppgiftsansvarig",
                "Vilka uppgifter vi behandlar",
                "Ändamål och rättslig grund",
                "Mottagare",
                "Lagringstid",
                "Dina rättigheter",
            ],
            [
                "{brand} är personuppgiftsansvarig för behandlingen av dina personuppgifter.",
                "Vi behandlar namn, e-postadress och uppgifter om hur du använder tjänsten.",
                "Den rättsliga grunden är att fullgöra avtalet med dig.",
                "Du kan när som helst återkalla ditt samtycke.",
                "Uppgifterna raderas när kundförhållandet upphör.",
                "Du har rätt att begära tillgång, rättelse och radering av dina uppgifter.",
                "Du kan lämna klagomål till Integritetsskyddsmyndigheten (IMY).",
                "Vårt dataskyddsombud nås på dataskydd@{domain}.",
            ],
        ),
        "terms": (
            ["Avtalet", "Betalning", "Ansvarsbegränsning", "Uppsägning", "Tvist"],
            [
                "Dessa villkor gäller när du använder tjänster från {brand}.",
                "Avgiften betalas i förskott för varje period.",
                "Vårt ansvar är begränsat till avgifterna under de senaste tolv månaderna.",
                "Avtalet kan sägas upp med en månads uppsägningstid.",
                "Svensk lag gäller och tvister avgörs av allmän domstol.",
            ],
        ),
        "dpa": (
            ["Bakgrund", "Instruktioner", "Underbiträden", "Säkerhet", "Granskning"],
            [
                "Detta avtal reglerar {brand}s behandling av personuppgifter för kundens räkning.",
                "Kunden är personuppgiftsansvarig och {brand} är personuppgiftsbiträde.",
                "Biträdet får endast behandla personuppgifter enligt kundens dokumenterade"
                " instruktioner.",
                "Biträdet får anlita underbiträden efter att ha informerat kunden.",
                "Biträdet vidtar lämpliga tekniska och organisatoriska åtgärder.",
                "Kunden har rätt att granska att avtalet följs.",
            ],
        ),
        "subprocessors": (
            ["Drift", "Support", "Betalning"],
            [
                "{brand} anlitar följande underbiträden.",
                "Microsoft Azure - drift - Sverige.",
                "Amazon Web Services - lagring - Irland.",
                "Zendesk - kundsupport - USA.",
                "Klarna - betalning - Sverige.",
                "Vi informerar 30 dagar innan ett nytt underbiträde anlitas.",
            ],
        ),
        "cookie_policy": (
            ["Vad är kakor", "Kakor vi använder", "Dina val"],
            [
                "Kakor är små textfiler som lagras i din webbläsare.",
                "Nödvändiga kakor håller dig inloggad under sessionen.",
                "Analyskakor som _ga sparas i upp till två år.",
                "Tredje parter kan använda kakor för spårning och annonser.",
                "Du kan ändra dina val i cookie-bannern.",
            ],
        ),
    },
    "es": {
        "privacy_policy": (
            [
                "Responsable",
                "Datos que tratamos",
                "Finalidad y legitimación",
                "Destinatarios",
                "Conservación",
                "Sus derechos",
            ],
            [
                "{brand} es el responsable del tratamiento de sus datos personales.",
                "Tratamos su nombre, correo electrónico y datos de uso del servicio.",
                "La base jurídica es la ejecución del contrato que nos vincula.",
                "Puede retirar su consentimiento en cualquier momento.",
                "Conservaremos los datos mientras dure la relación contractual.",
                "Puede ejercer sus derechos de acceso, rectificación, supresión y oposición.",
                "Puede presentar una reclamación ante la AEPD.",
                "Nuestro delegado de protección de datos atiende en dpo@{domain}.",
            ],
        ),
        "terms": (
            [
                "Objeto",
                "Registro",
                "Precio y pago",
                "Responsabilidad",
                "Resolución",
                "Ley aplicable",
            ],
            [
                "Estas condiciones regulan el uso de los servicios de {brand}.",
                "Al registrarse, usted acepta estas condiciones.",
                "El precio se abona por adelantado en cada periodo.",
                "La responsabilidad de {brand} se limita a los importes pagados en los últimos"
                " doce meses.",
                "Cualquiera de las partes puede resolver el contrato con un mes de preaviso.",
                "Se aplica la legislación española; serán competentes los tribunales de Madrid.",
            ],
        ),
        "dpa": (
            ["Objeto", "Instrucciones", "Subencargados", "Seguridad", "Auditoría"],
            [
                "Este contrato regula el tratamiento de datos que {brand} realiza por cuenta del"
                " cliente.",
                "El cliente es el responsable del tratamiento y {brand} el encargado del"
                " tratamiento.",
                "El encargado tratará los datos únicamente siguiendo instrucciones documentadas"
                " del responsable.",
                "El encargado podrá recurrir a subencargados previa información al cliente.",
                "El encargado aplicará medidas técnicas y organizativas apropiadas.",
                "El cliente podrá realizar auditorías conforme al artículo 28 del RGPD.",
            ],
        ),
        "subprocessors": (
            ["Alojamiento", "Soporte", "Pagos"],
            [
                "{brand} recurre a los siguientes subencargados del tratamiento.",
                "Amazon Web Services - alojamiento - Irlanda.",
                "Google Cloud - almacenamiento - Bélgica.",
                "Zendesk - soporte - Estados Unidos.",
                "Stripe - pagos - Irlanda.",
                "Informamos de cualquier nuevo subencargado con treinta días de antelación.",
            ],
        ),
        "cookie_policy": (
            ["Qué son las cookies", "Cookies que utilizamos", "Cómo gestionarlas"],
            [
                "Las cookies son pequeños archivos que su navegador almacena.",
                "Las cookies técnicas mantienen su sesión y caducan al cerrar el navegador.",
                "Las cookies analíticas como _ga tienen una duración de dos años.",
                "Terceros pueden usar cookies para seguimiento publicitario.",
                "Puede cambiar sus preferencias en el banner de cookies.",
            ],
        ),
    },
}

# Decoys: (title, text) per language. A blog post about privacy, a sign-in page for
# privacy settings, a brochure, and a feature page that sells privacy.
DECOYS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "blog": (
            "How we think about privacy",
            "By Sam Lee, CEO - 6 min read. Privacy has been part of {brand} from day one. We"
            " believe"
            " personal data belongs to the people it describes, so we collect as little as we"
            " can, never sell it to third parties, and give everyone control over consent."
            " Regulations like the GDPR gave people rights; we want to make them easy to use."
            " Share this post, and subscribe to our newsletter for more stories.",
        ),
        "settings": (
            "Privacy settings",
            "Sign in to manage your privacy settings. Email. Password."
            " Forgot your password? Create an account.",
        ),
        "brochure": (
            "{brand} product brochure",
            "{brand} helps 3,000 teams work faster. Security and"
            " privacy built in: encryption, SSO, audit logs. Plans from 9 USD per user."
            " Book a demo with our sales team today.",
        ),
        "feature": (
            "Privacy & security features",
            "Enterprise-grade security for your data. {brand}"
            " is GDPR-ready with data residency in the EU, consent tools and retention"
            " controls. Start your free trial.",
        ),
        "donotsell": (
            "Do Not Sell or Share My Personal Information",
            "Use this form to opt out of"
            " the sale or sharing of your personal information. Email address. Submit.",
        ),
    },
    "de": {
        "blog": (
            "Wie wir über Datenschutz denken",
            "Von Lena Schmidt, 5 Minuten Lesezeit. Datenschutz ist für die {brand} kein"
            " Zusatz. Wir glauben, dass personenbezogene Daten den Menschen gehören. Deshalb"
            " sammeln wir so wenig wie möglich und verkaufen nichts an Dritte. Die DSGVO gibt"
            " allen Rechte, wir wollen sie einfach machen. Teilen Sie diesen Beitrag!",
        ),
        "settings": (
            "Datenschutzeinstellungen",
            "Melden Sie sich an, um Ihre"
            " Datenschutzeinstellungen zu ändern. E-Mail. Passwort. Passwort vergessen?",
        ),
        "brochure": (
            "{brand} Produktbroschüre",
            "Über 2.000 Unternehmen vertrauen der {brand}."
            " Sicherheit und Datenschutz inklusive. Tarife ab 9 Euro pro Nutzer. Jetzt"
            " Demo vereinbaren.",
        ),
        "feature": (
            "Sicherheit & Datenschutz",
            "Sicherheit auf Enterprise-Niveau. {brand} ist"
            " DSGVO-konform mit Hosting in Deutschland. Jetzt kostenlos testen.",
        ),
    },
    "fr": {
        "blog": (
            "Notre vision de la vie privée",
            "Par Claire Martin, 5 min de lecture. Chez {brand}, la protection des données"
            " personnelles n'est pas une option. Nous collectons le minimum, nous ne vendons"
            " rien à des tiers et le RGPD est pour nous un point de départ. Partagez cet"
            " article et abonnez-vous à notre newsletter.",
        ),
        "settings": (
            "Paramètres de confidentialité",
            "Connectez-vous pour gérer vos paramètres de"
            " confidentialité. E-mail. Mot de passe. Mot de passe oublié ?",
        ),
        "brochure": (
            "Plaquette {brand}",
            "Plus de 1 500 entreprises font confiance à {brand}."
            " Sécurité et confidentialité incluses. Offres dès 9 euros par utilisateur."
            " Demandez une démo.",
        ),
        "feature": (
            "Sécurité et confidentialité",
            "Une sécurité de niveau entreprise. {brand} est"
            " conforme au RGPD, hébergé en France. Essai gratuit de 14 jours.",
        ),
    },
    "nb": {
        "blog": (
            "Slik tenker vi om personvern",
            "Av Ola Hansen, 4 minutter lesetid. Personvern har vært viktig for {brand} fra"
            " første dag. Vi samler inn så lite personopplysninger som mulig og selger aldri"
            " noe til tredjeparter. Del gjerne innlegget og meld deg på nyhetsbrevet.",
        ),
        "settings": (
            "Personverninnstillinger",
            "Logg inn for å endre personverninnstillingene dine. E-post. Passord. Glemt passord?",
        ),
        "brochure": (
            "{brand} brosjyre",
            "Over 1000 norske bedrifter bruker {brand}. Sikkerhet og"
            " personvern er innebygd. Priser fra 99 kroner per bruker. Book en demo.",
        ),
        "feature": (
            "Sikkerhet og personvern",
            "Sikkerhet i toppklasse. {brand} lagrer alt i Norge"
            " og følger GDPR. Prøv gratis i 30 dager.",
        ),
    },
    "sv": {
        "blog": (
            "Så tänker vi kring integritet",
            "Av Anna Berg, 4 minuters läsning. Integritet har varit viktigt för {brand} från"
            " början. Vi samlar in så lite personuppgifter som möjligt och säljer aldrig"
            " något till tredje part. Dela inlägget och prenumerera på nyhetsbrevet.",
        ),
        "settings": (
            "Integritetsinställningar",
            "Logga in för att ändra dina"
            " integritetsinställningar. E-post. Lösenord. Glömt lösenordet?",
        ),
        "brochure": (
            "{brand} produktblad",
            "Över 800 företag använder {brand}. Säkerhet och"
            " integritet ingår. Priser från 99 kronor per användare. Boka en demo.",
        ),
        "feature": (
            "Säkerhet och integritet",
            "Säkerhet i världsklass. {brand} lagrar data i"
            " Sverige och följer GDPR. Prova gratis i 30 dagar.",
        ),
    },
    "es": {
        "blog": (
            "Cómo entendemos la privacidad",
            "Por Lucía García, 5 minutos de lectura. En {brand} la protección de datos"
            " personales es una prioridad. Recogemos lo mínimo y nunca vendemos datos a"
            " terceros. Comparte este artículo y suscríbete a nuestro boletín.",
        ),
        "settings": (
            "Configuración de privacidad",
            "Inicia sesión para gestionar tu configuración"
            " de privacidad. Correo. Contraseña. ¿Olvidaste tu contraseña?",
        ),
        "brochure": (
            "Folleto de {brand}",
            "Más de 2.000 empresas confían en {brand}. Seguridad y"
            " privacidad incluidas. Planes desde 9 euros por usuario. Solicita una demo.",
        ),
        "feature": (
            "Seguridad y privacidad",
            "Seguridad de nivel empresarial. {brand} cumple el"
            " RGPD con alojamiento en la UE. Prueba gratis durante 14 días.",
        ),
    },
}

# Traps that are close to a document: a form to request the DPA (no DPA is
# published), and a privacy notice for job applicants (a real notice, but not
# the vendor's privacy policy). (title, text) per language.
TRAPS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "dparequest": (
            "Request our DPA",
            "Need a signed data processing agreement? Fill in your"
            " company name, VAT number and email and our legal team will send the DPA"
            " for signature within two business days. Company. Email. Send request.",
        ),
        "applicants": (
            "Privacy notice for job applicants",
            "When you apply for a job at {brand}"
            " we process your CV, cover letter and interview notes to assess your"
            " application. We keep them for six months after the position is filled."
            " You have the right to access and erase your personal data.",
        ),
    },
    "de": {
        "dparequest": (
            "AVV anfordern",
            "Sie benötigen einen unterschriebenen"
            " Auftragsverarbeitungsvertrag? Tragen Sie Firma und E-Mail ein, unser"
            " Rechtsteam sendet Ihnen den AVV zur Unterschrift. Firma. E-Mail. Absenden.",
        ),
        "applicants": (
            "Datenschutzhinweise für Bewerber",
            "Wenn Sie sich bei der {brand} bewerben,"
            " verarbeiten wir Ihren Lebenslauf und Ihr Anschreiben, um Ihre Bewerbung zu"
            " prüfen. Wir löschen die Unterlagen sechs Monate nach Abschluss des"
            " Verfahrens. Sie haben ein Recht auf Auskunft und Löschung.",
        ),
    },
    "fr": {
        "dparequest": (
            "Demander notre DPA",
            "Besoin d'un accord de traitement des données signé ?"
            " Indiquez votre société et votre e-mail, notre équipe juridique vous"
            " l'enverra. Société. E-mail. Envoyer.",
        ),
        "applicants": (
            "Politique de confidentialité des candidats",
            "Lorsque vous postulez chez"
            " {brand}, nous traitons votre CV et votre lettre de motivation pour étudier"
            " votre candidature. Nous les conservons six mois. Vous disposez d'un droit"
            " d'accès et d'effacement.",
        ),
    },
    "nb": {
        "dparequest": (
            "Be om databehandleravtale",
            "Trenger du en signert databehandleravtale?"
            " Fyll inn firmanavn og e-post, så sender vi avtalen til signering."
            " Firma. E-post. Send.",
        ),
        "applicants": (
            "Personvernerklæring for jobbsøkere",
            "Når du søker jobb hos {brand},"
            " behandler vi CV og søknadsbrev for å vurdere søknaden. Vi sletter"
            " opplysningene seks måneder etter at stillingen er besatt. Du har rett"
            " til innsyn og sletting.",
        ),
    },
    "sv": {
        "dparequest": (
            "Begär vårt biträdesavtal",
            "Behöver du ett undertecknat"
            " personuppgiftsbiträdesavtal? Fyll i företag och e-post så skickar vi"
            " avtalet. Företag. E-post. Skicka.",
        ),
        "applicants": (
            "Integritetspolicy för arbetssökande",
            "När du söker jobb hos {brand}"
            " behandlar vi ditt CV och personliga brev för att bedöma ansökan. Vi"
            " raderar uppgifterna sex månader efter rekryteringen. Du har rätt till"
            " tillgång och radering.",
        ),
    },
    "es": {
        "dparequest": (
            "Solicita nuestro DPA",
            "¿Necesitas un contrato de encargo del tratamiento"
            " firmado? Indica tu empresa y tu correo y te lo enviaremos. Empresa."
            " Correo. Enviar.",
        ),
        "applicants": (
            "Política de privacidad para candidatos",
            "Cuando te postulas en {brand}"
            " tratamos tu CV y tu carta de presentación para valorar tu candidatura."
            " Los conservamos seis meses. Puedes ejercer tus derechos de acceso y"
            " supresión.",
        ),
    },
}

# Ordinary pages every site has: (link text, slug, title, text).
ORDINARY: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [
        ("Pricing", "pricing", "Pricing", "Plans for every team. Free, Pro and Enterprise."),
        ("Blog", "blog", "Blog", "News and stories from the {brand} team."),
        ("Careers", "careers", "Careers", "Join us. We are hiring engineers and designers."),
        ("Contact", "contact", "Contact us", "Write to hello@{domain} or call us."),
    ],
    "de": [
        ("Preise", "preise", "Preise", "Tarife für jedes Team."),
        ("Blog", "blog", "Blog", "Neuigkeiten aus dem Team der {brand}."),
        ("Karriere", "karriere", "Karriere", "Wir stellen ein."),
        ("Kontakt", "kontakt", "Kontakt", "Schreiben Sie uns an hallo@{domain}."),
    ],
    "fr": [
        ("Tarifs", "tarifs", "Tarifs", "Des offres pour chaque équipe."),
        ("Blog", "blog", "Blog", "Les actualités de {brand}."),
        ("Carrières", "carrieres", "Carrières", "Nous recrutons."),
        ("Contact", "contact", "Contact", "Écrivez-nous à bonjour@{domain}."),
    ],
    "nb": [
        ("Priser", "priser", "Priser", "Abonnement for alle team."),
        ("Blogg", "blogg", "Blogg", "Nytt fra {brand}."),
        ("Jobb", "jobb", "Jobb hos oss", "Vi ansetter utviklere."),
        ("Kontakt", "kontakt", "Kontakt oss", "Skriv til hei@{domain}."),
    ],
    "sv": [
        ("Priser", "priser", "Priser", "Abonnemang för alla team."),
        ("Blogg", "blogg", "Blogg", "Nyheter från {brand}."),
        ("Jobb", "jobb", "Jobba hos oss", "Vi anställer utvecklare."),
        ("Kontakt", "kontakt", "Kontakta oss", "Skriv till hej@{domain}."),
    ],
    "es": [
        ("Precios", "precios", "Precios", "Planes para cada equipo."),
        ("Blog", "blog", "Blog", "Noticias de {brand}."),
        ("Empleo", "empleo", "Trabaja con nosotros", "Estamos contratando."),
        ("Contacto", "contacto", "Contacto", "Escríbenos a hola@{domain}."),
    ],
}
