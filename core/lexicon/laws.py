"""The privacy laws a policy names, each pattern with its canonical name.

    >>> [name for pattern, name in PRIVACY_LAWS if re.search(pattern, "under the DSGVO", re.I)]
    ['GDPR']
    >>> law_regex().search("Seit dem Inkrafttreten der DSGVO am 25. Mai 2018").group()
    'DSGVO'
    >>> law_regex().search("vu le règlement général sur la protection des données").group()
    'règlement général sur la protection des données'

One ``(pattern, name)`` row per law, its patterns in English, Norwegian
bokmål, French and German where the name is not the same in every language,
matched case-blind; the GDPR also by its full name in every language
policywatch reads (:data:`GDPR_NAMES`). The facts report the name
(:mod:`policywatch.diffing.facts_names`); extraction tells a law's date from
the document's ("Since the GDPR came into force on 25 May 2018",
:mod:`policywatch.extract.dates`).
"""

from __future__ import annotations

import re
from functools import cache

from policywatch.core.lexicon import LANGUAGES

# The GDPR by its name, one entry per language: the short title Regulation (EU)
# 2016/679 gives itself in brackets ("(General Data Protection Regulation)") in
# each language version on EUR-Lex (CELEX 32016R0679), its inflected words with
# \w*. Norwegian, Icelandic (EEA) and, beside the EUR-Lex title, Danish and
# Swedish: the name the country's own act uses for the regulation
# (personopplysningsloven § 1 "personvernforordningen", lög nr. 90/2018
# "persónuverndarreglugerðin", databeskyttelsesloven "databeskyttelsesforordningen",
# lag (2018:218) "dataskyddsförordningen"). Read case-blind, also where the facts
# read the other names as written.
GDPR_NAMES: dict[str, str] = {
    "bg": r"общ\w* регламент\w* относно защитата на данните",
    "cs": r"obecn\w* nařízení o ochraně osobních údajů",
    "da": r"generel\w* forordning\w* om databeskyttelse|databeskyttelsesforordning\w*",
    "de": r"Datenschutz-?\s?Grundverordnung\w*",
    # Accent-blind ([ιί], [εέ]): capitals drop the accents ("ΠΡΟΣΤΑΣΙΑ ΔΕΔΟΜΕΝΩΝ").
    "el": r"γενικ\w* κανονισμ\w* για την προστασ[ιί]α δεδομ[εέ]νων"
    r"|γενικ\w* κανονισμ\w* προστασ[ιί]ας δεδομ[εέ]νων",
    "en": r"General Data Protection Regulation",
    "es": r"reglamento general de protecci[oó]n de datos",
    "et": r"isikuandmete kaitse üldmäärus\w*",
    "fi": r"tietosuoja-?asetu\w*",  # "(yleinen) tietosuoja-asetus"
    "fr": r"r[èe]glement g[ée]n[ée]ral sur la protection des donn[ée]es",
    "ga": r"Rialach[áa]\w* Ginear[áa]lta maidir le Cosaint Sonra[íi]"
    r"|an Rialach[áa]in Ghinear[áa]lta",
    "hr": r"opć\w* uredb\w* o zaštiti podataka",
    "hu": r"általános adatvédelmi rendelet\w*",
    "is": r"persónuverndarreglugerð\w*",
    "it": r"regolamento generale sulla protezione dei dati",
    "lt": r"bendr\w* duomenų apsaugos reglament\w*",
    # Not "regul\w*": "regulējums" (rules) is no regulation.
    "lv": r"vispārīg\w* datu aizsardzības regul(?:a|as|ai|u|ā)\b",
    "mt": r"Regolament Ġenerali dwar il-Protezzjoni tad-Data",
    "nb": r"personvernforordning\w*",
    "nl": r"algemene verordening gegevensbescherming",
    "nn": r"personvernforordning\w*",
    "pl": r"ogóln\w* rozporządzeni\w* o ochronie danych",
    "pt": r"regulamento geral sobre a prote[çc][ãa]o de dados"
    r"|regulamento geral de prote[çc][ãa]o de dados",
    "ro": r"regulament\w* general\w* privind protec[țţt]ia datelor",
    "sk": r"všeobecn\w* nariaden\w* o ochrane údajov",
    "sl": r"splošn\w* uredb\w* o varstvu podatkov",
    "sv": r"allmän\w* dataskyddsförordning\w*|dataskyddsförordning\w*",
}

assert tuple(sorted(GDPR_NAMES)) == LANGUAGES, "one name per language"

# The GDPR's abbreviations (en, fr/es/pt/it "RGPD", de "DSGVO", lt "BDAR"), matched as words.
GDPR_ABBREVIATIONS = ("GDPR", "RGPD", "DSGVO", "BDAR")


def gdpr_names() -> list[str]:
    """Every pattern that names the GDPR: its abbreviations, then each language's names.

    >>> gdpr_names()[:4]
    ['GDPR', 'RGPD', 'DSGVO', 'BDAR']
    """
    names = [name for value in GDPR_NAMES.values() for name in _alternatives(value)]
    return [*GDPR_ABBREVIATIONS, *sorted(set(names))]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (not the "|" inside a group).

    >>> _alternatives("a(?:b|c)|d")
    ['a(?:b|c)', 'd']
    """
    parts, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


_GDPR_NAME = r"(?i:\b(?:" + "|".join(gdpr_names()[len(GDPR_ABBREVIATIONS) :]) + "))"

PRIVACY_LAWS: list[tuple[str, str]] = [
    (r"\bUK GDPR\b", "UK GDPR"),
    ("|".join(rf"\b{a}\b" for a in GDPR_ABBREVIATIONS) + "|" + _GDPR_NAME, "GDPR"),
    (r"\bCCPA\b|California Consumer Privacy Act", "CCPA"),
    (r"\bCPRA\b|California Privacy Rights Act", "CPRA"),
    (r"\bLGPD\b", "LGPD"),
    (r"\bPIPEDA\b", "PIPEDA"),
    (r"personopplysningsloven", "Norwegian Personal Data Act"),
    (r"Data Protection Directive|EU-direktivet om databeskyttelse|95/46", "EU Directive 95/46/EC"),
    (
        r"Federal Act on Data Protection|\bFADP\b|\bnLPD\b|"
        r"sveitsiske føderale lov\w* om databeskyttelse",
        "Swiss FADP",
    ),
    (r"\bCOPPA\b|Children's Online Privacy Protection", "COPPA"),
    (r"\bHIPAA\b", "HIPAA"),
]


# The nouns for a law, one row per language of
# :data:`~policywatch.core.lexicon.function_words.FUNCTION_WORDS`: after a law's name
# they are the law itself ("GDPR regulation"), where another noun makes the name its
# modifier ("GDPR update", :func:`policywatch.extract.datelaws.law_is_the_head`).
LAW_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("regulation", "regulations", "law", "laws", "act", "directive", "legislation"),
    "nb": ("forordning*", "lov", "loven", "lover", "lovgivning*", "direktiv*", "regelverk*"),
    "de": ("verordnung*", "gesetz*", "richtlinie*", "regelung*"),
    "fr": ("règlement*", "loi", "lois", "directive*", "législation*"),
    "es": ("reglamento*", "ley", "leyes", "directiva*", "legislación"),
    "it": ("regolamento*", "legge", "leggi", "direttiva*", "normativa*"),
    "nl": ("verordening*", "wet", "wetten", "wetgeving*", "richtlijn*"),
    "sv": ("förordning*", "lag", "lagen", "lagar*", "direktiv*", "lagstiftning*"),
    "da": ("forordning*", "lov", "loven", "love", "lovgivning*", "direktiv*"),
    "pl": ("rozporządzeni*", "ustaw*", "dyrektyw*", "przepis*"),
    "pt": ("regulamento*", "lei", "leis", "diretiva*", "legislação"),
}  # fmt: skip


@cache
def law_noun_regex(language: str) -> re.Pattern[str] | None:
    """A case-blind regex matching a whole word that names a law in ``language``
    (:data:`LAW_NOUNS`), None for a language the table does not hold.

        >>> law_noun_regex("de").fullmatch("Verordnung") is not None
        True
        >>> law_noun_regex("de").fullmatch("Regeln") is None
        True
    """
    if language not in LAW_NOUNS:
        return None
    words = (w.replace("*", r"\w*") for w in LAW_NOUNS[language])
    return re.compile("|".join(words), re.I)


@cache
def law_regex() -> re.Pattern[str]:
    """Any law of :data:`PRIVACY_LAWS`, case-blind."""
    return re.compile("|".join(f"(?:{pattern})" for pattern, _ in PRIVACY_LAWS), re.I)
