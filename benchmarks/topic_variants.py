"""Variants of the topic model, each scored leaving one vendor out (README's table).

    .venv/bin/python benchmarks/topic_variants.py            # every variant (a few minutes)
    .venv/bin/python benchmarks/topic_variants.py --curve    # also: fewer labels

Same labels and features as ``benchmarks/train_topics.py`` (the tune vendors'
hand labels; the frozen vendors are never read), same scoring (micro P/R/F1
over paragraph-topic pairs); a variant changes one thing: the solver, the
regularisation, class weights, the threshold, which stems count, how many
topics a paragraph may get, or which features exist. Nothing here writes
the shipped model.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import train_topics as tt  # noqa: E402

Features = dict[str, float]
Decide = Callable[[dict[str, float]], set[str]]


def fit(
    features: list[Features], gold: list[set[str]], solver: str, c: float, weights: Any
) -> tuple[Any, list[Any]]:
    """One logistic regression per topic (None where no row has the topic)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(features).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # liblinear
    models = []
    for topic in tt.TOPICS:
        y = [topic in g for g in gold]
        model = LogisticRegression(C=c, class_weight=weights, solver=solver, max_iter=5000)
        models.append(model.fit(x, y) if any(y) else None)
    return vectorizer, models


def lovo(
    rows: list[dict[str, Any]],
    features: list[Features],
    *,
    solver: str = "lbfgs",
    c: float = tt.C,
    weights: Any = "balanced",
    threshold: float = tt.THRESHOLD,
    min_vendors: int = 1,
    keep: Callable[[str], bool] = lambda name: True,
    best: int | None = None,
    ratio: float | None = None,
    train_rows: set[int] | None = None,
) -> dict[str, Any]:
    """Micro scores of predictions made without each row's vendor."""
    import numpy as np

    gold = [set(r["topics"]) for r in rows]
    trainable = [i for i, r in enumerate(rows) if not r.get("eval_only")]
    trainable_fit = [i for i in trainable if train_rows is None or i in train_rows]
    predicted: list[set[str]] = [set() for _ in rows]
    short = _short_length()
    for vendor in sorted({r["vendor"] for r in rows}):
        train = [i for i in trainable_fit if rows[i]["vendor"] != vendor]
        held = [i for i, r in enumerate(rows) if r["vendor"] == vendor]
        seen: dict[str, set[str]] = defaultdict(set)
        for i in train:
            for name in features[i]:
                seen[name].add(rows[i]["vendor"])

        usable = {
            name
            for name, vendors in seen.items()
            if keep(name) and (not name.startswith(("w:", "h:")) or len(vendors) >= min_vendors)
        }

        def select(i: int, usable: set[str] = usable) -> Features:
            return {k: v for k, v in features[i].items() if k in usable}

        vectorizer, models = fit(
            [select(i) for i in train], [gold[i] for i in train], solver, c, weights
        )
        x = vectorizer.transform([select(i) for i in held])
        probabilities = np.zeros((len(held), len(tt.TOPICS)))
        for column, model in enumerate(models):
            if model is not None:
                probabilities[:, column] = model.predict_proba(x)[:, 1]
        for row, i in enumerate(held):
            f = features[i]
            if f.get("length", 0.0) < short:
                continue
            ranked = sorted(zip(tt.TOPICS, probabilities[row], strict=True), key=lambda p: -p[1])
            top = ranked[0][1]
            chosen = [
                t for t, p in ranked if p >= threshold and (ratio is None or p >= ratio * top)
            ]
            predicted[i] = set(chosen[:best] if best else chosen)
            predicted[i] |= {t for t in tt.TOPICS if f.get(f"d:{t}")}
    return tt.scores([gold[i] for i in trainable], [predicted[i] for i in trainable], tt.TOPICS)


def _short_length() -> float:
    """The length feature below which a paragraph gets no topic (as the runtime)."""
    import math

    from policywatch.diffing.topics import MIN_WORDS

    return math.log1p(MIN_WORDS) / 5


VARIANTS: dict[str, dict[str, Any]] = {
    "shipped (lbfgs, C 0.05, threshold 0.5)": {},
    "threshold 0.6 (by hand)": {"threshold": 0.6},
    "liblinear (baseline below)": {"solver": "liblinear"},
    "stronger L2 (C 0.02)": {"solver": "liblinear", "c": 0.02},
    "stems at >= 2 vendors": {"solver": "liblinear", "min_vendors": 2},
    "stems at >= 3 vendors": {"solver": "liblinear", "min_vendors": 3},
    "no class weights, C 0.5, threshold 0.3": {
        "solver": "liblinear",
        "weights": None,
        "c": 0.5,
        "threshold": 0.3,
    },
    "best two, >= 0.8 x best": {"solver": "liblinear", "best": 2, "ratio": 0.8},
    "terms only": {"solver": "liblinear", "keep": lambda n: not n.startswith(("w:", "h:"))},
    "no body stems": {"solver": "liblinear", "keep": lambda n: not n.startswith("w:")},
    "no heading stems": {"solver": "liblinear", "keep": lambda n: not n.startswith("h:")},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--curve", action="store_true", help="also train on 50%% and 75%%")
    args = parser.parse_args()
    rows = tt.load_rows()
    features = tt.featurize(rows)
    for name, options in VARIANTS.items():
        s = lovo(rows, features, **options)
        print(f"{name:42} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    if args.curve:
        trainable = [i for i, r in enumerate(rows) if not r.get("eval_only")]
        for share in (0.5, 0.75):
            kept = set(random.Random(1).sample(trainable, int(len(trainable) * share)))
            s = lovo(rows, features, solver="liblinear", train_rows=kept)
            print(f"{f'{share:.0%} of the labels (liblinear)':42} F1 {s['f1']:.3f}")


if __name__ == "__main__":
    main()
