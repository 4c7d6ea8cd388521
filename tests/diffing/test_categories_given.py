"""A sentence that states a fact gives that fact's category, not every topic word it holds
(diffing/categories_given.py), in en, nb, de, fr, each with its twin:

- a retention period for the security logs is retention; the same sentence without the
  period still names security logs the section never named (retention and security);
- a period for a kind of data the section never named keeps data_categories: the kind of
  data is what the fact concerns, not a word lent to it.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.categories_given import given
from policywatch.diffing.stated import Statement

# fmt: off
# A section about the account, then the sentence added to it: with a period, and without.
ACCOUNT = {
    "en": ("Your account",
           "You can close your account in the settings. We answer questions by e-mail.",
           "We keep the security logs of your account for 90 days.",
           "We keep the security logs of your account."),
    "nb": ("Kontoen din",
           "Du kan avslutte kontoen din i innstillingene. Vi svarer på spørsmål på e-post.",
           "Vi lagrer sikkerhetsloggene for kontoen din i 90 dager.",
           "Vi lagrer sikkerhetsloggene for kontoen din."),
    "de": ("Ihr Konto",
           "Sie können Ihr Konto in den Einstellungen schließen. Wir antworten per E-Mail.",
           "Wir speichern die Sicherheitsprotokolle Ihres Kontos für 90 Tage.",
           "Wir speichern die Sicherheitsprotokolle Ihres Kontos."),
    "fr": ("Votre compte",
           "Vous pouvez fermer votre compte dans les paramètres. Nous répondons par e-mail.",
           "Nous conservons les journaux de sécurité de votre compte pendant 90 jours.",
           "Nous conservons les journaux de sécurité de votre compte."),
}
# A period for a kind of data (biometric) the section never named.
BIOMETRIC = {
    "en": "We keep your biometric data for 90 days.",
    "nb": "Vi lagrer biometriske opplysninger om deg i 90 dager.",
    "de": "Wir speichern Ihre biometrischen Daten für 90 Tage.",
    "fr": "Nous conservons vos données biométriques pendant 90 jours.",
}
# fmt: on


def _added(language: str, heading: str, text: str, sentence: str) -> list[str]:
    old = ExtractedDocument(text=text, sections=[Section(1, heading, text)], language=language)
    both = f"{text} {sentence}"
    new = ExtractedDocument(text=both, sections=[Section(1, heading, both)], language=language)
    result = diff_documents(old, new)
    assert result.verdict == "material", (language, sentence, result.summary)
    return result.categories


@pytest.mark.parametrize("language", sorted(ACCOUNT))
def test_a_period_files_its_sentence_under_one_category(language: str) -> None:
    heading, text, with_period, _ = ACCOUNT[language]
    assert _added(language, heading, text, with_period) == ["retention"]


@pytest.mark.parametrize("language", sorted(ACCOUNT))
def test_without_a_fact_its_topic_words_give_their_categories(language: str) -> None:
    heading, text, _, without = ACCOUNT[language]
    assert sorted(_added(language, heading, text, without)) == ["retention", "security"]


@pytest.mark.parametrize("language", sorted(BIOMETRIC))
def test_the_kind_of_data_a_fact_concerns_keeps_its_category(language: str) -> None:
    heading, text, _, _ = ACCOUNT[language]
    categories = _added(language, heading, text, BIOMETRIC[language])
    assert sorted(categories) == ["data_categories", "retention"]


def test_a_decided_category_is_never_dropped() -> None:
    # A negation is a statement of its own category, not a word lent to a fact.
    period = Statement("period", "30d", "retention", "30 days")
    negation = Statement("negation", "sale_sharing", "sale_sharing", "not")
    lent = Statement("topic", "cookie", "tracking_ads", "cookie")
    assert given([period, negation, lent]) == {"retention", "sale_sharing"}
    assert given([negation, lent]) == {"sale_sharing", "tracking_ads"}


# fmt: off
# A fact suppresses the other categories of its own clause only: a second clause (after
# "and" + a verb, a comma + a subject) states its own. (language, sentence with two
# clauses, the category its second clause keeps, the twin in one clause.)
TWO_CLAUSES = {
    "en": ("We use cookies for advertising and keep them for 13 months.",
           "Advertising cookies are kept for 13 months."),
    "nb": ("Vi bruker informasjonskapsler til annonsering og lagrer dem i 13 måneder.",
           "Informasjonskapsler for annonsering lagres i 13 måneder."),
    "de": ("Wir verwenden Cookies für Werbung und speichern sie 13 Monate lang.",
           "Cookies für Werbung werden 13 Monate lang gespeichert."),
    "fr": ("Nous utilisons des cookies publicitaires et les conservons pendant 13 mois.",
           "Les cookies publicitaires sont conservés pendant 13 mois."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(TWO_CLAUSES))
def test_a_second_clause_keeps_its_own_category(language: str) -> None:
    heading, text, *_ = ACCOUNT[language]
    two, one = TWO_CLAUSES[language]
    assert {"retention", "tracking_ads"} <= set(_added(language, heading, text, two))
    assert "tracking_ads" not in _added(language, heading, text, one)


def test_a_complaint_after_a_transfer_and_an_objection_by_letter_keep_rights() -> None:
    heading, text, *_ = ACCOUNT["en"]
    complaint = (
        "Your data is processed in the United States, and you may lodge a complaint "
        "with a supervisory authority."
    )
    assert "rights" in _added("en", heading, text, complaint)
    objection = "You may object to profiling for direct marketing by writing to privacy@acme.com."
    assert "rights" in _added("en", heading, text, objection)
    # Twin: one clause, a contact given for something else states no right (an
    # address given "to exercise your rights" is a rights channel: test_rights_purpose).
    assert "rights" not in _added(
        "en", heading, text, "Write to billing@acme.com about your invoices."
    )
