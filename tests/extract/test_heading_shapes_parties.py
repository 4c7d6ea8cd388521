"""One-party sections and signature lines, in four languages (issue 12).

A sub-processor list written as one heading per party is one list: its
headings share a tag (``<h3>``, ``###``), so they share a level whatever their
last character ("Stripe, Inc." beside "Acme AS"). A company or address line
after the last paragraph of a page without markup ("Acme GmbH" / "Hauptstraße
1" / "10115 Berlin") is text, not a section; a heading that names a company
over its own paragraph stays one.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.legal_forms import FORMS
from policywatch.extract import extract
from policywatch.extract.blocks import GUESS, Block
from policywatch.extract.headings_signature import signature_line
from tests.extract.test_heading_shapes import LANGUAGES, assert_the_five_topics, sections
from tests.extract.test_heading_shapes_plain import CONTENT_TYPES, PLAIN_PAGES, body_text, page

# Per language: the heading over the list, its parties (mixed endings: a full stop
# beside none), and a signature block (company, street, postcode and town).
PARTIES = {
    "en": ("Sharing with others",
           ["Stripe, Inc.", "Stripe Payments Ltd", "Acme Europe, Limited", "Zendesk, Inc.",
            "Contoso Ltd"],
           ["Acme Ltd", "1 Main Street", "London"]),
    "nb": ("Deling med andre",
           ["Stripe, Inc.", "Acme AS", "Nordlys ASA", "Zendesk, Inc.", "Fjord AS"],
           ["Acme AS", "Storgata 1", "0155 Oslo"]),
    "de": ("Weitergabe an Dritte",
           ["Stripe, Inc.", "Acme GmbH", "Rhein AG", "Zendesk, Inc.", "Contoso GmbH"],
           ["Acme GmbH", "Hauptstraße 1", "10115 Berlin"]),
    "fr": ("Partage avec des tiers",
           ["Stripe, Inc.", "Acme SAS", "Contoso SA", "Zendesk, Inc.", "Lumière SAS"],
           ["Acme SAS", "1 rue de la Paix", "75002 Paris"]),
}  # fmt: skip
# The twin of a signature line: a heading naming a company over its own paragraph.
AFFILIATES = {
    "en": "Acme Ltd and its affiliates",
    "nb": "Acme AS og dets datterselskaper",
    "de": "Acme GmbH und ihre Tochtergesellschaften",
    "fr": "Acme SAS et ses filiales",
}


def test_the_party_names_end_in_forms_of_the_lexicon() -> None:
    forms = {f.rstrip(".") for f in FORMS}
    for _, parties, signature in PARTIES.values():
        for name in [*parties, signature[0]]:
            assert name.rstrip(".").rsplit(" ", 1)[-1] in forms, name


def party_page(fmt: str, lang: str, sub: int, parent: bool) -> str:
    """A title over its introduction, then one heading (level ``sub``) per party.

    With ``parent``, the parties stand under a heading one level up that
    introduces them; without, they are the page's only headings.
    """
    title, _, text = LANGUAGES[lang]
    heading, parties, _ = PARTIES[lang]
    if fmt == "html":
        parts = [f"<h1>{title}</h1><p>{text}</p>"]
        parts += [f"<h{sub - 1}>{heading}</h{sub - 1}>"] if parent else []
        parts += [f"<h{sub}>{p}</h{sub}><p>{text}</p>" for p in parties]
        return f'<html lang="{lang}"><body><main>{"".join(parts)}</main></body></html>'
    lines = [f"# {title}", text]
    lines += [f"{'#' * (sub - 1)} {heading}"] if parent else []
    for p in parties:
        lines += [f"{'#' * sub} {p}", text]
    return "\n\n".join(lines) + "\n"


def levels_of(raw: str, fmt: str, names: list[str]) -> dict[str, int]:
    found = extract(raw.encode(), CONTENT_TYPES[fmt]).sections
    return {s.heading: s.level for s in found if s.heading in names}


@pytest.mark.parametrize("lang", PARTIES)
@pytest.mark.parametrize(("fmt", "sub"), [("html", 3), ("html", 4), ("md", 3)])
@pytest.mark.parametrize("parent", [True, False], ids=["under a heading", "alone"])
def test_one_heading_per_party_gives_one_level_whatever_the_ending(fmt, sub, parent, lang):
    parties = PARTIES[lang][1]
    levels = levels_of(party_page(fmt, lang, sub, parent), fmt, parties)
    assert set(levels) == set(parties), levels
    assert len(set(levels.values())) == 1, levels


@pytest.mark.parametrize("lang", PARTIES)
@pytest.mark.parametrize(("fmt", "sub"), [("html", 3), ("md", 3)])
def test_parties_under_their_heading_stay_its_subsections(fmt: str, sub: int, lang: str):
    """The twin: a real nesting (h3 under h2) keeps its levels."""
    heading, parties, _ = PARTIES[lang]
    levels = levels_of(party_page(fmt, lang, sub, parent=True), fmt, [heading, *parties])
    assert levels == {heading: 2, **dict.fromkeys(parties, 3)}


@pytest.mark.parametrize("lang", PARTIES)
@pytest.mark.parametrize("shape", PLAIN_PAGES)
def test_a_company_and_address_after_the_last_paragraph_are_no_sections(shape: str, lang: str):
    fmt, heading, title = PLAIN_PAGES[shape]
    signature = PARTIES[lang][2]
    raw = page(fmt, lang, heading, title, tail="\n\n".join(signature))
    assert_the_five_topics(sections(raw, CONTENT_TYPES[fmt]), lang)
    assert all(line in body_text(raw, fmt) for line in signature)


@pytest.mark.parametrize("lang", PARTIES)
@pytest.mark.parametrize("shape", PLAIN_PAGES)
def test_a_heading_naming_a_company_over_its_paragraph_stays_a_section(shape: str, lang: str):
    """The twin: the company's name heads a paragraph of its own, so it is a section."""
    fmt, heading, title = PLAIN_PAGES[shape]
    raw = page(fmt, lang, heading, title, twin=f"{AFFILIATES[lang]}\n\n{{text}}")
    found = sections(raw, CONTENT_TYPES[fmt])
    assert found.count(AFFILIATES[lang]) == len(LANGUAGES[lang][1]), found
    assert_the_five_topics([s for s in found if s != AFFILIATES[lang]], lang)


@pytest.mark.parametrize("lang", PARTIES)
def test_a_company_line_above_all_the_text_is_no_signature(lang: str) -> None:
    """A letterhead or a one-page PDF's running header ("Acme SA" over the title) signs nothing.

    The same lines after the text are a signature (two-page PDF sub-processor lists
    lost their running header's banner to this rule and read "Acme SA" as a party).
    """
    heading, _, signature = PARTIES[lang]
    text = LANGUAGES[lang][2]
    lines = [Block("heading", line, GUESS) for line in signature]
    on_top = [*lines, Block("heading", heading, GUESS), Block("para", text)]
    assert not any(signature_line(on_top, i) for i in range(len(signature)))
    below = [Block("heading", heading, GUESS), Block("para", text), *lines]
    assert signature_line(below, 2) and signature_line(below, 3)  # the company, the street
