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


def _page(language: str, line: str):
    title = LINES[language][2]
    page = f"<html lang='{language}'><body><h1>{title}</h1><p>{line}</p></body></html>"
    return extract(page.encode(), "text/html")


@pytest.mark.parametrize(
    ("language", "line", "shown", "iso"),
    [
        (
            "fr",
            "<span>Mise à jour le 1</span><span>er</span><span> mars 2024</span>",
            "Mise à jour le 1er mars 2024",
            "2024-03-01",
        ),
        (
            "en",
            "<span>Last updated May 1</span><span>st</span>, 2024",
            "May 1st, 2024",
            "2024-05-01",
        ),
    ],
)
def test_a_number_and_its_ordinal_suffix_stay_one_word(language, line, shown, iso):
    # Twin of "a digit then a letter" above: an ordinal suffix is no next word.
    result = _page(language, line)
    assert shown in result.text
    assert result.stated_date is not None and result.stated_date.value == iso


def test_a_one_letter_prefix_and_a_capital_stay_one_word():
    # Twin of "updated" "May": a single small letter before a capital is a prefix.
    assert "eMail and iCloud" in _text("en", "<b>e</b><span>Mail</span> and <i>i</i>Cloud")
    assert "the Mail" in _text("en", "<b>the</b><span>Mail</span>")


@pytest.mark.parametrize(
    ("language", "line", "shown"),
    [
        # The page language's own suffix joins its number...
        ("fr", "<span>le 2</span><span>e</span> <span>article</span>", "le 2e article"),
        ("es", "<span>el 2</span><span>a</span> <span>cláusula</span>", "el 2a cláusula"),
        ("it", "<span>il 2</span><span>º</span> <span>articolo</span>", "il 2º articolo"),
        # ...and another language's stays a word of its own ("e", "a": and, to).
        ("it", "<span>nel 2024</span><span>e</span> <span>nel 2025</span>", "2024 e nel 2025"),
        ("pt", "<span>de 2024</span><span>a</span> <span>2025</span>", "2024 a 2025"),
        ("de", "<span>Sportverein 2024</span><span>e</span>. V.", "2024 e. V."),
        ("nb", "<span>2024</span><span>e</span><span>-post</span>", "2024 e-post"),
    ],
)
def test_an_ordinal_suffix_is_joined_in_the_page_s_language_only(language, line, shown):
    assert shown in _page_text(language, line)


@pytest.mark.parametrize("language", ["de", "nb", "fr", "it"])
def test_english_ordinal_suffixes_join_on_every_page(language):
    # Twin: pages mix English in ("May 1st, 2024" on a German page).
    assert "May 1st, 2024" in _page_text(language, "<span>May 1</span><span>st</span>, 2024")


def test_an_english_lang_attribute_joins_every_language_s_suffix():
    # CMS templates say lang="en-US" whatever the text: the attribute is no evidence there.
    line = "<span>Mise à jour le 1</span><span>er</span><span> mars 2024</span>"
    assert "le 1er mars" in _page_text("en-US", line)


def _page_text(lang: str, line: str) -> str:
    page = f"<html lang='{lang}'><body><h1>Title</h1><p>{line}</p></body></html>"
    return extract(page.encode(), "text/html").text


FRENCH_DATE = "<span>Mis à jour le 1</span><span>er</span><span> mars 2024</span>"


@pytest.mark.parametrize("lang", ["und", "x-default", " fr", "FR_ch", "de", "de-CH", "nb", "en"])
def test_a_lang_attribute_that_is_wrong_or_names_no_language_keeps_the_date(lang):
    # A suffix no language writes as a word joins whatever the attribute says:
    # a wrong or unknown attribute never loses a date (review 8c, finding 4).
    assert "le 1er mars 2024" in _page_text(lang, FRENCH_DATE)


def test_a_french_section_under_a_german_page_keeps_the_date():
    page = (
        "<html lang='de'><body><h1>Datenschutz</h1>"
        f"<section lang='fr'><p>{FRENCH_DATE}</p></section></body></html>"
    )
    assert "le 1er mars 2024" in extract(page.encode(), "text/html").text


@pytest.mark.parametrize("lang", ["it", " IT", "it-CH", "de", "nb"])
def test_a_lone_letter_stays_a_word_whatever_the_attribute_s_spelling(lang):
    # Twin: "e" is a word (and, a prefix) in these languages, however the attribute is written.
    assert "2024 e nel 2025" in _page_text(lang, "<span>nel 2024</span><span>e</span> nel 2025")
