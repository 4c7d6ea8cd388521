"""A sentence in a sub-processor list is no party named by its first word (issue 13):
"Alle Unterauftragsverarbeiter sind ..." names no party "Alle" (German nouns are
capitalised, so a determiner and a noun start like a two-word name), nor does a
capitalised defined term after a determiner in other languages ("Other Sub-processors
are ..."). The twin: a company's name followed by what it does is still a party.

The determiners come from core/lexicon/function_words.py (wordfreq's most frequent
words per language, less content words: "New Relic" keeps its "New").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.entries import read_entries

PARTIES = ["Stripe, Inc.", "Zendesk, Inc.", "Acme GmbH"]
# fmt: off
# (a lone sentence paragraph opening with a determiner, its twin: a party and what it
# does), per language.
SENTENCES = {
    "en": ("Other Sub-processors are listed in the Annex.",
           "New Relic Application performance monitoring."),
    "nb": ("Andre Underdatabehandlere er oppført i vedlegget.",
           "Sentry Feilovervåking og ytelsesmåling."),
    "de": ("Alle Unterauftragsverarbeiter sind vertraglich zum Datenschutz verpflichtet.",
           "Sentry Fehleranalyse und Leistungsüberwachung."),
    "fr": ("Ces Sous-traitants ultérieurs sont tenus par contrat de protéger les données.",
           "Sentry Suivi des erreurs et des performances."),
}
# fmt: on


def names(language: str, paragraph: str) -> list[str]:
    """The parties of a sub-processor list of paragraphs that ends with ``paragraph``."""
    lines = "\n\n".join([*PARTIES, paragraph])
    doc = ExtractedDocument(text=f"# Sub-processors\n\n{lines}", language=language)
    return [e.name for e in read_entries(doc, "subprocessors").entries]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_sentence_opening_with_a_determiner_is_no_party_a_name_is(language: str) -> None:
    sentence, party = SENTENCES[language]
    assert names(language, sentence) == PARTIES
    # The capitalised words before the description name the party ("New Relic").
    name = "New Relic" if language == "en" else "Sentry"
    assert names(language, party) == [*PARTIES, name]


def test_the_function_words_are_what_their_script_writes() -> None:
    pytest.importorskip("wordfreq")
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_function_words.py"
    assert subprocess.run([sys.executable, str(script), "--check"], check=False).returncode == 0
