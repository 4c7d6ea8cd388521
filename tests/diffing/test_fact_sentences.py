"""The facts are read in the diff's sentences (:func:`policywatch.diffing.sentences.sentences`):
an abbreviation's full stop (``core/lexicon/abbreviations``) ends no sentence, so a fact's
evidence is its whole sentence, while a real sentence end before a capital still cuts.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.facts import extract_facts
from policywatch.diffing.facts_units import units
from policywatch.diffing.sentences import sentences

# language -> a sentence whose abbreviation stands before a capital or a number
ABBREVIATED = {
    "en": "We are certified to the U.S. Data Privacy Framework for 3 years.",
    "nb": "Vi overfører data til tredjeland, f.eks. USA, under standardkontraktsklausuler.",
    "de": "Wir übermitteln Daten in Drittländer, z. B. USA, mit Standardvertragsklauseln.",
    "fr": "Nous transférons des données, p. ex. Google Analytics, vers les États-Unis.",
}
# language -> a next sentence, starting with a capital
NEXT = {
    "en": "We keep logs for 30 days.",
    "nb": "Vi lagrer logger i 30 dager.",
    "de": "Wir speichern Protokolle 30 Tage.",
    "fr": "Nous conservons les journaux 30 jours.",
}


@pytest.mark.parametrize("language", sorted(ABBREVIATED))
def test_an_abbreviation_ends_no_fact_unit(language: str) -> None:
    sentence = ABBREVIATED[language]
    assert list(units(sentence, language)) == [(sentence, False)]
    # The same cut as the diff's.
    assert [u for u, _ in units(sentence, language)] == sentences(sentence, language)


@pytest.mark.parametrize("language", sorted(ABBREVIATED))
def test_a_sentence_end_before_a_capital_still_cuts(language: str) -> None:
    text = f"{ABBREVIATED[language]} {NEXT[language]}"
    assert list(units(text, language)) == [(ABBREVIATED[language], False), (NEXT[language], False)]


def test_certified_to_the_us_framework_reads_one_fact_with_its_whole_sentence() -> None:
    sentence = ABBREVIATED["en"]
    facts = extract_facts(ExtractedDocument(text=sentence, language="en"))
    assert [(f.kind, f.snippet) for f in facts] == [("transfer_mechanism", sentence)]
    # Twin: "U.S." at a sentence's end before a sentence's first word still ends it.
    text = "Our servers are in the U.S. We keep logs for 30 days."
    assert [u for u, _ in units(text, "en")] == ["Our servers are in the U.S.", NEXT["en"]]


@pytest.mark.parametrize("language", sorted(ABBREVIATED))
def test_the_facts_of_an_abbreviated_sentence_quote_it_whole(language: str) -> None:
    sentence = ABBREVIATED[language]
    facts = extract_facts(ExtractedDocument(text=sentence, language=language))
    assert facts and all(f.snippet == sentence for f in facts)
