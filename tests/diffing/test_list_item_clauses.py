"""Words added to a sentence are one more entry of its list ("encryption in transit and
encryption of data at rest": a safeguard more, material, ``security``) only when they are
no clause of their own. A clause with its own modal verb ("and you can ask us how
encryption works") or one that sends the reader to another text ("; for more information
about encryption, see our whitepaper") names the sentence's topic and states nothing new:
editorial, no category (diffing/statements.py ``_clause``), in en, nb, de, fr.
"""

from __future__ import annotations

import pytest

from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import diff_documents

# fmt: off
# (language, heading, the sentence, an item added, a modal clause added, a pointer added)
SENTENCES = [
    ("en", "How we protect your data",
     "We protect your data with encryption in transit.",
     "We protect your data with encryption in transit and encryption of data at rest.",
     "We protect your data with encryption in transit, and you can ask us how encryption "
     "works.",
     "We protect your data with encryption in transit; for more information about "
     "encryption, see our whitepaper."),
    ("nb", "Hvordan vi beskytter dataene dine",
     "Vi beskytter dataene dine med kryptering under overføring.",
     "Vi beskytter dataene dine med kryptering under overføring og kryptering av lagrede "
     "data.",
     "Vi beskytter dataene dine med kryptering under overføring, og du kan spørre oss om "
     "hvordan kryptering virker.",
     "Vi beskytter dataene dine med kryptering under overføring; for mer informasjon om "
     "kryptering, se vår hvitbok."),
    ("de", "Wie wir Ihre Daten schützen",
     "Wir schützen Ihre Daten mit Verschlüsselung bei der Übertragung.",
     "Wir schützen Ihre Daten mit Verschlüsselung bei der Übertragung und Verschlüsselung "
     "gespeicherter Daten.",
     "Wir schützen Ihre Daten mit Verschlüsselung bei der Übertragung, und Sie können uns "
     "fragen, wie die Verschlüsselung funktioniert.",
     "Wir schützen Ihre Daten mit Verschlüsselung bei der Übertragung; weitere Informationen "
     "zur Verschlüsselung finden Sie in unserem Whitepaper."),
    ("fr", "Comment nous protégeons vos données",
     "Nous protégeons vos données par le chiffrement en transit.",
     "Nous protégeons vos données par le chiffrement en transit et le chiffrement des "
     "données stockées.",
     "Nous protégeons vos données par le chiffrement en transit, et vous pouvez nous "
     "demander comment fonctionne le chiffrement.",
     "Nous protégeons vos données par le chiffrement en transit ; pour en savoir plus sur "
     "le chiffrement, consultez notre livre blanc."),
]
# fmt: on


def _edited(language: str, heading: str, old: str, new: str) -> tuple[str, list[str]]:
    before = ExtractedDocument(text=old, sections=[Section(1, heading, old)], language=language)
    after = ExtractedDocument(text=new, sections=[Section(1, heading, new)], language=language)
    result = diff_documents(before, after)
    return result.verdict, result.categories


@pytest.mark.parametrize("case", SENTENCES, ids=[c[0] for c in SENTENCES])
def test_an_item_added_to_the_list_is_a_safeguard_more(case: tuple[str, ...]) -> None:
    language, heading, old, item, *_ = case
    verdict, categories = _edited(language, heading, old, item)
    assert verdict == "material"
    assert "security" in categories


@pytest.mark.parametrize("case", SENTENCES, ids=[c[0] for c in SENTENCES])
def test_a_modal_clause_on_the_same_topic_is_no_item(case: tuple[str, ...]) -> None:
    language, heading, old, _, modal, _ = case
    assert _edited(language, heading, old, modal) == ("editorial", [])


@pytest.mark.parametrize("case", SENTENCES, ids=[c[0] for c in SENTENCES])
def test_a_pointer_on_the_same_topic_is_no_item(case: tuple[str, ...]) -> None:
    language, heading, old, *_, pointer = case
    assert _edited(language, heading, old, pointer) == ("editorial", [])


# fmt: off
# (language, heading, the sentence, an item with a relative clause holding a modal verb,
#  an item with a pointer after it, the same relative clause said of the old item alone)
ITEMS_WITH_CLAUSES = [
    ("en", "How we protect your data",
     "We protect your data with encryption in transit.",
     "We protect your data with encryption in transit and encryption of data at rest, which "
     "customers may enable.",
     "We protect your data with encryption in transit and encryption of data at rest (for more "
     "information see our whitepaper).",
     "We protect your data with encryption in transit, which customers may enable."),
    ("nb", "Hvordan vi beskytter dataene dine",
     "Vi beskytter dataene dine med kryptering under overføring.",
     "Vi beskytter dataene dine med kryptering under overføring og kryptering av lagrede data, "
     "som kunder kan slå på.",
     "Vi beskytter dataene dine med kryptering under overføring og kryptering av lagrede data "
     "(for mer informasjon, se vår hvitbok).",
     "Vi beskytter dataene dine med kryptering under overføring, som kunder kan slå på."),
    ("de", "Wie wir Ihre Daten schützen",
     "Wir schützen Ihre Daten mit Verschlüsselung bei der Übertragung.",
     "Wir schützen Ihre Daten mit Verschlüsselung bei der Übertragung und Verschlüsselung "
     "gespeicherter Daten, die Kunden aktivieren können.",
     "Wir schützen Ihre Daten mit Verschlüsselung bei der Übertragung und Verschlüsselung "
     "gespeicherter Daten (weitere Informationen finden Sie in unserem Whitepaper).",
     "Wir schützen Ihre Daten mit Verschlüsselung bei der Übertragung, die Kunden aktivieren "
     "können."),
    ("fr", "Comment nous protégeons vos données",
     "Nous protégeons vos données par le chiffrement en transit.",
     "Nous protégeons vos données par le chiffrement en transit et le chiffrement des données "
     "stockées, que les clients peuvent activer.",
     "Nous protégeons vos données par le chiffrement en transit et le chiffrement des données "
     "stockées (pour en savoir plus, consultez notre livre blanc).",
     "Nous protégeons vos données par le chiffrement en transit, que les clients peuvent "
     "activer."),
]
# fmt: on


@pytest.mark.parametrize("case", ITEMS_WITH_CLAUSES, ids=[c[0] for c in ITEMS_WITH_CLAUSES])
def test_an_item_keeps_its_relative_clause_with_a_modal_verb(case: tuple[str, ...]) -> None:
    language, heading, old, relative, *_ = case
    verdict, categories = _edited(language, heading, old, relative)
    assert verdict == "material"
    assert "security" in categories


@pytest.mark.parametrize("case", ITEMS_WITH_CLAUSES, ids=[c[0] for c in ITEMS_WITH_CLAUSES])
def test_an_item_keeps_a_pointer_after_it(case: tuple[str, ...]) -> None:
    language, heading, old, _, pointer, _ = case
    verdict, categories = _edited(language, heading, old, pointer)
    assert verdict == "material"
    assert "security" in categories


@pytest.mark.parametrize("case", ITEMS_WITH_CLAUSES, ids=[c[0] for c in ITEMS_WITH_CLAUSES])
def test_the_relative_clause_alone_is_no_item(case: tuple[str, ...]) -> None:
    language, heading, old, *_, alone = case
    assert _edited(language, heading, old, alone) == ("editorial", [])


def test_an_item_cut_with_its_relative_clause_is_a_safeguard_less() -> None:
    old = (
        "We protect your data with encryption in transit and encryption of data at rest, "
        "which customers may enable, and with access controls."
    )
    new = "We protect your data with encryption in transit and with access controls."
    verdict, categories = _edited("en", "How we protect your data", old, new)
    assert verdict == "material"
    assert "security" in categories
