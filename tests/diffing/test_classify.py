"""Verdicts on single changed sentences taken from real version pairs of the dev corpus."""

from __future__ import annotations

from policywatch.diffing.classify import judge
from policywatch.diffing.sentences import Unit
from policywatch.diffing.words import word_ops


def edit(old: str, new: str, heading: str | None = None) -> tuple[str, list[str], set[str]]:
    j = judge(Unit(old, new, word_ops(old, new)), heading)
    return j.verdict, [r.category for r in j.reasons], j.flags


def test_markup_and_escaping_only_is_cosmetic() -> None:
    # fruitz terms v02 -> v03: "Fee-based" written "Fee\-based" after the switch to HTML.
    assert edit("Fee-based services", "Fee\\-based services")[0] == "cosmetic"
    # her privacy v05 -> v06: doubled list bullets.
    assert edit("* Your name", "* * Your name")[0] == "cosmetic"


def test_same_date_written_differently_is_cosmetic_without_bump() -> None:
    # anthropic DPA v05 -> v06.
    verdict, _, flags = edit("Effective 24 February 2025", "Effective February 24, 2025")
    assert verdict == "cosmetic" and flags == {"date_format"}


def test_date_bump_alone_is_cosmetic_with_flag() -> None:
    # parship privacy v03 -> v04.
    verdict, _, flags = edit(
        "Dernière mise à jour : 18.09.2024", "Dernière mise à jour : 30.12.2024"
    )
    assert verdict == "cosmetic" and flags == {"date_bump"}


def test_spelling_variant_is_cosmetic() -> None:
    # github DPA v04 -> v05: British to American spelling.
    old = "GitHub will implement appropriate technical and organisational measures."
    assert edit(old, old.replace("organisational", "organizational"))[0] == "cosmetic"


def test_bare_url_replaced_by_its_label_is_cosmetic() -> None:
    # tinder terms v04 -> v05.
    old = "The NAM fee schedule is at https://www.namadr.com/resources/rules-fees-forms/"
    new = "The NAM fee schedule is at Rules, Fees & Forms - National Arbitration and Mediation"
    assert edit(old, new)[0] == "cosmetic"


def test_rewording_is_editorial() -> None:
    # github terms v04 -> v05: "purchase" became "use".
    old = "If you purchase features beyond your plan, we bill you on actual usage."
    new = "If you use features beyond your plan, we bill you on actual usage."
    assert edit(old, new)[0] == "editorial"


def test_period_change_is_material_retention() -> None:
    # happn privacy v02 -> v03.
    verdict, cats, _ = edit(
        "If you do not use your account for one year, your data is deleted.",
        "If you do not use your account for 24 months, your data is deleted.",
    )
    assert verdict == "material" and cats[0] == "retention"


def test_negation_flip_is_material() -> None:
    verdict, cats, _ = edit(
        "We do not sell your personal data to third parties.",
        "We sell your personal data to third parties.",
    )
    assert verdict == "material" and "sale_sharing" in cats


def test_modal_flip_is_material() -> None:
    verdict, _, _ = edit(
        "We will notify you of any breach within 72 hours.",
        "We may notify you of any breach within 72 hours.",
    )
    assert verdict == "material"


def test_new_person_named_as_dpo_is_material_contact() -> None:
    # parship privacy v03 -> v04 (the heading is the sentence before, as extracted).
    verdict, cats, _ = edit(
        "Dr. Thomas Scheffel, privacypolicy@parship.fr (e-mail)",
        "Dr. Sophie Victoria Knebel, privacypolicy@parship.fr (e-mail)",
        "Vous pouvez joindre notre délégué à la protection des données comme suit :",
    )
    assert (verdict, cats) == ("material", ["controller_contact"])


def test_removed_encryption_promise_is_material_security() -> None:
    # eharmony privacy v05 -> v06: "end-to-end encrypted" became "encrypted".
    verdict, cats, _ = edit(
        "Messages between members are end-to-end encrypted.",
        "Messages between members are encrypted.",
    )
    assert verdict == "material" and "security" in cats


def test_whole_sentences() -> None:
    removed = judge(Unit("We do not sell your personal data.", None, []), "Sharing")
    assert removed.verdict == "material"
    assert judge(Unit(None, "Télécharger", []), None).verdict == "cosmetic"
    intro = "We recommend you should read it carefully."
    assert judge(Unit(intro, None, []), None).verdict == "editorial"
