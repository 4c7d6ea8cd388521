"""PDF lists of one company name a line with what it does under it, and their look-alikes.

Real PDFs (fpdf2) in en, nb, de, fr: a lead sentence, then names set bold one a
line, each with its purpose (and place) on the line under it. Each name and each
detail is a list item (as a ``<dl>``'s terms and definitions are), none a heading,
and the first name is not glued onto the sentence before it. The look-alikes keep
the blocks they had: a short definitions list (bold terms without a legal form over
their meaning), a controller's address block (one company's name over its address).
Headings over paragraphs: tests/extract/test_pdf_shapes.py and test_heading_shapes.py.
"""

from __future__ import annotations

import pytest
from fpdf import FPDF

from policywatch.extract import extract
from policywatch.extract.pdf import pdf_read
from policywatch.extract.textblocks import read_text

# Per language (test text, not a rule's words): the lead sentence, the parties
# (name, what it does and where), a definitions list (term, meaning), an address.
LANGUAGES = {
    "en": ("We use the following sub-processors to process personal data.",
           [("Stripe, Inc.", "Payment processing (Ireland)"),
            ("Zendesk, Inc.", "Customer support (United States)"),
            ("Hetzner Online GmbH", "Hosting of backups (Germany)")],
           [("Personal data", "any information relating to an identified person"),
            ("Controller", "the company that decides why and how data is processed")],
           ["Acme SA", "12 Rue de la Paix", "75002 Paris", "France"]),
    "nb": ("Vi bruker følgende underdatabehandlere.",
           [("Visma AS", "Regnskap og fakturering (Norge)"),
            ("Stripe, Inc.", "Betalinger (Irland)"),
            ("Hetzner Online GmbH", "Lagring av sikkerhetskopier (Tyskland)")],
           [("Personopplysninger", "alle opplysninger som kan knyttes til en person"),
            ("Behandlingsansvarlig", "den som bestemmer formålet med behandlingen")],
           ["Acme AS", "Storgata 1", "0155 Oslo", "Norge"]),
    "de": ("Wir setzen die folgenden Unterauftragsverarbeiter ein.",
           [("Hetzner Online GmbH", "Hosting der Sicherungskopien (Deutschland)"),
            ("Stripe, Inc.", "Zahlungsabwicklung (Irland)"),
            ("Zendesk, Inc.", "Kundendienst (Vereinigte Staaten)")],
           [("Personenbezogene Daten", "alle Informationen über eine bestimmte Person"),
            ("Verantwortlicher", "die Stelle, die über Zwecke und Mittel entscheidet")],
           ["Acme GmbH", "Hauptstraße 1", "10115 Berlin", "Deutschland"]),
    "fr": ("Nous faisons appel aux sous-traitants suivants.",
           [("OVH SAS", "Hébergement des données (France)"),
            ("Stripe, Inc.", "Traitement des paiements (Irlande)"),
            ("Zendesk, Inc.", "Support client (États-Unis)")],
           [("Données personnelles", "toute information relative à une personne identifiée"),
            ("Responsable", "la société qui décide des finalités du traitement")],
           ["Acme SAS", "12 rue de la Paix", "75002 Paris", "France"]),
}  # fmt: skip
PARAGRAPH = (
    "Each of them is bound by a written agreement with the same protection of personal data"
    " as ours, and we tell our customers thirty days before a new one starts. "
)


def _pdf(lead: str, lines: list[tuple[str, bool]]) -> bytes:
    """A title, a paragraph ending in ``lead``, the ``(text, bold)`` lines, a paragraph."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Acme", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, PARAGRAPH * 2 + lead, new_x="LMARGIN", new_y="NEXT")
    for text, bold in lines:
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, PARAGRAPH * 2, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _blocks(body: bytes) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read_text(*pdf_read(body))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_names_over_details_are_items(lang: str) -> None:
    lead, parties, _, _ = LANGUAGES[lang]
    body = _pdf(
        lead, [(t, bold) for p in parties for t, bold in zip(p, (True, False), strict=True)]
    )
    blocks = _blocks(body)
    items = [text for kind, text in blocks if kind == "item"]
    assert items == [t for p in parties for t in p], blocks
    assert not any(kind == "heading" and text in items for kind, text in blocks)
    lead_block = next(text for kind, text in blocks if text.endswith(lead))
    assert lead_block.endswith(lead)  # the first name is not glued onto the lead sentence
    doc = extract(body, "application/pdf")
    assert "\n\n- " + parties[0][0] + "\n\n- " + parties[0][1] + "\n\n" in doc.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_name_with_its_details_on_two_lines_is_one_item(lang: str) -> None:
    """A purpose wrapped onto a second line before the next name: one detail item."""
    lead, parties, _, _ = LANGUAGES[lang]
    lines = []
    for name, detail in parties:
        words = detail.split()
        lines += [(name, True), (" ".join(words[:1]), False), (" ".join(words[1:]), False)]
    items = [text for kind, text in _blocks(_pdf(lead, lines)) if kind == "item"]
    assert items[:4] == [t for p in parties[:2] for t in p]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("twin", ["definitions", "address"])
def test_look_alikes_keep_their_blocks(lang: str, twin: str) -> None:
    """Bold terms without a legal form over their meaning; one company over its address."""
    lead, _, definitions, address = LANGUAGES[lang]
    if twin == "definitions":
        lines = [(t, bold) for d in definitions for t, bold in zip(d, (True, False), strict=True)]
    else:
        lines = [(line, n == 0) for n, line in enumerate(address)]
    blocks = _blocks(_pdf(lead, lines))
    assert not any(kind == "item" for kind, _ in blocks), blocks
