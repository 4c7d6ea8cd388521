"""One test per language: what sites in that language call each document, as
links and titles read it, and a settings page that shares the words.

The wordings are those real sites use (inflected, compounded, abbreviated),
written here independently of the cue tables in extract/doctype_cues.py.
"""

from __future__ import annotations

from dataclasses import fields

import pytest

from policywatch.core.lexicon import LANGUAGES
from policywatch.extract.doctype import OTHER, classify_link
from policywatch.extract.doctype_cues import CUES, Cues
from policywatch.extract.doctype_phrases import TYPES

# language: (privacy policy, terms, DPA, sub-processors, cookie policy, a settings decoy)
WORDINGS: dict[str, tuple[str, str, str, str, str, str]] = {
    "en": ("Privacy Notice", "Terms of Use", "Data Processing Agreement", "Subprocessor List",
           "Cookie Notice", "Manage privacy settings"),
    "de": ("Datenschutzhinweise", "Allgemeine Geschäftsbedingungen (AGB)",
           "Auftragsverarbeitungsvertrag (AVV)", "Liste der Unterauftragsverarbeiter",
           "Cookie-Richtlinie", "Datenschutzeinstellungen"),
    "fr": ("Politique de confidentialité", "Conditions générales d'utilisation",
           "Accord de traitement des données", "Liste des sous-traitants ultérieurs",
           "Politique relative aux cookies", "Paramètres de confidentialité"),
    "nb": ("Personvernerklæring", "Brukervilkår", "Databehandleravtale", "Underleverandører",
           "Informasjonskapsler", "Personverninnstillinger"),
    "nn": ("Personvernfråsegn", "Vilkår for bruk", "Databehandlaravtale", "Underdatabehandlarar",
           "Informasjonskapslar", "Innstillingar for personvern"),
    "da": ("Privatlivspolitik", "Handelsbetingelser", "Databehandleraftale",
           "Underdatabehandlere", "Cookiepolitik", "Privatlivsindstillinger"),
    "sv": ("Integritetspolicy", "Allmänna villkor", "Personuppgiftsbiträdesavtal",
           "Underbiträden", "Cookiepolicy", "Integritetsinställningar"),
    "fi": ("Tietosuojaseloste", "Käyttöehdot", "Tietojenkäsittelysopimus", "Alikäsittelijät",
           "Evästekäytäntö", "Evästeasetukset"),
    "nl": ("Privacyverklaring", "Algemene voorwaarden", "Verwerkersovereenkomst",
           "Subverwerkers", "Cookieverklaring", "Privacy-instellingen"),
    "es": ("Política de privacidad", "Términos y condiciones",
           "Contrato de encargado del tratamiento", "Lista de subencargados",
           "Política de cookies", "Configuración de privacidad"),
    "it": ("Informativa sulla privacy", "Termini e condizioni",
           "Accordo sul trattamento dei dati personali", "Elenco dei sub-responsabili",
           "Cookie policy", "Impostazioni privacy"),
    "pt": ("Política de privacidade", "Termos e condições", "Acordo de tratamento de dados",
           "Subcontratantes ulteriores", "Política de cookies", "Definições de privacidade"),
    "pl": ("Polityka prywatności", "Regulamin serwisu",
           "Umowa powierzenia przetwarzania danych osobowych",
           "Lista podmiotów podprzetwarzających", "Polityka plików cookie",
           "Ustawienia prywatności"),
    "cs": ("Zásady ochrany osobních údajů", "Obchodní podmínky",
           "Smlouva o zpracování osobních údajů", "Seznam subzpracovatelů",
           "Zásady používání souborů cookie", "Nastavení soukromí"),
    "sk": ("Zásady ochrany osobných údajov", "Všeobecné obchodné podmienky",
           "Zmluva o spracúvaní osobných údajov", "Zoznam ďalších sprostredkovateľov",
           "Súbory cookie", "Nastavenia súkromia"),
    "sl": ("Politika zasebnosti", "Splošni pogoji uporabe",
           "Pogodba o obdelavi osebnih podatkov", "Seznam podobdelovalcev", "Piškotki",
           "Nastavitve zasebnosti"),
    "hr": ("Pravila privatnosti", "Opći uvjeti poslovanja", "Ugovor o obradi osobnih podataka",
           "Popis podizvršitelja obrade", "Kolačići", "Postavke privatnosti"),
    "bg": ("Политика за поверителност", "Общи условия",
           "Споразумение за обработване на лични данни", "Списък на подизпълнителите",
           "Бисквитки", "Настройки за поверителност"),
    "el": ("Πολιτική απορρήτου", "Όροι χρήσης", "Συμφωνία επεξεργασίας δεδομένων",
           "Υποεκτελούντες την επεξεργασία", "Πολιτική cookies", "Ρυθμίσεις απορρήτου"),
    "et": ("Privaatsuspoliitika", "Kasutustingimused", "Isikuandmete töötlemise leping",
           "Alamtöötlejad", "Küpsiste kasutamine", "Privaatsusseaded"),
    "lv": ("Privātuma politika", "Lietošanas noteikumi", "Datu apstrādes līgums",
           "Apakšapstrādātāji", "Sīkdatņu politika", "Privātuma iestatījumi"),
    "lt": ("Privatumo politika", "Naudojimo sąlygos", "Duomenų tvarkymo sutartis",
           "Duomenų subtvarkytojai", "Slapukų politika", "Privatumo nustatymai"),
    "hu": ("Adatvédelmi tájékoztató", "Általános Szerződési Feltételek",
           "Adatfeldolgozási szerződés", "Aladatfeldolgozók listája", "Süti tájékoztató",
           "Adatvédelmi beállítások"),
    "ro": ("Politica de confidențialitate", "Termeni și condiții",
           "Acord privind prelucrarea datelor", "Lista subprocesatorilor",
           "Politica privind cookie-urile", "Setări de confidențialitate"),
    "mt": ("Politika tal-Privatezza", "Termini u Kundizzjonijiet",
           "Ftehim dwar l-ipproċessar tad-data", "Sub-proċessuri", "Politika dwar il-cookies",
           "Issettjar tal-privatezza"),
    "ga": ("Ráiteas Príobháideachais", "Téarmaí agus Coinníollacha", "Comhaontú Próiseála Sonraí",
           "Fophróiseálaithe", "Beartas Fianán", "Socruithe príobháideachais"),
    "is": ("Persónuverndarstefna", "Skilmálar", "Vinnslusamningur", "Undirvinnsluaðilar",
           "Vafrakökustefna", "Persónuverndarstillingar"),
}  # fmt: skip


def test_every_language_has_a_full_table_and_test_wordings():
    """The tables are systematic: every language, every field, nothing empty."""
    assert set(CUES) == set(LANGUAGES) == set(WORDINGS)
    for language, cues in CUES.items():
        for f in fields(Cues):
            assert [c for c in getattr(cues, f.name) if c.strip()], (language, f.name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_names_each_document_and_not_its_settings(language):
    *names, settings = WORDINGS[language]
    got = {}
    for doc_type, text in zip(TYPES, names, strict=True):
        got[doc_type] = classify_link(text, "https://vendor.example/page").type
    assert got == dict(zip(TYPES, TYPES, strict=True)), (language, got)
    assert classify_link(settings, "https://vendor.example/account").type == OTHER


@pytest.mark.parametrize(
    "slug",
    ["datenschutzerklaerung", "politique-de-confidentialite", "personvernerklaering",
     "personvernfraasegn", "privatlivspolitik", "integritetspolicy", "tietosuojaseloste",
     "polityka-prywatnosci", "zasady-ochrany-osobnich-udaju", "politica-de-confidentialitate",
     "adatvedelmi-tajekoztato", "persónuverndarstefna"],
)  # fmt: skip
def test_urls_spell_names_without_accents(slug):
    """URLs drop accents and write ä/æ/å as ae/aa: /datenschutzerklaerung, /personvernfraasegn."""
    assert classify_link("", f"https://vendor.example/legal/{slug}").type == "privacy_policy"
