"""Party tables the way real pages write them: spanned cells and tables side by side.

A purpose written once beside three providers (``rowspan``), a note row across the
table (``colspan``) and a provider over two rows of purposes are read as a reader
reads them, so the same table written without spans gives the same entries; two
tables with nothing between them are two lists when their headers differ, one when
a table is continued under its repeated header. Each in en, nb, de and fr, changed
the ways tests/diffing/test_entry_shapes.py changes its shapes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from policywatch.diffing import diff_documents
from policywatch.diffing.entries import read_entries
from tests.diffing.party_lists import (
    PARTIES,
    Party,
    Words,
    assert_four_changes,
    assert_repurposed_and_renamed,
    place,
)
from tests.diffing.test_entry_shapes import SHAPES, page, table_th

LANGUAGES = ["de", "en", "fr", "nb"]

# The note under the table, across its columns.
NOTE = {
    "en": "All sub-processors are bound by a data processing agreement.",
    "de": "Alle Unterauftragsverarbeiter sind vertraglich gebunden.",
    "fr": "Tous les sous-traitants sont liés par un contrat.",
    "nb": "Alle underdatabehandlere er bundet av en avtale.",
}
# One purpose ("Hosting") shared by the three providers.
HOSTED = [replace(p, purpose="Hosting") for p in PARTIES]


def _head(w: Words) -> str:
    return f"<tr><th>{w.name}</th><th>{w.purpose}</th><th>{w.location}</th></tr>"


def spanned(parties: list[Party], w: Words, lang: str) -> str:
    """Each run of providers with one purpose: the purpose in one cell spanning their rows;
    a note row spanning the three columns."""
    rows = []
    for n, p in enumerate(parties):
        if n and parties[n - 1].purpose == p.purpose:
            purpose = ""
        else:
            run = next((k for k in range(n, len(parties)) if parties[k].purpose != p.purpose), None)
            purpose = f'<td rowspan="{(run or len(parties)) - n}">{p.purpose}</td>'
        rows.append(f"<tr><td>{p.name}</td>{purpose}<td>{place(p, lang)}</td></tr>")
    note = f'<tr><td colspan="3">{NOTE[lang]}</td></tr>'
    return f"<table>{_head(w)}{''.join(rows)}{note}</table>"


def unspanned(parties: list[Party], w: Words, lang: str) -> str:
    """The same table, every cell written out (the note in the first of three cells)."""
    rows = "".join(
        f"<tr><td>{p.name}</td><td>{p.purpose}</td><td>{place(p, lang)}</td></tr>" for p in parties
    )
    return f"<table>{_head(w)}{rows}<tr><td>{NOTE[lang]}</td><td></td><td></td></tr></table>"


def _rows(parties: list[Party], w: Words, lang: str, name_span: bool) -> str:
    # The first party's second row, wherever it stands: another purpose and place, its
    # name spanning both rows or left blank in the second.
    rows = []
    for p in parties:
        second = p.name == PARTIES[0].name
        name = f'<td rowspan="2">{p.name}</td>' if second and name_span else f"<td>{p.name}</td>"
        rows.append(f"<tr>{name}<td>{p.purpose}</td><td>{place(p, lang)}</td></tr>")
        if second:
            backups = place(replace(p, countries=("IE",)), lang)
            blank = "" if name_span else "<td></td>"
            rows.append(f"<tr>{blank}<td>Backups</td><td>{backups}</td></tr>")
    return "".join(rows)


def name_spanned(parties: list[Party], w: Words, lang: str) -> str:
    return f"<table>{_head(w)}{_rows(parties, w, lang, name_span=True)}</table>"


def name_blank(parties: list[Party], w: Words, lang: str) -> str:
    return f"<table>{_head(w)}{_rows(parties, w, lang, name_span=False)}</table>"


TWINS = {
    "rowspan-purpose": (spanned, unspanned, HOSTED),
    "rowspan-name": (name_spanned, name_blank, list(PARTIES)),
}


def _entries(shape, parties, language, context):
    doc = page(shape, parties, language, context)
    doc_type = "subprocessors" if context == "subprocessors" else None
    return [(e.name, e.purpose, e.location) for e in read_entries(doc, doc_type).entries]


@pytest.mark.parametrize("context", ["subprocessors", "policy"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("twin", sorted(TWINS))
def test_spanned_cells(twin, language, context):
    shape, written_out, base = TWINS[twin]
    doc_type = "subprocessors" if context == "subprocessors" else None

    def diff(parties: list[Party]):
        old = page(shape, base, language, context)
        return diff_documents(old, page(shape, parties, language, context), doc_type=doc_type)

    assert_four_changes(diff, base)
    assert_repurposed_and_renamed(diff, base)
    read = _entries(shape, base, language, context)
    assert len(read) == len(base), read
    # The spanned value is read in every row it covers: the written-out twin's entries.
    assert read == _entries(written_out, base, language, context)


# Group companies in a second table right after the sub-processors' one, with its own
# header (no purpose column).
AFFILIATES = [
    Party("Northwind Traders GmbH", "", ("DE",), ""),
    Party("Contoso Ltd", "", ("GB",), ""),
]


def affiliates_after(affiliates: list[Party]):
    def shape(parties: list[Party], w: Words, lang: str) -> str:
        rows = "".join(f"<tr><td>{a.name}</td><td>{place(a, lang)}</td></tr>" for a in affiliates)
        head = f"<tr><th>{w.name}</th><th>{w.location}</th></tr>"
        return f"{table_th(parties, w, lang)}<table>{head}{rows}</table>"

    return shape


def continued(parties: list[Party], w: Words, lang: str) -> str:
    """One table cut in two, its header repeated (a page break in a printed list)."""
    return f"{table_th(parties[:2], w, lang)}{table_th(parties[2:], w, lang)}"


@pytest.mark.parametrize("context", ["subprocessors", "policy"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_adjacent_tables(language, context):
    doc_type = "subprocessors" if context == "subprocessors" else None
    both = _entries(affiliates_after(AFFILIATES), list(PARTIES), language, context)
    alone = _entries(table_th, list(PARTIES), language, context)
    # Two lists: the second's header is no party and its columns keep their own roles.
    assert both == alone + [(a.name, "", place(a, language)) for a in AFFILIATES]
    moved = [AFFILIATES[0], replace(AFFILIATES[1], countries=("IE",))]
    old = page(affiliates_after(AFFILIATES), list(PARTIES), language, context)
    new = page(affiliates_after(moved), list(PARTIES), language, context)
    result = diff_documents(old, new, doc_type=doc_type)
    assert [c.fields for c in result.entries] == [("location",)], result.entries
    assert result.material and "transfers" in result.categories
    # Twin: a table continued under its repeated header is one list, read as one table.
    assert _entries(continued, list(PARTIES), language, context) == alone


# The second party renamed to the same company's regional entity: the region inside its
# legal name, before the legal form, per language.
REGIONAL = {"en": "Stripe Payments Europe, Limited", "de": "Stripe Payments Europa GmbH",
            "fr": "Stripe Paiements Europe SAS", "nb": "Stripe Betalinger Europa AS"}  # fmt: skip
EUROPE = "150"  # CLDR's territory code of Europe, written in the page's language by place()


@pytest.mark.parametrize("context", ["subprocessors", "policy"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("shape_name", ["table-th", "table-no-th", "one-column-table", "bullets",
                                        "cards", "numbered-names"])  # fmt: skip
def test_a_region_inside_a_legal_name_is_the_name(shape_name, language, context):
    shape = SHAPES[shape_name]
    doc_type = "subprocessors" if context == "subprocessors" else None
    base = list(PARTIES)

    def diff(parties: list[Party]):
        old = page(shape, base, language, context)
        return diff_documents(old, page(shape, parties, language, context), doc_type=doc_type)

    renamed = diff([base[0], replace(base[1], name=REGIONAL[language]), base[2]])
    described = [c.describe() for c in renamed.entries]
    assert not renamed.material and [c.kind for c in renamed.entries] == ["renamed"], described
    # Twin: the region as the party's place ("Stripe, Inc. (Europe)") is where it is.
    moved = diff([base[0], replace(base[1], countries=(EUROPE,)), base[2]])
    described = [c.describe() for c in moved.entries]
    assert moved.material and "transfers" in moved.categories, described
    assert [c.fields for c in moved.entries] == [("location",)], described
