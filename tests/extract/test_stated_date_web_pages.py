"""Stated dates on whole web pages as sites serve them: navigation, cookie banner, scripts, footer.

Each page is written here in the shapes that saved web pages of other sites
put their date in (issue 12): a date line in the page header beside the
title, a reading-time suffix, a byline or breadcrumb, two labels on one
line, markup-only dates, a footer line. The answer follows
``../shared/corpus/dev/README.md``: "last updated / revised / modified",
failing that "effective", failing that the version date; another
version's date, and any date that is not about the document, never.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from policywatch.extract import extract
from tests.extract.stated_pages import PARAGRAPH, html_page, stated

TITLE = "<h1>Privacy Policy</h1>"


def test_a_date_line_beside_the_title_in_the_page_header():
    header = f"<div class='page-title'>{TITLE}<p>Last updated: March 3, 2024</p></div>"
    doc = extract(html_page(header=header), "text/html")
    assert doc.stated_date is not None
    assert (doc.stated_date.value, doc.stated_date.kind) == ("2024-03-03", "last_updated")
    assert "Pricing" not in doc.text and "Accept all" not in doc.text  # chrome still goes


@pytest.mark.parametrize(
    "line",
    [
        "Last updated: March 3, 2024 | 5 min read",
        "Last updated March 3, 2024 · 5 min read",
        "Last updated: March 3, 2024 — Reading time: 6 minutes",
        "Updated March 3, 2024 • Legal",
    ],
)
def test_a_date_line_with_a_reading_time_or_a_tag_after_the_date(line):
    assert stated(html_page(f"{TITLE}<p>{line}</p>")) == ("2024-03-03", "last_updated")


def test_a_byline_under_the_title():
    byline = "<p class='byline'>Posted by Legal Team on March 3, 2024</p>"
    assert stated(html_page(f"{TITLE}{byline}")) == ("2024-03-03", "version")


def test_a_byline_in_the_page_header_outside_main():
    header = (
        f"{TITLE}<div class='post-meta'><span>By the Legal Team</span>"
        "<span>Updated on March 3, 2024</span></div>"
    )
    assert stated(html_page(header=header)) == ("2024-03-03", "last_updated")


def test_a_date_in_the_breadcrumb_trail():
    crumbs = (
        "<nav class='breadcrumb'><a href='/'>Home</a> › <a href='/legal'>Legal</a> › "
        "<span>Privacy Policy</span><span>Last updated: March 3, 2024</span></nav>"
    )
    assert stated(html_page(TITLE, header=crumbs)) == ("2024-03-03", "last_updated")


@pytest.mark.parametrize(
    "line",
    [
        "Effective Date: January 1, 2024 Last Updated: March 3, 2024",
        "Last Updated: March 3, 2024 Effective Date: April 1, 2024",
        "EFFECTIVE DATE: January 1, 2024 LAST UPDATED: March 3, 2024",
    ],
)
def test_effective_and_last_updated_on_one_line(line):
    assert stated(html_page(f"{TITLE}<p>{line}</p>")) == ("2024-03-03", "last_updated")


def test_a_date_only_in_markup_is_not_stated():
    ld = json.dumps({"@type": "WebPage", "dateModified": "2024-03-03T09:00:00Z"})
    head = (
        f"<script type='application/ld+json'>{ld}</script>"
        "<meta property='article:modified_time' content='2024-03-03T09:00:00Z'>"
    )
    assert stated(html_page(TITLE, head=head)) is None


def test_markup_never_outvotes_the_text():
    ld = json.dumps({"@type": "WebPage", "dateModified": "2024-05-19", "datePublished": "2023-01"})
    head = f"<script type='application/ld+json'>{ld}</script>"
    main = f"{TITLE}<p>Last updated: March 3, 2024</p>"
    assert stated(html_page(main, head=head)) == ("2024-03-03", "last_updated")


def test_a_time_element_alone_under_the_title_states_its_date():
    main = f"{TITLE}<p><time datetime='2024-03-03'>March 3, 2024</time></p>"
    assert (stated(html_page(main)) or ("none",))[0] == "2024-03-03"


@pytest.mark.parametrize(
    ("line", "value", "kind"),
    [
        ("This version of the Privacy Policy takes effect on March 3, 2024.", "2024-03-03",
         "effective"),
        ("This Privacy Policy was last updated March 3rd, 2024.", "2024-03-03", "last_updated"),
        ("Published: March 3, 2024 · Updated: April 5, 2024", "2024-04-05", "last_updated"),
        ("Effective: January 1, 2024 (last reviewed April 5, 2024)", "2024-04-05",
         "last_updated"),
    ],
)  # fmt: skip
def test_a_sentence_or_a_pair_of_labels_under_the_title(line, value, kind):
    assert stated(html_page(f"{TITLE}<p>{line}</p>")) == (value, kind)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This page was last edited on 3 March 2024, at 10:00.", "last_updated"),
        ("Last edited: March 3, 2024", "last_updated"),
        ("Reviewed: March 3, 2024", "last_updated"),
        ("Revision date: March 3, 2024", "last_updated"),
        ("Latest revision: March 3, 2024", "last_updated"),
        ("Last material change: March 3, 2024", "last_updated"),
        ("Last significant update: March 3, 2024", "last_updated"),
        ("In effect since March 3, 2024", "effective"),
        ("Valid since March 3, 2024", "effective"),
        ("Released: March 3, 2024", "version"),
        ("Current as of March 3, 2024", "version"),
    ],
)
def test_more_ways_a_page_labels_its_date(line, kind):
    # Below an earlier effective date, so that the kind decides, not only the place:
    # "last updated" outranks it, a later effective date supersedes it, a version does not.
    main = f"{TITLE}<p>Effective date: January 1, 2024</p>"
    want = ("2024-03-03", kind) if kind != "version" else ("2024-01-01", "effective")
    assert stated(html_page(f"{main}<p>{line}</p>")) == want
    assert stated(html_page(f"{TITLE}<p>{line}</p>")) == ("2024-03-03", kind)


def test_an_updated_line_in_the_footer():
    footer = "<p>© 2024 Acme Inc. Updated 2024-03-01</p>"
    assert stated(html_page(TITLE, footer=footer)) == ("2024-03-01", "last_updated")


def test_a_revision_note_in_a_meta_block_after_main():
    after = "<div class='page-meta'><p>This page was last modified on 3 March 2024.</p></div>"
    assert stated(html_page(TITLE, after_main=after)) == ("2024-03-03", "last_updated")


# False positives: dates the page carries that are not its stated date.


def test_copyright_years_alone_state_nothing():
    footer = "<p>Copyright © 2024 Acme Inc.</p><p>© 1999-2024</p>"
    assert stated(html_page(TITLE, footer=footer)) is None


def test_dated_posts_on_a_blog_listing_state_nothing():
    posts = "".join(
        f"<li><a href='/blog/{n}'>{name}</a> <time datetime='{day}'>{text}</time></li>"
        for n, (name, day, text) in enumerate(
            [
                ("Our new pricing", "2024-03-03", "March 3, 2024"),
                ("Updated onboarding flow", "2024-02-12", "February 12, 2024"),
            ]
        )
    )
    after = f"<aside class='recent-posts'><h3>From the blog</h3><ul>{posts}</ul></aside>"
    assert stated(html_page(TITLE, after_main=after)) is None


def test_a_cookie_lifetime_states_nothing():
    table = (
        "<table><tr><th>Cookie</th><th>Purpose</th><th>Expires</th></tr>"
        "<tr><td>_ga</td><td>Analytics</td><td>13 months</td></tr>"
        "<tr><td>session</td><td>Login</td><td>After 24 hours</td></tr></table>"
    )
    main = f"{TITLE}<p>The analytics cookie expires after 13 months.</p>{table}"
    assert stated(html_page(main)) is None


def test_a_change_log_paragraph_about_the_product_states_nothing():
    log = (
        "<h2>4. Changes to the service</h2><p>"
        + PARAGRAPH
        + " On March 3, 2024 we updated the mobile app to add two-factor sign-in, and on "
        "January 9, 2023 we moved our servers to Frankfurt. " + PARAGRAPH + "</p>"
    )
    assert stated(html_page(f"{TITLE}<p>{PARAGRAPH}</p>{log}")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The EDPB published its guidelines on 4 May 2020.",
        "Version 2 of the app was released on 4 May 2020.",
        "Our auditors last reviewed our controls on 4 May 2020.",
        "We updated our mobile app on 4 May 2020.",
    ],
)
def test_a_dated_sentence_about_something_else_inside_the_text_states_nothing(sentence):
    # A short paragraph deep in the text: its cue opens no line and it does not
    # name the document, so it is no date line.
    before = "".join(f"<h2>{n}</h2><p>{PARAGRAPH}</p>" for n in "ABCDEF")
    assert stated(html_page(f"{TITLE}{before}<p>{sentence}</p><p>{PARAGRAPH}</p>")) is None
    # The same place, a sentence about the document: its date.
    about = "<p>This policy was last updated on 5 May 2020.</p>"
    assert stated(html_page(f"{TITLE}{before}{about}<p>{PARAGRAPH}</p>")) == (
        "2020-05-05", "last_updated",
    )  # fmt: skip


@pytest.mark.parametrize(
    "written",
    [f"March 3, {dt.date.today().year + 2}", "March 3, 1994", "2099-01-01"],
)
def test_dates_that_cannot_be_a_policy_date_are_never_stated(written):
    assert stated(html_page(f"{TITLE}<p>Last updated: {written}</p>")) is None
