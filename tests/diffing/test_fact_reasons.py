"""A changed fact (retention period, sub-processor, country...) is a material reason."""

from __future__ import annotations

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents

# Seed 002 (Faveo Helpdesk, Norwegian), its retention sentence.
FAVEO = (
    "Vi vil beholde dine data etter behov for å overholde våre juridiske forpliktelser. "
    "Vi sletter alle dataene dine ved utløpet av {n} dager etter oppsigelsen av kontoen din, "
    "med mindre annet er forbudt i henhold til gjeldende lov."
)


def doc(text: str, heading: str = "Oppbevaring av data") -> ExtractedDocument:
    return ExtractedDocument(text=f"## {heading}\n\n{text}", sections=[Section(2, heading, text)])


def test_changed_fact_adds_the_category_the_wording_signals_miss():
    # The wording signals see a country swapped (transfers); only the fact reader
    # knows the sentence names the governing law.
    old = doc("This agreement is governed by the laws of Norway.", "Governing law")
    new = doc("This agreement is governed by the laws of the State of California.", "Governing law")
    result = diff_documents(old, new)
    assert result.verdict == "material"
    law = [r for r in result.reasons if r.category == "law_liability"]
    assert law and "Norway" in law[0].explanation, result.reasons


def test_a_fact_change_already_explained_by_the_wording_is_not_repeated():
    result = diff_documents(doc(FAVEO.format(n=14)), doc(FAVEO.format(n=180)))
    assert result.verdict == "material"
    assert [r.category for r in result.reasons].count("retention") == 1


def test_unchanged_facts_add_no_reason():
    old = doc(FAVEO.format(n=14))
    new = doc(FAVEO.format(n=14).replace("Vi vil beholde", "Vi beholder"))
    result = diff_documents(old, new)
    assert not [r for r in result.reasons if "no longer states" in r.explanation]
