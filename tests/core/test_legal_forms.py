"""Company legal forms are written once (core/lexicon/legal_forms.py) and read the same
way by the diff's facts and entry lists, for the forms of every country policies name."""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.legal_forms import FORMS, GENERIC, WORDS
from policywatch.diffing.facts_lexicon import COMPANY


@pytest.mark.parametrize("form", [f for f in FORMS if f not in GENERIC])
def test_a_company_named_with_any_form_is_found_in_running_text(form):
    found = COMPANY.search(f"Our sub-processor Nordlys Cloud {form} hosts the data in Oslo.")
    assert found is not None and found.group(1) == "Nordlys Cloud", form


@pytest.mark.parametrize("form", sorted(GENERIC))
def test_generic_words_do_not_end_a_name_in_running_text(form):
    # "Acme Company partners": a phrase, not a company the form names.
    assert COMPANY.search(f"Data is shared with Acme {form} partners.") is None


def test_every_form_is_a_word_a_name_comparison_ignores():
    from policywatch.diffing.text import key

    for form in FORMS:
        assert set(key(f"Nordlys {form}").split()) - {"nordlys"} <= WORDS, form
