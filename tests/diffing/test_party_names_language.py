"""A company's first word is read against the page language's function words and
determiners only (diffing/party_names.py ``opens_sentence``): "Dine" (nb "your") opens a
name on an English page, "Tal" (es "such") on a German one; and a name that ends in a
legal form is a name whatever its first word ("Vår Energi ASA", "Many Ltd", "Viele
GmbH", "Quel Technologies SAS"). Twins: the page language's own determiner before a
bare noun still opens a note, no party.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing import diff_documents

PARTIES = [
    "- Stripe, Inc.: Payments (United States)",
    "- Zendesk, Inc.: Support (United States)",
    "- Twilio Inc.: SMS (United States)",
]
# fmt: off
# (language, an item naming a company, the name read)
COMPANIES = [
    ("en", "- Dine Brands Global, Inc.: Catering (United States)", "Dine Brands Global, Inc."),
    ("en", "- Many Ltd: Analytics (United States)", "Many Ltd"),
    ("nb", "- Vår Energi ASA: Energi (Norge)", "Vår Energi ASA"),
    ("de", "- Viele GmbH: Hosting (Deutschland)", "Viele GmbH"),
    ("de", "- Tal Systems Ltd: Hosting (Irland)", "Tal Systems Ltd"),
    ("fr", "- Quel Technologies SAS: Hébergement (France)", "Quel Technologies SAS"),
    ("es", "- Tal Systems Ltd: Alojamiento (Irlanda)", "Tal Systems Ltd"),
]
# (language, an item opened by the page language's determiner: a note, no party)
NOTES = [
    ("en", "- Many Sub-processors: see the annex"),
    ("nb", "- Våre Underleverandører: se vedlegget"),
    ("de", "- Viele Unterauftragsverarbeiter: siehe Anhang"),
    ("fr", "- Quelques Sous-traitants: voir l'annexe"),
]
# fmt: on


def _added(language: str, item: str) -> tuple[str, list[str]]:
    def page(items: list[str]) -> ExtractedDocument:
        body = "# Sub-processors\n\n## Our sub-processors\n\n" + "\n".join(items) + "\n"
        return ExtractedDocument(text=body, language=language)

    result = diff_documents(page(PARTIES), page([*PARTIES, item]), doc_type="subprocessors")
    return result.verdict, [c.describe() for c in result.entries]


@pytest.mark.parametrize("case", COMPANIES, ids=[f"{c[0]}-{c[2]}" for c in COMPANIES])
def test_a_name_is_read_in_its_page_language(case: tuple[str, str, str]) -> None:
    language, item, name = case
    verdict, described = _added(language, item)
    assert verdict == "material"
    assert [d.split(" (")[0] for d in described] == [f"added: {name}"]


@pytest.mark.parametrize("case", NOTES, ids=[c[0] for c in NOTES])
def test_the_page_languages_determiner_opens_no_party(case: tuple[str, str]) -> None:
    language, item = case
    assert _added(language, item)[1] == []
