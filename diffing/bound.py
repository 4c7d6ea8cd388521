"""Which party a clause binds, and how: the modal verbs of the service's side and its customer's.

A duty is a modal verb of a named party ("the Processor shall delete ...", "we
must not ..."); a permission of the service's side alone ("we may close your
account") lets it act on the user. The parties are the role words of
:mod:`policywatch.core.lexicon.bound_parties`; what a sentence states with them
is read in :mod:`.stated`.

    >>> binds("the processor shall delete the data", "en")
    'obligation'
"""

from __future__ import annotations

import re
from functools import cache

from policywatch.core.lexicon.bound_parties import BOUND_PARTIES
from policywatch.core.lexicon.negation import clause_negations
from policywatch.diffing import signals as sig
from policywatch.diffing.lexicons import topics

# A modal verb binds the party named at most this many words before it ("the Customer
# may ..."); further back, the clause's subject is not known.
BOUND_WORDS = 6
# ...or, with none there, right after it, where the verb comes second ("Nach Ende der
# Leistungen muss der Kunde ...", "Når tjenestene opphører, kan Databehandleren ...").
BOUND_AFTER = 2


@cache
def _party_pattern(role: str, language: str | None) -> re.Pattern[str]:
    table = BOUND_PARTIES[role]
    base = (language or "en").split("-")[0].lower()
    starts = [*table["en"], *(table.get(base, ()) if base != "en" else ())]
    return re.compile(r"(?<![\w])(?:" + "|".join(starts) + ")")


def parties_named(k: str, language: str | None) -> list[tuple[int, str]]:
    """Where a clause names the service's side or its customer's: (word index, role).

    >>> parties_named("the processor shall tell the customer", "en")
    [(1, 'provider'), (5, 'customer')]
    """
    found = [
        (k.count(" ", 0, hit.start()), role)
        for role in BOUND_PARTIES
        for hit in _party_pattern(role, language).finditer(k)
    ]
    return sorted(found)


def bound_modality(k: str, language: str | None) -> dict[str, set[str]]:
    """What each party's modal verbs make of its clauses: role -> permission/commitment.

    A modal binds the party named just before it, or else just after it (a verb put
    second); "" when none is (a passive clause).

    >>> bound_modality("we shall not use them and the customer may have them", "en")
    {'provider': {'commitment'}, 'customer': {'permission'}}
    >>> bound_modality("nach ende der leistungen muss der kunde sie löschen", "de")
    {'customer': {'commitment'}}
    """
    named = parties_named(k, language)
    out: dict[str, set[str]] = {}
    for at, word in enumerate(k.split()):
        kind = sig.modality(word, language)
        if not kind:
            continue
        before = [role for i, role in named if at - BOUND_WORDS <= i < at]
        after = [role for i, role in named if at < i <= at + BOUND_AFTER]
        party = before[-1] if before else after[0] if after else ""
        out.setdefault(party, set()).update(kind)
    return out


def permits_us(k: str, language: str | None) -> bool:
    """Whether a clause only lets the service's side act ("we may close your account"),
    not the customer ("you may close your account") nor an unnamed party.

    >>> permits_us("we may suspend your account", "en"), permits_us("you may cancel", "en")
    (True, False)
    """
    bound = bound_modality(k, language)
    return bound.get("provider") == {"permission"} and not clause_negations(k.split(), language)


def binds(k: str, language: str | None) -> str:
    """``obligation`` when a clause binds a named party to an action (a commitment modal
    of "we", the processor, the controller, the customer), ``prohibition`` when it bars
    one (a modal of a named party in a negated clause); "" otherwise: a permission ("we
    may ..."), a passive or impersonal clause ("data may be ..."), a plain statement.

    >>> binds("the processor shall delete the data", "en")
    'obligation'
    >>> binds("der auftragsverarbeiter darf die daten nicht verkaufen", "de")
    'prohibition'
    >>> binds("the processor shall notify the customer without undue delay", "en")
    'obligation'
    >>> binds("we may delete the data", "en"), binds("this clause applies to the services", "en")
    ('', '')
    """
    bound = {party: kinds for party, kinds in bound_modality(k, language).items() if party}
    # "shall notify ... without delay" negates a phrase, not the duty.
    if bound and clause_negations(k.split(), language):
        return "prohibition"
    if any("commitment" in kinds for kinds in bound.values()):
        return "obligation"
    return ""


def action_topics(k: str, language: str | None) -> dict[str, list[str]]:
    """The topics of a clause's action: its words without the parties it names ("the
    processor" names a party, it does not make the clause one about recipients).

    >>> sorted(action_topics("the processor shall delete the data", "en"))
    ['retention']
    """
    for role in BOUND_PARTIES:
        k = _party_pattern(role, language).sub(" ", k)
    return topics(k, language)


def bound_party(k: str, language: str | None) -> str:
    """The one side a clause names, "" when it names both or neither.

    >>> bound_party("we delete the data", "en"), bound_party("you can ask us", "en")
    ('provider', '')
    """
    roles = {role for _i, role in parties_named(k, language)}
    return roles.pop() if len(roles) == 1 else ""
