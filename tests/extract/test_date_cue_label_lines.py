"""A participle after a label on its line dates the page (issue 12, fix12d step 1).

12y and 12d read a participle inside a sentence about something else as no
date line (:mod:`tests.extract.test_date_cue_running_text`). A line that
opens with a label is no such sentence: "Version 2.1, updated 1 March 2024"
has a version word of the rows and its number before the participle,
"Privacy Policy — updated …" the document's own name
(:func:`~policywatch.extract.dateclauses.follows_label`). The twins have a
subject and a verb before the participle ("The company, founded in 2001,
updated its logo on …"), or a version of something else ("Version 2 of the
app, updated on …"), and date nothing.
"""

from __future__ import annotations

import pytest

from policywatch.extract.dateclauses import follows_label
from tests.extract.stated_pages import stated
from tests.extract.test_date_cue_running_text import EFFECTIVE, policy_page

# (language, a label line whose participle dates the page on 1 March 2024)
LABEL_LINES = [
    ("en", "Version 2.1, updated 1 March 2024"),
    ("en", "Version 3 – updated 1 March 2024"),
    ("en", "Privacy Policy — updated 1 March 2024"),
    ("nb", "Versjon 2.1, oppdatert 1. mars 2024"),
    ("nb", "Personvernerklæring, oppdatert 1. mars 2024"),
    ("de", "Version 2.1, aktualisiert am 1. März 2024"),
    ("de", "Datenschutzerklärung, aktualisiert am 1. März 2024"),
    ("fr", "Version 2.1, mise à jour le 1 mars 2024"),
    ("fr", "Politique de confidentialité, mise à jour le 1 mars 2024"),
]


@pytest.mark.parametrize(("lang", "line"), LABEL_LINES)
def test_a_participle_after_a_label_dates_the_page(lang: str, line: str) -> None:
    assert stated(policy_page(lang, line)) == ("2024-03-01", "last_updated"), line
    # "Last updated" beats "effective": the label line's date is the page's.
    assert stated(policy_page(lang, EFFECTIVE[lang], line)) == ("2024-03-01", "last_updated")


# The twins: a clause with its subject and verb, or a version of another thing, before
# the participle dates something else.
CLAUSES = [
    ("en", "The company, founded in 2001, updated its logo on 1 March 2024."),
    ("en", "Version 2 of the app, updated on 1 March 2024, fixes a bug."),
    ("nb", "Selskapet, grunnlagt i 2001, ble oppdatert 1. mars 2024 med ny logo."),
    ("nb", "Versjon 2 av appen, oppdatert 1. mars 2024, retter en feil."),
    ("de", "Die Firma, gegründet 2001, hat ihr Logo aktualisiert am 1. März 2024."),
    ("de", "Version 2 der App, aktualisiert am 1. März 2024, behebt einen Fehler."),
    ("fr", "La société, fondée en 2001, a été mise à jour le 1 mars 2024 par ses associés."),
    ("fr", "Version 2 de l'application, mise à jour le 1 mars 2024, corrige un bogue."),
]


@pytest.mark.parametrize(("lang", "sentence"), CLAUSES)
def test_a_participle_after_a_clause_dates_no_page(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) is None, sentence
    found = stated(policy_page(lang, EFFECTIVE[lang], sentence))
    assert found is not None and found[1] == "effective", (sentence, found)


@pytest.mark.parametrize(
    ("head", "lang", "label"),
    [
        ("Version 2.1, ", "en", True),
        ("Privacy Policy Version 3 — ", "en", True),
        ("Versjon 4: ", "nb", True),
        ("Fassung 2, ", "de", True),
        ("Politique de confidentialité, ", "fr", True),
        ("Version, ", "en", False),  # a version word with no number is no label
        ("Published 2, ", "en", False),  # a publication word is no version label
        ("The company, founded in 2001, ", "en", False),
        ("Version 2 of the app, ", "en", False),
    ],
)
def test_what_a_label_is(head: str, lang: str, label: bool) -> None:
    text = head + "updated 1 March 2024"
    assert follows_label(text, len(head), lang) is label, head
