"""The roles a party holds towards personal data, in every language the diff reads.

One table, :data:`DATA_ROLES`, holds the two roles the GDPR gives the parties of
a DPA (controller, processor) per language; everything else that names them
derives from it:

- :data:`PARTY_ROLES` ``[category][language]``: the words that put a company
  *in a role*, "Beta Inc. is a joint controller", "Stripe acts as our
  processor", "our representative in the EU is Acme GmbH" (who answers for the
  data or receives it; :mod:`policywatch.diffing.roles`):

  - controller_contact: controller (and joint controller), "operated and
    controlled by", representative, data protection officer;
  - recipients: processor, sub-processor, recipient;

- :data:`policywatch.core.lexicon.bound_parties.BOUND_PARTIES`: which side of
  a DPA a clause binds, the processor's or the controller's.

Each role term comes twice in one row: as a third party is *named* in that role,
and as a DPA's own *defined term* calls its party ("the Processor"). Most
languages say both the same way. Italian and Spanish DPAs define the bare noun
("il Titolare", "il Responsabile", "el Encargado"), whose plain sense ("titolare
del marchio", trademark holder; "responsabile di", responsible for) would give a
third company a role it does not hold, so a company is put in the role only by
the full term ("titolare del trattamento"); Swedish "biträde" alone is
"assistance", named only as "personuppgiftsbiträde" or "underbiträde".

Each entry is a regular expression matched at a word start on a comparison
key (lower case, no punctuation), as in
:mod:`policywatch.core.lexicon.category_words`. ``tests/diffing/test_roles.py``
holds one sentence per language and role.

    >>> sorted(PARTY_ROLES)
    ['controller_contact', 'recipients']
    >>> named("controller")["it"], defined("controller")["it"]
    (('titolar[ei] del trattamento', 'contitolar'), ('titolar[ei]\\\\b', 'contitolar'))
"""

from __future__ import annotations

# role: language: ((as named, as a DPA's defined term, "" when the same), ...)
# fmt: off
DATA_ROLES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "controller": {
        "en": ((r"(?:joint )?controllers?\b", ""),),
        "nb": ((r"(?:felles )?behandlingsansvarlig", ""),),
        "de": ((r"(?:gemeinsam )?verantwortlich(?:e|er|en)?\b", ""),),
        "fr": ((r"responsables? (?:conjoints? )?(?:du|de) traitement", ""),
               (r"responsables? conjoint", "")),
        "es": ((r"responsables? del tratamiento", ""), (r"corresponsable", "")),
        "it": ((r"titolar[ei] del trattamento", r"titolar[ei]\b"), (r"contitolar", "")),
        "nl": ((r"(?:gezamenlijke )?verwerkingsverantwoordelijke", ""),),
        "sv": ((r"(?:gemensamt )?personuppgiftsansvarig", ""),),
        "da": ((r"(?:fælles )?dataansvarlig", ""),),
        "pl": ((r"(?:współ)?administrator", ""),),
        "pt": ((r"responsáve(?:l|is) (?:conjunt[oa]s? )?pelo tratamento", ""),
               (r"responsáveis conjuntos", "")),
    },
    "processor": {
        "en": ((r"(?:sub.?)?processors?\b", ""),),
        "nb": ((r"(?:under)?databehandler", ""),),
        "de": ((r"(?:unter)?auftragsverarbeiter", ""),),
        "fr": ((r"sous.?traitants?\b", ""),),
        "es": ((r"encargad[oa]s? del tratamiento", r"encargad[oa]s?\b"), (r"subencargad", "")),
        "it": ((r"responsabil[ei] del trattamento", r"responsabil[ei]\b(?! della protezione)"),
               (r"sub.?responsabil", "")),
        "nl": ((r"(?:sub)?verwerkers?\b", ""),),
        "sv": ((r"(?:personuppgifts|under)biträde", r"(?:personuppgifts|under)?biträde"),),
        "da": ((r"(?:under)?databehandler", ""),),
        "pl": ((r"podmiot\w* przetwarzając", ""), (r"podprzetwarzając", "")),
        "pt": ((r"subcontratante", ""), (r"subprocessador", "")),
    },
}

# The other words of each category, beside the role itself.
_CONTACTS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:operated|controlled)(?: and \w+)? by", r"representatives?\b",
           r"data protection officer", r"dpo\b"),
    "nb": (r"representant", r"personvernombud"),
    "de": (r"vertreter", r"datenschutzbeauftragt"),
    "fr": (r"représentant", r"délégué à la protection"),
    "es": (r"representante", r"delegado de protección"),
    "it": (r"rappresentante", r"responsabile della protezione"),
    "nl": (r"vertegenwoordiger", r"functionaris voor gegevensbescherming"),
    "sv": (r"företrädare", r"dataskyddsombud"),
    "da": (r"repræsentant", r"databeskyttelsesrådgiver"),
    "pl": (r"przedstawiciel", r"inspektor\w* ochrony danych"),
    "pt": (r"representante", r"encarregad[oa] da proteção"),
}
_RECIPIENTS: dict[str, tuple[str, ...]] = {
    "en": (r"recipients?\b",), "nb": (r"mottaker",), "de": (r"empfänger",),
    "fr": (r"destinataire",), "es": (r"destinatario",), "it": (r"destinatari",),
    "nl": (r"ontvanger",), "sv": (r"mottagare",), "da": (r"modtager",), "pl": (r"odbiorc",),
    "pt": (r"destinatário",),
}
# fmt: on


def named(role: str) -> dict[str, tuple[str, ...]]:
    """The terms that name a third party in ``role`` (controller, processor), per language."""
    return {lang: tuple(term for term, _ in row) for lang, row in DATA_ROLES[role].items()}


def defined(role: str) -> dict[str, tuple[str, ...]]:
    """The terms a DPA calls its own party in ``role`` by, per language."""
    return {
        lang: tuple(short or term for term, short in row) for lang, row in DATA_ROLES[role].items()
    }


PARTY_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "controller_contact": {
        lang: (*terms, *_CONTACTS[lang]) for lang, terms in named("controller").items()
    },
    "recipients": {
        lang: (*terms, *_RECIPIENTS[lang]) for lang, terms in named("processor").items()
    },
}
