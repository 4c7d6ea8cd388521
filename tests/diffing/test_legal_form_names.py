"""A line that is a company's name with any legal form is a name (core/lexicon/legal_forms).

The forms of the EU's languages and Norway ("S.à r.l.", "Sàrl", "SARL", "UG", "A/S",
"NUF", "d.o.o."...): a line of only the name and its form is a bare name and names a
company in a list; its twin, the same name and form followed by prose, is a sentence.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.legal_forms import FORMS, GENERIC
from policywatch.diffing.party_names import bare_name, name_like, split_item

NAMED = [f for f in FORMS if f not in GENERIC]


@pytest.mark.parametrize("form", NAMED)
def test_a_name_with_each_legal_form_is_a_name(form: str) -> None:
    line = f"Nordlys Cloud {form}"
    assert bare_name(line), line
    assert name_like(line, "en"), line
    assert split_item(f"{line}: Hosting (Norway)") == (line, "Hosting (Norway)"), line


@pytest.mark.parametrize("form", NAMED)
def test_the_name_and_form_before_prose_is_no_bare_name(form: str) -> None:
    sentence = f"Nordlys Cloud {form} hosts the data in Oslo."
    assert not bare_name(sentence), sentence


@pytest.mark.parametrize("form", ["S.à r.l.", "S.à.r.l.", "SARL", "Sàrl"])
def test_the_french_limited_company_forms_in_a_comma_list(form: str) -> None:
    # "Acme, S.à r.l." keeps its comma: the form belongs to the name.
    assert bare_name(f"Acme, {form}"), form
