"""Clause and annex labels: one entry per language, and each read as numbering."""

from __future__ import annotations

import re

import pytest

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.structure import (
    STRUCTURE_WORDS,
    annex_label_pattern,
    clause_label_pattern,
)
from policywatch.extract import extract

BODY = "The provider keeps the data only as long as the service needs it, and no longer."


def test_one_entry_per_language_with_both_kinds():
    assert sorted(STRUCTURE_WORDS) == sorted(LANGUAGES)
    assert all(tuple(entry) == ("clause", "annex") for entry in STRUCTURE_WORDS.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_is_matched(language):
    for kind, pattern in (("clause", clause_label_pattern()), ("annex", annex_label_pattern())):
        for word in STRUCTURE_WORDS[language][kind]:
            assert re.fullmatch(pattern, word.upper(), re.I), (language, word)


@pytest.mark.parametrize("language", LANGUAGES)
def test_labelled_clauses_in_plain_text_are_the_outline(language):
    label = STRUCTURE_WORDS[language]["clause"][0]
    label = label[:1].upper() + label[1:]
    annex = STRUCTURE_WORDS[language]["annex"][0]
    annex = annex[:1].upper() + annex[1:]
    lines = [f"{label} {n} – Alpha{n}\n{BODY} {n}\n" for n in (1, 2, 3)]
    text = "Title of the terms\n\n" + "\n".join(lines) + f"\n{annex} 1\n{BODY}\n"
    top = [s.heading for s in extract(text.encode(), "text/plain").sections if s.level == 2]
    assert top == [f"{label} {n} – Alpha{n}" for n in (1, 2, 3)] + [f"{annex} 1"]


def test_an_annex_word_opening_a_phrase_is_not_an_annex():
    assert re.match(annex_label_pattern() + r"\s*(?:\d|$)", "Schedule of fees", re.I) is None
