"""A country's abbreviation ("U.S.", "U.K.") at a sentence's end before a new sentence's
first word ends the sentence (``core/lexicon/abbreviations``: a capitalised word before a
lower-case one, no name head), so the contact line after it is a sentence of its own and
a changed e-mail address there files as the controller's contact, not as the complaint
right the sentence before names (en, nb, de, fr). Its twin: a name continuing the
abbreviation ("U.S. Department of Commerce", "Data Privacy Framework") cuts nothing.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.sentences import sentences

# fmt: off
# language -> (a sentence ending in a country's abbreviation, the next one: a contact line)
ENDS = {
    "en": ("You may lodge a complaint with the supervisory authority in the U.K.",
           "Questions about this policy: {}."),
    "nb": ("Du kan sende en klage til tilsynsmyndigheten i U.K.",
           "Spørsmål om denne erklæringen: {}."),
    "de": ("Sie können sich bei der Aufsichtsbehörde beschweren, auch in den U.S.",
           "Fragen zu dieser Erklärung: {}."),
    "fr": ("Vous pouvez introduire une réclamation auprès de l'autorité de contrôle aux U.S.",
           "Questions sur cette politique : {}."),
}
# language -> a sentence in which a name continues the abbreviation before lower case
CONTINUES = {
    "en": "We are certified by the U.S. Department of Commerce to receive data.",
    "nb": "Vi er sertifisert under EU-U.S. Data Privacy Framework for overføringer.",
    "de": "Wir sind beim U.S. Department of Commerce nach dem Rahmen zertifiziert.",
    "fr": "Nous transférons des données au U.S. Government uniquement sur demande.",
}
# fmt: on


def _contact(language: str, address: str) -> ExtractedDocument:
    first, second = ENDS[language]
    text = f"{first} {second.format(address)}"
    return ExtractedDocument(text=text, sections=[Section(1, "Contact", text)], language=language)


@pytest.mark.parametrize("language", sorted(ENDS))
def test_a_country_abbreviation_before_a_sentence_first_word_ends_it(language: str) -> None:
    first, second = ENDS[language]
    line = second.format("privacy@acme.example")
    assert sentences(f"{first} {line}", language) == [first, line]


@pytest.mark.parametrize("language", sorted(ENDS))
def test_the_contact_line_after_it_files_as_the_controller_contact(language: str) -> None:
    result = diff_documents(
        _contact(language, "privacy@acme.example"), _contact(language, "dpo@acme-group.example")
    )
    assert result.categories == ["controller_contact"]


@pytest.mark.parametrize("language", sorted(CONTINUES))
def test_a_name_continuing_the_abbreviation_cuts_nothing(language: str) -> None:
    sentence = CONTINUES[language]
    assert sentences(sentence, language) == [sentence]
