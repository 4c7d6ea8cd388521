"""A period with no number, the contract's term, is a retention fact; a cookie's is not.

Per language (``CONTRACT_TERM`` in ``core/lexicon/periods``): a purpose:period row
"Performing the contract, storing your account data: for the duration of the contract"
states a retention fact, the contract's term; its twin, the data kept for the duration
of a session, states none. A cookie table row whose lifetime is the contract's term
stays no retention fact, the same row in a table of data kept gives one.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing.facts import compare_facts, extract_facts

# fmt: off
# language: (the purpose:period row, the same kept for a session,
#            a cookie table header, a data table header, a row kept for the contract)
ROWS = {
    "en": ("Performing the contract, storing your account data: for the duration of the "
           "contract",
           "Performing the contract, storing your account data: for the duration of your "
           "session",
           "| Name | Purpose | Duration |", "| Data category | Purpose | Retention period |",
           "| login | Stores your login | For the duration of the contract |"),
    "nb": ("Oppfylle avtalen, lagre kontodataene dine: så lenge avtalen varer",
           "Oppfylle avtalen, lagre kontodataene dine: så lenge økten varer",
           "| Navn | Formål | Varighet |", "| Datakategori | Formål | Lagringstid |",
           "| login | Lagrer innloggingen din | Så lenge avtalen varer |"),
    "de": ("Vertragserfüllung, Speicherung Ihrer Kontodaten: für die Dauer des Vertrages",
           "Vertragserfüllung, Speicherung Ihrer Kontodaten: für die Dauer der Sitzung",
           "| Cookie-Name | Zweck | Speicherdauer |", "| Datenkategorie | Zweck | Speicherdauer |",
           "| login | Speichert Ihre Anmeldung | Für die Dauer des Vertrages |"),
    "fr": ("Exécution du contrat, conservation des données de votre compte : pendant la "
           "durée du contrat",
           "Exécution du contrat, conservation des données de votre compte : pendant la "
           "durée de la session",
           "| Nom du cookie | Finalité | Durée |",
           "| Catégorie de données | Finalité | Durée de conservation |",
           "| login | Conserve votre connexion | Pendant la durée du contrat |"),
}
# fmt: on


def _doc(text: str, language: str) -> ExtractedDocument:
    return ExtractedDocument(text=text, sections=[Section(2, "", text)], language=language)


def _retention(text: str, language: str) -> list[str]:
    return [f.normalised for f in extract_facts(_doc(text, language)) if f.kind == "retention"]


def _table(header: str, row: str) -> str:
    return f"{header}\n| --- | --- | --- |\n{row}"


@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_purpose_kept_for_the_contract_states_a_retention_fact(language: str) -> None:
    contract, session, *_ = ROWS[language]
    assert _retention(contract, language) == ["contract_term"], contract
    assert _retention(session, language) == [], session


@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_cookie_kept_for_the_contract_is_no_retention_fact(language: str) -> None:
    _, _, cookie_header, data_header, row = ROWS[language]
    assert _retention(_table(cookie_header, row), language) == []
    assert _retention(_table(data_header, row), language) == ["contract_term"]


@pytest.mark.parametrize("language", sorted(ROWS))
def test_the_contract_term_becoming_a_number_of_years_is_a_retention_change(
    language: str,
) -> None:
    contract, *_ = ROWS[language]
    old = extract_facts(_doc(contract, language))
    years = {"en": "3 years", "nb": "3 år", "de": "3 Jahre", "fr": "3 ans"}[language]
    separator = " : " if language == "fr" else ": "
    kept = contract.rsplit(separator, 1)[0] + separator + years
    new = extract_facts(_doc(kept, language))
    changes = compare_facts(old, new, language)
    assert [c.kind for c in changes if c.kind == "retention"] == ["retention"], kept


# fmt: off
# language: (access kept until the contract ends, the same sentence keeping data)
ACCESS = {
    "en": ("If you cancel, you keep access to the service until the end of your subscription.",
           "If you cancel, we keep your data until the end of your subscription."),
    "nb": ("Hvis du sier opp, beholder du tilgangen til abonnementet avsluttes.",
           "Hvis du sier opp, beholder vi opplysningene dine til abonnementet avsluttes."),
    "de": ("Nach der Kündigung behalten Sie den Zugang bis zum Ende Ihres Abonnements.",
           "Nach der Kündigung speichern wir Ihre Daten bis zum Ende Ihres Abonnements."),
    "fr": ("En cas de résiliation, vous conservez l'accès au service jusqu'à la fin de votre "
           "abonnement.",
           "En cas de résiliation, nous conservons vos données jusqu'à la fin de votre "
           "abonnement."),
}
# language: the contract's term as one span word, or a frame with the other party named,
# each with its twin kept for a session
SPANS = {
    "en": [("Storing your account data: for the contract term",
            "Storing your account data: for the session"),
           ("Storing your account data: during the contract period",
            "Storing your account data: during the visit")],
    "nb": [("Lagring av kontodataene dine: i avtaleperioden",
            "Lagring av kontodataene dine: i økten"),
           ("Vi lagrer kontodataene dine til avtalen med oss opphører.",
            "Vi lagrer kontodataene dine til økten med oss opphører.")],
    "de": [("Speicherung Ihrer Kontodaten: für die Vertragslaufzeit",
            "Speicherung Ihrer Kontodaten: für die Sitzung"),
           ("Speicherung Ihrer Kontodaten: während der Vertragsdauer",
            "Speicherung Ihrer Kontodaten: während der Sitzung")],
    "fr": [("Conservation des données de votre compte : pendant la durée contractuelle",
            "Conservation des données de votre compte : pendant la durée de la session"),
           ("Conservation des données de votre compte : pendant la période contractuelle",
            "Conservation des données de votre compte : pendant la période de la visite")],
}
# fmt: on


@pytest.mark.parametrize("language", sorted(ACCESS))
def test_access_kept_until_the_contract_ends_is_no_retention_fact(language: str) -> None:
    access, data = ACCESS[language]
    assert _retention(access, language) == [], access
    assert _retention(data, language) == ["contract_term"], data


def test_a_cookie_stored_for_the_subscription_is_no_retention_fact() -> None:
    cookie = "The session cookie is stored for the duration of your subscription."
    assert _retention(cookie, "en") == []
    assert _retention(cookie.replace("The session cookie", "Your account data"), "en") == [
        "contract_term"
    ]


@pytest.mark.parametrize("language", sorted(SPANS))
def test_the_contract_term_named_as_one_span_is_read_in_every_language(language: str) -> None:
    for contract, session in SPANS[language]:
        assert _retention(contract, language) == ["contract_term"], contract
        assert _retention(session, language) == [], session
