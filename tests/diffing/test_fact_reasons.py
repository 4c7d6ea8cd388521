"""A changed fact (retention period, sub-processor, country...) is a material reason."""

from __future__ import annotations

from policywatch.crawler.extract.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents

# Seed 002 (Faveo Helpdesk, Norwegian), its retention sentence.
FAVEO = (
    "Vi vil beholde dine data etter behov for å overholde våre juridiske forpliktelser. "
    "Vi sletter alle dataene dine ved utløpet av {n} dager etter oppsigelsen av kontoen din, "
    "med mindre annet er forbudt i henhold til gjeldende lov."
)


def doc(text: str, heading: str = "Oppbevaring av data") -> ExtractedDocument:
    return ExtractedDocument(text=f"## {heading}\n\n{text}", sections=[Section(2, heading, text)])


def test_changed_retention_fact_is_a_material_reason():
    result = diff_documents(doc(FAVEO.format(n=14)), doc(FAVEO.format(n=180)))
    assert result.verdict == "material"
    assert "retention" in result.categories
    fact = [r for r in result.reasons if "no longer states" in r.explanation]
    assert fact, result.reasons
    assert "14 dager" in fact[0].explanation and "180 dager" in fact[0].explanation


def test_unchanged_facts_add_no_reason():
    old = doc(FAVEO.format(n=14))
    new = doc(FAVEO.format(n=14).replace("Vi vil beholde", "Vi beholder"))
    result = diff_documents(old, new)
    assert not [r for r in result.reasons if "no longer states" in r.explanation]
