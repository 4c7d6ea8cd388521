"""Company legal forms are written once (core/lexicon/legal_forms.py) and read the same
way by the diff's facts and entry lists, for the forms of every country policies name."""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.legal_forms import ALSO_NAMES, FORMS, GENERIC, WORDS
from policywatch.diffing.facts_lexicon import COMPANY


@pytest.mark.parametrize("form", [f for f in FORMS if f not in GENERIC])
def test_a_company_named_with_any_form_is_found_in_running_text(form):
    found = COMPANY.search(f"Our sub-processor Nordlys Cloud {form} hosts the data in Oslo.")
    assert found is not None and found.group(1) == "Nordlys Cloud", form


@pytest.mark.parametrize("form", sorted(GENERIC))
def test_generic_words_do_not_end_a_name_in_running_text(form):
    # "Acme Company partners": a phrase, not a company the form names.
    assert COMPANY.search(f"Data is shared with Acme {form} partners.") is None


def test_every_form_ending_a_name_is_ignored_when_names_are_compared():
    from policywatch.diffing.entries_diff import identity

    for form in FORMS:
        assert identity(f"Nordlys {form}") == "nordlys", form
        assert identity(f"Nordlys Cloud, {form}") == "nordlys cloud", form


def test_the_words_read_anywhere_are_no_letters_ordinary_words_or_names():
    from policywatch.core.lexicon.function_words import FUNCTION_WORDS

    ordinary = {w for words in FUNCTION_WORDS.values() for w in words}
    assert all(len(w) > 1 for w in WORDS)
    assert not WORDS & ordinary and not WORDS & ALSO_NAMES
    assert {"gmbh", "ltd", "inc", "sarl", "oy"} <= WORDS
