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


def _train_topics():
    from tests.conftest import REPO, load_script

    return load_script(REPO / "benchmarks/train_topics.py", "bench_train_topics")


def _policy(paragraphs_by_section: list[tuple[str, list[str]]], language: str):
    from policywatch.core.model import ExtractedDocument, Section

    return ExtractedDocument(
        text="",
        language=language,
        sections=[Section(2, h, "\n\n".join(ps)) for h, ps in paragraphs_by_section],
    )


def test_training_reads_a_labelled_paragraph_beside_its_unlabelled_neighbours() -> None:
    """A labelled paragraph's neighbour features come from the whole document, as at
    runtime: an unlabelled retention paragraph beside it counts (en, de, fr, nb)."""
    from policywatch.diffing.topics import document_features

    cases = {
        "en": ("We keep it safe.", "We retain your data for two years, then delete it."),
        "de": ("Wir schützen sie.", "Wir speichern Ihre Daten zwei Jahre und löschen sie dann."),
        "fr": ("Nous les protégeons.", "Nous conservons vos données deux ans, puis les effaçons."),
        "nb": ("Vi beskytter dem.", "Vi lagrer opplysningene i to år og sletter dem deretter."),
    }
    train_topics = _train_topics()
    for language, (labelled, neighbour) in cases.items():
        doc = _policy([("Data", [labelled, neighbour])], language)
        units = document_features(doc)
        row = {"file": "x.md", "section": 0, "unit": 0, "text": labelled, "heading": "Data"}
        row["lang"] = language
        features = train_topics.features_in_document(row, units)
        assert features == units[0][2], language
        assert features.get("rn:retention", 0) > 0, language
        # The reading before session 7 saw no unlabelled neighbour.
        alone = train_topics.featurize([row], "labelled")[0]
        assert "rn:retention" not in alone, language


def test_a_labelled_paragraph_the_extraction_moved_is_found_by_its_text() -> None:
    """A row whose place changed is read where its text now is; a text the document no
    longer has is read alone and counted, never matched to another paragraph."""
    from policywatch.diffing.topics import document_features

    doc = _policy(
        [("Intro", ["Welcome to our service."]), ("Retention", ["We retain data for a year."])],
        "en",
    )
    units = document_features(doc)
    train_topics = _train_topics()
    moved = {"file": "x.md", "section": 0, "unit": 1, "text": "We retain data for a year."}
    moved |= {"heading": "Retention", "lang": "en"}
    assert train_topics.features_in_document(moved, units) == units[1][2]
    assert train_topics.FEATURIZE_MISSES == []
    gone = moved | {"text": "We sell nothing."}
    features = train_topics.features_in_document(gone, units)
    assert features not in [f for _, _, f in units]
    assert train_topics.FEATURIZE_MISSES == ["x.md 0/1"]
