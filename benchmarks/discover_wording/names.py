"""What documents and the pages that list them are called: link wordings, titles, URL slugs.

Per language and document type, on purpose wider than the classifier's cue
tables: "How we use your data", opaque URLs (/p/4821), titles with a brand
and a qualifier.
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
