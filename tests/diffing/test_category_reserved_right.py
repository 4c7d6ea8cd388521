"""A right the service reserves itself ("we reserve the right to refuse an order", "Acme
se réserve le droit d'annuler", with adverbs between: "réservons, à tout moment, le
droit") is no data subject's right (NOT_WORDS), in en, nb, de, fr; its twin,
the same sentence giving the user the right, is (core/lexicon/category_words.py, the
rights row).
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents

# fmt: off
# (language, heading, section text, the service reserving a right, the user given it)
ORDERS = [
    ("en", "Orders", "You can order products in the app. We deliver within a week.",
     "We reserve the right to refuse any order.",
     "You have the right to refuse any order."),
    ("nb", "Bestillinger", "Du kan bestille produkter i appen. Vi leverer innen en uke.",
     "Vi forbeholder oss retten til å avvise enhver bestilling.",
     "Du har rett til å avvise enhver bestilling."),
    ("de", "Bestellungen", "Sie können Produkte in der App bestellen. Wir liefern in einer Woche.",
     "Wir behalten uns das Recht vor, jede Bestellung abzulehnen.",
     "Sie haben ein Recht auf Ablehnung jeder Bestellung."),
    ("fr", "Commandes", "Vous pouvez commander des produits dans l'application.",
     "Nous nous réservons le droit d'annuler toute commande.",
     "Vous avez le droit d'annuler toute commande."),
    ("fr", "Commandes", "Vous pouvez commander des produits dans l'application.",
     "Acme se réserve le droit d'annuler toute commande.",
     "Le Membre a le droit d'annuler toute commande."),
    # Room for a subject, an adverb, a phrase between "reserve" and the right.
    ("en", "Orders", "You can order products in the app. We deliver within a week.",
     "Acme expressly reserves, at any time, the right to refuse any order.",
     "You have, at any time, the right to refuse any order."),
    ("nb", "Bestillinger", "Du kan bestille produkter i appen. Vi leverer innen en uke.",
     "Acme forbeholder seg rett til å avvise enhver bestilling.",
     "Du har alltid rett til å avvise enhver bestilling."),
    ("de", "Bestellungen", "Sie können Produkte in der App bestellen. Wir liefern in einer Woche.",
     "Wir behalten uns ein Recht auf Ablehnung jeder Bestellung vor.",
     "Sie haben jederzeit ein Recht auf Ablehnung jeder Bestellung."),
    ("fr", "Commandes", "Vous pouvez commander des produits dans l'application.",
     "Les Parties se réservent le droit d'annuler toute commande.",
     "Les Membres ont le droit d'annuler toute commande."),
    ("fr", "Commandes", "Vous pouvez commander des produits dans l'application.",
     "Acme se réserve également le droit d'annuler toute commande.",
     "Vous avez également le droit d'annuler toute commande."),
    ("fr", "Commandes", "Vous pouvez commander des produits dans l'application.",
     "Nous nous réservons, à tout moment, le droit d'annuler toute commande.",
     "Vous avez, à tout moment, le droit d'annuler toute commande."),
]
# fmt: on


def _added(language: str, heading: str, text: str, sentence: str) -> list[str]:
    old = ExtractedDocument(text=text, sections=[Section(1, heading, text)], language=language)
    both = f"{text} {sentence}"
    new = ExtractedDocument(text=both, sections=[Section(1, heading, both)], language=language)
    return diff_documents(old, new).categories


@pytest.mark.parametrize(("language", "heading", "text", "reserved", "_given"), ORDERS)
def test_a_right_the_service_reserves_is_no_data_subject_right(
    language: str, heading: str, text: str, reserved: str, _given: str
) -> None:
    assert "rights" not in _added(language, heading, text, reserved)


@pytest.mark.parametrize(("language", "heading", "text", "_reserved", "given"), ORDERS)
def test_a_right_given_to_the_user_is_one(
    language: str, heading: str, text: str, _reserved: str, given: str
) -> None:
    assert _added(language, heading, text, given) == ["rights"]
