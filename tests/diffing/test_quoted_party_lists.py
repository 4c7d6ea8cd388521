"""A list of parties written entirely in quotes is a list of parties, one entry too.

Per language, each in its own quotes (English "Stripe", German „Stripe“, French and
Norwegian « Stripe »): a list whose every item is quoted reads each as a party, and a
list of one such party added where there was none is one entry added. The twin, a list
of quoted terms defined ('„Verbundenes Unternehmen“: jede Gesellschaft, ...'), names
no party: its terms are topic words or open on a determiner.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import Section
from policywatch.diffing import diff_documents
from policywatch.diffing.entries import read_entries
from policywatch.extract import ExtractedDocument

# fmt: off
# language: (heading, lead, quoted party items, quoted definition items)
LISTS = {
    "en": ("Recipients of your personal data", "We share personal data with:",
           ['- "Stripe": payment processing (United States)', '- "Google": analytics'],
           ['- "Affiliate": any entity that controls Acme.',
            '- "Personal data": any information about a person.']),
    "de": ("Empfänger Ihrer personenbezogenen Daten", "Wir geben Daten weiter an:",
           ["- „Stripe“: Zahlungsabwicklung (USA)", "- „Google“: Analyse"],
           ["- „Verbundenes Unternehmen“: jede Gesellschaft, die Acme kontrolliert.",
            "- „Personenbezogene Daten“: alle Informationen über eine Person."]),
    "fr": ("Destinataires de vos données personnelles", "Nous partageons vos données avec :",
           ["- « Stripe » : traitement des paiements (États-Unis)", "- « Google » : analyse"],
           ["- « Société affiliée » : toute entité qui contrôle Acme.",
            "- « Données personnelles » : toute information sur une personne."]),
    "nb": ("Mottakere av personopplysningene dine", "Vi deler personopplysninger med:",
           ["- «Stripe»: betalingsbehandling (USA)", "- «Google»: analyse"],
           ["- «Tilknyttet selskap»: enhver enhet som kontrollerer Acme.",
            "- «Personopplysninger»: enhver opplysning om en person."]),
}
# fmt: on


def page(language: str, items: list[str]) -> ExtractedDocument:
    heading, lead, _, _ = LISTS[language]
    text = "\n".join([lead, *items])
    return ExtractedDocument(text=text, sections=[Section(2, heading, text)], language=language)


@pytest.mark.parametrize("language", sorted(LISTS))
def test_a_list_of_quoted_parties_is_read_and_quoted_definitions_are_not(language: str) -> None:
    _, _, parties, definitions = LISTS[language]
    assert [e.name for e in read_entries(page(language, parties)).entries] == ["Stripe", "Google"]
    assert read_entries(page(language, definitions)).entries == []


@pytest.mark.parametrize("language", sorted(LISTS))
def test_one_quoted_party_added_where_there_was_none_is_one_entry_added(language: str) -> None:
    _, _, parties, definitions = LISTS[language]
    added = diff_documents(page(language, []), page(language, parties[:1]))
    assert [(e.kind, e.new.name if e.new else "") for e in added.entries] == [("added", "Stripe")]
    assert "recipients" in added.categories, added.categories
    defined = diff_documents(page(language, []), page(language, definitions[:1]))
    assert defined.entries == [], [e.description for e in defined.entries]
