"""An address given "to exercise your rights" is a rights channel in every language.

Per language (``RIGHTS_PURPOSE`` in ``core/lexicon/subject_rights``, spelled from its
slots): a sentence adding an e-mail address or phone number to write to or call for
exercising one's rights is filed under rights, also when it names the controller's
contact ("our postal address", "kundeservice"); its twin, the same address given for
the contract or billing, stays the controller's contact. A negation just before the
purpose ("you cannot exercise your rights by e-mail at ...") makes no rights channel.
"""

from __future__ import annotations

import pytest

from policywatch.diffing import diff_documents
from policywatch.diffing.filing import contact_category

from .conftest import one_section

HOLDS = {
    "en": "Acme provides the service.",
    "nb": "Acme leverer tjenesten.",
    "de": "Acme erbringt den Dienst.",
    "fr": "Acme fournit le service.",
}
# fmt: off
# language: (the address given to exercise one's rights, the same given for billing)
PURPOSES = {
    "en": [("Write to privacy@acme.example to exercise your rights.",
            "Write to billing@acme.example about your contract and invoices."),
           ("Contact our customer service at +44 20 7946 0958 to exercise any of your rights.",
            "Contact our customer service at +44 20 7946 0958 about your invoices.")],
    "nb": [("Skriv til privacy@acme.example for å utøve rettighetene dine.",
            "Skriv til faktura@acme.example om avtalen og fakturaene dine."),
           ("Kontakt kundeservice på +47 22 33 44 55 for å utøve dine rettigheter.",
            "Kontakt kundeservice på +47 22 33 44 55 om fakturaene dine.")],
    "de": [("Schreiben Sie an privacy@acme.example, um Ihre Rechte auszuüben.",
            "Schreiben Sie an rechnung@acme.example zu Ihrem Vertrag und Ihren Rechnungen."),
           ("Kontaktieren Sie unseren Kundenservice unter +49 30 1234567, um Ihre Rechte "
            "geltend zu machen.",
            "Kontaktieren Sie unseren Kundenservice unter +49 30 1234567 zu Ihren Rechnungen.")],
    "fr": [("Écrivez à privacy@acme.example pour exercer vos droits.",
            "Écrivez à facturation@acme.example au sujet de votre contrat et de vos factures."),
           ("Contactez notre service client au +33 1 23 45 67 89 pour exercer l'un de vos "
            "droits.",
            "Contactez notre service client au +33 1 23 45 67 89 au sujet de vos factures.")],
}
# fmt: on
CASES = [(lang, *case) for lang, cases in PURPOSES.items() for case in cases]


@pytest.mark.parametrize(("language", "rights", "billing"), CASES)
def test_an_address_to_exercise_your_rights_is_filed_under_rights(
    language: str, rights: str, billing: str
) -> None:
    old = one_section(HOLDS[language], language)
    added = diff_documents(old, one_section(f"{HOLDS[language]} {rights}", language))
    assert "rights" in added.categories, added.categories
    assert "controller_contact" not in added.categories, added.categories
    contract = diff_documents(old, one_section(f"{HOLDS[language]} {billing}", language))
    assert contract.categories == ["controller_contact"], contract.categories


# language: a purpose clause standing in its own sentence, before the billing address
ELSEWHERE = {
    "en": "Read section 5 to exercise your rights.",
    "nb": "Les punkt 5 for å utøve rettighetene dine.",
    "de": "Lesen Sie Abschnitt 5, um Ihre Rechte auszuüben.",
    "fr": "Lisez la section 5 pour exercer vos droits.",
}


@pytest.mark.parametrize("language", sorted(PURPOSES))
def test_the_purpose_counts_only_in_the_clause_that_gives_the_address(language: str) -> None:
    rights, billing = PURPOSES[language][0]
    assert contact_category(rights, {}, language) == "rights"
    assert contact_category(f"{ELSEWHERE[language]} {billing}", {}, language) == (
        "controller_contact"
    )


# fmt: off
# language: purpose clauses the per-language table spells (a quantifier, a kind of right,
# a compound rights word), each with its address; then the same clause negated.
SPELLED = {
    "en": ["Write to privacy@acme.example if you would like to make use of any of your data "
           "protection rights.",
           "Call +44 20 7946 0958 to exercise each of the rights listed above."],
    "nb": ["Skriv til privacy@acme.example for å utøve noen av dine rettigheter.",
           "Ring +47 22 33 44 55 for å benytte deg av personvernrettighetene dine."],
    "de": ["Schreiben Sie an privacy@acme.example, um eines Ihrer Rechte auszuüben.",
           "Schreiben Sie an privacy@acme.example, um Ihre Datenschutzrechte auszuüben."],
    "fr": ["Écrivez à privacy@acme.example pour exercer l'un quelconque de vos droits.",
           "Appelez le +33 1 23 45 67 89 pour l'exercice de l'un des droits ci-dessus."],
}
NEGATED = {
    "en": "You cannot exercise your rights by e-mail at privacy@acme.example.",
    "nb": "Du kan ikke utøve rettighetene dine ved å skrive til privacy@acme.example.",
    "de": "Eine E-Mail an privacy@acme.example genügt nicht, um Ihre Rechte auszuüben.",
    "fr": "Vous ne pouvez pas exercer vos droits en écrivant à privacy@acme.example.",
}
# fmt: on


@pytest.mark.parametrize("language", sorted(SPELLED))
def test_a_purpose_clause_is_read_from_its_parts_in_every_language(language: str) -> None:
    old = one_section(HOLDS[language], language)
    for sentence in SPELLED[language]:
        assert contact_category(sentence, {}, language) == "rights", sentence
        added = diff_documents(old, one_section(f"{HOLDS[language]} {sentence}", language))
        assert "controller_contact" not in added.categories, (sentence, added.categories)


@pytest.mark.parametrize("language", sorted(NEGATED))
def test_a_negated_purpose_makes_no_rights_channel(language: str) -> None:
    sentence = NEGATED[language]
    assert contact_category(sentence, {}, language) == "controller_contact", sentence
    old = one_section(HOLDS[language], language)
    added = diff_documents(old, one_section(f"{HOLDS[language]} {sentence}", language))
    assert "controller_contact" in added.categories, added.categories
