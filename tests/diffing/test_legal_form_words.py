"""A legal form is read where a form stands, never as a loose letter or word.

The single letters of dotted forms ("e.K.", "I.K.E.", "d.o.o.") and the forms that are
also names or words ("EG", "BT", "SIA") are no form words read anywhere in a name
(``WORDS`` in ``core/lexicon/legal_forms``): "i.e." is no form, "c/o" makes no company,
"BT Group plc" is the BT group. They stay forms at a name's end ("EG A/S" is EG) and
right after a name ("Acme d.o.o." is a company).
"""

from __future__ import annotations

from policywatch.diffing import diff_documents
from policywatch.diffing.classify import judge
from policywatch.diffing.entries_diff import identity
from policywatch.diffing.roles import is_company
from policywatch.diffing.sentences import Unit
from policywatch.diffing.words import word_ops

from .conftest import one_section


def _edit(old: str, new: str) -> tuple[str, list[str]]:
    judged = judge(Unit(old, new, word_ops(old, new)), "Who we are")
    return judged.verdict, [r.category for r in judged.reasons]


def test_a_name_that_is_also_a_form_keeps_its_words() -> None:
    assert identity("BT Group plc") == "bt group" != identity("Group plc")
    assert identity("SIA S.p.A.") == identity("SIA") == "sia"
    assert identity("EG A/S") == identity("EG") == "eg"
    assert identity("UG Systems GmbH") == "ug systems"
    assert identity("Sentry à la carte").split()[1] == "à"
    # The forms still go: at the end as whole forms, their words anywhere.
    assert identity("Acme Sp. z o.o.") == identity("Acme GmbH & Co. KG") == "acme"


def test_a_form_added_to_a_listed_name_is_cosmetic() -> None:
    listed = "Our sub-processors:\n"
    for old, new in [
        ("- EG: hosting (Denmark)", "- EG A/S: hosting (Denmark)"),
        ("- SIA: payment processing (Italy)", "- SIA S.p.A.: payment processing (Italy)"),
    ]:
        diff = diff_documents(one_section(listed + old, "en"), one_section(listed + new, "en"))
        assert diff.categories == [], (new, diff.categories)
    # Twin: another company in its place is a new recipient.
    diff = diff_documents(
        one_section(listed + "- EG: hosting (Denmark)", "en"),
        one_section(listed + "- Nordlys A/S: hosting (Denmark)", "en"),
    )
    assert "recipients" in diff.categories, diff.categories


def test_loose_letters_make_no_company() -> None:
    assert not is_company("Dublin", "registered office dublin i e ireland")
    assert not is_company("Jane Doe", "our representative is jane doe c o verasafe")
    assert is_company("Acme", "hosted by acme d o o in zagreb")
    assert is_company("Beta", "beta e k hosts the data")
    assert is_company("Beta Inc", "beta inc hosts the data")
    new = "The controller is Acme Limited, registered office Dublin, i.e. Ireland."
    assert _edit("The controller is Acme Ltd.", new) == ("editorial", [])
