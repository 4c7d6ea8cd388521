"""Articles per language, and the words that govern a noun: what tells "la mise à jour du
3 mars" (a noun, the revision) from "a été mise à jour le 3 mars" (a participle).

Every language the function-word table reads (:mod:`.function_words`) fills the same
rows: the definite article, the indefinite article, and the article merged with a
preposition ("du", "au", "vom", "del"). Each is a word of that table (wordfreq's most
frequent words), or a declined form of one; a language without articles (Polish)
leaves its row empty. With :mod:`.determiners` (demonstratives and possessives:
"cette", "notre", "this", "our") they are the words a noun stands after, a
participle never.

    >>> governs_noun("la", "fr"), governs_noun("été", "fr"), governs_noun("our", "en")
    (True, False, True)
"""

from __future__ import annotations

from policywatch.core.lexicon import one_norwegian_row
from policywatch.core.lexicon.determiners import DETERMINERS

# fmt: off
ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset(("the", "a", "an")),
    "nb": frozenset(("den", "det", "de", "en", "ei", "et")),
    "da": frozenset(("den", "det", "de", "en", "et")),
    "sv": frozenset(("den", "det", "de", "en", "ett")),
    "nl": frozenset(("de", "het", "een")),
    "de": frozenset((
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "im", "am", "vom", "zum", "zur", "beim",
    )),
    "fr": frozenset(("le", "la", "les", "l", "un", "une", "des", "du", "au", "aux")),
    "es": frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al")),
    "it": frozenset((
        "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "del", "dello",
        "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle", "nel",
        "nella", "dal", "dalla", "sul", "sulla",
    )),
    "pt": frozenset((
        "o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das", "no", "na", "nos",
        "nas", "ao", "à", "pelo", "pela",
    )),
    "pl": frozenset(),
}
# fmt: on


def governs_noun(word: str, language: str | None) -> bool:
    """Whether ``word`` (any case) is an article or determiner of ``language``'s rows:
    the word after it is a noun. Only the page's language: French "a" of "a mis à
    jour" is an auxiliary, English "a" an article. False for a language with no row."""
    base = one_norwegian_row(language)
    folded = word.casefold()
    return folded in ARTICLES.get(base, frozenset()) or folded in DETERMINERS.get(base, frozenset())
