"""A revision named by a noun, and a label line of nouns and a participle, date the page
(issue 12, fix12d3 steps 1 and 2).

12d reads what a row writes after its word for "last" as a participle
(:func:`~policywatch.core.lexicon.date_cues.is_participle`), so that inside a
sentence about something else it dates nothing
(:mod:`tests.extract.test_date_cue_running_phrases`). French "dernière" precedes
nouns, though: after an article and right before its date, "la mise à jour du 3
mars 2024" names the revision (:func:`~policywatch.extract.dateclauses.after_article`,
articles per language in :mod:`policywatch.core.lexicon.articles`). And a line of a
few nouns, the participle and its date ("Page mise à jour le 3 mars 2024", "Acme
SAS – mise à jour le …") is a label, not a sentence: it has no function word
before the participle, no auxiliary ("a été", "wurde", "ble", "was") among them
(:func:`~policywatch.extract.dateclauses.bare_label`). The twins keep an auxiliary,
an object or more words after the date, and date nothing.
"""

from __future__ import annotations

import doctest

import pytest

from policywatch.core.lexicon import articles, documents
from policywatch.core.lexicon.articles import ARTICLES, governs_noun
from policywatch.core.lexicon.documents import PAGE_WORDS, page_regex
from policywatch.core.lexicon.function_words import FUNCTION_WORDS
from policywatch.extract import dateclauses
from policywatch.extract.dateclauses import after_article, is_revision_noun
from tests.extract.stated_pages import stated
from tests.extract.test_date_cue_running_text import EFFECTIVE, policy_page

DAY = "2024-03-03"

# (language, a sentence naming the page's revision with an article before its date)
REVISIONS = [
    ("fr", "La mise à jour du 3 mars 2024 ajoute une section sur les cookies."),
    ("fr", "Nous avons précisé nos pratiques lors de la révision du 3 mars 2024."),
    ("fr", "Depuis la mise à jour du 3 mars 2024, nous conservons vos données moins longtemps."),
    ("fr", "Cette mise à jour du 3 mars 2024 ajoute une section sur les cookies."),
]


@pytest.mark.parametrize(("lang", "sentence"), REVISIONS)
def test_a_revision_named_by_a_noun_dates_the_page(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) == (DAY, "last_updated"), sentence


# (language, text, where the cue starts, whether an article stands just before it)
ARTICLE_CASES = [
    ("en", "The update of 3 March 2024", "update", True),
    ("en", "The app was updated on 3 March 2024", "updated", False),
    ("nb", "Avtalene har en endringsdato 3. mars 2024", "endringsdato", True),
    ("nb", "Appen ble endret den 3. mars 2024", "endret", False),
    ("de", "Der Stand vom 3. März 2024", "Stand", True),
    ("de", "Die App wurde geändert am 3. März 2024", "geändert", False),
    ("fr", "Depuis la mise à jour du 3 mars 2024", "mise", True),
    ("fr", "L'actualisation du 3 mars 2024", "actualisation", True),
    ("fr", "L'application a été mise à jour le 3 mars 2024", "mise", False),
    ("fr", "Le prestataire a mis à jour sa base le 3 mars 2024", "mis", False),  # "a": no article
]


@pytest.mark.parametrize(("lang", "text", "cue", "article"), ARTICLE_CASES)
def test_an_article_before_the_cue_makes_it_a_noun(
    lang: str, text: str, cue: str, article: bool
) -> None:
    assert after_article(text, text.index(cue), lang) is article, text


@pytest.mark.parametrize("lang", ["en", "nb", "de", "fr"])
def test_the_articles_are_function_words_of_their_language(lang: str) -> None:
    # The rows hold the table's words (German declines them: "eines" is not among
    # wordfreq's top 100); a language's own auxiliaries are no articles.
    common = ARTICLES[lang] & FUNCTION_WORDS[lang]
    assert len(common) >= len(ARTICLES[lang]) - 2, sorted(ARTICLES[lang] - common)
    auxiliaries = {"en": "was", "nb": "ble", "de": "wurde", "fr": "été"}[lang]
    assert not governs_noun(auxiliaries, lang)


def test_an_article_counts_only_in_its_own_language() -> None:
    # French "a" of "a mis à jour" is an auxiliary, English "a" an article.
    assert governs_noun("a", "en") and not governs_noun("a", "fr")
    assert not governs_noun("la", "xx")


# (language, a label line: a few nouns, a participle, its date)
LABEL_LINES = [
    ("en", "Page updated on 3 March 2024"),
    ("en", "Latest version updated on 3 March 2024"),
    ("nb", "Nettsiden oppdatert 3. mars 2024"),
    ("nb", "Innhold endret 3. mars 2024."),
    ("de", "Seite aktualisiert am 3. März 2024"),
    ("de", "Inhalt geändert am 3. März 2024."),
    ("fr", "Page mise à jour le 3 mars 2024"),
    ("fr", "Contenu mis à jour le 3 mars 2024"),
    ("fr", "Texte mis à jour le 3 mars 2024."),
    ("fr", "Acme SAS – mise à jour le 3 mars 2024"),
    ("fr", "Dernière version mise à jour le 3 mars 2024"),
    ("fr", "Texte en vigueur, mis à jour le 3 mars 2024"),  # another field's cue
]


@pytest.mark.parametrize(("lang", "line"), LABEL_LINES)
def test_a_label_line_of_nouns_and_a_participle_dates_the_page(lang: str, line: str) -> None:
    assert stated(policy_page(lang, line)) == (DAY, "last_updated"), line
    assert stated(policy_page(lang, EFFECTIVE[lang], line)) == (DAY, "last_updated"), line


# The twins: an auxiliary before the participle, an object after it, or more words
# after the date make a sentence about something else.
SENTENCES = [
    ("en", "The vendor list was updated on 3 March 2024."),
    ("en", "Vendor list updated on 3 March 2024 with two new processors."),
    ("en", "Our vendor list, updated on 3 March 2024, names every processor."),
    ("nb", "Leverandørlisten ble oppdatert 3. mars 2024."),
    ("nb", "Leverandørlisten oppdatert 3. mars 2024 med to nye leverandører."),
    ("de", "Die Liste wurde aktualisiert am 3. März 2024."),
    ("de", "Liste aktualisiert am 3. März 2024 mit zwei neuen Anbietern."),
    ("fr", "Le logiciel a été mis à jour le 3 mars 2024."),
    ("fr", "Logiciel mis à jour le 3 mars 2024 pour corriger un bogue."),
    ("fr", "Le prestataire a mis à jour sa base le 3 mars 2024."),
]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_a_participle_in_a_sentence_still_dates_nothing(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) is None, sentence
    found = stated(policy_page(lang, EFFECTIVE[lang], sentence))
    assert found is not None and found[1] == "effective", (sentence, found)


# fix12d5 item 5: after an article, a participle before its date and another noun is
# an adjective ("the revised 3 March 2024 vendor list"): it names the revision only
# when the date ends its sentence or the cue is a revision noun of the rows.
ADJECTIVES = [
    ("en", "See the revised 3 March 2024 vendor list for details."),
    ("nb", "Se den oppdaterte 3. mars 2024 leverandørlisten for detaljer."),
    ("de", "Siehe die geänderte 3. März 2024 Anbieterliste für Details."),
    ("fr", "Voir la liste des partenaires modifiée le 3 mars 2024 pour les détails."),
]


@pytest.mark.parametrize(("lang", "sentence"), ADJECTIVES)
def test_an_adjective_after_an_article_dates_nothing(lang: str, sentence: str) -> None:
    assert stated(policy_page(lang, sentence)) is None, sentence
    found = stated(policy_page(lang, EFFECTIVE[lang], sentence))
    assert found is not None and found[1] == "effective", (sentence, found)


@pytest.mark.parametrize(
    ("lang", "cue", "noun"),
    [
        ("en", "update", True),
        ("en", "revised", False),
        ("nb", "oppdatering", True),
        ("nb", "oppdaterte", False),
        ("de", "Aktualisierung", True),
        ("de", "geänderte", False),
        ("fr", "mise à jour", True),
        ("fr", "modifiée", False),
    ],
)
def test_a_revision_noun_of_the_rows(lang: str, cue: str, noun: bool) -> None:
    assert is_revision_noun(cue, lang) is noun, cue


# Issue 12, fix12d5 item 1: a label line of nouns dates the page only when its
# nouns name the page (a page word of the language or a document word); a list
# of something else is that list's date, not the page's, in its own block or
# inside a paragraph, even against an effective line.
OTHER_THINGS = [
    ("en", "Vendor list updated on 3 March 2024."),
    ("nb", "Leverandørliste oppdatert 3. mars 2024."),
    ("de", "Anbieterliste aktualisiert am 3. März 2024."),
    ("fr", "Partenaires mis à jour le 3 mars 2024."),
]


@pytest.mark.parametrize(("lang", "line"), OTHER_THINGS)
def test_a_label_line_about_another_thing_dates_nothing(lang: str, line: str) -> None:
    assert stated(policy_page(lang, line)) is None, line
    found = stated(policy_page(lang, EFFECTIVE[lang], line))
    assert found is not None and found[1] == "effective", (line, found)
    paragraph = f"{FUNCTION_LEAD[lang]} {line} {FUNCTION_LEAD[lang]}"
    found = stated(policy_page(lang, EFFECTIVE[lang], paragraph))
    assert found is not None and found[1] == "effective", (paragraph, found)


# A short sentence before and after the line inside one paragraph.
FUNCTION_LEAD = {
    "en": "We share data with processors.",
    "nb": "Vi deler data med leverandører.",
    "de": "Wir teilen Daten mit Anbietern.",
    "fr": "Nous partageons des données.",
}

# (language, a page word of its row, a noun of another thing)
PAGE_WORD_CASES = [
    ("en", "Page", "Vendor list"),
    ("nb", "Innhold", "Leverandørliste"),
    ("de", "Fassung", "Anbieterliste"),
    ("fr", "Contenu", "Partenaires"),
    ("es", "Página", "Proveedores"),
    ("it", "Pagina", "Fornitori"),
    ("nl", "Inhoud", "Leveranciers"),
    ("sv", "Sidan", "Leverantörer"),
    ("da", "Indhold", "Leverandører"),
    ("pl", "Strona", "Dostawcy"),
    ("pt", "Conteúdo", "Fornecedores"),
]


def test_every_function_word_language_has_a_row_of_page_words() -> None:
    assert set(PAGE_WORDS) == set(FUNCTION_WORDS)
    assert {lang for lang, *_ in PAGE_WORD_CASES} == set(PAGE_WORDS)
    assert page_regex("xx") is None


@pytest.mark.parametrize(("lang", "page", "other"), PAGE_WORD_CASES)
def test_a_page_word_names_the_page_and_another_noun_does_not(
    lang: str, page: str, other: str
) -> None:
    pages = page_regex(lang)
    assert pages is not None
    assert pages.search(page) is not None, page
    assert pages.search(other) is None, other


@pytest.mark.parametrize("module", [dateclauses, articles, documents])
def test_the_usage_shown_in_each_docstring_holds(module) -> None:
    result = doctest.testmod(module)
    assert result.attempted and not result.failed
