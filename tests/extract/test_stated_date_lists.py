"""Lists of dates (issue 12): change logs in any order, planned rows, lone dates beside others.

A change log lists the versions of the text: every entry counts the same,
so the newest one in force is stated whether the log runs oldest-first,
newest-first or in no order, and an entry later than the fetch (a planned
version) is not in force yet. A line that is only a date stays the page's
date line beside a line that holds a year but no date (a copyright line, a
company's founding year, a document number), and is one entry of a list
beside another date line. Each case runs in en, fr, de and nb, with CLDR's
dates (Babel) and the cue table's labels, beside its twin.
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from policywatch.core.lexicon.date_cues import CUES
from policywatch.extract.dates import find_stated_date
from tests.extract.date_languages import BODY, CHANGE_LOG, DATE_WORD, TITLE
from tests.extract.stated_pages import PARAGRAPH, html_page, markdown_page, stated

LANGUAGES = ("en", "fr", "de", "nb")
OLDEST, MIDDLE, NEWEST = dt.date(2022, 6, 15), dt.date(2023, 11, 28), dt.date(2024, 3, 17)
ORDERS = {
    "newest first": (NEWEST, MIDDLE, OLDEST),
    "oldest first": (OLDEST, MIDDLE, NEWEST),
    "shuffled": (MIDDLE, NEWEST, OLDEST),
}
# Per language: a line with a year but no date, as it stands beside a date line.
COPYRIGHT = {
    "en": "Copyright 2020 Acme Inc.",
    "fr": "Copyright 2020 Acme SAS",
    "de": "Copyright 2020 Acme GmbH",
    "nb": "Copyright 2020 Acme AS",
}
COMPANY_YEAR = {
    "en": "Acme Inc. (2020)",
    "fr": "Acme SAS (2020)",
    "de": "Acme GmbH (2020)",
    "nb": "Acme AS (2020)",
}
DOCUMENT_ID = {
    "en": "Document ID DPA-2020-07",
    "fr": "Référence du document DPA-2020-07",
    "de": "Dokument-ID DPA-2020-07",
    "nb": "Dokument-ID DPA-2020-07",
}
MILESTONES = {
    "en": "Our milestones",
    "fr": "Nos étapes",
    "de": "Unsere Meilensteine",
    "nb": "Våre milepæler",
}
# A change-log entry's text, and the word a planned row carries, per language.
CHANGE = {
    "en": "sub-processor list updated",
    "fr": "liste des sous-traitants mise à jour",
    "de": "Liste der Unterauftragsverarbeiter aktualisiert",
    "nb": "liste over underleverandører oppdatert",
}
PLANNED = {"en": "planned", "fr": "prévue", "de": "geplant", "nb": "planlagt"}
MD = "text/markdown"
STATES_NEWEST = (NEWEST.isoformat(), "version")


def _cue(language: str, kind: str) -> str:
    """The language's first cue of ``kind`` as a label opens a line ("Last reviewed")."""
    phrase = CUES[language][kind][0].replace("*", "")
    return phrase[:1].upper() + phrase[1:]


def _long(day: dt.date, language: str) -> str:
    return format_date(day, "long", locale=language)


def _stated(blocks: list[str], language: str, today: dt.date | None = None):
    found = find_stated_date(blocks, language, title_at=0, today=today)
    return (found.value, found.kind) if found else None


def _policy(language: str, top: list[str], bottom: list[str] = ()) -> list[str]:
    """The blocks of a policy: title, ``top``, six paragraphs of text, ``bottom``."""
    return [TITLE[language], *top, *[BODY[language]] * 6, *bottom]


# --- Change logs in any order -------------------------------------------------------------


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_change_log_states_its_newest_entry_in_any_order(language, order):
    entries = [f"{_long(day, language)}: {CHANGE[language]}" for day in ORDERS[order]]
    for label in CHANGE_LOG[language]:
        blocks = _policy(language, [], [label, *entries])
        assert _stated(blocks, language) == STATES_NEWEST, (label, order)
    # Twin: the same list under another label is no change log and states nothing.
    assert _stated(_policy(language, [], [MILESTONES[language], *entries]), language) is None


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_version_table_states_its_newest_row_in_any_order(language, order):
    version, date = _cue(language, "version"), DATE_WORD[language]
    days = enumerate(ORDERS[order], 1)
    rows = [f"{version} {n} | {day.isoformat()} | {CHANGE[language]}" for n, day in days]
    table = [f"{version} | {date} | {CHANGE[language][:12]}", *rows]
    assert _stated(_policy(language, [], table), language) == STATES_NEWEST
    # Twin: a "last updated" line under the title is the date a reader means.
    line = f"{_cue(language, 'last_updated')}: {_long(MIDDLE, language)}"
    found = _stated(_policy(language, [line], table), language)
    assert found == (MIDDLE.isoformat(), "last_updated")


@pytest.mark.parametrize("order", ORDERS)
def test_markdown_and_html_change_logs_in_any_order(order):
    days = ORDERS[order]
    listed = "".join(f"- {_long(day, 'en')}: {CHANGE['en']}\n" for day in days)
    assert stated(markdown_page(PARAGRAPH, bottom=f"## Version history\n\n{listed}"), MD) == (
        STATES_NEWEST
    )
    rows = "".join(
        f"| 1.{n} | {day.isoformat()} | {CHANGE['en']} |\n" for n, day in enumerate(days)
    )
    table = f"## Change log\n\n| Version | Date | Changes |\n|---|---|---|\n{rows}"
    assert stated(markdown_page(PARAGRAPH, bottom=table), MD) == STATES_NEWEST
    items = "".join(f"<li>{_long(day, 'en')}: {CHANGE['en']}</li>" for day in days)
    log = f"<h2>Revision history</h2><ul>{items}</ul>"
    assert stated(html_page("<h1>Privacy Policy</h1>", after_main=log)) == STATES_NEWEST
    # Twin: the same list under another heading states nothing.
    other = log.replace("Revision history", "Our milestones")
    assert stated(html_page("<h1>Privacy Policy</h1>", after_main=other)) is None


# --- A planned version: a change-log entry later than the fetch ---------------------------

FETCHED = dt.date(2026, 12, 1)
PLANNED_DAY = dt.date(2027, 4, 6)  # four months after the fetch: within a year, so a candidate
IN_FORCE = dt.date(2026, 9, 14)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_planned_row_of_a_version_table_is_not_the_version_in_force(language):
    version, date = _cue(language, "version"), DATE_WORD[language]
    rows = [
        f"{version} 2 | {dt.date(2025, 5, 20).isoformat()} | {CHANGE[language]}",
        f"{version} 3 | {IN_FORCE.isoformat()} | {CHANGE[language]}",
        f"{version} 4 | {PLANNED_DAY.isoformat()} | {PLANNED[language]}",
    ]
    blocks = _policy(language, [], [f"{version} | {date} | Status", *rows])
    assert _stated(blocks, language, FETCHED) == (IN_FORCE.isoformat(), "version")
    # Twin: fetched after the planned day, the same row is the version in force.
    after = PLANNED_DAY + dt.timedelta(days=10)
    assert _stated(blocks, language, after) == (PLANNED_DAY.isoformat(), "version")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_planned_entry_of_a_change_log_is_not_the_version_in_force(language):
    days = (IN_FORCE, PLANNED_DAY, dt.date(2025, 5, 20))
    entries = [f"{_long(day, language)}: {CHANGE[language]}" for day in days]
    blocks = _policy(language, [], [CHANGE_LOG[language][0], *entries])
    assert _stated(blocks, language, FETCHED) == (IN_FORCE.isoformat(), "version")
    assert _stated(blocks, language, PLANNED_DAY) == (PLANNED_DAY.isoformat(), "version")
    # Twin: a date the text says the page takes effect on keeps its own rule (stated).
    top = [f"{_cue(language, 'effective')}: {_long(PLANNED_DAY, language)}"]
    found = _stated(_policy(language, top, [CHANGE_LOG[language][0], *entries]), language, FETCHED)
    assert found == (PLANNED_DAY.isoformat(), "effective")


def test_markdown_a_planned_row_is_judged_by_todays_date():
    # ``extract`` has no fetch date: today stands for it. Every row is within a year.
    today = dt.date.today()
    current = today - dt.timedelta(days=90)
    for planned, want in ((today + dt.timedelta(days=120), current), (today, today)):
        table = (
            "## Version history\n\n| Version | Date | Status |\n|---|---|---|\n"
            f"| Version 3 | {current.isoformat()} | current |\n"
            f"| Version 4 | {planned.isoformat()} | planned |\n"
        )
        assert stated(markdown_page(PARAGRAPH, bottom=table), MD) == (want.isoformat(), "version")


# --- A lone date beside a line with a year ------------------------------------------------

DAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize("neighbour", [COPYRIGHT, COMPANY_YEAR, DOCUMENT_ID])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_lone_date_under_the_title_beside_a_year_that_is_no_date(language, neighbour):
    date = _long(DAY, language)
    found = (DAY.isoformat(), "version")
    assert _stated(_policy(language, [date, neighbour[language]]), language) == found
    assert _stated(_policy(language, [neighbour[language], date]), language) == found
    # Twin: beside another date line, the date is one entry of a list of dates.
    other = _long(dt.date(2023, 11, 28), language)
    assert _stated(_policy(language, [date, other]), language) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_lone_date_in_the_footer_beside_a_copyright_line(language):
    date = format_date(DAY, "medium", locale=language)  # "01.03.2024" in German
    found = (DAY.isoformat(), "version")
    assert _stated(_policy(language, [], [date, "© 2024 Acme SA"]), language) == found
    # Twin: the list of dates a milestone section ends with states nothing.
    entries = [f"{_long(day, language)}: Acme" for day in (MIDDLE, DAY)]
    assert _stated(_policy(language, [], [MILESTONES[language], *entries]), language) is None


def test_markdown_a_lone_date_beside_a_copyright_line():
    top = "1 March 2024\n\nCopyright 2020 Acme Inc."
    assert stated(markdown_page(top), MD) == (DAY.isoformat(), "version")
    foot = "01.03.2024\n\n© 2024 Acme SA"
    assert stated(markdown_page(PARAGRAPH, bottom=foot), MD) == (
        DAY.isoformat(),
        "version",
    )
    # Twin: two date lines under the title are a list of dates, no date line.
    assert stated(markdown_page("1 March 2024\n\n28 November 2023"), MD) is None


# --- A byline's date field ----------------------------------------------------------------


def test_a_byline_date_field_starts_after_its_separator():
    # The field is the date and 23 other characters (a time and its zone, two words):
    # a date line. Counting the separator too would take it past 25 characters.
    byline = "By the Legal team · 1 March 2024, 10:30:00 h (UTC+01:00)"
    assert _stated(_policy("en", [byline]), "en") == (DAY.isoformat(), "version")
    # Twin: one character more and the field is no longer only a date.
    longer = "By the Legal team · 1 March 2024, 10:30:00 h (UTC+01:00)."
    assert _stated(_policy("en", [longer]), "en") is None
