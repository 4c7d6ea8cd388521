"""A verb apart from its particle or object is still read, in every language the diff reads.

One table per act (sharing, collecting, transferring): a sentence per language where
the verb stands apart from what completes it ("wir geben ... weiter", "vi lämnar
inte ut", "we do not collect", "nous ne transférons pas"), with no other word of
the category, read as that category. A second table holds the same verbs in
another sense ("geben ... an" states, "deelt ... mee" informs, "lämnar" leaves),
read as no category of that row; French, Spanish, Italian, Polish and Portuguese
have no separable verbs, hence no row there.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.core.lexicon.split_verbs import SPLIT_VERBS
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

# fmt: off
SHARING = {
    "en": "We never pass your personal details on to anyone.",
    "nb": "Vi gir ikke opplysningene dine videre til andre.",
    "de": "Wir geben Ihre Angaben nur mit Ihrer Zustimmung an andere Unternehmen weiter.",
    "fr": "Nous ne partageons jamais vos informations.",
    "es": "Nunca compartimos su información.",
    "it": "Non condividiamo mai le tue informazioni.",
    "nl": "Wij verstrekken uw gegevens nooit aan anderen.",
    "sv": "Vi lämnar aldrig ut dina uppgifter till andra.",
    "da": "Vi giver aldrig dine oplysninger videre til andre.",
    "pl": "Nigdy nie udostępniamy Twoich informacji.",
    "pt": "Nunca partilhamos as suas informações.",
}
COLLECTING = {
    "en": "We do not collect your messages.",
    "nb": "Vi samler ikke inn meldingene dine.",
    "de": "Wir nehmen Ihre Gespräche nicht auf.",
    "fr": "Nous ne collectons pas vos messages.",
    "es": "No recopilamos sus mensajes.",
    "it": "Non raccogliamo i tuoi messaggi.",
    "nl": "Wij leggen uw gesprekken niet vast.",
    "sv": "Vi samlar inte in dina meddelanden.",
    "da": "Vi samler ikke dine beskeder ind.",
    "pl": "Nie zbieramy Twoich wiadomości.",
    "pt": "Não recolhemos as suas mensagens.",
}
TRANSFERRING = {
    "en": "We do not transfer your messages.",
    "nb": "Vi overfører ikke meldingene dine.",
    "de": "Wir übermitteln Ihre Nachrichten nicht.",
    "fr": "Nous ne transférons pas vos messages.",
    "es": "No transferimos sus mensajes.",
    "it": "Non trasferiamo i tuoi messaggi.",
    "nl": "Wij geven uw berichten niet door.",
    "sv": "Vi överför inte dina meddelanden.",
    "da": "Vi overfører ikke dine beskeder.",
    "pl": "Nie przekazujemy Twoich wiadomości.",
    "pt": "Não transferimos as suas mensagens.",
}
# The same verbs in another sense: no sharing.
NOT_SHARING = {
    "en": ("Please hand in the completed form at the desk.",
           "The fee is passed to you at cost."),
    "nb": ("Vi gir deg tilgang til tjenesten.", "Du leverer skjemaet til oss."),
    "de": ("Bitte geben Sie Ihre E-Mail-Adresse an.", "Es gibt weitere Möglichkeiten."),
    "nl": ("Wij delen u mee dat de voorwaarden wijzigen.", "Wij geven u toegang tot de dienst."),
    "sv": ("Du lämnar vår webbplats när du klickar på länken.",
           "Vi lämnar svar inom en vecka."),
    "da": ("Vi giver dig adgang til tjenesten.", "Du giver os besked."),
}
# fmt: on


def test_every_table_covers_every_language():
    assert set(SHARING) == set(COLLECTING) == set(TRANSFERRING) == set(LANGUAGES)
    languages_with_split_verbs = {lang for row in SPLIT_VERBS.values() for lang in row}
    assert languages_with_split_verbs <= set(LANGUAGES)
    assert set(NOT_SHARING) == {lang for lang in SPLIT_VERBS["recipients"]} | {"nl"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("table", "category"),
    [
        (SHARING, "recipients"),
        (COLLECTING, "data_categories"),
        (TRANSFERRING, "transfers"),
    ],
    ids=["share", "collect", "transfer"],
)
def test_a_verb_apart_from_its_particle_or_object_is_read(language, table, category):
    assert category in topics(key(table[language])), (table[language], topics(key(table[language])))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [(lang, s) for lang, pair in NOT_SHARING.items() for s in pair],
)
def test_the_same_verb_in_another_sense_shares_nothing(language, sentence):
    assert "recipients" not in topics(key(sentence)), topics(key(sentence))


# A sharing sentence with its separable verb and the same sentence negated: the promise
# flips on the split verb alone (no other word of sharing in it).
FLIPS = {
    "de": (
        "Wir geben Ihre Angaben an Acme weiter.",
        "Wir geben Ihre Angaben nicht an Acme weiter.",
    ),
    "nl": ("Wij geven uw berichten door aan Acme.", "Wij geven uw berichten niet door aan Acme."),
    "sv": ("Vi lämnar ut dina uppgifter till Acme.", "Vi lämnar inte ut dina uppgifter till Acme."),
    "nb": ("Vi gir opplysningene videre til Acme.", "Vi gir ikke opplysningene videre til Acme."),
    "da": (
        "Vi giver oplysningerne videre til Acme.",
        "Vi giver ikke oplysningerne videre til Acme.",
    ),
}


@pytest.mark.parametrize("language", sorted(FLIPS))
def test_a_split_verb_negated_is_a_material_flip(language):
    def doc(text: str) -> ExtractedDocument:
        return ExtractedDocument(text=text, sections=[Section(2, "", text)], language=language)

    before, after = FLIPS[language]
    result = diff_documents(doc(before), doc(after))
    wanted = "transfers" if language == "nl" else "recipients"
    assert result.verdict == "material" and wanted in result.categories, result.categories
