"""'Without' negates a phrase, not the clause: a duty done "without delay" is no
negated promise, in :func:`said` (a sentence added or removed whole) as in
:func:`binds`; one rule, ``clause_negations`` of :mod:`policywatch.core.lexicon.negation`.

Twins per language: the same sentence with a real negation of its verb ("without
your consent we do not share ...") keeps its negated promise.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.negation import WITHOUT
from policywatch.diffing.context import Context
from policywatch.diffing.stated import bounds, said
from policywatch.diffing.text import key

# language -> (a duty done without delay, a promise negated beside "without")
# fmt: off
TWINS: dict[str, tuple[str, str]] = {
    "en": ("The Processor shall notify the Controller of any recipient without undue delay.",
           "Without your consent we do not share your data with any recipient."),
    "nb": ("Databehandleren skal varsle den behandlingsansvarlige om mottakere uten ugrunnet "
           "opphold.",
           "Uten ditt samtykke deler vi ikke opplysningene dine med tredjeparter."),
    "de": ("Der Auftragsverarbeiter informiert den Verantwortlichen ohne schuldhaftes Zögern "
           "über jeden Empfänger.",
           "Ohne Ihre Einwilligung geben wir Ihre Daten nicht an Dritte weiter."),
    "fr": ("Le sous-traitant notifie au responsable du traitement tout destinataire sans délai.",
           "Sans votre consentement, nous ne partageons pas vos données avec des tiers."),
}
# fmt: on


def _negations(text: str, language: str) -> list[str]:
    """The negated promises :func:`said` reads in one sentence added whole."""
    return [s.shown for s in said(text, Context(language=language)) if s.kind == "negation"]


@pytest.mark.parametrize("language", sorted(TWINS))
def test_a_duty_done_without_delay_is_no_negated_promise(language):
    duty, _ = TWINS[language]
    assert any(w in key(duty).split() for w in WITHOUT[language])  # the twin holds "without"
    assert _negations(duty, language) == []
    assert bounds(key(duty), language) == 0


@pytest.mark.parametrize("language", sorted(TWINS))
def test_a_real_negation_beside_without_keeps_its_negated_promise(language):
    _, promise = TWINS[language]
    shown = _negations(promise, language)
    assert shown, promise
    assert not set(WITHOUT[language]) & set(", ".join(shown).split(", "))
    assert bounds(key(promise), language) >= 1
