"""The document's language, and when two labels are the same language: the one helper.

    >>> detect_language("Vi behandler personopplysninger om deg når du bruker tjenesten.")
    'nb'
    >>> same_language("nb", "nn"), same_language("no", "nb-NO"), same_language("en", "fr")
    (True, True, False)
    >>> page_region("en-GB", "en"), page_region("en-US", "fr"), page_region("en-XX", "en")
    ('GB', None, None)

Extraction labels a document (:func:`detect_language`), the guard asks
whether a page switched language (:func:`same_language`,
:func:`confident_language`), and the word lists of :mod:`policywatch.core.lexicon`
are picked by :func:`base_language`; the region of the page's ``lang``
attribute (:func:`page_region`) tells the order of its numeric dates.
Bokmål, nynorsk and the bare "no" that detectors say are one language for
a switch: a page that moves between them is the same Norwegian document.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from babel.core import parse_locale

from policywatch.core.lexicon.calendar import regional_order

# py3langid says "no" for Norwegian; the corpus and the UI use "nb" (bokmål)
# and "nn" (nynorsk), which we tell apart by a few frequent nynorsk words.
# The look-ahead for the words' first letters lets the regex engine skip most
# positions without trying all ten words at each (same matches, ~2x faster).
NYNORSK_WORDS = re.compile(
    r"\b(?=[bdefiknv])(?:ikkje|eg|korleis|kva|dykk|frå|berre|vere|nokre|desse)\b", re.I
)
# py3langid's cost is linear in its input and it is one of the slowest steps of
# extraction; ~500 words decide the language as surely as 1000 (same answer
# on all 213 dev-corpus files), while the nynorsk word count keeps the longer
# sample because it needs enough of those words to appear.
_SAMPLE = 3000
_NYNORSK_SAMPLE = 6000
# Written forms of one language that a language switch does not tell apart.
_SAME_LANGUAGE = {"nb": "no", "nn": "no", "no": "no"}


def detect_language(text: str, hint: str | None = None) -> str | None:
    """Language of ``text`` (a sample of it), falling back to the page's ``lang`` hint."""
    sample = text[:_SAMPLE]
    if len(sample.split()) < 5:
        return _from_hint(hint)
    code, _ = _identifier().classify(sample)
    if code in ("no", "nb", "nn"):
        return "nn" if len(NYNORSK_WORDS.findall(text[:_NYNORSK_SAMPLE])) >= 3 else "nb"
    return str(code)


def base_language(code: str | None) -> str | None:
    """``"en-GB"`` -> ``"en"``, ``"nb_NO"`` -> ``"nb"``: the ISO 639-1 part, lower case."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return base if re.fullmatch(r"[a-z]{2,3}", base) else None


def page_region(hint: str | None, language: str | None) -> str | None:
    """The region (CLDR territory) of the page's ``lang`` attribute ``hint``, when the
    attribute names the page's ``language`` and CLDR writes that language there.

    ``<html lang="en-GB">`` on an English page is "GB"; "en-US" over a French text
    says nothing about the French, and a region CLDR does not know ("en-XX") or none
    ("en") is no region; nor is one whose CLDR short date puts the year first ("en-CA",
    "y-MM-dd"), which tells nothing about a year-last date (:func:`.regional_order`).
    """
    if not hint or not language or not same_language(hint, language):
        return None
    try:
        region = parse_locale(hint.strip().replace("_", "-"), sep="-")[1]
    except ValueError:  # not a language tag ("english", "en--")
        return None
    if region is None or regional_order(base_language(language) or "", region) is None:
        return None
    return region.upper()


def same_language(a: str | None, b: str | None) -> bool:
    """Whether two language labels name one language (unknown counts as the same)."""
    base_a, base_b = base_language(a), base_language(b)
    if not base_a or not base_b:
        return True
    return _SAME_LANGUAGE.get(base_a, base_a) == _SAME_LANGUAGE.get(base_b, base_b)


def confident_language(text: str, min_probability: float) -> str | None:
    """The language of ``text`` when py3langid is at least this sure, else None."""
    lang, probability = _identifier().classify(text[:_NYNORSK_SAMPLE])
    return str(lang) if probability >= min_probability else None


@cache
def _identifier() -> Any:
    # One model for both questions: each loaded copy costs ~85 MB of the crawl
    # process (py3langid.classify keeps a second one of its own). Normalised
    # probabilities do not change which language ranks first.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _from_hint(hint: str | None) -> str | None:
    code = base_language(hint)
    if not code or len(code) != 2:
        return None
    return {"no": "nb"}.get(code, code)
