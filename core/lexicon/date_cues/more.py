"""The date cues of the other languages (Baltic, Finnic, Greek, Hungarian, Irish, Maltese),
merged by :mod:`policywatch.core.lexicon.date_cues` (its doc says how the phrases are written)."""

from __future__ import annotations

CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "el": {
        "last_updated": ("τελευταία ενημέρωση", "ενημερώθηκε", "ενημέρωση",
                         "τελευταία τροποποίηση", "τροποποιήθηκε", "τελευταία αναθεώρηση",
                         "αναθεωρήθηκε", "τελευταίος έλεγχος", "τελευταία επανεξέταση"),
        "effective": ("ισχύει από", "σε ισχύ από", "έναρξη ισχύος", "τίθεται σε ισχύ",
                      "ημερομηνία έναρξης ισχύος", "ισχύς από", "εφαρμόζεται από"),
        "version": ("έκδοση", "εκδόσ*"),
        "other": ("προηγούμεν*", "παλαιότερ*", "αντικαθιστά", "αρχείο", "θα τεθεί σε ισχύ"),
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
    "ga": {
        "last_updated": ("nuashonraithe", "nuashonraíodh", "nuashonrú deireanach",
                         "an nuashonrú is déanaí", "athraithe", "leasaithe", "modhnaithe",
                         "athbhreithnithe", "athbhreithniú deireanach"),
        "effective": ("i bhfeidhm ó", "éifeachtach ó", "tagann i bhfeidhm",
                      "tháinig i bhfeidhm", "dáta éifeachta", "bailí ó", "infheidhme ó"),
        "version": ("leagan*",),
        "other": ("roimhe seo", "níos luaithe", "cartlann", "tiocfaidh i bhfeidhm"),
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
}  # fmt: skip

CHANGE_LOGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "el": (("ιστορικό {}*", "αρχείο {}*", "μητρώο {}*"),
           ("εκδόσ", "αλλαγ", "αναθεωρήσ", "τροποποιήσ")),
    "et": (("{}* ajalugu", "{}* logi"), ("versioon", "muudatus", "redaktsioon")),
    "fi": (("{}* historia", "{}* loki"), ("versio", "muutos", "päivitys")),
    "ga": (("stair {}*", "stair na {}*", "loga {}*"), ("leagan", "athr", "athbhreithn")),
    "hu": (("{}* történet*", "{}* napló*"), ("verzió", "változás", "módosítás")),
    "lt": (("{}* istorija", "{}* žurnalas", "{}* registras"), ("versij", "pakeitim", "redakcij")),
    "lv": (("{}* vēsture", "{}* žurnāls"), ("versij", "izmaiņ", "redakcij", "grozījum")),
    "mt": (("storja tal-{}*", "storja ta' {}*", "reġistru tal-{}*"),
           ("verżjon", "bidl", "emend", "reviżjon")),
}  # fmt: skip

NEXT_REVIEWS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "el": (("επόμεν* {}*",), ("αναθεώρησ", "επανεξέτασ", "ενημέρωσ", "έλεγχ")),
    "et": (("järgmi* {}*",), ("ülevaat", "läbivaat", "uuendus", "kontroll")),
    "fi": (("seuraav* {}*",), ("tarkist", "tarkast", "päivity", "katselm")),
    "ga": (("chéad {}* eile",), ("athbhreithn", "nuashonr")),
    "hu": (("következő {}*",), ("felülvizsgálat", "frissítés", "ellenőrzés", "revízió")),
    "lt": (("kit* {}*",), ("peržiūr", "atnaujinim", "patikrinim")),
    "lv": (("nākam* {}*",), ("pārskat", "atjaunināšan", "pārbaud")),
    "mt": (("{}* li jmiss",), ("reviżjon", "aġġornament", "rieżami")),
}  # fmt: skip

PUBLISHED: dict[str, tuple[str, ...]] = {
    "el": ("δημοσιεύθηκε",),
    "et": ("avaldatud",),
    "fi": ("julkaistu",),
    "ga": ("foilsithe",),
    "hu": ("közzétéve",),
    "lt": ("paskelbta",),
    "lv": ("publicēt*",),
    "mt": ("ippubblikat*",),
}  # fmt: skip

RELEASE_NOTES: dict[str, tuple[str, ...]] = {
    "el": ("σημειώσεις έκδοσης",),
    "et": ("väljalaskemärkmed", "versiooniteave"),
    "fi": ("julkaisutiedot", "versiotiedot"),
    "ga": ("nótaí eisiúna",),
    "hu": ("kiadási megjegyzések", "verzióinformációk"),
    "lt": ("leidimo pastabos", "versijos pastabos"),
    "lv": ("laidiena piezīmes", "versijas piezīmes"),
    "mt": ("noti tar-rilaxx",),
}  # fmt: skip
