"""A participle after a label on its line dates the page (issue 12, fix12d step 1).

12y and 12d read a participle inside a sentence about something else as no
date line (:mod:`tests.extract.test_date_cue_running_text`). A line that
opens with a label is no such sentence: "Version 2.1, updated 1 March 2024"
has a version word of the rows and its number before the participle and
nothing but a separator after its date
(:func:`~policywatch.extract.dateclauses.follows_label`); "Privacy Policy —
updated …" names the document itself. The twins have a subject and a verb
before the participle ("The company, founded in 2001, updated its logo on
…"), a version of something else ("Version 2 of the app, updated on …"), or
a verb after the date ("Version 2, updated on 1 March 2024, fixes a bug"),
and date nothing (fix12d4).
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
    ("en", "Version 3, updated on 1 March 2024. We changed how long we keep logs."),
    ("en", "Version 3, updated 2024-03-01 | Previous versions"),
    ("en", "Privacy Policy — updated 1 March 2024"),
    ("nb", "Versjon 2.1, oppdatert 1. mars 2024"),
    ("nb", "Versjon 2.1, oppdatert 1. mars 2024 · Tidligere versjoner"),
    ("nb", "Personvernerklæring, oppdatert 1. mars 2024"),
    ("de", "Version 2.1, aktualisiert am 1. März 2024"),
    ("de", "Fassung 2, geändert am 1. März 2024 (ersetzt Fassung 1)"),
    ("de", "Datenschutzerklärung, aktualisiert am 1. März 2024"),
    ("fr", "Version 2.1, mise à jour le 1 mars 2024"),
    ("fr", "Version 2.1, mise à jour le 1 mars 2024 — versions précédentes"),
    ("fr", "Politique de confidentialité, mise à jour le 1 mars 2024"),
    # A time of day and an author may follow the date (fix12d5 item 3).
    ("en", "Version 3, updated 1 March 2024 at 10:00 CET"),
    ("en", "Version 3, updated 01.03.2024 by the Legal Team"),
    ("nb", "Versjon 3 – oppdatert 1. mars 2024 kl. 10.00"),
    ("nb", "Versjon 3, oppdatert 1. mars 2024 av juridisk avdeling"),
    ("de", "Version 3, aktualisiert am 1. März 2024 um 10:00 Uhr"),
    ("de", "Fassung 3, geändert am 1. März 2024 von der Rechtsabteilung"),
    ("fr", "Version 3, mise à jour le 1 mars 2024 à 10h00"),
    ("fr", "Version 3, mise à jour le 1 mars 2024 par l'équipe juridique"),
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
    # A version label, then a verb after the date: the sentence is about a release.
    ("en", "Version 2, updated on 1 March 2024, fixes a bug in the app."),
    ("en", "We fixed the login bug. Version 2, updated on 1 March 2024, is now in the App Store."),
    ("nb", "Versjon 2, oppdatert 1. mars 2024, retter en feil i appen."),
    ("de", "Version 2, aktualisiert am 1. März 2024, behebt einen Fehler in der App."),
    ("de", "Fassung 2, geändert am 1. März 2024, gilt für die App."),
    ("fr", "Version 2, mise à jour le 1 mars 2024, corrige un bogue de l'application."),
    # A time of day, then a verb: still a sentence (fix12d5 item 3).
    ("en", "Version 3, updated 1 March 2024 at 10:00, fixes a bug in the app."),
    ("nb", "Versjon 3, oppdatert 1. mars 2024 kl. 10.00, retter en feil i appen."),
    ("de", "Version 3, aktualisiert am 1. März 2024 um 10:00 Uhr, behebt einen Fehler."),
    ("fr", "Version 3, mise à jour le 1 mars 2024 à 10h00, corrige un bogue."),
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
        ("Versjon 4: ", "nb", True),
        ("Fassung 2, ", "de", True),
        ("Version 3 — ", "fr", True),
        ("Version, ", "en", False),  # a version word with no number is no label
        ("Published 2, ", "en", False),  # a publication word is no version label
        ("The company, founded in 2001, ", "en", False),
        ("Version 2 of the app, ", "en", False),
        # The document's own name is read by names_document, not as a label.
        ("Politique de confidentialité, ", "fr", False),
    ],
)
def test_what_a_label_is(head: str, lang: str, label: bool) -> None:
    text = head + "updated 1 March 2024"
    assert follows_label(text, len(head), lang) is label, head


@pytest.mark.parametrize(
    ("tail", "label"),
    [
        ("", True),
        ("\nWe collect your e-mail address.", True),
        (". We collect your e-mail address.", True),
        (" | Archive", True),
        (" · Archive", True),
        (" — archive", True),
        (" (replaces version 1)", True),
        (", fixes a bug in the app.", False),  # a verb after the date: a sentence
        (" and fixes a bug.", False),
        (" at 10:00 CET", True),
        (" by the Legal Team", True),
        (" at 10:00, fixes a bug.", False),
        (" by adding a section, fixes a bug.", False),
    ],
)
def test_only_a_separator_follows_a_label_date(tail: str, label: bool) -> None:
    head = "Version 2, "
    text = head + "updated on 1 March 2024" + tail
    assert follows_label(text, len(head), "en") is label, tail
