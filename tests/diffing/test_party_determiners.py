"""A sentence opening with a determiner or quantifier names no party (issue 13z):
"Jeder Unterauftragsverarbeiter ...", "Sämtliche Unterauftragsverarbeiter ..." (German
nouns are capitalised, so a determiner and a noun start like a two-word name), "Every
Sub-processor ...", "Chaque Sous-traitant ...", "Hver Underdatabehandler ...". Neither
the entry reader of a list nor the names a changed sentence gives read one. The words
come from core/lexicon/determiners.py, written row by row for every language.

Twins: a company's name in the same place is a party ("Allen & Overy LLP" keeps its
"Allen"), and a name after the determiner in the same sentence is still a name.
"""

from __future__ import annotations

import pytest

from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.core.lexicon.determiners import DETERMINERS
from policywatch.core.model import ExtractedDocument
from policywatch.diffing import diff_documents
from policywatch.diffing.entries import read_entries
from policywatch.diffing.said_names import names

PARTIES = ["Stripe, Inc.", "Zendesk, Inc."]
# fmt: off
# heading, sentences opening with a determiner, a sentence naming a party after one.
SENTENCES = {
    "en": ("Sub-processors",
           ("Every Sub-processor is bound by a written contract.",
            "Such Sub-processors are bound by the same obligations."),
           "Each Sub-processor uses Google Analytics."),
    "nb": ("Underdatabehandlere",
           ("Hver Underdatabehandler er bundet av en skriftlig avtale.",
            "Samtlige Underdatabehandlere er oppført i vedlegget."),
           "Enhver Underdatabehandler bruker Google Analytics."),
    "de": ("Unterauftragsverarbeiter",
           ("Jeder Unterauftragsverarbeiter ist vertraglich zum Datenschutz verpflichtet.",
            "Sämtliche Unterauftragsverarbeiter sind vertraglich verpflichtet."),
           "Jeder Unterauftragsverarbeiter nutzt Google Analytics."),
    "fr": ("Sous-traitants ultérieurs",
           ("Chaque Sous-traitant ultérieur est tenu par contrat.",
            "Lesdits Sous-traitants sont tenus par contrat."),
           "Chaque Sous-traitant utilise Google Analytics."),
}
# fmt: on
# A company whose first word is a declined form a determiner's stem could give.
COMPANY = "Allen & Overy LLP"


def _page(language: str, *paragraphs: str) -> ExtractedDocument:
    heading = SENTENCES[language][0]
    return ExtractedDocument(text=f"# {heading}\n\n" + "\n\n".join(paragraphs), language=language)


def _names(language: str, paragraph: str) -> list[str]:
    doc = _page(language, *PARTIES, paragraph)
    return [e.name for e in read_entries(doc, "subprocessors").entries]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_sentence_opening_with_a_determiner_is_no_party(language: str) -> None:
    for sentence in SENTENCES[language][1]:
        assert _names(language, sentence) == PARTIES
        assert names(sentence, language) == frozenset()
        old, new = _page(language, *PARTIES), _page(language, *PARTIES, sentence)
        result = diff_documents(old, new, doc_type="subprocessors")
        assert not result.entries, [c.describe() for c in result.entries]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_company_in_the_same_place_is_a_party_a_name_after_a_determiner_a_name(
    language: str,
) -> None:
    assert _names(language, COMPANY) == [*PARTIES, COMPANY]
    result = diff_documents(
        _page(language, *PARTIES), _page(language, *PARTIES, COMPANY), doc_type="subprocessors"
    )
    assert [c.describe() for c in result.entries] == [f"added: {COMPANY}"]
    assert names(SENTENCES[language][2], language) == frozenset({"Google Analytics"})


def test_every_language_has_its_row_of_determiners() -> None:
    assert set(DETERMINERS) == set(LANGUAGES)
    assert all(len(words) >= 20 for words in DETERMINERS.values())
