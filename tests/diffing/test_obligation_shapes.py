"""A duty added to or cut from a DPA is material, in every DPA language (issue 13).

A sentence that binds a party to an action ("the Processor shall erase ...", "the
Processor shall not disclose ...") added or removed whole changes what the DPA
promises, whatever words the action takes; it is filed under what the action is
about. Each case is one sentence more or less at the end of one activity of the
whole DPA of ``test_clause_shapes.py`` (1,500-4,000 words), through the guard and
the diff as the crawl takes it, per language of that DPA:

- an obligation added, an obligation removed: material (retention: erasing records);
- a prohibition added, a prohibition removed: material (recipients: disclosing them);

and the twins that must not trigger:

- the same obligation reworded (its clauses in the other order, the conjunction
  another one: "as soon as" -> "once"): editorial;
- a sentence binding nobody ("This clause applies to the Services.") added: not
  material;
- a heading restyled (upper case, its number written "6)"): cosmetic.

The obligations put the verb where each language puts it: second or last in a
German or Dutch clause, after the subordinate clause in the reworded twin.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.bound import binds
from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

from .conftest import guarded_diff
from .test_clause_shapes import BASE, DPA, dpa
from .test_reworded_twins import AT, UNRELATED, with_sentence

# language: (an obligation, the same obligation reworded, a prohibition, a sentence
# that binds nobody)
# fmt: off
DUTIES: dict[str, tuple[str, str, str, str]] = {
    "en": ("The Processor shall erase the records of this activity as soon as the Customer"
           " asks it to.",
           "Once the Customer asks it to, the Processor shall erase the records of this"
           " activity.",
           "The Processor shall not disclose these records to any other company.",
           "This clause applies to the Services."),
    "de": ("Der Auftragsverarbeiter muss die Aufzeichnungen zu dieser Tätigkeit löschen,"
           " sobald der Kunde ihn darum bittet.",
           "Wenn der Kunde ihn darum bittet, muss der Auftragsverarbeiter die Aufzeichnungen"
           " zu dieser Tätigkeit löschen.",
           "Der Auftragsverarbeiter darf diese Aufzeichnungen keinem anderen Unternehmen"
           " offenlegen.",
           "Diese Klausel gilt für die Dienste."),
    "fr": ("Le Sous-traitant doit effacer les enregistrements de cette activité dès que le"
           " Client le lui demande.",
           "Lorsque le Client le lui demande, le Sous-traitant doit effacer les enregistrements"
           " de cette activité.",
           "Le Sous-traitant ne doit communiquer ces enregistrements à aucune autre société.",
           "La présente clause s'applique aux Services."),
    "es": ("El Encargado debe borrar los registros de esta actividad en cuanto el Cliente se"
           " lo pida.",
           "Cuando el Cliente se lo pida, el Encargado debe borrar los registros de esta"
           " actividad.",
           "El Encargado no debe comunicar estos registros a ninguna otra empresa.",
           "Esta cláusula se aplica a los Servicios."),
    "it": ("Il Responsabile deve cancellare le registrazioni di questa attività quando il"
           " Cliente lo richiede.",
           "Se il Cliente lo richiede, il Responsabile deve cancellare le registrazioni di"
           " questa attività.",
           "Il Responsabile non deve comunicare queste registrazioni a nessun'altra società.",
           "La presente clausola si applica ai Servizi."),
    "nl": ("De Verwerker moet de registraties van deze activiteit wissen zodra de Klant"
           " daarom vraagt.",
           "Wanneer de Klant daarom vraagt, moet de Verwerker de registraties van deze activiteit"
           " wissen.",
           "De Verwerker mag deze registraties aan geen enkel ander bedrijf verstrekken.",
           "Deze clausule is van toepassing op de Diensten."),
    "nb": ("Databehandleren må slette registreringene fra denne aktiviteten så snart Kunden"
           " ber om det.",
           "Når Kunden ber om det, må Databehandleren slette registreringene fra denne"
           " aktiviteten.",
           "Databehandleren skal ikke utlevere disse registreringene til noe annet selskap.",
           "Denne klausulen gjelder for Tjenestene."),
    "sv": ("Biträdet måste radera registren över denna verksamhet så snart Kunden begär det.",
           "När Kunden begär det måste Biträdet radera registren över denna verksamhet.",
           "Biträdet får inte lämna ut dessa register till något annat företag.",
           "Denna klausul gäller för Tjänsterna."),
}
# fmt: on


def _restyled(language: str) -> ExtractedDocument:
    """The base DPA with one activity's heading restyled: upper case, "6)" for "6."."""
    doc = dpa(language, BASE)
    sections = list(doc.sections)
    at = next(n for n, s in enumerate(sections) if s.heading.startswith(f"{AT + 1}. "))
    heading = sections[at].heading
    restyled = f"{AT + 1}) {heading.split(' ', 1)[1].upper()}"
    sections[at] = replace(sections[at], heading=restyled)
    text = doc.text.replace(f"### {heading}\n", f"### {restyled}\n", 1)
    assert text != doc.text
    return replace(doc, text=text, sections=sections)


def _case(language: str, case: str) -> tuple[ExtractedDocument, ExtractedDocument]:
    duty, reworded, prohibition, nobody = DUTIES[language]
    base = dpa(language, BASE)
    return {
        "obligation added": (base, with_sentence(language, duty)),
        "obligation removed": (with_sentence(language, duty), base),
        "prohibition added": (base, with_sentence(language, prohibition)),
        "prohibition removed": (with_sentence(language, prohibition), base),
        "obligation reworded": (with_sentence(language, duty), with_sentence(language, reworded)),
        "sentence binding nobody added": (base, with_sentence(language, nobody)),
        "heading restyled": (base, _restyled(language)),
    }[case]


# case: (verdict, the category a material verdict must give)
CASES: dict[str, tuple[str, str | None]] = {
    "obligation added": ("material", "retention"),
    "obligation removed": ("material", "retention"),
    "prohibition added": ("material", "recipients"),
    "prohibition removed": ("material", "recipients"),
    "obligation reworded": ("editorial", None),
    "sentence binding nobody added": ("editorial", None),
    "heading restyled": ("cosmetic", None),
}


def test_every_dpa_language_has_its_duties():
    assert sorted(DUTIES) == sorted(DPA)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("language", sorted(DUTIES))
def test_a_duty_added_or_removed_in_a_whole_dpa(language, case):
    old, new = _case(language, case)
    verdict, category = CASES[case]
    result = guarded_diff(old, new, doc_type="dpa")
    assert result.verdict == verdict, (result.verdict, result.categories, result.summary)
    if category:
        assert category in result.categories, (result.categories, result.reasons)


# language: the obligation's action as a permission ("may erase"): it binds nobody to it.
# fmt: off
PERMITTED: dict[str, str] = {
    "en": "The Processor may erase the records of this activity.",
    "de": "Der Auftragsverarbeiter kann die Aufzeichnungen zu dieser Tätigkeit löschen.",
    "fr": "Le Sous-traitant peut effacer les enregistrements de cette activité.",
    "es": "El Encargado puede borrar los registros de esta actividad.",
    "it": "Il Responsabile può cancellare le registrazioni di questa attività.",
    "nl": "De Verwerker kan de registraties van deze activiteit wissen.",
    "nb": "Databehandleren kan slette registreringene fra denne aktiviteten.",
    "sv": "Biträdet kan radera registren över denna verksamhet.",
}
# fmt: on


@pytest.mark.parametrize("language", sorted(DUTIES))
def test_what_binds_a_party_per_language(language):
    duty, reworded, prohibition, nobody = DUTIES[language]
    assert binds(key(duty), language) == "obligation"
    assert binds(key(reworded), language) == "obligation"
    assert binds(key(prohibition), language) == "prohibition"
    # Negative twins: a permission, and a sentence naming no party, bind nobody.
    assert binds(key(PERMITTED[language]), language) == ""
    assert binds(key(nobody), language) == ""


# Words that look like the erase and disclose words the table reads, and are not: a
# draft (es "borrador"), "knew" (nl "wist"), communications sent (fr, it), and Italian
# "ai" ("to the"), which is no AI.
# fmt: off
LOOK_ALIKES: list[tuple[str, str]] = [
    ("El borrador del contrato está disponible.", "retention"),
    ("De klant wist dat de dienst bestond.", "retention"),
    ("Nous vous envoyons des communications sur nos offres.", "recipients"),
    ("Le comunicazioni commerciali sono inviate una volta al mese.", "recipients"),
    ("La presente clausola si applica ai Servizi ai sensi dell'articolo 28.", "ai_training"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "category"), LOOK_ALIKES)
def test_look_alikes_of_the_duty_words_name_no_category(sentence, category):
    assert category not in topics(key(sentence))


def test_ai_beside_a_model_or_training_word_is_still_ai_training():
    assert "ai_training" in topics(key("We do not train AI models on your content."))
    assert "ai_training" in topics(key("Vi använder inte ditt innehåll för att träna AI."))


@pytest.mark.parametrize("language", sorted(UNRELATED))
def test_a_duty_done_without_delay_is_no_prohibition(language):
    # "shall notify ... without delay" ("sans délai", "uten opphold"): the preposition
    # negates the delay, not the duty; the deletion duty beside it has no such word.
    notify, delete = UNRELATED[language]
    assert binds(key(notify), language) == "obligation"
    assert binds(key(delete), language) == "obligation"


# A backup copy is named with the word for security in several languages ("copias de
# seguridad", "Sicherheitskopie"): it keeps data, it protects nothing by itself. The
# twin beside each: the word alone is still security.
# fmt: off
BACKUP_COPIES: dict[str, tuple[str, str]] = {
    "de": ("Sicherheitskopien werden gelöscht.", "Wir gewährleisten die Sicherheit der Daten."),
    "es": ("Las copias de seguridad se suprimen.", "Garantizamos la seguridad de los datos."),
    "it": ("Le copie di sicurezza sono cancellate.", "Garantiamo la sicurezza dei dati."),
    "pt": ("As cópias de segurança são apagadas.", "Garantimos a segurança dos dados."),
    "pl": ("Kopie bezpieczeństwa są usuwane.", "Zapewniamy bezpieczeństwo danych."),
    "nb": ("Sikkerhetskopier slettes.", "Vi sikrer sikkerheten til dataene."),
    "sv": ("Säkerhetskopior raderas.", "Vi garanterar säkerheten för uppgifterna."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(BACKUP_COPIES))
def test_a_backup_copy_is_no_security_word(language):
    backup, security = BACKUP_COPIES[language]
    assert "security" not in topics(key(backup))
    assert "security" in topics(key(security))
