"""Phrase patterns spelled from slot tables prefilter from their phrases, as a parse would,
and are compiled only for a text that may hold one of them."""

from __future__ import annotations

import re

import pytest

from policywatch.core.lexicon import periods
from policywatch.core.lexicon.phrases import (
    PHRASE_FLAGS,
    LazyPhraseRegex,
    phrase_source,
    spell_frames,
)
from policywatch.core.lexicon.subject_rights import rights_purpose_phrases
from policywatch.diffing.prefilter import long_phrase_regex, needles, prefilter

TABLES = {
    "contract term": lambda language: spell_frames(periods.CONTRACT_TERM[language]),
    "rights purpose": rights_purpose_phrases,
}


@pytest.mark.parametrize("table", sorted(TABLES))
@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_starts_read_from_the_phrases_equal_the_parsed_pattern(table: str, language: str) -> None:
    phrases = TABLES[table](language)
    pattern = long_phrase_regex(phrases)
    # The same regex under another text: parsed in full, as any other pattern.
    parsed = re.compile("(?:" + pattern.pattern + ")", pattern.flags)
    assert prefilter(pattern) == prefilter(parsed)
    assert needles(pattern) == needles(parsed)


def test_a_gate_is_found_or_not_as_the_phrases_begin() -> None:
    words = ["for the term*", "during the contract"]
    gated = long_phrase_regex(words)
    assert prefilter(gated) is not None and prefilter(gated) == prefilter(
        re.compile("(?:" + gated.pattern + ")", gated.flags)
    )
    # A one-letter word before a gap leaves no literal start of two characters.
    ungated = long_phrase_regex([*words, "à la fin"])
    assert prefilter(ungated) is None
    assert prefilter(re.compile("(?:" + ungated.pattern + ")", ungated.flags)) is None


# Per language, a sentence with a contract-term phrase, and its twin that opens the same
# way but names no contract: the twin must not build the 24,000-character pattern.
CONTRACT_TWINS = {
    "en": (
        "We keep your account data for the duration of the contract.",
        "We keep your account data for the purposes of the contract.",
    ),
    "nb": (
        "Vi lagrer kontoopplysningene så lenge avtalen varer.",
        "Vi lagrer kontoopplysningene så lenge det er nødvendig.",
    ),
    "de": (
        "Wir speichern Ihre Kontodaten für die Dauer des Vertrages.",
        "Wir speichern Ihre Kontodaten für die Zwecke des Vertrages.",
    ),
    "fr": (
        "Nous conservons vos données pendant la durée du contrat.",
        "Nous conservons vos données pendant trois ans.",
    ),
}


def _spans(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


@pytest.mark.parametrize("language", sorted(CONTRACT_TWINS))
def test_the_lazy_pattern_answers_as_the_compiled_one_and_compiles_only_when_needed(
    language: str,
) -> None:
    phrases = spell_frames(periods.CONTRACT_TERM[language])
    compiled = re.compile(phrase_source(phrases), PHRASE_FLAGS)
    with_term, twin = CONTRACT_TWINS[language]

    lazy = long_phrase_regex(phrases)
    for pos in range(len(twin)):
        assert _spans(lazy.match(twin, pos)) == _spans(compiled.match(twin, pos)) is None
    assert lazy.search(twin) is None and list(lazy.finditer(twin)) == []
    assert not lazy.compiled

    found = lazy.search(with_term)
    assert found is not None and found.group(0) == compiled.search(with_term).group(0)
    assert lazy.compiled
    assert [m.span() for m in lazy.finditer(with_term)] == [
        m.span() for m in compiled.finditer(with_term)
    ]


@pytest.mark.parametrize("language", sorted(CONTRACT_TWINS))
def test_at_every_place_the_openings_check_agrees_with_the_whole_pattern(language: str) -> None:
    """Where a phrase matches its opening does: a fresh (uncompiled) pattern at each place."""
    phrases = spell_frames(periods.CONTRACT_TERM[language])
    compiled = re.compile(phrase_source(phrases), PHRASE_FLAGS)
    text = " ".join(CONTRACT_TWINS[language]).upper()  # case does not count either way
    for pos in range(len(text)):
        lazy = LazyPhraseRegex(phrases)
        assert _spans(lazy.match(text, pos)) == _spans(compiled.match(text, pos))
        assert _spans(LazyPhraseRegex(phrases).search(text, pos)) == _spans(
            compiled.search(text, pos)
        )
