"""An abbreviation's full stop ends no sentence; an opening guillemet starts one.

Per language (``core/lexicon/abbreviations``): the sentence with an abbreviation
before a capital stays one sentence; its twin, the same words with a real sentence
end before the capital, stays two. Then through :func:`sentence_units`: a change
after "U.S." is one edited sentence, not an unchanged sentence and a new one.
"""

from __future__ import annotations

import pytest

from policywatch.diffing.sentences import sentence_units, sentences

# fmt: off
# (language, one sentence with an abbreviation, the twin: two sentences)
ABBREVIATED = [
    ("en", "We are certified to the U.S. Data Privacy Framework.",
           "We are certified in the US. Data Privacy Framework applies."),
    ("en", "We use processors, e.g. Google and Stripe.",
           "We use processors such as these. Google and Stripe are two."),
    ("en", "Data stays in the U.K. Office of our affiliate.",
           "Data stays in the UK. Office staff may read it."),
    ("nb", "Vi deler data med leverandører, f.eks. Google og Stripe.",
           "Vi deler data med leverandører. Google og Stripe er to."),
    ("nb", "Vi lagrer data i ca. 30 dager.",
           "Vi lagrer data i dager. 30 dager er grensen."),
    ("de", "Wir teilen Daten mit Dienstleistern, z. B. Google und Stripe.",
           "Wir teilen Daten mit Dienstleistern. Google und Stripe sind zwei."),
    ("de", "Wir speichern Ihre Daten bzw. Kopien davon.",
           "Wir speichern Ihre Daten. Kopien davon löschen wir."),
    ("fr", "Nous partageons des données, p. ex. Google et Stripe.",
           "Nous partageons des données. Google et Stripe en reçoivent."),
    ("fr", "Nous conservons les données ca. 30 jours.",
           "Nous conservons les données. 30 jours au plus."),
    # "U.S." may end a sentence: before a capitalised function word it does.
    ("en", "Transfers go to the U.S. Data Privacy Framework sites.",
           "Transfers go to the U.S. We keep your data for 30 days."),
    # "Art." is also a noun: an abbreviation only before a number.
    ("de", "Wir verarbeiten Daten nach Art. 6 DSGVO.",
           "Wir verkaufen keine Daten dieser Art. Wir speichern Ihre Daten 30 Tage."),
]
# fmt: on


@pytest.mark.parametrize(("language", "one", "two"), ABBREVIATED)
def test_an_abbreviation_ends_no_sentence(language: str, one: str, two: str) -> None:
    assert sentences(one, language) == [one]
    assert len(sentences(two, language)) == 2


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_english_abbreviations_are_read_in_every_language(language: str) -> None:
    text = "Acme LLC is certified to the U.S. Data Privacy Framework."
    assert sentences(text, language) == [text]


def test_an_edit_after_an_abbreviation_is_one_edited_sentence() -> None:
    old = "We are certified to the U.S. Data Privacy Framework. Ask us."
    new = "We are certified to the U.S. Data Privacy Framework and its UK extension. Ask us."
    units = sentence_units(old, new, "en")
    assert [(u.old, u.new) for u in units] == [
        (
            "We are certified to the U.S. Data Privacy Framework.",
            "We are certified to the U.S. Data Privacy Framework and its UK extension.",
        )
    ]


def test_an_opening_guillemet_after_a_sentence_end_starts_a_sentence() -> None:
    text = "Les définitions suivantes s'appliquent ici. « Mesures » désigne les mesures."
    assert len(sentences(text, "fr")) == 2
    # Twin: a closing guillemet after a quoted sentence's end starts nothing.
    quoted = "Il dit « Nous protégeons vos données. » Ensuite il part."
    assert 'données. " Ensuite' in sentences(quoted, "fr")[0]


def test_a_german_opening_quote_after_a_sentence_end_starts_a_sentence() -> None:
    assert len(sentences("Dies gilt hier. „Maßnahmen“ bezeichnet alles.", "de")) == 2
    assert len(sentences("Dies gilt hier „Maßnahmen“ bezeichnet alles.", "de")) == 1


def test_a_change_after_a_sentence_ending_in_art_is_that_sentence_alone() -> None:
    old = "Wir verkaufen keine Daten dieser Art. Wir speichern Ihre Daten 30 Tage."
    units = sentence_units(old, old.replace("30", "90"), "de")
    assert [(u.old, u.new) for u in units] == [
        ("Wir speichern Ihre Daten 30 Tage.", "Wir speichern Ihre Daten 90 Tage.")
    ]


def test_a_long_run_of_abbreviations_is_one_sentence() -> None:
    # Lower case after each "U.S.": a capitalised "Sent to" would start a sentence.
    text = "Sent to the U.S. and " * 40000
    assert sentences(text, "en") == [text.strip()]
