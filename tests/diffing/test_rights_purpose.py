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
from policywatch.diffing.filing import contact_category, rights_purpose

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


# fmt: off
# language: a negation of something else than the exercise (a fee, a reason, "without")
NOT_THE_EXERCISE = {
    "en": ["There is no fee to exercise your rights: email privacy@acme.example.",
           "You can, without charge, exercise your rights by writing to privacy@acme.example."],
    "nb": ["Det er ingen kostnad for å utøve rettighetene dine: skriv til personvern@acme.example.",
           "Du kan uten kostnad utøve rettighetene dine ved å skrive til personvern@acme.example."],
    "de": ["Es entstehen keine Kosten, um Ihre Rechte auszuüben: datenschutz@acme.example.",
           "Sie können jederzeit und ohne Kosten Ihre Rechte ausüben: datenschutz@acme.example."],
    "fr": ["Il n'y a aucun frais pour exercer vos droits: écrivez à dpo@acme.example.",
           "Vous pouvez, sans frais, exercer vos droits en écrivant à dpo@acme.example."],
}
# language: the exercise refused by one channel, the address after "only"/"but" the one
# to use; its twin refuses the channel of the address itself
INSTEAD = {
    "en": ("You can't exercise your rights by phone, only by e-mail at privacy@acme.example.",
           "You can't exercise your rights by e-mail at privacy@acme.example, only by post."),
    "nb": ("Du kan ikke utøve rettighetene dine per telefon, kun på e-post til "
           "personvern@acme.example.",
           "Du kan ikke utøve rettighetene dine på e-post til personvern@acme.example, "
           "kun per brev."),
    "de": ("Sie können Ihre Rechte nicht ausüben per Telefon, sondern nur per E-Mail an "
           "datenschutz@acme.example.",
           "Sie können Ihre Rechte nicht ausüben per E-Mail an datenschutz@acme.example, "
           "sondern nur per Brief."),
    "fr": ("Vous ne pouvez pas exercer vos droits par téléphone, uniquement par e-mail à "
           "dpo@acme.example.",
           "Vous ne pouvez pas exercer vos droits par e-mail à dpo@acme.example, uniquement "
           "par courrier."),
}
# language: other people's rights or another right (the same address, the reader's rights)
OTHERS = {
    "en": [("To enforce the rights of third parties, write to legal@acme.example.",
            "To enforce your rights, write to legal@acme.example."),
           ("To enforce your copyrights, write to legal@acme.example.",
            "To enforce any of the rights above, write to legal@acme.example.")],
    "nb": [("For å gjøre gjeldende opphavsrettigheter, skriv til juridisk@acme.example.",
            "For å gjøre gjeldende rettighetene dine, skriv til juridisk@acme.example."),
           ("For å utøve dine rettigheter til tredjeparter, skriv til juridisk@acme.example.",
            "For å utøve dine personvernrettigheter, skriv til juridisk@acme.example.")],
    "de": [("Um Ihre Urheberrechte geltend zu machen, schreiben Sie an recht@acme.example.",
            "Um Ihre Datenschutzrechte geltend zu machen, schreiben Sie an recht@acme.example."),
           ("Zur Geltendmachung der Rechte Dritter schreiben Sie an recht@acme.example.",
            "Zur Geltendmachung Ihrer Rechte schreiben Sie an recht@acme.example.")],
    "fr": [("Pour faire valoir les droits des tiers, écrivez à juridique@acme.example.",
            "Pour faire valoir vos droits, écrivez à juridique@acme.example."),
           ("Pour faire valoir vos droits d'auteur, écrivez à juridique@acme.example.",
            "Pour faire valoir l'un des droits ci-dessus, écrivez à juridique@acme.example.")],
}
# fmt: on


@pytest.mark.parametrize("language", sorted(NOT_THE_EXERCISE))
def test_a_negation_of_something_else_leaves_the_rights_channel(language: str) -> None:
    old = one_section(HOLDS[language], language)
    for sentence in NOT_THE_EXERCISE[language]:
        assert contact_category(sentence, {}, language) == "rights", sentence
        added = diff_documents(old, one_section(f"{HOLDS[language]} {sentence}", language))
        assert "rights" in added.categories, (sentence, added.categories)


@pytest.mark.parametrize("language", sorted(INSTEAD))
def test_the_channel_named_instead_of_a_refused_one_is_the_rights_channel(language: str) -> None:
    instead, refused = INSTEAD[language]
    assert contact_category(instead, {}, language) == "rights", instead
    assert contact_category(refused, {}, language) == "controller_contact", refused


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_other_peoples_rights_or_another_right_make_no_rights_channel(language: str) -> None:
    for others, own in OTHERS[language]:
        assert contact_category(others, {}, language) == "controller_contact", others
        assert contact_category(own, {}, language) == "rights", own
    # A whole diff too (the words "vos droits" alone are a rights topic in French, so
    # "vos droits d'auteur" is read there as the sentence's topic, not the address's).
    others = OTHERS[language][0][0]
    old = one_section(HOLDS[language], language)
    added = diff_documents(old, one_section(f"{HOLDS[language]} {others}", language))
    assert added.categories == ["controller_contact"], (others, added.categories)


def test_a_long_run_of_rights_words_is_read_in_linear_time() -> None:
    """No stem starts with a wildcard, so 200 kB of one glued word is read once (a
    pattern with a leading wildcard backtracks over it for minutes)."""
    glued = "Schreiben Sie an dpo@acme.example, um Ihre " + "rechte" * 33_000
    assert rights_purpose(glued, "de") == ""
    assert rights_purpose(f"{glued} um Ihre Rechte auszuüben", "de") == "rights"
