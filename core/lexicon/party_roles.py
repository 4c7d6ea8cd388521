"""The roles a party holds towards personal data, in every language the diff reads.

A sentence that names a company *in a role* says who answers for the data or
who receives it: "Beta Inc. is a joint controller", "Stripe acts as our
processor", "our representative in the EU is Acme GmbH". :data:`PARTY_ROLES`
``[category][language]`` holds the role words, the same concepts in each
language:

- controller_contact: controller (and joint controller), "operated and
  controlled by", representative, data protection officer;
- recipients: processor, sub-processor, recipient.

Each entry is a regular expression matched at a word start on a comparison
key (lower case, no punctuation), as in
:mod:`policywatch.core.lexicon.category_words`. ``tests/diffing/test_roles.py``
holds one sentence per language and role.

    >>> sorted(PARTY_ROLES)
    ['controller_contact', 'recipients']
"""

from __future__ import annotations

# fmt: off
PARTY_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "controller_contact": {
        "en": (r"(?:joint )?controllers?\b", r"(?:operated|controlled)(?: and \w+)? by",
               r"representatives?\b", r"data protection officer", r"dpo\b"),
        "nb": (r"(?:felles )?behandlingsansvarlig", r"representant", r"personvernombud"),
        "de": (r"(?:gemeinsam )?verantwortlich(?:e|er|en)?\b", r"vertreter",
               r"datenschutzbeauftragt"),
        "fr": (r"responsables? (?:conjoints? )?(?:du|de) traitement", r"responsables? conjoint",
               r"représentant", r"délégué à la protection"),
        "es": (r"responsables? del tratamiento", r"corresponsable", r"representante",
               r"delegado de protección"),
        "it": (r"titolar[ei] del trattamento", r"contitolar", r"rappresentante",
               r"responsabile della protezione"),
        "nl": (r"(?:gezamenlijke )?verwerkingsverantwoordelijke", r"vertegenwoordiger",
               r"functionaris voor gegevensbescherming"),
        "sv": (r"(?:gemensamt )?personuppgiftsansvarig", r"företrädare", r"dataskyddsombud"),
        "da": (r"(?:fælles )?dataansvarlig", r"repræsentant", r"databeskyttelsesrådgiver"),
        "pl": (r"(?:współ)?administrator", r"przedstawiciel", r"inspektor\w* ochrony danych"),
        "pt": (r"responsáve(?:l|is) (?:conjunt[oa]s? )?pelo tratamento",
               r"responsáveis conjuntos", r"representante", r"encarregad[oa] da proteção"),
    },
    "recipients": {
        "en": (r"(?:sub.?)?processors?\b", r"recipients?\b"),
        "nb": (r"(?:under)?databehandler", r"mottaker"),
        "de": (r"(?:unter)?auftragsverarbeiter", r"empfänger"),
        "fr": (r"sous.?traitant", r"destinataire"),
        "es": (r"encargados? del tratamiento", r"subencargad", r"destinatario"),
        "it": (r"responsabil[ei] del trattamento", r"sub.?responsabil", r"destinatari"),
        "nl": (r"(?:sub)?verwerkers?\b", r"ontvanger"),
        "sv": (r"personuppgiftsbiträde", r"underbiträde", r"mottagare"),
        "da": (r"(?:under)?databehandler", r"modtager"),
        "pl": (r"podmiot\w* przetwarzając", r"podprzetwarzając", r"odbiorc"),
        "pt": (r"subcontratante", r"subprocessador", r"destinatário"),
    },
}
# fmt: on
