"""The word "minor" is a child only as a person: "we do not knowingly collect data from minors",
"mineurs de moins de 15 ans" give the children category; "a minor defect", "minor
changes", "modifications mineures", "le défaut de conformité est mineur" do not (the
adjective of a thing: ``MINOR_WORDS`` and ``PERSON_SENSE`` of
core/lexicon/data_sense.py, read away by ``NOT_WORDS`` of core/lexicon/category_words.py).
German and Norwegian have a word for under-age only ("minderjährig", "mindreårig"),
which still gives the category, and another for a small change ("geringfügig",
"mindre"), which never did.
"""

from __future__ import annotations

import doctest

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.lexicons import topic_pattern, topics
from policywatch.diffing.text import key

# fmt: off
# (language, heading, a sentence both versions have, a minor as a person, its twin: the
# adjective of a thing)
CASES = [
    ("en", "Your account", "You can open an account on our website at any time.",
     "We do not knowingly collect data from minors.",
     "We may make minor changes to the layout of this page."),
    ("en", "Your account", "You can open an account on our website at any time.",
     "If you are a minor, your parent must open the account.",
     "A minor defect does not give a right to a refund."),
    ("en", "Your account", "You can open an account on our website at any time.",
     "Minor users may not open an account.",
     "The refund is refused if the defect is minor."),
    ("nb", "Kontoen din", "Du kan når som helst opprette en konto på nettstedet vårt.",
     "Mindreårige under 13 år kan ikke opprette en konto.",
     "Vi kan gjøre mindre endringer i utformingen av denne siden."),
    ("de", "Ihr Konto", "Sie können jederzeit ein Konto auf unserer Website eröffnen.",
     "Minderjährige unter 16 Jahren dürfen kein Konto eröffnen.",
     "Wir können geringfügige Änderungen am Layout dieser Seite vornehmen."),
    ("fr", "Votre compte", "Vous pouvez ouvrir un compte sur notre site à tout moment.",
     "Les mineurs de moins de 15 ans ne peuvent pas ouvrir de compte.",
     "Nous pouvons apporter des modifications mineures à la mise en page."),
    ("fr", "Votre compte", "Vous pouvez ouvrir un compte sur notre site à tout moment.",
     "Si vous êtes mineur, vos parents doivent ouvrir le compte.",
     "Le remboursement est refusé si le défaut de conformité est mineur."),
]
# fmt: on


def _categories(language: str, heading: str, text: str, added: str) -> list[str]:
    old = ExtractedDocument(text=text, sections=[Section(1, heading, text)], language=language)
    both = f"{text}\n\n{added}"
    new = ExtractedDocument(text=both, sections=[Section(1, heading, both)], language=language)
    return diff_documents(old, new).categories


@pytest.mark.parametrize(("language", "heading", "text", "person", "thing"), CASES)
def test_a_minor_as_a_person_gives_children(
    language: str, heading: str, text: str, person: str, thing: str
) -> None:
    assert "children" in _categories(language, heading, text, person)


@pytest.mark.parametrize(("language", "heading", "text", "person", "thing"), CASES)
def test_twin_minor_as_the_adjective_of_a_thing_gives_none(
    language: str, heading: str, text: str, person: str, thing: str
) -> None:
    # The word is there (the table's stem matches it), as the adjective of a thing.
    assert language in ("nb", "de") or topic_pattern("children", language).search(key(thing))
    assert "children" not in _categories(language, heading, text, thing)


# The other languages with a "minor" of two senses, read on the comparison key: with the
# page's language and without one (every language's phrases at once).
# (language, a minor as a person, the adjective of a thing)
WORDS = [
    ("en", "information about minors under 13", "minor edits to the wording"),
    ("fr", "les données des mineurs", "des changements mineurs"),
    ("es", "los menores de 14 años", "los cambios son menores"),
    ("it", "i dati dei minori", "modifiche minori al testo"),
    ("pt", "dados de menores de idade", "alterações menores ao texto"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "person", "thing"), WORDS)
@pytest.mark.parametrize("read_as", ["page", "unknown"])
def test_each_language_reads_the_person_sense_only(
    language: str, person: str, thing: str, read_as: str
) -> None:
    read = language if read_as == "page" else None
    assert "children" in topics(key(person), read)
    assert "children" not in topics(key(thing), read)


def test_the_usage_shown_in_the_docstrings_holds() -> None:
    from policywatch.core.lexicon import category_words

    result = doctest.testmod(category_words)
    assert result.attempted and not result.failed
