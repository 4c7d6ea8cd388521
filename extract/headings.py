"""Which heading candidates are the document's top-level sections: one scorer for every format.

    >>> from policywatch.extract.blocks import Block
    >>> blocks = [Block("heading", "1. Scope", 2), Block("para", "All data we hold."),
    ...           Block("heading", "1.1 Cookies", 3), Block("para", "Small files."),
    ...           Block("heading", "2. Rights", 2), Block("para", "Ask us.")]
    >>> sorted(top_level(blocks, [0, 2, 4]))
    [0, 4]

HTML, Markdown, PDF and plain text all reach here as blocks (:mod:`.blocks`),
so one set of features (:mod:`.heading_features`: numbering and depth, level
among the page's headings, bold and font size, length, case, punctuation,
position, body text after it, repetition, siblings of the same shape)
describes a candidate whatever its format. A logistic regression over them
says how likely a candidate is a top-level section heading. Its
weights are fitted on the dev corpus's tune labels by
``benchmarks/train_headings.py`` (which also scores it leaving one vendor
out) and shipped as ``heading_model.json``; no scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from policywatch.extract.blocks import Block
from policywatch.extract.heading_features import scored

MODEL_FILE = Path(__file__).with_name("heading_model.json")


@dataclass(frozen=True)
class HeadingModel:
    """Logistic-regression weights over :func:`features`: see ``heading_model.json``."""

    weights: dict[str, float]
    intercept: float
    threshold: float = 0.5
    c: float | None = None  # the regularisation it was fitted with (training only)

    def probability(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict) -> HeadingModel:
        return cls(dict(data["weights"]), float(data["intercept"]), float(data["threshold"]))


@cache
def shipped_model() -> HeadingModel:
    """The model ``benchmarks/train_headings.py --write`` fitted on the tune labels."""
    return HeadingModel.from_json(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def top_level(
    blocks: list[Block],
    cands: list[int],
    title: int | None = None,
    page_title: str | None = None,
    model: HeadingModel | None = None,
) -> set[int]:
    """The candidates (block indexes, title excluded) the model calls top-level sections."""
    model = model or shipped_model()
    feats, runs = scored(blocks, cands, title, page_title)
    # The one shape read by rule, not weight: on a page without heading markup, a run of
    # three or more short colon labels of one shape each over its paragraph ("Retention:"
    # / "We keep ..."). No tune page shows one (their colon lines are lead-ins, form
    # fields, "By post:"), so a fitted weight has nothing to learn from. On a page read
    # by its run, the other short paragraphs are text (a signature, a one-line sentence);
    # marked-up candidates are scored as ever. (Short lines without a colon, "Your
    # rights", are left to the weights: read by the same rule, the stripped copies'
    # subheadings became sections and their F1 fell from 0.837 to 0.519.)
    by_run = any(runs)
    return {
        i
        for i, f, run in zip(cands, feats, runs, strict=True)
        if run or (not (by_run and _plain(f)) and model.probability(f) >= model.threshold)
    }


def _plain(feats: dict[str, float]) -> bool:
    """A short paragraph's features (a page without heading markup): all named ``plain.``."""
    return next(iter(feats), "").startswith("plain.")
