"""Signals read from one changed sentence: dates, numbers, negations, modals, names, contacts.

Each function takes plain text or a comparison key (and the page's language)
and returns plain data, so the classifier can compare the old and new side of
a sentence and explain exactly which signal moved. The words (months,
numbers, period units, negation and modality) come from the shared word
lists of :mod:`policywatch.core.lexicon`, in the page's language and English.
Names are read by :mod:`policywatch.diffing.said_names`, e-mail addresses and
phone numbers by :mod:`policywatch.diffing.contacts`; both are re-exported here.

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
from policywatch.diffing.contacts import EMAIL, contacts
from policywatch.diffing.said_names import names
from policywatch.diffing.text import key, plain

__all__ = [
    "EMAIL",
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
