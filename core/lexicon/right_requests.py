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
:data:`REQUESTED_ACTION_KINDS` ``[language][kind]`` holds the actions a data subject
asks for (:data:`REQUESTED_ACTIONS` all of them together), in the same six kinds:
see (access, a copy), correct (rectify, update), delete (erase, remove), restrict
(limit), stop (cease, object), move (transfer, port). Both are word starts matched
on the comparison key (lower case, no punctuation: "pedir-nos" is read "pedir nos",
"d'accéder" "d accéder"); :func:`policywatch.diffing.filing.requested` reads them together.

    >>> sorted(REQUEST_WORDS) == sorted(REQUESTED_ACTIONS)
    True
    >>> {tuple(kinds) for kinds in REQUESTED_ACTION_KINDS.values()}
    {('see', 'correct', 'delete', 'restrict', 'stop', 'move')}
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

REQUESTED_ACTION_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "see": (r"access", r"(?:give|send|provide) you (?:a )?cop", r"cop(?:y|ies) of"),
        "correct": (r"correct", r"rectif", r"updat"),
        "delete": (r"delet", r"eras", r"remov"),
        "restrict": (r"restrict", r"limit"),
        "stop": (r"stop", r"ceas"),
        "move": (r"transfer", r"port(?:ab|ed\b|ing\b|\b)"),
    },
    "nb": {
        "see": (r"innsyn", r"kopi"),
        "correct": (r"rett(?:e|er)\b", r"korriger", r"oppdater"),
        "delete": (r"slett", r"fjern"),
        "restrict": (r"begrens",),
        "stop": (r"stans", r"stopp", r"slutte"),
        "move": (r"overfør",),
    },
    "de": {
        "see": (r"auskunft", r"kopie"),
        "correct": (r"berichtig", r"korrigier", r"aktualisier"),
        "delete": (r"lösch", r"entfern"),
        "restrict": (r"einschränk", r"einzuschränk"),
        "stop": (r"einstell", r"einzustell", r"unterlass"),
        "move": (r"übertrag", r"zu übertragen"),
    },
    "fr": {
        "see": (r"accéd", r"accès", r"copie"),
        "correct": (r"rectifi", r"corrig", r"mettre à jour"),
        "delete": (r"supprim", r"effac"),
        "restrict": (r"limit",),
        "stop": (r"cesser", r"arrêter"),
        "move": (r"transf[eé]r", r"porter"),
    },
    "es": {
        "see": (r"acce", r"copia"),
        "correct": (r"rectific", r"corregi", r"actualiz"),
        "delete": (r"suprim", r"borr", r"elimin"),
        "restrict": (r"limit", r"restring"),
        "stop": (r"dej(?:ar|emos) de", r"cese"),
        "move": (r"transfer", r"portar"),
    },
    "it": {
        "see": (r"access", r"copia"),
        "correct": (r"rettific", r"corregg", r"aggiorn"),
        "delete": (r"cancell", r"elimin"),
        "restrict": (r"limit",),
        "stop": (r"interromp", r"smett", r"cessare"),
        "move": (r"trasferi",),
    },
    "nl": {
        "see": (r"inzage", r"kopie"),
        "correct": (r"corriger", r"verbeter", r"rectific", r"bijwerk", r"bij te werken"),
        "delete": (r"verwijder", r"wissen"),
        "restrict": (r"beperk",),
        "stop": (r"stoppen", r"staken"),
        "move": (r"overdrag", r"over te dragen"),
    },
    "sv": {
        "see": (r"tillgång", r"kopia"),
        "correct": (r"rätta", r"korrigera", r"uppdatera"),
        "delete": (r"radera", r"ta bort"),
        "restrict": (r"begränsa",),
        "stop": (r"sluta", r"upphöra"),
        "move": (r"överför",),
    },
    "da": {
        "see": (r"indsigt", r"adgang", r"kopi"),
        "correct": (r"rette\b", r"berigtig", r"korriger", r"opdater"),
        "delete": (r"slet", r"fjern"),
        "restrict": (r"begræns",),
        "stop": (r"stoppe", r"ophøre"),
        "move": (r"overfør",),
    },
    "pl": {
        "see": (r"dostęp", r"kopi"),
        "correct": (r"sprostowani", r"popraw", r"aktualiz"),
        "delete": (r"usunięci", r"usun"),
        "restrict": (r"ogranicz",),
        "stop": (r"zaprzesta",),
        "move": (r"przeniesieni", r"przekazani"),
    },
    "pt": {
        "see": (r"acess", r"cópia"),
        "correct": (r"retific", r"corrig", r"atualiz"),
        "delete": (r"apag", r"elimin"),
        "restrict": (r"limit", r"restring"),
        "stop": (r"deix(?:ar|emos) de", r"cess"),
        "move": (r"transfer", r"portabilidade"),
    },
}
# fmt: on
# Every action of a language, whatever its kind: the word starts read after a cue.
REQUESTED_ACTIONS: dict[str, tuple[str, ...]] = {
    language: tuple(stem for stems in kinds.values() for stem in stems)
    for language, kinds in REQUESTED_ACTION_KINDS.items()
}
