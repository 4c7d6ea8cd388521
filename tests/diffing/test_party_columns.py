"""A table whose party column is headed by a subcontractor word is a list of parties
(issue 13); the same table headed "Subject" ("Betreff", "Sujet"...) is not.

The heading over the table names nothing, and the table has no column of countries,
so only its header tells it is about parties.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.entries import read_entries

PARTIES = [("Stripe, Inc.", "Payments"), ("Zendesk, Inc.", "Support"), ("Acme, Inc.", "Hosting")]
# fmt: off
# (language, a subcontractor header word, the purpose header, the twin header: a subject).
HEADERS = [
    ("en", "Subcontractor", "Purpose", "Subject"),
    ("en", "Sub-contractors", "Purpose", "Subject"),
    ("de", "Subunternehmer", "Zweck", "Betreff"),
    ("de", "Unterauftragnehmer", "Zweck", "Betreff"),
    ("fr", "Sous-traitants", "Finalité", "Sujet"),
    ("nb", "Underleverandører", "Formål", "Emne"),
    ("nl", "Onderaannemer", "Doel", "Onderwerp"),
    ("es", "Subcontratista", "Finalidad", "Asunto"),
    ("es", "Subprocesador", "Finalidad", "Asunto"),
    ("it", "Subfornitore", "Finalità", "Argomento"),
    ("sv", "Underleverantör", "Syfte", "Ämne"),
]
# fmt: on


def table(language: str, header: str, purpose: str) -> ExtractedDocument:
    rows = "\n".join(f"{name} | {what}" for name, what in PARTIES)
    text = f"# Policy\n\n## 3.\n\n{header} | {purpose}\n{rows}"
    return ExtractedDocument(text=text, language=language)


@pytest.mark.parametrize(("language", "header", "purpose", "subject"), HEADERS)
def test_a_subcontractor_column_makes_a_list_a_subject_column_does_not(
    language: str, header: str, purpose: str, subject: str
) -> None:
    found = read_entries(table(language, header, purpose)).entries
    assert [e.name for e in found] == [n for n, _ in PARTIES]
    assert read_entries(table(language, subject, purpose)).entries == []
