"""A permission the service gives itself is identified by what it permits.

"We may suspend your account if you break the rules." removed and "We may charge a
fee for paper invoices." added are two statements on fees and termination, not one
reworded: the change is material. Its twin: the same permission reworded around the
same action stays editorial.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.context import Context
from policywatch.diffing.stated import said

# fmt: off
# (heading, a sentence both versions have, a permission removed, another one added,
# the removed one reworded around the same action), per language.
PERMISSIONS = {
    "en": ("Your account", "You can use one account.",
           "We may suspend your account if you break the rules.",
           "We may charge a fee for paper invoices.",
           "We may suspend your account when you break the rules."),
    "nb": ("Kontoen din", "Du kan bruke én konto.",
           "Vi kan stenge kontoen din dersom du bryter reglene.",
           "Vi kan kreve et gebyr for papirfakturaer.",
           "Vi kan stenge kontoen din hvis du bryter reglene."),
    "de": ("Ihr Konto", "Sie können ein Konto nutzen.",
           "Wir können Ihr Konto sperren, wenn Sie gegen die Regeln verstoßen.",
           "Wir können eine Gebühr für Papierrechnungen erheben.",
           "Wir können Ihr Konto sperren, falls Sie gegen die Regeln verstoßen."),
    "fr": ("Votre compte", "Vous pouvez utiliser un compte.",
           "Nous pouvons suspendre votre compte si vous enfreignez les règles.",
           "Nous pouvons résilier votre abonnement en cas de retard de paiement.",
           "Nous pouvons suspendre votre compte lorsque vous enfreignez les règles."),
}
# fmt: on


def _doc(language: str, heading: str, text: str) -> ExtractedDocument:
    return ExtractedDocument(text=text, sections=[Section(2, heading, text)], language=language)


@pytest.mark.parametrize("language", sorted(PERMISSIONS))
def test_one_permission_swapped_for_another_is_material_reworded_is_not(language: str) -> None:
    heading, kept, removed, added, reworded = PERMISSIONS[language]
    kinds = {s.kind for s in said(added, Context(heading=heading, language=language))}
    assert "permission" in kinds, added
    old = _doc(language, heading, f"{kept} {removed}")
    swapped = diff_documents(old, _doc(language, heading, f"{kept} {added}"))
    assert (swapped.verdict, swapped.categories) == ("material", ["fees_termination"])
    twin = diff_documents(old, _doc(language, heading, f"{kept} {reworded}"))
    assert twin.verdict != "material"
