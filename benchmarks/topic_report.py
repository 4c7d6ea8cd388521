"""What the topic model gets wrong, read off its leave-one-vendor-out predictions.

    .venv/bin/python benchmarks/train_topics.py --breakdown   # per topic P/R, confusions, gap

:func:`confusions` counts, over paragraphs, which topic the model gave
instead of which: a topic given and not labelled, paired with each
labelled topic of the same paragraph that it missed ("nothing" on either
side when the paragraph had no miss, or no extra topic). The pairs say
where precision goes (a neighbouring topic beside the right one, or a
topic on a paragraph labelled with none) better than per-topic figures.

    >>> confusions([{"purposes"}, set()], [{"data_categories"}, {"rights"}])
    [('data_categories', 'purposes', 1), ('rights', 'nothing', 1)]
"""

from __future__ import annotations

from collections import Counter
from typing import Any

NOTHING = "nothing"


def confusions(
    gold: list[set[str]], predicted: list[set[str]], top: int = 20
) -> list[tuple[str, str, int]]:
    """The ``top`` most common ``(given, instead of, paragraphs)``, most common first."""
    pairs: Counter[tuple[str, str]] = Counter()
    for labelled, given in zip(gold, predicted, strict=True):
        extra = sorted(given - labelled) or [NOTHING]
        missed = sorted(labelled - given) or [NOTHING]
        for e in extra:
            for m in missed:
                if (e, m) != (NOTHING, NOTHING):
                    pairs[(e, m)] += 1
    ranked = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
    return [(e, m, n) for (e, m), n in ranked[:top]]


def gap(result: dict[str, Any]) -> dict[str, float]:
    """Per level, in-sample F1 minus leave-one-vendor-out F1: what does not carry across vendors."""
    return {
        level: round(result["in_sample"][level]["f1"] - result["lovo"][level]["f1"], 3)
        for level in ("paragraphs", "sections", "opp115_paragraphs")
    }


def breakdown_lines(
    result: dict[str, Any], gold: list[set[str]], lovo: list[set[str]], top: int = 20
) -> list[str]:
    """The printed breakdown: per topic LOVO P/R/F1 beside in-sample F1, confusions, the gap."""
    lines = ["per topic, paragraphs: LOVO P / R / F1 (gold), in-sample F1"]
    in_sample = result["in_sample"]["paragraphs"]["per_label"]
    for topic, s in result["lovo"]["paragraphs"]["per_label"].items():
        fitted = in_sample.get(topic, {}).get("f1", 0.0)
        lines.append(
            f"  {topic:20} P {s['p']:.2f}  R {s['r']:.2f}  F1 {s['f1']:.2f}"
            f"  (gold {s['gold']:3})  in-sample F1 {fitted:.2f}"
        )
    lines.append(f"most common LOVO confusions (given instead of; {NOTHING}: no such topic)")
    for given, instead, n in confusions(gold, lovo, top):
        lines.append(f"  {n:4}  {given:20} instead of {instead}")
    lines.append(
        "gap, in-sample F1 - LOVO F1: "
        + ", ".join(f"{level} {v:.3f}" for level, v in gap(result).items())
    )
    return lines
