"""A word of the page's own cue phrases is never withheld as an "ordinary" word.

The ordinary-word table (core/lexicon/date_cues/ordinary.py) withholds only another
language's one-word cues: the page's own row and English keep every phrase, and a
word that begins one of them ("publication" of "publication date") is no ordinary word.
"""

from __future__ import annotations

import datetime as dt

import pytest

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.date_cues import CUES, KINDS, cue_regex
from policywatch.core.lexicon.date_cues.ordinary import ORDINARY
from policywatch.core.lexicon.phrases import phrase_regex
from policywatch.extract.dates import find_stated_date

TODAY = dt.date(2025, 1, 1)


def _own_row(language: str) -> set[str]:
    return {p for lang in (language, "en") for kind in KINDS for p in CUES[lang][kind]}


def test_french_publication_date_is_read() -> None:
    found = find_stated_date(
        [
            "Politique de confidentialité",
            "Date de publication 3 avril 2024",
            "Nous collectons des données.",
        ],
        "fr",
        today=TODAY,
    )
    assert found is not None
    assert (found.value, found.kind) == ("2024-04-03", "version")


def test_english_publication_date_is_a_cue_on_an_english_page() -> None:
    match = cue_regex(language="en").search("Publication date 1 May 2024")
    assert match is not None and match.group() == "Publication date"
    found = find_stated_date(
        ["Privacy Policy", "Publication date 1 May 2024", "We collect data."], "en", today=TODAY
    )
    assert found is not None and found.value == "2024-05-01"


def test_french_ordinary_word_is_still_no_cue() -> None:
    # Twin: "modifications" is a word of French phrases ("journal des modifications") but
    # begins none, so alone it stays the French word, not the Italian "modificat*".
    assert cue_regex(language="fr").search("Modifications de votre compte") is None
    assert cue_regex().search("Modifications de votre compte") is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_own_and_english_phrase_is_read(language: str) -> None:
    pattern = cue_regex(language=language)
    missed = [
        p
        for p in sorted(_own_row(language))
        if (m := pattern.match(p.replace("*", ""))) is None or m.group() != p.replace("*", "")
    ]
    assert missed == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_ordinary_word_begins_an_own_phrase(language: str) -> None:
    firsts = phrase_regex(sorted({p.split()[0] for p in _own_row(language)}))
    assert [w for w in ORDINARY[language] if firsts.fullmatch(w)] == []


@pytest.mark.parametrize("language", ["nb", "de"])
def test_no_ordinary_word_is_any_word_of_an_own_phrase(language: str) -> None:
    # For Norwegian and German no table word is even inside an own phrase ("stand" is
    # no word of a Norwegian or English phrase; the German "Stand" is its own row's).
    words = phrase_regex(sorted({w for p in _own_row(language) for w in p.split()}))
    assert ORDINARY[language]
    assert [w for w in ORDINARY[language] if words.fullmatch(w)] == []
