"""Who a clause binds: the service's side or its customer's, in every DPA language.

A modal verb binds whoever is its subject: "the Processor shall delete" binds
the service, "the Customer may have them provided" gives the customer a
right. A reworded sentence that moves a modal to the other party's clause
made no commitment a permission; one that hands the action itself to the
other party ("we delete" -> "the Customer must delete") did. Two roles, the
same concepts in each language:

- provider: "we" and the processor (the party the document's author is);
- customer: "you", the customer and the controller it instructs.

Each entry is a regular expression matched at a word start on a comparison
key (lower case, no punctuation), as in :mod:`.party_roles`.
``tests/diffing/test_reworded_twins.py`` holds the cases per language.

    >>> sorted(BOUND_PARTIES)
    ['customer', 'provider']
"""

from __future__ import annotations

# fmt: off
BOUND_PARTIES: dict[str, dict[str, tuple[str, ...]]] = {
    "provider": {
        "en": (r"we\b", r"us\b", r"(?:sub.?)?processors?\b", r"service providers?\b"),
        "de": (r"wir\b", r"uns\b", r"(?:unter)?auftragsverarbeiter"),
        "fr": (r"nous\b", r"sous.?traitants?\b"),
        "es": (r"nosotros\b", r"encargad[oa]s?\b"),
        "it": (r"noi\b", r"responsabil[ei]\b(?! della protezione)"),
        "nl": (r"wij\b", r"we\b", r"(?:sub)?verwerkers?\b"),
        "nb": (r"vi\b", r"oss\b", r"(?:under)?databehandler"),
        "sv": (r"vi\b", r"oss\b", r"(?:personuppgifts|under)?biträde"),
        "da": (r"vi\b", r"os\b", r"(?:under)?databehandler"),
    },
    "customer": {
        "en": (r"you\b", r"customers?\b", r"(?:joint )?controllers?\b"),
        "de": (r"kunde", r"verantwortlich"),
        "fr": (r"vous\b", r"clients?\b", r"responsables? du traitement"),
        "es": (r"usted\b", r"clientes?\b", r"responsables? del tratamiento"),
        "it": (r"client[ei]\b", r"titolar[ei]\b"),
        "nl": (r"u\b", r"klant", r"verwerkingsverantwoordelijke"),
        "nb": (r"du\b", r"kunde", r"behandlingsansvarlig"),
        "sv": (r"du\b", r"kund", r"personuppgiftsansvarig"),
        "da": (r"du\b", r"kunde", r"dataansvarlig"),
    },
}
# fmt: on
