"""Table cells and image alt text: never glued to their neighbours (real corpus excerpts)."""

from __future__ import annotations

import pytest

from policywatch.extract import extract
from policywatch.sources import load_source
from tests.conftest import CORPUS

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="shared/corpus/dev not beside the repo"
)

# anthropic-dpa v06, Schedule 4: a one-column table whose cells hold a logo,
# <br> lines and a lone bullet between the name and the purpose.
ANTHROPIC_ROWS = (
    "|     |\n| --- |\n"
    "| ![Logo for Microsoft Azure](/logos/azure.com)<br><br>Microsoft Azure<br><br>•<br><br>"
    "Cloud Infrastructure<br><br>Worldwide<br><br>Products: All Products |\n"
    "| ![Nutun](/doc?s=735n1ig46w9br2ibmnec0o)<br><br>Nutun<br><br>•<br><br>User support<br><br>"
    "South Africa<br><br>Products: All Products except Claude for Government<br><br>"
    "[More Information](https://www.nutun.com/)Opens in new tab |\n"
)

# bumble-privacy-policy v05: a four-column row with a <br> list inside a cell.
BUMBLE_ROW = (
    "| To provide you with the Bumble social networking service and App. "
    "| * Name<br>* Email address<br>* Date of birth<br>* Location<br>* App activity "
    "| You provide us with your name, email address, and date of birth.  <br>"
    "We get location and app activity data from the device you use to access the service. "
    "| **Contractual Necessity** |\n"
)


def _md(text: str) -> str:
    return extract(("Intro paragraph.\n\n" + text).encode(), "text/markdown").text


def test_markdown_cells_keep_their_lines_apart_and_drop_logos():
    lines = _md(ANTHROPIC_ROWS).split("\n\n")
    assert "Microsoft Azure / Cloud Infrastructure / Worldwide / Products: All Products" in lines
    nutun = next(line for line in lines if "Nutun" in line)
    assert nutun.startswith("Nutun / User support / South Africa / Products:")
    assert nutun.count("Nutun") == 1, "an alt that repeats the cell's text is dropped"
    assert "Logo for" not in "\n".join(lines)


def test_markdown_row_cells_are_pipe_separated_with_in_cell_lists_split():
    row = _md(BUMBLE_ROW).split("\n\n")[-1]
    cells = row.split(" | ")
    assert len(cells) == 4
    assert cells[1] == "Name / Email address / Date of birth / Location / App activity"
    # A line that already ends a sentence needs no separator.
    assert "date of birth. We get location" in cells[2]


def test_html_table_cells_split_at_br_and_blocks():
    html = (
        "<main><p>Intro paragraph.</p><table><tr><th>Purpose</th><th>Data</th></tr>"
        "<tr><td><p>To communicate with you.</p></td>"
        "<td>Account Personal Data<br>Personal Data When You Contact Us<br>"
        "Location Personal Data</td></tr></table></main>"
    )
    text = extract(html.encode(), "text/html").text
    assert "Purpose | Data" in text
    assert (
        "To communicate with you. | Account Personal Data / Personal Data When You Contact Us"
        " / Location Personal Data"
    ) in text


def test_html_images_icons_dropped_phrases_kept_apart():
    html = (
        "<main><p>We appointed a representative.<a href='x'><img alt='GDPR Certification: "
        "Art 27 representation by Prighter'></a>powered by Prighter</p>"
        "<ul><li><a href='t'><img alt='TikTok'></a></li></ul>"
        "<p><img alt='Logo for Twilio'>Twilio sends SMS.</p></main>"
    )
    text = extract(html.encode(), "text/html").text
    assert "representative. GDPR Certification: Art 27 representation by Prighter powered" in text
    assert "TikTok" not in text, "a one-word linked image is a social icon"
    assert "Logo for" not in text
    assert "Twilio sends SMS." in text


@needs_corpus
def test_deepseek_raw_html_and_markdown_agree_on_the_purposes_table():
    """The raw snapshot and OTA's Markdown of it give the same table rows."""
    folder = CORPUS / "deepseek-privacy-policy"
    rows = []
    for name in ("v03_2026-02-10.html", "v03_2026-02-10.md"):
        text = extract(*load_source(str(folder / name))).text
        rows.append([p for p in text.split("\n\n") if "Account Personal Data /" in p])
    assert rows[0] and rows[0] == rows[1]
    assert any("User Input / Personal Data When You Contact Us" in r for r in rows[0])
