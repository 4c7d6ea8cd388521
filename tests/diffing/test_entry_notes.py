"""A bullet "Name (Europe): purpose (Ireland)" (issue 13z): the bracket after the name
says where the party is, the text after the ':' what it does, and the closing bracket
where it processes; the item is not cut at its first "(" (which made "Europe):
Payments (Ireland" its purpose). Twin: "Name: purpose (including X)" keeps its
bracket in the purpose, and X changed is a purpose change, never a move.
en, nb, de, fr, with each language's place names.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing import diff_documents
from policywatch.diffing.entries import read_entries

# fmt: off
# heading, (Europe, Ireland, Germany), purpose, (including X, including Y)
WORDS = {
    "en": ("Sub-processors", ("Europe", "Ireland", "Germany"), "Payments",
           ("including fraud screening", "including chargebacks")),
    "nb": ("Underdatabehandlere", ("Europa", "Irland", "Tyskland"), "Betaling",
           ("inkludert svindelkontroll", "inkludert tilbakeføringer")),
    "de": ("Unterauftragsverarbeiter", ("Europa", "Irland", "Deutschland"), "Zahlungen",
           ("einschließlich Betrugsprüfung", "einschließlich Rückbuchungen")),
    "fr": ("Sous-traitants ultérieurs", ("Europe", "Irlande", "Allemagne"), "Paiements",
           ("y compris la détection des fraudes", "y compris les rétrofacturations")),
}
# fmt: on
OTHERS = ["- Zendesk, Inc.: Support\n", "- Acme GmbH: Hosting\n"]


def _page(language: str, item: str) -> ExtractedDocument:
    heading = WORDS[language][0]
    return ExtractedDocument(text=f"# {heading}\n\n{''.join(OTHERS)}- {item}\n", language=language)


def _stripe(language: str, item: str) -> tuple[str, str, frozenset[str]]:
    """Stripe's name, purpose and the places (CLDR codes) of its location."""
    entries = read_entries(_page(language, item), "subprocessors").entries
    return next((e.name, e.purpose, e.countries) for e in entries if e.name.startswith("Stripe"))


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_place_after_the_name_and_one_after_the_purpose_are_both_locations(
    language: str,
) -> None:
    _, (europe, ireland, germany), purpose, _ = WORDS[language]
    item = f"Stripe, Inc. ({europe}): {purpose} ({ireland})"
    # Europe is CLDR's region 150 in every language (not Southern Europe, 039).
    assert _stripe(language, item) == ("Stripe, Inc.", purpose, frozenset({"150", "IE"}))
    # Processing moved to Germany: the location changed, not the purpose.
    moved = f"Stripe, Inc. ({europe}): {purpose} ({germany})"
    result = diff_documents(_page(language, item), _page(language, moved), doc_type="subprocessors")
    assert result.material and "transfers" in result.categories
    assert [c.fields for c in result.entries] == [("location",)]


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_bracket_after_the_purpose_that_names_no_place_stays_the_purpose(
    language: str,
) -> None:
    _, _, purpose, (including, other) = WORDS[language]
    item = f"Stripe, Inc.: {purpose} ({including})"
    assert _stripe(language, item) == ("Stripe, Inc.", f"{purpose} ({including})", frozenset())
    changed = f"Stripe, Inc.: {purpose} ({other})"
    result = diff_documents(
        _page(language, item), _page(language, changed), doc_type="subprocessors"
    )
    assert result.material and "purposes" in result.categories
    assert [c.fields for c in result.entries] == [("purpose",)]


@pytest.mark.parametrize("separator", [":", " –", " -"])
@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_paragraph_name_with_its_legal_form_then_a_separator(
    language: str, separator: str
) -> None:
    """'Acme Group Ltd: Payments' as a paragraph of a list: the ':' (or dash) after the
    legal form is neither the name's nor the purpose's (the name was 'Acme Group', the
    purpose 'Ltd: Payments'). Twin: a dash inside the purpose stays in it."""
    heading, _, purpose, _ = WORDS[language]

    def parties(last: str) -> list[tuple[str, str]]:
        lines = [f"Zendesk, Inc.{separator} Support", f"Okta, Inc.{separator} Login", last]
        doc = ExtractedDocument(text=f"# {heading}\n\n" + "\n\n".join(lines), language=language)
        return [(e.name, e.purpose) for e in read_entries(doc, "subprocessors").entries]

    kept = [("Zendesk, Inc.", "Support"), ("Okta, Inc.", "Login")]
    assert parties(f"Acme Group Ltd{separator} {purpose}") == [*kept, ("Acme Group Ltd", purpose)]
    inner = f"{purpose} - API"
    assert parties(f"Acme Group Ltd{separator} {inner}") == [*kept, ("Acme Group Ltd", inner)]
