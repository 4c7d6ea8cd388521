"""English topic stems in another sense: each rule with its twin both ways.

These rules live in the English column of
:mod:`policywatch.core.lexicon.category_words` (the other languages' columns have no
such stem: "sertifisert", "zertifiziert", "certifié" are read from "ISO 27001"):

- "certified to" a security standard is security; "certified to" the U.S.
  Department of Commerce, the Data Privacy Framework or the Privacy Shield is a
  transfer framework's certification;
- "keeps ... for" a period is retention; "keeps you informed for free" is not;
- "targeted ads" are tracking; "targeted advice", "targeted addresses" are not.
"""

from __future__ import annotations

import pytest

from policywatch.diffing.lexicons import topics
from policywatch.diffing.text import key

# (category, sentences of its sense, sentences of another sense).
SENSES = {
    "security": (
        ["Our payment systems are certified to PCI DSS Level 1.",
         "Our offices are certified to Cyber Essentials Plus."],
        ["Acme has certified to the U.S. Department of Commerce that it adheres to the DPF.",
         "Acme is certified to the EU-U.S. Data Privacy Framework.",
         "Acme was certified to the EU-U.S. Privacy Shield."],
    ),
    "retention": (
        ["The service keeps your logs for 30 days.", "Acme keeps backups for a year."],
        ["This keeps you informed for free.", "The app keeps running for free."],
    ),
    "tracking_ads": (
        ["We show you targeted ads.", "We send targeted advertising."],
        ["We give targeted advice to our customers.", "We write to targeted addresses."],
    ),
}  # fmt: skip


@pytest.mark.parametrize("category", sorted(SENSES))
def test_a_stem_in_its_sense_gives_its_category_in_another_sense_not(category: str) -> None:
    meant, other = SENSES[category]
    for sentence in meant:
        assert category in topics(key(sentence), "en"), sentence
    for sentence in other:
        assert category not in topics(key(sentence), "en"), sentence
