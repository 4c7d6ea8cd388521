"""A retention period given as a range ("30–90 days", "1 to 3 years") is one retention
fact whose period is its upper bound, with an en dash as with a hyphen and with the
language's word for "to" (``RANGE_WORDS`` of ``core/lexicon/periods.py``), in en, nb, de,
fr. A fact quotes its sentence as written: the diff's sentences are cut on a folded copy
(straight quotes and dashes), the fact's evidence keeps the page's own characters.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.facts import extract_facts

# fmt: off
# language -> (a sentence with a range between "{}" marks, the word for "to", the upper days)
RANGES = {
    "en": ("We keep server logs for 30{}90 days.", "to"),
    "nb": ("Vi lagrer serverlogger i 30{}90 dager.", "til"),
    "de": ("Wir speichern Serverprotokolle 30{}90 Tage.", "bis"),
    "fr": ("Nous conservons les journaux du serveur 30{}90 jours.", "à"),
}
# fmt: on


def _retention(text: str, language: str) -> list[tuple[str, str, str]]:
    facts = extract_facts(ExtractedDocument(text=text, language=language))
    return [(f.value, f.normalised, f.snippet) for f in facts if f.kind == "retention"]


@pytest.mark.parametrize("language", sorted(RANGES))
@pytest.mark.parametrize("between", ["\u2013", "-", "\u2014", " \u2013 ", "word"])
def test_a_range_is_one_retention_fact_of_its_upper_bound(language: str, between: str) -> None:
    template, word = RANGES[language]
    sentence = template.format(f" {word} " if between == "word" else between)
    [(value, normalised, snippet)] = _retention(sentence, language)
    assert normalised == "90d"
    # Word for word: the value and the evidence keep the page's dash.
    assert value in sentence
    assert snippet == sentence


@pytest.mark.parametrize("language", sorted(RANGES))
def test_a_range_changed_at_its_upper_bound_is_a_retention_change(language: str) -> None:
    template, _ = RANGES[language]
    old = _retention(template.format("\u2013"), language)
    new = _retention(template.format("\u2013").replace("90", "60"), language)
    assert [n for _, n, _ in old] == ["90d"]
    assert [n for _, n, _ in new] == ["60d"]


def test_a_snippet_keeps_curly_quotes_and_dashes_as_written() -> None:
    text = "Data is shared with Google’s advertising services — for “measurement” only."
    facts = extract_facts(ExtractedDocument(text=text, language="en"))
    assert facts and all(f.snippet == text for f in facts)
    # Twin: the same words in plain ASCII are quoted as they are.
    plain = 'Data is shared with Google\'s advertising services - for "measurement" only.'
    facts = extract_facts(ExtractedDocument(text=plain, language="en"))
    assert facts and all(f.snippet == plain for f in facts)
