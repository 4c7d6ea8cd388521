"""The date cues of Romance languages, merged by
:mod:`policywatch.core.lexicon.date_cues` (its doc says how the phrases are written)."""

from __future__ import annotations

CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "last_updated": ("última actualización", "actualizad*", "última modificación",
                         "modificad* el", "última revisión", "revisad* el",
                         "fecha de actualización", "última edición"),
        "effective": ("entrada en vigor", "fecha de entrada en vigor", "en vigor desde",
                      "vigente desde", "vigente a partir del", "en vigor a partir del",
                      "aplicable desde", "aplicable a partir del", "válid* desde",
                      "efectiv* desde", "con efectos desde", "fecha de vigencia",
                      "fecha de efectividad", "entra en vigor",
                      "surte efecto", "surte efectos", "con efecto desde",
                      "con efectos a partir del", "con efecto a partir del",
                      "con efectos a partir de"),
        "version": ("versión", "version*"),
        "other": ("anterior", "anteriores", "sustituye", "reemplaza", "archivo",
                  "entrará en vigor",
                  "surtirá efecto", "surtirá efectos"),
    },
    "fr": {
        "last_updated": ("dernière mise à jour", "mise à jour", "mis à jour", "mise à jour le",
                         "à jour du", "à jour au", "dernière modification", "modifié*",
                         "révisé*", "dernière révision", "actualisé*",
                         "dernière actualisation", "actualisation", "révision du"),
        "effective": ("entrée en vigueur", "en vigueur", "applicable à compter du",
                      "applicable à partir du", "applicable dès le", "applicables à compter du",
                      "date d'effet", "prend effet", "effectif à compter du",
                      "valable* à compter du", "valable* à partir du",
                      "avec effet au", "avec effet à compter du", "avec effet à partir du",
                      "avec effet le", "applicable au", "valable* dès le", "applicable depuis le"),
        "version": ("version*", "version du", "en date du"),
        "other": ("précédent*", "ancienne", "antérieur*", "remplace", "archive*",
                  "entrera en vigueur", "nouvelle version"),
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
                      "entra in vigore",
                      "ha effetto dal", "ha effetto a partire dal", "con effetto dal",
                      "con effetto a partire dal", "con effetto a decorrere dal",
                      "prende effetto", "produce effetti dal"),
        "version": ("version*",),
        "other": ("precedent*", "sostituisce", "archivio", "entrerà in vigore",
                  "avrà effetto"),
    },
    "pt": {
        "last_updated": ("última atualização", "última actualização", "atualizad*",
                         "actualizad*", "última modificação", "modificad* em",
                         "última revisão", "revisad* em", "última edição",
                         "última alteração", "alterad* em"),
        "effective": ("em vigor desde", "em vigor a partir de", "entra em vigor",
                      "entrada em vigor", "data de entrada em vigor", "vigente desde",
                      "válid* a partir de", "aplicável a partir de", "com efeitos a partir de",
                      "data de vigência", "vigência",
                      "produz efeitos", "produz efeito", "com efeito a partir de",
                      "com efeitos desde", "com efeito desde", "aplica-se a partir de"),
        "version": ("versão", "versões"),
        "other": ("anteriormente", "substitui", "arquivo", "entrará em vigor",
                  "produzirá efeitos"),
    },
    "ro": {
        "last_updated": ("ultima actualizare", "actualizat*", "ultima modificare",
                         "modificat*", "revizuit*", "data ultimei actualizări", "ultima revizuire",
                         "data ultimei revizuiri"),
        "effective": ("în vigoare de la", "în vigoare din", "intră în vigoare",
                      "intrat în vigoare", "data intrării în vigoare", "aplicabil* de la",
                      "valabil* de la", "valabil* începând cu", "se aplică de la",
                      "se aplică începând cu",
                      "cu efect de la", "cu efect începând cu", "cu începere de la",
                      "intrare în vigoare", "intrarea în vigoare", "produce efecte de la"),
        "version": ("versiun*",),
        "other": ("anterioar*", "precedent*", "înlocuiește", "arhiv*", "va intra în vigoare"),
    },
}  # fmt: skip

CHANGE_LOGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "es": (("historial de {}*", "registro de {}*", "control de {}*"),
           ("version", "cambio", "modificacion", "revision")),
    "fr": (("historique des {}*", "journal des {}*", "suivi des {}*"),
           ("version", "modification", "révision")),
    "it": (("cronologia delle {}*", "storico delle {}*", "registro delle {}*", "cronologia {}*",
            "storico {}*", "registro {}*"), ("version", "modific", "revision")),
    "pt": (("histórico de {}*", "histórico das {}*", "registo de {}*", "registro de {}*"),
           ("vers", "alteraç", "modificaç", "revis")),
    "ro": (("istoricul {}*", "istoric {}*", "registrul {}*", "jurnalul {}*"),
           ("versiun", "modificăr", "revizi")),
}  # fmt: skip

NEXT_REVIEWS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "es": (("próxim* {}*",), ("revisi", "actualizaci")),
    "fr": (("prochain* {}*",), ("révision", "réexamen", "revue", "mise à jour")),
    "it": (("prossim* {}*",), ("revision", "aggiornament", "riesame", "verific")),
    "pt": (("próxim* {}*",), ("revis", "atualizaç", "actualizaç")),
    "ro": (("următo* {}*",), ("revizuir", "actualizar", "revizi")),
}  # fmt: skip

PUBLISHED: dict[str, tuple[str, ...]] = {
    "es": ("publicad*",),
    "fr": ("publié*",),
    "it": ("pubblicat*",),
    "pt": ("publicad*",),
    "ro": ("publicat*",),
}  # fmt: skip

RELEASE_NOTES: dict[str, tuple[str, ...]] = {
    "es": ("notas de la versión", "notas de versión"),
    "fr": ("notes de version", "notes de mise à jour"),
    "it": ("note di rilascio", "note sulla versione"),
    "pt": ("notas de versão", "notas da versão", "notas de lançamento"),
    "ro": ("note de lansare", "note privind versiunea"),
}  # fmt: skip
