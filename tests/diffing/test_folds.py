"""One table of typographic folds (extract/normalise.py): the diff folds every
character extraction folds, and only its dashes besides, which stored text keeps."""

from __future__ import annotations

import pytest

from policywatch.diffing.text import fold, key
from policywatch.extract.normalise import TYPOGRAPHIC_FOLDS, normalise_inline


@pytest.mark.parametrize("code", sorted(TYPOGRAPHIC_FOLDS))
def test_the_diff_folds_what_extraction_folds(code: int) -> None:
    text = f"data{chr(code)}kept"
    assert fold(text) == f"data{TYPOGRAPHIC_FOLDS[code] or ''}kept"
    assert fold(text) == normalise_inline(text)


@pytest.mark.parametrize("dash", ["\u2010", "\u2013", "\u2014"])
def test_a_dash_is_kept_in_stored_text_and_folded_for_comparison(dash: str) -> None:
    text = f"30{dash}60 days"
    assert normalise_inline(text) == text
    assert fold(text) == "30-60 days"
    assert key(text) == key("30-60 days")


def test_letters_digits_and_other_marks_are_left_as_they_are() -> None:
    assert fold("Ærlig behandling: 30/60 § 5 · données") == "Ærlig behandling: 30/60 § 5 · données"
