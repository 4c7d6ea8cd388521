"""Stated dates on whole pages written here: where real pages put dates, and their traps."""

from __future__ import annotations

import datetime as dt

import pytest

from policywatch.extract import extract
from policywatch.extract.dates import find_stated_date
from tests.extract.stated_pages import (
    NAVIGATION,
    PARAGRAPH,
    SECTION_HEADINGS,
    SECTIONS,
    html_page,
    pdf_document,
    stated,
)


def test_a_date_line_in_the_header_band_beside_the_title():
    page = html_page(
        header="<div class='hero'><h1>Privacy Policy</h1><p>Last updated: March 5, 2024</p></div>"
    )
    doc = extract(page, "text/html")
    assert doc.stated_date is not None and doc.stated_date.value == "2024-03-05"
    assert doc.title == "Privacy Policy"
    assert not any(link in doc.text for link in NAVIGATION)  # the navigation still goes
    assert [s.heading for s in doc.sections if s.level == 2] == SECTION_HEADINGS


def test_a_date_in_the_footer_band():
    assert stated(html_page(footer="<p>This policy was last revised on 2 February 2023.</p>")) == (
        "2023-02-02", "last_updated",
    )  # fmt: skip


@pytest.mark.parametrize(
    "markup",
    [
        "<dl><dt>Effective date</dt><dd>January 26, 2017</dd></dl>",
        "<table><tr><td>Effective date</td><td>January 26, 2017</td></tr></table>",
        "<p><strong>Effective date:</strong> January 26, 2017</p>",
        "<h3>Effective date</h3><p>January 26, 2017</p>",
    ],
)
def test_label_and_value_in_any_markup(markup):
    assert stated(html_page(markup)) == ("2017-01-26", "effective")


def test_effective_and_a_later_last_updated_on_one_page():
    main = "<p>Effective: April 16, 2021</p><p>Last updated: August 9, 2024</p>"
    assert stated(html_page(main)) == ("2024-08-09", "last_updated")


def test_previous_version_dates_are_never_stated():
    main = (
        "<p>Version of 12 May 2026</p>" + SECTIONS + "<h2>Earlier versions</h2><ul>"
        "<li>Previous version of 3 January 2025</li><li>Archived version of 1 June 2023</li></ul>"
    )
    assert stated(html_page(main, sections=False)) == ("2026-05-12", "version")
    only_old = "<p>The previous version of 3 January 2025 is archived here.</p>"
    assert stated(html_page(only_old)) is None


def test_an_announced_future_version_is_not_the_stated_date():
    main = (
        "<p>Effective: 1 March 2025</p><p>Our new terms will take effect on 1 September 2025.</p>"
    )
    assert (
        find_stated_date(
            ["Effective: 1 March 2025", "Our new terms will take effect on 1 September 2025."],
            "en",
        ).value
        == "2025-03-01"
    )
    assert stated(html_page(main)) == ("2025-03-01", "effective")


def test_us_and_european_numeric_dates_follow_the_page():
    us = "<p>Last Updated: 3/11/2025</p><p>California residents have rights under the CCPA.</p>"
    eu = "<p>Updated: 11/05/2026</p><p>Example SAS, Paris, is the controller under the GDPR.</p>"
    assert stated(html_page(us)) == ("2025-03-11", "last_updated")
    assert stated(html_page(eu)) == ("2026-05-11", "last_updated")
    # Another date of the page that can only be day-first settles the order.
    page = ["Last updated: 04/06/2024", "Our office moved on 25/12/2019."]
    assert find_stated_date(page, "en").value == "2024-06-04"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Stand: Juni 2021", "2021-06"),
        ("Version septembre 2024", "2024-09"),
        ("Revised 11/2013", "2013-11"),
    ],
)
def test_month_only_dates(line, value):
    found = find_stated_date(["Privacy", line], None)
    assert found is not None and (found.value, found.precision) == (value, "month")


def test_structured_hints_never_outvote_the_text():
    json_ld = '<script type="application/ld+json">{"dateModified": "2026-05-19"}</script>'
    text = "<p>Entrée en vigueur : 12.05.2026</p>"
    assert stated(html_page(head=json_ld, main=text)) == ("2026-05-12", "effective")
    # A hint alone is not a date the document states.
    assert stated(html_page(head=json_ld)) is None
    meta = '<meta property="article:modified_time" content="2024-03-05T10:00:00Z">'
    assert stated(html_page("<time datetime='2024-03-05'>today</time>", head=meta)) is None


def test_dates_in_prose_are_not_stated():
    prose = (
        "<p>The General Data Protection Regulation, which applies from 25 May 2018, gives you "
        "rights over your data. " + PARAGRAPH + " " + PARAGRAPH + "</p>"
    )
    assert stated(html_page(prose)) is None


def test_a_date_alone_under_the_title_is_a_version_date():
    md = b"# Data Processing Addendum\n\nJune 30, 2020\n\n" + PARAGRAPH.encode() + b"\n"
    assert stated(md, "text/markdown") == ("2020-06-30", "version")


@pytest.mark.parametrize("line", ["Last updated: 5 May 2031", "Last updated: 5 May 1994"])
def test_impossible_dates_are_never_stated(line):
    assert find_stated_date([line], "en", today=dt.date(2026, 1, 1)) is None


def test_a_page_without_any_date_says_no_date():
    assert stated(html_page()) is None


def test_pdf_page_furniture_is_neither_text_nor_heading():
    pages = [
        ["Terms of Service", "Last update: 26/10/2021", "1. DEFINITIONS", "Words: " + PARAGRAPH],
        ["2. YOUR ACCOUNT", "Accounts: " + PARAGRAPH, "Passwords: " + PARAGRAPH],
        ["3. PAYMENT", "Payment: " + PARAGRAPH],
        ["4. TERMINATION", "Ending: " + PARAGRAPH, "After: " + PARAGRAPH],
    ]
    doc = extract(pdf_document(pages), "application/pdf")
    assert doc.stated_date is not None and doc.stated_date.value == "2021-10-26"
    assert "EXAMPLE LTD" not in doc.text and "Confidential" not in doc.text
    top = [s.heading for s in doc.sections if s.level == 2]
    assert top == ["1. DEFINITIONS", "2. YOUR ACCOUNT", "3. PAYMENT", "4. TERMINATION"]


@pytest.mark.parametrize(
    "body",
    [b"\x00\x01\x02" * 1000, b"Last updated: " + b"9" * 200_000, b"<p>Last updated:</p>" * 5000],
)
def test_hostile_input_gives_no_guessed_date(body):
    doc = extract(body, "text/html")
    assert doc.stated_date is None


@pytest.mark.parametrize(
    ("line", "language", "value"),
    [
        ("Voimassa 1.1.2024 alkaen", "fi", "2024-01-01"),
        ("2024. március 5-től hatályos", "hu", "2024-03-05"),
        ("Kehtib alates 1. jaanuarist 2024", "et", "2024-01-01"),
        ("Spēkā no 2024. gada 5. martā", "lv", "2024-03-05"),
    ],
)
def test_cues_after_the_date_and_inflected_months(line, language, value):
    found = find_stated_date([line], language)
    assert found is not None and (found.value, found.kind) == (value, "effective")


def test_a_law_cited_with_its_date_is_not_the_stated_date():
    law = "Swiss Federal Act on Data Protection of 25 September 2020 (revised FADP)"
    assert find_stated_date(["Privacy Notice", law], "en") is None


def test_collapsed_accordion_panels_are_content_but_hidden_icons_are_not():
    panels = "".join(
        f"<h2 id='t{n}' aria-expanded='false'>{n}. {topic.title()}</h2>"
        f"<div aria-hidden='true' aria-labelledby='t{n}' style='max-height:0'>"
        f"<p>About {topic}: {PARAGRAPH}</p></div>"
        for n, topic in enumerate(["data", "use", "rights"], 1)
    )
    main = "<p><span aria-hidden='true'>ICON</span>Updated: 4 February 2022</p>" + panels
    doc = extract(html_page(main, sections=False), "text/html")
    assert "About rights:" in doc.text and "ICON" not in doc.text
    assert doc.stated_date is not None and doc.stated_date.value == "2022-02-04"


def test_a_sign_off_date_at_the_foot_under_a_hard_line_break():
    body = "\n\n".join(
        f"## {n}. Article {n}\n\nTexte de l'article {n} : {PARAGRAPH}" for n in (1, 2, 3)
    )
    md = f"# Politique de confidentialité\n\n{body}\n\nLe 20 septembre 2021  \nValidé par le DPD\n"
    assert stated(md.encode(), "text/markdown") == ("2021-09-20", "version")


@pytest.mark.parametrize(
    ("line", "language", "kind"),
    [
        ("Datenschutzerklärung vom 12.03.2024", "de", "version"),
        ("Politique de confidentialité du 12 mars 2024", "fr", "version"),
        ("Diese Datenschutzerklärung wurde am 12. März 2024 aktualisiert.", "de", "last_updated"),
    ],
)
def test_the_document_named_with_its_date_and_verb_final_cues(line, language, kind):
    found = find_stated_date(["Intro", line], language)
    assert found is not None and (found.value, found.kind) == ("2024-03-12", kind)
