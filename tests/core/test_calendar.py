"""Month names and date order come from CLDR for every language policywatch reads."""

from __future__ import annotations

import pytest

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.calendar import all_month_names, day_first, month_number


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_names_all_twelve_months(language):
    from policywatch.core.lexicon.calendar import month_names

    assert set(month_names(language).values()) == set(range(1, 13))


@pytest.mark.parametrize(
    ("name", "language", "month"),
    [
        ("März", "de", 3),
        ("stycznia", "pl", 1),  # genitive, as written in a date
        ("styczeń", "pl", 1),
        ("desember", "nb", 12),
        ("desembar", "nn", None),
        ("févr.", "fr", 2),
        ("Ιουνίου", "el", 6),
        ("marca", "sk", 3),
        ("Sept", None, 9),
    ],
)
def test_month_names(name, language, month):
    assert month_number(name, language) == month


def test_a_name_two_languages_disagree_on_is_read_only_in_its_own_language():
    # "marca" is March in Slovak and Polish; "lis" (listopad) is November in Czech
    # but October in Croatian (listopad): ambiguous without the page's language.
    assert "listopad" not in all_month_names()
    assert month_number("listopad", "cs") == 11
    assert month_number("listopad", "hr") == 10


def test_numeric_order_by_language():
    assert not day_first("en")
    assert all(day_first(lang) for lang in ("nb", "nn", "fr", "de", "pl", "is"))
