"""Phrase patterns spelled from slot tables prefilter from their phrases, as a parse would."""

from __future__ import annotations

import re

import pytest

from policywatch.core.lexicon import periods
from policywatch.core.lexicon.phrases import spell_frames
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
