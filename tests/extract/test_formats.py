"""Formats told apart by their bytes and names: CSV tables, Markdown under other names."""

from __future__ import annotations

from policywatch.extract import extract
from policywatch.extract.pipeline import sniff

CSV = (
    b"Name,Purpose,Location\n"
    b'"Amazon Web Services, Inc.",Cloud hosting,United States\n'
    b"Sentry,Error monitoring,United States\n"
    b"Stripe,Payments for customers who buy a plan,Ireland\n"
)
MARKDOWN = (
    b"# Privacy Policy\n\nLast updated: May 1, 2024\n\n## Data we collect\n\n"
    b"We collect what you give us when you use the product and nothing else at all.\n\n"
    b"## Your rights\n\nYou can ask us for a copy of your data or to delete it at any time.\n"
)


def test_a_csv_sub_processor_list_is_rows_not_headings():
    doc = extract(CSV, "text/csv")
    assert [s.level for s in doc.sections] == [1] and doc.sections[0].heading == ""
    assert "Amazon Web Services, Inc. | Cloud hosting | United States" in doc.text
    assert sniff(CSV, None, "https://x.example/subprocessors.csv") == "csv"


def test_markdown_under_another_name_or_as_plain_text():
    for content_type, url in [
        (None, "https://x.example/privacy.mdx"),
        ("text/plain", "https://x.example/privacy.txt"),
        ("application/octet-stream", None),
    ]:
        doc = extract(MARKDOWN, content_type, url)
        assert [(s.level, s.heading) for s in doc.sections] == [
            (1, "Privacy Policy"),
            (2, "Data we collect"),
            (2, "Your rights"),
        ], (content_type, url)
        assert doc.stated_date is not None and doc.stated_date.value == "2024-05-01"


def test_plain_text_without_heading_marks_stays_text():
    body = b"Privacy\n\nWe keep your data safe. #1 priority for us is you.\n"
    assert sniff(body, "text/plain", None) == "text"
