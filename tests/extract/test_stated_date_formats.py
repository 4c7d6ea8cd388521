"""Stated dates in the shapes each format writes its date line in, each beside its negative twin.

Issue 12: held-back documents are Markdown, HTML and PDF; their date lines
wear the format's own markup (emphasis, quotes, front matter, change-log
tables, running headers, ``<time>``, ``<details>``). Every shape runs
through ``extract`` end to end, and every shape has a twin that looks the
same but is not the document's date: the twin must state nothing (or the
date the reader means).
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.date_cues import CUES
from policywatch.extract import extract
from policywatch.extract.dates import find_stated_date
from tests.extract.stated_pages import (
    PARAGRAPH,
    html_page,
    markdown_page,
    pdf_document,
    stated,
)

MD = "text/markdown"
PDF = "application/pdf"
UPDATED = ("2024-03-01", "last_updated")
EFFECTIVE = ("2024-03-01", "effective")
VERSION = ("2024-03-01", "version")


def _md(top: str, *, bottom: str = "", title: str = "# Privacy Policy") -> tuple[str, str] | None:
    return stated(markdown_page(top, bottom=bottom, title=title), MD)


# --- Markdown -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "want"),
    [
        ("_Last updated: 1 March 2024_", UPDATED),
        ("*Last updated: March 1st, 2024*", UPDATED),
        ("**Effective date:** 1 March 2024", EFFECTIVE),
        ("**Effective date**: March 1, 2024", EFFECTIVE),
        ("> Last updated 1 March 2024", UPDATED),
        ("> **Last updated:** _1 March 2024_", UPDATED),
        ("*Dernière mise à jour : 1er mars 2024*", UPDATED),
        ("_Stand: 1. März 2024_", UPDATED),
        ("**Sist oppdatert:** 1. mars 2024", UPDATED),
        ("*Última actualización: 1 de marzo de 2024*", UPDATED),
        ("**Ultimo aggiornamento:** 1 marzo 2024", UPDATED),
        ("_Laatst bijgewerkt: 1 maart 2024_", UPDATED),
        # Negative twins: the same markup around a date about something else.
        ("_Our office opened on 1 March 2024._", None),
        ("> We have served customers since 1 March 2010, from offices in three cities.", None),
        ("*Notre bureau a ouvert le 1er mars 2024 à Paris, près de la gare.*", None),
        ("**Unser Team wurde am 1. März 2010 in Berlin gegründet und wächst.**", None),
    ],
)
def test_markdown_emphasis_and_quotes_around_the_cue_or_the_date(top, want):
    assert _md(top) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("# Privacy Policy (updated 2024-03-01)", UPDATED),
        ("# Privacy Policy – last updated 1 March 2024", UPDATED),
        ("## Datenschutzerklärung – Stand: März 2024", ("2024-03", "last_updated")),
        ("# Politique de confidentialité – mise à jour du 1er mars 2024", UPDATED),
        ("# Personvernerklæring – sist oppdatert 1. mars 2024", UPDATED),
        # Twins: a year in the title that is not the document's date.
        ("# Privacy Policy for the 2024 Summer Contest", None),
        ("# Our 2023 Transparency Report", None),
        ("## Datenschutzerklärung zum Gewinnspiel März 2024", None),
    ],
)
def test_markdown_a_date_in_the_title_heading(title, want):
    assert _md(PARAGRAPH, title=title) == want


def test_markdown_front_matter_is_a_hint_that_never_outvotes_the_text():
    # Metadata alone is not a date the document states.
    for key in ("date", "last_modified_at", "updated"):
        assert _md(f"---\n{key}: 2024-05-20\n---") is None
    # The text wins over a front matter date that disagrees with it.
    front = "---\nlast_modified_at: 2024-05-20\n---\n"
    assert stated(front.encode() + markdown_page("Last updated: 1 March 2024"), MD) == UPDATED


def test_markdown_front_matter_adds_weight_to_a_date_the_text_states():
    # A revision inside a paragraph of prose is too weak alone; the front
    # matter naming the same day makes it the stated date, as <time> would.
    prose = (
        f"{PARAGRAPH} The text below was revised on 1 March 2024 after our yearly review, "
        f"and {PARAGRAPH[:60].lower()}."
    )
    assert _md(prose) is None
    assert _md(f"---\nupdated: 2024-03-01\n---\n\n{prose}") == UPDATED
    assert _md(f"---\nupdated: 2023-01-01\n---\n\n{prose}") is None


CHANGE_HEADER = "## Change log\n\n| Version | Date | Changes |\n|---|---|---|\n"
CHANGE_ROWS = (
    "| 1.0 | 2023-01-10 | First version |\n",
    "| 1.1 | 2024-03-01 | New sub-processor |\n",
)
CHANGE_TABLE = CHANGE_HEADER + "".join(CHANGE_ROWS)


CHANGE_ENTRIES = (
    "- 1 March 2024: new sub-processor added.\n",
    "- 10 January 2023: office opened.\n",
)


def _change_list(label: str, *, oldest_first: bool = False) -> str:
    entries = "".join(reversed(CHANGE_ENTRIES) if oldest_first else CHANGE_ENTRIES)
    return f"## {label}\n\n{entries}"


CHANGE_LABELS = (
    "Version history",
    "Historique des versions",
    "Versionsverlauf",
    "Versjonshistorikk",
    "Historial de versiones",
    "Versiegeschiedenis",
)


@pytest.mark.parametrize(
    "log",
    [
        CHANGE_TABLE,
        CHANGE_HEADER + "".join(reversed(CHANGE_ROWS)),
        *[_change_list(label) for label in CHANGE_LABELS],
        # Oldest first: the first entry sits under the label and is no stronger for it.
        *[_change_list(label, oldest_first=True) for label in CHANGE_LABELS],
    ],
)
def test_markdown_a_change_log_at_the_end_states_its_newest_entry(log):
    assert _md(PARAGRAPH, bottom=log) == ("2024-03-01", "version")
    # A "last updated" line at the top is the date a reader means, whatever the log says.
    assert _md("Last updated: 5 April 2024", bottom=log) == ("2024-04-05", "last_updated")


@pytest.mark.parametrize("oldest_first", [False, True])
@pytest.mark.parametrize("label", ["Our milestones", "Nos étapes", "Unsere Meilensteine"])
def test_markdown_a_list_of_dates_under_another_label_states_nothing(label, oldest_first):
    assert _md(PARAGRAPH, bottom=_change_list(label, oldest_first=oldest_first)) is None


def test_markdown_a_table_of_dates_about_other_things_states_nothing():
    table = (
        "## Sub-processors\n\n| Name | Purpose | Since |\n|---|---|---|\n"
        "| Hosting Co | Hosting | 2023-01-10 |\n| Mail Co | E-mail | 2024-03-01 |\n"
    )
    assert _md(PARAGRAPH, bottom=table) is None


@pytest.mark.parametrize(
    "hidden",
    [
        "<!-- Last updated: 1 March 2019 -->",
        "<!--\nLast updated: 1 March 2019\n-->",
        '[archive]: https://example.com/privacy/2019-03-01 "Last updated 1 March 2019"',
    ],
)
def test_markdown_comments_and_link_references_are_not_read(hidden):
    assert _md(hidden) is None
    # Their twin, the same line shown to the reader, is read.
    assert _md(f"{hidden}\n\nLast updated: 1 March 2024") == UPDATED


# --- PDF ------------------------------------------------------------------------------

PDF_PAGES = [
    ["Data Processing Agreement", "1. DEFINITIONS", "Words: " + PARAGRAPH],
    ["2. PROCESSING", "Processing: " + PARAGRAPH, "Instructions: " + PARAGRAPH],
    ["3. SUB-PROCESSORS", "Sub-processors: " + PARAGRAPH],
]


@pytest.mark.parametrize(
    ("header", "footer", "want"),
    [
        ("Example Ltd DPA  Version 3.1 - 01.03.2024", "Page {number} of {count}", VERSION),
        ("Example Ltd DPA", "Version 3.1 - 01.03.2024 - Page {number} of {count}", VERSION),
        ("Example Ltd DPA", "Last updated: 1 March 2024 | Page {number} of {count}", UPDATED),
        # Twins: a running header with a copyright year or page numbers only.
        ("Example Ltd DPA  (c) 2024 Example Ltd", "Page {number} of {count}", None),
        ("Example Ltd DPA", "Page {number} of {count}  |  Confidential", None),
    ],
)
def test_pdf_a_date_in_the_running_header_or_footer(header, footer, want):
    assert stated(pdf_document(PDF_PAGES, header=header, footer=footer), PDF) == want


def test_pdf_a_cover_page_date_and_the_document_fields():
    cover = ["Data Processing Agreement", "Example Ltd", "1 March 2024"]
    assert stated(pdf_document([cover, *PDF_PAGES], header="", footer=""), PDF) == VERSION
    fields = [
        "Data Processing Agreement",
        "Document version: 3.1",
        "Classification: Public",
        "Owner: Legal",
        "Date: 1 March 2024",
        "Next review: 1 March 2025",
    ]
    assert stated(pdf_document([fields, *PDF_PAGES], header="", footer=""), PDF) == VERSION
    # Twin: the fields without a date of the document; the review date alone is not one.
    twin = [line for line in fields if not line.startswith("Date")]
    assert stated(pdf_document([twin, *PDF_PAGES], header="", footer=""), PDF) is None


def test_pdf_a_revision_history_table_states_its_newest_row():
    history = [
        "Revision history",
        "Version   Date         Description",
        "1.0       10.01.2023   Initial version",
        "1.1       01.03.2024   Sub-processor list updated",
    ]
    found = stated(pdf_document([*PDF_PAGES, history], header="", footer=""), PDF)
    assert found is not None and found[0] == "2024-03-01"


# --- Ordinals, weekdays, "as of", month-year, two dates on a line -------------------------


@pytest.mark.parametrize(
    ("line", "language", "want"),
    [
        ("Last updated: March 1st, 2024", "en", UPDATED),
        ("Last updated: Friday, 1 March 2024", "en", UPDATED),
        ("Last updated: Friday, March 1, 2024", "en", UPDATED),
        ("Current as of March 1, 2024", "en", VERSION),
        ("Last updated: March 2024", "en", ("2024-03", "last_updated")),
        ("Mise à jour le 1er mars 2024", "fr", UPDATED),
        ("Mis à jour le vendredi 1er mars 2024", "fr", UPDATED),
        ("Dernière mise à jour : mars 2024", "fr", ("2024-03", "last_updated")),
        ("Stand: 1. März 2024", "de", UPDATED),
        ("Stand: Freitag, 1. März 2024", "de", UPDATED),
        ("Version vom 1. März 2024", "de", VERSION),
        ("Gültig ab 1. März 2024", "de", EFFECTIVE),
        ("Stand: März 2024", "de", ("2024-03", "last_updated")),
        ("Sist oppdatert fredag 1. mars 2024", "nb", UPDATED),
        ("Gjelder fra 1. mars 2024", "nb", EFFECTIVE),
        ("Última actualización: viernes, 1 de marzo de 2024", "es", UPDATED),
        ("Ultimo aggiornamento: venerdì 1 marzo 2024", "it", UPDATED),
        ("Laatst bijgewerkt: vrijdag 1 maart 2024", "nl", UPDATED),
    ],
)
def test_ordinals_weekdays_and_month_only(line, language, want):
    page = html_page(f"<h1>Privacy Policy</h1><p>{line}</p>", lang=language)
    assert stated(page) == want


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Last reviewed: 1 March 2024 · Next review: 1 March 2025", "en"),
        ("Last updated 1 March 2024 (next review due 1 March 2025)", "en"),
        ("Dernière révision : 1er mars 2024 – prochaine révision : 1er mars 2025", "fr"),
        ("Zuletzt geprüft: 1. März 2024, nächste Überprüfung: 1. März 2025", "de"),
        ("Sist gjennomgått 1. mars 2024, neste gjennomgang 1. mars 2025", "nb"),
    ],
)
def test_two_dates_on_a_line_where_the_second_is_the_next_review(line, language):
    page = html_page(f"<h1>Privacy Policy</h1><p>{line}</p>", lang=language)
    assert stated(page) == UPDATED
    # Twin: the next review date alone is no date of the current text.
    alone = line[max(line.rfind("·"), line.rfind("("), line.rfind("–"), line.rfind(",")) + 1 :]
    assert stated(html_page(f"<h1>Privacy Policy</h1><p>{alone.strip(' )')}</p>")) is None


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Version of 1 March 2024, now archived", "en"),
        ("Fassung vom 1. März 2024, jetzt archiviert", "de"),
        ("Version du 1er mars 2024, voir les archives", "fr"),
        ("Versjon av 1. mars 2024, nå arkivert", "nb"),
    ],
)
def test_words_after_a_comma_with_no_date_of_their_own_stay_in_the_dates_clause(line, language):
    # Twin of the next review after a comma: "now archived" has no date of its own,
    # so it is said of this date, which is another text's.
    page = html_page(f"<h1>Privacy Policy</h1><p>{line}</p>", lang=language)
    assert stated(page) is None
    # Without the words after the comma, the line is the version date it seems.
    head = line[: line.index(",")]
    assert stated(html_page(f"<h1>Privacy Policy</h1><p>{head}</p>", lang=language)) == VERSION


WEEKDAY_DAY = dt.date(2024, 3, 15)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_date_with_its_weekday_in_every_language(language):
    """CLDR's full format (with the weekday) after the language's first "last updated" cue."""
    cue = CUES[language]["last_updated"][0].replace("*", "")
    written = format_date(WEEKDAY_DAY, "full", locale=language)
    # Read in the page's language: these pages' text is English, and a
    # year-first date ("2024. március 15., péntek") is read by its language.
    found = find_stated_date(
        ["Privacy Policy", f"{cue.capitalize()}: {written}", PARAGRAPH], language
    )
    found = (found.value, found.kind) if found else None
    assert found == ("2024-03-15", "last_updated"), written


# --- HTML -----------------------------------------------------------------------------


def test_html_time_in_the_byline():
    byline = (
        "<p class='byline'>By the Legal team · <time datetime='2024-03-01'>1 March 2024</time></p>"
    )
    assert stated(html_page(f"<h1>Privacy Policy</h1>{byline}")) == VERSION
    # Twins: a field of a line at the top that says more than a date, and a
    # <time> in a related-posts aside after the text.
    busy = "<p>Careers · Our office opened on <time datetime='2024-03-01'>1 March 2024</time></p>"
    assert stated(html_page(f"<h1>Privacy Policy</h1>{busy}")) is None
    aside = (
        "<aside class='related'><h3>Related posts</h3><ul><li><a href='/p'>Our new office</a> "
        "<time datetime='2024-03-01'>1 March 2024</time></li></ul></aside>"
    )
    assert stated(html_page("<h1>Privacy Policy</h1>", after_main=aside)) is None


def test_html_a_date_in_the_title_or_the_h1():
    assert stated(html_page("<h1>Privacy Policy (updated 1 March 2024)</h1>")) == UPDATED
    # Twin: a year in the heading that is not the document's date.
    assert stated(html_page("<h1>Privacy Policy for the 2024 Summer Contest</h1>")) is None
    # The <title> alone names the tab, not the text: a weak place, never a guess.
    titled = html_page("<h1>Privacy Policy</h1>", title="Privacy Policy – 2024 | Acme")
    assert stated(titled) is None


@pytest.mark.parametrize("summary", ["Change log", "Historique des modifications", "Endringslogg"])
def test_html_a_collapsed_change_log_in_details(summary):
    log = (
        f"<details><summary>{summary}</summary><ul>"
        "<li>1 March 2024: new sub-processor added</li>"
        "<li>10 January 2023: first version</li></ul></details>"
    )
    found = stated(html_page("<h1>Privacy Policy</h1>", after_main=f"<section>{log}</section>"))
    assert found is not None and found[0] == "2024-03-01"
    top = "<h1>Privacy Policy</h1><p>Last updated: 5 April 2024</p>"
    assert stated(html_page(top + log)) == ("2024-04-05", "last_updated")
    # Twin: the same collapsed list under another summary.
    other = log.replace(summary, "Our milestones")
    assert stated(html_page("<h1>Privacy Policy</h1>", after_main=other)) is None


@pytest.mark.parametrize(
    "body",
    [b"---\n", b"<!-- Last updated: 1 March 2024 -->\n", b"---\ndate: 2024-03-01\n---\n"],
)
def test_markdown_of_only_front_matter_or_comments_is_empty_not_a_crash(body):
    doc = extract(body, MD)
    assert doc.suspect == "empty: no text" and doc.stated_date is None
