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


def test_only_slashed_numeric_dates_can_be_month_first():
    """extract.datetext reads dotted and hyphenated numeric dates day-first: CLDR agrees."""
    from babel import Locale

    for language in LANGUAGES:
        pattern = Locale.parse(language).date_formats["short"].pattern
        if day_first(language) is False:  # None: year first (hu, lt, sv), not month-first
            assert "/" in pattern and "." not in pattern and "-" not in pattern, language


@pytest.mark.parametrize(
    ("word", "language", "month"),
    [("jaanuarist", "et", 1), ("martā", "lv", 3), ("márciusi", "hu", 3), ("Martin", "en", None)],
)
def test_inflected_month_names_in_their_own_language(word, language, month):
    assert month_number(word, language, inflected=True) == month
    assert month is None or month_number(word, None, inflected=True) is None


def test_year_first_languages_come_from_cldr():
    from policywatch.core.lexicon.calendar import year_first

    assert [lang for lang in LANGUAGES if year_first(lang)] == ["hu", "lt", "lv"]
