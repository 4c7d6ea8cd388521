"""The words a document uses to state its own date, for every language policywatch reads.

    >>> kind_of_cue("Dernière mise à jour")
    'last_updated'
    >>> [m.group() for m in cue_regex().finditer("Gültig ab 1. Mai; Versjon 3")]
    ['Gültig ab', 'Versjon']

One entry per language in :data:`LANGUAGES`, each with the same four kinds:

- ``last_updated``: "last updated / modified / revised / reviewed" and their forms;
- ``effective``: "effective / in force / applies from / valid from";
- ``version``: "version" (a version label, often followed by its date; the
  word is a stem, so "versions" and "Versionsdatum" are found too),
  "published" (:data:`PUBLISHED`: a publication date, weak), and the label
  of a change log ("version history", "change log"), whose dated entries
  are versions (:data:`CHANGE_LOGS`);
- ``other``: words that put a date on *another* text: an earlier version
  ("previous version", "replaces", "archive") or an announced later one
  ("will take effect"), or the next scheduled review ("next review",
  "nächste Überprüfung", :data:`NEXT_REVIEWS`), or the notes of a product's
  releases ("release notes", :data:`RELEASE_NOTES`). A date next to them is
  never the stated date.

A cue also tells the language of its date line (:func:`cue_languages`): a
Hungarian "Hatályos:" on an English page is followed by a Hungarian date.

Phrases are written as :mod:`.phrases` says (lower case, ``*`` for any
word ending, diacritics optional, spaces optional). Each phrase belongs to one kind only (a test
checks it), so a match says which kind it is. Most phrases were written
from the languages' standard legal and web usage, the way each language's
own privacy notices and terms state their dates; they are not taken from
any one document.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.date_cues import germanic, more, romance, slavic
from policywatch.core.lexicon.date_cues.ordinary import ORDINARY
from policywatch.core.lexicon.phrases import phrase_regex, trie_pattern

KINDS: tuple[str, ...] = ("last_updated", "effective", "version", "other")

# The tables, one module per language family (:mod:`.germanic`, :mod:`.romance`,
# :mod:`.slavic`, :mod:`.more`), merged here in the order of LANGUAGES:
#
# - ``CUES``: language -> kind -> phrases, the same four kinds for every language.
# - ``CHANGE_LOGS`` and ``NEXT_REVIEWS``: two kinds of phrase built by one rule
#   per language instead of being listed form by form: the labels of a change
#   log (kind ``version``: "version history", "change log", "revision history")
#   and the next scheduled review (kind ``other``: "next review", "date of the
#   next review"). Each entry is (templates, words): a template holds ``{}``
#   where the language puts one of its words, and a word is written as its
#   stem, so the ``*`` after it in the template reads its plural, case and
#   linking forms ("Versionshistorie", "historique des modifications",
#   "historia zmian", "következő felülvizsgálat", "data następnego przeglądu").
#   Compounding languages join the word and the head with ``*`` and no space
#   ("{}*historie"); as spaces are optional in phrases, "{}* ajalugu" reads
#   "versiooniajalugu" and "muudatuste ajalugu" alike.
# - ``PUBLISHED``: the words that date a page's publication ("published",
#   "posted"): kind ``version``, and weak: a blog-style byline ("Posted on
#   3 March 2024 by Jane") dates the page only when no other date line does
#   (:func:`is_publication`, :mod:`policywatch.extract.dates`).
# - ``RELEASE_NOTES``: the notes of a product's releases ("release notes",
#   "Versionshinweise"): kind ``other``. A page may list its product's
#   releases beside its policy; those dates are the product's, and the list
#   is no change log of the text. Written out, so "Versjonsnotater" is these
#   notes and not the stem "versjon*".
_FAMILIES = (germanic, more, romance, slavic)


def _merged(table: str) -> dict[str, Any]:
    """One table of every family, its languages in the order of LANGUAGES."""
    found = {lang: entry for family in _FAMILIES for lang, entry in getattr(family, table).items()}
    return {lang: found[lang] for lang in LANGUAGES if lang in found}


CUES: dict[str, dict[str, tuple[str, ...]]] = _merged("CUES")
CHANGE_LOGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = _merged("CHANGE_LOGS")
NEXT_REVIEWS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = _merged("NEXT_REVIEWS")
PUBLISHED: dict[str, tuple[str, ...]] = _merged("PUBLISHED")
RELEASE_NOTES: dict[str, tuple[str, ...]] = _merged("RELEASE_NOTES")


def built(rule: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    """The phrases of a (templates, words) rule: every word in every template.

    >>> built((("{}*historie", "historie der {}*"), ("version", "änderung")))
    ('version*historie', 'änderung*historie', 'historie der version*', 'historie der änderung*')
    """
    templates, words = rule
    return tuple(template.format(word) for template in templates for word in words)


for _language, _entry in CUES.items():
    _entry["version"] += built(CHANGE_LOGS[_language]) + PUBLISHED[_language]
    _entry["other"] += built(NEXT_REVIEWS[_language]) + RELEASE_NOTES[_language]

assert tuple(sorted(CUES)) == LANGUAGES, "one cue entry per language"
assert tuple(sorted(CHANGE_LOGS)) == tuple(sorted(NEXT_REVIEWS)) == LANGUAGES
assert tuple(sorted(RELEASE_NOTES)) == tuple(sorted(PUBLISHED)) == LANGUAGES


def phrases(kind: str | None = None) -> list[str]:
    """Every phrase of ``kind`` (all kinds when None), in every language, without repeats."""
    found = {
        phrase
        for entry in CUES.values()
        for k, words in entry.items()
        if kind in (None, k)
        for phrase in words
    }
    return sorted(found)


def page_language(language: str | None) -> str | None:
    """The base language of a page's language tag ("fr-CA" -> "fr"), None when unknown."""
    return language.split("-")[0].lower() if language else None


def cue_regex(kind: str | None = None, language: str | None = None) -> re.Pattern[str]:
    """A case-blind regex finding any cue phrase (of ``kind``) at a word start.

    On a page in ``language``, a word of that language that only another
    language's cue reads is no cue (:data:`.ordinary.ORDINARY`): "Modifications"
    on a French page is the French word, not the Italian and Romanian
    "modificat*" ("modified"), though "Modificato il 3 aprile" and a label
    ("Modifications : 3 avril 2024") still are. The
    page's own row and English, which pages often mix in, keep every phrase;
    with no language, every cue is read as such.

        >>> cue_regex(language="fr").search("Modifications de votre compte") is None
        True
        >>> cue_regex().search("Modifications de votre compte").group()
        'Modifications'
    """
    return _cue_regex(kind, page_language(language))


_WORD_END = r"(?![^\W\d_])"  # as phrase_regex ends a word


@cache
def _cue_regex(kind: str | None, language: str | None) -> re.Pattern[str]:
    cues = phrase_regex(phrases(kind))
    ordinary = ORDINARY.get(language or "", ())
    if not ordinary or language is None:
        return cues
    # Only another language's one-word cues are withheld: where a phrase of the page's
    # own row or of English, or any phrase of several words, starts ("Publication
    # date", "date de publication"), the ordinary word is read as that phrase.
    kept = phrase_regex(
        p
        for p in phrases(kind)
        if " " in p or any(p in CUES[lang].get(k, ()) for lang in (language, "en") for k in KINDS)
    )
    # Followed by a colon, the word is a label all the same ("Stand: 1. März 2024").
    label = r"\s*:"
    return re.compile(
        f"(?!(?!{kept.pattern})(?:{trie_pattern(ordinary)}){_WORD_END}(?!{label}))" + cues.pattern,
        re.I,
    )


@cache
def _kind_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Per kind, its phrases written out, then (for every kind) its stems: a phrase
    written out says its kind before a stem of another kind that reads the same
    words ("versjonsnotater" is release notes, not the stem "versjon*")."""
    written = [(k, [p for p in phrases(k) if "*" not in p]) for k in KINDS]
    stems = [(k, [p for p in phrases(k) if "*" in p]) for k in KINDS]
    return [
        (kind, re.compile(trie_pattern(words) + r"\Z", re.I))
        for kind, words in written + stems
        if words
    ]


def kind_of_cue(text: str) -> str | None:
    """Which kind the cue ``text`` (a whole match of :func:`cue_regex`) is, or None.

    >>> kind_of_cue("Versionshinweise"), kind_of_cue("Versionsdatum")
    ('other', 'version')
    """
    for kind, pattern in _kind_patterns():
        if pattern.match(text):
            return kind
    return None


@cache
def change_word_regex() -> re.Pattern[str]:
    """The words of every language's change-log rule (version, change, revision...).

    A short heading with one of them that names the document ("Changes to
    this policy", "Änderungen dieser Datenschutzerklärung") labels a change
    log too, though it holds no change-log phrase.

        >>> change_word_regex().search("Modifications de la présente politique") is not None
        True
    """
    return phrase_regex(sorted({f"{word}*" for _, words in CHANGE_LOGS.values() for word in words}))


@cache
def _publication_pattern() -> re.Pattern[str]:
    return re.compile(
        trie_pattern(sorted({p for w in PUBLISHED.values() for p in w})) + r"\Z", re.I
    )


def is_publication(cue: str) -> bool:
    """Whether the cue ``cue`` (a whole match of :func:`cue_regex`) dates a publication.

    >>> is_publication("Posted"), is_publication("Veröffentlicht"), is_publication("Version")
    (True, True, False)
    """
    return _publication_pattern().match(cue) is not None


@cache
def _language_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (
            language,
            re.compile(trie_pattern(sorted({p for w in entry.values() for p in w})) + r"\Z", re.I),
        )
        for language, entry in CUES.items()
    ]


def cue_languages(text: str, language: str | None = None) -> list[frozenset[str]]:
    """For each cue in ``text`` (on a page in ``language``, as :func:`cue_regex` finds
    them), the languages whose table holds it: the cue tells the language.

    A cue written alike in several languages ("Version") belongs to all of them.

    >>> cue_languages("Hatályos: 2024. március 5.")
    [frozenset({'hu'})]
    >>> sorted(cue_languages("Versija 3")[0])
    ['lt', 'lv']
    """
    return [
        frozenset(language for language, pattern in _language_patterns() if pattern.match(cue))
        for cue in (m.group() for m in cue_regex(language=language).finditer(text))
    ]


@cache
def _participle_pattern(language: str | None) -> re.Pattern[str]:
    """The participles of change and publication of the page's row and English (every
    row when the language is unknown), one word or several (:func:`is_participle`)."""
    rows = (language, "en") if language in CUES else tuple(CUES)
    found: set[str] = set()
    for lang in rows:
        change = CUES[lang]["last_updated"] + PUBLISHED[lang]
        one_word = {p for p in change if " " not in p}
        # The row's word for "last": the one it writes before a one-word participle
        # ("last" of "last updated", "sist", "zuletzt", "dernière" of "dernière actualisation").
        pairs = [p.split(" ", 1) for p in change if " " in p]
        lasts = {first for first, rest in pairs if rest in one_word}
        # What it writes after that word is a participle too: "mise à jour" of
        # "dernière mise à jour", "angepasst" of "zuletzt angepasst".
        after = {rest for first, rest in pairs if first in lasts}
        # And so is the row's other agreement of one of those ("mis à jour", "mise à jour").
        found |= one_word | after | {" ".join(pair) for pair in pairs if _agrees(pair, after)}
    return re.compile(trie_pattern(sorted(found)) + r"\Z", re.I)


def _agrees(pair: list[str], participles: set[str]) -> bool:
    """Whether the phrase ``first rest`` is one of ``participles`` with another ending on
    its first word: "mis à jour" of "mise à jour"."""
    first, rest = pair
    for other in participles:
        other_first, _, other_rest = other.partition(" ")
        same_stem = other_first.startswith(first) or first.startswith(other_first)
        if other_rest == rest and other_first != first and same_stem:
            return True
    return False


def is_participle(cue: str, language: str | None = None) -> bool:
    """Whether the cue ``cue`` (a match of :func:`cue_regex`, less any linking word
    after it: "geändert am", "mise à jour le") is a participle of change or
    publication ("updated", "endra", "geändert", "modifié", "mise à jour",
    "published") on a page in ``language``.

    Derived from the rows, not listed: the one-word phrases of kind ``last_updated``
    and of :data:`PUBLISHED`, of the page's row and English, and what a row writes
    after its word for "last" (the word it puts before one of those: "mise à jour"
    of "dernière mise à jour", "angepasst" of "zuletzt angepasst"). Such a word also
    says what happened to anything else ("The company modified its name on 1 March
    2019", "L'application a été mise à jour le 3 mars 2024"), so inside a sentence
    it dates the page only when the sentence names the document
    (:mod:`policywatch.extract.dates`). A label with the word for "last" ("last
    updated", "dernière mise à jour") is no participle. Another row's stem is not
    the page's participle: Romanian "publicat*" reads the French noun "publication".

    >>> is_participle("Endra", "nb"), is_participle("veröffentlicht"), is_participle("Last updated")
    (True, True, False)
    >>> is_participle("publication", "fr"), is_participle("publiée", "fr")
    (False, True)
    >>> is_participle("mise à jour", "fr"), is_participle("dernière mise à jour", "fr")
    (True, False)
    >>> is_participle("mis à jour", "fr")
    True
    >>> is_participle("angepasst", "de"), is_participle("zuletzt angepasst", "de")
    (True, False)
    """
    return _participle_pattern(page_language(language)).match(cue) is not None
