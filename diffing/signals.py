"""Signals read from one changed sentence: dates, numbers, negations, modals, names, contacts.

Each function takes plain text or a comparison key (and the page's language)
and returns plain data, so the classifier can compare the old and new side of
a sentence and explain exactly which signal moved. The words (months,
numbers, period units, negation and modality) come from the shared word
lists of :mod:`policywatch.core.lexicon`, in the page's language and English.

    >>> strip_dates("Last updated: 18.09.2024. We keep data 30 days.")
    ('Last updated: . We keep data 30 days.', ['18.09.2024'])
    >>> strip_dates("Effective 16th of June, 2023; modified [1] May 2026")[1]
    ['16th of June, 2023', '[1] May 2026']
    >>> strip_dates("© 2024 Acme, Regulation (EU) 2016/679, version 2024/05/01")[1]
    ['2024', '2024/05/01']
    >>> periods(key("We keep data for 30 days, then two years."))
    ['30 days', 'two years']
    >>> periods(key("Wir löschen die Daten nach dreißig Tagen."), "de")
    ['dreissig tagen']
    >>> sorted(negations(key("We do not sell and will never share.")))
    ['never', 'not']
    >>> sorted(names("Data goes to Microsoft Azure and Boldr in Canada."))
    ['Boldr', 'Canada', 'Microsoft Azure']
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from policywatch.core.lexicon import calendar, negation
from policywatch.core.lexicon import numbers as number_words
from policywatch.core.lexicon import periods as period_words
from policywatch.core.lexicon.currencies import currency_words
from policywatch.diffing.text import key, plain

__all__ = [
    "contacts",
    "key",
    "limits",
    "modality",
    "modals",
    "names",
    "negation_words",
    "negations",
    "numbers",
    "period_days",
    "periods",
    "plain",
    "strip_dates",
]

# A day of the month ("16", "16th", "1er", "16."), or a template's slot for it ("[1]").
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th|er|\.)?|\[\w{1,4}\])"


@lru_cache(maxsize=64)
def _date_pattern(language: str | None) -> re.Pattern[str]:
    """Calendar dates written with the month names of a language and English (CLDR)."""
    base = (language or "en").split("-")[0].lower()
    names = set(calendar.month_names("en"))
    if base in calendar.LANGUAGES:
        names |= set(calendar.month_names(base))
    month = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\.?"
    return re.compile(
        r"(?<!\w)(?:"
        r"\d{4}[./-]\d{1,2}[./-]\d{1,2}"
        r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
        r"|\d{1,2}[./]\d{4}"
        rf"|(?:{_DAY}\s+(?:of\s+|de\s+)?)?{month},?\s+(?:{_DAY},?\s+)?(?:de\s+)?\d{{4}}"
        rf"|{month}\s+{_DAY}"
        # A year alone ("© 2024"), not part of a reference ("2016/679") or a number.
        r"|(?<![/.,])(?:19|20)\d{2}(?![/]|[.,]\d)"
        r")(?!\w)",
        re.IGNORECASE,
    )


_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*%?$")
_REFERENCE_WORDS = frozenset(
    [
        "section",
        "sections",
        "article",
        "articles",
        "art",
        "clause",
        "clauses",
        "paragraph",
        "paragraphs",
        "chapter",
        "annex",
        "exhibit",
        "schedule",
        "appendix",
        "part",
        "point",
        "punkt",
        "kapittel",
        "ledd",
        "avsnitt",
        "abschnitt",
        "ziffer",
        "absatz",
        "artikel",
        "anhang",
        "paragraphe",
        "annexe",
        "alinéa",
        "version",
        "v",
        "no",
        "nr",
        "n",
    ]
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.])(?<!\w-)\+?\d[\d ()-]{6,}\d(?!\w|\.\d)")
_NAME = re.compile(r"(?<![\w])(?:[A-ZÆØÅÄÖÜ][\w&.'-]*[\w])(?:\s+(?:[A-ZÆØÅÄÖÜ][\w&'-]*|of|de|&))*")
# Capitalised words that start sentences or label things without naming anyone.
_NOT_NAMES = frozenset(
    [
        "i",
        "we",
        "you",
        "our",
        "your",
        "the",
        "a",
        "an",
        "this",
        "these",
        "that",
        "if",
        "in",
        "on",
        "for",
        "to",
        "of",
        "and",
        "or",
        "by",
        "with",
        "as",
        "at",
        "when",
        "where",
        "how",
        "what",
        "which",
        "who",
        "it",
        "its",
        "they",
        "their",
        "he",
        "she",
        "please",
        "note",
        "see",
        "section",
        "article",
        "products",
        "all",
        "more",
        "information",
        "services",
        "service",
        "terms",
        "policy",
        "privacy",
        "nous",
        "vous",
        "les",
        "la",
        "le",
        "des",
        "une",
        "un",
        "il",
        "elle",
        "ce",
        "cette",
        "wir",
        "sie",
        "die",
        "der",
        "das",
        "den",
        "ein",
        "eine",
        "vi",
        "du",
        "de",
        "det",
        "den",
        "en",
        "et",
    ]
)


def strip_dates(text: str, language: str | None = None) -> tuple[str, list[str]]:
    """Remove calendar dates from text; return the rest and the dates found."""
    pattern = _date_pattern(language)
    found = [m.group(0) for m in pattern.finditer(text)]
    return pattern.sub("", text), found


def _is_number(word: str, spelled: dict[str, int]) -> bool:
    return bool(_NUMBER.match(word)) or word in spelled


def numbers(key_text: str, language: str | None = None) -> list[str]:
    """Numbers (digits or number words) in a comparison key, in order.

    Cross-references ("section 4", "D 7", "art 6") are not quantities and are left out.
    """
    ws = key_text.split()
    spelled = number_words.words_of(language)
    return [
        w
        for i, w in enumerate(ws)
        if _is_number(w, spelled)
        and not (
            i and (ws[i - 1] in _REFERENCE_WORDS or len(ws[i - 1]) == 1 or _NUMBER.match(ws[i - 1]))
        )
    ]


def periods(key_text: str, language: str | None = None) -> list[str]:
    """Durations such as '30 days' or '24 måneder' in a comparison key."""
    ws = key_text.split()
    spelled, units = number_words.words_of(language), period_words.words_of(language)
    out = []
    for i, w in enumerate(ws[:-1]):
        if not _is_number(w, spelled):
            continue
        two = f"{ws[i + 1]} {ws[i + 2]}" if i + 2 < len(ws) else ""
        unit = two if two in units else ws[i + 1] if ws[i + 1] in units else None
        if unit:
            out.append(f"{w} {unit}")
    return out


def period_days(key_text: str, language: str | None = None) -> list[tuple[str, float]]:
    """Each period of :func:`periods` with its length in days, so that "30 days",
    "thirty days" and "30 dager" compare equal and "one month" is "30 days".

    >>> period_days(key("within thirty (30) days, one month or 72 hours"))
    [('30 days', 30), ('one month', 30), ('72 hours', 3.0)]
    """
    out = []
    for found in periods(key_text, language):
        count, unit = found.split(" ", 1)
        value: float | None = number_words.number_value(count, language)
        if value is None:
            try:
                value = float(count.replace(",", "."))
            except ValueError:
                continue
        name = period_words.period_unit(unit, language)
        if name is not None:
            out.append((found, round(value * period_words.UNITS[name], 3)))
    return out


def negations(key_text: str, language: str | None = None) -> Counter[str]:
    """Negating words in a comparison key, counted (contractions folded: "don t" -> "not")."""
    return negation.negations(key_text.split(), language)


def negation_words(language: str | None = None) -> frozenset[str]:
    """Every word that negates ("not") or limits ("only") a clause, "t" of "don't" too."""
    cues = negation.cues(language)
    return cues["neg"] | cues["only"]


def limits(key_text: str, language: str | None = None) -> Counter[str]:
    """Limiting words ("only", "solely", "uniquement") in a comparison key, counted."""
    return negation.limits(key_text.split(), language)


def modals(key_text: str, language: str | None = None) -> Counter[str]:
    """Modal words (permission or commitment) in a comparison key, counted."""
    return negation.modals(key_text.split(), language)


def modality(key_text: str, language: str | None = None) -> set[str]:
    """``permission`` / ``commitment``: what a clause's modal words make of it."""
    return negation.modality(key_text.split(), language)


# Languages that capitalise every noun: there a lone capitalised word is no name.
NOUN_CAPITALS = frozenset({"de", "lb"})
# There, a first word this short ("Im", "Zur", "Der") opens the sentence, it names nobody.
SENTENCE_START = 3
_INNER_CAPITAL = re.compile(r"\w[A-Z0-9ÄÖÜ]")


@lru_cache(maxsize=16384)
def names(text: str, language: str | None = None) -> frozenset[str]:
    """Capitalised names (organisations, products, people, places) in plain text.

    The first word of a sentence and common capitalised function words are not names.
    In German a name needs more than a capital (every noun has one): two words
    ("Google Analytics"), or a capital inside ("LinkedIn", "AWS").

    >>> sorted(names("Die Daten gehen an Google Analytics und LinkedIn.", "de"))
    ['Google Analytics', 'LinkedIn']
    >>> sorted(names("Wanneer de Klant het vraagt, wist de Verwerker ze.", "nl"))
    ['Klant', 'Verwerker']
    """
    base = (language or "").split("-")[0].lower()
    nouns = base in NOUN_CAPITALS
    found: set[str] = set()
    for m in _NAME.finditer(plain(text)):
        run = m.group(0).strip()
        pieces = _ARTICLE_DE.split(run) if base in ARTICLE_DE else [run]
        for at, name in enumerate(pieces):
            _add_name(name, m.start() == 0 and at == 0, nouns, found)
    return frozenset(found)


# Languages whose "de" is the article ("Wanneer de Klant daarom vraagt"): there it
# joins no name ("Banque de France"), it starts the next one.
ARTICLE_DE = frozenset({"nl"})
_ARTICLE_DE = re.compile(r"\s+de\s+")


def _add_name(name: str, first: bool, nouns: bool, found: set[str]) -> None:
    """Add one capitalised run to ``found`` if it names someone (see :func:`names`)."""
    if first and " " not in name:
        return  # a capitalised first word is just the start of the sentence
    parts = name.split()
    if nouns and first and len(parts[0]) <= SENTENCE_START and parts[0].istitle():
        parts = parts[1:]  # "Im Rahmen ...": a preposition capitalised as it opens
    while parts and parts[0].casefold() in _NOT_NAMES:
        parts = parts[1:]
    while parts and (
        parts[-1].casefold() in {"of", "de", "&"}
        or (len(parts) > 1 and parts[-1].casefold() in _NOT_NAMES)
    ):
        parts = parts[:-1]  # "App Store The ..." : the next sentence's first word
    if len(parts) == 1 and calendar.month_number(parts[0], "en") is not None:
        return
    if nouns and len(parts) == 1 and not _INNER_CAPITAL.search(parts[0]):
        return
    if parts and (len(parts) > 1 or len(parts[0]) > 1):
        found.add(" ".join(parts))


# Words before a number that make it a company or tax registration, not a phone number:
# "number" and the registers' and tax ids' names, per language.
_REGISTRATION_WORDS = (
    "company", "registration", "registered", "reg", "org", "organisation", "organization",
    "vat", "tax", "number", "no", "nr", "ein", "abn", "acn", "crn",  # en
    "numéro", "n°", "siren", "siret", "rcs", "tva", "registre",  # fr
    "nummer", "hrb", "hra", "ust", "handelsregister", "amtsgericht",  # de (nl, da: nummer)
    "orgnr", "organisasjonsnummer", "foretaksregisteret", "mva",  # nb
    "número", "nif", "cif", "mercantil",  # es (pt: número, nif)
    "numero", "iva", "rea", "imprese", "fiscale",  # it
    "kvk", "btw",  # nl
    "organisationsnummer", "momsregistreringsnummer",  # sv
    "cvr",  # da
    "numer", "numerem", "numeru", "krs", "nip", "regon",  # pl
    "nipc", "comercial",  # pt
)  # fmt: skip
_REGISTRATION = re.compile(
    r"(?<!\w)(?:" + "|".join(_REGISTRATION_WORDS) + r")\W{0,3}(?:id\W{0,3})?(?:[a-z]{2}\W{0,3})?$",
    re.IGNORECASE,
)


def contacts(text: str, language: str | None = None) -> set[str]:
    """E-mail addresses and phone numbers in text (link targets included: mailto counts).

    A number glued to a word by a hyphen ("_gat_UA-46012774-2", a cookie's name) or
    beside a currency of ``language`` or English (share capital, a price) is none.

    >>> sorted(contacts("Call +47 22 33 44 55 or write to dpo@acme.example."))
    ['4722334455', 'dpo@acme.example']
    >>> contacts("Acme Ltd, company number 12345678, VAT GB 123 4567 89")
    set()
    >>> contacts("SA au capital de 50 601 985 euros", "fr"), contacts("_gat_UA-46012774-2")
    (set(), set())
    """
    emails = {m.group(0).lower().rstrip(".") for m in EMAIL.finditer(text)}
    phones = {
        re.sub(r"\D", "", m.group(0))
        for m in _PHONE.finditer(text)
        if not _REGISTRATION.search(text[max(0, m.start() - 40) : m.start()].rstrip())
        and not _amount(text, m.start(), m.end(), language)
    }
    return emails | {p for p in phones if 8 <= len(p) <= 15 and not _looks_like_date(p)}


def _amount(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the number at ``text[start:end]`` is money: a currency word or symbol
    right after or right before it (``core/lexicon/currencies``, CLDR)."""
    words = currency_words(language)
    after = _CURRENCY_AFTER.match(text, end)
    before = _CURRENCY_BEFORE.search(text[max(0, start - 12) : start])
    return any(
        m is not None and (m.group(1) in words or m.group(1).lower() in words)
        for m in (after, before)
    )


# The word or symbol next to a number: "985 euros", "51286585€", "NOK 30 000", "$1 000".
_CURRENCY_AFTER = re.compile(r"\s?([^\W\d_]+|[^\w\s])")
_CURRENCY_BEFORE = re.compile(r"([^\W\d_]+|[^\w\s])\s?$")


def _looks_like_date(digits: str) -> bool:
    return len(digits) == 8 and digits[:2] in {"19", "20"}
