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


# fmt: off
# A sentence with a clause of its own (the service as subject + a practice verb) states
# that practice, whatever pointer words it holds ("consultez" = browse, "bezoek" = visit,
# "weitere Informationen" = further data): (language, heading, section text, sentence).
STATED_BESIDE_POINTER_WORDS = [
    ("en", "Sharing", POINTERS[0][2],
     "To learn more about the health data we now share with insurers, see Section 4."),
    ("nb", "Deling", POINTERS[1][2],
     "For mer informasjon om posisjonsdataene vi nå deler med forsikringsselskaper, se punkt 4."),
    ("de", "Weitergabe", POINTERS[2][2],
     "Wir erheben weitere Informationen über Ihr Gerät wie Ihren genauen Standort und geben "
     "sie an Werbepartner weiter."),
    ("fr", "Partage", POINTERS[3][2],
     "Lorsque vous consultez notre site, nous collectons votre localisation précise et la "
     "partageons avec des annonceurs."),
    ("nl", "Delen", "Wij gebruiken cookies om u ingelogd te houden. U kunt ze blokkeren.",
     "Bij uw bezoek aan onze website verzamelen wij uw precieze locatie en delen deze met "
     "adverteerders."),
    ("es", "Compartir", "Usamos cookies para mantener su sesión. Puede bloquearlas.",
     "Cuando visite nuestro sitio, recopilamos su ubicación precisa y la compartimos con "
     "anunciantes."),
    ("it", "Condivisione", "Usiamo i cookie per mantenere la sessione. Può bloccarli.",
     "Quando visita il nostro sito, raccogliamo la sua posizione precisa e la condividiamo "
     "con gli inserzionisti."),
    ("pt", "Partilha", "Usamos cookies para manter a sua sessão. Pode bloqueá-los.",
     "Quando visite o nosso site, recolhemos a sua localização precisa e partilhamos com "
     "anunciantes."),
]
# Twins: the practice only asked about ("how we use cookies") is still a pointer.
ASKED_IN_A_POINTER = [
    ("en", "For more information about how we use cookies, see our cookie policy."),
    ("nb", "For mer informasjon om hvordan vi bruker informasjonskapsler, se vår side om "
           "informasjonskapsler."),
    ("de", "Weitere Informationen darüber, wie wir Cookies verwenden, finden Sie in unserer "
           "Cookie-Richtlinie."),
    ("fr", "Pour en savoir plus sur comment nous utilisons les cookies, consultez notre "
           "politique."),
]
# fmt: on


@pytest.mark.parametrize(
    "case", STATED_BESIDE_POINTER_WORDS, ids=[c[0] for c in STATED_BESIDE_POINTER_WORDS]
)
def test_a_clause_of_its_own_is_never_a_pointer(case: tuple[str, ...]) -> None:
    language, heading, text, sentence = case
    verdict, categories = _added(language, heading, text, sentence)
    assert verdict == "material" and "recipients" in categories


@pytest.mark.parametrize("case", ASKED_IN_A_POINTER, ids=[c[0] for c in ASKED_IN_A_POINTER])
def test_a_practice_asked_about_leaves_a_pointer(case: tuple[str, str]) -> None:
    language, pointer = case
    _, heading, text, *_ = next(c for c in POINTERS if c[0] == language)
    assert _added(language, heading, text, pointer) == ("editorial", [])
