"""One test of a dated line (a date cue and a year), shared by the heading scorer, a PDF's
running headers (:mod:`policywatch.extract.textblocks`) and a web page's chrome bands
(:mod:`policywatch.extract.chrome`): :func:`policywatch.extract.heading_text.is_date_line`.
"""

from __future__ import annotations

import pytest

from policywatch.extract import extract
from policywatch.extract.heading_text import is_date_line

# language -> (a dated line, the same year without a date cue)
LINES = {
    "en": ("Last updated: 1 March 2024", "Changes in 2024"),
    "nb": ("Sist oppdatert: 1. mars 2024", "Endringer i 2024"),
    "de": ("Stand: 1. März 2024", "Änderungen im Jahr 2024"),
    "fr": ("Dernière mise à jour : 1 mars 2024", "Nouveautés en 2024"),
}


@pytest.mark.parametrize("language", sorted(LINES))
def test_a_cue_and_a_year_make_a_date_line_a_year_alone_does_not(language: str) -> None:
    dated, undated = LINES[language]
    assert is_date_line(dated, language)
    assert is_date_line(dated)  # every language's cues when the page's is unknown
    assert not is_date_line(undated, language)
    # A cue without a year dates nothing either.
    assert not is_date_line(dated.rstrip("0123456789 "), language)


@pytest.mark.parametrize(
    ("line", "language", "dated"),
    [
        # "modificat*" (Italian "modified") reads the French "modifications": on a French
        # page the word is ordinary, on an Italian one it is the cue.
        ("Modifications apportées en 2024", "fr", False),
        ("Modifications apportées en 2024", "it", True),
        # The German "Stand" is an English ordinary word.
        ("Stand 2024 by the door", "en", False),
        ("Stand 2024", "de", True),
    ],
)
def test_the_pages_language_decides_whether_another_languages_cue_reads(
    line: str, language: str, dated: bool
) -> None:
    assert is_date_line(line, language) is dated


@pytest.mark.parametrize("language", sorted(LINES))
def test_a_header_band_keeps_its_date_line_and_not_its_undated_one(language: str) -> None:
    # The chrome band's test is the same predicate: a header band with the dated line
    # keeps it; with the undated one the band goes with the navigation.
    dated, undated = LINES[language]
    body = "<main><h1>Privacy</h1><p>" + "We keep your data safe. " * 20 + "</p></main>"
    for line, kept in ((dated, True), (undated, False)):
        page = f"<html lang='{language}'><body><header><p>{line}</p></header>{body}</body></html>"
        text = extract(page.encode(), "text/html").text
        assert (line in text) is kept, (line, text[:200])
