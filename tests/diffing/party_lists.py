"""The parties every party-list test writes, and the changes every shape must read.

A helper module, not a test: :mod:`tests.diffing.test_entry_shapes` (HTML and
Markdown shapes), :mod:`tests.diffing.test_entries_audit` (every change of
every column shape), the PDF shapes and the entry spans all build their pages
from :data:`WORDS` and :data:`PARTIES` and judge the diffs with
:func:`assert_four_changes` and :func:`assert_repurposed_and_renamed`::

    diff = differ(lambda parties: page(shape, parties, "nb", "policy"), PARTIES, None)
    assert_four_changes(diff, list(PARTIES))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from babel import Locale

from policywatch.core.model import ExtractedDocument
from policywatch.diffing import DiffResult, diff_documents


@dataclass(frozen=True)
class Words:
    """One language's words for a list of parties."""

    title: str  # the sub-processor page's title
    lead: str  # the sentence that introduces the list
    recipients: str  # a privacy policy's heading over the list
    name: str
    purpose: str
    location: str
    services: str
    policy: str  # "Privacy Policy"
    rights: str  # the section after the list ("Your rights")


WORDS = {
    "en": Words("Sub-processors", "We use the following sub-processors to process personal data.",
                "Recipients of your personal data", "Name", "Purpose", "Location", "Services",
                "Privacy Policy", "Your rights"),
    "de": Words("Unterauftragsverarbeiter",
                "Wir setzen die folgenden Unterauftragsverarbeiter ein.",
                "Empfänger Ihrer personenbezogenen Daten", "Name", "Zweck", "Standort",
                "Leistungen", "Datenschutzerklärung", "Ihre Rechte"),
    "fr": Words("Sous-traitants ultérieurs", "Nous faisons appel aux sous-traitants suivants.",
                "Destinataires de vos données personnelles", "Nom", "Finalité", "Pays",
                "Services", "Politique de confidentialité", "Vos droits"),
    "nb": Words("Underdatabehandlere", "Vi bruker følgende underdatabehandlere.",
                "Mottakere av personopplysningene dine", "Navn", "Formål", "Lokasjon",
                "Tjenester", "Personvernerklæring", "Dine rettigheter"),
    "es": Words("Subencargados del tratamiento", "Utilizamos los siguientes subencargados.",
                "Destinatarios de sus datos personales", "Nombre", "Finalidad", "Ubicación",
                "Servicios", "Política de privacidad", "Sus derechos"),
    "it": Words("Sub-responsabili del trattamento", "Ci avvaliamo dei seguenti sub-responsabili.",
                "Destinatari dei dati personali", "Nome", "Finalità", "Ubicazione", "Servizi",
                "Informativa sulla privacy", "I tuoi diritti"),
    "nl": Words("Subverwerkers", "Wij maken gebruik van de volgende subverwerkers.",
                "Ontvangers van uw persoonsgegevens", "Naam", "Doel", "Locatie", "Diensten",
                "Privacyverklaring", "Uw rechten"),
    "sv": Words("Underbiträden", "Vi anlitar följande underbiträden.",
                "Mottagare av dina personuppgifter", "Namn", "Syfte", "Plats", "Tjänster",
                "Integritetspolicy", "Dina rättigheter"),
}  # fmt: skip


@dataclass(frozen=True)
class Party:
    name: str
    purpose: str
    countries: tuple[str, ...]  # ISO codes, written in the page's language
    link: str


PARTIES = (
    Party("Amazon Web Services, Inc.", "Cloud hosting", ("US",), "https://aws.example/privacy"),
    Party("Stripe, Inc.", "Payments", ("IE",), "https://stripe.example/privacy"),
    Party("Zendesk, Inc.", "Customer support", ("US",), "https://zendesk.example/privacy"),
)
ADDED = Party("Cloudflare, Inc.", "Content delivery", ("US",), "https://cloudflare.example/")


def place(party: Party, language: str) -> str:
    territories = Locale.parse(language).territories
    return ", ".join(c if c == "EU" else territories[c] for c in party.countries)


Shape = Callable[[list[Party], Words, str], str]


def differ(
    page_of: Callable[[list[Party]], ExtractedDocument],
    base: Sequence[Party],
    doc_type: str | None,
) -> Callable[[list[Party]], DiffResult]:
    """``diff(parties)``: the page of ``base`` against the same page listing ``parties``."""
    old = page_of(list(base))
    return lambda parties: diff_documents(old, page_of(parties), doc_type=doc_type)


def assert_four_changes(
    diff: Callable[[list[Party]], DiffResult], base: list[Party], has_place: bool = True
) -> None:
    """A party added, removed: material (recipients), the entry named; moved to Germany
    (a list with places): material (transfers), only its location; reordered: no change."""
    added = diff([*base, ADDED])
    assert added.material and "recipients" in added.categories, _described(added)
    assert [c.describe().split(" (")[0] for c in added.entries] == [f"added: {ADDED.name}"]
    removed = diff(base[:2])
    assert removed.material and "recipients" in removed.categories, _described(removed)
    assert [c.describe().split(" (")[0] for c in removed.entries] == [f"removed: {base[2].name}"]
    if has_place:
        moved = diff([base[0], replace(base[1], countries=(*base[1].countries[1:], "DE")), base[2]])
        assert moved.material and "transfers" in moved.categories, _described(moved)
        assert [c.fields for c in moved.entries] == [("location",)], _described(moved)
    reordered = diff(base[::-1])
    assert not reordered.material, _described(reordered)
    assert not reordered.entries


def _described(result: DiffResult) -> list[str]:
    return [c.describe() for c in result.entries]


# The second party's purpose changed, and its name changed to the same company's.
NEW_PURPOSE = "Fraud screening"
RENAMED = "Stripe Payments, Ltd."


def assert_repurposed_and_renamed(
    diff: Callable[[list[Party]], DiffResult], base: list[Party], has_purpose: bool = True
) -> None:
    """A party's purpose changed: material (purposes), only its purpose; the same company
    renamed: not material, an entry renamed."""
    if has_purpose:
        repurposed = diff([base[0], replace(base[1], purpose=NEW_PURPOSE), base[2]])
        described = _described(repurposed)
        assert repurposed.material and "purposes" in repurposed.categories, described
        assert [c.fields for c in repurposed.entries] == [("purpose",)], described
    renamed = diff([base[0], replace(base[1], name=RENAMED), base[2]])
    assert not renamed.material, _described(renamed)
    assert [c.kind for c in renamed.entries] == ["renamed"], _described(renamed)
