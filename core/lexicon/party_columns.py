"""The words of a list of parties' columns, per language: which column names the
party, says where, what data or what for; and the cells that are no fact about it.

    >>> [role for role in ROLE_ORDER if "standort" in ROLE_WORDS[role]]
    ['location']

Written for the languages of :data:`policywatch.core.lexicon.category_words.LANGUAGES`
(en, fr, de, nb/nn, da, sv, es, it, nl, pt, pl), as header cells and "Label:" lines
of sub-processor lists, recipients tables and definition lists write them. Read by
the diff's entry lists (``diffing/entries.py``).
"""

from __future__ import annotations

# Header words naming a column's role, per language (en, fr, de, nb/nn, da, sv, es, it,
# nl, pt, pl). Location is tried first ("Location of processing"), then data, name, purpose.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "location": (
        "location", "locations", "country", "countries", "region", "where", "place",
        "localisation", "lieu", "pays", "implantation", "standort", "ort", "land", "länder",
        "sitz", "lokasjon", "plassering", "sted", "placering", "plats", "ubicación", "país",
        "ubicazione", "paese", "sede", "locatie", "vestiging", "localização", "local",
        "lokalizacja", "kraj", "siedziba", "hosting", "hébergement",
    ),
    "data": (
        "data", "personal data", "categories", "category", "information", "données",
        "daten", "datenkategorien", "opplysninger", "oplysninger", "uppgifter",
        "personuppgifter", "datos", "dati", "gegevens", "dados", "dane", "kategorien",
        "catégories", "kategorier", "categorías", "categorie", "categorieën", "categorias",
        "kategorie",
    ),
    "name": (
        "name", "provider", "company", "entity", "sub processor", "subprocessor",
        "sub processors", "subprocessors", "processor", "vendor", "partner", "recipient",
        "supplier", "third party", "service provider", "organisation", "organization",
        "nom", "sous traitant", "prestataire", "fournisseur", "entité", "société",
        "destinataire", "partenaire", "unterauftragsverarbeiter", "auftragsverarbeiter",
        "dienstleister", "anbieter", "empfänger", "unternehmen", "firma", "navn",
        "underleverandør", "leverandør", "databehandler", "underdatabehandler", "mottaker",
        "modtager", "selskap", "virksomhed", "namn", "underbiträde", "leverantör",
        "mottagare", "företag", "nombre", "proveedor", "subencargado", "encargado",
        "destinatario", "empresa", "nome", "fornitore", "sub responsabile", "responsabile",
        "società", "naam", "subverwerker", "verwerker", "leverancier", "ontvanger",
        "bedrijf", "fornecedor", "suboperador", "subprocessador", "destinatário", "nazwa",
        "podmiot", "dostawca", "odbiorca",
        # Those a processor engages, as DPAs name them (issue 13).
        "subcontractor", "subcontractors", "sub contractor", "sub contractors",
        "subunternehmer", "unterauftragnehmer", "sous traitants", "underleverandører",
        "onderaannemer", "onderaannemers", "subcontratista", "subcontratistas",
        "subprocesador", "subprocesadores", "subfornitore", "subfornitori",
        "underleverantör", "underleverantörer",
    ),
    "purpose": (
        "purpose", "purposes", "description", "service", "services", "function",
        "activity", "activities", "processing", "nature", "role", "finalité", "objet",
        "activité", "traitement", "zweck", "beschreibung", "leistung", "dienst",
        "tätigkeit", "verarbeitung", "formål", "beskrivelse", "tjeneste", "behandling",
        "syfte", "ändamål", "beskrivning", "tjänst", "finalidad", "propósito",
        "descripción", "servicio", "actividad", "finalità", "scopo", "descrizione",
        "servizio", "attività", "doel", "beschrijving", "dienst", "finalidade",
        "descrição", "serviço", "atividade", "cel", "opis", "usługa",
    ),
}  # fmt: skip
ROLE_ORDER = ("location", "data", "name", "purpose")
# Columns of a cookie table hold cookies, not parties: the sentence diff judges those.
NOT_PARTY_HEADERS = frozenset({"cookie", "cookies", "témoin", "traceur", "informasjonskapsel"})
# Cells that are link labels, not facts about the entry.
LINK_LABELS = frozenset(
    {
        "more information",
        "learn more",
        "read more",
        "details",
        "website",
        "privacy policy",
        "en savoir plus",
        "mehr erfahren",
        "les mer",
        "link",
        "lien",
    }
)  # fmt: skip
