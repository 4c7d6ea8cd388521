"""Month names and numeric date order for every language policywatch reads, from CLDR.

    >>> month_number("März", "de"), month_number("stycznia", "pl"), month_number("Sept", None)
    (3, 1, 9)
    >>> day_first("nb"), day_first("en"), day_first("hu"), year_first("hu")
    (True, False, None, True)
    >>> numeric_order("hu") is None  # no locale of Hungarian writes the year last
    True
    >>> numeric_order("nb"), numeric_order("en")  # English is split: en_US M/d, en_GB d/M
    (True, None)
    >>> month_number("jaanuarist", "et", inflected=True)  # "from January": an inflected form
    1

The names come from the Unicode CLDR through Babel: wide and abbreviated,
in the format (genitive: "stycznia") and stand-alone ("styczeń") contexts,
case folded, with and without a trailing dot. Nothing is typed by hand, so
a language is as complete as CLDR is. Languages that inflect month names
beyond CLDR's forms (Estonian "jaanuarist", Latvian "martā", Hungarian
"márciusi") are read with ``inflected=True``: a wide name, or that name
less its last one or two letters, followed by a short ending.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale, localedata
from babel.core import get_global, parse_locale

from policywatch.core.lexicon import LANGUAGES


def fold(word: str) -> str:
    """Case folded and in NFC, the form every name here is kept in."""
    return unicodedata.normalize("NFC", word).casefold()


@cache
def month_names(language: str) -> dict[str, int]:
    """Every name of every month in ``language`` (folded) -> month number 1..12."""
    locale = Locale.parse(language)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                folded = fold(name)
                names.setdefault(folded, number)
                names.setdefault(folded.rstrip("."), number)
    return names


@cache
def all_month_names() -> dict[str, int]:
    """Month names of all :data:`LANGUAGES` that mean the same month in each of them.

    A name that is one month in one language and another in a second
    language is left out: read it with :func:`month_names` of the page's
    language instead.
    """
    merged: dict[str, set[int]] = {}
    for language in LANGUAGES:
        for name, number in month_names(language).items():
            merged.setdefault(name, set()).add(number)
    return {name: next(iter(n)) for name, n in merged.items() if len(n) == 1}


def month_number(name: str, language: str | None, *, inflected: bool = False) -> int | None:
    """The month a name means: in ``language`` first, then in any language it is unambiguous.

    With ``inflected``, a case ending on a wide name of ``language`` is
    accepted too ("jaanuarist" in Estonian); only the page's own language is
    read this way, as endings make short stems collide across languages.
    """
    folded = fold(name).rstrip(".")
    base = _base(language)
    if base:
        found = month_names(base).get(folded)
        if found is not None:
            return found
    found = all_month_names().get(folded)
    if found is None and inflected and base:
        stems = _month_stems(base)
        for cut in range(1, _MAX_ENDING + 1):
            found = stems.get(folded[:-cut])
            if found is not None:
                break
    return found


_MAX_ENDING = 4
_MIN_STEM = 4


def _base(language: str | None) -> str | None:
    base = (language or "").split("-")[0].lower()
    return base if base in LANGUAGES else None


@cache
def _month_stems(language: str) -> dict[str, int]:
    """Wide month names and those names less one or two final letters (at least 4 letters)."""
    locale = Locale.parse(language)
    stems: dict[str, set[int]] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["wide"].items():
            folded = fold(name)
            for stem in (folded, folded[:-1], folded[:-2]):
                if len(stem) >= _MIN_STEM:
                    stems.setdefault(stem, set()).add(number)
    return {stem: next(iter(n)) for stem, n in stems.items() if len(n) == 1}


def month_languages(word: str) -> frozenset[str]:
    """The languages in which ``word`` names a month, with a case ending where they inflect.

    A date's month name can tell its language when no cue does ("2024 m.
    kovo 5 d." after an English "Last updated").

        >>> sorted(month_languages("kovo")), sorted(month_languages("március"))
        (['lt'], ['hu'])
        >>> "en" in month_languages("November"), month_languages("updated")
        (True, frozenset())
    """
    folded = fold(word).rstrip(".")
    return frozenset(
        language
        for language in LANGUAGES
        if folded in month_names(language)
        or any(folded[:-cut] in _month_stems(language) for cut in range(1, _MAX_ENDING + 1))
    )


@cache
def year_first(language: str) -> bool:
    """Whether ``language`` writes long dates year first ("2024. március 5.", CLDR)."""
    return Locale.parse(language.split("-")[0]).date_formats["long"].pattern.startswith("y")


@cache
def day_first(locale: str) -> bool | None:
    """Whether ``locale``'s short numeric dates put the day before the month (CLDR),
    or None when its short pattern puts the year first (hu "y. MM. dd.", lt and
    sv_SE "y-MM-dd", en_CA "y-MM-dd", en_ZA "y/MM/dd"): such a locale writes no
    year-last date, so its pattern says nothing about what "03/04/2024" means there.

        >>> day_first("en_GB"), day_first("en"), day_first("en_CA"), day_first("sv_FI")
        (True, False, None, True)
    """
    pattern = Locale.parse(locale.split("-")[0]).date_formats["short"].pattern
    day, month = pattern.find("d"), pattern.find("M")
    if pattern.find("y") < min(day, month):
        return None
    return day < month


@cache
def numeric_order(language: str) -> bool | None:
    """Day-first (True) or month-first (False) for ``language``'s year-last numeric
    dates, or None when CLDR does not give one: the locales that write the year last
    disagree, or none does.

    The language's own locale decides when it writes the year last, unless most of
    the territories where the language is spoken write the other order: English is
    split (``en`` is en_US, "M/d/yy", while en_GB, en_IE, en_AU, en_IN and most others
    write "dd/MM/y"), so "03/04/2024" on an English page needs other evidence; Spanish
    is not (es_PA and es_PR are month-first, the other territories day-first, as ``es``
    is). A locale that writes the year first (:func:`day_first` None) is no vote. When
    the language's own locale writes the year first, its other locales decide if they
    agree: Swedish is day-first (sv_SE "y-MM-dd", but sv_FI and sv_AX "d.M.y"). A
    language no locale of which writes the year last gives no order: Hungarian,
    Lithuanian, Japanese, Chinese, Korean write only year-first locales, so a
    year-last date there ("04/03/2024") needs the page's other evidence
    (:func:`.dateorder.page_day_first`: its other dates, the GDPR), never a guess.

        >>> numeric_order("nb"), numeric_order("en"), numeric_order("sv"), numeric_order("hu")
        (True, None, True, None)
        >>> numeric_order("lt"), numeric_order("ja"), numeric_order("zh"), numeric_order("ko")
        (None, None, None, None)
    """
    base = language.split("-")[0]
    own = day_first(base)
    said = [
        order
        for territory, spoken in get_global("territory_languages").items()
        if base in spoken
        and localedata.exists(f"{base}_{territory}")
        and (order := day_first(f"{base}_{territory}")) is not None
    ]
    if own is None:
        # Only an order some locale writes counts: with no vote ("ja", "zh", "ko", "hu",
        # "lt" write only year-first locales) a year-last date is no date, never a guess.
        return said[0] if said and len(set(said)) == 1 else None
    agree = sum(order == own for order in said)
    return own if 2 * agree >= len(said) else None


@cache
def regional_order(language: str, region: str) -> bool | None:
    """Day-first (True) or month-first (False) in ``language`` as written in ``region``
    (a CLDR territory: "GB", "US", "419"), or None when CLDR has no such locale or
    its short pattern puts the year first (en_CA, en_ZA, en_SE, fr_CA: no evidence
    about a year-last date, :func:`day_first`).

        >>> regional_order("en", "GB"), regional_order("en", "US"), regional_order("en", "XX")
        (True, False, None)
        >>> regional_order("es", "PA"), regional_order("en", "CA")  # MM/dd/yy; y-MM-dd
        (False, None)
    """
    locale = f"{language.split('-')[0].lower()}_{region.upper()}"
    return day_first(locale) if localedata.exists(locale) else None


@cache
def default_region(language: str) -> str | None:
    """The region CLDR takes ``language`` to mean when none is named (its likely subtag).

    >>> default_region("en"), default_region("pt"), default_region("nb")
    ('US', 'BR', 'NO')
    """
    likely = get_global("likely_subtags").get(language.split("-")[0].lower())
    return parse_locale(likely)[1] if likely else None
