"""Identity and contact: a different party is material, the same one described anew is not."""

from __future__ import annotations

from policywatch.core.model import ExtractedDocument
from policywatch.diffing import diff_documents
from policywatch.diffing.classify import judge
from policywatch.diffing.sentences import Unit
from policywatch.diffing.words import word_ops

CONTACT = "Contact our data protection officer"


def edit(old: str, new: str, heading: str | None = CONTACT) -> tuple[str, list[str]]:
    j = judge(Unit(old, new, word_ops(old, new)), heading)
    return j.verdict, [r.category for r in j.reasons]


def test_another_dpo_or_address_is_material():
    assert edit(
        "Our DPO is Jane Roe, dpo@acme.example.", "Our DPO is John Doe, dpo@acme.example."
    ) == (
        "material",
        ["controller_contact"],
    )
    verdict, cats = edit("Write to privacy@acme.example.", "Write to legal@acme.example.")
    assert verdict == "material" and cats == ["controller_contact"]


def test_the_same_entity_described_more_fully_is_not_material():
    old = "The controller is Acme Ltd."
    new = "The controller is Acme Ltd, company number 12345678, registered office London."
    assert edit(old, new, "Who we are")[0] in {"editorial", "cosmetic"}
    # The same agreement, named another way (read-the-docs v02 -> v03).
    old = "This list supplements our Data Processing Agreement."
    assert edit(old, old.replace("Agreement", "Addendum"), "Sub-processors")[0] == "editorial"


def test_an_obfuscated_address_shown_again_is_cosmetic():
    old = "Write to our DPO at [email protected] with any question."
    new = "Write to our DPO at dpo@acme.example with any question."
    assert edit(old, new)[0] == "cosmetic"


def test_a_change_notice_is_not_a_change_of_substance():
    notice = "We added more detail about how we use cookies and your rights."
    assert judge(Unit(None, notice, []), "Updates").verdict == "editorial"
    assert judge(
        Unit(None, "Nous avons précisé les durées de conservation.", []), None
    ).verdict != ("material")
    # A real new promise in the same words is still material.
    real = "We added advertising cookies from our partners and sell your personal data."
    assert judge(Unit(None, real, []), "Cookies").verdict == "material"


def test_brand_renamed_throughout_is_editorial():
    old = ExtractedDocument(
        text="\n\n".join(
            [
                "Parship processes your data to run the service.",
                "Parship stores messages on servers in Germany.",
                "You can close your Parship account at any time.",
                "When you use the Parship platform we check your IP address for fraud.",
            ]
        )
    )
    new = ExtractedDocument(
        text="\n\n".join(
            [
                "eharmony processes your data to run the service.",
                "eharmony stores messages on servers in Germany.",
                "You can close your eharmony account at any time.",
                "When you use the platform we check your IP address for fraud.",
            ]
        )
    )
    assert diff_documents(old, new).verdict == "editorial"
