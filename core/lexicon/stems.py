"""Words and their stems, per language: what topic features and search share.

    >>> words("Our sub-processors keep THE data")
    ['our', 'subprocessors', 'keep', 'the', 'data']
    >>> stems("Our sub-processors keep the data", "en")
    ['our', 'subprocessor', 'keep', 'the', 'data']
    >>> stems("Les sous-traitants de vos données", "fr")
    ['le', 'soustrait', 'de', 'vos', 'don']
    >>> stemmer_name("nb"), stemmer_name("sk")
    ('norwegian', None)

Stems come from the Snowball stemmers (``snowballstemmer``, the Snowball
project's own Python port; it uses PyStemmer's C code when that is
installed). Which Snowball algorithm reads a language is found from the
language's English name in CLDR (through Babel), not typed by hand; a
language Snowball has no stemmer for (Bulgarian, Croatian, Icelandic,
Latvian, Maltese, Slovak, Slovenian) keeps its folded words. Hyphens
inside a word are folded away ("sub-processor" is "subprocessor"), so
either spelling finds the other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

import snowballstemmer
from babel import Locale, UnknownLocaleError

from policywatch.core.lexicon.tokens import WORD

# A hyphen, a soft hyphen or a non-breaking one.
_HYPHEN = r"[-\u2010\u2011\u00ad]"
# A hyphen between two word characters.
_INNER_HYPHEN = re.compile(rf"(?<=\w){_HYPHEN}(?=\w)")
# One word of :func:`words` as it stands in the text, hyphens and all: where
# a reader needs the word's place in the text (search highlights it).
HYPHENATED_WORD = re.compile(rf"{WORD.pattern}(?:{_HYPHEN}{WORD.pattern})*")


def words(text: str) -> list[str]:
    """Case-folded NFC words of ``text``, hyphenated words joined."""
    text = unicodedata.normalize("NFC", text).casefold()
    return WORD.findall(_INNER_HYPHEN.sub("", text))


@cache
def stemmer_name(language: str | None) -> str | None:
    """The Snowball algorithm for an ISO 639-1 code (``None``: no stemmer for it)."""
    if not language:
        return None
    try:
        name = Locale.parse(language.replace("-", "_")).get_language_name("en")
    except (UnknownLocaleError, ValueError):
        return None
    if not name:
        return None
    known = set(snowballstemmer.algorithms())
    name = name.lower()
    for candidate in (name.replace(" ", "_"), name.split()[0]):
        if candidate in known:
            return candidate
    return None


@cache
def stemmer(language: str | None) -> Callable[[str], str]:
    """A caching ``word -> stem`` function for ``language`` (identity without a stemmer)."""
    name = stemmer_name(language)
    if name is None:
        return str
    algorithm = snowballstemmer.stemmer(name)
    return cache(algorithm.stemWord)


def stems(text: str, language: str | None) -> list[str]:
    """The stems of the words of ``text``, in order."""
    stem = stemmer(language)
    return [stem(w) for w in words(text)]


# Languages whose words the search index keeps folded, unstemmed: FTS5's
# porter tokenizer stems them (and the query) itself.
PORTER_LANGUAGES = frozenset({"en"})


def index_terms(text: str, language: str | None) -> str:
    """The distinct search terms of ``text``, space-separated, for the stemmed index.

    >>> index_terms("We retain the data we retained", "en")
    'we retain the data retained'
    >>> index_terms("Les données conservées", "fr")
    'le don conserv'
    """
    if language in PORTER_LANGUAGES:
        return " ".join(dict.fromkeys(words(text)))
    return " ".join(dict.fromkeys(stems(text, language)))


def query_terms(word: str, languages: set[str | None]) -> set[str]:
    """What one typed word may be indexed as, in any of ``languages``.

    >>> sorted(query_terms("Sub-Processors", {"en", "fr"}))
    ['subprocessor', 'subprocessors']
    """
    folded = words(word)
    if not folded:
        return set()
    joined = "".join(folded)
    out = {joined}
    for language in languages:
        if language not in PORTER_LANGUAGES:
            out.add(stemmer(language)(joined))
    return out
