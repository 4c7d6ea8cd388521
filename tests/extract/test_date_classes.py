"""Stated dates by the shape they come in: one class of page per test, written here.

Tables and definition lists, a label and its date in separate blocks, version
numbers beside the date, dates in a PDF's running header or footer, pages
stating several dates, archive lists and template placeholders. Each page is
our own (no corpus copy), so a class is tested, not one vendor's page.
"""

from __future__ import annotations

import pytest
from fpdf import FPDF

from policywatch.extract import extract

EN = (
    "We keep the personal data you give us only as long as the service needs it, and we"
    " never sell it to anyone; you may ask us for a copy or for its deletion at any time."
)
FR = (
    "Nous conservons vos données personnelles uniquement le temps nécessaire au service et"
    " nous ne les vendons jamais ; vous pouvez en demander une copie à tout moment."
)


def stated(page: str, content_type: str = "text/html") -> tuple[str, str] | None:
    found = extract(page.encode(), content_type).stated_date
    return (found.value, found.kind) if found else None


def html(*parts: str, title: str = "Privacy Policy", body: str = EN) -> str:
    return f"<html><body><main><h1>{title}</h1>{''.join(parts)}<p>{body}</p></main></body></html>"


@pytest.mark.parametrize(
    ("part", "want"),
    [
        ("<table><tr><td>Last updated</td><td>12 May 2025</td></tr></table>", "last_updated"),
        ("<dl><dt>Effective date</dt><dd>1 March 2024</dd></dl>", "effective"),
        ("<p><strong>Last updated</strong></p><p>12 May 2025</p>", "last_updated"),
        ("<div><span>Last updated:</span><br><span>May 12, 2025</span></div>", "last_updated"),
    ],
    ids=["table-row", "definition-list", "label-then-date", "line-break"],
)
def test_a_label_and_its_date_in_separate_cells_or_blocks(part, want):
    found = stated(html(part))
    assert found is not None and found[1] == want
    assert found[0] in ("2025-05-12", "2024-03-01")


@pytest.mark.parametrize(
    "line",
    ["Version 3.2 – 12 May 2025", "v2.1, 12 May 2025", "12 May 2025 (version 4)",
     "Version 2 (12 May 2025)"],
)  # fmt: skip
def test_a_version_number_beside_the_date(line):
    assert stated(html(f"<p>{line}</p>")) == ("2025-05-12", "version")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Last updated: Monday, 12 May 2025", "2025-05-12"),
        ("Updated 12th of May, 2025", "2025-05-12"),
        ("This Policy is effective as of the 1st day of March, 2024.", "2024-03-01"),
        ("Last revised on 2024/03/01", "2024-03-01"),
        ("Updated: 1.3.2024", "2024-03-01"),
        ("Last updated 2024-03", "2024-03"),
        ("Last modified: 2025-05-12 14:03 UTC", "2025-05-12"),
    ],
)
def test_date_forms(line, value):
    found = stated(html(f"<p>{line}</p>"))
    assert found is not None and found[0] == value


def test_the_newest_of_several_last_updated_dates_wins():
    page = html(
        "<p>Last updated: 5 June 2023</p>",
        f"<p>{EN} First part.</p><p>{EN} Second part.</p>",
        "<p>Last updated: 1 March 2024</p>",
    )
    assert stated(page) == ("2024-03-01", "last_updated")


def test_a_change_log_does_not_outvote_the_date_line():
    page = html(
        "<p>Last updated: 1 March 2024</p>",
        f"<p>{EN}</p><h2>Changes</h2>",
        "<p>Updated: 5 June 2023 – added cookies.</p><p>Updated: 1 March 2024 – new rights.</p>",
    )
    assert stated(page) == ("2024-03-01", "last_updated")


def test_a_revision_table_states_its_newest_version():
    table = (
        "<table><tr><th>Version</th><th>Date</th><th>Changes</th></tr>"
        "<tr><td>1.0</td><td>1 January 2023</td><td>First version</td></tr>"
        "<tr><td>2.0</td><td>5 May 2024</td><td>Cookies</td></tr></table>"
    )
    page = f"<html><body><main><h1>Privacy Policy</h1><p>{EN}</p><h2>History</h2>{table}</main>"
    assert stated(page) == ("2024-05-05", "version")


def test_a_list_of_archived_versions_states_nothing():
    page = (
        f"<html><body><main><h1>Privacy Policy</h1><p>{EN}</p><p>{EN} More.</p><p>{EN} End.</p>"
        "<p>Previous versions:</p><ul><li>January 5, 2023</li><li>June 2, 2022</li></ul>"
        "</main></body></html>"
    )
    assert stated(page) is None
    dated = page.replace("<p>Previous versions:</p>", "<p>Effective March 1, 2024</p>"
                         "<p>Previous versions:</p>")  # fmt: skip
    assert stated(dated) == ("2024-03-01", "effective")


@pytest.mark.parametrize(
    "line",
    ["Last updated: [DATE]", "Last updated: {{ last_updated }}",
     "Effective date: [Month Day], 2024", "Last updated: XX/XX/2024"],
)  # fmt: skip
def test_template_placeholders_state_no_date(line):
    assert stated(html(f"<p>{line}</p>")) is None


@pytest.mark.parametrize(
    "page",
    [
        "<body><header class='page-header'><nav><a>Home</a></nav><h1>Privacy Policy</h1>"
        "<time datetime='2025-05-12'>May 12, 2025</time></header><main><p>{p}</p><h2>Data</h2>"
        "<p>Data: {p}</p></main></body>",
        "<body><main><h1>Privacy Policy</h1><p>{p}</p><h2>Data</h2><p>Data: {p}</p></main>"
        "<aside><dl><dt>Effective</dt><dd>May 12, 2025</dd></dl></aside></body>",
        "<body><main><h1>Privacy Policy</h1><p>{p}</p><h2>Data</h2><p>Data: {p}</p></main>"
        "<footer><p>Last updated</p><p>May 12, 2025</p><p>© Acme</p></footer></body>",
    ],
    ids=["date-under-title-in-header", "side-panel-definition-list", "footer-label-then-date"],
)
def test_date_lines_in_chrome_bands_split_over_blocks(page):
    found = stated(page.format(p=EN))
    assert found is not None and found[0] == "2025-05-12"


def _pdf(pages: list[list[str]], header: str | None, footer: str | None) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.cell(0, 8, header.format(n=number), new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if footer:
            pdf.set_y(-20)
            pdf.cell(0, 8, footer.format(n=number), align="C")
    return bytes(pdf.output())


PAGES = [
    ["Privacy Policy", "1. SCOPE", "Scope: " + EN],
    ["2. DATA", "Data: " + EN, "More: " + EN],
    ["3. RIGHTS", "Rights: " + EN],
    ["4. CONTACT", "Contact: " + EN],
]


@pytest.mark.parametrize(
    ("header", "footer", "want"),
    [
        (None, "Acme Privacy Policy - Last updated 12 May 2025 - Page {n} of 4",
         ("2025-05-12", "last_updated")),
        ("Acme Ltd | Privacy Policy | Effective 12.05.2025", None, ("2025-05-12", "effective")),
        (None, "Version 3.2 - 2025-05-12", ("2025-05-12", "version")),
    ],
    ids=["footer", "header", "version-footer"],
)  # fmt: skip
def test_a_date_only_in_the_running_header_or_footer_of_a_pdf(header, footer, want):
    doc = extract(_pdf(PAGES, header, footer), "application/pdf")
    assert doc.stated_date is not None
    assert (doc.stated_date.value, doc.stated_date.kind) == want
    # The furniture line is kept once, not once a page.
    assert doc.text.count("Page 2 of 4") == 0
    assert [s.heading for s in doc.sections if s.level == 2] == [
        "1. SCOPE", "2. DATA", "3. RIGHTS", "4. CONTACT"
    ]  # fmt: skip


def test_french_cues_in_a_french_page():
    page = html("<p>Applicable à compter du 1er mars 2024</p>", title="CGU", body=FR)
    assert stated(page) == ("2024-03-01", "effective")
