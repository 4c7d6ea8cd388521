"""How each language policywatch reads writes a policy's title, its prose and its date lines.

The date tests build their pages from these tables, one entry per language
of :data:`policywatch.core.lexicon.LANGUAGES` (a test checks it), together
with the dates as CLDR writes them (Babel). Month names are never typed
here. ``PHRASINGS`` is written independently of the cue list
(:mod:`policywatch.core.lexicon.date_cues`), from how each language's
privacy notices and terms commonly say "applies from", "in force from",
"valid from", "modified", "revised", "last reviewed" and "version of": it
checks the cue list, it does not copy it. A phrasing holding ``{}`` puts
the date there (verb-final and postposition languages: "… alkaen").
"""

from __future__ import annotations

TITLE = {
    "bg": "Политика за поверителност", "cs": "Zásady ochrany osobních údajů",
    "da": "Privatlivspolitik", "de": "Datenschutzerklärung", "el": "Πολιτική απορρήτου",
    "en": "Privacy Policy", "es": "Política de privacidad", "et": "Privaatsuspoliitika",
    "fi": "Tietosuojaseloste", "fr": "Politique de confidentialité",
    "ga": "Polasaí príobháideachais", "hr": "Pravila o privatnosti",
    "hu": "Adatvédelmi tájékoztató", "is": "Persónuverndarstefna",
    "it": "Informativa sulla privacy", "lt": "Privatumo politika", "lv": "Privātuma politika",
    "mt": "Politika tal-privatezza", "nb": "Personvernerklæring", "nl": "Privacyverklaring",
    "nn": "Personvernerklæring", "pl": "Polityka prywatności", "pt": "Política de privacidade",
    "ro": "Politica de confidențialitate", "sk": "Zásady ochrany osobných údajov",
    "sl": "Politika zasebnosti", "sv": "Integritetspolicy",
}  # fmt: skip

# A paragraph of ordinary policy text per language (no date, no cue).
BODY = {
    "bg": "Съхраняваме личните данни, които ни давате, само докато услугата се нуждае от тях.",
    "cs": "Osobní údaje, které nám poskytnete, uchováváme jen tak dlouho, jak je služba potřebuje.",
    "da": "Vi gemmer dine personoplysninger kun så længe tjenesten har brug for dem.",
    "de": "Wir speichern Ihre personenbezogenen Daten nur so lange, wie der Dienst sie braucht.",
    "el": "Διατηρούμε τα προσωπικά δεδομένα που μας δίνετε μόνο όσο τα χρειάζεται η υπηρεσία.",
    "en": "We keep the personal data you give us only as long as the service needs it.",
    "es": "Conservamos sus datos personales solo mientras el servicio los necesite.",
    "et": "Säilitame teie antud isikuandmeid ainult nii kaua, kui teenus neid vajab.",
    "fi": "Säilytämme antamiasi henkilötietoja vain niin kauan kuin palvelu niitä tarvitsee.",
    "fr": "Nous conservons vos données personnelles aussi longtemps que le service en a besoin.",
    "ga": "Coinnímid na sonraí pearsanta a thugann tú dúinn fad is a theastaíonn siad uainn.",
    "hr": "Osobne podatke koje nam date čuvamo samo onoliko dugo koliko ih usluga treba.",
    "hu": "A megadott személyes adatokat csak addig őrizzük, ameddig a szolgáltatásnak kellenek.",
    "is": "Við geymum persónuupplýsingarnar sem þú gefur okkur aðeins meðan þjónustan þarf þær.",
    "it": "Conserviamo i tuoi dati personali solo finché il servizio ne ha bisogno.",
    "lt": "Jūsų pateiktus asmens duomenis saugome tik tol, kol jų reikia paslaugai.",
    "lv": "Jūsu sniegtos personas datus glabājam tikai tik ilgi, cik tie vajadzīgi pakalpojumam.",
    "mt": "Inżommu d-data personali li tagħtina biss sakemm is-servizz ikollu bżonnha.",
    "nb": "Vi lagrer personopplysningene du gir oss bare så lenge tjenesten trenger dem.",
    "nl": "Wij bewaren uw persoonsgegevens alleen zolang de dienst ze nodig heeft.",
    "nn": "Vi lagrar personopplysningane du gjev oss berre så lenge tenesta treng dei.",
    "pl": "Przechowujemy Twoje dane osobowe tylko tak długo, jak potrzebuje ich usługa.",
    "pt": "Guardamos os seus dados pessoais apenas enquanto o serviço precisar deles.",
    "ro": "Păstrăm datele personale pe care ni le dați doar cât timp serviciul are nevoie de ele.",
    "sk": "Osobné údaje, ktoré nám poskytnete, uchovávame len tak dlho, ako ich služba potrebuje.",
    "sl": "Osebne podatke, ki nam jih posredujete, hranimo le toliko časa, kot jih potrebujemo.",
    "sv": "Vi sparar dina personuppgifter bara så länge tjänsten behöver dem.",
}

# The phrasings issue 12 found missed, in the order of each row below.
PHRASING_NAMES = (
    "applies from", "in force from", "valid from", "modified", "revised", "last reviewed",
    "version of",
)  # fmt: skip
PHRASING_KINDS = dict(
    zip(PHRASING_NAMES, ("effective",) * 3 + ("last_updated",) * 3 + ("version",), strict=True)
)
PHRASINGS: dict[str, tuple[str, ...]] = {
    "bg": ("Прилага се от", "В сила от", "Валидна от", "Изменена на", "Ревизирана на",
           "Последен преглед", "Версия от"),
    "cs": ("Platí od", "V platnosti od", "Platné od", "Změněno dne", "Revidováno dne",
           "Naposledy zkontrolováno", "Verze z"),
    "da": ("Gælder fra", "I kraft fra", "Gyldig fra", "Ændret", "Revideret",
           "Senest gennemgået", "Version af"),
    "de": ("Gilt ab", "In Kraft ab", "Gültig ab", "Geändert am", "Überarbeitet am",
           "Zuletzt überprüft", "Fassung vom"),
    "el": ("Εφαρμόζεται από", "Σε ισχύ από", "Ισχύει από", "Τροποποιήθηκε στις",
           "Αναθεωρήθηκε στις", "Τελευταίος έλεγχος", "Έκδοση της"),
    "en": ("Applies from", "In force from", "Valid from", "Modified", "Revised",
           "Last reviewed", "Version of"),
    "es": ("Aplicable desde", "En vigor desde", "Válida desde", "Modificada el",
           "Revisada el", "Última revisión", "Versión del"),
    "et": ("Kohaldatakse alates", "Jõus alates", "Kehtib alates", "Muudetud", "Redigeeritud",
           "Viimati üle vaadatud", "Versioon"),
    "fi": ("Sovelletaan {} alkaen", "Voimassa {} alkaen", "Voimassa {} lähtien", "Muutettu",
           "Tarkistettu", "Viimeksi tarkistettu", "Versio"),
    "fr": ("Applicable à compter du", "En vigueur à compter du", "Valable à partir du",
           "Modifiée le", "Révisée le", "Dernière révision", "Version du"),
    "ga": ("Infheidhme ó", "I bhfeidhm ó", "Bailí ó", "Modhnaithe", "Athbhreithnithe",
           "Athbhreithniú deireanach", "Leagan"),
    "hr": ("Primjenjuje se od", "Na snazi od", "Važeće od", "Izmijenjeno", "Revidirano",
           "Posljednji pregled", "Verzija od"),
    "hu": ("Alkalmazandó:", "Hatályos:", "Érvényes:", "Módosítva:", "Felülvizsgálva:",
           "Utolsó felülvizsgálat:", "Verzió:"),
    "is": ("Gildir frá", "Í gildi frá", "Gilt frá", "Breytt", "Endurskoðað",
           "Síðast yfirfarið", "Útgáfa frá"),
    "it": ("Applicabile dal", "In vigore dal", "Valida dal", "Modificata il",
           "Revisionata il", "Ultima revisione", "Versione del"),
    "lt": ("Taikoma nuo", "Įsigalioja nuo", "Galioja nuo", "Pakeista", "Patikslinta",
           "Paskutinį kartą peržiūrėta", "Versija"),
    "lv": ("Piemēro no", "Spēkā no", "Derīgs no", "Grozīts", "Pārskatīts",
           "Pēdējoreiz pārskatīts", "Versija"),
    "mt": ("Tapplika minn", "Fis-seħħ minn", "Valida minn", "Modifikata", "Riveduta",
           "L-aħħar reviżjoni", "Verżjoni ta'"),
    "nb": ("Gjelder fra", "I kraft fra", "Gyldig fra", "Endret", "Revidert",
           "Sist gjennomgått", "Versjon av"),
    "nl": ("Geldt vanaf", "Van kracht vanaf", "Geldig vanaf", "Gewijzigd op", "Herzien op",
           "Laatst gecontroleerd", "Versie van"),
    "nn": ("Gjeld frå", "I kraft frå", "Gyldig frå", "Endra", "Revidert",
           "Sist gjennomgått", "Versjon av"),
    "pl": ("Stosuje się od", "Obowiązuje od", "Ważna od", "Zmieniono", "Zaktualizowano",
           "Ostatni przegląd", "Wersja z dnia"),
    "pt": ("Aplicável a partir de", "Em vigor desde", "Válida a partir de", "Modificada em",
           "Revisada em", "Última revisão", "Versão de"),
    "ro": ("Se aplică de la", "În vigoare de la", "Valabilă de la", "Modificată la",
           "Revizuită la", "Ultima revizuire", "Versiunea din"),
    "sk": ("Uplatňuje sa od", "V platnosti od", "Platné od", "Zmenené dňa", "Revidované",
           "Naposledy skontrolované", "Verzia z"),
    "sl": ("Uporablja se od", "V veljavi od", "Velja od", "Spremenjeno", "Revidirano",
           "Zadnji pregled", "Različica z dne"),
    "sv": ("Gäller från", "I kraft från", "Giltig från", "Ändrad", "Reviderad",
           "Senast granskad", "Version av"),
}  # fmt: skip

# "As of <date>": the date the text is current at; the kind it is read as may vary.
AS_OF = {
    "bg": "Към", "cs": "Stav k", "da": "Pr.", "de": "Stand:", "el": "Κατάσταση στις",
    "en": "As of", "es": "Actualizada a", "et": "Seisuga", "fi": "Tilanne", "fr": "À jour au",
    "ga": "Amhail", "hr": "Stanje na", "hu": "Állapot:", "is": "Miðað við",
    "it": "Aggiornata al", "lt": "Būklė", "lv": "Stāvoklis uz", "mt": "Kif fi", "nb": "Per",
    "nl": "Bijgewerkt per", "nn": "Per", "pl": "Stan na", "pt": "Atualizada em",
    "ro": "Situația la", "sk": "Stav k", "sl": "Stanje na", "sv": "Per",
}  # fmt: skip

# The language's word for "date", as a table header writes it.
DATE_WORD = {
    "bg": "Дата", "cs": "Datum", "da": "Dato", "de": "Datum", "el": "Ημερομηνία", "en": "Date",
    "es": "Fecha", "et": "Kuupäev", "fi": "Päivämäärä", "fr": "Date", "ga": "Dáta",
    "hr": "Datum", "hu": "Dátum", "is": "Dagsetning", "it": "Data", "lt": "Data",
    "lv": "Datums", "mt": "Data", "nb": "Dato", "nl": "Datum", "nn": "Dato", "pl": "Data",
    "pt": "Data", "ro": "Data", "sk": "Dátum", "sl": "Datum", "sv": "Datum",
}  # fmt: skip

# Ordinal days as each language writes the first of a month, where it has its own form.
ORDINAL_FIRST = {"en": "1st", "fr": "1er", "es": "1º", "it": "1º", "pt": "1º"}


def phrased(phrase: str, date: str) -> str:
    """``phrase`` with ``date`` in its place: after it, or where its ``{}`` stands."""
    return phrase.format(date) if "{}" in phrase else f"{phrase} {date}"


# The next scheduled review, as a date line writes it: "next review" and "date of
# the next review / revision" (an inflected form). A date after them is a later
# text's date, never the stated one. Written apart from the cue list's rule.
NEXT_REVIEW: dict[str, tuple[str, str]] = {
    "bg": ("Следващ преглед", "Дата на следващия преглед"),
    "cs": ("Příští revize", "Datum příští kontroly"),
    "da": ("Næste gennemgang", "Næste revision"),
    "de": ("Nächste Überprüfung", "Datum der nächsten Prüfung"),
    "el": ("Επόμενη αναθεώρηση", "Ημερομηνία επόμενου ελέγχου"),
    "en": ("Next review", "Date of next revision"),
    "es": ("Próxima revisión", "Fecha de la próxima actualización"),
    "et": ("Järgmine ülevaatus", "Järgmise läbivaatuse kuupäev:"),
    "fi": ("Seuraava tarkistus", "Seuraavan päivityksen ajankohta:"),
    "fr": ("Prochaine révision", "Date du prochain réexamen"),
    "ga": ("An chéad athbhreithniú eile", "Dáta an chéad athbhreithnithe eile"),
    "hr": ("Sljedeći pregled", "Datum sljedeće revizije"),
    "hu": ("Következő felülvizsgálat:", "Következő frissítés:"),
    "is": ("Næsta endurskoðun", "Næsta yfirferð"),
    "it": ("Prossima revisione", "Data del prossimo riesame"),
    "lt": ("Kita peržiūra", "Kitos peržiūros data:"),
    "lv": ("Nākamā pārskatīšana", "Nākamās pārskatīšanas datums:"),
    "mt": ("Ir-reviżjoni li jmiss", "Data tar-rieżami li jmiss:"),
    "nb": ("Neste gjennomgang", "Neste revisjon"),
    "nl": ("Volgende herziening", "Datum van de volgende beoordeling:"),
    "nn": ("Neste gjennomgang", "Neste revisjon"),
    "pl": ("Następny przegląd", "Data następnego przeglądu"),
    "pt": ("Próxima revisão", "Data da próxima atualização"),
    "ro": ("Următoarea revizuire", "Data următoarei revizuiri"),
    "sk": ("Ďalšia revízia", "Dátum nasledujúcej kontroly"),
    "sl": ("Naslednji pregled", "Datum naslednje revizije"),
    "sv": ("Nästa granskning", "Nästa revision"),
}  # fmt: skip

# The label of a change log, as a heading writes it: "version history" (a plural or
# a compound) and "change log / history of changes". Its newest entry is a version
# date. Written apart from the cue list's rule.
CHANGE_LOG: dict[str, tuple[str, str]] = {
    "bg": ("История на версиите", "Дневник на промените"),
    "cs": ("Historie verzí", "Přehled změn"),
    "da": ("Versionshistorik", "Ændringslog"),
    "de": ("Versionshistorie", "Änderungsverlauf"),
    "el": ("Ιστορικό εκδόσεων", "Αρχείο αλλαγών"),
    "en": ("Revision history", "Changelog"),
    "es": ("Historial de versiones", "Registro de cambios"),
    "et": ("Versiooniajalugu", "Muudatuste ajalugu"),
    "fi": ("Versiohistoria", "Muutosloki"),
    "fr": ("Historique des versions", "Historique des modifications"),
    "ga": ("Stair leaganacha", "Loga athruithe"),
    "hr": ("Povijest verzija", "Dnevnik promjena"),
    "hu": ("Verziótörténet", "Módosítások története"),
    "is": ("Útgáfusaga", "Breytingaskrá"),
    "it": ("Cronologia delle versioni", "Registro delle modifiche"),
    "lt": ("Versijų istorija", "Pakeitimų žurnalas"),
    "lv": ("Versiju vēsture", "Izmaiņu žurnāls"),
    "mt": ("Storja tal-verżjonijiet", "Reġistru tal-bidliet"),
    "nb": ("Versjonshistorikk", "Endringslogg"),
    "nl": ("Versiegeschiedenis", "Wijzigingslogboek"),
    "nn": ("Versjonshistorikk", "Endringslogg"),
    "pl": ("Historia wersji", "Rejestr zmian"),
    "pt": ("Histórico de versões", "Histórico de alterações"),
    "ro": ("Istoricul versiunilor", "Istoricul modificărilor"),
    "sk": ("História verzií", "História zmien"),
    "sl": ("Zgodovina različic", "Dnevnik sprememb"),
    "sv": ("Versionshistorik", "Ändringslogg"),
}  # fmt: skip
