"""Each signal on real sentences from the dev corpus (old and new side of a real change)."""

from __future__ import annotations

from policywatch.core.lexicon.countries import countries_in
from policywatch.diffing import signals as sig
from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

# happn privacy policy, v02 -> v03: inactive-account retention.
HAPPN_OLD = "your account will be deleted after one year of inactivity"
HAPPN_NEW = "your account will be deleted after 24 months of inactivity"


def test_periods_read_digits_and_number_words() -> None:
    assert sig.periods(key("retained for 30 days, then 24 months")) == ["30 days", "24 months"]
    assert sig.periods(key("lagres i 3 måneder"), "nb") == ["3 måneder"]
    assert sig.periods(key(HAPPN_NEW)) == ["24 months"]


def test_cross_references_are_not_quantities() -> None:
    # github terms v04 -> v05: "Section D.7" became "Section D.1" (a cross-reference).
    assert sig.numbers(key("as described in Section D.7 below")) == []
    assert sig.numbers(key("within 72 hours")) == ["72"]


def test_negation_counts_catch_a_dropped_promise() -> None:
    # bumble privacy v02 -> v03 drops "We do not sell your personal data".
    assert sig.negations(key("We do not sell your personal data.")) == {"not": 1}
    assert sig.negations(key("We don't sell it and never will.")) == {"not": 1, "never": 1}
    assert not sig.negations(key("We sell your personal data."))
    assert sig.negations(key("Vi deler ikke opplysningene"), "nb") == {"ikke": 1}
    assert sig.negations(key("Nous ne vendons pas vos données"), "fr") == {"ne": 1, "pas": 1}


def test_modals() -> None:
    assert sig.modals(key("We will notify you")) == {"will": 1}
    assert sig.modals(key("We may notify you")) == {"may": 1}


def test_dates_are_stripped_in_every_corpus_format() -> None:
    for text, language in (
        ("Dernière mise à jour : 18.09.2024", "fr"),
        ("Effective 24 February 2025", "en"),
        ("Effective February 24, 2025", None),
        ("Last Updated: 3/11/2025", "en"),
        ("Stand: 18. März 2025", "de"),
        ("Sist endret: 02.10.2019", "nb"),
        ("Ostatnia aktualizacja: 3 marca 2025", "pl"),
    ):
        rest, found = sig.strip_dates(text, language)
        assert found, text
        assert not any(ch.isdigit() for ch in rest), rest


def test_contacts_find_emails_and_phone_numbers() -> None:
    # fagforbundet privacy v05 -> v06: a new phone number for the DPO.
    assert "23064000" in sig.contacts("Ring oss på 23 06 40 00.")
    assert sig.contacts("[privacypolicy@parship.fr](mailto:privacypolicy@parship.fr)") == {
        "privacypolicy@parship.fr"
    }
    assert not sig.contacts("Dernière mise à jour : 18.09.2024")


def test_names_of_organisations_and_people() -> None:
    # parship privacy v03 -> v04: the DPO changed.
    assert "Thomas Scheffel" in sig.names("Dr. Thomas Scheffel, privacypolicy@parship.fr (e-mail)")
    assert "Microsoft Azure" in sig.names("Sub-processors: Microsoft Azure, Cloud Infrastructure")
    assert "June" not in sig.names("Last updated on 1 June 2022")


def test_topic_lexicons_in_four_languages() -> None:
    assert "sale_sharing" in topics(key("We do not sell your personal data"))
    assert "retention" in topics(key("Vi lagrer opplysningene så lenge du er medlem"))
    assert "children" in topics(key("Vous devez avoir 18 ans ou l'âge de la majorité"))
    assert "controller_contact" in topics(key("Unser Datenschutzbeauftragter ist erreichbar"))
    assert "tracking_ads" in topics(key("Google Analytics cookies and Google Tag Manager"))
    assert "transfers" in topics(key("the EU-U.S. Data Privacy Framework"))


def test_countries_come_from_cldr() -> None:
    assert countries_in("User support South Africa Products: All Products", "en") == {"ZA"}
    assert countries_in("Azure, United States and Canada", "en") == {"US", "CA"}
    assert countries_in("hébergées aux États-Unis, hors de l'EEE", "fr") == {"US", "EEA"}
    assert countries_in("Server in den USA und der Schweiz", "de") == {"US", "CH"}
    # "us" the pronoun is not the country; "Georgia" is too often a US state.
    assert countries_in("Contact us in Georgia", "en") == set()
