"""The date cue table: one entry per language, the same kinds each, every phrase found."""

from __future__ import annotations

import pytest

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.date_cues import (
    CHANGE_LOGS,
    CUES,
    KINDS,
    NEXT_REVIEWS,
    built,
    cue_languages,
    cue_regex,
    kind_of_cue,
    phrases,
)


def _written(phrase: str) -> str:
    """A phrase as a page writes it: a stem (``*``) with an ending, the first letter capital."""
    text = phrase.replace("*", "a")
    return text[:1].upper() + text[1:]


def test_one_entry_per_language_with_the_same_kinds():
    assert sorted(CUES) == sorted(LANGUAGES)
    for language, entry in CUES.items():
        assert tuple(entry) == KINDS, language


def test_no_phrase_belongs_to_two_kinds():
    seen: dict[str, str] = {}
    for entry in CUES.values():
        for kind, words in entry.items():
            for phrase in words:
                assert seen.setdefault(phrase, kind) == kind, phrase


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_phrase_of_a_language_is_found_as_its_kind(language):
    for kind, words in CUES[language].items():
        assert words, (language, kind)
        for phrase in words:
            text = f"» {_written(phrase)}: 5"
            found = [m.group() for m in cue_regex().finditer(text)]
            assert found, (language, phrase)
            # The longest phrase at that place wins; it is of the same kind.
            assert kind_of_cue(found[0]) == kind, (language, phrase, found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_cues_are_found_in_upper_case_and_without_diacritics(language):
    import unicodedata

    phrase = CUES[language]["last_updated"][0].replace("*", "")
    plain = "".join(c for c in unicodedata.normalize("NFD", phrase) if not unicodedata.combining(c))
    for text in (phrase.upper(), plain):
        match = cue_regex().search(f"{text}: 1")
        assert match is not None and kind_of_cue(match.group()) == "last_updated", text


def test_a_cue_is_a_whole_word_start():
    assert cue_regex().search("the outstanding grandstand") is None
    assert [m.group() for m in cue_regex().finditer("Stand: 2024")] == ["Stand"]


def test_text_that_lost_its_spaces_still_has_its_cue():
    for text in ("Dernière mise àjour : 10/12/2021", "LastUpdated: 5 May 2024"):
        match = cue_regex().search(text)
        assert match is not None and kind_of_cue(match.group()) == "last_updated", text


def test_phrases_lists_each_phrase_once():
    every = phrases()
    assert len(every) == len(set(every))
    assert set(phrases("other")) < set(every)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cue_tells_its_language(language):
    for words in CUES[language].values():
        for phrase in words:
            found = cue_languages(f"» {_written(phrase)}: 5")
            assert found and language in found[0], (language, phrase, found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_change_logs_and_next_reviews_are_built_by_the_rule(language):
    # Every word in every template, each template holding one place for the word.
    for rule, kind in ((CHANGE_LOGS[language], "version"), (NEXT_REVIEWS[language], "other")):
        templates, words = rule
        assert templates and words and all(t.count("{}") == 1 for t in templates)
        assert set(built(rule)) <= set(CUES[language][kind])
        assert len(built(rule)) == len(templates) * len(words)
