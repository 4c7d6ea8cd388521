"""The topic model's features: the taxonomy's terms counted per topic, in any language."""

from __future__ import annotations

import math

from policywatch.diffing.topics import classify_sections, paragraph_features


def test_a_topic_counts_its_distinct_terms_not_their_repeats() -> None:
    """Three retention words count 3; one retention word said three times counts 1."""
    varied = paragraph_features(
        "Durée de conservation",
        "Nous conservons vos données deux ans, puis elles sont supprimées après la clôture.",
        "fr",
    )
    repeated = paragraph_features(
        "Vos données", "Nous conservons, conservons et conservons vos données.", "fr"
    )
    assert varied["c:retention"] > repeated["c:retention"] == math.log1p(1)
    assert varied["ch:retention"] == math.log1p(2)  # 'durée de conservation' and 'conserv…'
    assert "ch:retention" not in repeated


def test_the_counts_read_german_and_norwegian_terms_too() -> None:
    german = paragraph_features("Speicherdauer", "Die Daten werden nach 30 Tagen gelöscht.", "de")
    norwegian = paragraph_features("Lagringstid", "Opplysningene slettes etter 30 dager.", "nb")
    assert german["c:retention"] > 0 and german["ch:retention"] > 0
    assert norwegian["c:retention"] > 0 and norwegian["ch:retention"] > 0


def test_runtime_and_training_read_a_paragraph_alike() -> None:
    """classify_sections and the training script's paragraph_features give the same topics."""
    from policywatch.core.model import ExtractedDocument, Section
    from policywatch.diffing.topics import model

    heading = "Wie lange wir Daten speichern"
    text = "Wir speichern Ihre Daten nur so lange, wie Ihr Konto besteht, und löschen sie danach."
    doc = ExtractedDocument(text="", language="de", sections=[Section(2, heading, text)])
    runtime = classify_sections(doc)[0].paragraphs[0]
    trained = model().assigned(paragraph_features(heading, text, "de"))
    assert {h.topic for h in runtime} == set(trained)
    assert "retention" in set(trained)
