"""Sentences that tell no practice: one that sends the reader to another text. Each
table holds, per language the diff reads (en, nb, de, fr, es, it, nl, sv, da, pl, pt),
the same parts, matched at word starts on a sentence's comparison key
(:data:`POINTER_WORDS`); :mod:`policywatch.diffing.categories_given` reads them. The
words that define a quoted term are :mod:`policywatch.core.lexicon.definitions`'.

    >>> sorted(POINTER_WORDS) == sorted(PRACTICE_CLAUSES) == sorted(CLAUSE_OPENERS)
    True
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.data_kinds import COLLECTION_CUES

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

# A clause of the sentence's own: the service as subject doing something with data ("we
# now share", "nous collectons", "verzamelen wij"; in es, it, pt and pl the verb's
# first-person plural carries the subject). A sentence that holds one states a practice,
# whatever pointer words it also holds ("to learn more about the health data we now share
# with insurers, see section 4"); "how we use cookies" asks, it does not state
# (:data:`ASKING_WORDS`). Each cell: (subject, practice verb starts: share, keep, store,
# sell, process, use, disclose, transfer, receive). The collecting verbs (collect, gather,
# obtain) are not written here: they are the one-word stems of
# :data:`policywatch.core.lexicon.data_kinds.COLLECTION_CUES` (see :func:`_practice_clause`).
# Where the verb carries the subject (es, it, pl, pt) each cell is whole first-person
# plural words, collecting ones included: COLLECTION_CUES holds stems there ("recopil"),
# which would read any word of the stem, not "we" ("recopilación").
_PRACTICE_VERBS: dict[str, tuple[str, str]] = {
    "en": (r"we", r"share|keep|store|retain|sell|process|use|disclose|transfer|receive|track"
           r"|combine"),
    "nb": (r"vi", r"samle|deler|lagre|oppbevar|behandl|bruke|bruker|selge|selger|overfør"
           r"|utlever|motta"),
    "de": (r"wir", r"sammel|teil|speicher|bewahr|verarbeit|verwend|nutz|verkauf|übermittel"
           r"|übertrag|geben|erhalt"),
    "fr": (r"nous", r"partage|conserv|stock|trait|utilis|vend|transf|communiqu|recev"),
    "es": (r"", r"recopilamos|recogemos|compartimos|conservamos|almacenamos|tratamos|usamos"
           r"|utilizamos|vendemos|transferimos|cedemos|recibimos|obtenemos"),
    "it": (r"", r"raccogliamo|condividiamo|conserviamo|memorizziamo|trattiamo|usiamo"
           r"|utilizziamo|vendiamo|trasferiamo|comunichiamo|riceviamo"),
    "nl": (r"wij|we", r"deel|delen|bewaar|opsla|verwerk|gebruik|verko|verstrek|doorgev"
           r"|ontvang"),
    "sv": (r"vi", r"samla|delar|lagra|behåll|behandla|använd|sälj|överför|lämna|tar emot"),
    "da": (r"vi", r"deler|gemmer|opbevar|behandl|bruge|bruger|sælg|overfør|videregiv|modtag"),
    "pl": (r"", r"zbieramy|udostępniamy|przechowujemy|przetwarzamy|używamy|wykorzystujemy"
           r"|sprzedajemy|przekazujemy|otrzymujemy"),
    "pt": (r"", r"coletamos|recolhemos|compartilhamos|partilhamos|conservamos|armazenamos"
           r"|tratamos|usamos|utilizamos|vendemos|transferimos|recebemos"),
}  # fmt: skip


def _practice_clause(language: str) -> tuple[str, str]:
    """``language``'s (subject, practice verbs): after a subject, the one-word collecting
    stems of ``COLLECTION_CUES`` ("collect", "recueill"; not a phrase such as "samle[rt]?
    inn" or a pattern) and the verbs of :data:`_PRACTICE_VERBS`.

    >>> _practice_clause("fr")[1].startswith("collect|recueill|obten|partage")
    True
    """
    subject, verbs = _PRACTICE_VERBS[language]
    if not subject:
        return subject, verbs
    collecting = [cue for cue in COLLECTION_CUES[language] if _STEM.fullmatch(cue)]
    return subject, "|".join([*collecting, verbs])


_STEM = re.compile(r"[^\W\d_]+")
PRACTICE_CLAUSES: dict[str, tuple[str, str]] = {
    language: _practice_clause(language) for language in _PRACTICE_VERBS
}

# The word that turns a subject and its verb into a question about a practice ("how we use
# cookies", "comment nous utilisons"): a topic named, not a practice stated.
ASKING_WORDS: dict[str, str] = {
    "en": r"how|why|what|which", "nb": r"hvordan|hvorfor|hva|hvilke", "de": r"wie|warum|was|welche",
    "fr": r"comment|pourquoi|quoi|quelles?|quels?", "es": r"cómo|por qué|qué|cuáles?",
    "it": r"come|perché|quali?", "nl": r"hoe|waarom|wat|welke", "sv": r"hur|varför|vad|vilka",
    "da": r"hvordan|hvorfor|hvad|hvilke", "pl": r"jak|dlaczego|jakie|które",
    "pt": r"como|por que|porque|quais?",
}  # fmt: skip

# Where a sentence's second clause starts: ";", a conjunction (or a comma) before a
# subject or a practice verb ("..., and you may lodge a complaint", "... and keep them for
# 13 months"), a means phrase ("by writing to ..."). Each cell: (conjunctions: and, or,
# but; subjects: we, you, they; a means phrase: by + gerund). The practice verbs are
# :data:`PRACTICE_CLAUSES`'. Read by :func:`policywatch.diffing.categories_given.clauses`.
CLAUSE_OPENERS: dict[str, tuple[str, str, str]] = {
    "en": (r"and|or|but", r"we|you|they", r"by \w+ing"),
    "nb": (r"og|eller|men", r"vi|du|dere|de", r"ved å"),
    "de": (r"und|oder|aber", r"wir|sie|du", r"indem"),
    "fr": (r"et|ou|mais", r"nous|vous|ils|elles", r"en \w+ant"),
    "es": (r"y|o|pero", r"nosotros|usted|ustedes", r"\w+(?:ando|iendo)"),
    "it": (r"e|o|ma", r"noi|lei|voi", r"\w+(?:ando|endo)"),
    "nl": (r"en|of|maar", r"wij|we|u|jij|zij", r"door \w+ te"),
    "sv": (r"och|eller|men", r"vi|du|ni|de", r"genom att"),
    "da": (r"og|eller|men", r"vi|du|i|de", r"ved at"),
    "pl": (r"i|lub|ale", r"my|ty|wy|oni", r"\w+ąc"),
    "pt": (r"e|ou|mas", r"nós|você|vocês", r"\w+(?:ando|endo|indo)"),
}  # fmt: skip

# What may follow a practice verb's stem of :data:`PRACTICE_CLAUSES` in a verb form, per
# language: its inflections ("collect-s/-ed/-ing", "erfass-en/-t", "indhent-er/-et",
# "verzamel-en/-t/-d", "conserv-ons/-é"), so the stem reads verbs, not the nouns made from
# it ("the collection", "die Erfassung", "og indhentning", "den insamling", "de
# verkrijging", "le traitement"), which start no clause. Where the verb carries the subject
# (es, it, pl, pt) the cells of :data:`PRACTICE_CLAUSES` are whole words: no ending.
VERB_ENDINGS: dict[str, str] = {
    "en": r"s|es|d|ed|ing|red|ring",
    "nb": r"e|er|es|et|t|te|tt|r|s|de|des",
    "de": r"e|en|n|t|et|st|te|ten|tet|est",
    "fr": r"e|es|ent|er|ez|ons|é|ée|és|ées|ait|aient|ions|iez|era|erons|eront|u|ue|us|ues|ir|i"
          r"|ie|is|ies|oir|re|r|nt|s|z|[éè]r\w{0,3}",
    "es": r"", "it": r"",
    "nl": r"e|en|t|d|de|den|te|ten|gen|gt|an|at|pen|opt|ken",
    "sv": r"r|ar|er|t|s|as|es|ts",
    "da": r"e|er|es|et|t|s|r",
    "pl": r"", "pt": r"",
}  # fmt: skip


def practice_verb(language: str) -> str:
    """``language``'s practice verbs as a pattern of whole verb forms: a stem of
    :data:`PRACTICE_CLAUSES`, then nothing or one of its :data:`VERB_ENDINGS`.

    >>> import re
    >>> rx = re.compile(practice_verb("de"))
    >>> bool(rx.match("erfassen")), bool(rx.match("erfasst")), bool(rx.match("erfassung"))
    (True, True, False)
    """
    endings = VERB_ENDINGS.get(language, "")
    tail = f"(?:{endings})?" if endings else ""
    return rf"(?:{PRACTICE_CLAUSES[language][1]}){tail}(?!\w)"
