"""The readings kept per text give what a fresh reading gives, and read each text once."""

from __future__ import annotations

from policywatch.core.lexicon.countries import country_mentions
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing.memo import TextMemo
from policywatch.diffing.topics import classify_sections
from policywatch.diffing.topics_concepts import concepts_many


def test_only_unread_keys_are_read_once_each_and_the_oldest_is_dropped() -> None:
    read: list[list[str]] = []

    def upper(keys: list[str]) -> list[str]:
        read.append(list(keys))
        return [k.upper() for k in keys]

    memo: TextMemo[str, str] = TextMemo(2)
    assert memo.many(["a", "b", "a"], upper) == ["A", "B", "A"]
    assert memo.many(["b", "c"], upper) == ["B", "C"]  # "a", first in, makes room for "c"
    assert memo.many(["a", "c"], upper) == ["A", "C"]
    assert read == [["a", "b"], ["c"], ["a"]]
    assert len(memo.kept) == 2


def test_a_batch_larger_than_the_memo_is_answered_whole() -> None:
    memo: TextMemo[int, int] = TextMemo(1)
    assert memo.many([1, 2, 3, 2], lambda keys: [k * 10 for k in keys]) == [10, 20, 30, 20]


def test_concepts_kept_equal_a_fresh_reading_per_language() -> None:
    texts = {
        "en": "We retain your data for 30 days in the United States.",
        "nb": "Vi lagrer opplysningene dine i 30 dager i Norge.",
        "de": "Wir löschen Ihre Daten nach 30 Tagen in Deutschland.",
        "fr": "Nous conservons vos données pendant 30 jours en France.",
    }
    for language, text in texts.items():
        fresh = concepts_many([text, "Welcome."], language)  # texts no test reads before
        assert concepts_many([text], language) == fresh[:1]  # now from the memo
        assert fresh[0]["k:retention"] > 0 and fresh[0]["k:country"] > 0
        assert fresh[1] == {}  # the twin: a text of no concept


def test_a_document_read_again_gets_the_same_topics() -> None:
    doc = ExtractedDocument(
        text="",
        language="en",
        sections=[
            Section(2, "How long we keep data", "We retain your data for 30 days."),
            Section(2, "Your rights", "You may ask us to delete your data at any time."),
        ],
    )
    first = classify_sections(doc)
    assert [h.topic for h in first[0].topics] == ["retention"]
    assert repr(classify_sections(doc)) == repr(first)


def test_country_names_do_not_overlap_and_follow_abbreviations() -> None:
    text = "Data may go to the US, the United Kingdom or United States of America."
    assert country_mentions(text, "en") == ["US", "GB", "US"]
    assert country_mentions("Nothing about places here.", "en") == []
