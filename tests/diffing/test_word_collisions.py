"""A page is read with its own language's category words, never another language's.

The category table (:mod:`policywatch.core.lexicon.category_words`) holds word
starts per language; a start of one language is often a common word of another
(English "parent", Italian "parenti"; English "cancel", Italian "cancellare";
French "vente", Norwegian "ventet"). The collisions are found, not typed: every
stem of language A is matched against the 5,000 most common words of language B
(wordfreq, CC-BY-SA data from Wikipedia, subtitles, news, web text...), and for
each one a page in B must not get A's category from that word. Only the ``en``
stems flagged :class:`International` ("cookie", "ISO 27001", "Matomo") are read
on every page, so none of them may collide either.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import permutations

import pytest
from wordfreq import top_n_list

from policywatch.core.lexicon.category_words import CATEGORY_WORDS, COMPANIONS, LANGUAGES
from policywatch.core.lexicon.international import International, is_international
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents
from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

COMMON = 5000
TABLES = {"words": CATEGORY_WORDS, "companions": COMPANIONS}


@cache
def common_words(language: str) -> tuple[str, ...]:
    """The most common words of a language (wordfreq's lists are lower case)."""
    return tuple(top_n_list(language, COMMON))


def _starts(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{s})" for s in stems) or r"(?!)")


def own_reading(table: str, category: str, language: str) -> re.Pattern[str]:
    """What a page in ``language`` may read a category with, from the table itself:
    its own column and the international stems of English."""
    row = TABLES[table][category]
    shared = tuple(s for s in row.get("en", ()) if is_international(s))
    return _starts((*row.get(language, ()), *shared))


def collisions(a: str, b: str) -> list[tuple[str, str, str, str]]:
    """(table, category, stem of ``a``, common word of ``b``) where the stem reads a word
    that ``b``'s own words for that category do not."""
    found = []
    for name, table in TABLES.items():
        for category, row in table.items():
            theirs = own_reading(name, category, b)
            for stem in row.get(a, ()):
                start = re.compile(f"(?:{stem})")
                found += [
                    (name, category, stem, word)
                    for word in common_words(b)
                    if start.match(word) and not theirs.match(word)
                ]
    return found


@pytest.mark.parametrize(("a", "b"), list(permutations(LANGUAGES, 2)))
def test_a_page_never_takes_a_category_from_another_languages_word(a, b):
    """Each common word of ``b`` that a stem of ``a`` reads gives ``b``'s page no
    category of ``a``'s; a companion word of ``a`` ("ai" beside "train") makes none
    of ``b``'s own words count either."""
    wrong = []
    for table, category, stem, word in collisions(a, b):
        if table == "words":
            text = word
        elif plain := _plain_word(category, b):
            text = f"{plain} {word}"  # b's own word for the category, beside a's companion
        else:
            continue
        if category in topics(text, b):
            wrong.append((category, stem, word))
    assert not wrong, f"{b} pages read {a} words: {wrong}"


def _plain_word(category: str, language: str) -> str:
    """A stem of ``language`` for ``category`` that is a plain word (no pattern)."""
    stems = CATEGORY_WORDS[category].get(language, ())
    return next((s for s in stems if re.fullmatch(r"[^\W\d_]+", s)), "")


def test_the_collisions_are_real_and_language_blind_reading_takes_them():
    """The finder finds the known ones, and reading a page with every language's words
    (what the diff did before) gives a category from them: the test above can fail."""
    it_in_en = collisions("en", "it")
    assert ("words", "children", "parent", "parenti") in it_in_en
    assert ("companions", "ai_training", r"\bai\b", "ai") in it_in_en
    # (French "vente" read "ventet" until a sale became "vente de": issue 13, 13aa item 4.)
    assert ("words", "fees_termination", "pris", "prise") in collisions("nb", "fr")
    assert "children" in topics("parenti")
    assert "children" not in topics("parenti", "it")
    assert "sale_sharing" in topics("vente de vos données")
    assert "sale_sharing" not in topics("ventet data", "nb")


def test_no_international_stem_reads_a_common_word_of_another_meaning():
    """A stem read on every page (flagged International) reads no common word of any
    language other than the borrowed term itself."""
    wrong = [
        (category, stem, b, word)
        for category, row in CATEGORY_WORDS.items()
        for stem in row["en"]
        if is_international(stem)
        for b in LANGUAGES
        if b != "en"
        for word in common_words(b)
        if re.match(f"(?:{stem})", word) and not re.match(f"(?:{stem})", word.rstrip("s"))
    ]
    assert not wrong, wrong
    assert any(isinstance(s, International) for s in CATEGORY_WORDS["tracking_ads"]["en"])


# Twins per language: a sentence of that language keeps its category, and the same
# international term on a page of every language keeps it too.
# fmt: off
OWN_WORDS = {
    "en": ("Our service is not for children; a parent must consent.", "children"),
    "nb": ("Tjenesten er ikke for barn; en forelder må samtykke.", "children"),
    "de": ("Der Dienst ist nicht für Kinder; ein Elternteil muss zustimmen.", "children"),
    "fr": ("Le service n'est pas destiné aux enfants ; un parent doit consentir.", "children"),
    "it": ("Il servizio non è destinato ai bambini; un genitore deve acconsentire.", "children"),
}
FOREIGN_WORDS = {
    # an English stem reading a common word of the page's language
    "it": ("Il contratto si applica ai Servizi e ai parenti dell'utente.", "children"),
    "nb": ("Vi har ventet på data fra kunden.", "sale_sharing"),
    "fr": ("Vous pouvez installer l'application sur votre téléphone.", "fees_termination"),
    "de": ("Die Klagen des Kunden werden geprüft.", "rights"),
    "en": ("The precious metals market closed early.", "fees_termination"),
}
# fmt: on


def _categories(text: str, language: str) -> set[str]:
    """The categories a page in ``language`` gets when ``text`` is added to it."""

    def version(body: str) -> ExtractedDocument:
        return ExtractedDocument(text=body, sections=[Section(2, "", body)], language=language)

    before = "This page describes the service."
    result = diff_documents(version(before), version(f"{before}\n\n{text}"))
    return set(result.categories)


@pytest.mark.parametrize("language", sorted(OWN_WORDS))
def test_a_pages_own_words_give_its_category(language):
    text, category = OWN_WORDS[language]
    assert category in topics(key(text), language)


@pytest.mark.parametrize("language", sorted(FOREIGN_WORDS))
def test_another_languages_stem_gives_no_category(language):
    text, category = FOREIGN_WORDS[language]
    assert category not in topics(key(text), language)
    assert category not in _categories(text, language)


@pytest.mark.parametrize("language", ["en", "nb", "de", "fr"])
def test_an_international_term_is_read_on_every_page(language):
    assert "tracking_ads" in topics("matomo cookies", language)
    assert "security" in topics("iso 27001", language)


# "data" is a word for data where the language says it (nb, da, sv, nl): selling it is
# sale_sharing on that page; a sale of no data is not (the twin).
# fmt: off
SOLD_DATA = {
    "nb": ("Vi selger ikke dataene dine.", "Vi selger ikke billettene dine."),
    "da": ("Vi sælger ikke dine data.", "Vi sælger ikke dine billetter."),
    "sv": ("Vi säljer inte dina data.", "Vi säljer inte dina biljetter."),
    "nl": ("Wij verkopen uw data niet.", "Wij verkopen uw tickets niet."),
}
# fmt: on


@pytest.mark.parametrize("language", sorted(SOLD_DATA))
def test_selling_data_is_a_sale_of_data_in_each_language(language):
    data, tickets = SOLD_DATA[language]
    assert "sale_sharing" in topics(key(data), language)
    assert "sale_sharing" not in topics(key(tickets), language)


# A device identifier's acronym, in a sentence that names no data otherwise.
DEVICE_IDS = {
    "en": "We use the {} of your device.",
    "nb": "Vi bruker {} til enheten din.",
    "de": "Wir nutzen die {} Ihres Geräts.",
    "fr": "Nous utilisons l'{} de votre appareil.",
    "es": "Utilizamos el {} de su dispositivo.",
    "it": "Utilizziamo l'{} del tuo dispositivo.",
    "nl": "Wij gebruiken de {} van uw apparaat.",
    "sv": "Vi använder {} för din enhet.",
}


@pytest.mark.parametrize("language", sorted(DEVICE_IDS))
def test_a_device_identifier_acronym_is_data_on_a_page_in_any_language(language):
    for acronym in ("IMEI", "IDFA"):
        said = topics(key(DEVICE_IDS[language].format(acronym)), language=language)
        assert "data_categories" in said, (acronym, said)
    # Twin: the same sentence about a thing that is no identifier names no data.
    assert "data_categories" not in topics(key(DEVICE_IDS[language].format("app")), language)
