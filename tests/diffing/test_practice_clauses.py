"""A clause of the sentence's own (the service as subject and a practice verb) reads the
collecting verbs of ``COLLECTION_CUES`` (core/lexicon/data_kinds.py), written there once:
``PRACTICE_CLAUSES`` of core/lexicon/references.py derives them.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.data_kinds import COLLECTION_CUES
from policywatch.core.lexicon.references import PRACTICE_CLAUSES
from policywatch.diffing.practices import states_practice

# language -> (the service collecting with a verb of COLLECTION_CUES, the same asked about,
# another party collecting)
COLLECTING = {
    "en": ("we obtain your location", "how we obtain your location",
           "the data partners obtain"),
    "nb": ("vi innhenter posisjonen din", "hvordan vi innhenter posisjonen din",
           "partnere innhenter posisjonen din"),
    "de": ("wir erfassen ihren standort", "wie wir ihren standort erfassen",
           "partner erfassen ihren standort"),
    "fr": ("nous obtenons votre position", "comment nous obtenons votre position",
           "les partenaires obtiennent votre position"),
    "nl": ("wij verkrijgen uw locatie", "hoe wij uw locatie verkrijgen",
           "partners verkrijgen uw locatie"),
    "sv": ("vi inhämtar din position", "hur vi inhämtar din position",
           "partner inhämtar din position"),
    "da": ("vi indhenter din placering", "hvordan vi indhenter din placering",
           "partnere indhenter din placering"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(COLLECTING))
def test_the_service_collecting_is_a_clause_of_its_own_asked_or_another_party_not(
    language: str,
) -> None:
    stated, asked, other = COLLECTING[language]
    assert states_practice(stated, (language,))
    assert not states_practice(asked, (language,))
    assert not states_practice(other, (language,))


@pytest.mark.parametrize("language", sorted(COLLECTING))
def test_each_one_word_collecting_cue_is_a_practice_verb(language: str) -> None:
    subject, verbs = PRACTICE_CLAUSES[language]
    assert subject
    stems = [cue for cue in COLLECTION_CUES[language] if cue.isalpha()]
    assert stems and all(stem in verbs.split("|") for stem in stems)
