"""A list of parties is found by its heading read in the page's language, not every language's.

Outside a sub-processor list, a bullet list, a table without a header or a run of
one-heading-per-party sections is a list of parties when the heading over it
speaks of recipients. That heading is read with the page's own words (and the
international ones), as its sentences are: a Norwegian "Underdatabehandlere" or a
German "Unterauftragsverarbeiter" is found; a heading whose word only starts like
another language's recipients word (French "tiers" in English "Service tiers",
Dutch "delen" in Norwegian "delen", French "tiers" in German "Tierschutz", Spanish
"compart-" in French "Compartiments") is not, so its list is text, diffed as text.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing import diff_documents
from policywatch.diffing.entries import read_entries

# Per language: (a heading naming sub-processors, a heading whose word only collides
# with another language's recipients stem, a purpose and country words).
HEADINGS = {
    "en": ("Our sub-processors", "Service tiers", "Purpose", "Ireland", "United States"),
    "nb": ("Våre underdatabehandlere", "Den tekniske delen", "Formål", "Irland", "USA"),
    "de": ("Unsere Unterauftragsverarbeiter", "Tierschutzvereine", "Zweck", "Irland", "USA"),
    "fr": ("Nos sous-traitants ultérieurs", "Compartiments", "Finalité", "Irlande",
           "États-Unis"),
}  # fmt: skip
PARTIES = [("Stripe, Inc.", "Payments"), ("Zendesk, Inc.", "Support"), ("Acme, Inc.", "Hosting")]


def bullets(parties: list[tuple[str, str]], purpose: str) -> str:
    return "\n\n".join(f"- {name}: {what}" for name, what in parties)


def plain_table(parties: list[tuple[str, str]], purpose: str) -> str:
    # No header and no column of countries: only the heading tells it is about parties.
    return "\n\n".join(f"{name} | {what}" for name, what in parties)


def sections(parties: list[tuple[str, str]], purpose: str) -> str:
    return "\n\n".join(f"### {name}\n\n{purpose}: {what}" for name, what in parties)


SHAPES = {"bullets": bullets, "table": plain_table, "sections": sections}


def page(
    language: str, heading: str, shape: str, parties: list[tuple[str, str]]
) -> ExtractedDocument:
    purpose = HEADINGS[language][2]
    body = SHAPES[shape](parties, purpose)
    return ExtractedDocument(text=f"# Policy\n\n## {heading}\n\n{body}", language=language)


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_a_heading_on_sub_processors_in_the_pages_language_makes_a_list(language, shape):
    heading = HEADINGS[language][0]
    old = page(language, heading, shape, PARTIES[:2])
    assert [e.name for e in read_entries(old).entries] == [n for n, _ in PARTIES[:2]]
    added = diff_documents(old, page(language, heading, shape, PARTIES))
    assert [c.describe() for c in added.entries] == ["added: Acme, Inc. (Hosting)"]
    assert added.material and "recipients" in added.categories


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_a_heading_word_that_only_collides_with_another_languages_stem_makes_none(language, shape):
    heading = HEADINGS[language][1]
    old = page(language, heading, shape, PARTIES[:2])
    assert read_entries(old).entries == []
    assert diff_documents(old, page(language, heading, shape, PARTIES)).entries == []
    # Read without a language (every language's words), the collision would make one:
    # the twin is a real collision, not a heading no language reads.
    blind = ExtractedDocument(text=old.text, language=None)
    assert read_entries(blind).entries


# A party added for advertising is a tracking change too; a Norwegian complaints
# handler ("reklamasjoner") only starts like the Swedish and Polish "reklam-" (ads).
AD_PURPOSES = {
    "en": ("Advertising", "Invoicing"),
    "nb": ("Reklame", "Reklamasjoner"),
    "de": ("Werbung", "Reklamationen"),
    "fr": ("Publicité", "Réclamations"),
}


@pytest.mark.parametrize("language", sorted(AD_PURPOSES))
def test_an_added_advertising_party_is_read_in_the_pages_language(language):
    heading = HEADINGS[language][0]
    ads, other = AD_PURPOSES[language]
    old = page(language, heading, "table", PARTIES[:2])
    for purpose, tracking in ((ads, True), (other, False)):
        new = page(language, heading, "table", [*PARTIES[:2], ("Acme, Inc.", purpose)])
        (change,) = diff_documents(old, new).entries
        assert ("tracking_ads" in change.categories) is tracking, (purpose, change.categories)


# The words of DPAs for those a processor engages (subcontractors, sub-suppliers),
# one heading each per language; the twin heading over the same list names no party.
SUBCONTRACTOR_HEADINGS = [
    ("en", "Our subcontractors"), ("de", "Subunternehmer"), ("de", "Unterauftragnehmer"),
    ("de", "Liste der Unterauftragsverarbeiter"), ("fr", "Sous-traitance ultérieure"),
    ("nb", "Våre tjenesteleverandører"), ("nl", "Onderaannemers"),
    ("es", "Subcontratistas"), ("it", "Subfornitori"), ("sv", "Underleverantörer"),
    ("da", "Underleverandører"), ("pt", "Entidades subcontratadas"),
]  # fmt: skip
UNRELATED = {"en": "Our products", "de": "Unsere Produkte", "fr": "Nos produits",
             "nb": "Våre produkter", "nl": "Onze producten", "es": "Nuestros productos",
             "it": "I nostri prodotti", "sv": "Våra produkter", "da": "Vores produkter",
             "pt": "Os nossos produtos"}  # fmt: skip


@pytest.mark.parametrize(("language", "heading"), SUBCONTRACTOR_HEADINGS)
def test_a_subcontractors_heading_makes_a_list(language, heading):
    text = f"# Policy\n\n## {heading}\n\n{bullets(PARTIES, '')}"
    found = read_entries(ExtractedDocument(text=text, language=language)).entries
    assert [e.name for e in found] == [n for n, _ in PARTIES]
    twin = text.replace(heading, UNRELATED[language])
    assert read_entries(ExtractedDocument(text=twin, language=language)).entries == []
