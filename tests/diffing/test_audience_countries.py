"""A country that says whom a sentence is for is no country statement.

"Users residing in Canada may also read ..." names Canada for the reader who lives
there, not as a place data goes to, a law or a right; "We transfer your data to
Canada" does. Per language (the AUDIENCE_WORDS of
:mod:`policywatch.core.lexicon.category_words`): the audience sentence names the
country, and none is left once its audience phrase is read
(:func:`policywatch.diffing.filing.for_whom`); the transfer sentence keeps it. Then,
through :func:`diff_documents` in en, nb, de and fr: the audience sentence added
(a modal clause about a representative, which states nothing once its country is
read as the audience; it was a controller_contact change before) is no material
change, the transfer sentence added is a transfers one.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import AUDIENCE_WORDS, LANGUAGES
from policywatch.core.lexicon.countries import countries_in
from policywatch.diffing import diff_documents
from policywatch.diffing.filing import for_whom

from .conftest import one_section

# fmt: off
# (the audience sentence, its twin that sends data to the same country)
SENTENCES = {
    "en": ("Users residing in Canada may also contact our representative.",
           "We transfer your personal data to Canada."),
    "nb": ("Brukere som bor i Canada kan også kontakte vår representant.",
           "Vi overfører personopplysningene dine til Canada."),
    "de": ("Wenn Sie in Kanada wohnen, können Sie auch unseren Vertreter kontaktieren.",
           "Wir übermitteln Ihre personenbezogenen Daten nach Kanada."),
    "fr": ("Si vous résidez au Canada, vous pouvez aussi contacter notre représentant.",
           "Nous transférons vos données personnelles au Canada."),
    "es": ("Si usted reside en Canadá, puede leer también el aviso de su provincia.",
           "Transferimos sus datos personales a Canadá."),
    "it": ("Se risiedi in Canada, puoi leggere anche l'avviso della tua provincia.",
           "Trasferiamo i tuoi dati personali in Canada."),
    "nl": ("Als u woont in Canada, kunt u ook de kennisgeving voor uw provincie lezen.",
           "Wij sturen uw persoonsgegevens naar Canada."),
    "sv": ("Om du bor i Kanada kan du också läsa meddelandet för din provins.",
           "Vi överför dina personuppgifter till Kanada."),
    "da": ("Hvis du bor i Canada, kan du også læse meddelelsen for din provins.",
           "Vi overfører dine personoplysninger til Canada."),
    "pl": ("Jeśli mieszkasz w Kanada, możesz też przeczytać informację dla swojej prowincji.",
           "Przekazujemy Twoje dane osobowe do Kanada."),
    "pt": ("Se reside no Canadá, pode também ler o aviso da sua província.",
           "Transferimos os seus dados pessoais para o Canadá."),
}
# fmt: on
HOLDS = "This notice explains how we process personal data."


def test_every_language_has_audience_words_and_a_case():
    assert set(AUDIENCE_WORDS) == set(LANGUAGES) == set(SENTENCES)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_the_audience_country_is_read_away_and_the_destination_stays(language):
    audience, transfer = SENTENCES[language]
    assert countries_in(audience, language) == {"CA"}, audience
    assert countries_in(for_whom(audience, language), language) == set(), audience
    assert countries_in(for_whom(transfer, language), language) == {"CA"}, transfer


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_the_audience_sentence_added_is_no_transfer_and_the_twin_is(language):
    audience, transfer = SENTENCES[language]
    old = one_section(HOLDS, language)
    read = diff_documents(old, one_section(f"{HOLDS} {audience}", language))
    assert read.verdict != "material" and read.categories == [], (read.verdict, read.categories)
    sent = diff_documents(old, one_section(f"{HOLDS} {transfer}", language))
    assert sent.verdict == "material" and "transfers" in sent.categories, (
        sent.verdict,
        sent.categories,
    )
