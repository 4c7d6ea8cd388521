"""Each word pattern is written once (core/lexicon/tokens.py, stems.py) and means what
its docstring says; the data-subject rights table reads access as a right, per language."""

from __future__ import annotations

import doctest
import re

import pytest

from policywatch.core.lexicon import stems, subject_rights, tokens
from policywatch.core.lexicon.stems import HYPHENATED_WORD, words
from policywatch.core.lexicon.subject_rights import RIGHTS
from policywatch.core.lexicon.tokens import LETTER_WORD, LETTERS, WORD


@pytest.mark.parametrize("module", [tokens, stems, subject_rights])
def test_the_usage_shown_in_each_docstring_holds(module) -> None:
    result = doctest.testmod(module)
    assert result.attempted and not result.failed


def test_a_number_is_a_word_but_no_letters() -> None:
    assert WORD.findall("le 20 septembre") == ["le", "20", "septembre"]
    assert LETTERS.findall("le 20 septembre") == ["le", "septembre"]


def test_a_title_word_keeps_its_apostrophe_and_hyphen_but_starts_with_a_letter() -> None:
    assert LETTER_WORD.findall("O'Brien's Sub-processors 2024") == ["O'Brien's", "Sub-processors"]
    assert WORD.findall("O'Brien's") == ["O", "Brien", "s"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Sub\u2011processors", "subprocessors"),
        ("Unter-auftrags\u00adverarbeiter", "unterauftragsverarbeiter"),
    ],
)
def test_a_hyphenated_word_stands_where_words_joins_it(text: str, joined: str) -> None:
    assert [m.group() for m in HYPHENATED_WORD.finditer(f"our {text}.")] == ["our", text]
    assert words(text) == [joined]


def test_a_free_standing_dash_separates_two_hyphenated_words() -> None:
    assert [m.group() for m in HYPHENATED_WORD.finditer("sub - processors")] == [
        "sub",
        "processors",
    ]
    assert words("sub - processors") == ["sub", "processors"]


def _rights(text: str) -> list[str]:
    return [name for pattern, name in RIGHTS if re.search(pattern, text, re.I)]


# (the right of access named, access to a service lost), per language.
ACCESS = {
    "en": ("You have the right of access to your data.", "You may lose access to the services."),
    "nb": ("Du kan be om innsyn i opplysningene.", "Du kan miste tilgangen til tjenesten."),
    "de": ("Sie haben ein Auskunftsrecht.", "Sie können den Zugang zu den Diensten verlieren."),
    "fr": ("Vous disposez d'un droit d'accès.", "Vous pouvez perdre l'accès aux services."),
}


@pytest.mark.parametrize("language", sorted(ACCESS))
def test_access_is_a_right_and_access_to_a_service_is_not(language: str) -> None:
    right, service = ACCESS[language]
    assert _rights(right) == ["access"]
    assert _rights(service) == []
