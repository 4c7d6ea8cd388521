"""A participle of several words inside a sentence about something else does not date the
page (issue 12, 12d step 3).

12y's rule (:mod:`tests.extract.test_date_cue_running_text`) for a one-word
participle holds for a participle the rows write in several words or with its
linking word: "mise à jour le", "mis à jour", "angepasst am", "geändert am",
"oppdatert den", "updated on". Which phrases are participles is derived from
the rows (:func:`~policywatch.core.lexicon.date_cues.is_participle`): what a
row writes after its word for "last" ("dernière mise à jour", "zuletzt
angepasst"). The label with that word ("Dernière mise à jour : …", "Version
2.1, last updated …") and a sentence naming the document still date the page.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.date_cues import is_participle
from tests.extract.stated_pages import stated
from tests.extract.test_date_cue_running_text import EFFECTIVE, policy_page

# (language, a sentence whose participle of several words dates something else)
RUNNING_TEXT = [
    ("en", "The app was updated on 3 March 2024 to fix a bug."),
    ("en", "The regulator's guidance was published on 3 March 2024 for every sector."),
    ("nb", "Appen ble oppdatert den 3. mars 2024 for å rette en feil."),
    ("nb", "Rutinene ble endret den 3. mars 2024 etter revisjonen."),
    ("de", "Die App wurde angepasst am 3. März 2024, um einen Fehler zu beheben."),
    ("de", "Die App wurde geändert am 3. März 2024, um einen Fehler zu beheben."),
    ("fr", "L'application a été mise à jour le 3 mars 2024 pour corriger un bogue."),
    ("fr", "Le logiciel a été mis à jour le 3 mars 2024 pour corriger un bogue."),
    ("fr", "La base de données a été modifiée le 3 mars 2024 par notre prestataire."),
]


@pytest.mark.parametrize(("lang", "sentence"), RUNNING_TEXT)
def test_a_participle_phrase_in_running_text_dates_no_page(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) is None, sentence
    found = stated(policy_page(lang, EFFECTIVE[lang], sentence))
    assert found is not None and found[1] == "effective", (sentence, found)


# The twins: the same phrases opening the line, labelling the date, or in a sentence
# naming the document date the page.
DATE_LINES = [
    ("en", "Updated on 3 March 2024"),
    ("en", "This privacy policy was updated on 3 March 2024."),
    ("nb", "Oppdatert den 3. mars 2024"),
    ("nb", "Denne personvernerklæringen ble oppdatert den 3. mars 2024."),
    ("de", "Angepasst am 3. März 2024"),
    ("de", "Diese Datenschutzerklärung wurde angepasst am 3. März 2024."),
    ("fr", "Mise à jour le 3 mars 2024"),
    ("fr", "Mis à jour le 3 mars 2024"),
    ("fr", "Dernière mise à jour : 3 mars 2024"),
    ("fr", "Cette politique a été mise à jour le 3 mars 2024."),
]


@pytest.mark.parametrize(("lang", "line"), DATE_LINES)
def test_a_participle_phrase_on_a_date_line_dates_the_page(lang: str, line: str) -> None:
    assert stated(policy_page(lang, line)) == ("2024-03-03", "last_updated"), line
    assert stated(policy_page(lang, EFFECTIVE[lang], line)) == ("2024-03-03", "last_updated"), line


# A label with the row's word for "last" is no participle, even after another field.
LABELS = [
    ("en", "Version 2.1, last updated 3 March 2024"),
    ("nb", "Versjon 2.1, sist oppdatert den 3. mars 2024"),
    ("de", "Version 2.1, zuletzt angepasst am 3. März 2024"),
    ("fr", "Version 2.1, dernière mise à jour le 3 mars 2024"),
]


@pytest.mark.parametrize(("lang", "line"), LABELS)
def test_a_last_label_after_another_field_dates_the_page(lang: str, line: str) -> None:
    assert stated(policy_page(lang, line)) == ("2024-03-03", "last_updated"), line


@pytest.mark.parametrize(
    ("cue", "lang", "participle"),
    [
        ("updated", "en", True),
        ("last updated", "en", False),
        ("oppdatert", "nb", True),
        ("sist oppdatert", "nb", False),
        ("angepasst", "de", True),  # the row writes "zuletzt angepasst"
        ("zuletzt angepasst", "de", False),
        ("mise à jour", "fr", True),  # the row writes "dernière mise à jour"
        ("mis à jour", "fr", True),  # its other agreement
        ("dernière mise à jour", "fr", False),
        ("dernière modification", "fr", False),
        ("üle vaadatud", "et", True),  # the row writes "viimati üle vaadatud"
    ],
)
def test_participles_are_derived_from_the_rows(cue: str, lang: str, participle: bool) -> None:
    assert is_participle(cue, lang) is participle
