"""A sentence on a mixed-language page is read in its own language when it tells one.

An English paragraph on a Norwegian page (or a Norwegian one on an English page)
used to be read with the page's words: its negation, its period units, its topic
words were not seen, and a changed period came out editorial or filed under
"other". The one rule (:func:`policywatch.diffing.classify.reading_language`):
a sentence of at least ``OWN_LANGUAGE_WORDS`` words whose language py3langid is
sure of is read in it. Its twins: a page-language sentence full of English
product names, and a short English label, are read in the page's language.
"""

from __future__ import annotations

import pytest

from policywatch.diffing.classify import OWN_LANGUAGE_WORDS, judge, reading_language
from policywatch.diffing.context import Context
from policywatch.diffing.filing import contact_category, requested
from policywatch.diffing.sentences import Unit

# fmt: off
# A period changed in a sentence of one language on a page of another:
# (page language, sentence language, heading, old sentence, new sentence).
FOREIGN_PERIODS = [
    ("nb", "en", "Lagring", "We keep your personal data for 30 days after you close your account.",
     "We keep your personal data for 90 days after you close your account."),
    ("de", "en", "Speicherung",
     "We keep your personal data for 30 days after you close your account.",
     "We keep your personal data for 90 days after you close your account."),
    ("fr", "en", "Conservation",
     "We keep your personal data for 30 days after you close your account.",
     "We keep your personal data for 90 days after you close your account."),
    ("en", "nb", "Retention",
     "Vi lagrer personopplysningene dine i 30 dager etter at du har avsluttet kontoen din.",
     "Vi lagrer personopplysningene dine i 90 dager etter at du har avsluttet kontoen din."),
    ("en", "de", "Retention",
     "Wir speichern Ihre personenbezogenen Daten 30 Tage lang, nachdem Sie Ihr Konto "
     "geschlossen haben.",
     "Wir speichern Ihre personenbezogenen Daten 90 Tage lang, nachdem Sie Ihr Konto "
     "geschlossen haben."),
    ("en", "fr", "Retention",
     "Nous conservons vos données personnelles pendant 30 jours après la clôture de votre compte.",
     "Nous conservons vos données personnelles pendant 90 jours après la clôture de votre "
     "compte."),
]
# A promise not to sell, in English on a page of another language.
FOREIGN_NEGATIONS = {
    page: ("We sell your personal data to advertisers and data brokers in some cases.",
           "We do not sell your personal data to advertisers and data brokers in any case.")
    for page in ("nb", "de", "fr")
}
# Twins: sentences in the page's own language that name English products, per page
# language (each long enough to be judged on its own words).
OWN_WITH_ENGLISH_NAMES = {
    "nb": "Vi deler ikke opplysningene dine med Google Analytics eller Google Tag Manager.",
    "de": "Wir geben Ihre Daten nicht an Google Analytics oder Google Tag Manager weiter.",
    "fr": "Nous ne partageons pas vos données avec Google Analytics ou Google Tag Manager.",
    "en": "We do not share your data with Google Analytics or Google Tag Manager.",
}
# fmt: on


@pytest.mark.parametrize(("page", "own", "heading", "old", "new"), FOREIGN_PERIODS)
def test_a_sentence_in_another_language_is_read_in_its_own(
    page: str, own: str, heading: str, old: str, new: str
) -> None:
    assert reading_language(new, page) == own
    j = judge(Unit(old, new), Context(heading=heading, language=page))
    assert j.verdict == "material"
    assert [(r.category, r.explanation.split(":")[0]) for r in j.reasons] == [
        ("retention", "period changed")
    ]


@pytest.mark.parametrize("page", sorted(FOREIGN_NEGATIONS))
def test_an_english_promise_not_to_sell_on_another_page_is_about_selling(page: str) -> None:
    old, new = FOREIGN_NEGATIONS[page]
    j = judge(Unit(old, new), Context(heading="", language=page))
    assert j.verdict == "material" and {r.category for r in j.reasons} == {"sale_sharing"}


@pytest.mark.parametrize("page", sorted(OWN_WITH_ENGLISH_NAMES))
def test_a_sentence_of_the_page_naming_english_products_is_read_in_the_page_language(
    page: str,
) -> None:
    sentence = OWN_WITH_ENGLISH_NAMES[page]
    assert len(sentence.split()) >= OWN_LANGUAGE_WORDS
    assert reading_language(sentence, page) == page
    j = judge(Unit(None, sentence), Context(heading="", language=page))
    # The page's own negation and sharing verb are read (the products are trackers too).
    assert j.verdict == "material" and "recipients" in {r.category for r in j.reasons}


@pytest.mark.parametrize("page", ["nb", "de", "fr"])
def test_a_short_english_label_is_read_in_the_page_language(page: str) -> None:
    assert reading_language("Cookies: kept for 30 days", page) == page


# A foreign sentence that names no topic of its own, under a heading of the page's
# language: the heading is read with the page's words (and the sentence with its own).
# (page, heading naming retention, heading naming nothing, old, new).
# fmt: off
_EN = ("This applies for 30 days after the end of your contract with us.",
       "This applies for 90 days after the end of your contract with us.")
_NB = ("Dette gjelder i 30 dager etter at avtalen din med oss er avsluttet.",
       "Dette gjelder i 90 dager etter at avtalen din med oss er avsluttet.")
FOREIGN_UNDER_PAGE_HEADING = [
    ("nb", "Lagringstid", "Nyhetsbrev", *_EN),
    ("de", "Speicherdauer", "Newsletter", *_EN),
    ("fr", "Durée de conservation", "Lettre d'information", *_EN),
    ("en", "Retention", "Newsletter", *_NB),
]
# fmt: on


@pytest.mark.parametrize(("page", "heading", "_other", "old", "new"), FOREIGN_UNDER_PAGE_HEADING)
def test_a_foreign_sentence_takes_its_topic_from_a_heading_in_the_page_language(
    page: str, heading: str, _other: str, old: str, new: str
) -> None:
    assert reading_language(new, page) != page
    j = judge(Unit(old, new), Context(heading=heading, language=page))
    assert [(r.category, r.explanation.split(":")[0]) for r in j.reasons] == [
        ("retention", "period changed")
    ]


@pytest.mark.parametrize(("page", "_heading", "other", "old", "new"), FOREIGN_UNDER_PAGE_HEADING)
def test_a_foreign_sentence_under_a_heading_naming_no_topic_stays_other(
    page: str, _heading: str, other: str, old: str, new: str
) -> None:
    j = judge(Unit(old, new), Context(heading=other, language=page))
    assert [r.category for r in j.reasons] == ["other"]


# Nynorsk ("nn") and "no" pages are read with Bokmål's cue words as topics() reads
# them (one fallback: languages_of); an English page is not.
NORWEGIAN_CUES = [
    ("REQUEST", "Du kan be oss om å sletta opplysningane dine.", "sletta"),
    ("AUTHORITY", "Du kan klaga til Datatilsynet på postkasse@datatilsynet.no.", "rights"),
]


@pytest.mark.parametrize("page", ["nn", "no", "nb"])
def test_a_nynorsk_or_no_page_reads_the_norwegian_cues(page: str) -> None:
    _, asked, action = NORWEGIAN_CUES[0]
    assert requested(asked, page) == [action]
    _, authority, category = NORWEGIAN_CUES[1]
    assert contact_category(authority, {}, page) == category


def test_an_english_page_reads_no_norwegian_cues() -> None:
    assert requested(NORWEGIAN_CUES[0][1], "en") == []
    assert contact_category(NORWEGIAN_CUES[1][1], {}, "en") == "controller_contact"


def test_a_nynorsk_sentence_on_an_english_page_is_read_in_nynorsk() -> None:
    old, new = (
        f"Vi slettar personopplysningane dine {n} dagar etter at du har avslutta kontoen din."
        for n in (30, 90)
    )
    assert reading_language(new, "en") == "nn"
    assert reading_language(new, "nb") == "nb"
    j = judge(Unit(old, new), Context(heading="Account", language="en"))
    assert [(r.category, r.explanation.split(":")[0]) for r in j.reasons] == [
        ("retention", "period changed")
    ]
