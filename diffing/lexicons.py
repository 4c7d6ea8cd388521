"""The materiality categories and their topic words, in every language the diff reads.

:data:`CATEGORIES` are the category ids of the change labels (the dev corpus
README); every verdict, reason and alert uses them. Each category has
*stems*: regular expressions matched at a word start on the comparison key
(lower case, no punctuation). A stem is "strong" enough that adding or
removing it changes what a policy says about that topic; generic words
(data, information, privacy, use) are deliberately
absent. Keep them lists of plain words so a reviewer can read and extend them.
Grammar words (months, numbers, period units, countries, negation and
modality) are not here: they are the shared word lists of
:mod:`policywatch.core.lexicon`, in every language policywatch reads.

    >>> sorted(topics("we may sell your personal data to advertisers"))
    ['sale_sharing', 'tracking_ads']
    >>> sorted(topics("vi lagrer opplysningene i 30 dager"))
    ['retention']

A page's sentences are read with its language's words (and the international
stems of English: "cookie", "ISO 27001", "Matomo"); without a language, with
every language's:

    >>> sorted(topics("si applica ai servizi", "it")), sorted(topics("the ai model", "it"))
    ([], [])
    >>> sorted(topics("we train our ai models", "en"))
    ['ai_training']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.authorities import AUTHORITY_WORDS
from policywatch.core.lexicon.category_words import (
    CATEGORY_WORDS,
    COMPANIONS,
    NOT_WORDS,
    reading_columns,
    stems_read,
)
from policywatch.core.lexicon.countries import countries_in
from policywatch.core.lexicon.data_sense import DATA_WORDS, TWO_SENSES
from policywatch.core.lexicon.party_roles import PARTY_ROLES
from policywatch.core.lexicon.references import PRACTICE_CLAUSES
from policywatch.core.lexicon.right_requests import (
    REQUEST_WORDS,
    REQUESTED_ACTION_KINDS,
    REQUESTED_ACTIONS,
)
from policywatch.core.lexicon.subject_rights import RIGHTS
from policywatch.core.taxonomy import by_id, materiality_ids
from policywatch.diffing.practices import states_practice

# The one list of categories is the taxonomy's (policywatch.core.taxonomy), and each
# category owns its words.
CATEGORIES = materiality_ids()

# Every category's stems, all languages together: a page mixes English with its own
# language, and a sentence is read with the words of each (the table is per language
# so that each language says the same concepts; see core.lexicon.category_words).
TOPIC_STEMS: dict[str, tuple[str, ...]] = {
    c: words for c in CATEGORIES if (words := by_id(c).materiality_words())
}
REQUIRES: dict[str, tuple[str, ...]] = {
    c: words for c in CATEGORIES if (words := by_id(c).companion_words())
}


@cache
def topic_pattern(category: str, language: str | None = None) -> re.Pattern[str]:
    """One compiled alternation per category and reading language, anchored at word
    starts (``language`` a column of the table, or ``None``: every column)."""
    stems = (
        TOPIC_STEMS[category]
        if language is None
        else stems_read(CATEGORY_WORDS, category, language)
    )
    return re.compile(r"(?<![\w])(?:" + "|".join(stems or (r"(?!)",)) + ")")


def topics(text: str, language: str | None = None) -> dict[str, list[str]]:
    """Categories whose stems occur in a comparison key, with the words found, read
    with the words of ``language`` (:func:`reading_columns`; every language's if
    ``None`` or a language the table has no column for).

    Cached (the same sentence is read for its own words and as a neighbour's
    context): treat the result as read-only.
    """
    columns = reading_columns(language)
    return _topics(text, columns[0] if columns else None)


@lru_cache(maxsize=16384)
def _topics(text: str, column: str | None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for category in TOPIC_STEMS:
        read = _not_words(category, column).sub(" ", text) if category in NOT_WORDS else text
        hits = [m.group(0) for m in topic_pattern(category, column).finditer(read)]
        if hits and (category not in REQUIRES or _companion(category, column).search(text)):
            found[category] = hits
    return found


@cache
def _not_words(category: str, language: str | None = None) -> re.Pattern[str]:
    """The phrases in which ``category``'s words mean something else (``NOT_WORDS``)."""
    stems = stems_read(NOT_WORDS, category, language)
    return re.compile(r"(?<![\w])(?:" + "|".join(stems or (r"(?!)",)) + ")")


@cache
def _companion(category: str, language: str | None = None) -> re.Pattern[str]:
    stems = REQUIRES[category] if language is None else stems_read(COMPANIONS, category, language)
    return re.compile(r"(?<![\w])(?:" + "|".join(stems or (r"(?!)",)) + ")")


# Words that say where data lives or goes (a country beside them is a transfer, not an
# address): one list per language, each with the same parts: hosting, servers and
# data centres, storage, processing "in" a place.
# fmt: off
DATA_LOCATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"host", r"server", r"data cent", r"cloud", r"stored", r"storage", r"processed in",
           r"located (?:in|on)"),
    "fr": (r"héberg", r"serveur", r"centre de données", r"centres de données", r"cloud",
           r"stock", r"traitées? (?:en|au|aux|dans)"),
    "de": (r"gehostet", r"hosting", r"server", r"rechenzentr", r"cloud", r"gespeichert",
           r"speicher", r"verarbeitet in"),
    "nb": (r"server", r"datasenter", r"skyen", r"lagret", r"lagring", r"driftet",
           r"behandles i"),
    "es": (r"alojad", r"servidor", r"centros? de datos", r"almacena"),
    "it": (r"ospitat", r"server", r"data center", r"archiviat", r"conservat"),
    "nl": (r"gehost", r"server", r"datacent", r"opgeslagen", r"opslag"),
    "sv": (r"server", r"datacent", r"lagras", r"lagrade", r"lagring", r"driftas",
           r"behandlas i"),
    "da": (r"server", r"datacent", r"opbevares", r"lagres", r"lagring", r"hostes",
           r"behandles i"),
    "pl": (r"hostowan", r"serwer", r"centr\w* danych", r"przechowywan", r"przetwarzan\w* w"),
    "pt": (r"alojad", r"servidor", r"centros? de dados", r"armazena", r"tratad[oa]s? (?:em|no|na)"),
}
# fmt: on


# Words of a postal address or a company's registration (a country beside them is
# where the company sits): one list per language.
# fmt: off
ADDRESS_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"address", r"registered (?:office|in|with|under)", r"headquarter", r"street",
           r"avenue", r"company (?:number|registration)", r"incorporated"),
    "fr": (r"adresse", r"siège", r"rue", r"immatricul", r"rcs", r"registre du commerce"),
    "de": (r"anschrift", r"adresse", r"sitz", r"straße", r"strasse", r"handelsregister",
           r"amtsgericht"),
    "nb": (r"adresse", r"gate", r"veien", r"org nr", r"organisasjonsnummer",
           r"foretaksregisteret"),
    "es": (r"domicilio", r"dirección", r"calle", r"registro mercantil"),
    "it": (r"indirizzo", r"sede legale", r"registro delle imprese"),
    "nl": (r"adres", r"gevestigd", r"straat", r"kvk", r"handelsregister"),
    "sv": (r"adress", r"säte", r"gatan", r"organisationsnummer", r"bolagsverket"),
    "da": (r"adresse", r"hjemsted", r"gade", r"vej\b", r"cvr"),
    "pl": (r"adres", r"siedzib", r"ulic", r"ul\b", r"krs", r"rejestr\w* przedsiębiorców"),
    "pt": (r"morada", r"sede", r"rua\b", r"registo comercial", r"nipc"),
}
# fmt: on


# The kinds of action a person may ask for, in the lexicon's order.
ACTION_KINDS = tuple(REQUESTED_ACTION_KINDS["en"])


@lru_cache(maxsize=1024)
def cue(words: str, language: str | None) -> re.Pattern[str]:
    """The word starts of one cue list (``"ADDRESS_WORDS"``, ``"DATA_LOCATION_WORDS"``,
    ``"ROLE controller_contact"``...) in English and the page's language, as one pattern;
    a language read with its sibling's words as :func:`topics` reads it
    (:func:`policywatch.core.lexicon.languages_of`: Nynorsk and "no" with Bokmål's).

    >>> bool(cue("ADDRESS_WORDS", "fr").search("siège social à paris"))
    True
    >>> bool(cue("ADDRESS_WORDS", "en").search("siège social à paris"))
    False
    >>> bool(cue("REQUEST_WORDS", "nn").search("du kan be oss om å slette"))
    True
    """
    table = _CUE_LISTS[words]
    read = languages_of(language, unknown=("en",))
    stems = [*table["en"], *(s for lang in read if lang != "en" for s in table.get(lang, ()))]
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + ")")


_CUE_LISTS = {
    "ADDRESS_WORDS": ADDRESS_WORDS,
    "DATA_LOCATION_WORDS": DATA_LOCATION_WORDS,
    "AUTHORITY_WORDS": AUTHORITY_WORDS,
    "REQUEST_WORDS": REQUEST_WORDS,
    "REQUESTED_ACTIONS": REQUESTED_ACTIONS,
    # The actions of one kind (see, correct, delete, ...): "ACTION delete".
    **{
        f"ACTION {kind}": {
            language: kinds[kind] for language, kinds in REQUESTED_ACTION_KINDS.items()
        }
        for kind in ACTION_KINDS
    },
    # The role words of each category (policywatch.diffing.roles): "ROLE recipients".
    **{f"ROLE {category}": row for category, row in PARTY_ROLES.items()},
    "DATA_WORDS": DATA_WORDS,
    # A category's words of two senses (core.lexicon.data_sense): "SENSES transfers".
    **{f"SENSES {category}": row for category, row in TWO_SENSES.items()},
}


def in_data_sense(
    found: dict[str, list[str]], k: str, language: str | None, text: str | None = None
) -> dict[str, list[str]]:
    """A sentence's topics (``found``, of the comparison key ``k``) without the categories
    whose every word has another sense and stands in a sentence that says nothing of
    personal data (:mod:`policywatch.core.lexicon.data_sense`): "credits are not
    transferable" is no transfer, "the double click is consent to the contract" no
    legal basis. ``text``, the plain sentence, is where a place is read ("USA" keeps its
    capitals there); the key when not given.

    The sentence is about data (:func:`about_data`) when it has a data word, a tracking
    word, a practice of the service besides the word itself, or withdraws consent.

    >>> in_data_sense({"transfers": ["transfer"]}, "credits are not transferable", "en")
    {}
    >>> in_data_sense({"transfers": ["transfer"]}, "we transfer your data to the us", "en")
    {'transfers': ['transfer']}
    >>> in_data_sense({"transfers": ["standard contractual"]}, "we use standard contractual "
    ...               "clauses", "en")
    {'transfers': ['standard contractual']}
    >>> in_data_sense({"transfers": ["transfer"]}, "we may transfer it to the united states", "en")
    {'transfers': ['transfer']}
    """
    if not any(c in TWO_SENSES for c in found) or about_data(k, language):
        return found
    # A transfer to a place is data sent there ("we may transfer it to the US"), a pronoun
    # standing for the data.
    placed = "transfers" in found and countries_in(text or k, language)
    kept = PLACED if placed else frozenset()
    return {
        c: hits
        for c, hits in found.items()
        if c not in TWO_SENSES
        or c in kept
        or not all(cue(f"SENSES {c}", language).match(hit) for hit in hits)
    }


def about_data(k: str, language: str | None) -> bool:
    """Whether a sentence (its comparison key ``k``) is about personal data, so that its
    words of two senses (transfer, consent) are in the data sense. Each companion is
    derived from a table the diff already reads, in every language that has it:

    - a data word (``DATA_WORDS`` of :mod:`policywatch.core.lexicon.data_sense`);
    - a tracking or advertising word, the thing consented to or sent ("cookies",
      "Werbung", "traceurs": the ``tracking_ads`` words of the whole sentence);
    - a practice the service states besides the word of two senses itself ("we use
      analytics cookies", "wir speichern sie", "nous les partageons":
      :func:`policywatch.diffing.practices.states_practice`), read with those words
      blanked, so "we transfer your complaint" states no practice;
    - consent withdrawn ("withdraw your consent", "trekke tilbake samtykket", "retirer
      votre consentement", "Einwilligung widerrufen": the ``withdraw_consent`` right of
      :mod:`policywatch.core.lexicon.subject_rights`).

    >>> about_data("we store it only with your consent", "en")
    True
    >>> about_data("you may use the credits with our consent", "en")
    False
    >>> about_data("we transfer your complaint", "en")
    False
    """
    if cue("DATA_WORDS", language).search(k) or "tracking_ads" in topics(k, language):
        return True
    if _WITHDRAWN.search(k):
        return True
    languages = languages_of(language, unknown=tuple(PRACTICE_CLAUSES))
    return states_practice(_sense_words(language).sub(" ", k), languages)


# Consent withdrawn: the subject right's own words, read case-blind as the rights are.
_WITHDRAWN = re.compile(
    next(pattern for pattern, right in RIGHTS if right == "withdraw_consent"), re.IGNORECASE
)


@cache
def _sense_words(language: str | None) -> re.Pattern[str]:
    """The whole words of two senses (every category's) a page in ``language`` is read
    with: blanked before a practice is looked for."""
    stems = [cue(f"SENSES {c}", language).pattern for c in TWO_SENSES]
    return re.compile("|".join(rf"{stem}\w*" for stem in stems))


# The categories of two senses a place beside the word puts in the data sense.
PLACED = frozenset({"transfers"})


# Sentences that announce an update of the document itself: one list per language,
# each with the same three parts: "we updated this policy", "we added more detail /
# information", "we clarified / simplified" (and "this policy was updated").
_DOC = r"(?:this|our|the) (?:privacy )?(?:policy|notice|statement|terms|agreement)"
# fmt: off
CHANGE_NOTICE: dict[str, tuple[str, ...]] = {
    "en": (rf"we (?:have )?(?:updated|changed|revised|amended|modified) {_DOC}",
           r"we (?:have )?(?:added|provided|included) (?:more |additional |further |some )?"
           r"(?:detail|details|information|clarity|clarification|explanation|examples|context)",
           r"we (?:have )?(?:clarified|reorganised|reorganized|restructured|simplified|reworded"
           r"|rewritten)",
           rf"{_DOC} (?:was|were|has been|have been) (?:updated|changed|revised|amended)",
           r"summary of changes", r"what s new"),
    "fr": (r"nous avons (?:mis à jour|modifié|révisé) (?:cette|notre|la) (?:politique|charte"
           r"|déclaration|notice)",
           r"nous avons (?:ajouté|apporté) (?:plus de |davantage de |des )?(?:précisions|détails"
           r"|informations|clarifications|explications)",
           r"nous avons (?:clarifié|précisé|simplifié|reformulé|réorganisé)",
           r"(?:cette|la présente) politique a été (?:mise à jour|modifiée)"),
    "de": (r"wir haben (?:diese|unsere|die) \w+ (?:aktualisiert|geändert|überarbeitet)",
           r"wir haben (?:weitere |zusätzliche |mehr )?(?:details|informationen|erläuterungen"
           r"|beispiele) (?:ergänzt|hinzugefügt)",
           r"wir haben (?:\w+ )?(?:präzisiert|klargestellt|vereinfacht|umformuliert)"),
    "nb": (r"vi har (?:oppdatert|endret) (?:personvernerklæringen|erklæringen|vilkårene)",
           r"vi har lagt til (?:mer |flere )?(?:informasjon|detaljer|forklaringer|eksempler)",
           r"vi har (?:presisert|forenklet|omformulert)"),
    "es": (r"hemos (?:actualizado|modificado) (?:esta|nuestra|la) política",
           r"hemos (?:añadido|incluido) (?:más )?(?:detalles|información|aclaraciones)",
           r"hemos (?:aclarado|simplificado)"),
    "it": (r"abbiamo (?:aggiornato|modificato) (?:questa|la nostra|la) (?:informativa|politica)",
           r"abbiamo aggiunto (?:più |ulteriori )?(?:dettagli|informazioni|chiarimenti)",
           r"abbiamo (?:chiarito|semplificato)"),
    "nl": (r"we hebben (?:dit|ons|het) \w+ (?:bijgewerkt|gewijzigd)",
           r"we hebben (?:meer )?(?:details|informatie|uitleg) toegevoegd",
           r"we hebben (?:\w+ )?(?:verduidelijkt|vereenvoudigd)"),
    "sv": (r"vi har (?:uppdaterat|ändrat) (?:denna|vår|den) \w+",
           r"vi har lagt till (?:mer |fler |ytterligare )?(?:information|detaljer|förklaringar"
           r"|exempel)",
           r"vi har (?:förtydligat|förenklat|omformulerat)"),
    "da": (r"vi har (?:opdateret|ændret) (?:denne|vores|den) \w+",
           r"vi har tilføjet (?:mere |flere |yderligere )?(?:information|oplysninger|detaljer"
           r"|forklaringer|eksempler)",
           r"vi har (?:præciseret|tydeliggjort|forenklet|omformuleret)"),
    "pl": (r"zaktualizowaliśmy (?:niniejszą|naszą|tę) \w+",
           r"dodaliśmy (?:więcej |dodatkowe )?(?:informacj|szczegół|wyjaśnie|przykład)",
           r"(?:doprecyzowaliśmy|uprościliśmy|przeredagowaliśmy)"),
    "pt": (r"(?:atualizámos|atualizamos|alterámos) (?:esta|a nossa|a) política",
           r"(?:acrescentámos|adicionámos|adicionamos|incluímos) (?:mais )?(?:detalhes"
           r"|informações|esclarecimentos)",
           r"(?:clarificámos|esclarecemos|simplificámos)"),
}
# fmt: on


@cache
def _change_notice() -> re.Pattern[str]:
    stems = [s for stems in CHANGE_NOTICE.values() for s in stems]
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + ")")


def is_change_notice(key_text: str) -> bool:
    """Whether a sentence (its comparison key) announces an update of the document.

    >>> is_change_notice("we added more detail about how we use cookies")
    True
    >>> is_change_notice("nous avons précisé les durées de conservation")
    True
    >>> is_change_notice("we added cookies from our advertising partners")
    False
    >>> is_change_notice("we use cookies from our advertising partners")
    False
    """
    return bool(_change_notice().search(key_text))
