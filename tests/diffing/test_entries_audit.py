"""Every change an entry can undergo, for every column shape a list of parties has.

The shapes: name | purpose | location, name | location, one name a line, a
definition list, nested bullets "Name — purpose (country)" (HTML and Markdown),
each in en, nb, de, fr, as a sub-processor list and inside a policy. The changes:
a party added, removed, moved to another country, its purpose changed (material:
recipients, recipients, transfers, purposes), the same company renamed and the
list reordered (not material). A shape without a purpose or a place column has no
purpose or move to change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from policywatch.diffing import DiffResult, diff_documents
from tests.diffing import test_entry_shapes as shapes
from tests.diffing.test_entry_shapes import PARTIES, Party, Words, place

LANGUAGES = ("en", "nb", "de", "fr")
# The new purpose and the new name of the second party (the same company).
NEW_PURPOSE = "Fraud screening"
RENAMED = "Stripe Payments Europe, Ltd."


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
    "name-purpose-location": (shapes.table_th, True, True),
    "name-location": (shapes.table_two_columns, False, True),
    "names-only": (names_only, False, False),
    "dl": (shapes.definition_list, True, True),
    "nested-bullets": (nested_bullets, True, True),
    "md-nested-bullets": (md_nested_bullets, True, True),
}


def _page(shape, parties: list[Party], language: str, context: str):
    return shapes.page(shape, parties, language, context, markdown=shape is md_nested_bullets)


@pytest.mark.parametrize("context", ["subprocessors", "policy"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("shape_name", sorted(SHAPES))
def test_every_change_of_an_entry(shape_name: str, language: str, context: str) -> None:
    shape, has_purpose, has_place = SHAPES[shape_name]
    doc_type = "subprocessors" if context == "subprocessors" else None
    base = list(PARTIES)
    old = _page(shape, base, language, context)

    def diff(parties: list[Party]) -> DiffResult:
        return diff_documents(old, _page(shape, parties, language, context), doc_type=doc_type)

    def described(result: DiffResult) -> list[str]:
        return [c.describe() for c in result.entries]

    added = diff([*base, shapes.ADDED])
    assert added.material and "recipients" in added.categories, described(added)
    assert [d.split(" (")[0] for d in described(added)] == [f"added: {shapes.ADDED.name}"]
    removed = diff(base[:2])
    assert removed.material and "recipients" in removed.categories, described(removed)
    assert [d.split(" (")[0] for d in described(removed)] == [f"removed: {base[2].name}"]
    if has_place:
        moved = diff([base[0], replace(base[1], countries=("DE",)), base[2]])
        assert moved.material and "transfers" in moved.categories, described(moved)
        assert [c.fields for c in moved.entries] == [("location",)], described(moved)
    if has_purpose:
        repurposed = diff([base[0], replace(base[1], purpose=NEW_PURPOSE), base[2]])
        assert repurposed.material and "purposes" in repurposed.categories, described(repurposed)
        assert [c.fields for c in repurposed.entries] == [("purpose",)], described(repurposed)
    renamed = diff([base[0], replace(base[1], name=RENAMED), base[2]])
    assert not renamed.material, described(renamed)
    assert [c.kind for c in renamed.entries] == ["renamed"], described(renamed)
    reordered = diff(base[::-1])
    assert not reordered.material and not reordered.entries, described(reordered)
