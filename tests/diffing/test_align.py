"""Section alignment cases, on excerpts of real policies."""

from __future__ import annotations

from policywatch.core.model import Section
from policywatch.diffing.align import align_sections

RETENTION = Section(
    2,
    "5. How long do we keep your personal data?",
    "We keep your personal data for as long as your account is active. "
    "When your account is deleted, we erase your data within 30 days, unless the law "
    "requires us to keep it longer.",
)
RIGHTS = Section(
    2,
    "6. Your rights",
    "You have the right to access, rectify and erase your personal data, to restrict "
    "or object to its processing and to data portability.",
)
CONTACT = Section(
    2,
    "7. Contact",
    "You can contact our data protection officer at dpo@mistral.ai or by post at "
    "15 rue des Halles, 75001 Paris, France.",
)


def kinds(old: list[Section], new: list[Section]) -> list[str]:
    return [p.kind for p in align_sections(old, new)]


def test_identical_outline_matches_everything() -> None:
    assert kinds([RETENTION, RIGHTS, CONTACT], [RETENTION, RIGHTS, CONTACT]) == ["matched"] * 3


def test_reordered_sections_are_moves_not_a_rewrite() -> None:
    pairs = align_sections([RETENTION, RIGHTS, CONTACT], [CONTACT, RETENTION, RIGHTS])
    assert sorted(p.kind for p in pairs) == ["matched", "matched", "moved"]
    moved = next(p for p in pairs if p.kind == "moved")
    assert moved.old == [2] and moved.new == [0]


def test_renamed_heading_same_content() -> None:
    renamed = Section(2, "6. What are your rights?", RIGHTS.text)
    assert kinds([RETENTION, RIGHTS], [RETENTION, renamed]) == ["matched", "renamed"]


def test_edited_section_with_same_heading_is_matched() -> None:
    edited = Section(2, RETENTION.heading, RETENTION.text.replace("30 days", "24 months"))
    assert kinds([RETENTION], [edited]) == ["matched"]


def test_added_and_removed_sections() -> None:
    pairs = align_sections([RETENTION, RIGHTS], [RETENTION, CONTACT])
    assert [(p.kind, p.old, p.new) for p in pairs] == [
        ("matched", [0], [0]),
        ("removed", [1], []),
        ("added", [], [1]),
    ]


def test_split_and_merged_sections() -> None:
    merged = Section(2, "Rights and contact", RIGHTS.text + "\n\n" + CONTACT.text)
    split = align_sections([RETENTION, merged], [RETENTION, RIGHTS, CONTACT])
    assert [p.kind for p in split] == ["matched", "split"]
    assert split[1].old == [1] and split[1].new == [1, 2]
    back = align_sections([RETENTION, RIGHTS, CONTACT], [RETENTION, merged])
    assert [p.kind for p in back] == ["matched", "merged"]
    assert back[1].old == [1, 2]
