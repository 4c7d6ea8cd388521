"""Whole-document verdicts on real version pairs from the dev corpus."""

from __future__ import annotations

from policywatch.core.model import ExtractedDocument, StatedDate
from policywatch.diffing import DiffResult, diff_documents

from .conftest import corpus_doc, guarded_diff


def diff(doc_id: str, old: str, new: str) -> DiffResult:
    return diff_documents(corpus_doc(f"{doc_id}/{old}.md"), corpus_doc(f"{doc_id}/{new}.md"))


def test_dpo_change_is_material_contact() -> None:
    result = diff("parship-privacy-policy", "v03_2024-09-18", "v04_2025-10-01")
    assert result.material and "controller_contact" in result.categories
    assert any("Knebel" in (r.new or "") for r in result.reasons)
    assert "Knebel" in result.summary


def test_new_subprocessors_are_material_recipients_or_transfers() -> None:
    result = diff("github-subprocessors", "v05_2025-05-28", "v06_2026-03-23")
    assert result.material
    assert {"recipients", "transfers"} & set(result.categories)


def test_date_format_and_link_labels_only_are_not_material() -> None:
    result = diff("anthropic-dpa", "v05_2026-04-18", "v06_2026-07-20")
    # The extractor glues a logo's alt text to the name ("Logo for TwilioTwilio"); at
    # worst that reads as rewording, never as a removed sub-processor.
    assert result.verdict in {"cosmetic", "editorial", "unchanged"}


def test_language_switch_is_suspect() -> None:
    old = corpus_doc("badoo-privacy-policy/v03_2022-04-25.md")
    result = guarded_diff(old, corpus_doc("badoo-privacy-policy/v04_2023-07-14.md"))
    assert result.verdict == "suspect" and not result.material
    assert "language" in result.summary


def test_truncated_capture_is_suspect_not_a_mass_deletion() -> None:
    old = corpus_doc("tinder-privacy-policy/v04_2025-02-15.md")
    truncated = ExtractedDocument(text=old.text[: len(old.text) // 5])
    assert guarded_diff(old, truncated).verdict == "suspect"


def test_a_full_rewrite_is_a_change_not_another_page() -> None:
    # orange v01 -> v02: the whole policy rewritten into 11 sections (14 % of phrases kept).
    old = corpus_doc("orange-privacy-policy/v01_2020-12-08.md")
    result = guarded_diff(old, corpus_doc("orange-privacy-policy/v02_2022-08-18.md"))
    assert result.material


def test_reordered_document_is_not_a_rewrite() -> None:
    old = corpus_doc("tinder-privacy-policy/v04_2025-02-15.md")
    reordered = ExtractedDocument(text=old.text, sections=list(reversed(old.sections)))
    result = diff_documents(old, reordered)
    assert result.verdict in {"cosmetic", "unchanged"}


def test_silent_edit_and_date_bump_flags() -> None:
    old = corpus_doc("parship-privacy-policy/v03_2024-09-18.md")
    new = corpus_doc("parship-privacy-policy/v04_2025-10-01.md")
    same = StatedDate("2024-09-18", "day", "last_updated", "Dernière mise à jour : 18.09.2024")
    moved = StatedDate("2024-12-30", "day", "last_updated", "Dernière mise à jour : 30.12.2024")
    old.stated_date, new.stated_date = same, same
    assert diff_documents(old, new).flags == ["silent_edit"]
    new.stated_date = moved
    assert "date_bump" in diff_documents(old, new).flags


def test_json_contract_keys() -> None:
    data = diff("parship-privacy-policy", "v03_2024-09-18", "v04_2025-10-01").to_dict()
    assert {"verdict", "material", "categories", "summary", "reasons", "items"} <= set(data)
    assert set(data["reasons"][0]) == {"category", "section", "old", "new", "explanation"}
    item_keys = {"kind", "old_heading", "new_heading", "verdict", "categories", "reasons"}
    assert all(item_keys <= set(i) for i in data["items"])


def test_stored_result_round_trips_with_ops() -> None:
    result = diff("mistral-dpa", "v01_2025-11-11", "v02_2025-11-28")
    again = DiffResult.from_dict(result.to_dict(with_ops=True))
    assert again.to_dict(with_ops=True) == result.to_dict(with_ops=True)
