"""The words a document uses to state its own date, for every language policywatch reads.

    >>> kind_of_cue("Dernière mise à jour")
    'last_updated'
    >>> [m.group() for m in cue_regex().finditer("Gültig ab 1. Mai; Versjon 3")]
    ['Gültig ab', 'Versjon']

One entry per language in :data:`LANGUAGES`, each with the same four kinds:

- ``last_updated``: "last updated / modified / revised / reviewed" and their forms;
- ``effective``: "effective / in force / applies from / valid from";
- ``version``: "version" (a version label, often followed by its date; the
  word is a stem, so "versions" and "Versionsdatum" are found too),
  "published" (:data:`PUBLISHED`: a publication date, weak), and the label
  of a change log ("version history", "change log"), whose dated entries
  are versions (:data:`CHANGE_LOGS`);
- ``other``: words that put a date on *another* text: an earlier version
  ("previous version", "replaces", "archive") or an announced later one
  ("will take effect"), or the next scheduled review ("next review",
  "nächste Überprüfung", :data:`NEXT_REVIEWS`), or the notes of a product's
  releases ("release notes", :data:`RELEASE_NOTES`). A date next to them is
  never the stated date.

A cue also tells the language of its date line (:func:`cue_languages`): a
Hungarian "Hatályos:" on an English page is followed by a Hungarian date.

Phrases are written as :mod:`.phrases` says (lower case, ``*`` for any
word ending, diacritics optional, spaces optional). Each phrase belongs to one kind only (a test
checks it), so a match says which kind it is. Most phrases were written
from the languages' standard legal and web usage, the way each language's
own privacy notices and terms state their dates; they are not taken from
any one document.
"""

from __future__ import annotations

import re
from functools import cache

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.phrases import phrase_regex, trie_pattern

KINDS: tuple[str, ...] = ("last_updated", "effective", "version", "other")

# language -> kind -> phrases. Same four kinds for every language.
CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "bg": {
        "last_updated": ("последна актуализация", "актуализиран*", "последна промяна",
                         "последно изменен*", "изменен* на", "променен* на", "последна редакция",
                         "ревизиран*", "последен преглед", "последно преглед*"),
        "effective": ("в сила от", "влиза в сила", "влязла в сила", "влязъл в сила",
                      "приложим* от", "прилага се от", "валид* от", "дата на влизане в сила"),
        "version": ("верси*",),
        "other": ("предишн*", "предходн*", "заменя", "архив*", "ще влезе в сила"),
    },
    "cs": {
        "last_updated": ("poslední aktualizace", "naposledy aktualizováno", "aktualizováno",
                         "aktualizace", "poslední změna", "naposledy změněno", "změněno",
                         "revidováno", "naposledy revidováno", "naposledy zkontrolováno",
                         "poslední revize", "poslední kontrola"),
        "effective": ("účinnost od", "účinné od", "účinný od", "účinná od", "platnost od",
                      "platné od", "platí od", "nabývá účinnosti", "v platnosti od",
                      "datum účinnosti"),
        "version": ("verz*", "znění"),
        "other": ("předchozí", "dřívější", "nahrazuje", "archiv*", "nabude účinnosti"),
    },
    "da": {
        "last_updated": ("senest gennemgået", "sidst gennemgået", "senest opdateret",
                         "sidst opdateret", "opdateret", "senest ændret",
                         "sidst ændret", "ændret", "revideret", "seneste opdatering",
                         "senest redigeret", "sidst redigeret"),
        "effective": ("gælder fra", "gældende fra", "træder i kraft", "trådte i kraft",
                      "ikrafttræden", "i kraft fra", "gyldig fra", "ikrafttrædelsesdato"),
        "version": ("version*",),
        "other": ("tidligere", "forrige", "erstatter", "arkiv*", "vil træde i kraft"),
    },
    "de": {
        "last_updated": ("zuletzt überprüft", "zuletzt geprüft", "letzte überprüfung",
                         "zuletzt aktualisiert", "zuletzt geändert", "letzte* aktualisierung",
                         "letzte* änderung", "aktualisiert", "geändert", "geändert am",
                         "überarbeitet", "stand", "stand vom", "zuletzt bearbeitet"),
        "effective": ("gültig ab", "gültig seit", "in kraft seit", "in kraft ab",
                      "inkrafttreten*", "wirksam ab", "gilt ab", "tritt in kraft",
                      "trat in kraft", "in kraft getreten"),
        "version": ("version*", "fassung", "fassung vom"),
        "other": ("vorherig*", "vorig*", "bisherig*", "früher*", "ältere", "alte fassung",
                  "ersetzt", "archiv*", "wird in kraft treten", "neue fassung"),
    },
    "el": {
        "last_updated": ("τελευταία ενημέρωση", "ενημερώθηκε", "ενημέρωση",
                         "τελευταία τροποποίηση", "τροποποιήθηκε", "τελευταία αναθεώρηση",
                         "αναθεωρήθηκε", "τελευταίος έλεγχος", "τελευταία επανεξέταση"),
        "effective": ("ισχύει από", "σε ισχύ από", "έναρξη ισχύος", "τίθεται σε ισχύ",
                      "ημερομηνία έναρξης ισχύος", "ισχύς από", "εφαρμόζεται από"),
        "version": ("έκδοση", "εκδόσ*"),
        "other": ("προηγούμεν*", "παλαιότερ*", "αντικαθιστά", "αρχείο", "θα τεθεί σε ισχύ"),
    },
    "en": {
        "last_updated": ("last reviewed", "date of last review", "last updated", "last update",
                         "last modified", "last modification",
                         "last revised", "last revision", "rev.", "date of last revision",
                         "last amended", "last changed", "last change", "latest update", "updated",
                         "modified", "revised", "amended", "last edited", "edited", "reviewed",
                         "revision date", "date of revision", "last significant update",
                         "last material change", "last material update", "latest revision"),
        "effective": ("effective", "effective date", "effective from", "effective as of",
                      "in effect from", "in effect as of", "in force from", "entered into force",
                      "comes into force", "came into force", "applies from", "applicable from",
                      "valid from", "valid as of", "date of entry into force", "takes effect",
                      "took effect", "in effect since", "valid since"),
        "version": ("version*", "version date", "dated", "date of issue",
                    "issue date", "released", "current as of"),
        "other": ("previous", "prior version", "earlier", "former", "archived", "archive",
                  "replaces", "supersedes", "superseded", "will take effect",
                  "will become effective", "will be effective", "will come into force",
                  "upcoming"),
    },
    "es": {
        "last_updated": ("última actualización", "actualizad*", "última modificación",
                         "modificad* el", "última revisión", "revisad* el",
                         "fecha de actualización", "última edición"),
        "effective": ("entrada en vigor", "fecha de entrada en vigor", "en vigor desde",
                      "vigente desde", "vigente a partir del", "en vigor a partir del",
                      "aplicable desde", "aplicable a partir del", "válid* desde",
                      "efectiv* desde", "con efectos desde", "fecha de vigencia",
                      "fecha de efectividad", "entra en vigor"),
        "version": ("versión", "version*"),
        "other": ("anterior", "anteriores", "sustituye", "reemplaza", "archivo",
                  "entrará en vigor"),
    },
    "et": {
        "last_updated": ("viimati uuendatud", "uuendatud", "viimati muudetud", "muudetud",
                         "viimane uuendus", "ajakohastatud", "redigeeritud",
                         "viimati üle vaadatud", "üle vaadatud", "viimati läbi vaadatud",
                         "läbi vaadatud"),
        "effective": ("kehtib alates", "kehtiv alates", "jõustub", "jõustunud",
                      "jõustumise kuupäev", "jõustumiskuupäev", "jõus alates",
                      "kohaldatakse alates", "kohaldatav alates"),
        "version": ("versioon*",),
        "other": ("eelmine", "eelmise", "varasem*", "asendab", "arhiiv*"),
    },
    "fi": {
        "last_updated": ("viimeksi päivitetty", "päivitetty", "viimeisin päivitys",
                         "päivitys", "viimeksi muutettu", "muutettu", "tarkistettu",
                         "viimeksi tarkistettu", "tarkastettu", "viimeksi tarkastettu"),
        "effective": ("voimassa", "voimassa alkaen", "tulee voimaan", "voimaantulo",
                      "voimaantulopäivä", "astuu voimaan", "alkaen"),
        "version": ("versio*",),
        "other": ("edellinen", "edellisen", "aiempi", "aiemman", "aikaisempi", "korvaa",
                  "arkisto*"),
    },
    "fr": {
        "last_updated": ("dernière mise à jour", "mise à jour", "mis à jour", "mise à jour le",
                         "à jour du", "à jour au", "dernière modification", "modifié*",
                         "révisé*", "dernière révision", "actualisé*"),
        "effective": ("entrée en vigueur", "en vigueur", "applicable à compter du",
                      "applicable à partir du", "applicable dès le", "applicables à compter du",
                      "date d'effet", "prend effet", "effectif à compter du",
                      "valable* à compter du", "valable* à partir du"),
        "version": ("version*", "version du", "en date du"),
        "other": ("précédent*", "ancienne", "antérieur*", "remplace", "archive*",
                  "entrera en vigueur", "nouvelle version"),
    },
    "ga": {
        "last_updated": ("nuashonraithe", "nuashonraíodh", "nuashonrú deireanach",
                         "an nuashonrú is déanaí", "athraithe", "leasaithe", "modhnaithe",
                         "athbhreithnithe", "athbhreithniú deireanach"),
        "effective": ("i bhfeidhm ó", "éifeachtach ó", "tagann i bhfeidhm",
                      "tháinig i bhfeidhm", "dáta éifeachta", "bailí ó", "infheidhme ó"),
        "version": ("leagan*",),
        "other": ("roimhe seo", "níos luaithe", "cartlann", "tiocfaidh i bhfeidhm"),
    },
    "hr": {
        "last_updated": ("posljednje ažuriranje", "zadnje ažuriranje", "ažurirano",
                         "zadnja izmjena", "posljednja izmjena", "izmijenjeno",
                         "zadnji put ažuriran*", "revidiran*", "posljednji pregled",
                         "zadnji pregled", "posljednja revizija", "zadnja revizija"),
        "effective": ("na snazi od", "stupa na snagu", "stupio na snagu", "stupila na snagu",
                      "primjenjuje se od", "vrijedi od", "važe* od", "datum stupanja na snagu"),
        "version": ("verzij*", "inačic*"),
        "other": ("prethodn*", "ranij*", "zamjenjuje", "arhiv*", "stupit će na snagu"),
    },
    "hu": {
        "last_updated": ("utolsó frissítés", "frissítve", "frissítés dátuma",
                         "utoljára frissítve", "módosítva", "utolsó módosítás",
                         "módosítás dátuma", "felülvizsgálva", "utolsó felülvizsgálat",
                         "felülvizsgálat dátuma"),
        "effective": ("hatályos", "hatályba lép", "hatálybalépés", "hatálybalépés dátuma",
                      "érvényes", "alkalmazandó"),
        "version": ("verzió*", "változat*"),
        "other": ("korábbi", "előző", "felváltja", "archív*", "hatályba fog lépni"),
    },
    "is": {
        "last_updated": ("síðast uppfært", "uppfært", "síðast breytt", "breytt",
                         "síðasta uppfærsla", "endurskoðað", "síðast endurskoðað",
                         "yfirfarið", "síðast yfirfarið"),
        "effective": ("tekur gildi", "tók gildi", "gildir frá", "gilt frá", "í gildi frá",
                      "gildistaka",
                      "gildistökudagur"),
        "version": ("útgáf*",),
        "other": ("fyrri", "eldri", "kemur í stað", "mun taka gildi"),
    },
    "it": {
        "last_updated": ("ultimo aggiornamento", "aggiornat*", "ultima modifica",
                         "modificat*", "ultima revisione", "revisionat*",
                         "data di aggiornamento"),
        "effective": ("in vigore dal", "in vigore da", "entrata in vigore",
                      "data di entrata in vigore", "efficace dal", "valid* dal",
                      "applicabile dal", "con decorrenza dal", "a decorrere dal",
                      "in vigore a partire dal", "valid* a partire dal",
                      "efficace a partire dal", "data di efficacia", "data di decorrenza",
                      "entra in vigore"),
        "version": ("version*",),
        "other": ("precedent*", "sostituisce", "archivio", "entrerà in vigore"),
    },
    "lt": {
        "last_updated": ("paskutinį kartą atnaujinta", "atnaujinta", "paskutinis atnaujinimas",
                         "pakeista", "paskutinį kartą pakeista", "patikslinta", "peržiūrėta",
                         "paskutinį kartą peržiūrėta", "paskutinė peržiūra"),
        "effective": ("galioja nuo", "įsigalioja", "įsigaliojo", "įsigaliojimo data",
                      "taikoma nuo"),
        "version": ("versij*", "redakcij*"),
        "other": ("ankstesn*", "pakeičia", "archyv*", "įsigalios"),
    },
    "lv": {
        "last_updated": ("pēdējoreiz atjaunināt*", "pēdējo reizi atjaunināt*", "atjaunināt*",
                         "pēdējās izmaiņas", "grozīt*", "aktualizēt*", "pārskatīt*",
                         "pēdējoreiz pārskatīt*", "pēdējo reizi pārskatīt*"),
        "effective": ("spēkā no", "derīg* no", "stājas spēkā", "stājās spēkā", "piemēro no",
                      "spēkā stāšanās datums"),
        "version": ("versij*", "redakcij*"),
        "other": ("iepriekšēj*", "aizstāj", "arhīv*", "stāsies spēkā"),
    },
    "mt": {
        "last_updated": ("l-aħħar aġġornament", "aġġornat*", "emendat*", "l-aħħar modifika",
                         "mibdul*", "modifikat*", "rivedut*", "l-aħħar reviżjoni"),
        "effective": ("fis-seħħ minn", "daħal fis-seħħ", "daħlet fis-seħħ", "jidħol fis-seħħ",
                      "tidħol fis-seħħ", "effettiv* minn", "valid* minn", "japplika minn",
                      "tapplika minn",
                      "data tad-dħul fis-seħħ"),
        "version": ("verżjon*",),
        "other": ("preċedenti", "ta' qabel", "jissostitwixxi", "arkivju"),
    },
    "nb": {
        "last_updated": ("sist gjennomgått", "sist kontrollert", "sist oppdatert", "oppdatert",
                         "sist endret", "endret", "sist redigert",
                         "sist revidert", "revidert", "siste oppdatering"),
        "effective": ("gjelder fra", "gjelder fra og med", "gyldig fra", "trer i kraft",
                      "trådte i kraft", "i kraft fra", "ikrafttredelse"),
        "version": ("versjon*",),
        "other": ("tidligere", "forrige", "erstatter", "arkiv*", "vil tre i kraft"),
    },
    "nl": {
        "last_updated": ("laatst gecontroleerd", "laatst herzien", "laatst beoordeeld",
                         "laatst bijgewerkt", "bijgewerkt", "laatste update",
                         "laatste wijziging", "laatst gewijzigd", "gewijzigd", "herzien",
                         "laatst bewerkt", "geactualiseerd"),
        "effective": ("ingangsdatum", "van kracht vanaf", "van kracht sinds", "van kracht per",
                      "in werking getreden", "treedt in werking", "geldig vanaf", "geldig per",
                      "geldt vanaf", "met ingang van", "datum van inwerkingtreding",
                      "inwerkingtreding"),
        "version": ("versie*",),
        "other": ("vorige", "eerdere", "oudere", "vervangt", "archief",
                  "zal in werking treden"),
    },
    "nn": {
        "last_updated": ("sist gjennomgått", "sist kontrollert", "sist endra", "endra",
                         "sist oppdatert", "oppdatert", "siste oppdatering", "revidert",
                         "sist revidert"),
        "effective": ("gjeld frå", "gjeld frå og med", "gyldig frå", "tek til å gjelde",
                      "i kraft frå"),
        "version": ("versjon*",),
        "other": ("tidlegare", "førre", "erstattar", "arkiv*"),
    },
    "pl": {
        "last_updated": ("ostatni przegląd", "data przeglądu", "ostatni* aktualizacj*",
                         "ostatnio zaktualizowan*", "zaktualizowan*",
                         "aktualizacja", "data aktualizacji", "ostatni* zmian*",
                         "ostatnio zmienion*", "zmienion*", "ostatnia edycja"),
        "effective": ("obowiązuje od", "obowiązująca od", "obowiązujący od",
                      "wchodzi w życie", "wejście w życie", "weszła w życie",
                      "data wejścia w życie", "ważn* od", "stosuje się od"),
        "version": ("wersj*",),
        "other": ("poprzedni*", "wcześniejsz*", "zastępuje", "archiw*", "wejdzie w życie"),
    },
    "pt": {
        "last_updated": ("última atualização", "última actualização", "atualizad*",
                         "actualizad*", "última modificação", "modificad* em",
                         "última revisão", "revisad* em", "última edição"),
        "effective": ("em vigor desde", "em vigor a partir de", "entra em vigor",
                      "entrada em vigor", "data de entrada em vigor", "vigente desde",
                      "válid* a partir de", "aplicável a partir de", "com efeitos a partir de",
                      "data de vigência", "vigência"),
        "version": ("versão", "versões"),
        "other": ("anteriormente", "substitui", "arquivo", "entrará em vigor"),
    },
    "ro": {
        "last_updated": ("ultima actualizare", "actualizat*", "ultima modificare",
                         "modificat*", "revizuit*", "data ultimei actualizări", "ultima revizuire",
                         "data ultimei revizuiri"),
        "effective": ("în vigoare de la", "în vigoare din", "intră în vigoare",
                      "intrat în vigoare", "data intrării în vigoare", "aplicabil* de la",
                      "valabil* de la", "valabil* începând cu", "se aplică de la",
                      "se aplică începând cu"),
        "version": ("versiun*",),
        "other": ("anterioar*", "precedent*", "înlocuiește", "arhiv*", "va intra în vigoare"),
    },
    "sk": {
        "last_updated": ("posledná aktualizácia", "naposledy aktualizované", "aktualizované",
                         "aktualizácia", "posledná zmena", "naposledy zmenené", "zmenené",
                         "revidované",
                         "naposledy revidované", "naposledy skontrolované", "posledná revízia"),
        "effective": ("účinnosť od", "účinné od", "platné od", "platí od",
                      "nadobúda účinnosť", "v platnosti od", "dátum účinnosti", "uplatňuje sa od"),
        "version": ("verzi*", "znenie"),
        "other": ("predchádzajúc*", "predošl*", "nahrádza", "archív*",
                  "nadobudne účinnosť"),
    },
    "sl": {
        "last_updated": ("zadnja posodobitev", "posodobljeno", "nazadnje posodobljen*",
                         "zadnja sprememba", "spremenjeno", "nazadnje spremenjen*",
                         "revidiran*", "zadnji pregled", "nazadnje pregledan*"),
        "effective": ("velja od", "veljavno od", "začne veljati", "začel* veljati",
                      "uporablja se od", "v veljavi od", "datum začetka veljavnosti"),
        "version": ("različic*", "verzij*"),
        "other": ("prejšnj*", "predhodn*", "nadomešča", "arhiv*", "bo začel* veljati"),
    },
    "sv": {
        "last_updated": ("senast granskad", "senast reviderad", "senast uppdaterad", "uppdaterad",
                         "senast ändrad", "ändrad", "senast redigerad",
                         "senaste uppdatering", "reviderad"),
        "effective": ("gäller från", "gäller från och med", "gäller fr.o.m.", "giltig från",
                      "träder i kraft", "trädde i kraft", "i kraft från", "ikraftträdande"),
        "version": ("version*",),
        "other": ("föregående", "tidigare", "ersätter", "arkiv*", "kommer att träda i kraft"),
    },
}  # fmt: skip

# Two kinds of phrase are built by one rule per language instead of being
# listed form by form: the labels of a change log (kind ``version``: "version
# history", "change log", "revision history") and the next scheduled review
# (kind ``other``: "next review", "next revision", "date of the next
# review"). Each entry is (templates, words): a template holds ``{}`` where
# the language puts one of its words, and a word is written as its stem, so
# the ``*`` after it in the template reads its plural, case and linking forms
# ("Versionshistorie", "historique des modifications", "historia zmian",
# "következő felülvizsgálat", "data następnego przeglądu"). Compounding
# languages join the word and the head with ``*`` and no space ("{}*historie");
# as spaces are optional in phrases, "{}* ajalugu" reads "versiooniajalugu"
# and "muudatuste ajalugu" alike.
CHANGE_LOGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "bg": (("история на {}*", "дневник на {}*", "регистър на {}*"),
           ("верси", "промен", "редакци")),
    "cs": (("historie {}*", "přehled {}*", "záznam {}*", "protokol {}*"),
           ("verz", "změn", "reviz")),
    "da": (("{}*historik", "{}*log"), ("version", "ændring", "revision")),
    "de": (("{}*historie", "{}*verlauf", "{}*protokoll", "historie der {}*"),
           ("version", "änderung", "revision")),
    "el": (("ιστορικό {}*", "αρχείο {}*", "μητρώο {}*"),
           ("εκδόσ", "αλλαγ", "αναθεωρήσ", "τροποποιήσ")),
    "en": (("{}* history", "{}* log"), ("version", "revision", "change", "document", "update")),
    "es": (("historial de {}*", "registro de {}*", "control de {}*"),
           ("version", "cambio", "modificacion", "revision")),
    "et": (("{}* ajalugu", "{}* logi"), ("versioon", "muudatus", "redaktsioon")),
    "fi": (("{}* historia", "{}* loki"), ("versio", "muutos", "päivitys")),
    "fr": (("historique des {}*", "journal des {}*", "suivi des {}*"),
           ("version", "modification", "révision")),
    "ga": (("stair {}*", "stair na {}*", "loga {}*"), ("leagan", "athr", "athbhreithn")),
    "hr": (("povijest {}*", "dnevnik {}*", "popis {}*", "evidencija {}*"),
           ("verzij", "promjen", "izmjen", "revizij")),
    "hu": (("{}* történet*", "{}* napló*"), ("verzió", "változás", "módosítás")),
    "is": (("{}*saga", "{}*skrá"), ("útgáf", "breyting", "endurskoðun")),
    "it": (("cronologia delle {}*", "storico delle {}*", "registro delle {}*", "cronologia {}*",
            "storico {}*", "registro {}*"), ("version", "modific", "revision")),
    "lt": (("{}* istorija", "{}* žurnalas", "{}* registras"), ("versij", "pakeitim", "redakcij")),
    "lv": (("{}* vēsture", "{}* žurnāls"), ("versij", "izmaiņ", "redakcij", "grozījum")),
    "mt": (("storja tal-{}*", "storja ta' {}*", "reġistru tal-{}*"),
           ("verżjon", "bidl", "emend", "reviżjon")),
    "nb": (("{}*historikk", "{}*logg"), ("versjon", "endring", "revisjon")),
    "nl": (("{}*geschiedenis", "{}*logboek"), ("versie", "wijziging", "revisie")),
    "nn": (("{}*historikk", "{}*logg"), ("versjon", "endring", "revisjon")),
    "pl": (("historia {}*", "rejestr {}*", "dziennik {}*"), ("wersj", "zmian", "rewizj")),
    "pt": (("histórico de {}*", "histórico das {}*", "registo de {}*", "registro de {}*"),
           ("vers", "alteraç", "modificaç", "revis")),
    "ro": (("istoricul {}*", "istoric {}*", "registrul {}*", "jurnalul {}*"),
           ("versiun", "modificăr", "revizi")),
    "sk": (("história {}*", "prehľad {}*", "záznam {}*"), ("verzi", "zmien", "revízi")),
    "sl": (("zgodovina {}*", "dnevnik {}*", "evidenca {}*"),
           ("različic", "verzij", "sprememb", "revizij")),
    "sv": (("{}*historik", "{}*logg"), ("version", "ändring", "revision")),
}  # fmt: skip

NEXT_REVIEWS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "bg": (("следващ* {}*",), ("преглед", "ревизи", "актуализаци", "проверк")),
    "cs": (("příští {}*", "další {}*"), ("reviz", "kontrol", "přezkum", "aktualizac")),
    "da": (("næste {}*",), ("gennemgang", "revision", "opdatering")),
    "de": (("nächste* {}*",), ("überprüfung", "prüfung", "revision", "aktualisierung")),
    "el": (("επόμεν* {}*",), ("αναθεώρησ", "επανεξέτασ", "ενημέρωσ", "έλεγχ")),
    "en": (("next {}*", "next scheduled {}*", "{} due"), ("review", "revision", "update")),
    "es": (("próxim* {}*",), ("revisi", "actualizaci")),
    "et": (("järgmi* {}*",), ("ülevaat", "läbivaat", "uuendus", "kontroll")),
    "fi": (("seuraav* {}*",), ("tarkist", "tarkast", "päivity", "katselm")),
    "fr": (("prochain* {}*",), ("révision", "réexamen", "revue", "mise à jour")),
    "ga": (("chéad {}* eile",), ("athbhreithn", "nuashonr")),
    "hr": (("sljedeć* {}*", "iduć* {}*"), ("pregled", "revizij", "ažuriranj", "provjer")),
    "hu": (("következő {}*",), ("felülvizsgálat", "frissítés", "ellenőrzés", "revízió")),
    "is": (("næst* {}*",), ("endurskoðun", "yfirferð", "uppfærsl")),
    "it": (("prossim* {}*",), ("revision", "aggiornament", "riesame", "verific")),
    "lt": (("kit* {}*",), ("peržiūr", "atnaujinim", "patikrinim")),
    "lv": (("nākam* {}*",), ("pārskat", "atjaunināšan", "pārbaud")),
    "mt": (("{}* li jmiss",), ("reviżjon", "aġġornament", "rieżami")),
    "nb": (("neste {}*",), ("gjennomgang", "revisjon", "oppdatering")),
    "nl": (("volgende {}*",), ("herziening", "beoordeling", "controle", "update")),
    "nn": (("neste {}*",), ("gjennomgang", "revisjon", "oppdatering")),
    "pl": (("następn* {}*", "kolejn* {}*"), ("przegląd", "aktualizacj", "rewizj", "weryfikacj")),
    "pt": (("próxim* {}*",), ("revis", "atualizaç", "actualizaç")),
    "ro": (("următo* {}*",), ("revizuir", "actualizar", "revizi")),
    "sk": (("ďalš* {}*", "nasledujúc* {}*"), ("revízi", "kontrol", "aktualizáci", "preskúm")),
    "sl": (("naslednj* {}*",), ("pregled", "revizij", "posodobit")),
    "sv": (("nästa {}*",), ("granskning", "revision", "uppdatering")),
}  # fmt: skip


# The words that date a page's publication ("published", "posted"): kind
# ``version``, and weak: a blog-style byline ("Posted on 3 March 2024 by
# Jane") dates the page only when no other date line does
# (:func:`is_publication`, :mod:`policywatch.extract.dates`).
PUBLISHED: dict[str, tuple[str, ...]] = {
    "bg": ("публикуван*",),
    "cs": ("zveřejněno",),
    "da": ("offentliggjort",),
    "de": ("veröffentlicht",),
    "el": ("δημοσιεύθηκε",),
    "en": ("published", "posted", "publication date"),
    "es": ("publicad*",),
    "et": ("avaldatud",),
    "fi": ("julkaistu",),
    "fr": ("publié*",),
    "ga": ("foilsithe",),
    "hr": ("objavljeno",),
    "hu": ("közzétéve",),
    "is": ("birt",),
    "it": ("pubblicat*",),
    "lt": ("paskelbta",),
    "lv": ("publicēt*",),
    "mt": ("ippubblikat*",),
    "nb": ("publisert",),
    "nl": ("gepubliceerd",),
    "nn": ("publisert",),
    "pl": ("opublikowan*",),
    "pt": ("publicad*",),
    "ro": ("publicat*",),
    "sk": ("zverejnené",),
    "sl": ("objavljeno",),
    "sv": ("publicerad",),
}  # fmt: skip

# The notes of a product's releases ("release notes", "Versionshinweise"):
# kind ``other``. A page may list its product's releases beside its policy;
# those dates are the product's, and the list is no change log of the text.
# Written out, so "Versjonsnotater" is these notes and not the stem "versjon*".
RELEASE_NOTES: dict[str, tuple[str, ...]] = {
    "bg": ("бележки по версията", "бележки към изданието"),
    "cs": ("poznámky k verzi", "poznámky k vydání"),
    "da": ("versionsnoter", "udgivelsesnoter"),
    "de": ("versionshinweise", "release notes"),
    "el": ("σημειώσεις έκδοσης",),
    "en": ("release notes", "product updates"),
    "es": ("notas de la versión", "notas de versión"),
    "et": ("väljalaskemärkmed", "versiooniteave"),
    "fi": ("julkaisutiedot", "versiotiedot"),
    "fr": ("notes de version", "notes de mise à jour"),
    "ga": ("nótaí eisiúna",),
    "hr": ("bilješke o izdanju", "napomene o izdanju"),
    "hu": ("kiadási megjegyzések", "verzióinformációk"),
    "is": ("útgáfuupplýsingar", "útgáfuskýringar"),
    "it": ("note di rilascio", "note sulla versione"),
    "lt": ("leidimo pastabos", "versijos pastabos"),
    "lv": ("laidiena piezīmes", "versijas piezīmes"),
    "mt": ("noti tar-rilaxx",),
    "nb": ("versjonsnotater", "versjonsmerknader", "utgivelsesnotater"),
    "nl": ("release notes", "releaseopmerkingen", "versie-informatie"),
    "nn": ("versjonsnotat", "versjonsnotatar", "utgjevingsnotat", "utgjevingsnotatar"),
    "pl": ("informacje o wersji", "informacje o wydaniu"),
    "pt": ("notas de versão", "notas da versão", "notas de lançamento"),
    "ro": ("note de lansare", "note privind versiunea"),
    "sk": ("poznámky k verzii", "poznámky k vydaniu"),
    "sl": ("opombe ob izdaji", "opombe k različici"),
    "sv": ("versionsinformation", "versionsanteckningar", "release notes"),
}  # fmt: skip


def built(rule: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    """The phrases of a (templates, words) rule: every word in every template.

    >>> built((("{}*historie", "historie der {}*"), ("version", "änderung")))
    ('version*historie', 'änderung*historie', 'historie der version*', 'historie der änderung*')
    """
    templates, words = rule
    return tuple(template.format(word) for template in templates for word in words)


for _language, _entry in CUES.items():
    _entry["version"] += built(CHANGE_LOGS[_language]) + PUBLISHED[_language]
    _entry["other"] += built(NEXT_REVIEWS[_language]) + RELEASE_NOTES[_language]

assert tuple(sorted(CUES)) == LANGUAGES, "one cue entry per language"
assert tuple(sorted(CHANGE_LOGS)) == tuple(sorted(NEXT_REVIEWS)) == LANGUAGES
assert tuple(sorted(RELEASE_NOTES)) == tuple(sorted(PUBLISHED)) == LANGUAGES


def phrases(kind: str | None = None) -> list[str]:
    """Every phrase of ``kind`` (all kinds when None), in every language, without repeats."""
    found = {
        phrase
        for entry in CUES.values()
        for k, words in entry.items()
        if kind in (None, k)
        for phrase in words
    }
    return sorted(found)


@cache
def cue_regex(kind: str | None = None) -> re.Pattern[str]:
    """A case-blind regex finding any cue phrase (of ``kind``) at a word start."""
    return phrase_regex(phrases(kind))


@cache
def _kind_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Per kind, its phrases written out, then (for every kind) its stems: a phrase
    written out says its kind before a stem of another kind that reads the same
    words ("versjonsnotater" is release notes, not the stem "versjon*")."""
    written = [(k, [p for p in phrases(k) if "*" not in p]) for k in KINDS]
    stems = [(k, [p for p in phrases(k) if "*" in p]) for k in KINDS]
    return [
        (kind, re.compile(trie_pattern(words) + r"\Z", re.I))
        for kind, words in written + stems
        if words
    ]


def kind_of_cue(text: str) -> str | None:
    """Which kind the cue ``text`` (a whole match of :func:`cue_regex`) is, or None.

    >>> kind_of_cue("Versionshinweise"), kind_of_cue("Versionsdatum")
    ('other', 'version')
    """
    for kind, pattern in _kind_patterns():
        if pattern.match(text):
            return kind
    return None


@cache
def _publication_pattern() -> re.Pattern[str]:
    return re.compile(
        trie_pattern(sorted({p for w in PUBLISHED.values() for p in w})) + r"\Z", re.I
    )


def is_publication(cue: str) -> bool:
    """Whether the cue ``cue`` (a whole match of :func:`cue_regex`) dates a publication.

    >>> is_publication("Posted"), is_publication("Veröffentlicht"), is_publication("Version")
    (True, True, False)
    """
    return _publication_pattern().match(cue) is not None


@cache
def _language_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (
            language,
            re.compile(trie_pattern(sorted({p for w in entry.values() for p in w})) + r"\Z", re.I),
        )
        for language, entry in CUES.items()
    ]


def cue_languages(text: str) -> list[frozenset[str]]:
    """For each cue in ``text``, the languages whose table holds it: the cue tells the language.

    A cue written alike in several languages ("Version") belongs to all of them.

    >>> cue_languages("Hatályos: 2024. március 5.")
    [frozenset({'hu'})]
    >>> sorted(cue_languages("Versija 3")[0])
    ['lt', 'lv']
    """
    return [
        frozenset(language for language, pattern in _language_patterns() if pattern.match(cue))
        for cue in (m.group() for m in cue_regex().finditer(text))
    ]
