"""Security is a security commitment when it is of data or systems ("we ensure the
security of your personal data", "la sécurité des plateformes"), and none when it is
the safety of people ("the security of our members", "la sécurité et la santé du
personnel", "die Sicherheit unserer Mitarbeiter", "sikkerheten til brukerne"):
``PEOPLE`` and ``SAFETY_OF_PEOPLE`` of core/lexicon/data_sense.py, read away by
``NOT_WORDS`` of core/lexicon/category_words.py. People beside a data word stay data
security ("the security of our users and their data").
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.lexicons import topic_pattern, topics
from policywatch.diffing.text import key

# fmt: off
# (language, heading, a sentence both versions have, security of data or systems, its
# twin: the safety of people)
CASES = [
    ("en", "Your account", "You can open an account on our website at any time.",
     "We ensure the security of our systems with regular audits.",
     "We act to protect the security of our members on the platform."),
    ("en", "Your account", "You can open an account on our website at any time.",
     "We protect the security of our users and their personal data.",
     "Moderators protect the safety and security of our staff."),
    ("nb", "Kontoen din", "Du kan når som helst opprette en konto på nettstedet vårt.",
     "Vi ivaretar sikkerheten til personopplysningene dine.",
     "Vi ivaretar sikkerheten til brukerne på plattformen."),
    ("nb", "Kontoen din", "Du kan når som helst opprette en konto på nettstedet vårt.",
     "Vi ivaretar sikkerheten til brukernes data.",
     "Brukernes sikkerhet er viktig for oss på arrangementene."),
    ("de", "Ihr Konto", "Sie können jederzeit ein Konto auf unserer Website eröffnen.",
     "Wir gewährleisten die Sicherheit Ihrer Daten.",
     "Wir gewährleisten die Sicherheit unserer Mitarbeiter bei der Lieferung."),
    ("fr", "Votre compte", "Vous pouvez ouvrir un compte sur notre site à tout moment.",
     "Nous assurons la sécurité des plateformes et services.",
     "Nous préservons la sécurité et la santé du personnel du transporteur."),
    ("fr", "Votre compte", "Vous pouvez ouvrir un compte sur notre site à tout moment.",
     "Nous assurons la sécurité des utilisateurs et de leurs données.",
     "Nous veillons à la sécurité des personnes lors des livraisons."),
]
# fmt: on


def _categories(language: str, heading: str, text: str, added: str) -> list[str]:
    old = ExtractedDocument(text=text, sections=[Section(1, heading, text)], language=language)
    both = f"{text}\n\n{added}"
    new = ExtractedDocument(text=both, sections=[Section(1, heading, both)], language=language)
    return diff_documents(old, new).categories


@pytest.mark.parametrize(("language", "heading", "text", "data", "people"), CASES)
def test_security_of_data_or_systems_is_security(
    language: str, heading: str, text: str, data: str, people: str
) -> None:
    assert "security" in _categories(language, heading, text, data)


@pytest.mark.parametrize(("language", "heading", "text", "data", "people"), CASES)
def test_twin_the_safety_of_people_is_no_security(
    language: str, heading: str, text: str, data: str, people: str
) -> None:
    # The word is there (the table's stem matches it), in the sense of people's safety.
    assert topic_pattern("security", language).search(key(people))
    assert "security" not in _categories(language, heading, text, people)


# The other languages of the table, on the comparison key, with and without the page's
# language: (language, security of systems, the safety of people)
WORDS = [
    ("es", "la seguridad de los sistemas", "la seguridad de los usuarios"),
    ("it", "la sicurezza dei sistemi", "la sicurezza dei passeggeri"),
    ("pt", "a segurança dos sistemas", "a segurança dos passageiros"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "systems", "people"), WORDS)
@pytest.mark.parametrize("read_as", ["page", "unknown"])
def test_each_language_reads_security_of_people_as_none(
    language: str, systems: str, people: str, read_as: str
) -> None:
    read = language if read_as == "page" else None
    assert "security" in topics(key(systems), read)
    assert "security" not in topics(key(people), read)
