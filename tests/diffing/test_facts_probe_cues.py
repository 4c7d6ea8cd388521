"""A unit's cue mask: a needle tried in every unit counts at a word start only if anchored."""

from __future__ import annotations

import re

from policywatch.diffing.facts_probe import Cues, Unit
from policywatch.diffing.prefilter import Vocabulary

UNITS = ["Data stays in the EU.", "Les données sont neutres.", "Schreiben Sie an @privacy."]


def _masks() -> tuple[int, int, list[int]]:
    cues = Cues()
    eu = cues.pattern(re.compile(r"\beu\b"))  # a two-letter word start: tried in every unit
    at = cues.substring("@")  # anywhere
    document = " ".join(UNITS).lower()
    cues.index(document, Vocabulary.of(document))
    return eu, at, [cues.mask(Unit(text)) for text in UNITS]


def test_an_anchored_needle_counts_at_a_word_start() -> None:
    eu, _, masks = _masks()
    assert masks[0] & eu


def test_an_anchored_needle_inside_a_word_does_not_count() -> None:
    eu, _, masks = _masks()
    assert not masks[1] & eu  # "neutres" holds "eu", not at a word start
    assert not masks[2] & eu


def test_a_substring_counts_anywhere_and_only_where_it_is() -> None:
    _, at, masks = _masks()
    assert [bool(m & at) for m in masks] == [False, False, True]


def test_the_same_pattern_read_by_has_in_a_unit_and_not_in_another() -> None:
    pattern = re.compile(r"\beu\b", re.IGNORECASE)
    assert Unit("in the EU").has(pattern) is not None
    assert Unit("neutral data").has(pattern) is None
