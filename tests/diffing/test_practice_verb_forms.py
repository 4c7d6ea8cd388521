"""A practice verb's stem (``PRACTICE_CLAUSES`` of core/lexicon/references.py) reads verb
forms only (``VERB_ENDINGS``): a noun made from it ("the collection", "die Erfassung", "og
indhentning", "den insamling", "de verkrijging", "le traitement") starts no clause of a
sentence, while the verb itself ("and collected", "und erfassen", "og indhenter") does.

The pointer reading follows (intended, as English already read): "weitere Informationen
über die Daten, die wir erfassen, finden Sie in ..." holds a clause of its own ("wir
erfassen": the service collecting), so it is no mere pointer in de, da, sv, nl either.
"""

from __future__ import annotations

import pytest

from policywatch.diffing.categories_given import clauses, is_pointer

# fmt: off
# language -> (a first clause, a noun of a practice verb after it, the verb after it)
SENTENCES = {
    "en": ("Logs are kept for 13 months", ", the collection for advertising is anonymous.",
           ", and collected for advertising."),
    "nb": ("Logger lagres i 30 dager", ", og innhentingen av samtykke skjer via banneret.",
           ", og innhenter samtykke via banneret."),
    "de": ("Cookies werden 13 Monate gespeichert", ", die Erfassung zu Werbung ist anonym.",
           ", und erfassen sie zu Werbung."),
    "fr": ("Les journaux sont conservés 30 jours", ", le traitement publicitaire est anonyme.",
           ", et les traitons à des fins publicitaires."),
    "da": ("Logfiler opbevares i 30 dage", ", og indhentning af samtykke sker via banneret.",
           ", og indhenter samtykke via banneret."),
    "sv": ("Loggar sparas i 30 dagar", ", den insamling som sker är anonym.",
           ", och insamlas för reklam."),
    "nl": ("Logs worden 30 dagen bewaard",
           ", de verkrijging van toestemming gebeurt via de banner.",
           ", en verkrijgen toestemming via de banner."),
}
# language -> a pointer sentence whose relative clause has the service collecting
POINTERS_WITH_A_PRACTICE = {
    "en": "For more information about the data we collect, see our cookie policy.",
    "de": "Weitere Informationen über die Daten, die wir erfassen, finden Sie in unserer "
          "Cookie-Richtlinie.",
    "da": "For mere information om de oplysninger, vi indhenter, se vores cookiepolitik.",
    "sv": "För mer information om de uppgifter vi insamlar, se vår cookiepolicy.",
    "nl": "Voor meer informatie over de gegevens die wij verkrijgen, zie ons cookiebeleid.",
}
# fmt: on


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_noun_of_a_practice_verb_starts_no_clause(language: str) -> None:
    first, noun, _ = SENTENCES[language]
    assert len(clauses(first + noun, language)) == 1


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_the_practice_verb_itself_starts_a_clause(language: str) -> None:
    first, _, verb = SENTENCES[language]
    assert len(clauses(first + verb, language)) == 2


@pytest.mark.parametrize("language", sorted(POINTERS_WITH_A_PRACTICE))
def test_a_pointer_holding_the_service_collecting_is_no_pointer(language: str) -> None:
    sentence = POINTERS_WITH_A_PRACTICE[language]
    assert not is_pointer(sentence.lower().replace(",", ""), language)
    # Twin: the same pointer about a topic, with no practice of its own, is one.
    topic = sentence.split(" ")[:3]
    assert is_pointer(" ".join(topic).lower() + " cookies", language)
