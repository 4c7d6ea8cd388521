"""A diff is the same in every process, and the old side quotes OLD's own wording.

Python salts the hash of a string per process (PYTHONHASHSEED), so the order in
which a set of sentences is walked changes from one run to the next. The shape
that showed it (issue 13): a sentence moved to another section with only its
spacing around punctuation changed ("Example: ... 108,80€then" -> "Example : ...
108,80€ then"), and a third section gaining an edited copy of it. The copy is
paired with the sentence OLD had; both spellings share one comparison key, and
which spelling the reason quoted as OLD's followed set order. The diffs run in
child processes under several hash seeds and must print identical JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from policywatch.diffing import diff_documents
from policywatch.extract import extract

# Per language: the sentence as OLD spells it, as NEW spells it after moving it
# (only the spacing around punctuation differs), and NEW's edited copy of it.
SHAPES = {
    "en": (
        "Example: For a purchase of 400€, a deposit of 108,80€then 3 monthly payments of 100€.",
        "Example : For a purchase of 400€, a deposit of 108,80€ then 3 monthly payments of 100€.",
        "Example: For a purchase of 400€, a deposit of 100€ then 3 monthly payments of 100€.",
        ("Payment in instalments", "Fees", "Payment in four instalments"),
        (
            "Payment in instalments is offered to members of the club.",
            "The fees of the service are listed in the price list.",
            "Paying in four instalments is offered from an order of 100€.",
        ),
    ),
    "fr": (
        "Exemple: Pour un achat de 400€, apport de 108,80€puis 3 mensualités de 100€.",
        "Exemple : Pour un achat de 400€, apport de 108,80€ puis 3 mensualités de 100€.",
        "Exemple : Pour un achat de 400€, apport de 100€ puis 3 mensualités de 100€.",
        ("Paiement en plusieurs fois", "Frais", "Paiement en quatre fois"),
        (
            "Le paiement en plusieurs fois est proposé aux membres du club.",
            "Les frais du service figurent dans la grille tarifaire.",
            "Le paiement en quatre fois est disponible à partir de 100€ d’achat.",
        ),
    ),
    "de": (
        "Beispiel: Für einen Kauf von 400€, Anzahlung von 108,80€danach 3 Monatsraten von 100€.",
        "Beispiel : Für einen Kauf von 400€, Anzahlung von 108,80€ danach 3 Monatsraten von 100€.",
        "Beispiel: Für einen Kauf von 400€, Anzahlung von 100€ danach 3 Monatsraten von 100€.",
        ("Ratenzahlung", "Gebühren", "Zahlung in vier Raten"),
        (
            "Die Ratenzahlung wird den Mitgliedern des Clubs angeboten.",
            "Die Gebühren des Dienstes stehen in der Preisliste.",
            "Die Zahlung in vier Raten ist ab einem Einkauf von 100€ möglich.",
        ),
    ),
    "nb": (
        "Eksempel: For et kjøp på 400€, innskudd på 108,80€deretter 3 månedlige avdrag på 100€.",
        "Eksempel : For et kjøp på 400€, innskudd på 108,80€ deretter 3 månedlige avdrag på 100€.",
        "Eksempel: For et kjøp på 400€, innskudd på 100€ deretter 3 månedlige avdrag på 100€.",
        ("Delbetaling", "Gebyrer", "Betaling i fire avdrag"),
        (
            "Delbetaling tilbys medlemmene av klubben.",
            "Tjenestens gebyrer står i prislisten.",
            "Betaling i fire avdrag er mulig fra et kjøp på 100€.",
        ),
    ),
}

SEEDS = ("0", "1", "2", "3")


def pair_texts(language: str) -> tuple[str, str]:
    """OLD and NEW Markdown: the sentence moves from the first section to the second,
    respaced, and the third gains an edited copy of it."""
    old_surface, new_surface, copy, headings, leads = SHAPES[language]
    first, second, third = (f"## {h}\n\n{lead}" for h, lead in zip(headings, leads, strict=True))
    old = f"{first}\n\n{old_surface}\n\n{second}\n\n{third}\n"
    new = f"{first}\n\n{second}\n\n{new_surface}\n\n{third}\n\n{copy}\n"
    return old, new


# Run in a child process: each language's diff as JSON, without its timing.
CHILD = """
import json, sys
from policywatch.diffing import diff_documents
from policywatch.extract import extract

def doc(markdown):
    return extract(markdown.encode(), "text/markdown", "https://vendor.example/terms")

out = {}
for language, (old, new) in json.loads(sys.stdin.read()).items():
    result = diff_documents(doc(old), doc(new)).to_dict(with_ops=True)
    result["stats"].pop("ms", None)
    out[language] = result
print(json.dumps(out, sort_keys=True, ensure_ascii=False))
"""


def diff_in_child(seed: str) -> dict[str, dict]:
    pairs = {language: pair_texts(language) for language in SHAPES}
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=json.dumps(pairs),
        env={**os.environ, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, dict] = json.loads(done.stdout)
    return out


def copy_reasons(result: dict, language: str) -> list[dict]:
    """The reasons quoting NEW's edited copy."""
    copy = SHAPES[language][2]
    return [r for r in result["reasons"] if r["new"] == copy]


def test_the_diff_is_the_same_under_every_hash_seed() -> None:
    outputs = {seed: diff_in_child(seed) for seed in SEEDS}
    first = outputs[SEEDS[0]]
    for language in SHAPES:
        # The shape is really there: the edited copy is judged against OLD's sentence.
        assert copy_reasons(first[language], language), first[language]["reasons"]
    for seed, out in outputs.items():
        for language in SHAPES:
            assert [r["old"] for r in copy_reasons(out[language], language)] == [
                SHAPES[language][0]
            ], f"seed {seed}, {language}"
        assert out == first, f"PYTHONHASHSEED={seed} differs from {SEEDS[0]}"


@pytest.mark.parametrize("language", sorted(SHAPES))
def test_the_old_side_quotes_the_old_wording(language: str) -> None:
    old_surface, new_surface, copy, _, _ = SHAPES[language]
    old, new = (
        extract(t.encode(), "text/markdown", "https://vendor.example/terms")
        for t in pair_texts(language)
    )
    result = diff_documents(old, new).to_dict(with_ops=True)
    quoted = [r for r in result["reasons"] if r["new"] == copy]
    assert [r["old"] for r in quoted] == [old_surface]
    # NEW's respacing of the moved sentence is never shown as OLD's wording.
    assert all(r["old"] != new_surface for r in result["reasons"])
    olds = [
        "".join(text for op, text in item["ops"] if op <= 0)
        for item in result["items"]
        if any(op == 1 and text.strip() for op, text in item["ops"])
    ]
    assert not any(new_surface in text for text in olds)


@pytest.mark.parametrize("language", sorted(SHAPES))
def test_a_sentence_moved_unchanged_gives_no_reason(language: str) -> None:
    # The negative twin: the sentence moves respaced and nothing is edited.
    _, new_surface, _, headings, leads = SHAPES[language]
    old_md, _ = pair_texts(language)
    first, second, third = (f"## {h}\n\n{lead}" for h, lead in zip(headings, leads, strict=True))
    new_md = f"{first}\n\n{second}\n\n{new_surface}\n\n{third}\n"
    old, new = (
        extract(t.encode(), "text/markdown", "https://vendor.example/terms")
        for t in (old_md, new_md)
    )
    result = diff_documents(old, new)
    assert not result.reasons
    assert result.verdict in ("cosmetic", "unchanged")
