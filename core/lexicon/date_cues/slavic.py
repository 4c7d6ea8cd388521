"""The date cues of Slavic languages, merged by
:mod:`policywatch.core.lexicon.date_cues` (its doc says how the phrases are written)."""

from __future__ import annotations

CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "bg": {
        "last_updated": ("последна актуализация", "актуализиран*", "последна промяна",
                         "последно изменен*", "изменен* на", "променен* на", "последна редакция",
                         "ревизиран*", "последен преглед", "последно преглед*",
                         "последната актуализация", "последно изменение", "последната промяна"),
        "effective": ("в сила от", "влиза в сила", "влязла в сила", "влязъл в сила",
                      "приложим* от", "прилага се от", "валид* от", "дата на влизане в сила",
                      "с действие от", "считано от", "влизане в сила"),
        "version": ("верси*",),
        "other": ("предишн*", "предходн*", "заменя", "архив*", "ще влезе в сила",
                  "нова версия", "новата версия"),
    },
    "cs": {
        "last_updated": ("poslední aktualizace", "naposledy aktualizováno", "aktualizováno",
                         "aktualizace", "poslední změna", "naposledy změněno", "změněno",
                         "revidováno", "naposledy revidováno", "naposledy zkontrolováno",
                         "poslední revize", "poslední kontrola",
                         "naposledy upraveno", "upraveno", "poslední úprava",
                         # "aktualizované (znění)": the adjective "updated" (SSJČ
                         # aktualizovaný), written alike in Slovak's row.
                         "aktualizované", "aktualizované znění"),
        "effective": ("účinnost od", "účinné od", "účinný od", "účinná od", "platnost od",
                      "platné od", "platí od", "nabývá účinnosti", "v platnosti od",
                      "datum účinnosti",
                      "s účinností od", "nabytí účinnosti"),
        "version": ("verz*", "znění"),
        "other": ("předchozí", "dřívější", "nahrazuje", "archiv*", "nabude účinnosti",
                  "nová verze", "nové znění"),
    },
    "hr": {
        "last_updated": ("posljednje ažuriranje", "zadnje ažuriranje", "ažurirano",
                         "zadnja izmjena", "posljednja izmjena", "izmijenjeno",
                         "zadnji put ažuriran*", "revidiran*", "posljednji pregled",
                         "zadnji pregled", "posljednja revizija", "zadnja revizija",
                         "posljednjeg ažuriranja", "zadnjeg ažuriranja", "posljednje izmjene",
                         "zadnje izmjene"),
        "effective": ("na snazi od", "stupa na snagu", "stupio na snagu", "stupila na snagu",
                      "primjenjuje se od", "vrijedi od", "važe* od", "datum stupanja na snagu",
                      "s učinkom od", "stupanje na snagu", "važi od"),
        "version": ("verzij*", "inačic*"),
        "other": ("prethodn*", "ranij*", "zamjenjuje", "arhiv*", "stupit će na snagu",
                  "nova verzija", "nova inačica"),
    },
    "pl": {
        "last_updated": ("ostatni przegląd", "data przeglądu", "ostatni* aktualizacj*",
                         "ostatnio zaktualizowan*", "zaktualizowan*",
                         "aktualizacja", "data aktualizacji", "ostatni* zmian*",
                         "ostatnio zmienion*", "zmienion*", "ostatnia edycja"),
        "effective": ("obowiązuje od", "obowiązująca od", "obowiązujący od",
                      "wchodzi w życie", "wejście w życie", "weszła w życie",
                      "data wejścia w życie", "ważn* od", "stosuje się od",
                      "ze skutkiem od", "ma zastosowanie od", "mają zastosowanie od",
                      "obowiązujące od"),
        "version": ("wersj*",),
        "other": ("poprzedni*", "wcześniejsz*", "zastępuje", "archiw*", "wejdzie w życie",
                  "nowa wersja"),
    },
    "sk": {
        "last_updated": ("posledná aktualizácia", "naposledy aktualizované", "aktualizované",
                         "aktualizácia", "posledná zmena", "naposledy zmenené", "zmenené",
                         "revidované",
                         "naposledy revidované", "naposledy skontrolované", "posledná revízia",
                         "poslednej aktualizácie", "naposledy upravené", "posledná úprava"),
        "effective": ("účinnosť od", "účinné od", "platné od", "platí od",
                      "nadobúda účinnosť", "v platnosti od", "dátum účinnosti", "uplatňuje sa od",
                      "s účinnosťou od", "nadobudnutie účinnosti"),
        "version": ("verzi*", "znenie"),
        "other": ("predchádzajúc*", "predošl*", "nahrádza", "archív*",
                  "nadobudne účinnosť",
                  "nová verzia", "nové znenie"),
    },
    "sl": {
        "last_updated": ("zadnja posodobitev", "posodobljeno", "nazadnje posodobljen*",
                         "zadnja sprememba", "spremenjeno", "nazadnje spremenjen*",
                         "revidiran*", "zadnji pregled", "nazadnje pregledan*",
                         "zadnje posodobitve", "zadnje spremembe"),
        "effective": ("velja od", "veljavno od", "začne veljati", "začel* veljati",
                      "uporablja se od", "v veljavi od", "datum začetka veljavnosti",
                      "z učinkom od", "začetek veljavnosti", "veljavna od", "veljaven od"),
        "version": ("različic*", "verzij*"),
        "other": ("prejšnj*", "predhodn*", "nadomešča", "arhiv*", "bo začel* veljati",
                  "nova različica", "nova verzija"),
    },
}  # fmt: skip

CHANGE_LOGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "bg": (("история на {}*", "дневник на {}*", "регистър на {}*"),
           ("верси", "промен", "редакци")),
    "cs": (("historie {}*", "přehled {}*", "záznam {}*", "protokol {}*"),
           ("verz", "změn", "reviz")),
    "hr": (("povijest {}*", "dnevnik {}*", "popis {}*", "evidencija {}*"),
           ("verzij", "promjen", "izmjen", "revizij")),
    "pl": (("historia {}*", "rejestr {}*", "dziennik {}*"), ("wersj", "zmian", "rewizj")),
    "sk": (("história {}*", "prehľad {}*", "záznam {}*"), ("verzi", "zmien", "revízi")),
    "sl": (("zgodovina {}*", "dnevnik {}*", "evidenca {}*"),
           ("različic", "verzij", "sprememb", "revizij")),
}  # fmt: skip

NEXT_REVIEWS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "bg": (("следващ* {}*",), ("преглед", "ревизи", "актуализаци", "проверк")),
    "cs": (("příští {}*", "další {}*"), ("reviz", "kontrol", "přezkum", "aktualizac")),
    "hr": (("sljedeć* {}*", "iduć* {}*"), ("pregled", "revizij", "ažuriranj", "provjer")),
    "pl": (("następn* {}*", "kolejn* {}*"), ("przegląd", "aktualizacj", "rewizj", "weryfikacj")),
    "sk": (("ďalš* {}*", "nasledujúc* {}*"), ("revízi", "kontrol", "aktualizáci", "preskúm")),
    "sl": (("naslednj* {}*",), ("pregled", "revizij", "posodobit")),
}  # fmt: skip

PUBLISHED: dict[str, tuple[str, ...]] = {
    "bg": ("публикуван*",),
    "cs": ("zveřejněno",),
    "hr": ("objavljeno",),
    "pl": ("opublikowan*",),
    "sk": ("zverejnené",),
    "sl": ("objavljeno",),
}  # fmt: skip

RELEASE_NOTES: dict[str, tuple[str, ...]] = {
    "bg": ("бележки по версията", "бележки към изданието"),
    "cs": ("poznámky k verzi", "poznámky k vydání"),
    "hr": ("bilješke o izdanju", "napomene o izdanju"),
    "pl": ("informacje o wersji", "informacje o wydaniu"),
    "sk": ("poznámky k verzii", "poznámky k vydaniu"),
    "sl": ("opombe ob izdaji", "opombe k različici"),
}  # fmt: skip
