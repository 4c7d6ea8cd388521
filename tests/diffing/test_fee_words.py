"""A fee is a fees topic in every language (issue 13): French "frais", Spanish "tasa" and
"comisión", Italian "commissione" and "spese", Norwegian "avgift", German "Entgelt".

The twin, per language, is the European Commission of the standard contractual
clauses: a commission that charges nothing.
"""

from __future__ import annotations

import pytest

from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

# fmt: off
# (a fee charged, its twin: the European Commission), per language.
FEES = {
    "en": ("We may charge a fee for the service.",
           "We rely on the standard contractual clauses of the European Commission."),
    "nb": ("Vi kan kreve en avgift for tjenesten.",
           "Vi bruker EU-kommisjonens standardkontraktsklausuler."),
    "de": ("Für den Dienst kann ein Entgelt erhoben werden.",
           "Wir nutzen die Standardvertragsklauseln der Europäischen Kommission."),
    "fr": ("Nous pouvons facturer des frais pour le service.",
           "Nous utilisons les clauses contractuelles types de la Commission européenne."),
    "es": ("Podemos cobrar una comisión por el servicio.",
           "Utilizamos las cláusulas contractuales tipo de la Comisión Europea."),
    "it": ("Possiamo addebitare una commissione per il servizio.",
           "Utilizziamo le clausole contrattuali standard della Commissione europea."),
}
# Further fee words, each alone in its sentence.
MORE_FEES = [
    ("fr", "Des frais de traitement peuvent s'appliquer."),
    ("es", "Se aplicará una tasa de tramitación."),
    ("it", "Le spese di spedizione sono a carico del cliente."),
    ("nb", "Et gebyr kan påløpe."),
    ("de", "Es können Gebühren anfallen."),
]
# fmt: on


@pytest.mark.parametrize("language", sorted(FEES))
def test_a_fee_is_a_fees_topic_the_european_commission_is_not(language: str) -> None:
    fee, commission = FEES[language]
    assert "fees_termination" in topics(key(fee), language), fee
    assert "fees_termination" not in topics(key(commission), language), commission


@pytest.mark.parametrize(("language", "sentence"), MORE_FEES)
def test_each_fee_word_is_read(language: str, sentence: str) -> None:
    assert "fees_termination" in topics(key(sentence), language), sentence
