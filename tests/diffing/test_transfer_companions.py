"""A transfer is a transfer of data abroad only beside a word for the data, for abroad or
a country, or a transfer mechanism (``COMPANIONS["transfers"]`` in
:mod:`policywatch.core.lexicon.category_words`): "we transfer your personal data to the
US" is one; a licence that is non-transferable, a complaint or a call transferred to
someone are not. One case per language of the table.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

# fmt: off
# (data sent abroad, its twins: a licence not transferable, a complaint passed on, a
# call put through), per language.
TRANSFERS = {
    "en": ("We transfer your personal data to the United States.",
           "This licence is non-transferable.",
           "We may transfer your complaint to the relevant team.",
           "We will transfer your call to an agent."),
    "nb": ("Vi overfører personopplysningene dine til USA.",
           "Denne lisensen kan ikke overføres.",
           "Vi kan overføre klagen din til riktig avdeling.",
           "Vi overfører samtalen til en rådgiver."),
    "de": ("Wir übermitteln Ihre personenbezogenen Daten in die USA.",
           "Diese Lizenz darf nicht an Dritte übermittelt werden.",
           "Wir können Ihre Beschwerde an die zuständige Abteilung übermitteln.",
           "Wir übermitteln Ihren Anruf an einen Mitarbeiter."),
    "fr": ("Nous transférons vos données personnelles aux États-Unis.",
           "Cette licence n'est pas transférable.",
           "Nous pouvons transférer votre réclamation au service concerné.",
           "Nous transférons votre appel à un conseiller."),
    "es": ("Transferimos sus datos personales a Estados Unidos.",
           "Esta licencia no es transferible.",
           "Podemos transferir su reclamación al departamento correspondiente.",
           "Transferiremos su llamada a un agente."),
    "it": ("Trasferiamo i tuoi dati personali negli Stati Uniti.",
           "Questa licenza non è trasferibile.",
           "Possiamo trasferire il tuo reclamo all'ufficio competente.",
           "Trasferiremo la tua chiamata a un operatore."),
    "nl": ("Uw persoonsgegevens worden doorgegeven aan de Verenigde Staten.",
           "Deze licentie mag niet worden doorgegeven.",
           "Wij kunnen uw klacht doorgeven aan de juiste afdeling.",
           "Wij zullen uw oproep doorgeven aan een medewerker."),
    "sv": ("Vi överför dina personuppgifter till USA.",
           "Denna licens kan inte överföras.",
           "Vi kan överföra ditt klagomål till rätt avdelning.",
           "Vi överför ditt samtal till en handläggare."),
    "da": ("Vi overfører dine personoplysninger til USA.",
           "Denne licens kan ikke overføres.",
           "Vi kan overføre din klage til den rette afdeling.",
           "Vi overfører dit opkald til en medarbejder."),
    "pl": ("Przekazujemy Twoje dane osobowe do USA.",
           "Przekazujemy licencję wyłącznie na piśmie.",
           "Przekazujemy Twoją skargę do właściwego działu.",
           "Przekazujemy Twoje połączenie do konsultanta."),
    "pt": ("Transferimos os seus dados pessoais para os Estados Unidos.",
           "Esta licença não é transferível.",
           "Podemos transferir a sua reclamação para o departamento competente.",
           "Transferiremos a sua chamada para um assistente."),
}
# fmt: on


def test_every_language_of_the_table_has_its_cases() -> None:
    assert sorted(TRANSFERS) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", sorted(TRANSFERS))
def test_data_sent_abroad_is_a_transfer_a_licence_a_complaint_a_call_are_not(
    language: str,
) -> None:
    meant, *others = TRANSFERS[language]
    assert "transfers" in topics(key(meant), language), meant
    for other in others:
        assert "transfers" not in topics(key(other), language), other


def test_a_country_or_a_mechanism_without_a_word_for_data_is_still_a_transfer() -> None:
    assert "transfers" in topics(key("We may transfer it to countries outside the EEA."), "en")
    assert "transfers" in topics(key("Such transfers rely on standard contractual clauses."), "en")
