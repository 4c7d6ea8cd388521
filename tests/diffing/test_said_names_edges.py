"""The names a changed sentence gives (diffing/said_names.py), at three edges, in en, nb,
de, fr:

- a company whose name ends in a legal form keeps its first word even where that word is
  a determiner ("Vår Energi ASA mottar data." gives "Vår Energi ASA");
- a brand in quotes inside a sentence stays a name before a colon ('We pay with "Google
  Pay": a wallet app.'); only a quoted term that opens the text, before a colon, is
  defined ('"Affiliate": any entity');
- after a sentence's opening determiner, a capitalised word that is no topic word is a
  name where nouns take no capital ("Each Zendesk agent"); a topic word ("Every
  Sub-processor") or a German noun is none.
"""

from __future__ import annotations

import pytest

from policywatch.diffing.said_names import names

# fmt: off
LEGAL_FORM = {
    "en": ("Many Ltd receives your data.", "Many Ltd"),
    "nb": ("Vår Energi ASA mottar data.", "Vår Energi ASA"),
    "de": ("Viele GmbH erhält Ihre Daten.", "Viele GmbH"),
    "fr": ("Quel Technologies SAS reçoit vos données.", "Quel Technologies SAS"),
}
QUOTED_BRAND = {
    "en": ('We pay with "Google Pay": a wallet app.', '"Affiliate": any entity we control.'),
    "nb": ('Vi betaler med "Google Pay": en lommebok.', '"Tilknyttet": enhver enhet vi eier.'),
    "de": ('Wir zahlen mit "Google Pay": eine Wallet-App.',
           '"Verbundenes Unternehmen": jedes Unternehmen.'),
    "fr": ('Nous payons avec "Google Pay" : un portefeuille.',
           '"Société Affiliée" : toute entité contrôlée.'),
}
# (language, a determiner then a brand, a determiner then a topic word)
AFTER_A_DETERMINER = [
    ("en", "Each Zendesk agent can read your tickets.", "Every Sub-processor is bound."),
    ("nb", "Hver Zendesk agent kan lese sakene dine.", "Hver Underdatabehandler er bundet."),
    ("fr", "Chaque Zendesk agent peut lire vos tickets.", "Chaque Sous-traitant est tenu."),
]
# fmt: on


@pytest.mark.parametrize("language", sorted(LEGAL_FORM))
def test_a_name_with_a_legal_form_keeps_its_first_word(language: str) -> None:
    sentence, name = LEGAL_FORM[language]
    assert name in names(sentence, language)


@pytest.mark.parametrize("language", sorted(QUOTED_BRAND))
def test_a_quoted_brand_inside_a_sentence_stays_a_name(language: str) -> None:
    brand, defined = QUOTED_BRAND[language]
    assert "Google Pay" in names(brand, language)
    assert not names(defined, language)


@pytest.mark.parametrize("case", AFTER_A_DETERMINER, ids=[c[0] for c in AFTER_A_DETERMINER])
def test_a_brand_after_a_determiner_is_a_name(case: tuple[str, str, str]) -> None:
    language, brand, topic = case
    assert "Zendesk" in names(brand, language)
    assert not names(topic, language)


def test_a_german_noun_after_a_determiner_is_no_name() -> None:
    assert not names("Jeder Dienstleister ist gebunden.", "de")
