"""What documents say: section headings and sentences per language and document type.

Plain text in the style of real documents. One table of data, longer than
400 lines because it holds six languages' worth of sentences, nothing else.
"""

from __future__ import annotations

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
