"""Each language's whole row of date phrasings, each with its twin (issue 12t, step 1).

A row is what a reader of the language meets on policies, terms and DPAs:
"applies from", "in force from", "valid from", "modified", "revised", "last
reviewed", "version of" (:data:`tests.extract.date_languages.PHRASINGS`) and
"takes effect", "with effect from", "entry into force", "date of last
update", "last amended" (:data:`tests.extract.date_cue_rows.ROWS`). Every
phrasing dates the page when it opens a line under the title; its twin, the
same words dating something else in the text ("The new price list applies
from 17 March 2024."), states nothing, and beside the page's own date line
leaves it stated. Pages are whole HTML pages read through ``extract``, with
dates as CLDR writes them (Babel).
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from policywatch.core.lexicon import LANGUAGES
from tests.extract.date_cue_rows import NEW_VERSION, OTHER_THING, ROW_KINDS, ROW_NAMES, ROWS
from tests.extract.date_languages import (
    BODY,
    PHRASING_KINDS,
    PHRASING_NAMES,
    PHRASINGS,
    TITLE,
    phrased,
)
from tests.extract.stated_pages import site_page, stated

OWN = dt.date(2024, 3, 17)  # day > 12: no day/month ambiguity
OTHER = dt.date(2024, 5, 20)  # the price list's date, later, so a wrong pick shows


def test_every_language_has_its_row():
    assert tuple(sorted(ROWS)) == tuple(sorted(OTHER_THING)) == LANGUAGES
    assert tuple(sorted(NEW_VERSION)) == LANGUAGES
    assert all(len(row) == len(ROW_NAMES) for row in ROWS.values())


def _rows(language: str) -> list[tuple[str, str, str]]:
    """(name, phrasing, kind) of every phrasing of the language's row."""
    return [
        (name, phrase, ROW_KINDS[name])
        for name, phrase in zip(ROW_NAMES, ROWS[language], strict=True)
    ] + [
        (name, phrase, PHRASING_KINDS[name])
        for name, phrase in zip(PHRASING_NAMES, PHRASINGS[language], strict=True)
    ]


def _line(phrase: str, day: dt.date, language: str) -> str:
    # A suffix joins the date without its final dot: "2024. március 17-i hatállyal".
    return phrased(phrase, format_date(day, "long", locale=language)).replace(".-", "-")


def _sections(language: str, first: int, count: int) -> str:
    return "".join(
        f"<h2>{n}. {TITLE[language]} {n}</h2><p>{BODY[language]}</p><p>{BODY[language]}</p>"
        for n in range(first, first + count)
    )


def _page(language: str, top: str = "", middle: str = "") -> bytes:
    policy = (
        f"<h1>{TITLE[language]}</h1>{top}{_sections(language, 1, 4)}{middle}"
        f"{_sections(language, 5, 4)}"
    )
    return site_page(policy, lang=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_phrasing_of_the_row_dates_the_page(language):
    for name, phrase, kind in _rows(language):
        line = _line(phrase, OWN, language)
        assert stated(_page(language, top=f"<p>{line}</p>")) == (OWN.isoformat(), kind), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_phrasing_dating_something_else_states_nothing(language):
    own = f"<p>{_line(PHRASINGS[language][PHRASING_NAMES.index('revised')], OWN, language)}</p>"
    for name, phrase, _ in _rows(language):
        lowered = phrase[:1].lower() + phrase[1:]
        twin = f"<p>{OTHER_THING[language]} {_line(lowered, OTHER, language)}.</p>"
        assert stated(_page(language, middle=twin)) is None, (name, twin)
        # Beside the page's own date line, the page's date stays the stated one.
        found = stated(_page(language, top=own, middle=twin))
        assert found == (OWN.isoformat(), "last_updated"), (name, twin)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_announced_new_version_is_never_the_stated_date(language):
    in_force = PHRASINGS[language][PHRASING_NAMES.index("in force from")]
    line = _line(in_force, OTHER, language)
    announced = f"<p>{NEW_VERSION[language]}: {line[:1].lower()}{line[1:]}</p>"
    assert stated(_page(language, top=announced)) is None, announced
    # Twin: the same line without the announcement is the page's effective date.
    assert stated(_page(language, top=f"<p>{line}</p>")) == (OTHER.isoformat(), "effective")


# A sibling language's one-word cue that is a real cue of the page's language too, moved
# to the page language's own row (test_date_cue_cognates.py lists and decides them all).
COGNATES = (
    ("cs", "Aktualizované", "last_updated"),
    ("cs", "Aktualizované znění ze dne", "last_updated"),
    ("nb", "Endra", "last_updated"),
    ("nb", "Sist endra", "last_updated"),
    ("nb", "Offentliggjort", "version"),
)


@pytest.mark.parametrize(("language", "phrase", "kind"), COGNATES)
def test_a_cognate_cue_of_the_own_row_dates_the_page(language, phrase, kind):
    line = _line(phrase, OWN, language)
    assert stated(_page(language, top=f"<p>{line}</p>")) == (OWN.isoformat(), kind)


@pytest.mark.parametrize(("language", "phrase", "kind"), COGNATES)
def test_the_same_cognate_dating_something_else_states_nothing(language, phrase, kind):
    lowered = phrase[:1].lower() + phrase[1:]
    twin = f"<p>{OTHER_THING[language]} {_line(lowered, OTHER, language)}.</p>"
    assert stated(_page(language, middle=twin)) is None, twin
    own = f"<p>{_line(phrase, OWN, language)}</p>"
    assert stated(_page(language, top=own, middle=twin)) == (OWN.isoformat(), kind), twin
