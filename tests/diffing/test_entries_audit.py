"""Every change an entry can undergo, for every column shape a list of parties has.

The shapes: name | purpose | location, name | location, one name a line, a
definition list, nested bullets "Name — purpose (country)" (HTML and Markdown),
each in en, nb, de, fr, as a sub-processor list and inside a policy. The changes
(:mod:`tests.diffing.party_lists`): a party added, removed, moved to another
country, its purpose changed (material: recipients, recipients, transfers,
purposes), the same company renamed and the list reordered (not material). A
shape without a purpose or a place column has no purpose or move to change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.diffing.party_lists import (
    PARTIES,
    Party,
    Words,
    assert_four_changes,
    assert_repurposed_and_renamed,
    differ,
    place,
)
from tests.diffing.test_entry_shapes import definition_list, page, table_th, table_two_columns

LANGUAGES = ("en", "nb", "de", "fr")


def names_only(parties: list[Party], w: Words, lang: str) -> str:
    return "".join(f"<p>{p.name}</p>" for p in parties)


def nested_bullets(parties: list[Party], w: Words, lang: str) -> str:
    items = "".join(f"<li>{p.name} — {p.purpose} ({place(p, lang)})</li>" for p in parties)
    return f"<ul><li>{w.services}<ul>{items}</ul></li></ul>"


def md_nested_bullets(parties: list[Party], w: Words, lang: str) -> str:
    items = "".join(f"  - {p.name} — {p.purpose} ({place(p, lang)})\n" for p in parties)
    return f"- {w.services}\n{items}"


# shape -> (the shape, has a purpose, has a place)
SHAPES: dict[str, tuple[Callable[[list[Party], Words, str], str], bool, bool]] = {
    "name-purpose-location": (table_th, True, True),
    "name-location": (table_two_columns, False, True),
    "names-only": (names_only, False, False),
    "dl": (definition_list, True, True),
    "nested-bullets": (nested_bullets, True, True),
    "md-nested-bullets": (md_nested_bullets, True, True),
}


@pytest.mark.parametrize("context", ["subprocessors", "policy"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("shape_name", sorted(SHAPES))
def test_every_change_of_an_entry(shape_name: str, language: str, context: str) -> None:
    shape, has_purpose, has_place = SHAPES[shape_name]
    markdown = shape is md_nested_bullets
    doc_type = "subprocessors" if context == "subprocessors" else None
    base = list(PARTIES)
    diff = differ(lambda parties: page(shape, parties, language, context, markdown), base, doc_type)
    assert_four_changes(diff, base, has_place)
    assert_repurposed_and_renamed(diff, base, has_purpose)
