"""Which features carry topics across vendors and languages, scored leaving one vendor out.

    .venv/bin/python benchmarks/topic_transfer.py              # every feature set
    .venv/bin/python benchmarks/topic_transfer.py --only NAME  # one of them
    .venv/bin/python benchmarks/topic_transfer.py --labels-before OLD.jsonl [--labels-after NEW]

Same labels, model, fit and scoring as ``benchmarks/train_topics.py`` (the
tune vendors' hand labels; frozen vendors never read); a feature set drops
some of :func:`policywatch.diffing.topics.unit_features`' families:

- ``w:``/``h:`` stems of the paragraph and its heading (one language's words);
- ``r:``/``rh:``/``rn:``/``c:``/``ch:`` the taxonomy's rule terms;
- ``k:``/``hk:`` concept ids (:mod:`policywatch.diffing.topics_concepts`),
  the same feature in every language;
- ``g:`` (only here, not shipped): character 4-grams of the accent-folded stems.

Each line: in-sample beside leave-one-vendor-out, and the gap; then per
topic LOVO P/R and support. Nothing here writes the shipped model.

``--labels-before``: an earlier labels file whose rows the current one
keeps and adds to. LOVO section scores of the model trained on each file,
on the earlier file's sections (its paragraphs only) and on the current
file's: a score that moves only because sections were added is not a
worse model. Both models read the rows as the current file features them
(an added row can be the labelled neighbour of an earlier one, so an
earlier row's features may differ from the earlier file's own run).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import train_topics as tt  # noqa: E402

STEMS = ("w:", "h:")
RULES = ("r:", "rh:", "rn:", "c:", "ch:")
CONCEPTS = ("k:", "hk:")

FEATURE_SETS: dict[str, Callable[[str], bool]] = {
    "shipped before (stems + rules)": lambda n: not n.startswith(CONCEPTS),
    "stems + rules + concepts": lambda n: True,
    "rules + concepts (no stems)": lambda n: not n.startswith(STEMS),
    "concepts only": lambda n: not n.startswith(STEMS + RULES),
    "stems + rules + concepts + char 4-grams": lambda n: True,
}
# Feature sets that also read the char n-grams of the paragraph's stems.
WITH_GRAMS = {"stems + rules + concepts + char 4-grams"}


def char_grams(text: str, language: str | None, n: int = 4) -> dict[str, float]:
    """``g:`` features: the character ``n``-grams of the accent-folded stems of ``text``
    (a word's edges marked), so "sécurité" and "security" share "secur"-grams."""
    import unicodedata

    from policywatch.diffing.topics import stem_set

    out: dict[str, float] = {}
    for stem in stem_set(text, language):
        folded = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
        if len(folded) < n:
            continue
        marked = f"<{folded}>"
        for i in range(len(marked) - n + 1):
            out[f"g:{marked[i : i + n]}"] = 1.0
    return out


def keep_only(
    features: list[dict[str, float]], keep: Callable[[str], bool]
) -> list[dict[str, Any]]:
    return [{k: v for k, v in f.items() if keep(k)} for f in features]


def report(name: str, result: dict[str, Any]) -> None:
    print(f"== {name}")
    for level in ("paragraphs", "sections", "opp115_paragraphs"):
        ins, out = result["in_sample"][level], result["lovo"][level]
        print(
            f"  {level:18} in-sample P {ins['precision']:.3f} R {ins['recall']:.3f}"
            f" | LOVO P {out['precision']:.3f} R {out['recall']:.3f} F1 {out['f1']:.3f}"
            f" macro F1 {out['macro_f1']:.3f} | F1 gap {ins['f1'] - out['f1']:+.3f}"
        )
    for topic, s in result["lovo"]["paragraphs"]["per_label"].items():
        print(
            f"    {topic:20} P {s['p']:.2f}  R {s['r']:.2f}  F1 {s['f1']:.2f}  (gold {s['gold']})"
        )


def compare_labels(before: Path, after: Path, keep: Callable[[str], bool]) -> None:
    """Section P/R of the models trained on ``before`` and on ``after``, on both sets."""
    old_rows, new_rows = tt.load_rows(before), tt.load_rows(after)
    where = {(r["file"], r["section"], r["unit"]): i for i, r in enumerate(new_rows)}
    missing = [r for r in old_rows if (r["file"], r["section"], r["unit"]) not in where]
    changed = [
        r
        for r in old_rows
        if (r["file"], r["section"], r["unit"]) in where
        and set(r["topics"]) != set(new_rows[where[(r["file"], r["section"], r["unit"])]]["topics"])
    ]
    print(
        f"labels before: {len(old_rows)} rows; now: {len(new_rows)} rows;"
        f" rows dropped {len(missing)}, relabelled {len(changed)}"
    )
    new_features = keep_only(tt.featurize(new_rows), keep)
    gold = [set(r["topics"]) for r in new_rows]
    trained_new = tt.lovo_predictions(new_rows, new_features)
    # The earlier model scores every current row too: fitted without the row's
    # vendor on the earlier labels only (an added row is never its training).
    old_index = [where[(r["file"], r["section"], r["unit"])] for r in old_rows]
    trained_old_on_new: list[set[str]] = [set() for _ in new_rows]
    trainable = [i for i in old_index if not new_rows[i].get("eval_only")]
    for vendor in sorted({r["vendor"] for r in new_rows}):
        train = [i for i in trainable if new_rows[i]["vendor"] != vendor]
        held = [i for i, r in enumerate(new_rows) if r["vendor"] == vendor]
        raw = tt.fit(
            [new_features[i] for i in train],
            [gold[i] for i in train],
            [new_rows[i]["vendor"] for i in train],
        )
        for i, p in zip(held, tt.predict(raw, [new_features[i] for i in held]), strict=True):
            trained_old_on_new[i] = p
    for set_name, index in (
        ("earlier sections", old_index),
        ("all sections now", range(len(new_rows))),
    ):
        rows = [new_rows[i] for i in index]
        section_gold = tt.sections_of(rows, [gold[i] for i in index])
        for model_name, predicted in (
            ("earlier labels", trained_old_on_new),
            ("labels now", trained_new),
        ):
            s = tt.scores(
                section_gold, tt.sections_of(rows, [predicted[i] for i in index]), tt.TOPICS
            )
            p = tt.scores([gold[i] for i in index], [predicted[i] for i in index], tt.TOPICS)
            print(
                f"  {set_name:17} ({len(section_gold):3} sections) model of {model_name:14}"
                f" sections P {s['precision']:.3f} R {s['recall']:.3f}"
                f" | paragraphs P {p['precision']:.3f} R {p['recall']:.3f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=sorted(FEATURE_SETS))
    parser.add_argument("--labels-before", type=Path)
    parser.add_argument("--labels-after", type=Path, default=tt.LABELS)
    args = parser.parse_args()
    if args.labels_before:
        compare_labels(
            args.labels_before,
            args.labels_after,
            FEATURE_SETS[args.only or "stems + rules + concepts"],
        )
        return
    rows = tt.load_rows()
    features = tt.featurize(rows)
    for name, keep in FEATURE_SETS.items():
        if args.only and name != args.only:
            continue
        chosen = keep_only(features, keep)
        if name in WITH_GRAMS:
            chosen = [
                {**f, **char_grams(r["text"], r["lang"])} for f, r in zip(chosen, rows, strict=True)
            ]
        report(name, tt.evaluate(rows, chosen))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
