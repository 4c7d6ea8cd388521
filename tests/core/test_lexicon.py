"""The shared word lists, language by language: numbers, periods, countries, negation, modality."""

from __future__ import annotations

import pytest
from babel import Locale

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.countries import countries_in
from policywatch.core.lexicon.negation import CUES, modality, negations
from policywatch.core.lexicon.numbers import number_value, number_words
from policywatch.core.lexicon.periods import period_unit, unit_words

# One clause per language: (a negated one, one that permits, one that commits).
# fmt: off
CLAUSES = {
    "bg": ("ние не продаваме данни", "ние можем да споделяме", "ние ще изтрием"),
    "cs": ("data nikdy neprodáváme ani nesdílíme", "data můžeme sdílet", "data musíme smazat"),
    "da": ("vi sælger ikke data", "vi kan dele data", "vi skal slette data"),
    "de": ("wir verkaufen keine daten", "wir können daten teilen", "wir werden daten löschen"),
    "el": ("δεν πουλάμε δεδομένα", "μπορούμε να μοιραστούμε", "θα διαγράψουμε"),
    "en": ("we do not sell data", "we may share data", "we will delete data"),
    "es": ("no vendemos datos", "podemos compartir datos", "debemos borrar datos"),
    "et": ("me ei müü andmeid", "me võime jagada", "me peame kustutama"),
    "fi": ("emme koskaan myy tietoja", "voimme jakaa tietoja", "tietojen täytyy poistua"),
    "fr": ("nous ne vendons pas les données", "nous pouvons partager", "nous devons supprimer"),
    "ga": ("ní dhíolaimid sonraí", "is féidir linn sonraí a roinnt", "caithfidh muid scriosadh"),
    "hr": ("ne prodajemo podatke", "možemo dijeliti podatke", "moramo izbrisati podatke"),
    "hu": ("nem adjuk el az adatokat", "lehet hogy megosztjuk", "törölni kell az adatokat"),
    "is": ("við seljum ekki gögn", "við getum deilt gögnum", "við munum eyða gögnum"),
    "it": ("non vendiamo dati", "possiamo condividere dati", "dobbiamo cancellare dati"),
    "lt": ("mes ne parduodame duomenų", "mes galime dalytis", "mes privalome ištrinti"),
    "lv": ("mēs nekad nepārdodam datus", "mēs varam kopīgot", "mēs apņemas dzēst"),
    "mt": ("ma nbigħux data qatt", "nistgħu naqsmu data", "għandna nħassru data"),
    "nb": ("vi selger ikke data", "vi kan dele data", "vi skal slette data"),
    "nl": ("wij verkopen geen gegevens", "wij kunnen gegevens delen", "wij zullen verwijderen"),
    "nn": ("vi sel ikkje data", "vi kan dele data", "vi skal slette data"),
    "pl": ("nie sprzedajemy danych", "możemy udostępniać dane", "musimy usunąć dane"),
    "pt": ("não vendemos dados", "podemos partilhar dados", "devemos apagar dados"),
    "ro": ("nu vindem datele", "putem partaja datele", "trebuie să ștergem datele"),
    "sk": ("údaje nikdy nepredávame", "môžeme zdieľať údaje", "musíme vymazať údaje"),
    "sl": ("podatkov ne prodajamo", "podatke lahko delimo", "podatke moramo izbrisati"),
    "sv": ("vi säljer inte data", "vi kan dela data", "vi måste radera data"),
}
# A number word per language num2words spells, checked by hand; None: digits only.
THIRTY = {
    "bg": None, "cs": "třicet", "da": "tredive", "de": "dreißig", "el": None, "en": "thirty",
    "es": "treinta", "et": None, "fi": "kolmekymmentä", "fr": "trente", "ga": None, "hr": None,
    "hu": "harminc", "is": "þrjátíu", "it": "trenta", "lt": "trisdešimt", "lv": "trīsdesmit",
    "mt": None, "nb": "tretti", "nl": "dertig", "nn": "tretti", "pl": "trzydzieści",
    "pt": "trinta", "ro": "treizeci", "sk": "tridsať", "sl": "trideset", "sv": "trettio",
}
# fmt: on


def test_every_language_has_its_lists():
    assert set(CLAUSES) == set(LANGUAGES) == set(CUES) == set(THIRTY)


@pytest.mark.parametrize("language", LANGUAGES)
def test_negation_and_modality(language):
    negated, permits, commits = CLAUSES[language]
    assert negations(negated.split(), language), negated
    assert modality(permits.split(), language) == {"permission"}, permits
    assert modality(commits.split(), language) == {"commitment"}, commits
    # The same clause without the negation has none.
    assert not negations(permits.split(), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers(language):
    word = THIRTY[language]
    if word is None:
        assert number_words(language) == {}
    else:
        assert number_value(word, language) == 30
    assert number_value("30", language) == 30


@pytest.mark.parametrize("language", LANGUAGES)
def test_period_units_from_cldr(language):
    units = set(unit_words(language).values())
    assert {"day", "week", "month", "year"} <= units, language
    for word, unit in unit_words(language).items():
        assert period_unit(word, language) == unit


def test_inflected_period_units():
    assert period_unit("Tagen", "de") == "day" and period_unit("Monaten", "de") == "month"
    assert period_unit("miesięcy", "pl") == "month" and period_unit("dager", "nb") == "day"
    assert period_unit("années", "fr") == "year" and period_unit("business days", "en") == "day"


@pytest.mark.parametrize("language", LANGUAGES)
def test_countries_by_their_cldr_names(language):
    names = Locale.parse(language).territories
    text = f"{names['US']}, {names['JP']} {names['ZA']}"
    assert {"US", "JP", "ZA"} <= countries_in(text, language), text


def test_country_aliases_and_traps():
    assert countries_in("in the U.S. and the UK, within the EEA", "en") == {"US", "GB", "EEA"}
    assert countries_in("tell us what you need", "en") == set()
    assert countries_in("Wir speichern Daten weltweit", "de") == {"001"}
