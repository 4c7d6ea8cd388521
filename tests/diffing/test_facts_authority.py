"""A supervisory authority's address names no place data goes to (issue 13z): the
country closing "... Landesamt für Datenschutzaufsicht, Promenade 18, 91522 Ansbach,
Deutschland" is where the authority sits, as a company's registered office is where
it sits. Twin: data stored on servers in the same country is a location fact.
en, nb, de, fr; the authority words are core/lexicon/authorities.py's.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing.facts import extract_facts

# fmt: off
# (an authority and its address in one clause, data stored in that country, the country)
SENTENCES = {
    "en": ("You can lodge a complaint with the supervisory authority, the Data Protection "
           "Commission, in Dublin 2, Ireland.",
           "We store your personal data on servers in Ireland.", "Ireland"),
    "nb": ("Du kan klage til tilsynsmyndigheten, Datatilsynet, i Oslo, Norge.",
           "Vi lagrer personopplysningene dine på servere i Norge.", "Norway"),
    "de": ("Sie können sich bei der Aufsichtsbehörde beschweren, dem Bayerischen Landesamt "
           "für Datenschutzaufsicht, Promenade 18, 91522 Ansbach, Deutschland.",
           "Wir speichern Ihre Daten auf Servern in Deutschland.", "Germany"),
    "fr": ("Vous pouvez introduire une réclamation auprès de l'autorité de contrôle, la CNIL, "
           "à Paris, en France.",
           "Nous stockons vos données sur des serveurs en France.", "France"),
}
# fmt: on


def _locations(language: str, sentence: str) -> list[str]:
    doc = ExtractedDocument(
        text="", sections=[Section(2, "Informationen", sentence)], language=language
    )
    return [f.value for f in extract_facts(doc) if f.kind == "location"]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_an_authoritys_address_is_no_data_location_storage_there_is(language: str) -> None:
    authority, stored, country = SENTENCES[language]
    assert _locations(language, authority) == []
    assert _locations(language, stored) == [country]
