"""Issue 12t's cue audit: each language's row of the date phrasings a reader meets.

For every language of :data:`policywatch.core.lexicon.LANGUAGES`, the common
way its policies, terms and DPAs write "takes effect", "with effect from",
"entry into force" (a label), "date of the last update" (a label) and
"last amended", written from the EU's multilingual legal terminology (the
wording of the Official Journal's final provisions: "shall enter into
force", "shall apply from", "with effect from") and each language's web
usage, apart from the cue list (:mod:`policywatch.core.lexicon.date_cues`):
the rows check the list, they do not copy it. Together with
:data:`tests.extract.date_languages.PHRASINGS` ("applies from", "in force
from", "valid from", "modified", "revised", "last reviewed", "version of")
and ``AS_OF`` they make each language's whole row. A phrasing holding
``{}`` puts the date there (verb-final and postposition languages).

``OTHER_THING`` is a thing other than the document that a policy dates in
its text (a price list), so every phrasing has its twin: the same words
dating something else.
"""

from __future__ import annotations

ROW_NAMES = (
    "takes effect", "with effect from", "entry into force", "date of last update",
    "last amended",
)  # fmt: skip
ROW_KINDS = dict(zip(ROW_NAMES, ("effective",) * 3 + ("last_updated",) * 2, strict=True))
ROWS: dict[str, tuple[str, ...]] = {
    "bg": ("Влиза в сила на", "С действие от", "Влизане в сила:",
           "Дата на последната актуализация:", "Последно изменение:"),
    "cs": ("Nabývá účinnosti dnem", "S účinností od", "Nabytí účinnosti:",
           "Datum poslední aktualizace:", "Naposledy upraveno:"),
    "da": ("Træder i kraft den", "Med virkning fra", "Ikrafttræden:",
           "Dato for seneste opdatering:", "Senest tilpasset:"),
    "de": ("Tritt in Kraft am", "Mit Wirkung vom", "Inkrafttreten:",
           "Datum der letzten Aktualisierung:", "Zuletzt angepasst am"),
    "el": ("Τίθεται σε ισχύ στις", "Με ισχύ από", "Έναρξη ισχύος:",
           "Ημερομηνία τελευταίας ενημέρωσης:", "Τελευταία τροποποίηση:"),
    "en": ("Takes effect on", "With effect from", "Entry into force:",
           "Date of last update:", "Last amended:"),
    "es": ("Surte efecto el", "Con efecto desde el", "Entrada en vigor:",
           "Fecha de la última actualización:", "Última modificación:"),
    "et": ("Jõustub", "Kehtivusega alates", "Jõustumine:",
           "Viimase uuenduse kuupäev:", "Viimati muudetud:"),
    "fi": ("Tulee voimaan", "Voimaan {} lukien", "Voimaantulo:",
           "Viimeisimmän päivityksen päivämäärä:", "Viimeksi muutettu:"),
    "fr": ("Prend effet le", "Avec effet au", "Entrée en vigueur :",
           "Date de la dernière mise à jour :", "Dernière actualisation :"),
    "ga": ("Tagann i bhfeidhm ar", "Le héifeacht ó", "Teacht i bhfeidhm:",
           "Dáta an nuashonraithe dheireanaigh:", "Leasaithe go deireanach:"),
    "hr": ("Stupa na snagu", "S učinkom od", "Stupanje na snagu:",
           "Datum posljednjeg ažuriranja:", "Posljednja izmjena:"),
    "hu": ("Hatályba lép:", "{}-i hatállyal", "Hatálybalépés:",
           "Utolsó frissítés dátuma:", "Utoljára módosítva:"),
    "is": ("Tekur gildi", "Öðlast gildi", "Gildistaka:",
           "Dagsetning síðustu uppfærslu:", "Síðast breytt:"),
    "it": ("Ha effetto dal", "Con effetto dal", "Entrata in vigore:",
           "Data dell'ultimo aggiornamento:", "Ultima modifica:"),
    "lt": ("Įsigalioja", "Galiojanti nuo", "Įsigaliojimas:",
           "Paskutinio atnaujinimo data:", "Paskutinį kartą pakeista:"),
    "lv": ("Stājas spēkā", "Piemērojams no", "Stāšanās spēkā:",
           "Pēdējās atjaunināšanas datums:", "Pēdējoreiz grozīts:"),
    "mt": ("Jidħol fis-seħħ fil-", "B'effett minn", "Dħul fis-seħħ:",
           "Data tal-aħħar aġġornament:", "L-aħħar emenda:"),
    "nb": ("Trer i kraft", "Med virkning fra", "Ikrafttredelse:",
           "Dato for siste oppdatering:", "Sist justert:"),
    "nl": ("Treedt in werking op", "Met ingang van", "Inwerkingtreding:",
           "Datum van de laatste wijziging:", "Laatst aangepast:"),
    "nn": ("Tek til å gjelde", "Med verknad frå", "Ikrafttreding:",
           "Dato for siste oppdatering:", "Sist justert:"),
    "pl": ("Wchodzi w życie z dniem", "Ze skutkiem od", "Wejście w życie:",
           "Data ostatniej aktualizacji:", "Ostatnio zmieniono:"),
    "pt": ("Produz efeitos a partir de", "Com efeito a partir de", "Entrada em vigor:",
           "Data da última atualização:", "Última alteração:"),
    "ro": ("Intră în vigoare la", "Cu efect de la", "Intrare în vigoare:",
           "Data ultimei actualizări:", "Ultima modificare:"),
    "sk": ("Nadobúda účinnosť dňom", "S účinnosťou od", "Nadobudnutie účinnosti:",
           "Dátum poslednej aktualizácie:", "Naposledy upravené:"),
    "sl": ("Začne veljati", "Z učinkom od", "Začetek veljavnosti:",
           "Datum zadnje posodobitve:", "Nazadnje spremenjeno:"),
    "sv": ("Träder i kraft den", "Med verkan från", "Ikraftträdande:",
           "Datum för senaste uppdatering:", "Senast justerad:"),
}  # fmt: skip

# A thing other than the document that a policy's text dates ("the new price list").
OTHER_THING = {
    "bg": "Новата ценова листа", "cs": "Nový ceník", "da": "Den nye prisliste",
    "de": "Die neue Preisliste", "el": "Ο νέος τιμοκατάλογος", "en": "The new price list",
    "es": "La nueva lista de precios", "et": "Uus hinnakiri", "fi": "Uusi hinnasto",
    "fr": "La nouvelle grille tarifaire", "ga": "An liosta praghsanna nua",
    "hr": "Novi cjenik", "hu": "Az új árlista", "is": "Nýja verðskráin",
    "it": "Il nuovo listino prezzi", "lt": "Naujas kainoraštis", "lv": "Jaunais cenrādis",
    "mt": "Il-lista l-ġdida tal-prezzijiet", "nb": "Den nye prislisten",
    "nl": "De nieuwe prijslijst", "nn": "Den nye prislista", "pl": "Nowy cennik",
    "pt": "A nova tabela de preços", "ro": "Noua listă de prețuri", "sk": "Nový cenník",
    "sl": "Novi cenik", "sv": "Den nya prislistan",
}  # fmt: skip

# "A new version": words announcing a later text, whose date is never the stated one.
NEW_VERSION = {
    "bg": "Нова версия", "cs": "Nová verze", "da": "Ny version", "de": "Neue Version",
    "el": "Νέα έκδοση", "en": "New version", "es": "Nueva versión", "et": "Uus versioon",
    "fi": "Uusi versio", "fr": "Nouvelle version", "ga": "Leagan nua", "hr": "Nova verzija",
    "hu": "Új verzió", "is": "Ný útgáfa", "it": "Nuova versione", "lt": "Nauja versija",
    "lv": "Jaunā versija", "mt": "Verżjoni ġdida", "nb": "Ny versjon", "nl": "Nieuwe versie",
    "nn": "Ny versjon", "pl": "Nowa wersja", "pt": "Nova versão", "ro": "Noua versiune",
    "sk": "Nová verzia", "sl": "Nova različica", "sv": "Ny version",
}  # fmt: skip
