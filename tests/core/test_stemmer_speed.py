"""The stems come from Snowball's C code (PyStemmer) and are the pure-Python port's stems.

PyStemmer is pinned because snowballstemmer picks it up when installed: the
same algorithms, ~10x cheaper. If a version of one ever stems differently
from the other, search terms and topic features would move with the
install; these cases say so, per language.
"""

from __future__ import annotations

import importlib

import pytest
import snowballstemmer

from policywatch.core.lexicon.stems import stemmer, stemmer_name, words

# Per language, a sentence whose words have endings the stemmer removes.
SENTENCES = {
    "en": "We retained the processed personal data of our subscribers for advertising purposes",
    "nb": "Vi behandler personopplysningene dine og lagrer opplysningene i trettien dager",
    "de": "Wir verarbeiten Ihre personenbezogenen Daten und speichern die Informationen",
    "fr": "Nous conservons vos données personnelles et les traitements des sous-traitants",
    "es": "Conservamos sus datos personales y los tratamientos de los encargados",
}


def _pure(language: str):  # type: ignore[no-untyped-def]
    """The pure-Python port's stemmer class for ``language`` (as snowballstemmer names it)."""
    name = stemmer_name(language)
    assert name is not None
    module = importlib.import_module(f"snowballstemmer.{name}_stemmer")
    return getattr(module, f"{name.title()}Stemmer")()


def test_the_c_stemmers_are_in_use() -> None:
    assert snowballstemmer.stemmer("english").__class__.__module__ == "Stemmer"


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_c_stems_are_the_pure_ports(language: str) -> None:
    pure = _pure(language)
    for word in words(SENTENCES[language]):
        assert stemmer(language)(word) == pure.stemWord(word), (language, word)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_each_language_is_stemmed_with_its_own_algorithm(language: str) -> None:
    # The negative twin: another language's algorithm stems this sentence otherwise,
    # so the comparison above tells the algorithms apart.
    other = "fr" if language != "fr" else "en"
    sentence = words(SENTENCES[language])
    own = [stemmer(language)(w) for w in sentence]
    assert own != [_pure(other).stemWord(w) for w in sentence]
    assert own != sentence  # the stemmer changed some words
