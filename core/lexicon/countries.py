"""Country and region names in every language policywatch reads, from CLDR (Babel).

    >>> sorted(countries_in("Data is hosted in the United States and Deutschland.", "de"))
    ['DE', 'US']
    >>> sorted(countries_in("stockées aux États-Unis et au Royaume-Uni", "fr"))
    ['GB', 'US']
    >>> country_mentions("Hosting: Irland. Support: Irland, USA.", "nb")
    ['US', 'IE', 'IE']
    >>> sorted(countries_in("do Stanów Zjednoczonych i w Kanadzie", "pl"))
    ['CA', 'US']
    >>> country_name("US"), country_name("EEA"), is_country("IE"), is_country("150")
    ('United States', 'EEA', True, False)

Names are CLDR's territory names (``Locale.territories``) of the page's
language and English (:func:`~policywatch.core.lexicon.languages_of`), kept
in a comparison form (case folded, punctuation as spaces) so that
"États-Unis" and "etats unis" are one name; a name that begins with an
article ("l-Irlanda", "an Iorua") is also known without it. CLDR has no
abbreviations or the EEA, so a few aliases are added here, the all-capital
ones matched case-sensitively ("US" the country, not "us"). The diff reads
which places a sentence names; the document-type classifier how densely a
page names countries (sub-processor lists name one per entry).
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.calendar import fold
from policywatch.core.lexicon.tokens import WORD

# Not CLDR territories, abbreviations and short names CLDR does not list, and the
# case forms a sentence puts a name in (German datives): code -> written forms.
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "U.S.", "U.S.A.", "US", "Vereinigten Staaten"),
    "GB": ("UK", "U.K.", "Vereinigten Königreich", "Vereinigtem Königreich"),
    "EU": ("EU", "E.U.", "UE", "Europäischen Union"),
    "NL": ("Niederlanden",),
    "HK": ("Hong Kong", "Hongkong"),
    # The EEA is no CLDR territory; its name and abbreviation in the languages we read.
    "EEA": (
        "EEA", "European Economic Area", "EØS", "EWR", "EEE", "ETA", "EGT", "EMP",
        "Espace économique européen", "Europäischer Wirtschaftsraum",
        "Europäischen Wirtschaftsraum", "Europäischen Wirtschaftsraums",
        "Det europeiske økonomiske samarbeidsområdet",
        "Espacio Económico Europeo", "Spazio economico europeo",
        "Europese Economische Ruimte", "Europejski Obszar Gospodarczy",
    ),
    "001": ("worldwide", "weltweit", "mondial", "dans le monde entier", "verden over"),
}  # fmt: skip
# Polish puts a country's name in the genitive ("do Stanów Zjednoczonych") or the
# locative ("w Kanadzie"), which CLDR does not list: those forms of the places data
# is most often hosted in or sent to.
CASE_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "pl": {
        "US": ("Stanów Zjednoczonych", "Stanach Zjednoczonych", "Stanom Zjednoczonym"),
        "GB": ("Wielkiej Brytanii", "Zjednoczonym Królestwie", "Zjednoczonego Królestwa"),
        "EU": ("Unii Europejskiej",),
        "EEA": ("Europejskiego Obszaru Gospodarczego", "Europejskim Obszarze Gospodarczym"),
        "DE": ("Niemczech", "Niemiec"), "IE": ("Irlandii",), "NL": ("Holandii", "Niderlandach"),
        "FR": ("Francji",), "CA": ("Kanadzie", "Kanady"), "IN": ("Indiach", "Indii"),
        "JP": ("Japonii",), "CH": ("Szwajcarii",), "SG": ("Singapurze",),
        "AU": ("Australii",), "BR": ("Brazylii",), "IL": ("Izraelu",),
    },
}  # fmt: skip
# CLDR names that are also common words or other places (US states, "island"
# is Iceland in Danish, Norwegian and German): too often not a country.
AMBIGUOUS = frozenset({"georgia", "jersey", "man", "island", "chad", "world", "welt", "monde"})
# Two-letter CLDR codes that are no place a company is in (the Eurozone, the
# UN, Outlying Oceania, pseudo-locales, unknown).
NOT_PLACES = frozenset({"EZ", "UN", "QO", "XA", "XB", "ZZ"})
_NON_WORD = re.compile(r"[^\w]+")
# Articles some languages put before a country's name ("l-Irlanda", "an Iorua").
_ARTICLE = re.compile(r"^(?:\w{1,3}-|an )")
_MAX_WORDS = 6


def _form(name: str) -> str:
    return _NON_WORD.sub(" ", fold(name)).strip()


def is_country(code: str) -> bool:
    """Whether a code of :func:`countries_in` is a country (or the EU), not a region."""
    return len(code) == 2 and code.isalpha() and code not in NOT_PLACES


@cache
def _names(language: str) -> dict[str, str]:
    """Comparison form of each territory name of one language -> its CLDR code."""
    out: dict[str, str] = {}
    territories = Locale.parse(language).territories.items()
    # Every name as written first, then without its article: the Norwegian "Sør-Europa"
    # without its "Sør-" would otherwise take "Europa" (Europe) for Southern Europe.
    for strip in (False, True):
        for code, name in territories:
            form = _form(_ARTICLE.sub("", fold(name)) if strip else name)
            if form and form not in AMBIGUOUS and len(form.split()) <= _MAX_WORDS:
                out.setdefault(form, code)
    return out


@cache
def _table(language: str | None) -> tuple[dict[str, str], dict[str, int]]:
    """Names of the page's language and English (English alone when unknown), and
    for each first word of a name the most words a name starting with it has."""
    table: dict[str, str] = {}
    for lang in ("en", *languages_of(language, unknown=("en",))):
        for form, code in _names(lang).items():
            table.setdefault(form, code)
    for code, written in ALIASES.items():
        for alias in written:
            if not alias.isupper() and not alias.replace(".", "").isupper():
                table.setdefault(_form(alias), code)
    for lang in languages_of(language, unknown=()):
        for code, written in CASE_FORMS.get(lang, {}).items():
            for form in written:
                table.setdefault(_form(form), code)
    starts: dict[str, int] = {}
    for form in table:
        words = form.split()
        starts[words[0]] = max(starts.get(words[0], 0), len(words))
    return table, starts


_CAPITAL_ALIASES = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        re.escape(a)
        for a in sorted({a for w in ALIASES.values() for a in w}, key=len, reverse=True)
        if a.replace(".", "").isupper()
    )
    + r")(?![\w])"
)
_ALIAS_CODE = {a: code for code, written in ALIASES.items() for a in written}


def country_mentions(text: str, language: str | None = None) -> list[str]:
    """Every place named in ``text``, as CLDR codes, once per mention (capital
    abbreviations first, then names in text order)."""
    found = [_ALIAS_CODE[m.group(0)] for m in _CAPITAL_ALIASES.finditer(text)]
    table, starts = _table(language)
    # An abbreviation is one mention, also where CLDR spells the name so ("USA" in nb).
    # (_form's words, read in one pass; the text is unchanged where no abbreviation is)
    words = WORD.findall(fold(_CAPITAL_ALIASES.sub(" ", text) if found else text))
    end = 0  # where the last name found ends: names do not overlap
    # Only where a name can start (few words do) is anything looked up.
    for i in [i for i, word in enumerate(words) if word in starts]:
        if i < end:
            continue
        for n in range(min(starts[words[i]], len(words) - i), 0, -1):
            code = table.get(" ".join(words[i : i + n]))
            if code:
                found.append(code)
                end = i + n
                break
    return found


# Both the EU and the EEA named as one place ("EU/EEA", "EU og EØS").
EU_EEA = (
    "EU/EEA", "EU/EØS", "EU/EWR", "EU/EEE", "UE/EEE", "EU and EEA", "EU and the EEA",
    "EU og EØS", "EU und EWR", "UE et EEE",
)  # fmt: skip
# How the fact readers name a place where CLDR's English name is not it.
SHORT_NAMES = {"EEA": "EU/EEA", "EU": "EU", "HK": "Hong Kong"}


def region_patterns(
    codes: tuple[str, ...], languages: tuple[str, ...]
) -> list[tuple[re.Pattern[str], str]]:
    """One pattern per place (in the order of ``codes``): its CLDR names in ``languages``
    and its aliases, with the name the fact readers report (:data:`SHORT_NAMES`).

    Names match in any case, abbreviations ("US", "EØS") only in capitals; the EEA's
    pattern also takes "EU/EEA" and the like, so list it before the EU.

    >>> [(p.pattern[:40], name) for p, name in region_patterns(("US",), ("en",))][0][1]
    'United States'
    >>> [n for p, n in region_patterns(("EEA", "EU", "DE"), ("de",)) if p.search("im EU/EWR")]
    ['EU/EEA', 'EU']
    """
    out = []
    for code in codes:
        names = {Locale.parse(lang).territories.get(code, "") for lang in languages}
        forms = [*ALIASES.get(code, ()), *(EU_EEA if code == "EEA" else ())]
        capitals = sorted(
            {f for f in forms if f.replace(".", "").replace("/", "").isupper()}
            | {f for f in forms if "/" in f},
            key=len,
            reverse=True,
        )
        words = sorted((names | set(forms)) - set(capitals) - {""}, key=len, reverse=True)
        alternatives = [_loose(f) for f in capitals]
        if words:
            alternatives.append("(?i:" + "|".join(_loose(w) for w in words) + ")")
        pattern = r"(?<![\w/-])(?:" + "|".join(alternatives) + r")(?![\w-])"
        out.append((re.compile(pattern), SHORT_NAMES.get(code) or country_name(code)))
    return out


def _loose(form: str) -> str:
    """A written form as a pattern that allows any spacing ("EU / EEA", "Hong  Kong")."""
    return r"\s*/\s*".join(r"\s+".join(map(re.escape, part.split())) for part in form.split("/"))


def countries_in(text: str, language: str | None = None) -> set[str]:
    """CLDR codes (``US``, ``DE``, ``150`` Europe, ``EU``, ``EEA``, ``001`` world) named in text."""
    return set(country_mentions(text, language))


def country_name(code: str, language: str = "en") -> str:
    """The CLDR name of a territory code in a language (aliases for non-CLDR codes)."""
    if code in ("EEA",):
        return code
    return Locale.parse(language).territories.get(code, code)
