"""Datasette's own search of the section text goes to the search page, which answers phrases.

The section text index keeps no positions (m023): FTS5 refuses a quoted
phrase on it, so Datasette's table search answered HTTP 400 (or, on
``section_texts``, ignored the search and listed every row). The plugin
sends such a search to ``/-/policywatch/search`` (two-stage phrase search),
in the format asked for; every other table's search stays Datasette's.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from policywatch.core.model import Section
from policywatch.db import open_db
from tests.db.stored import store_versions
from tests.web.conftest import start_serve, stop
from tests.web.test_browser import ARGS, CHROMIUM

SECTIONS = [
    [
        Section(1, "Retention", "We keep your messages for 30 days after you close your account."),
        Section(1, "Sale", "We do not sell personal data."),
    ],
    [
        Section(1, "Retention", "After 30 or more days we delete your messages."),
        Section(1, "Sale", "We do not sell personal data."),
    ],
]
PHRASE = quote('"30 days"')


def _db(path: Path) -> Path:
    """One document with two versions; only the first holds the phrase "30 days"."""
    db = open_db(path)
    store_versions(db, SECTIONS)
    db.close()
    return path


@pytest.fixture
def datasette(tmp_path: Path) -> Any:
    from policywatch.db.web import make_datasette

    return make_datasette(str(_db(tmp_path / "pw.db")))


def _get(ds: Any, url: str, **kwargs: Any) -> Any:
    return asyncio.run(ds.client.get(url, **kwargs))


@pytest.mark.parametrize(
    ("url", "versions"),
    [
        (f"/pw/section_texts.json?_search={PHRASE}", [1]),
        (f"/pw/sections.json?_fts_table=section_texts_fts&_fts_pk=text_id&_search={PHRASE}", [1]),
        (f"/pw/section_texts_fts.json?_search={PHRASE}", [1]),
        # Without quotes every word, in any order: both versions.
        ("/pw/sections.json?_fts_table=section_texts_fts&_search=30+days", [1, 2]),
        # The current versions' sections: the search page's default scope.
        (f"/pw/latest_sections.json?_fts_table=section_texts_fts&_search={PHRASE}", []),
        ("/pw/latest_sections.json?_fts_table=section_texts_fts&_search=30+days", [2]),
    ],
)
def test_a_table_search_of_the_section_text_is_answered_by_the_search_page(
    datasette: Any, url: str, versions: list[int]
) -> None:
    first = _get(datasette, url)
    assert first.status_code == 302 and first.headers["location"].startswith(
        "/-/policywatch/search?q="
    )
    answer = _get(datasette, url, follow_redirects=True)
    assert answer.status_code == 200, answer.text[:300]
    assert sorted({r["version_id"] for r in answer.json()}) == versions
    assert all(r["heading"] == "Retention" for r in answer.json())


def test_the_html_page_and_other_tables_searches(datasette: Any) -> None:
    page = _get(
        datasette,
        f"/pw/sections?_fts_table=section_texts_fts&_search={PHRASE}",
        follow_redirects=True,
    )
    assert page.status_code == 200 and "Retention" in page.text and "Sale" not in page.text
    # Other tables keep Datasette's own search (none here: the rows, unfiltered).
    vendors = _get(datasette, "/pw/vendors.json?_search=acme")
    assert vendors.status_code == 200 and vendors.json()["rows"]
    # A search box left empty is no search; the sections views' pages (no search
    # box, a pointer to the search page) stay as they are without _fts_table.
    assert _get(datasette, "/pw/section_texts.json?_search=").status_code == 200
    assert _get(datasette, f"/pw/sections?_search={PHRASE}").status_code == 200


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_a_hand_typed_phrase_search_in_chromium_lands_on_the_search_page(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    db = _db(tmp_path / "pw.db")
    process, base = start_serve(db)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page()
            response = page.goto(
                f"{base}/pw/sections?_fts_table=section_texts_fts&_search={PHRASE}"
            )
            assert response is not None and response.status == 200
            assert "/-/policywatch/search" in page.url
            # The phrase stays in the search box, and the one section holding it is shown.
            assert page.input_value("input[name=q]") == '"30 days"'
            body = page.inner_text("body")
            assert "Retention" in body and "30 days after you close" in body
            assert "phrase queries are not supported" not in body
            browser.close()
    finally:
        stop(process)
