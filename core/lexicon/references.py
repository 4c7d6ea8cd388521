"""Sentences that tell no practice: one that sends the reader to another text, one that
defines a quoted term. Each table holds, per language the diff reads (en, nb, de, fr,
es, it, nl, sv, da, pl, pt), the same parts, matched at word starts on a sentence's
comparison key (:data:`POINTER_WORDS`) or after a quoted term (:data:`DEFINING_WORDS`);
:mod:`policywatch.diffing.categories_given` reads them.

    >>> sorted(POINTER_WORDS) == sorted(DEFINING_WORDS)
    True
"""

from __future__ import annotations

# A sentence that sends the reader elsewhere: "for more information (about X)", "to learn
# more", "X is described in our privacy policy", "please see / consult". It names what
# is told elsewhere and states nothing of it itself. Each cell: "for more information",
# "to learn / find out more", "is described / explained in", "please see / consult".
# Same parts in every language; matched on a comparison key (lower case, no punctuation).
POINTER_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"for (?:more|further|additional) (?:information|details)",
           r"to (?:learn|find out|read) more", r"(?:is|are) (?:described|explained) in",
           r"please (?:see|visit|refer to|consult)"),
    "nb": (r"for mer (?:informasjon|om)", r"for å (?:lære|finne ut|lese) mer",
           r"(?:er|blir) (?:beskrevet|forklart) i", r"(?:vennligst |les mer )?(?:se|besøk) "
           r"(?:vår|våre|vårt|denne|dette|siden)"),
    "de": (r"(?:weitere|mehr|nähere|zusätzliche) (?:informationen|einzelheiten|details)",
           r"(?:erfahren sie|mehr erfahren|mehr dazu)", r"(?:ist|sind|wird|werden) in \w+ "
           r"\w+ (?:beschrieben|erläutert|erklärt)", r"(?:siehe|besuchen sie|lesen sie)"),
    "fr": (r"pour (?:plus d|davantage d|de plus amples) (?:informations|détails)",
           r"pour en savoir plus", r"(?:est|sont) (?:décrite?s?|expliquée?s?) dans",
           r"(?:veuillez |merci de )?(?:consulter|consultez|reportez vous|rendez vous sur)"),
    "es": (r"para (?:más|obtener más) (?:información|detalles)", r"para saber más",
           r"(?:se describe|se explica|está descrit[oa]|están descrit[oa]s) en",
           r"(?:consulte|visite|por favor consulte)"),
    "it": (r"per (?:maggiori|ulteriori|più) (?:informazioni|dettagli)", r"per saperne di più",
           r"(?:è|sono) (?:descritt[oaie]|spiegat[oaie]) (?:in|nel|nella)",
           r"(?:consulta|consultare|visita|si prega di consultare)"),
    "nl": (r"voor (?:meer|nadere|aanvullende) (?:informatie|details)", r"meer (?:weten|lezen)",
           r"(?:wordt|worden|is|zijn) (?:beschreven|uitgelegd) in",
           r"(?:zie|raadpleeg|bezoek)"),
    "sv": (r"för (?:mer|ytterligare) (?:information|detaljer)", r"för att (?:lära dig|läsa) mer",
           r"(?:beskrivs|förklaras) i", r"(?:se|besök) (?:vår|våra|vårt|denna|sidan)"),
    "da": (r"for (?:mere|yderligere) (?:information|oplysninger|detaljer)",
           r"for at (?:lære|læse) mere", r"(?:er|bliver) (?:beskrevet|forklaret) i",
           r"(?:se|besøg) (?:vores|denne|siden)"),
    "pl": (r"(?:więcej|dodatkowe) (?:informacji|szczegółów)", r"aby dowiedzieć się więcej",
           r"(?:jest|są) (?:opisan[ey]|wyjaśnion[ey]) w", r"(?:zobacz|odwiedź|zapoznaj się z)"),
    "pt": (r"para (?:mais|obter mais) (?:informações|detalhes)", r"para saber mais",
           r"(?:é|são) (?:descrit[oa]s?|explicad[oa]s?) (?:em|na|no)",
           r"(?:consulte|visite|por favor consulte)"),
}  # fmt: skip

# The verb that defines a quoted term ('"Services" means ...', '« Partenaire » désigne
# ...'): each cell "means", "shall mean / refer to", "is defined as". A definition says
# what a word of the document stands for, not what is done with anyone's data.
DEFINING_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"means", r"shall (?:mean|refer to|include)", r"refers? to", r"is defined as"),
    "nb": (r"betyr", r"menes", r"(?:skal )?omfatte", r"defineres som"),
    "de": (r"bezeichnet", r"bedeutet", r"meint", r"umfasst", r"(?:ist|wird) definiert als"),
    "fr": (r"désigne", r"désignent", r"signifie", r"s['’ ]entend",
           r"(?:est|sont) définie?s? comme"),
    "es": (r"significa", r"designa", r"se entiende", r"se define como"),
    "it": (r"significa", r"indica", r"si intende", r"è definit[oa] come"),
    "nl": (r"betekent", r"wordt verstaan", r"verwijst naar", r"wordt gedefinieerd als"),
    "sv": (r"avses", r"betyder", r"innebär", r"definieras som"),
    "da": (r"betyder", r"forstås", r"henviser til", r"defineres som"),
    "pl": (r"oznacza", r"oznaczają", r"rozumie się", r"definiuje się jako"),
    "pt": (r"significa", r"designa", r"entende-se", r"é definid[oa] como"),
}  # fmt: skip
