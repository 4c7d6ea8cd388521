"""The five seed policies, served as the demo site's HTML pages (with chrome) and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from policywatch.extract import extract
from policywatch.sources import load_source

SITE = Path(__file__).resolve().parents[2] / "policywatch" / "demo" / "site"

# (file, stated date or None, precision, kind, language): the seeds README answer key.
SEEDS = [
    ("fusetools/privacy.html", "2018-11-06", "day", "last_updated", "en"),
    ("fusion/Fusion_Privacy_Policy.pdf", "2020-10", "month", "last_updated", "en"),
    ("faveo/personvern.html", None, None, None, "nb"),
    ("nordhost/personvern.html", "2018-07-01", "day", "effective", "nb"),
    ("connectmyapps/privacy-policy.html", "2022-10-05", "day", "last_updated", "en"),
]
CHROME = ["Cookie Settings", "How can I help you", "Accept all", "×", "All rights reserved"]


def _extract(name: str):
    body, content_type, url = load_source(str(SITE / name))
    return extract(body, content_type, url)


@pytest.mark.parametrize(("name", "value", "precision", "kind", "language"), SEEDS)
def test_seed_stated_date_and_language(name, value, precision, kind, language):
    doc = _extract(name)
    assert doc.suspect is None
    assert doc.language == language
    if value is None:
        assert doc.stated_date is None, "no date is stated: the answer is 'no date'"
    else:
        assert doc.stated_date is not None
        assert (doc.stated_date.value, doc.stated_date.precision) == (value, precision)
        assert doc.stated_date.kind == kind
        assert doc.stated_date.snippet


@pytest.mark.parametrize("name", [s[0] for s in SEEDS if s[0].endswith(".html")])
def test_seed_pages_lose_their_chrome(name):
    doc = _extract(name)
    for chrome in CHROME:
        assert chrome not in doc.text, f"{chrome!r} leaked into the text of {name}"
    assert "|" not in doc.text  # pipes left over from flattened tables


def test_seed_pdf_headings_and_repaired_lines():
    doc = _extract("fusion/Fusion_Privacy_Policy.pdf")
    headings = [s.heading for s in doc.sections]
    assert "What Personal Data Do We Collect?" in headings
    assert "How We Collect Personal Data" in headings
    assert "Last Updated:" not in headings and "October 2020" not in headings
    # Quotes split from their word across PDF lines are joined back.
    assert '("Fusion Services")' in doc.text


def test_seed_html_keeps_headings_and_lists():
    doc = _extract("fusetools/privacy.html")
    assert doc.title == "Your privacy"
    assert "## Our privacy policy" in doc.text
    assert any(s.heading == "What information we collect" for s in doc.sections)


def test_the_same_page_normalises_identically():
    first, second = _extract("faveo/personvern.html"), _extract("faveo/personvern.html")
    assert first.text_hash == second.text_hash
    assert first.to_dict() == second.to_dict()


@pytest.mark.parametrize("name", [s[0] for s in SEEDS])
def test_sections_cover_the_text(name):
    doc = _extract(name)
    rebuilt = []
    for section in doc.sections:
        if section.heading:
            rebuilt.append("#" * section.level + " " + section.heading)
        if section.text:
            rebuilt.append(section.text)
    assert "\n\n".join(rebuilt) == doc.text
