"""Concept ids: the same topic feature whichever language wrote the paragraph."""

from __future__ import annotations

import pytest

from policywatch.diffing.topics import Model, paragraph_features
from policywatch.diffing.topics_concepts import concepts

# One sentence per language and concept, and its negative twin: the same
# sentence shape without the concept's words.
SAME_CONCEPT = {
    "k:retention": {
        "en": "We delete your data 30 days after you close your account.",
        "nb": "Vi sletter opplysningene dine 30 dager etter at du avslutter kontoen.",
        "de": "Wir löschen Ihre Daten 30 Tage nachdem Sie Ihr Konto schließen.",
        "fr": "Nous supprimons vos données 30 jours après la fermeture de votre compte.",
    },
    "k:role:recipients": {
        "en": "Our processors act only on our instructions.",
        "nb": "Våre databehandlere handler bare etter våre instrukser.",
        "de": "Unsere Auftragsverarbeiter handeln nur auf unsere Weisung.",
        "fr": "Nos sous-traitants agissent uniquement sur nos instructions.",
    },
    "k:period": {
        "en": "The offer lasts 12 months.",
        "nb": "Tilbudet varer i 12 måneder.",
        "de": "Das Angebot gilt 12 Monate.",
        "fr": "L'offre dure 12 mois.",
    },
}
NEITHER = {
    "en": "Our team works on your account with care.",
    "nb": "Teamet vårt jobber nøye med kontoen din.",
    "de": "Unser Team kümmert sich sorgfältig um Ihr Konto.",
    "fr": "Notre équipe s'occupe de votre compte avec soin.",
}


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
@pytest.mark.parametrize("concept", sorted(SAME_CONCEPT))
def test_each_language_gives_the_same_concept_id(concept: str, language: str) -> None:
    assert concept in concepts(SAME_CONCEPT[concept][language], language)


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_a_sentence_without_those_words_gives_none_of_them(language: str) -> None:
    found = concepts(NEITHER[language], language)
    assert not set(found) & set(SAME_CONCEPT), found


def test_a_number_without_a_unit_of_time_is_no_period() -> None:
    assert "k:period" not in concepts("Article 30 applies to processors.", "en")
    assert "k:period" in concepts("Logs are kept for 30 days.", "en")


def test_paragraph_features_carry_the_concepts_of_body_and_heading() -> None:
    features = paragraph_features(
        "Lagringstid", "Vi sletter opplysningene dine etter 30 dager.", "nb"
    )
    assert features["k:retention"] > 0 and features["k:period"] > 0
    assert features["hk:retention"] > 0
    plain = paragraph_features("Om oss", "Teamet vårt jobber nøye med kontoen din.", "nb")
    assert not any(name.startswith(("k:", "hk:")) for name in plain)


def test_a_topic_is_assigned_from_its_own_threshold() -> None:
    """Per-topic thresholds: the same probability passes one topic's and not another's."""
    weights = {"k:retention": {"retention": 1.0, "security": 1.0}}
    model = Model(("retention", "security"), (0.0, 0.0), weights, 0.5, {"security": 0.9})
    features = {"k:retention": 1.0, "length": 1.0}  # both topics: p = 0.73
    assert set(model.assigned(features)) == {"retention"}
    lenient = Model(("retention", "security"), (0.0, 0.0), weights, 0.5)
    assert set(lenient.assigned(features)) == {"retention", "security"}
