"""Adjacent inline elements in the document text (issue 12v, step 2).

A page writes a label and its value as two inline elements that CSS spaces
out: ``<span>Last updated</span><span>May 1, 2024</span>``. The text shows
them apart, as the page does; a word split by markup (``<b>W</b>ord``,
``<span>Ex</span><i>am</i><span>ple</span>``) stays one word. Each language
en, nb, de, fr with its twin; sub- and superscripts are never set apart.
"""

from __future__ import annotations

import pytest

from policywatch.extract import extract

LINES = {
    "en": ("Last updated", "May 1, 2024", "Privacy Policy"),
    "nb": ("Sist oppdatert", "1. mai 2024", "Personvernerklæring"),
    "de": ("Zuletzt aktualisiert", "1. Mai 2024", "Datenschutzerklärung"),
    "fr": ("Dernière mise à jour", "1 mai 2024", "Politique de confidentialité"),
}


def _text(language: str, line: str) -> str:
    title = LINES[language][2]
    page = f"<html lang='{language}'><body><h1>{title}</h1><p>{line}</p></body></html>"
    return extract(page.encode(), "text/html").text


@pytest.mark.parametrize("language", sorted(LINES))
def test_a_label_and_its_date_in_adjacent_elements_are_read_apart(language):
    label, date, _ = LINES[language]
    text = _text(language, f"<span>{label}</span><span>{date}</span>")
    assert f"{label} {date}" in text
    # A date and the next item: a digit then a letter.
    text = _text(language, f"<span>{label}</span> <span>{date}</span><a href='/v1'>v1</a>")
    assert f"{date} v1" in text


@pytest.mark.parametrize("language", sorted(LINES))
def test_a_word_split_by_markup_stays_one_word(language):
    # Twin: a capital then small letters, or small letters on both sides, are one word.
    label, date, title = LINES[language]
    word = title.split()[0]
    split = f"<span>{word[0]}</span><span>{word[1:3]}</span><b>{word[3:]}</b>"
    text = _text(language, f"{split} <span>{label}</span> <span>{date}</span>")
    assert f"{word} {label} {date}" in text


def test_sub_and_superscripts_are_not_set_apart():
    text = _text("en", "<span>CO</span><sub>2</sub> on <span>May 1</span><sup>st</sup>")
    assert "CO2 on May 1st" in text


def test_text_already_spaced_or_punctuated_is_unchanged():
    text = _text("en", "<span>Version:</span><span>3</span> <span>(draft)</span><span>Done</span>")
    assert "Version:3 (draft)Done" in text
