"""A date line whose date cannot be read keeps its rank (review 8c, finding 1).

"Last updated: 03/04/2024" on an English page with nothing telling the
day/month order is 3 April or 4 March: no date, never a guess. It is still
the page's "last updated" line, so an older date of a weaker kind
("Effective date: January 1, 2020", "Version 1.0 published 5 May 2019")
does not take its place: the page states no readable date. Each case has
its twin with a day over 12, read without an order.
"""

from __future__ import annotations

import pytest

from policywatch.extract.dates import find_stated_date
from tests.extract.stated_pages import html_page, stated

WEAKER = [
    "Effective date: January 1, 2020",
    "This policy took effect on 1 January 2020.",
    "Version 1.0 published 5 May 2019",
]


@pytest.mark.parametrize("weaker", WEAKER)
def test_an_unread_last_updated_line_blocks_weaker_kinds(weaker):
    page = html_page(f"<p>Last updated: 03/04/2024</p><p>{weaker}</p>")
    assert stated(page) is None
    # Twin: a day over 12 is read, and the last-updated date wins as before.
    twin = html_page(f"<p>Last updated: 13/04/2024</p><p>{weaker}</p>")
    assert stated(twin) == ("2024-04-13", "last_updated")


def test_a_readable_date_of_the_same_kind_still_dates_the_page():
    blocks = ["Privacy", "Last updated: 03/04/2024", "Last updated: April 3, 2024"]
    found = find_stated_date(blocks, "en")
    assert found is not None and found.value == "2024-04-03"


def test_an_unread_weaker_line_does_not_block_a_stronger_one():
    blocks = ["Privacy", "Last updated: January 5, 2024", "Effective date: 03/04/2024"]
    found = find_stated_date(blocks, "en")
    assert found is not None and (found.value, found.kind) == ("2024-01-05", "last_updated")


def test_another_language_s_cue_still_reads_the_order():
    # An English page with a French date line: French reads 03/04/2024 day-first.
    blocks = ["Privacy", "Dernière mise à jour : 03/04/2024", "Effective date: January 1, 2020"]
    found = find_stated_date(blocks, "en")
    assert found is not None and found.value == "2024-04-03"
