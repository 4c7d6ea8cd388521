"""Every materiality category, in every language the diff reads, judged the same way.

One table: for each language and category, a sentence as a policy says it
and the same sentence after a change of substance in that category (a
recipient added, a right removed, a longer period, a new kind of data, a new
country, another address...). Three tests read each cell:

- the change is ``material`` and filed under its category;
- the changed sentence reworded around the same facts (a note put before it)
  is ``editorial``;
- the changed sentence with only its form changed (spacing) is ``cosmetic``.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import CATEGORY_WORDS, LANGUAGES
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.lexicons import CATEGORIES

# category -> (before, after): the after changes what the sentence says in that category.
# fmt: off
CHANGES: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "purposes": ("We do not use your personal data for profiling.",
                     "We use your personal data for profiling."),
        "data_categories": ("We collect your name and email address.",
                            "We collect your name, email address and biometric data."),
        "recipients": ("We share your personal data with Stripe.",
                       "We share your personal data with Stripe and Zendesk."),
        "sale_sharing": ("We do not sell your personal data.", "We may sell your personal data."),
        "retention": ("We keep your account data for 30 days after you close your account.",
                      "We keep your account data for 90 days after you close your account."),
        "transfers": ("We transfer your personal data to the United States.",
                      "We transfer your personal data to the United States and India."),
        "rights": ("You have the right of access, rectification, erasure and data portability.",
                   "You have the right of access, rectification and erasure."),
        "controller_contact": (
            "You can contact our data protection officer at dpo@example.com.",
            "You can contact our data protection officer at privacy@example.org."),
        "legal_basis": ("We process your personal data on the basis of your consent.",
                        "We process your personal data on the basis of our legitimate interest."),
        "security": ("We protect your personal data with access controls.",
                     "We protect your personal data with access controls and encryption."),
        "breach": ("We will notify you of a personal data breach within 72 hours.",
                   "We will notify you of a personal data breach within 30 days."),
        "children": ("Our service is not intended for children under the age of 13.",
                     "Our service is not intended for children under the age of 16."),
        "tracking_ads": ("We use cookies that are necessary for the website.",
                         "We use cookies that are necessary for the website and advertising "
                         "pixels."),
        "law_liability": ("Any dispute shall be settled by the courts of Paris.",
                          "Any dispute shall be settled by binding arbitration."),
        "fees_termination": ("The subscription fee is 10 euros per month.",
                             "The subscription fee is 15 euros per month."),
        "ai_training": ("We do not use your content to train our AI models.",
                        "We use your content to train our AI models."),
    },
    "nb": {
        "purposes": ("Vi bruker ikke personopplysningene dine til profilering.",
                     "Vi bruker personopplysningene dine til profilering."),
        "data_categories": ("Vi samler inn navnet ditt og e-postadressen din.",
                            "Vi samler inn navnet ditt, e-postadressen din og biometriske "
                            "opplysninger."),
        "recipients": ("Vi deler personopplysningene dine med Stripe.",
                       "Vi deler personopplysningene dine med Stripe og Zendesk."),
        "sale_sharing": ("Vi selger ikke personopplysningene dine.",
                         "Vi kan selge personopplysningene dine."),
        "retention": ("Vi lagrer kontoopplysningene dine i 30 dager etter at du har avsluttet "
                      "kontoen.",
                      "Vi lagrer kontoopplysningene dine i 90 dager etter at du har avsluttet "
                      "kontoen."),
        "transfers": ("Vi overfører personopplysningene dine til USA.",
                      "Vi overfører personopplysningene dine til USA og India."),
        "rights": ("Du har rett til innsyn, retting, sletting og dataportabilitet.",
                   "Du har rett til innsyn, retting og sletting."),
        "controller_contact": ("Du kan kontakte personvernombudet vårt på dpo@example.com.",
                               "Du kan kontakte personvernombudet vårt på privacy@example.org."),
        "legal_basis": ("Vi behandler personopplysningene dine på grunnlag av ditt samtykke.",
                        "Vi behandler personopplysningene dine på grunnlag av vår berettigede "
                        "interesse."),
        "security": ("Vi beskytter personopplysningene dine med tilgangskontroll.",
                     "Vi beskytter personopplysningene dine med tilgangskontroll og kryptering."),
        "breach": ("Vi varsler deg om brudd på personopplysningssikkerheten innen 72 timer.",
                   "Vi varsler deg om brudd på personopplysningssikkerheten innen 30 dager."),
        "children": ("Tjenesten vår er ikke beregnet for barn under 13 år.",
                     "Tjenesten vår er ikke beregnet for barn under 16 år."),
        "tracking_ads": ("Vi bruker informasjonskapsler som er nødvendige for nettstedet.",
                         "Vi bruker informasjonskapsler som er nødvendige for nettstedet, og "
                         "annonsepiksler."),
        "law_liability": ("Alle tvister skal avgjøres av domstolene i Oslo.",
                          "Alle tvister skal avgjøres ved bindende voldgift."),
        "fees_termination": ("Abonnementsprisen er 100 kroner per måned.",
                             "Abonnementsprisen er 150 kroner per måned."),
        "ai_training": ("Vi bruker ikke innholdet ditt til å trene KI-modellene våre.",
                        "Vi bruker innholdet ditt til å trene KI-modellene våre."),
    },
    "de": {
        "purposes": ("Wir verwenden Ihre personenbezogenen Daten nicht für Profiling.",
                     "Wir verwenden Ihre personenbezogenen Daten für Profiling."),
        "data_categories": ("Wir erheben Ihren Namen und Ihre E-Mail-Adresse.",
                            "Wir erheben Ihren Namen, Ihre E-Mail-Adresse und Ihre biometrischen "
                            "Daten."),
        "recipients": ("Empfänger Ihrer personenbezogenen Daten ist Stripe.",
                       "Empfänger Ihrer personenbezogenen Daten sind Stripe und Zendesk."),
        "sale_sharing": ("Wir verkaufen Ihre personenbezogenen Daten nicht.",
                         "Wir können Ihre personenbezogenen Daten verkaufen."),
        "retention": ("Wir speichern Ihre Kontodaten 30 Tage nach der Schließung Ihres Kontos.",
                      "Wir speichern Ihre Kontodaten 90 Tage nach der Schließung Ihres Kontos."),
        "transfers": ("Wir übermitteln Ihre personenbezogenen Daten in die Vereinigten Staaten.",
                      "Wir übermitteln Ihre personenbezogenen Daten in die Vereinigten Staaten "
                      "und nach Indien."),
        "rights": ("Sie haben das Recht auf Auskunft, Berichtigung, Löschung und "
                   "Datenübertragbarkeit.",
                   "Sie haben das Recht auf Auskunft, Berichtigung und Löschung."),
        "controller_contact": ("Sie erreichen unseren Datenschutzbeauftragten unter "
                               "dpo@example.com.",
                               "Sie erreichen unseren Datenschutzbeauftragten unter "
                               "privacy@example.org."),
        "legal_basis": ("Wir verarbeiten Ihre personenbezogenen Daten auf Grundlage Ihrer "
                        "Einwilligung.",
                        "Wir verarbeiten Ihre personenbezogenen Daten auf Grundlage unseres "
                        "berechtigten Interesses."),
        "security": ("Wir schützen Ihre personenbezogenen Daten durch Zugriffskontrollen.",
                     "Wir schützen Ihre personenbezogenen Daten durch Zugriffskontrollen und "
                     "Verschlüsselung."),
        "breach": ("Wir benachrichtigen Sie über eine Verletzung des Schutzes "
                   "personenbezogener Daten innerhalb von 72 Stunden.",
                   "Wir benachrichtigen Sie über eine Verletzung des Schutzes "
                   "personenbezogener Daten innerhalb von 30 Tagen."),
        "children": ("Unser Dienst richtet sich nicht an Kinder unter 13 Jahren.",
                     "Unser Dienst richtet sich nicht an Kinder unter 16 Jahren."),
        "tracking_ads": ("Wir verwenden Cookies, die für den Betrieb der Website erforderlich "
                         "sind.",
                         "Wir verwenden Cookies, die für den Betrieb der Website erforderlich "
                         "sind, sowie Werbepixel."),
        "law_liability": ("Für alle Streitigkeiten sind die Gerichte in Berlin zuständig.",
                          "Alle Streitigkeiten werden durch ein verbindliches Schiedsverfahren "
                          "beigelegt."),
        "fees_termination": ("Die Abonnementgebühr beträgt 10 Euro pro Monat.",
                             "Die Abonnementgebühr beträgt 15 Euro pro Monat."),
        "ai_training": ("Wir verwenden Ihre Inhalte nicht, um unsere KI-Modelle zu trainieren.",
                        "Wir verwenden Ihre Inhalte, um unsere KI-Modelle zu trainieren."),
    },
    "fr": {
        "purposes": ("Nous n'utilisons pas vos données personnelles à des fins de profilage.",
                     "Nous utilisons vos données personnelles à des fins de profilage."),
        "data_categories": ("Nous collectons votre nom et votre adresse e-mail.",
                            "Nous collectons votre nom, votre adresse e-mail et vos données "
                            "biométriques."),
        "recipients": ("Nous partageons vos données personnelles avec Stripe.",
                       "Nous partageons vos données personnelles avec Stripe et Zendesk."),
        "sale_sharing": ("Nous ne vendons pas vos données personnelles.",
                         "Nous pouvons vendre vos données personnelles."),
        "retention": ("Nous conservons les données de votre compte pendant 30 jours après la "
                      "clôture de votre compte.",
                      "Nous conservons les données de votre compte pendant 90 jours après la "
                      "clôture de votre compte."),
        "transfers": ("Nous transférons vos données personnelles vers les États-Unis.",
                      "Nous transférons vos données personnelles vers les États-Unis et l'Inde."),
        "rights": ("Vous disposez d'un droit d'accès, de rectification, d'effacement et de "
                   "portabilité.",
                   "Vous disposez d'un droit d'accès, de rectification et d'effacement."),
        "controller_contact": ("Vous pouvez contacter notre délégué à la protection des "
                               "données à dpo@example.com.",
                               "Vous pouvez contacter notre délégué à la protection des "
                               "données à privacy@example.org."),
        "legal_basis": ("Nous traitons vos données personnelles sur la base de votre "
                        "consentement.",
                        "Nous traitons vos données personnelles sur la base de notre intérêt "
                        "légitime."),
        "security": ("Nous protégeons vos données personnelles par des contrôles d'accès.",
                     "Nous protégeons vos données personnelles par des contrôles d'accès et "
                     "par le chiffrement."),
        "breach": ("Nous vous informons de toute violation de données personnelles dans un "
                   "délai de 72 heures.",
                   "Nous vous informons de toute violation de données personnelles dans un "
                   "délai de 30 jours."),
        "children": ("Notre service n'est pas destiné aux enfants de moins de 13 ans.",
                     "Notre service n'est pas destiné aux enfants de moins de 16 ans."),
        "tracking_ads": ("Nous utilisons des cookies nécessaires au fonctionnement du site.",
                         "Nous utilisons des cookies nécessaires au fonctionnement du site et "
                         "des pixels publicitaires."),
        "law_liability": ("Tout litige sera soumis aux tribunaux de Paris.",
                          "Tout litige sera soumis à un arbitrage contraignant."),
        "fees_termination": ("Le prix de l'abonnement est de 10 euros par mois.",
                             "Le prix de l'abonnement est de 15 euros par mois."),
        "ai_training": ("Nous n'utilisons pas vos contenus pour entraîner nos modèles d'IA.",
                        "Nous utilisons vos contenus pour entraîner nos modèles d'IA."),
    },
    "es": {
        "purposes": ("No utilizamos sus datos personales para elaborar perfiles.",
                     "Utilizamos sus datos personales para elaborar perfiles."),
        "data_categories": ("Recopilamos su nombre y su dirección de correo electrónico.",
                            "Recopilamos su nombre, su dirección de correo electrónico y sus "
                            "datos biométricos."),
        "recipients": ("Compartimos sus datos personales con Stripe.",
                       "Compartimos sus datos personales con Stripe y Zendesk."),
        "sale_sharing": ("No vendemos sus datos personales.",
                         "Podemos vender sus datos personales."),
        "retention": ("Conservamos los datos de su cuenta durante 30 días después de cerrar su "
                      "cuenta.",
                      "Conservamos los datos de su cuenta durante 90 días después de cerrar su "
                      "cuenta."),
        "transfers": ("Transferimos sus datos personales a Estados Unidos.",
                      "Transferimos sus datos personales a Estados Unidos y la India."),
        "rights": ("Tiene derecho de acceso, rectificación, supresión y portabilidad.",
                   "Tiene derecho de acceso, rectificación y supresión."),
        "controller_contact": ("Puede ponerse en contacto con nuestro delegado de protección "
                               "de datos en dpo@example.com.",
                               "Puede ponerse en contacto con nuestro delegado de protección "
                               "de datos en privacy@example.org."),
        "legal_basis": ("Tratamos sus datos personales sobre la base de su consentimiento.",
                        "Tratamos sus datos personales sobre la base de nuestro interés "
                        "legítimo."),
        "security": ("Protegemos sus datos personales mediante controles de acceso.",
                     "Protegemos sus datos personales mediante controles de acceso y cifrado."),
        "breach": ("Le notificaremos cualquier violación de la seguridad de sus datos "
                   "personales en un plazo de 72 horas.",
                   "Le notificaremos cualquier violación de la seguridad de sus datos "
                   "personales en un plazo de 30 días."),
        "children": ("Nuestro servicio no está dirigido a menores de 13 años.",
                     "Nuestro servicio no está dirigido a menores de 16 años."),
        "tracking_ads": ("Utilizamos cookies necesarias para el funcionamiento del sitio web.",
                         "Utilizamos cookies necesarias para el funcionamiento del sitio web y "
                         "píxeles publicitarios."),
        "law_liability": ("Cualquier controversia se someterá a los tribunales de Madrid.",
                          "Cualquier controversia se resolverá mediante arbitraje vinculante."),
        "fees_termination": ("La cuota de suscripción es de 10 euros al mes.",
                             "La cuota de suscripción es de 15 euros al mes."),
        "ai_training": ("No utilizamos su contenido para entrenar nuestros modelos de IA.",
                        "Utilizamos su contenido para entrenar nuestros modelos de IA."),
    },
    "it": {
        "purposes": ("Non utilizziamo i tuoi dati personali per la profilazione.",
                     "Utilizziamo i tuoi dati personali per la profilazione."),
        "data_categories": ("Raccogliamo il tuo nome e il tuo indirizzo e-mail.",
                            "Raccogliamo il tuo nome, il tuo indirizzo e-mail e i tuoi dati "
                            "biometrici."),
        "recipients": ("Condividiamo i tuoi dati personali con Stripe.",
                       "Condividiamo i tuoi dati personali con Stripe e Zendesk."),
        "sale_sharing": ("Non vendiamo i tuoi dati personali.",
                         "Potremmo vendere i tuoi dati personali."),
        "retention": ("Conserviamo i dati del tuo account per 30 giorni dopo la chiusura "
                      "dell'account.",
                      "Conserviamo i dati del tuo account per 90 giorni dopo la chiusura "
                      "dell'account."),
        "transfers": ("Trasferiamo i tuoi dati personali negli Stati Uniti.",
                      "Trasferiamo i tuoi dati personali negli Stati Uniti e in India."),
        "rights": ("Hai il diritto di accesso, rettifica, cancellazione e portabilità dei dati.",
                   "Hai il diritto di accesso, rettifica e cancellazione."),
        "controller_contact": ("Puoi contattare il nostro responsabile della protezione dei "
                               "dati all'indirizzo dpo@example.com.",
                               "Puoi contattare il nostro responsabile della protezione dei "
                               "dati all'indirizzo privacy@example.org."),
        "legal_basis": ("Trattiamo i tuoi dati personali sulla base del tuo consenso.",
                        "Trattiamo i tuoi dati personali sulla base del nostro legittimo "
                        "interesse."),
        "security": ("Proteggiamo i tuoi dati personali con controlli di accesso.",
                     "Proteggiamo i tuoi dati personali con controlli di accesso e "
                     "crittografia."),
        "breach": ("Ti informeremo di qualsiasi violazione dei dati personali entro 72 ore.",
                   "Ti informeremo di qualsiasi violazione dei dati personali entro 30 giorni."),
        "children": ("Il nostro servizio non è destinato ai minori di 13 anni.",
                     "Il nostro servizio non è destinato ai minori di 16 anni."),
        "tracking_ads": ("Utilizziamo cookie necessari al funzionamento del sito.",
                         "Utilizziamo cookie necessari al funzionamento del sito e pixel "
                         "pubblicitari."),
        "law_liability": ("Qualsiasi controversia sarà sottoposta al tribunale di Milano.",
                          "Qualsiasi controversia sarà risolta mediante arbitrato vincolante."),
        "fees_termination": ("Il canone di abbonamento è di 10 euro al mese.",
                             "Il canone di abbonamento è di 15 euro al mese."),
        "ai_training": ("Non utilizziamo i tuoi contenuti per addestrare i nostri modelli di IA.",
                        "Utilizziamo i tuoi contenuti per addestrare i nostri modelli di IA."),
    },
    "nl": {
        "purposes": ("Wij gebruiken uw persoonsgegevens niet voor profilering.",
                     "Wij gebruiken uw persoonsgegevens voor profilering."),
        "data_categories": ("Wij verzamelen uw naam en uw e-mailadres.",
                            "Wij verzamelen uw naam, uw e-mailadres en uw biometrische "
                            "gegevens."),
        "recipients": ("Wij delen uw persoonsgegevens met Stripe.",
                       "Wij delen uw persoonsgegevens met Stripe en Zendesk."),
        "sale_sharing": ("Wij verkopen uw persoonsgegevens niet.",
                         "Wij kunnen uw persoonsgegevens verkopen."),
        "retention": ("Wij bewaren uw accountgegevens 30 dagen nadat u uw account hebt "
                      "gesloten.",
                      "Wij bewaren uw accountgegevens 90 dagen nadat u uw account hebt "
                      "gesloten."),
        "transfers": ("Uw persoonsgegevens worden doorgegeven aan de Verenigde Staten.",
                      "Uw persoonsgegevens worden doorgegeven aan de Verenigde Staten en "
                      "India."),
        "rights": ("U hebt recht op inzage, rectificatie, wissing en overdraagbaarheid van "
                   "gegevens.",
                   "U hebt recht op inzage, rectificatie en wissing."),
        "controller_contact": ("U kunt contact opnemen met onze functionaris voor "
                               "gegevensbescherming via dpo@example.com.",
                               "U kunt contact opnemen met onze functionaris voor "
                               "gegevensbescherming via privacy@example.org."),
        "legal_basis": ("Wij verwerken uw persoonsgegevens op basis van uw toestemming.",
                        "Wij verwerken uw persoonsgegevens op basis van ons gerechtvaardigd "
                        "belang."),
        "security": ("Wij beschermen uw persoonsgegevens met toegangscontroles.",
                     "Wij beschermen uw persoonsgegevens met toegangscontroles en "
                     "versleuteling."),
        "breach": ("Wij stellen u binnen 72 uur op de hoogte van een datalek.",
                   "Wij stellen u binnen 30 dagen op de hoogte van een datalek."),
        "children": ("Onze dienst is niet bedoeld voor kinderen jonger dan 13 jaar.",
                     "Onze dienst is niet bedoeld voor kinderen jonger dan 16 jaar."),
        "tracking_ads": ("Wij gebruiken cookies die nodig zijn voor de werking van de website.",
                         "Wij gebruiken cookies die nodig zijn voor de werking van de website, "
                         "en advertentiepixels."),
        "law_liability": ("Geschillen worden voorgelegd aan de rechtbank te Amsterdam.",
                          "Geschillen worden beslecht door bindende arbitrage."),
        "fees_termination": ("De abonnementsprijs bedraagt 10 euro per maand.",
                             "De abonnementsprijs bedraagt 15 euro per maand."),
        "ai_training": ("Wij gebruiken uw inhoud niet om onze AI-modellen te trainen.",
                        "Wij gebruiken uw inhoud om onze AI-modellen te trainen."),
    },
    "sv": {
        "purposes": ("Vi använder inte dina personuppgifter för profilering.",
                     "Vi använder dina personuppgifter för profilering."),
        "data_categories": ("Vi samlar in ditt namn och din e-postadress.",
                            "Vi samlar in ditt namn, din e-postadress och dina biometriska "
                            "uppgifter."),
        "recipients": ("Vi delar dina personuppgifter med Stripe.",
                       "Vi delar dina personuppgifter med Stripe och Zendesk."),
        "sale_sharing": ("Vi säljer inte dina personuppgifter.",
                         "Vi kan sälja dina personuppgifter."),
        "retention": ("Vi sparar dina kontouppgifter i 30 dagar efter att du har avslutat ditt "
                      "konto.",
                      "Vi sparar dina kontouppgifter i 90 dagar efter att du har avslutat ditt "
                      "konto."),
        "transfers": ("Vi överför dina personuppgifter till USA.",
                      "Vi överför dina personuppgifter till USA och Indien."),
        "rights": ("Du har rätt till tillgång, rättelse, radering och dataportabilitet.",
                   "Du har rätt till tillgång, rättelse och radering."),
        "controller_contact": ("Du kan kontakta vårt dataskyddsombud på dpo@example.com.",
                               "Du kan kontakta vårt dataskyddsombud på privacy@example.org."),
        "legal_basis": ("Vi behandlar dina personuppgifter med stöd av ditt samtycke.",
                        "Vi behandlar dina personuppgifter med stöd av vårt berättigade "
                        "intresse."),
        "security": ("Vi skyddar dina personuppgifter med åtkomstkontroller.",
                     "Vi skyddar dina personuppgifter med åtkomstkontroller och kryptering."),
        "breach": ("Vi underrättar dig om en personuppgiftsincident inom 72 timmar.",
                   "Vi underrättar dig om en personuppgiftsincident inom 30 dagar."),
        "children": ("Vår tjänst är inte avsedd för barn under 13 år.",
                     "Vår tjänst är inte avsedd för barn under 16 år."),
        "tracking_ads": ("Vi använder kakor som är nödvändiga för webbplatsen.",
                         "Vi använder kakor som är nödvändiga för webbplatsen och "
                         "annonspixlar."),
        "law_liability": ("Tvister ska avgöras av allmän domstol i Stockholm.",
                          "Tvister ska avgöras genom bindande skiljeförfarande."),
        "fees_termination": ("Abonnemangsavgiften är 100 kronor per månad.",
                             "Abonnemangsavgiften är 150 kronor per månad."),
        "ai_training": ("Vi använder inte ditt innehåll för att träna våra AI-modeller.",
                        "Vi använder ditt innehåll för att träna våra AI-modeller."),
    },
    "da": {
        "purposes": ("Vi bruger ikke dine personoplysninger til profilering.",
                     "Vi bruger dine personoplysninger til profilering."),
        "data_categories": ("Vi indsamler dit navn og din e-mailadresse.",
                            "Vi indsamler dit navn, din e-mailadresse og dine biometriske "
                            "oplysninger."),
        "recipients": ("Vi deler dine personoplysninger med Stripe.",
                       "Vi deler dine personoplysninger med Stripe og Zendesk."),
        "sale_sharing": ("Vi sælger ikke dine personoplysninger.",
                         "Vi kan sælge dine personoplysninger."),
        "retention": ("Vi opbevarer dine kontooplysninger i 30 dage efter, at du har lukket din "
                      "konto.",
                      "Vi opbevarer dine kontooplysninger i 90 dage efter, at du har lukket din "
                      "konto."),
        "transfers": ("Vi overfører dine personoplysninger til USA.",
                      "Vi overfører dine personoplysninger til USA og Indien."),
        "rights": ("Du har ret til indsigt, berigtigelse, sletning og dataportabilitet.",
                   "Du har ret til indsigt, berigtigelse og sletning."),
        "controller_contact": ("Du kan kontakte vores databeskyttelsesrådgiver på "
                               "dpo@example.com.",
                               "Du kan kontakte vores databeskyttelsesrådgiver på "
                               "privacy@example.org."),
        "legal_basis": ("Vi behandler dine personoplysninger på grundlag af dit samtykke.",
                        "Vi behandler dine personoplysninger på grundlag af vores legitime "
                        "interesse."),
        "security": ("Vi beskytter dine personoplysninger med adgangskontrol.",
                     "Vi beskytter dine personoplysninger med adgangskontrol og kryptering."),
        "breach": ("Vi underretter dig om et brud på persondatasikkerheden inden for 72 timer.",
                   "Vi underretter dig om et brud på persondatasikkerheden inden for 30 dage."),
        "children": ("Vores tjeneste er ikke beregnet til børn under 13 år.",
                     "Vores tjeneste er ikke beregnet til børn under 16 år."),
        "tracking_ads": ("Vi bruger cookies, der er nødvendige for hjemmesiden.",
                         "Vi bruger cookies, der er nødvendige for hjemmesiden, og "
                         "annoncepixels."),
        "law_liability": ("Tvister afgøres af domstolene i København.",
                          "Tvister afgøres ved bindende voldgift."),
        "fees_termination": ("Abonnementsprisen er 100 kroner om måneden.",
                             "Abonnementsprisen er 150 kroner om måneden."),
        "ai_training": ("Vi bruger ikke dit indhold til at træne vores AI-modeller.",
                        "Vi bruger dit indhold til at træne vores AI-modeller."),
    },
    "pl": {
        "purposes": ("Nie wykorzystujemy Twoich danych osobowych do profilowania.",
                     "Wykorzystujemy Twoje dane osobowe do profilowania."),
        "data_categories": ("Zbieramy Twoje imię i nazwisko oraz adres e-mail.",
                            "Zbieramy Twoje imię i nazwisko, adres e-mail oraz dane "
                            "biometryczne."),
        "recipients": ("Udostępniamy Twoje dane osobowe następującym odbiorcom: Stripe.",
                       "Udostępniamy Twoje dane osobowe następującym odbiorcom: Stripe i "
                       "Zendesk."),
        "sale_sharing": ("Nie sprzedajemy Twoich danych osobowych.",
                         "Możemy sprzedawać Twoje dane osobowe."),
        "retention": ("Przechowujemy dane Twojego konta przez 30 dni po zamknięciu konta.",
                      "Przechowujemy dane Twojego konta przez 90 dni po zamknięciu konta."),
        "transfers": ("Przekazujemy Twoje dane osobowe do Stanów Zjednoczonych.",
                      "Przekazujemy Twoje dane osobowe do Stanów Zjednoczonych i Indii."),
        "rights": ("Masz prawo dostępu do danych, ich sprostowania, usunięcia oraz "
                   "przenoszenia.",
                   "Masz prawo dostępu do danych, ich sprostowania oraz usunięcia."),
        "controller_contact": ("Możesz skontaktować się z naszym inspektorem ochrony danych "
                               "pod adresem dpo@example.com.",
                               "Możesz skontaktować się z naszym inspektorem ochrony danych "
                               "pod adresem privacy@example.org."),
        "legal_basis": ("Przetwarzamy Twoje dane osobowe na podstawie Twojej zgody.",
                        "Przetwarzamy Twoje dane osobowe na podstawie naszego prawnie "
                        "uzasadnionego interesu."),
        "security": ("Chronimy Twoje dane osobowe za pomocą kontroli dostępu.",
                     "Chronimy Twoje dane osobowe za pomocą kontroli dostępu i szyfrowania."),
        "breach": ("Powiadomimy Cię o naruszeniu ochrony danych osobowych w ciągu 72 godzin.",
                   "Powiadomimy Cię o naruszeniu ochrony danych osobowych w ciągu 30 dni."),
        "children": ("Nasza usługa nie jest przeznaczona dla dzieci poniżej 13 lat.",
                     "Nasza usługa nie jest przeznaczona dla dzieci poniżej 16 lat."),
        "tracking_ads": ("Używamy plików cookie niezbędnych do działania strony.",
                         "Używamy plików cookie niezbędnych do działania strony oraz pikseli "
                         "reklamowych."),
        "law_liability": ("Wszelkie spory rozstrzyga sąd właściwy dla Warszawy.",
                          "Wszelkie spory rozstrzyga wiążący arbitraż."),
        "fees_termination": ("Opłata abonamentowa wynosi 10 zł miesięcznie.",
                             "Opłata abonamentowa wynosi 15 zł miesięcznie."),
        "ai_training": ("Nie wykorzystujemy Twoich treści do trenowania naszych modeli AI.",
                        "Wykorzystujemy Twoje treści do trenowania naszych modeli AI."),
    },
    "pt": {
        "purposes": ("Não utilizamos os seus dados pessoais para a definição de perfis.",
                     "Utilizamos os seus dados pessoais para a definição de perfis."),
        "data_categories": ("Recolhemos o seu nome e o seu endereço de e-mail.",
                            "Recolhemos o seu nome, o seu endereço de e-mail e os seus dados "
                            "biométricos."),
        "recipients": ("Partilhamos os seus dados pessoais com a Stripe.",
                       "Partilhamos os seus dados pessoais com a Stripe e a Zendesk."),
        "sale_sharing": ("Não vendemos os seus dados pessoais.",
                         "Podemos vender os seus dados pessoais."),
        "retention": ("Conservamos os dados da sua conta durante 30 dias após o encerramento "
                      "da conta.",
                      "Conservamos os dados da sua conta durante 90 dias após o encerramento "
                      "da conta."),
        "transfers": ("Transferimos os seus dados pessoais para os Estados Unidos.",
                      "Transferimos os seus dados pessoais para os Estados Unidos e a Índia."),
        "rights": ("Tem direito de acesso, retificação, apagamento e portabilidade dos dados.",
                   "Tem direito de acesso, retificação e apagamento."),
        "controller_contact": ("Pode contactar o nosso encarregado da proteção de dados "
                               "através de dpo@example.com.",
                               "Pode contactar o nosso encarregado da proteção de dados "
                               "através de privacy@example.org."),
        "legal_basis": ("Tratamos os seus dados pessoais com base no seu consentimento.",
                        "Tratamos os seus dados pessoais com base no nosso interesse "
                        "legítimo."),
        "security": ("Protegemos os seus dados pessoais com controlos de acesso.",
                     "Protegemos os seus dados pessoais com controlos de acesso e cifragem."),
        "breach": ("Notificaremos qualquer violação de dados pessoais no prazo de 72 horas.",
                   "Notificaremos qualquer violação de dados pessoais no prazo de 30 dias."),
        "children": ("O nosso serviço não se destina a menores de 13 anos.",
                     "O nosso serviço não se destina a menores de 16 anos."),
        "tracking_ads": ("Utilizamos cookies necessários ao funcionamento do sítio web.",
                         "Utilizamos cookies necessários ao funcionamento do sítio web e píxeis "
                         "publicitários."),
        "law_liability": ("Qualquer litígio será submetido aos tribunais de Lisboa.",
                          "Qualquer litígio será resolvido por arbitragem vinculativa."),
        "fees_termination": ("A mensalidade da subscrição é de 10 euros.",
                             "A mensalidade da subscrição é de 15 euros."),
        "ai_training": ("Não utilizamos os seus conteúdos para treinar os nossos modelos de IA.",
                        "Utilizamos os seus conteúdos para treinar os nossos modelos de IA."),
    },
}
# A note put before a sentence: its words change, what it states does not.
NOTE = {
    "en": "Please note: ", "nb": "Merk: ", "de": "Hinweis: ", "fr": "À noter : ",
    "es": "Nota: ", "it": "Nota: ", "nl": "Let op: ", "sv": "Observera: ", "da": "Bemærk: ",
    "pl": "Uwaga: ", "pt": "Nota: ",
}
# fmt: on

CELLS = [(lang, category) for lang in LANGUAGES for category in CHANGES[lang]]


def _judge(before: str, after: str, language: str) -> tuple[str, list[str]]:
    def version(text: str) -> ExtractedDocument:
        return ExtractedDocument(text=text, sections=[Section(2, "", text)], language=language)

    result = diff_documents(version(before), version(after))
    return result.verdict, list(result.categories)


def test_the_table_covers_every_category_in_every_language():
    # Every category but "other" has words, and a changed sentence, in every language.
    for category in CATEGORIES:
        if category == "other":
            continue
        assert set(CATEGORY_WORDS[category]) == set(LANGUAGES), category
        assert all(category in CHANGES[lang] for lang in LANGUAGES), category
    assert set(CHANGES) == set(LANGUAGES) == set(NOTE)


@pytest.mark.parametrize(("language", "category"), CELLS)
def test_a_change_of_substance_is_material_in_its_category(language, category):
    before, after = CHANGES[language][category]
    verdict, categories = _judge(before, after, language)
    assert verdict == "material" and category in categories, (verdict, categories)


@pytest.mark.parametrize(("language", "category"), CELLS)
def test_a_note_put_before_the_same_statement_is_editorial(language, category):
    _, after = CHANGES[language][category]
    verdict, categories = _judge(after, NOTE[language] + after, language)
    assert verdict == "editorial" and not categories, (verdict, categories)


@pytest.mark.parametrize(("language", "category"), CELLS)
def test_the_same_sentence_spaced_otherwise_is_cosmetic(language, category):
    _, after = CHANGES[language][category]
    respaced = after.replace(" ", "  ", 2).replace(" ", "\u00a0", 1) + " "
    assert _judge(after, respaced, language)[0] == "cosmetic"
