"""The heading scorer's leave-one-vendor-out mistakes on the tune vendors, counted by kind.

    .venv/bin/python -m benchmarks.heading_misses        # table of kinds
    .venv/bin/python -m benchmarks.heading_misses -v     # and each mistake

A kind says where a mistake comes from, never which document: for a missed
heading (false negative), whether it was no candidate at all (no block holds
its text, it was read as the title or a subtitle, or its block is a list
item, a table row, a long paragraph) or a candidate of which source (markup
h1-h6, a bold paragraph, a PDF line set apart by its font or shape, a short
paragraph of a page without heading markup) that the scorer rejected, and
the feature that weighed most against it. For an extra heading (false
positive), its source and the feature that weighed most for it. Only the
tune vendors are read (:func:`benchmarks.train_headings.load`); each file is
judged by the model fitted without its vendor, as the LOVO figure is.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.train_headings import (  # noqa: E402
    LabelledFile,
    fit,
    load,
    norm_heading,
    top_headings,
)
from policywatch.extract.blocks import BOLD, GUESS, Block  # noqa: E402
from policywatch.extract.heading_features import features  # noqa: E402
from policywatch.extract.headings import HeadingModel  # noqa: E402
from policywatch.extract.numbering import is_caps, number_of  # noqa: E402
from policywatch.extract.outline import heading_candidates, heading_text  # noqa: E402


def source(block: Block, fmt: str) -> str:
    """Where a block came from, as its reader made it: markup, bold, a PDF line, a paragraph."""
    if block.kind == "heading" and block.rank <= 6:
        where = f"{fmt} h{block.rank}"
    elif block.rank == BOLD:
        where = f"{fmt} bold paragraph"
    elif block.rank == GUESS:
        style = "bold" if block.font_bold else "larger" if block.font_scale > 1.05 else "body font"
        where = f"{fmt} line guessed ({style})"
    elif block.kind in ("item", "row"):
        where = f"{fmt} {'list item' if block.kind == 'item' else 'table row'}"
    else:
        where = f"{fmt} paragraph"
    shape = [s for s, on in (("caps", is_caps(block.text)), ("numbered", number_of(block.text)))
             if on]  # fmt: skip
    return where + (f" [{', '.join(shape)}]" if shape else "")


def file_format(lf: LabelledFile) -> str:
    if any(b.font_bold or b.font_scale != 1.0 for b in lf.blocks) or lf.name.endswith(".pdf"):
        return "pdf"
    return "md" if lf.name.endswith(".md") else "html"


def mistakes(lf: LabelledFile, model: HeadingModel) -> list[tuple[str, str, str]]:
    """(fn|fp, kind, heading) of one file under ``model``."""
    blocks, fmt = lf.blocks, file_format(lf)
    found = heading_candidates(blocks, lf.page_title)
    feats = dict(zip(found.indexes, features(blocks, found.indexes, found.title, lf.page_title),
                     strict=True))  # fmt: skip
    got = top_headings(lf, model)
    by_text: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        by_text.setdefault(norm_heading(heading_text(b.text)), []).append(i)
    out = []
    for h in sorted(lf.headings - got):
        at = by_text.get(h, [])
        if not at:
            inside = any(h in norm_heading(b.text) for b in blocks)
            kind = "no candidate: inside a longer block" if inside else "no candidate: text absent"
        elif cand := [i for i in at if i in feats]:
            i = cand[0]
            kind = f"rejected: {source(blocks[i], fmt)} by {_strongest(model, feats[i], -1)}"
        elif any(i in found.head for i in at):
            kind = f"no candidate: read as title/subtitle ({source(blocks[at[0]], fmt)})"
        else:
            kind = f"no candidate: {source(blocks[at[0]], fmt)}"
        out.append(("fn", kind, h))
    for h in sorted(got - lf.headings):
        at = [i for i in by_text.get(h, []) if i in feats]
        why = f"{source(blocks[at[0]], fmt)} by {_strongest(model, feats[at[0]], 1)}" if at else ""
        out.append(("fp", why or "not a candidate's text", h))
    return out


def _strongest(model: HeadingModel, feats: dict[str, float], sign: int) -> str:
    """The feature whose weighted value pushed hardest in the direction ``sign``."""
    pushes = {name: model.weights.get(name, 0.0) * v * sign for name, v in feats.items()}
    return max(pushes, key=pushes.__getitem__, default="-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print each mistake")
    args = parser.parse_args(argv)
    files = load()  # the corpus's labels and ours, with their stripped copies
    everything = [lf for lf in files if not lf.stripped]  # scored as they are
    table: Counter[tuple[str, str]] = Counter()
    detail = []
    for vendor in sorted({lf.vendor for lf in everything}):
        model = fit([lf for lf in files if lf.vendor != vendor])
        for lf in (lf for lf in everything if lf.vendor == vendor):
            for side, kind, h in mistakes(lf, model):
                table[side, kind] += 1
                detail.append((side, kind, lf.name, h))
    for side in ("fn", "fp"):
        print(f"{'false negatives' if side == 'fn' else 'false positives'}:"
              f" {sum(n for (s, _), n in table.items() if s == side)}")  # fmt: skip
        for (s, kind), n in table.most_common():
            if s == side:
                print(f"  {n:4}  {kind}")
    if args.verbose:
        for side, kind, name, h in sorted(detail):
            print(f"{side} {name}: {h!r} ({kind})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
