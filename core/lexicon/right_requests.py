"""A right stated as a request: "you can ask us to delete ...", per language.

A policy often grants a data subject's right without naming it: "you can ask us
to correct or delete your data", "du kan be oss om å slette", "Sie können uns
bitten, Ihre Daten zu löschen", "vous pouvez nous demander de supprimer vos
données". The action asked for (delete, correct, restrict, stop, see a copy,
move the data) is then the right, not the service's own retention or sharing.

:data:`REQUEST_WORDS` ``[language]`` holds the request cue, in the same parts in
every language: "ask us to", "request that we / us to", "require that we", each
anchored on the user asking the service: "us" or "we" in the cue, or the user as the
one asking ("puede solicitar que", "możesz zażądać"), never the service asking the
user ("podemos solicitar que nos proporcione ...") nor "upon request we".
:data:`REQUESTED_ACTIONS` ``[language]`` holds the actions a data subject asks
for, in the same six parts: see (access, a copy), correct (rectify, update),
delete (erase, remove), restrict (limit), stop (cease, object), move (transfer,
port). Both are word starts matched on the comparison key (lower case, no
punctuation: "pedir-nos" is read "pedir nos", "d'accéder" "d accéder");
:func:`policywatch.diffing.filing.requested` reads them together.

    >>> sorted(REQUEST_WORDS) == sorted(REQUESTED_ACTIONS)
    True
"""

from __future__ import annotations

# The user as the one asking, in English: "you (can) request that we", "the right to
# request that we"; not "upon request we", nor "the law may require us to".
_EN_ASKER = r"(?:(?:you|users?|customers?|individuals?) (?:\w+ ){0,2}|to |please )"

# fmt: off
REQUEST_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"ask us (?:to|not to)\b", r"ask that we\b", r"instruct us to\b",
           rf"{_EN_ASKER}(?:request|require) (?:that )?(?:we|us to)\b"),
    "nb": (r"be oss (?:om )?(?:å|at)\b", r"be om at vi\b", r"kreve at vi\b",
           r"anmode oss om\b"),
    "de": (r"uns (?:\w+ )?bitten\b", r"von uns verlangen\b", r"verlangen dass wir\b",
           r"uns auffordern\b", r"bitten dass wir\b"),
    "fr": (r"nous demander (?:de|d|que)\b", r"demander que nous\b",
           r"exiger (?:que nous|de nous)\b", r"nous solliciter pour\b"),
    "es": (r"solicitarnos\b", r"pedirnos\b", r"exigirnos que\b",
           r"(?:usted|puede|puedes|pueden|podrá|podrás|derecho a) (?:\w+ )?(?:solicitar|pedir"
           r"|exigir) que\b"),
    "it": (r"chiederci\b", r"richiederci\b",
           r"(?:puoi|può|potete|potrà|potrai|diritto di) (?:\w+ )?(?:ri)?chiedere che\b"),
    "nl": (r"ons (?:\w+ )?(?:te )?vragen\b", r"ons (?:\w+ )?(?:te )?verzoeken\b",
           r"verzoeken dat wij\b", r"eisen dat wij\b"),
    "sv": (r"be oss (?:att|om)\b", r"begära att vi\b", r"kräva att vi\b"),
    "da": (r"bede os (?:om|at)\b", r"anmode os om\b", r"kræve at vi\b", r"anmode om at vi\b"),
    "pl": (r"zwrócić się do nas (?:o|z)\b", r"poprosić nas o\b", r"żądać od nas\b",
           r"(?:możesz|może pan|może pani|mogą państwo|prawo) (?:\w+ )?zażądać\b"),
    "pt": (r"pedir nos\b", r"solicitar nos\b",
           r"(?:você|pode|podes|podem|poderá|direito de) (?:\w+ )?(?:pedir|solicitar) que\b"),
}

REQUESTED_ACTIONS: dict[str, tuple[str, ...]] = {
    "en": (r"access", r"(?:give|send|provide) you (?:a )?cop", r"cop(?:y|ies) of",
           r"correct", r"rectif", r"updat",
           r"delet", r"eras", r"remov",
           r"restrict", r"limit",
           r"stop", r"ceas",
           r"transfer", r"port(?:ab|ed\b|ing\b|\b)"),
    "nb": (r"innsyn", r"kopi",
           r"rett(?:e|er)\b", r"korriger", r"oppdater",
           r"slett", r"fjern",
           r"begrens",
           r"stans", r"stopp", r"slutte",
           r"overfør"),
    "de": (r"auskunft", r"kopie",
           r"berichtig", r"korrigier", r"aktualisier",
           r"lösch", r"entfern",
           r"einschränk", r"einzuschränk",
           r"einstell", r"einzustell", r"unterlass",
           r"übertrag", r"zu übertragen"),
    "fr": (r"accéd", r"accès", r"copie",
           r"rectifi", r"corrig", r"mettre à jour",
           r"supprim", r"effac",
           r"limit",
           r"cesser", r"arrêter",
           r"transf[eé]r", r"porter"),
    "es": (r"acce", r"copia",
           r"rectific", r"corregi", r"actualiz",
           r"suprim", r"borr", r"elimin",
           r"limit", r"restring",
           r"dej(?:ar|emos) de", r"cese",
           r"transfer", r"portar"),
    "it": (r"access", r"copia",
           r"rettific", r"corregg", r"aggiorn",
           r"cancell", r"elimin",
           r"limit",
           r"interromp", r"smett", r"cessare",
           r"trasferi"),
    "nl": (r"inzage", r"kopie",
           r"corriger", r"verbeter", r"rectific", r"bijwerk", r"bij te werken",
           r"verwijder", r"wissen",
           r"beperk",
           r"stoppen", r"staken",
           r"overdrag", r"over te dragen"),
    "sv": (r"tillgång", r"kopia",
           r"rätta", r"korrigera", r"uppdatera",
           r"radera", r"ta bort",
           r"begränsa",
           r"sluta", r"upphöra",
           r"överför"),
    "da": (r"indsigt", r"adgang", r"kopi",
           r"rette\b", r"berigtig", r"korriger", r"opdater",
           r"slet", r"fjern",
           r"begræns",
           r"stoppe", r"ophøre",
           r"overfør"),
    "pl": (r"dostęp", r"kopi",
           r"sprostowani", r"popraw", r"aktualiz",
           r"usunięci", r"usun",
           r"ogranicz",
           r"zaprzesta",
           r"przeniesieni", r"przekazani"),
    "pt": (r"acess", r"cópia",
           r"retific", r"corrig", r"atualiz",
           r"apag", r"elimin",
           r"limit", r"restring",
           r"deix(?:ar|emos) de", r"cess",
           r"transfer", r"portabilidade"),
}
# fmt: on
