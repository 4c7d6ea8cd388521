"""The GDPR by its full name in every language (issue 12, fix12d step 2).

:data:`~policywatch.core.lexicon.laws.GDPR_NAMES` holds the short title
Regulation (EU) 2016/679 gives itself in each language version on EUR-Lex
(and the Nordic acts' own names): the facts report it as the GDPR, and a
date about it is the law's (:mod:`tests.extract.test_date_cue_laws`). The
twins: the title's words alone ("Grundverordnung", "la protection des
données", "data protection") name no law.
"""

from __future__ import annotations

import doctest
import re

import pytest

from policywatch.core.lexicon import LANGUAGES, laws
from policywatch.core.lexicon.laws import GDPR_NAMES, PRIVACY_LAWS, law_regex
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing.facts import extract_facts


def test_the_usage_shown_in_the_docstring_holds() -> None:
    result = doctest.testmod(laws)
    assert result.attempted and not result.failed


def _named(text: str) -> list[str]:
    return [name for pattern, name in PRIVACY_LAWS if re.search(pattern, text, re.I)]


# (language, a sentence naming the GDPR only by its full name, as written in that language)
NAMED = [
    ("en", "We process your data under the General Data Protection Regulation."),
    ("nb", "Vi behandler opplysningene etter personvernforordningen artikkel 6."),
    ("nb", "Personvernforordningen gir deg rett til innsyn."),
    ("de", "Wir verarbeiten Ihre Daten nach der Datenschutz-Grundverordnung."),
    ("de", "Rechtsgrundlage ist Art. 6 Datenschutzgrundverordnung."),
    ("fr", "Conformément au règlement général sur la protection des données, vous avez ce droit."),
    ("fr", "Conformément au Règlement Général sur la Protection des Données, vous avez ce droit."),
    ("nl", "Op grond van de Algemene verordening gegevensbescherming hebt u dit recht."),
    ("pl", "Zgodnie z art. 6 ogólnego rozporządzenia o ochronie danych."),
    ("fi", "Yleisen tietosuoja-asetuksen mukaan sinulla on oikeus."),
    ("sv", "Enligt dataskyddsförordningen har du rätt till tillgång."),
]

# Forms the EUR-Lex title misses, and Greek in capitals (accent-blind) (fix12d4).
NAMED += [
    ("el", "Σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων έχετε δικαίωμα."),
    ("el", "ΓΕΝΙΚΟΣ ΚΑΝΟΝΙΣΜΟΣ ΓΙΑ ΤΗΝ ΠΡΟΣΤΑΣΙΑ ΔΕΔΟΜΕΝΩΝ"),
    ("el", "Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων έχετε δικαίωμα."),
    ("ga", "De réir an Rialacháin Ghinearálta, tá an ceart seo agat."),
    ("pt", "Nos termos do Regulamento Geral de Proteção de Dados, tem este direito."),
    ("fi", "EU:n tietosuoja-asetuksen mukaan sinulla on oikeus."),
    ("lt", "Pagal BDAR 6 straipsnį turite teisę."),
    ("lv", "Saskaņā ar Vispārīgo datu aizsardzības regulu jums ir tiesības."),
    ("lv", "Vispārīgās datu aizsardzības regulas 6. pants."),
]


@pytest.mark.parametrize(("lang", "sentence"), NAMED)
def test_the_gdpr_s_full_name_names_the_gdpr(lang: str, sentence: str) -> None:
    assert _named(sentence) == ["GDPR"], sentence
    assert law_regex().search(sentence) is not None


# The twins: the title's words in another phrase name no law.
UNNAMED = [
    ("en", "We follow general data protection principles and this regulation of our staff."),
    ("nb", "Forordningen om personvern i arbeidslivet er under arbeid."),
    ("de", "Die Grundverordnung des Vereins regelt den Datenschutz."),
    ("fr", "Le règlement général du club porte sur la protection des membres."),
    # "regulējums" (rules) is no regulation; "BDARBAS" no abbreviation; Greek words alone.
    ("lv", "Vispārīgais datu aizsardzības regulējums ir mainījies."),
    ("lt", "BDARBAS įmonėje vyksta kasmet."),
    ("el", "Ο γενικός κανονισμός του συλλόγου αφορά την προστασία των μελών."),
]


@pytest.mark.parametrize(("lang", "sentence"), UNNAMED)
def test_the_title_s_words_alone_name_no_law(lang: str, sentence: str) -> None:
    assert _named(sentence) == [], sentence


def test_every_language_has_a_name_and_each_finds_itself() -> None:
    assert tuple(sorted(GDPR_NAMES)) == LANGUAGES
    for lang, pattern in GDPR_NAMES.items():
        # The name as written in its pattern, less its inflections and optional letters.
        written = re.sub(
            r"\\w\*|\\s\?|\\b|-\?|\[(.)[^\]]*\]|\(\?:([^|)]*)[^)]*\)",
            lambda m: m.group(1) or m.group(2) or "",
            pattern,
        )
        first = written.split("|")[0]
        assert _named(f"({first})") == ["GDPR"], (lang, first)


def _laws_of(language: str, sentence: str) -> list[str]:
    doc = ExtractedDocument(text="", sections=[Section(2, "Rechte", sentence)], language=language)
    return [f.value for f in extract_facts(doc) if f.kind == "privacy_law"]


# The facts read the name as written in a sentence (case-sensitive for the other laws'
# abbreviations), so the full name counts in any case, in en/nb/de/fr.
@pytest.mark.parametrize(
    ("lang", "sentence", "found"),
    [
        ("en", "Your rights under the general data protection regulation are listed here.",
         ["GDPR"]),
        ("nb", "Personvernforordningen gir deg rett til innsyn i opplysningene.", ["GDPR"]),
        ("de", "Nach der Datenschutz-Grundverordnung haben Sie ein Recht auf Auskunft.", ["GDPR"]),
        ("fr", "Le Règlement général sur la protection des données vous donne un droit d'accès.",
         ["GDPR"]),
        ("de", "Nach der Grundverordnung des Vereins haben Sie ein Recht auf Auskunft.", []),
        ("fr", "Le règlement général du club vous donne un droit d'accès.", []),
    ],
)  # fmt: skip
def test_the_facts_report_the_full_name_as_the_gdpr(
    lang: str, sentence: str, found: list[str]
) -> None:
    assert _laws_of(lang, sentence) == found, sentence
