"""A sentence that sends the reader to another text ("for more information about
encryption, see our security page") names what is told there and states nothing itself:
added, it is editorial, with no category (diffing/categories_given.py ``is_pointer``,
``POINTER_WORDS`` of core/lexicon/category_words.py), in en, nb, de, fr. Its twins are
material: the same topic stated, a pointer that gives a contact address, a pointer
joined to a statement by a semicolon.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents

# fmt: off
# (language, heading, section text, pointer, the topic stated, pointer with an address,
# a statement and a pointer in one sentence)
POINTERS = [
    ("en", "Cookies", "We use cookies to keep you signed in. You can block them in your browser.",
     "For more information about encryption and pseudonymisation, see our security page.",
     "We protect your data with encryption and pseudonymisation.",
     "For more information, write to privacy@acme.com.",
     "We protect your data with encryption; for more information, see our security page."),
    ("nb", "Informasjonskapsler",
     "Vi bruker informasjonskapsler for å holde deg innlogget. Du kan blokkere dem i nettleseren.",
     "For mer informasjon om kryptering og pseudonymisering, se vår side om sikkerhet.",
     "Vi beskytter opplysningene dine med kryptering og pseudonymisering.",
     "For mer informasjon, skriv til personvern@acme.no.",
     "Vi beskytter opplysningene dine med kryptering; for mer informasjon, se vår side."),
    ("de", "Cookies",
     "Wir verwenden Cookies, damit Sie angemeldet bleiben. Sie können sie blockieren.",
     "Weitere Informationen über Verschlüsselung und Pseudonymisierung finden Sie auf unserer "
     "Sicherheitsseite.",
     "Wir schützen Ihre Daten durch Verschlüsselung und Pseudonymisierung.",
     "Weitere Informationen erhalten Sie unter datenschutz@acme.de.",
     "Wir schützen Ihre Daten durch Verschlüsselung; weitere Informationen finden Sie hier."),
    ("fr", "Cookies",
     "Nous utilisons des cookies pour vous garder connecté. Vous pouvez les bloquer.",
     "Pour plus d'informations sur le chiffrement et la pseudonymisation, consultez notre page "
     "sécurité.",
     "Nous protégeons vos données par le chiffrement et la pseudonymisation.",
     "Pour plus d'informations, écrivez à dpo@acme.fr.",
     "Nous protégeons vos données par le chiffrement ; pour plus d'informations, consultez "
     "notre page."),
]
# fmt: on


def _added(language: str, heading: str, text: str, sentence: str) -> tuple[str, list[str]]:
    old = ExtractedDocument(text=text, sections=[Section(1, heading, text)], language=language)
    both = f"{text} {sentence}"
    new = ExtractedDocument(text=both, sections=[Section(1, heading, both)], language=language)
    result = diff_documents(old, new)
    return result.verdict, result.categories


@pytest.mark.parametrize("case", POINTERS, ids=[c[0] for c in POINTERS])
def test_a_pointer_to_another_text_states_nothing(case: tuple[str, ...]) -> None:
    language, heading, text, pointer, *_ = case
    assert _added(language, heading, text, pointer) == ("editorial", [])


@pytest.mark.parametrize("case", POINTERS, ids=[c[0] for c in POINTERS])
def test_the_topic_stated_is_material(case: tuple[str, ...]) -> None:
    language, heading, text, _, stated, *_ = case
    assert _added(language, heading, text, stated) == ("material", ["security"])


@pytest.mark.parametrize("case", POINTERS, ids=[c[0] for c in POINTERS])
def test_a_pointer_that_gives_an_address_is_a_contact(case: tuple[str, ...]) -> None:
    language, heading, text, _, _, address, _ = case
    assert _added(language, heading, text, address) == ("material", ["controller_contact"])


@pytest.mark.parametrize("case", POINTERS, ids=[c[0] for c in POINTERS])
def test_a_statement_beside_a_pointer_still_states(case: tuple[str, ...]) -> None:
    language, heading, text, *_, joined = case
    assert _added(language, heading, text, joined) == ("material", ["security"])
