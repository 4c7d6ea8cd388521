"""Which heading candidates are the document's top-level sections: one scorer for every format.

    >>> from policywatch.extract.blocks import BOLD, GUESS, Block
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

Headings of one markup level (``<h3>``, ``###``) in one run are siblings
whatever their wording: where the weights split such a run (a sub-processor
list of one heading per party, "Stripe, Inc." beside "Acme AS", the full stop
weighing against the first), :func:`sibling_runs` gives it one decision.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from policywatch.extract.blocks import BOLD, GUESS, Block
from policywatch.extract.heading_features import scored
from policywatch.extract.headings_rhythm import flat_plain_run
from policywatch.extract.numbering import MIN_RUN, number_of
from policywatch.extract.textblocks import LARGER

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
    probability = {i: model.probability(f) for i, f in zip(cands, feats, strict=True)}
    top = {
        i
        for i, f, run in zip(cands, feats, runs, strict=True)
        if run or (not (by_run and _plain(f)) and probability[i] >= model.threshold)
    }
    for run_, parent in sibling_runs(blocks, cands):
        _agree(run_, parent, probability, model.threshold, top)
    # Short lines written alike, each over its paragraph, on a flat page are its sections
    # (the weights alone split "Deling med andre" at 0.54 from a longer line at 0.49, and
    # read none beside one-line sentences). With no title found, the first short line is
    # likely the title: not one of them.
    if not by_run:
        top |= set(flat_plain_run(blocks, cands[1:] if title is None else cands))
    return top


def sibling_runs(blocks: list[Block], cands: list[int]) -> list[tuple[list[int], int | None]]:
    """Runs of unnumbered headings of one markup level (h3, ``###``) with no shallower one between.

    A PDF line's typography is its markup: lines set in one bold or larger
    font are one level, a larger font a shallower one (:func:`markup_level`).
    Each run comes with its parent: the nearest shallower heading above it, if any.

        >>> blocks = [Block("heading", "Sharing", 2), Block("heading", "Stripe, Inc.", 3),
        ...           Block("heading", "Acme Ltd", 3), Block("heading", "Acme GmbH", 3),
        ...           Block("heading", "Rights", 2), Block("heading", "Access", 3)]
        >>> sibling_runs(blocks, list(range(6)))
        [([1, 2, 3], 0)]
    """
    runs: list[tuple[list[int], int | None]] = []
    open_runs: dict[tuple[float, ...], tuple[list[int], int | None]] = {}
    above: list[tuple[int, tuple[float, ...]]] = []  # marked-up headings seen: parents
    for i in cands:
        rank = markup_level(blocks[i])
        if rank is None:
            continue  # (a line guessed a heading by its shape has no markup to share)
        unnumbered = number_of(blocks[i].text) is None
        for r in [r for r in open_runs if r >= rank]:
            members, parent = open_runs.pop(r)
            if r == rank and unnumbered:
                open_runs[r] = ([*members, i], parent)
            elif len(members) >= MIN_RUN:
                runs.append((members, parent))
        if rank not in open_runs and unnumbered:
            parent = next((j for j, r in reversed(above) if r < rank), None)
            open_runs[rank] = ([i], parent)
        above.append((i, rank))
    runs += [run for run in open_runs.values() if len(run[0]) >= MIN_RUN]
    return sorted(runs, key=lambda run: run[0])


def markup_level(block: Block) -> tuple[float, ...] | None:
    """A heading's level as its markup or its font sets it, shallowest first; None if neither.

    >>> markup_level(Block("heading", "Scope", 2))
    (2,)
    >>> pdf_line = Block("heading", "Scope", GUESS, font_bold=True, font_scale=1.0)
    >>> markup_level(pdf_line) > markup_level(Block("heading", "Rights", 6))
    True
    >>> markup_level(Block("heading", "SCOPE", GUESS)) is None  # its shape alone
    True
    """
    if block.kind != "heading":
        return None
    if block.rank < BOLD:
        return (block.rank,)
    if block.rank == GUESS and (block.font_bold or block.font_scale >= LARGER):
        # Below every markup level (PDFs have none); a larger font, then bold, is shallower.
        return (BOLD, -block.font_scale, not block.font_bold)
    return None


def _agree(
    run: list[int],
    parent: int | None,
    probability: dict[int, float],
    threshold: float,
    top: set[int],
) -> None:
    """Give a run of siblings one level when the scorer split it (on their wording alone).

    Same-tag headings are siblings whatever their last character: a sub-processor
    list headed one party a heading ("Stripe, Inc." / "Acme Ltd" / "Acme AS") is one
    list. Under a top-level parent they are its subsections; with none, the run's
    mean probability decides for all of them.
    """
    chosen = [i in top for i in run]
    if all(chosen) or not any(chosen):
        return
    if parent is not None and parent in top:
        keep = False
    else:
        keep = sum(probability[i] for i in run) / len(run) >= threshold
    for i in run:
        (top.add if keep else top.discard)(i)


def _plain(feats: dict[str, float]) -> bool:
    """A short paragraph's features (a page without heading markup): all named ``plain.``."""
    return next(iter(feats), "").startswith("plain.")
