"""The diff's own fact reasons (:func:`policywatch.diffing.compare.changed_fact_reasons`)
read the changed sentences in the page's language, so its abbreviation ("z. B.", "f.eks.",
"p. ex.") cuts no fact out of its sentence: a retention period changed after one is a
retention reason quoting the whole sentence, in de, nb, fr; English's ("e.g.") is read
in any language (the twin).
"""

from __future__ import annotations

import pytest

from policywatch.core.model import Section
from policywatch.diffing.compare import changed_fact_reasons

# language -> (heading, a retention sentence with an abbreviation before a capital)
ABBREVIATED = {
    "de": ("Speicherdauer", "Wir speichern Daten, z. B. Protokolle, für 30 Tage."),
    "nb": ("Lagring", "Vi lagrer data, f.eks. Logger, i 30 dager."),
    "fr": ("Conservation", "Nous conservons les données, p. ex. Journaux, pendant 30 jours."),
    "en": ("Retention", "We keep data, e.g. Logs, for 30 days."),
}


def _reasons(language: str | None, heading: str, old: str) -> list[tuple[str, str, str]]:
    new = old.replace("30", "90")
    reasons = changed_fact_reasons([Section(2, heading, old)], [Section(2, heading, new)],
                                   language=language)  # fmt: skip
    return [(r.category, r.old or "", r.new or "") for r in reasons]


@pytest.mark.parametrize("language", sorted(ABBREVIATED))
def test_a_fact_after_an_abbreviation_is_a_reason_with_its_whole_sentence(language: str) -> None:
    heading, old = ABBREVIATED[language]
    assert _reasons(language, heading, old) == [("retention", old, old.replace("30", "90"))]


def test_english_abbreviations_cut_no_fact_without_a_language() -> None:
    heading, old = ABBREVIATED["en"]
    assert _reasons(None, heading, old) == [("retention", old, old.replace("30", "90"))]
