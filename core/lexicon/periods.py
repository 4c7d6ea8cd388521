"""Words for hours, days, weeks, months and years in every language policywatch reads (CLDR).

    >>> period_unit("Tagen", "de"), period_unit("måneder", "nb"), period_unit("mois", "fr")
    ('day', 'month', 'month')
    >>> period_unit("miesięcy", "pl"), period_unit("days", None), period_unit("data", "en")
    ('month', 'day', None)
    >>> in_days(24, "month"), in_days(72, "hour")
    (720, 3)

The words are CLDR's duration units (``babel.units.format_unit``), long and
short, in every plural form, so "2 Tage", "5 dní" and "21 år" are read the
way the locale writes them. CLDR's long forms are nominative; the dative
and genitive that a number takes in a sentence ("innerhalb von 30 Tagen")
are added in :data:`INFLECTED`, the only hand-typed part (with Norwegian
"dager", where CLDR says "døgn", and Maltese, which Babel has no units for).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from babel import Locale
from babel.units import format_unit

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.calendar import fold

UNITS: dict[str, float] = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
_LENGTHS: tuple[Literal["long", "short"], ...] = ("long", "short")
# One number per CLDR plural category in the languages we read (one, two, few, many, other).
_SAMPLES = (0, 1, 2, 3, 5, 7, 11, 1.5)
_NUMBER = re.compile(r"[\d\s.,\u00a0\u202f]+")
# Case forms CLDR's unit patterns do not hold: a number in a sentence takes them.
INFLECTED: dict[str, dict[str, str]] = {
    "de": {"stunden": "hour", "tagen": "day", "wochen": "week", "monaten": "month",
           "jahren": "year", "werktagen": "day", "kalendertagen": "day", "arbeitstagen": "day"},
    "nl": {"werkdagen": "day", "kalenderdagen": "day"},
    "fr": {"jours ouvrés": "day", "jours ouvrables": "day", "jours calendaires": "day",
           "années": "year", "année": "year"},
    "en": {"business days": "day", "working days": "day", "calendar days": "day",
           "business day": "day", "working day": "day", "calendar day": "day"},
    # CLDR's Norwegian day is "døgn" (24 hours); policies count "dager".
    "nb": {"dag": "day", "dager": "day", "dagar": "day", "virkedager": "day",
           "arbeidsdager": "day"},
    "nn": {"dag": "day", "dagar": "day", "dager": "day", "arbeidsdagar": "day"},
    # CLDR's Swedish day is "dygn" too; policies count "dagar".
    "sv": {"dag": "day", "dagar": "day", "arbetsdagar": "day", "bankdagar": "day"},
    # Babel has no Maltese unit patterns.
    "mt": {"siegħa": "hour", "sigħat": "hour", "jum": "day", "jiem": "day", "ġranet": "day",
           "ġimgħa": "week", "ġimgħat": "week", "xahar": "month", "xhur": "month",
           "sena": "year", "snin": "year"},
}  # fmt: skip


@cache
def unit_words(language: str) -> dict[str, str]:
    """Folded unit word (or words) of one language -> ``hour``, ``day``, ``week``, ..."""
    words: dict[str, str] = {}
    for unit in UNITS:
        for length in _LENGTHS:
            for text in _patterns(language, unit, length):
                word = fold(_NUMBER.sub(" ", text.replace("{0}", " "))).strip(" .")
                if len(word) >= 2 and not any(c.isdigit() for c in word):
                    words.setdefault(word, unit)
    for word, unit in INFLECTED.get(language, {}).items():
        words.setdefault(word, unit)
    return words


def _patterns(language: str, unit: str, length: Literal["long", "short"]) -> list[str]:
    """CLDR's patterns for one unit ("{0} days"), one per plural form.

    They are the data ``format_unit`` fills in; read directly, a language costs
    one lookup instead of formatting a number in every plural form (40 calls).
    """
    try:
        forms = Locale.parse(language)._data["unit_patterns"][f"duration-{unit}"][length]
        return [p for form, p in forms.items() if form != "per"]
    except (AttributeError, KeyError, TypeError, ValueError):
        # Babel without this data layout, or a locale without units: format samples.
        out = []
        for n in _SAMPLES:
            try:
                out.append(format_unit(n, f"duration-{unit}", length=length, locale=language))
            except Exception:
                continue
        return out


@cache
def words_of(language: str | None) -> dict[str, str]:
    """The unit words of a page's language and English (English alone when unknown)."""
    base = (language or "").split("-")[0].lower()
    if base not in LANGUAGES or base == "en":
        return unit_words("en")
    return {**unit_words("en"), **unit_words(base)}


def period_unit(word: str, language: str | None = None) -> str | None:
    """The unit a word names, in the page's language or English."""
    return words_of(language).get(fold(word).strip(" ."))


def in_days(count: float, unit: str) -> int:
    """A period in whole days (hours rounded to days)."""
    return round(count * UNITS[unit])


# A period stated without a number: as long as the contract runs ("storing your account
# data: for the duration of the contract"). Per language, the slots of the phrase (how
# long, whose, the relationship) and ``frames``, the orders the language puts them in,
# spelled out by :func:`~policywatch.core.lexicon.phrases.spell_frames`; a retention
# fact whose period is the contract's term (read in ``diffing/facts_readers.py``). A
# session or a visit is no contract: a cookie's lifetime stays out.
# fmt: off
CONTRACT_TERM: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"frames": ("how whose what", "span"),
           "how": ("for the duration of", "during the term of", "for the term of",
                   "throughout the term of", "for the life of", "until the end of",
                   "until termination of", "until the termination of"),
           "whose": ("the", "your", "our", "this"),
           "what": ("contract*", "agreement*", "contractual relationship",
                    "business relationship", "customer relationship", "subscription*"),
           "span": ("for the contract term", "during the contract term", "for the contract period",
                    "during the contract period", "throughout the contract term",
                    "for the agreement term", "during the agreement term",
                    "during the subscription period", "for the subscription period")},
    "nb": {"frames": ("how what party last", "span"),
           "how": ("så lenge", "inntil", "frem til", "til"),
           "what": ("avtalen", "kontrakten", "avtaleforholdet", "kundeforholdet",
                    "kontraktsforholdet", "abonnementet"),
           "party": ("", "med oss", "mellom deg og oss", "mellom oss", "med deg"),
           "last": ("varer", "løper", "gjelder", "opphører", "avsluttes"),
           "span": ("i avtaleperioden", "i avtalens løpetid", "under avtalens løpetid",
                    "i hele avtaleperioden", "for avtalens varighet", "i avtalens varighet",
                    "i kontraktsperioden", "i abonnementsperioden")},
    "de": {"frames": ("how whose what", "span"),
           "how": ("für die dauer", "während der dauer", "für die laufzeit",
                   "während der laufzeit", "bis zum ende", "bis zur beendigung"),
           "whose": ("des", "ihres", "unseres", "der", "ihrer", "unserer"),
           "what": ("vertrag*", "nutzungsvertrag*", "abonnement*", "geschäftsbeziehung",
                    "kundenbeziehung"),
           "span": ("für die vertragslaufzeit", "während der vertragslaufzeit",
                    "für die vertragsdauer", "während der vertragsdauer")},
    "fr": {"frames": ("how whose what", "span"),
           "how": ("pendant la durée", "pendant toute la durée", "pour la durée",
                   "pour toute la durée", "jusqu'à la fin", "jusqu'au terme",
                   "jusqu'à la résiliation", "durant la durée"),
           "whose": ("du", "de votre", "de notre", "de la", "de l'", "de ce"),
           "what": ("contrat*", "relation contractuelle", "relation commerciale",
                    "relation client", "abonnement*"),
           "span": ("pendant la durée contractuelle", "pendant toute la durée contractuelle",
                    "pour la durée contractuelle", "durant la durée contractuelle",
                    "pendant la période contractuelle", "durant la période contractuelle",
                    "pendant la période d'abonnement", "pendant la période d'engagement")},
}
# fmt: on


# A period given as a range ("30–90 days", "1 to 3 years", "30 til 90 dager", "30 bis 90
# Tage", "30 à 90 jours"): between its two numbers a dash (hyphen, en or em dash, folded
# or not) or the language's word for "to". The retention reader reads the range as one
# period and keeps its upper bound, how long the data may be kept.
RANGE_DASHES = "-\u2010\u2011\u2013\u2014"
RANGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("to",), "nb": ("til",), "de": ("bis",), "fr": ("à", "a"), "es": ("a",),
    "it": ("a",), "nl": ("tot",), "sv": ("till",), "da": ("til",), "pl": ("do",),
    "pt": ("a",),
}  # fmt: skip
