"""Identity and contact in en, nb, de, fr (issue 13 §4): the same legal entity described
more fully (its registered office, its company number added) is editorial, an e-mail
address written against harvesters written out ("privacy [at] acme.com" ->
"privacy@acme.com", "(at)"/"(dot)" alike) is cosmetic; a different entity or a
different mailbox is a material controller/contact change, also when the old address
was hidden.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing import DiffResult, diff_documents

# fmt: off
# heading, the controller, described more fully, another controller.
ENTITIES = {
    "en": ("Who we are", "The controller is Acme Ltd.",
           "The controller is Acme Ltd, company number 12345678, registered office "
           "1 Main Street, London.",
           "The controller is Beta GmbH, Hauptstraße 1, Berlin."),
    "nb": ("Hvem vi er", "Behandlingsansvarlig er Acme AS.",
           "Behandlingsansvarlig er Acme AS, organisasjonsnummer 912 345 678, "
           "forretningsadresse Storgata 1, Oslo.",
           "Behandlingsansvarlig er Beta GmbH, Hauptstraße 1, Berlin."),
    "de": ("Wer wir sind", "Verantwortlicher ist die Acme GmbH.",
           "Verantwortlicher ist die Acme GmbH, Sitz Hauptstraße 1, Berlin, eingetragen im "
           "Handelsregister des Amtsgerichts Charlottenburg unter HRB 123456.",
           "Verantwortlicher ist die Beta AG, Ringstraße 5, Wien."),
    "fr": ("Qui sommes-nous", "Le responsable du traitement est Acme SAS.",
           "Le responsable du traitement est Acme SAS, immatriculée au RCS de Paris sous le "
           "numéro 123 456 789, siège social 1 rue de la Paix, Paris.",
           "Le responsable du traitement est Beta GmbH, Hauptstraße 1, Berlin."),
}
# heading, the sentence with {address}, the mailbox, another mailbox (same domain).
CONTACTS = {
    "en": ("Contact", "Write to our data protection officer at {address}.", "privacy",
           "legal", "acme.com"),
    "nb": ("Kontakt", "Skriv til personvernombudet vårt på {address}.", "personvern",
           "juridisk", "acme.no"),
    "de": ("Kontakt", "Schreiben Sie unserem Datenschutzbeauftragten an {address}.",
           "datenschutz", "recht", "acme.de"),
    "fr": ("Contact", "Écrivez à notre délégué à la protection des données : {address}.",
           "dpo", "juridique", "acme.fr"),
}
# fmt: on


def _diff(language: str, heading: str, old: str, new: str) -> DiffResult:
    def doc(sentence: str) -> ExtractedDocument:
        text = f"# Privacy\n\n## {heading}\n\n{sentence}\n"
        return ExtractedDocument(text=text, language=language)

    return diff_documents(doc(old), doc(new))


@pytest.mark.parametrize("language", sorted(ENTITIES))
def test_the_same_entity_described_more_fully_is_editorial_another_is_material(
    language: str,
) -> None:
    heading, entity, fuller, other = ENTITIES[language]
    assert _diff(language, heading, entity, fuller).verdict == "editorial"
    result = _diff(language, heading, entity, other)
    assert result.verdict == "material" and "controller_contact" in result.categories


@pytest.mark.parametrize("hidden", ["{box} [at] {domain}", "{box} (at) {domain_dots}"])
@pytest.mark.parametrize("language", sorted(CONTACTS))
def test_an_address_written_out_is_cosmetic_another_mailbox_is_material(
    language: str, hidden: str
) -> None:
    heading, sentence, box, other_box, domain = CONTACTS[language]
    obfuscated = sentence.format(
        address=hidden.format(box=box, domain=domain, domain_dots=domain.replace(".", " (dot) "))
    )
    written_out = sentence.format(address=f"{box}@{domain}")
    another = sentence.format(address=f"{other_box}@{domain}")
    assert _diff(language, heading, obfuscated, written_out).verdict == "cosmetic"
    for old in (written_out, obfuscated):
        result = _diff(language, heading, old, another)
        assert result.verdict == "material" and "controller_contact" in result.categories
