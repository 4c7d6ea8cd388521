"""Words with two senses, which a sentence uses in the data sense only beside a data word.

"Transfer" is a transfer of personal data in "we transfer your data to the US", and
no such thing in "Premium credits are not transferable" or "the Commission will
transfer your complaint"; "consent" is a legal basis for processing in "we process
your data with your consent", not in "the double click is consent to the contract"
or "this technology needs your consent to be switched on". So a category whose
every word found in a sentence is one of these (:data:`TWO_SENSES`) counts only
when the sentence also has a word for personal data or its processing
(:data:`DATA_WORDS`). The category's unambiguous words (standard contractual
clauses, third country, legal basis, legitimate interest) count on their own.

One row per language, the same concepts in each: data, information, personal
data, processing (the noun and the verb's participle). Word starts, matched on a
comparison key (lower case, no punctuation), as the category table's stems.

    >>> import re
    >>> words = re.compile("|".join(DATA_WORDS["fr"]))
    >>> bool(words.search("nous transférons vos données")), bool(words.search("les crédits"))
    (True, False)
"""

from __future__ import annotations

# fmt: off
DATA_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"data\b", r"information\b", r"personal\b", r"processing\b", r"processed\b"),
    "nb": (r"opplysning", r"personopplysning", r"informasjon", r"data\b", r"dataene",
           r"behandl"),
    "de": (r"daten", r"personenbezogen", r"information", r"verarbeit"),
    "fr": (r"données", r"information", r"traitement", r"traitée?s?\b"),
    "es": (r"datos", r"información", r"tratamiento"),
    "it": (r"dati\b", r"informazion", r"trattament"),
    "nl": (r"gegevens", r"persoonsgegevens", r"informatie", r"verwerk"),
    "sv": (r"uppgift", r"personuppgift", r"data\b", r"datan", r"information", r"behandl"),
    "da": (r"oplysning", r"personoplysning", r"persondata", r"data\b", r"dataene", r"behandl"),
    "pl": (r"dan(?:e|ych|ymi)\b", r"informacj", r"przetwarz"),
    "pt": (r"dados", r"informaç", r"tratamento"),
}

# The words of a category that have another sense (see the module docstring): the verb
# of transferring, and consent. Each a word start the category's row also matches.
TWO_SENSES: dict[str, dict[str, tuple[str, ...]]] = {
    "transfers": {
        "en": (r"transfer",), "nb": (r"overfør",), "de": (r"übermitt",),
        "fr": (r"transf[eé]r",), "es": (r"transfer",), "it": (r"trasferi",),
        "nl": (r"doorgifte", r"doorgegeven", r"doorgeven"), "sv": (r"överför",),
        "da": (r"overfør",), "pl": (r"przekazuj",), "pt": (r"transfer",),
    },
    "legal_basis": {
        "en": (r"consent",), "nb": (r"samtykke",), "de": (r"einwillig",),
        "fr": (r"consentement",), "es": (r"consentimiento",), "it": (r"consenso",),
        "nl": (r"toestemming",), "sv": (r"samtycke",), "da": (r"samtykke",),
        "pl": (r"zgod",), "pt": (r"consentimento",),
    },
}
# fmt: on


# "Minor" is a child in "we do not knowingly collect data from minors" and no child in
# "a minor defect", "minor changes", "modifications mineures", "modifiche minori": the
# adjective beside a noun that is not a person. English puts the adjective before its
# noun, the Romance languages after it; "minderjährig", "mindreårig", "minderårig",
# "minderjarig" and "małoletni" have only the person sense and are not here.
#
# MINOR_WORDS: the word of two senses per language (a word start of the children row),
# which side its noun stands on, and the copulas that make it the noun's predicate ("the
# defect is minor", "le défaut de conformité est mineur"). PERSON_SENSE: the words beside
# it that keep the person sense besides the language's function words
# (core.lexicon.function_words):
# the people a minor is ("minor users", "utilisateurs mineurs", "personas menores"), and
# the few grammar words of an age or a person that are not among the commonest ("a minor
# under 13", "the minor's", "si vous êtes mineur").
# fmt: off
MINOR_WORDS: dict[str, tuple[str, str, str]] = {
    "en": (r"minor", "after", r"(?:is|are|was|were|be|been|being|seems?|remains?)"),
    "fr": (r"mineur", "before", r"(?:est|sont|soit|soient|était|étaient|être|restes?|restent"
           r"|semblent|semble|paraît)"),
    "es": (r"menor", "before", r"(?:es|son|sea|sean|era|eran|ser|resulta|resultan)"),
    "it": (r"minori", "before", r"(?:è|sono|sia|siano|era|erano|essere|risultano)"),
    "pt": (r"menor", "before", r"(?:é|são|seja|sejam|era|eram|ser|forem)"),
}
PERSON_SENSE: dict[str, tuple[str, ...]] = {
    "en": (r"child(?:ren)?", r"users?", r"customers?", r"persons?", r"people", r"individuals?",
           r"members?", r"visitors?", r"subscribers?", r"students?", r"players?", r"patients?",
           r"accounts?", r"s", r"under", r"below", r"aged", r"whose", r"without"),
    "fr": (r"enfants?", r"personnes?", r"utilisat(?:eur|rice)s?", r"client(?:e|s|es)?",
           r"membres?", r"visiteu(?:r|se)s?", r"abonnée?s?", r"élèves?", r"joueu(?:r|se)s?",
           r"patient(?:e|s|es)?", r"individus?", r"êtes", r"soit", r"soient", r"étant"),
    "es": (r"niñ[oa]s?", r"hij[oa]s?", r"personas?", r"usuari[oa]s?", r"clientes?",
           r"miembros?", r"visitantes?", r"suscriptor(?:es)?", r"alumn[oa]s?",
           r"jugador(?:es)?", r"pacientes?", r"individuos?", r"eres", r"sea", r"sean"),
    "it": (r"bambin[ie]", r"figli", r"person[ae]", r"utent[ie]", r"client[ie]", r"membri",
           r"visitatori", r"iscritti", r"student[ie]", r"giocatori", r"pazienti",
           r"individui", r"sei", r"siano"),
    "pt": (r"crianças", r"filh[oa]s?", r"pessoas?", r"usuári[oa]s?", r"utilizador(?:es)?",
           r"clientes?", r"membros?", r"visitantes?", r"assinantes?", r"alun[oa]s?",
           r"jogador(?:es)?", r"pacientes?", r"indivíduos?", r"for", r"seja", r"sejam"),
}
# fmt: on


# Security is of data and systems in "we secure your data", "la sécurité des plateformes"
# and the safety of people in "the security of our members", "la sécurité et la santé du
# personnel", "die Sicherheit unserer Mitarbeiter", "sikkerheten til brukerne": no
# security commitment. PEOPLE: the people a service names, one row per language, the same
# concepts in each: users, customers, members, persons, staff, children, visitors, the
# public. Word starts, as the category table's stems.
# fmt: off
PEOPLE: dict[str, tuple[str, ...]] = {
    "en": (r"users?\b", r"customers?\b", r"members?\b", r"persons?\b", r"people\b",
           r"individuals?\b", r"staff\b", r"employees?\b", r"personnel\b", r"workers?\b",
           r"child(?:ren)?\b", r"visitors?\b", r"guests?\b", r"passengers?\b", r"drivers?\b",
           r"the public\b", r"everyone\b"),
    "nb": (r"bruker(?:e|en|ne|es|ens|nes)?\b", r"kunde(?:n|ne|r|ns|nes)?\b",
           r"medlem(?:met|mer|mene)?s?\b", r"person(?:en|er|ene)?s?\b", r"folks?\b",
           r"ansatte?s?\b", r"personalets?\b", r"barn(?:et|a|ene)?s?\b",
           r"besøkende\b", r"passasjer(?:en|er|ene)?s?\b", r"sjåfør(?:en|er|ene)?s?\b",
           r"allmennhetens?\b"),
    "de": (r"nutzer(?:in|innen|n|s)?\b", r"benutzer(?:in|innen|n|s)?\b",
           r"kund(?:e|en|in|innen)\b", r"mitglied(?:er|ern|s)?\b", r"person(?:en)?\b",
           r"menschen\b", r"mitarbeit(?:er|ern|erin|erinnen|enden)\b", r"personals?\b",
           r"beschäftigten\b", r"kinder[n]?\b", r"besucher(?:n|in|innen)?\b",
           r"gäste[n]?\b", r"fahrgäste[n]?\b", r"fahrer(?:n|in|innen)?\b",
           r"öffentlichkeit\b"),
    "fr": (r"utilisat(?:eur|rice)s?\b", r"clients?\b", r"clientes?\b", r"membres?\b",
           r"personnes?\b", r"individus?\b", r"personnel\b", r"salariés?\b",
           r"collaborat(?:eur|rice)s?\b", r"employés?\b", r"enfants?\b", r"visiteu(?:r|se)s?\b",
           r"voyageu(?:r|se)s?\b", r"passagers?\b", r"conducteurs?\b", r"public\b",
           r"tous\b"),
    "es": (r"usuari[oa]s?\b", r"clientes?\b", r"miembros?\b", r"personas?\b",
           r"individuos?\b", r"personal\b", r"empleados?\b", r"trabajadores?\b",
           r"niñ[oa]s?\b", r"visitantes?\b", r"pasajeros?\b", r"conductores?\b",
           r"público\b"),
    "it": (r"utent[ie]\b", r"client[ie]\b", r"membri\b", r"person[ae]\b", r"individui\b",
           r"personale\b", r"dipendenti\b", r"lavoratori\b", r"bambini\b",
           r"visitatori\b", r"passeggeri\b", r"conducenti\b", r"pubblico\b"),
    "pt": (r"usuári[oa]s?\b", r"utilizador(?:es)?\b", r"clientes?\b", r"membros?\b",
           r"pessoas?\b", r"indivíduos?\b", r"pessoal\b", r"funcionári[oa]s?\b",
           r"trabalhador(?:es)?\b", r"crianças\b", r"visitantes?\b", r"passageiros?\b",
           r"condutor(?:es)?\b", r"público\b"),
}
# The security word (a word start of the security row) and what stands between it and
# the people (PEOPLE) it is the safety of: "security of our", "sécurité et la santé du",
# "sikkerheten til", "Sicherheit unserer"; or the people's genitive before it
# ("brukernes sikkerhet").
SAFETY_OF_PEOPLE: dict[str, tuple[str, ...]] = {
    "en": (r"(?:safety|security) (?:and (?:health|well ?being|welfare) )?of (?:\w+ ){0,2}?PEOPLE",),
    "nb": (r"sikkerhet(?:en)? (?:og helse(?:n)? )?(?:til|for) (?:\w+ ){0,2}?PEOPLE",
           r"PEOPLE sikkerhet\w*"),
    "de": (r"sicherheit (?:und (?:die )?gesundheit )?(?:der|des|von|unserer|ihrer|aller)"
           r" (?:\w+ ){0,2}?PEOPLE",),
    "fr": (r"sécurité (?:physique )?(?:et (?:la )?santé )?(?:des|du|de (?:nos|vos|leurs|ses"
           r"|la|l)) (?:\w+ ){0,2}?PEOPLE",),
    "es": (r"seguridad (?:física )?(?:y (?:la )?salud )?(?:de (?:los|las|nuestros|nuestras"
           r"|sus)|del) (?:\w+ ){0,2}?PEOPLE",),
    "it": (r"sicurezza (?:fisica )?(?:e (?:la )?salute )?(?:dei|degli|delle|del) (?:\w+ ){0,2}?"
           r"PEOPLE",),
    "pt": (r"segurança (?:física )?(?:e (?:a )?saúde )?(?:d(?:os|as|o|a)|de (?:nossos|seus))"
           r" (?:\w+ ){0,2}?PEOPLE",),
}
# fmt: on
