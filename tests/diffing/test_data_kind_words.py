"""The principle of the data-kind table, per language: a phrase that names data
counts anywhere, the bare word it qualifies only where data is collected.

"Health data", "données de santé", "Gesundheitsdaten" can only mean data about a
person; "health", "santé", "Gesundheit" alone also name a topic of the world
("health and safety at our offices"). So the bare word is a kind of data in a
collecting sentence and nothing in the other one, in every language of the
table (:data:`policywatch.core.lexicon.data_kinds.BARE_WORDS`); the same for
location, whose bare word also names where an office or a data centre is.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.data_kinds import BARE_WORDS, LANGUAGES
from policywatch.diffing import diff_documents
from policywatch.diffing.data_kinds import kinds_in
from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

from .conftest import one_section

# fmt: off
# (health collected with its bare word, the bare word in a sentence about the world,
#  the data phrase with no verb)
HEALTH = {
    "en": ("We collect information about your health.",
           "Health and safety rules apply at our offices.",
           "Health data is kept separately."),
    "nb": ("Vi samler inn opplysninger om helsen din.",
           "Vi følger reglene for helse, miljø og sikkerhet på kontorene våre.",
           "Helseopplysninger lagres for seg."),
    "de": ("Wir erheben Angaben zu Ihrer Gesundheit.",
           "Wir beachten die Regeln für Gesundheit und Arbeitsschutz in unseren Büros.",
           "Gesundheitsdaten werden getrennt gespeichert."),
    "fr": ("Nous collectons des informations sur votre santé.",
           "Nous respectons les règles de santé et de sécurité dans nos bureaux.",
           "Les données de santé sont conservées à part."),
    "es": ("Recopilamos información sobre su salud.",
           "Respetamos las normas de salud y seguridad en nuestras oficinas.",
           "Los datos de salud se guardan por separado."),
    "it": ("Raccogliamo informazioni sulla tua salute.",
           "Rispettiamo le norme di salute e sicurezza nei nostri uffici.",
           "I dati sanitari sono conservati a parte."),
    "nl": ("Wij verzamelen informatie over uw gezondheid.",
           "Wij volgen de regels voor gezondheid en veiligheid in onze kantoren.",
           "Gezondheidsgegevens worden apart bewaard."),
    "sv": ("Vi samlar in uppgifter om din hälsa.",
           "Vi följer reglerna för hälsa och säkerhet på våra kontor.",
           "Hälsouppgifter lagras separat."),
    "da": ("Vi indsamler oplysninger om dit helbred.",
           "Vi følger reglerne for helbred og sikkerhed på vores kontorer.",
           "Helbredsoplysninger opbevares separat."),
    "pl": ("Zbieramy informacje o Twoim zdrowiu.",
           "Przestrzegamy zasad bezpieczeństwa i zdrowia w naszych biurach.",
           "Dane o zdrowiu są przechowywane osobno."),
    "pt": ("Recolhemos informações sobre a sua saúde.",
           "Respeitamos as regras de saúde e segurança nos nossos escritórios.",
           "Os dados de saúde são guardados à parte."),
}
LOCATION = {
    "en": ("We collect your location while the app is open.",
           "Our data centre location is Frankfurt.",
           "Precise location data is used for maps."),
    "nb": ("Vi samler inn lokasjonen din mens appen er åpen.",
           "Kontorets lokasjon er Oslo.",
           "Lokasjonsdata brukes til kart."),
    "de": ("Wir erheben Ihren Standort, während die App geöffnet ist.",
           "Der Standort des Rechenzentrums ist Frankfurt.",
           "Standortdaten werden für Karten genutzt."),
    "fr": ("Nous collectons votre localisation lorsque l'application est ouverte.",
           "La localisation du centre de données est Francfort.",
           "Les données de localisation servent aux cartes."),
}
# fmt: on
HOLDS = "Le texte reste le même. Der Text bleibt. The text stays."


def test_every_bare_word_row_covers_every_language():
    assert set(HEALTH) == set(LANGUAGES)
    for row in BARE_WORDS.values():
        assert set(row) == set(LANGUAGES)


@pytest.mark.parametrize(
    ("kind", "language", "sentences"),
    [("health", lang, s) for lang, s in HEALTH.items()]
    + [("location", lang, s) for lang, s in LOCATION.items()],
)
def test_the_bare_word_counts_only_where_data_is_collected(kind, language, sentences):
    collected, world, phrase = (key(s) for s in sentences)
    assert kind in kinds_in(collected, language), sentences[0]
    assert kinds_in(world, language) == {}, sentences[1]
    assert "data_categories" not in topics(world), topics(world)
    # The phrase names data with no verb at all: a kind, and a data_categories word.
    assert kind in kinds_in(phrase, language), sentences[2]
    assert "data_categories" in topics(phrase), topics(phrase)


@pytest.mark.parametrize("language", sorted(HEALTH))
def test_health_collected_added_is_data_categories_and_the_world_sentence_is_not(language):
    collected, world, _ = HEALTH[language]
    old = one_section(HOLDS, language)
    gained = diff_documents(old, one_section(f"{HOLDS} {collected}", language))
    assert gained.verdict == "material" and "data_categories" in gained.categories, (
        gained.verdict,
        gained.categories,
    )
    other = diff_documents(old, one_section(f"{HOLDS} {world}", language))
    assert "data_categories" not in other.categories, other.categories
