"""Facts and categories read from a word in another sense, one table each (issue 13u).

- a supervisory authority's e-mail address that a version drops is where to complain
  (rights), as its sentence says; the DPO's is the controller's contact. The fact
  (``contact_email``) is filed by the rule sentences follow,
  :func:`policywatch.diffing.filing.contact_category`.

Each table has, per language (at least en, nb, de, fr), the sense the category means
and its negative twin.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing.facts import compare_facts, extract_facts

KEPT = {
    "en": "This notice explains how the service works.",
    "nb": "Denne erklæringen forklarer hvordan tjenesten virker.",
    "de": "Diese Erklärung beschreibt, wie der Dienst funktioniert.",
    "fr": "Cette déclaration explique le fonctionnement du service.",
}
# fmt: off
# (a supervisory authority's address, its twin: the DPO's address), per language.
ADDRESSES = {
    "en": ("You can also contact the Information Commissioner's Office at casework@ico.org.uk.",
           "You can contact our data protection officer at dpo@acme.example."),
    "nb": ("Du kan også kontakte Datatilsynet på postkasse@datatilsynet.no.",
           "Du kan også kontakte personvernombudet vårt på dpo@acme.example."),
    "de": ("Sie können sich auch an die Datenschutzbehörde wenden: poststelle@bfdi.bund.de.",
           "Sie erreichen unseren Datenschutzbeauftragten unter dpo@acme.example."),
    "fr": ("Vous pouvez aussi écrire à la CNIL : plaintes@cnil.fr.",
           "Vous pouvez aussi écrire à notre délégué : dpo@acme.example."),
}
# fmt: on


def _doc(*sentences: str) -> ExtractedDocument:
    return ExtractedDocument(text="", sections=[Section(2, "Kontakt", " ".join(sentences))])


def _dropped(language: str, sentence: str) -> set[str]:
    """The categories of the fact changes when a version drops ``sentence``."""
    old = extract_facts(_doc(KEPT[language], sentence))
    new = extract_facts(_doc(KEPT[language]))
    return {c.category for c in compare_facts(old, new, language) if c.kind == "contact_email"}


@pytest.mark.parametrize("language", sorted(ADDRESSES))
def test_an_authoritys_address_dropped_is_a_right_the_dpos_the_controllers_contact(
    language: str,
) -> None:
    authority, dpo = ADDRESSES[language]
    assert _dropped(language, authority) == {"rights"}
    assert _dropped(language, dpo) == {"controller_contact"}
