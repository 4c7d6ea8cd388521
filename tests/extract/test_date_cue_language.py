"""Date cues read in the page's language (issue 12v, step 1).

A one-word cue of one language may be an ordinary word of another:
"modificat*" (Italian, Romanian "modified") reads the French and English
"modifications", the Czech "verz*" (version) the German "Verzeichnis", the
German "Stand" the Norwegian and English "stand". On a page in that other
language the word is no cue (``core/lexicon/date_cues/ordinary.py``, built by
``scripts/build_ordinary_cues.py`` from wordfreq's lists); the pairs below
are taken from that table, not chosen by hand. Twins: the same word is a cue
with no page language, on the pages of the cue's own language, and as a
label followed by a colon; the page's own change-log heading still dates
the same entries.
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from policywatch.core.lexicon.date_cues import cue_regex
from policywatch.core.lexicon.date_cues.ordinary import ORDINARY
from tests.extract.date_languages import BODY, TITLE
from tests.extract.stated_pages import site_page, stated

OLD, OWN = dt.date(2023, 1, 10), dt.date(2024, 3, 3)

# page language -> (the ordinary word, a heading that uses it about something else,
# the page's own heading for its changes). Test data, not cue words.
HEADINGS: dict[str, tuple[str, str, str]] = {
    "en": ("modifications", "Modifications to your account", "Changes to this policy"),
    "nb": ("stand", "Stand og vedlikehold av utstyret ditt", "Endringer i denne erklæringen"),
    "de": (
        "verzeichnis",
        "Verzeichnis Ihrer Bestellungen",
        "Änderungen dieser Datenschutzerklärung",
    ),
    "fr": (
        "modifications",
        "Modifications de votre compte",
        "Modifications de la présente politique",
    ),
}


def _page(language: str, heading: str) -> bytes:
    entries = "".join(
        f"<li>{format_date(day, 'long', locale=language)}: {BODY[language]}</li>"
        for day in (OLD, OWN)
    )
    text = "".join(f"<h2>{TITLE[language]} {n}</h2><p>{BODY[language]}</p>" for n in (1, 2, 3))
    return site_page(
        f"<h1>{TITLE[language]}</h1>{text}<h2>{heading}</h2><ul>{entries}</ul>", lang=language
    )


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_another_languages_cue_is_an_ordinary_word_on_this_languages_page(language):
    word, heading, own = HEADINGS[language]
    assert word in ORDINARY[language]  # the pair comes from the generated table
    # Read in every language, the word labels a change log: its entries would be versions.
    assert cue_regex().match(heading) is not None
    assert cue_regex(language=language).match(heading) is None
    assert stated(_page(language, heading)) is None
    # Twin: the page's own change-log heading dates the same entries.
    assert stated(_page(language, own)) == (OWN.isoformat(), "version")


@pytest.mark.parametrize(
    ("language", "word"), [(lang, word) for lang, words in ORDINARY.items() for word in words]
)
def test_each_ordinary_word_is_a_cue_elsewhere_and_a_label_with_a_colon(language, word):
    assert cue_regex().fullmatch(word) is not None  # some language's cue reads it
    assert cue_regex(language=language).fullmatch(word) is None
    assert cue_regex(language=f"{language}-XX").fullmatch(word) is None  # a region tag
    assert cue_regex(language=language).match(f"{word.capitalize()}: ") is not None
    # It stays a cue on the pages of a language where it is no ordinary word.
    elsewhere = [lang for lang in ORDINARY if word not in ORDINARY[lang]]
    assert elsewhere and cue_regex(language=elsewhere[0]).fullmatch(word) is not None


@pytest.mark.parametrize(
    ("line", "language", "want"),
    [
        ("Modificato il 3 marzo 2024", "fr", ("2024-03-03", "last_updated")),
        ("Stand: 3. März 2024", "nb", ("2024-03-03", "last_updated")),
        ("Modifications : 3 mars 2024", "fr", ("2024-03-03", "last_updated")),
    ],
)
def test_a_foreign_cue_that_is_no_ordinary_word_still_dates(line, language, want):
    # Twin of the above: only the ordinary words themselves stop being cues.
    text = "".join(f"<h2>{TITLE[language]} {n}</h2><p>{BODY[language]}</p>" for n in (1, 2, 3))
    page = site_page(f"<h1>{TITLE[language]}</h1><p>{line}</p>{text}", lang=language)
    assert stated(page) == want
