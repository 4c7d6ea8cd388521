"""An effective cue in a sentence about a law dates the law, not the page (issue 12, 12d step 4).

"Since the GDPR came into force on 25 May 2018" is the GDPR's date. An
effective cue ("came into force", "Inkrafttreten", "trådte i kraft",
"entrée en vigueur") that neither opens its line or sentence nor labels a
value, in a clause that names a privacy law
(:data:`~policywatch.core.lexicon.laws.PRIVACY_LAWS`, the table the facts
read) and no document, states no date. The twins: a sentence naming the
document ("This privacy policy came into force on ...") and a line the cue
opens ("Effective from 25 May 2018 under the GDPR") still date the page.
"""

from __future__ import annotations

import doctest

import pytest

from policywatch.core.lexicon.function_words import FUNCTION_WORDS
from policywatch.core.lexicon.laws import LAW_NOUNS, law_noun_regex
from policywatch.extract import datelaws
from tests.extract.stated_pages import stated
from tests.extract.test_date_cue_running_text import EFFECTIVE, policy_page

LAW_SENTENCES = [
    ("en", "Since the GDPR came into force on 25 May 2018, you have more rights."),
    ("en", "The General Data Protection Regulation applies from 25 May 2018 in the EU."),
    ("nb", "Personvernforordningen trådte i kraft 20. juli 2018 i Norge."),
    ("nb", "Siden personopplysningsloven trådte i kraft 20. juli 2018, har du flere rettigheter."),
    ("de", "Seit dem Inkrafttreten der DSGVO am 25. Mai 2018 haben Sie mehr Rechte."),
    ("de", "Die DSGVO ist in Kraft seit 25. Mai 2018."),
    ("fr", "Depuis l'entrée en vigueur du RGPD le 25 mai 2018, vous avez plus de droits."),
    ("fr", "Le RGPD est entré en vigueur le 25 mai 2018."),
    # The law by its full name (core/lexicon/laws.py GDPR_NAMES, fix12d step 2).
    (
        "en",
        "Since the General Data Protection Regulation came into force on 25 May 2018, "
        "you have more rights.",
    ),
    (
        "nb",
        "Etter at personvernforordningen trådte i kraft 20. juli 2018, har du flere rettigheter.",
    ),
    (
        "de",
        "Seit dem Inkrafttreten der Datenschutz-Grundverordnung am 25. Mai 2018 haben Sie "
        "mehr Rechte.",
    ),
    (
        "fr",
        "Depuis l'entrée en vigueur du règlement général sur la protection des données le "
        "25 mai 2018, vous avez plus de droits.",
    ),
    # The law followed by punctuation, a verb of the cue or a law noun is still the
    # head (fix12d5 item 4: only a noun right after the name makes it a modifier).
    ("en", "The EU General Data Protection Regulation became effective on 25 May 2018."),
    ("en", "The GDPR, a new EU law, came into force on 25 May 2018."),
    ("en", "The GDPR regulation came into force on 25 May 2018 and gives you more rights."),
    ("nb", "GDPR, den nye EU-loven, trådte i kraft 20. juli 2018 i Norge."),
    ("nb", "GDPR-forordningen trådte i kraft 20. juli 2018 i Norge."),
    ("de", "Die neue Datenschutz-Grundverordnung (DSGVO) der EU trat am 25. Mai 2018 in Kraft."),
    ("de", "Die DSGVO-Verordnung ist in Kraft seit 25. Mai 2018."),
    (
        "fr",
        "Depuis l'entrée en vigueur du règlement européen RGPD le 25 mai 2018, vous avez plus "
        "de droits.",
    ),
    ("fr", "Le RGPD, une nouvelle loi européenne, est entré en vigueur le 25 mai 2018."),
]


@pytest.mark.parametrize(("lang", "sentence"), LAW_SENTENCES)
def test_a_law_s_entry_into_force_dates_no_page(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) is None, sentence
    # Beside the page's own effective line, that line's date is the page's.
    assert stated(policy_page(lang, sentence, EFFECTIVE[lang])) == ("2024-01-01", "effective")


# The twins: the document named, or the cue opening its line, dates the page.
DOCUMENT_LINES = [
    ("en", "This privacy policy came into force on 25 May 2018."),
    ("en", "Effective from 25 May 2018 under the GDPR"),
    ("nb", "Denne personvernerklæringen trådte i kraft 25. mai 2018."),
    ("nb", "Gjelder fra 25. mai 2018 etter personvernforordningen"),
    ("de", "Diese Datenschutzerklärung gilt seit dem Inkrafttreten der DSGVO am 25. Mai 2018."),
    ("de", "Gültig ab 25. Mai 2018 (DSGVO)"),
    ("fr", "Cette politique est entrée en vigueur le 25 mai 2018."),
    ("fr", "En vigueur à compter du 25 mai 2018 (RGPD)"),
    (
        "en",
        "This privacy policy applies from 25 May 2018 under the General Data Protection "
        "Regulation.",
    ),
    (
        "de",
        "Diese Datenschutzerklärung gilt seit dem Inkrafttreten der "
        "Datenschutz-Grundverordnung am 25. Mai 2018.",
    ),
    ("de", "Gültig ab 25. Mai 2018 (Datenschutz-Grundverordnung)"),
    ("fr", "En vigueur à compter du 25 mai 2018 (règlement général sur la protection des données)"),
]


@pytest.mark.parametrize(("lang", "line"), DOCUMENT_LINES)
def test_the_document_s_entry_into_force_dates_the_page(lang: str, line: str) -> None:
    assert stated(policy_page(lang, line)) == ("2018-05-25", "effective"), line


# Twin: an effective cue in a sentence naming no law is read as before.
@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The new plan came into force on 25 May 2018."),
        ("de", "Der neue Tarif ist in Kraft seit 25. Mai 2018."),
    ],
)
def test_an_effective_sentence_naming_no_law_is_read_as_before(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) == ("2018-05-25", "effective"), sentence


# Twins of LAW_SENTENCES (fix12d3 step 3): the law's name before a noun is its modifier,
# not what the cue is about (extract/datelaws.py law_is_the_head); the page's date.
MODIFIER_SENTENCES = [
    ("en", "Our GDPR and CCPA commitments below are effective as of 1 March 2024."),
    ("en", "Our GDPR update is effective from 1 March 2024."),
    ("nb", "Våre GDPR-rutiner nedenfor gjelder fra 1. mars 2024."),
    ("de", "Unsere DSGVO-Regeln unten sind gültig ab 1. März 2024."),
    ("fr", "Nos engagements RGPD décrits ci-dessous sont en vigueur depuis le 1er mars 2024."),
    # fix12d5 item 4: a noun right after the name, whatever follows it.
    ("en", "The GDPR update, published for all users, is effective from 1 March 2024."),
    ("nb", "GDPR-rutinene, som gjelder alle brukere, trer i kraft 1. mars 2024."),
    ("de", "Die DSGVO-Regeln, gültig für alle Nutzer, treten am 1. März 2024 in Kraft."),
    ("fr", "Nos mesures RGPD internes sont en vigueur depuis le 1er mars 2024."),
]


@pytest.mark.parametrize(("lang", "sentence"), MODIFIER_SENTENCES)
def test_a_law_named_before_a_noun_leaves_the_page_s_date(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) == ("2024-03-01", "effective"), sentence


# (language, a law noun, another noun): one LAW_NOUNS row per function-word language.
LAW_NOUN_CASES = [
    ("en", "Regulation", "update"),
    ("nb", "forordningen", "rutiner"),
    ("de", "Verordnung", "Regeln"),
    ("fr", "règlement", "engagements"),
    ("es", "reglamento", "compromisos"),
    ("it", "regolamento", "impegni"),
    ("nl", "verordening", "regels"),
    ("sv", "förordningen", "rutiner"),
    ("da", "forordningen", "regler"),
    ("pl", "rozporządzenie", "zasady"),
    ("pt", "regulamento", "compromissos"),
]


def test_every_function_word_language_has_a_row_of_law_nouns() -> None:
    assert set(LAW_NOUNS) == set(FUNCTION_WORDS)
    assert {lang for lang, *_ in LAW_NOUN_CASES} == set(LAW_NOUNS)
    assert law_noun_regex("xx") is None


@pytest.mark.parametrize(("lang", "law", "other"), LAW_NOUN_CASES)
def test_a_law_noun_is_the_law_and_another_noun_is_not(lang: str, law: str, other: str) -> None:
    nouns = law_noun_regex(lang)
    assert nouns is not None
    assert nouns.fullmatch(law) is not None, law
    assert nouns.fullmatch(other) is None, other


def test_the_usage_shown_in_the_law_module_holds() -> None:
    result = doctest.testmod(datelaws)
    assert result.attempted and not result.failed
