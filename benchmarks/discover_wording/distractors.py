"""Pages that are not the documents: decoys that use their words, traps close to
them, and the ordinary pages every site has.
"""

from __future__ import annotations

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
