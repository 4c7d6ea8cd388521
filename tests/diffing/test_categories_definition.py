"""A definition of a quoted term ('"Security Measures" means encryption and ...') says what
a word of the document stands for, not what is done with anyone's data: added, it is
editorial with no category (diffing/categories_given.py ``is_definition``,
``DEFINING_WORDS`` of core/lexicon/category_words.py), in en, nb, de, fr. Its twins are
material in their category: the same words stated as a practice, and a statement that a
definition follows late in the same sentence.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents

# fmt: off
# (language, heading, section text, definition, the practice stated, a statement with a
# definition after it)
DEFINITIONS = [
    ("en", "Definitions", "In this agreement the words below have the meaning given here.",
     '"Security Measures" means encryption and pseudonymisation of personal data.',
     "We protect your data with encryption and pseudonymisation.",
     "We protect your personal data with encryption and pseudonymisation at all times and "
     'in this agreement "Security Measures" means both.'),
    ("nb", "Definisjoner", "I denne avtalen har ordene nedenfor betydningen som er gitt her.",
     "«Sikkerhetstiltak» betyr kryptering og pseudonymisering av personopplysninger.",
     "Vi beskytter opplysningene dine med kryptering og pseudonymisering.",
     "Vi beskytter alltid opplysningene dine med kryptering og pseudonymisering, og i denne "
     "avtalen betyr «Sikkerhetstiltak» begge to."),
    ("de", "Begriffsbestimmungen", "In diesem Vertrag haben die folgenden Wörter diese Bedeutung.",
     "„Sicherheitsmaßnahmen“ bezeichnet die Verschlüsselung und Pseudonymisierung "
     "personenbezogener Daten.",
     "Wir schützen Ihre Daten durch Verschlüsselung und Pseudonymisierung.",
     "Wir schützen Ihre Daten jederzeit durch Verschlüsselung und Pseudonymisierung und in "
     "diesem Vertrag bezeichnet „Sicherheitsmaßnahmen“ beides."),
    ("fr", "Définitions", "Dans ce contrat, les mots ci-dessous ont le sens donné ici.",
     "« Mesures de sécurité » désigne le chiffrement et la pseudonymisation des données "
     "personnelles.",
     "Nous protégeons vos données par le chiffrement et la pseudonymisation.",
     "Nous protégeons toujours vos données par le chiffrement et la pseudonymisation et dans "
     "ce contrat « Mesures de sécurité » désigne les deux."),
]
# fmt: on


def _added(language: str, heading: str, text: str, sentence: str) -> tuple[str, list[str]]:
    old = ExtractedDocument(text=text, sections=[Section(1, heading, text)], language=language)
    # A paragraph of its own: a sentence opening with a guillemet is not cut from the one
    # before it ("ici. « Mesures ..."), which would make it an edit of that sentence.
    both = f"{text}\n\n{sentence}"
    new = ExtractedDocument(text=both, sections=[Section(1, heading, both)], language=language)
    result = diff_documents(old, new)
    return result.verdict, result.categories


@pytest.mark.parametrize("case", DEFINITIONS, ids=[c[0] for c in DEFINITIONS])
def test_a_definition_states_no_practice(case: tuple[str, ...]) -> None:
    language, heading, text, definition, *_ = case
    assert _added(language, heading, text, definition) == ("editorial", [])


@pytest.mark.parametrize("case", DEFINITIONS, ids=[c[0] for c in DEFINITIONS])
def test_the_practice_stated_is_material(case: tuple[str, ...]) -> None:
    language, heading, text, _, stated, _ = case
    assert _added(language, heading, text, stated) == ("material", ["security"])


@pytest.mark.parametrize("case", DEFINITIONS, ids=[c[0] for c in DEFINITIONS])
def test_a_statement_before_a_definition_still_states(case: tuple[str, ...]) -> None:
    language, heading, text, *_, late = case
    assert _added(language, heading, text, late) == ("material", ["security"])


# fmt: off
# A quoted button label and "means that we ...": the defining verb opens a clause (that +
# a subject), so it states what the click does, not what a word stands for.
MEANS_THAT = [
    ("en", 'Clicking "Accept" means that we share your location data with advertisers.'),
    ("nb", "Å klikke på «Godta» betyr at vi deler posisjonsdataene dine med annonsører."),
    ("de", "Ein Klick auf „Akzeptieren“ bedeutet, dass wir Ihre Standortdaten an "
           "Werbepartner weitergeben."),
    ("fr", "Cliquer sur « Accepter » signifie que nous partageons vos données de localisation "
           "avec des annonceurs."),
]
# fmt: on


@pytest.mark.parametrize("case", MEANS_THAT, ids=[c[0] for c in MEANS_THAT])
def test_means_that_states_a_practice(case: tuple[str, str]) -> None:
    language, sentence = case
    _, heading, text, *_ = next(c for c in DEFINITIONS if c[0] == language)
    verdict, categories = _added(language, heading, text, sentence)
    assert verdict == "material" and "recipients" in categories
