"""One word scan of a text serves the topic rules and the concept ids, as separate scans did."""

from __future__ import annotations

import re

import pytest

from policywatch.diffing.prefilter import TermMatcher, WordScan, word_scans
from policywatch.diffing.topics_concepts import concepts_many
from policywatch.diffing.topics_model import RULE_MATCHER

TEXTS = {
    "en": "We retain your data for 30 days, then delete it.",
    "nb": "Vi lagrer opplysningene dine i 30 dager, deretter slettes de.",
    "de": "Wir speichern Ihre Daten 30 Tage lang und löschen sie dann.",
    "fr": "Nous conservons vos données pendant 30 jours, puis les supprimons.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_rule_terms_found_with_kept_scans_equal_a_fresh_scan(language: str) -> None:
    lows = [TEXTS[language].lower(), "nothing to see here"]
    fresh = RULE_MATCHER.find(lows)
    assert fresh[0]  # the retention words are found at all
    assert RULE_MATCHER.find(lows, word_scans(lows)) == fresh
    assert not fresh[1]


AUDIENCE = {
    "en": "If_you_are_resident_in California",
    "nb": "Hvis_du_er_bosatt_i Norge",
    "de": "Wenn_Sie_wohnhaft_in Deutschland",
    "fr": "Si_vous_résidez_en France",
}


@pytest.mark.parametrize("language", sorted(AUDIENCE))
def test_an_underscore_makes_the_concept_key_its_own_words(language: str) -> None:
    # The concept key blanks "_" (a word character): "if_you_are" is three words
    # there and one in the lower-cased text, whose scan the rules keep.
    text = AUDIENCE[language]
    word_scans([text.lower()])
    assert concepts_many([text], language)[0]["k:audience"] == 1.0
    assert concepts_many([text.replace("_", " ")], language)[0]["k:audience"] == 1.0


def test_a_multi_word_needle_needs_the_scan_of_the_text_it_reads() -> None:
    # The twin of the above: read with the underscored text's scan, the key misses.
    matcher = TermMatcher([re.compile(r"(?<![\w])(?:if you are resident in)")])
    key = "if you are resident in california"
    assert matcher.find([key], [WordScan.of(key)]) == [{0: ["if you are resident in"]}]
    assert matcher.find([key], [WordScan.of(key.replace(" ", "_"))]) == [{}]
