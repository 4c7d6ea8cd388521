"""Train the heading scorer, score it leaving one vendor out, and write its weights.

    .venv/bin/pip install -c constraints.txt -e '.[train]'   # scikit-learn, for training only
    .venv/bin/python benchmarks/train_headings.py            # scores only
    .venv/bin/python benchmarks/train_headings.py --write  # also writes extract/heading_model.json

Data: the top-level headings of the dev corpus's labelled versions
(``labels.jsonl``) of the 22 tune vendors, and ``benchmarks/heading_labels.jsonl``
(more tune documents, labelled the same way; its first line says how). The
frozen vendors are never read. Every labelled file (the Markdown and the raw
HTML/PDF snapshot of a version) is read by the extractor's own readers
(:func:`policywatch.extract.pipeline.read_blocks`); each heading candidate
the outline considers (:func:`policywatch.extract.outline.heading_candidates`)
is an example, positive when its text is one of the version's top-level
headings (case and whitespace aside).

The model is one logistic regression over
:func:`policywatch.extract.headings.features` with the 0.5 threshold. Its
regularisation C is chosen from ``C_GRID`` by an inner cross-validation
over the training vendors only (:func:`choose_c`: candidates' log-loss,
each vendor group scored by a model fitted without it), never by the
figures printed. It is scored as the benchmark scores extraction: heading
precision, recall and F1 of each file's level-2 sections, in-sample and
leave-one-vendor-out (LOVO: for each vendor, C chosen and the model fitted
on the other vendors only, so the LOVO figure is nested). Exported weights
are rounded; the runtime reads them with no scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import lxml.html

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.corpus import CORPUS, frozen_vendors, read_jsonl, vendor_of  # noqa: E402
from policywatch.extract.blocks import Block  # noqa: E402
from policywatch.extract.heading_features import features  # noqa: E402
from policywatch.extract.headings import MODEL_FILE, HeadingModel  # noqa: E402
from policywatch.extract.normalise import normalise_inline  # noqa: E402
from policywatch.extract.outline import build, heading_candidates, heading_text  # noqa: E402
from policywatch.extract.pdfhtml import pdf_page_text  # noqa: E402
from policywatch.extract.pipeline import read_blocks  # noqa: E402
from policywatch.sources import SUFFIX_TYPES  # noqa: E402

EXTRA_LABELS = REPO / "benchmarks" / "heading_labels.jsonl"
C_GRID = (0.3, 1.0, 3.0, 10.0)  # candidate regularisations, weakest prior last
INNER_FOLDS = 5  # vendor groups of the inner cross-validation that chooses C
THRESHOLD = 0.5
TOP_LEVEL = 2


@dataclass
class LabelledFile:
    """One labelled file read by the extractor: its candidates' features and labels."""

    vendor: str
    name: str
    headings: set[str]
    blocks: list[Block]
    page_title: str | None
    feats: list[dict[str, float]]
    gold: list[bool]
    stripped: bool = False  # a copy with every heading's markup taken away (see :func:`strip`)
    ours: bool = False  # labelled in benchmarks/heading_labels.jsonl, not by the corpus


def norm_heading(text: str) -> str:
    """As ``benchmarks/extraction.py`` compares headings: case, whitespace, quote style aside."""
    return normalise_inline(text).casefold()


def label_rows(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Tune labels: the corpus's own (frozen vendors left out) and ours."""
    frozen = frozen_vendors(corpus)
    rows = [r for r in read_jsonl(corpus / "labels.jsonl") if vendor_of(r["doc_id"]) not in frozen]
    if EXTRA_LABELS.exists():
        extra = [r for r in read_jsonl(EXTRA_LABELS) if "_comment" not in r]
        for row in extra:
            if vendor_of(row["doc_id"], corpus) in frozen:  # never: labels are tune-only
                raise SystemExit(f"{EXTRA_LABELS}: {row['doc_id']} belongs to a frozen vendor")
        rows += [{**row, "ours": True} for row in extra]
    return rows


def load(corpus: Path = CORPUS) -> list[LabelledFile]:
    """Every labelled file of the tune vendors, read and featurised, and its stripped copy."""
    files = []
    for row in label_rows(corpus):
        wanted = {norm_heading(h) for h in row["headings"]}
        vendor = vendor_of(row["doc_id"], corpus)
        for name in [row["file"], *(row.get("also_applies_to") or [])]:
            path = corpus / name
            read = read_blocks(path.read_bytes(), SUFFIX_TYPES.get(path.suffix), path.as_uri())
            if isinstance(read, str):
                raise SystemExit(f"{name}: {read}")
            copies = [(read.blocks, read.page_title, False), (strip(read.blocks), None, True)]
            if (lines := line_markup(path)) is not None:
                copies.append((lines, read.page_title, False))
            for blocks, page_title, stripped in copies:
                found = heading_candidates(blocks, page_title)
                feats = features(blocks, found.indexes, found.title, page_title)
                gold = [norm_heading(heading_text(blocks[i].text)) in wanted for i in found.indexes]
                files.append(
                    LabelledFile(
                        vendor, name, wanted, blocks, page_title, feats, gold, stripped,
                        ours=row.get("ours", False) or blocks is lines,
                    )
                )  # fmt: skip
    return files


def line_markup(path: Path) -> list[Block] | None:
    """A PDF-made HTML page (pdf2htmlEX) as a converter without its layout classes writes it.

    The reader takes pdf2htmlEX's pages as their PDF lines; a page with each
    line in a ``<div class="t h4">`` and no position classes is read line by
    line, every line a heading candidate, and the scorer must tell the lines
    of a paragraph (``runs_on``) from the headings. This copy (labels: the
    file's own; counted with ours) keeps those examples.
    """
    if (
        path.suffix != ".html"
        or (pdf := pdf_page_text(lxml.html.fromstring(path.read_bytes()))) is None
    ):
        return None
    divs = "".join(
        f'<div class="t h4">{escape(line)}</div>' for line in pdf.text.splitlines() if line.strip()
    )
    read = read_blocks(f"<html><body>{divs}</body></html>".encode(), "text/html")
    return None if isinstance(read, str) else read.blocks


def strip(blocks: list[Block]) -> list[Block]:
    """The blocks as a page that styles its headings with CSS would give them: plain paragraphs.

    Training on these copies teaches the scorer the headings of pages with no
    heading markup, whose candidates are short paragraphs (``PLAIN``): the
    same labels, only numbering, case, length, position and siblings to go by.
    """
    return [Block("para", b.text) if b.is_candidate else b for b in blocks]


# Not trained on: copies with the headings written as colon labels ("Retention:") or as
# upper-case paragraphs among the marked-up ones. Tried (issue 12p): the colon copy
# taught the scorer that any colon line heads (a lone "Note:", a list's lead-in:
# ends_colon went from -0.8 to +2.0); the caps copy with features for a run of short
# lines each over a paragraph (learned at -0.37: stripped subheadings share the rhythm)
# moved C from 3.0 to 1.0 and the weights other shapes rely on (42 shape tests failed;
# nested LOVO 0.955). A run of colon labels is read by rule instead
# (extract/headings_rhythm.py, applied in extract/headings.py: top_level).


def fit(files: list[LabelledFile], c: float | None = None) -> HeadingModel:
    """A logistic regression over the candidates of ``files`` (C: :func:`choose_c` of them)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    c = choose_c(files) if c is None else c
    x_rows = [f for lf in files for f in lf.feats]
    y = [g for lf in files for g in lf.gold]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(x_rows)
    clf = LogisticRegression(C=c, max_iter=10_000)
    clf.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True)}
    return HeadingModel(weights, round(float(clf.intercept_[0]), 4), THRESHOLD, c)


def choose_c(files: list[LabelledFile]) -> float:
    """The C of ``C_GRID`` whose models best predict vendors they were not fitted on.

    Inner cross-validation: the vendors of ``files`` in ``INNER_FOLDS`` groups,
    each group's candidates scored (log-loss) by a model fitted on the others.
    Only ``files`` are read, so an outer held-out vendor never chooses its C.
    """
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss

    x = DictVectorizer().fit_transform([f for lf in files for f in lf.feats])
    y = np.array([g for lf in files for g in lf.gold])
    vendors = sorted({lf.vendor for lf in files})
    group_of = {v: n % INNER_FOLDS for n, v in enumerate(vendors)}
    groups = np.array([group_of[lf.vendor] for lf in files for _ in lf.feats])
    losses = {}
    for c in C_GRID:
        loss = 0.0
        for g in range(min(INNER_FOLDS, len(vendors))):
            train, test = groups != g, groups == g
            clf = LogisticRegression(C=c, max_iter=10_000).fit(x[train], y[train])
            loss += log_loss(
                y[test], clf.predict_proba(x[test])[:, 1], labels=[False, True], normalize=False
            )
        losses[c] = loss
    return min(C_GRID, key=losses.__getitem__)


def score(
    files: list[LabelledFile], model: HeadingModel, stripped: bool = False
) -> dict[str, float]:
    """Heading precision, recall and F1 over ``files`` (or their stripped copies)."""
    return _scores([_counts(lf, model) for lf in files if lf.stripped == stripped])


def leave_one_vendor_out(files: list[LabelledFile], c: float | None = None) -> dict[str, float]:
    """The corpus's labelled files, each scored by a model fitted without its vendor.

    The files the extraction benchmark scores (``labels.jsonl``), as they
    are; the models are fitted on every other tune vendor's files, ours and
    the stripped copies included, each with the C those files choose.
    """
    outcomes = lovo_outcomes(files, c)
    return _scores([n for lf, n in outcomes if not lf.stripped and not lf.ours])


def lovo_outcomes(
    files: list[LabelledFile], c: float | None = None
) -> list[tuple[LabelledFile, tuple[int, int, int]]]:
    """(file, (hits, expected, found)) of each file under a model fitted without its vendor."""
    outcomes = []
    for vendor in sorted({lf.vendor for lf in files}):
        model = fit([lf for lf in files if lf.vendor != vendor], c)
        outcomes += [(lf, _counts(lf, model)) for lf in files if lf.vendor == vendor]
    return outcomes


def top_headings(lf: LabelledFile, model: HeadingModel) -> set[str]:
    outline = build(lf.blocks, lf.page_title, model)
    return {norm_heading(s.heading) for s in outline.sections if s.level == TOP_LEVEL}


def _counts(lf: LabelledFile, model: HeadingModel) -> tuple[int, int, int]:
    """(hits, expected, found) of one file's top-level headings."""
    got = top_headings(lf, model)
    return len(got & lf.headings), len(lf.headings), len(got)


def _scores(counts: list[tuple[int, int, int]]) -> dict[str, float]:
    hits, expected, found = (sum(c[k] for c in counts) for k in range(3))
    precision, recall = hits / max(1, found), hits / max(1, expected)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"files": len(counts), "precision": precision, "recall": recall, "f1": f1}


def _prf(s: dict[str, float]) -> str:
    return f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}"


def export(model: HeadingModel, files: list[LabelledFile]) -> dict[str, Any]:
    return {
        "made_by": "benchmarks/train_headings.py --write",
        "trained_on": (
            f"{sum(not lf.stripped for lf in files)} labelled files of"
            f" {len({lf.vendor for lf in files})} tune vendors of the dev corpus, and the same"
            f" files stripped of heading markup ({sum(len(lf.gold) for lf in files)} candidates)"
        ),
        "model": (
            f"logistic regression, C={model.c} (chosen from {list(C_GRID)} by"
            f" {INNER_FOLDS}-fold vendor-grouped log-loss); P(top-level heading | features)"
        ),
        "threshold": model.threshold,
        "intercept": model.intercept,
        "weights": dict(sorted(model.weights.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {MODEL_FILE.name}")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each tune mistake")
    parser.add_argument(
        "--weights", action="store_true", help="print the fitted weights, largest first"
    )
    args = parser.parse_args(argv)
    files = load()
    model = fit(files)
    outcomes = lovo_outcomes(files)
    print(
        f"{sum(not lf.stripped for lf in files)} files (and as many stripped copies),"
        f" {sum(len(lf.gold) for lf in files)} candidates; C {model.c} chosen by inner CV"
    )
    groups = {
        "corpus labels": lambda lf: not lf.stripped and not lf.ours,
        "all labels": lambda lf: not lf.stripped,
        "stripped copies": lambda lf: lf.stripped,
    }
    print("files              in-sample P / R / F1    leave-one-vendor-out P / R / F1")
    for name, keep in groups.items():
        inside = _scores([_counts(lf, model) for lf in files if keep(lf)])
        lovo = _scores([n for lf, n in outcomes if keep(lf)])
        print(f"{name:17}  {_prf(inside)}    {_prf(lovo)}")
    if args.verbose:
        for lf in files:
            got = top_headings(lf, model)
            if got != lf.headings:
                print(f"--- {lf.name}{' (stripped)' if lf.stripped else ''}")
                for h in sorted(lf.headings - got):
                    print(f"  missing: {h}")
                for h in sorted(got - lf.headings):
                    print(f"  extra:   {h}")
    if args.weights:
        for name, weight in sorted(model.weights.items(), key=lambda kv: -abs(kv[1])):
            print(f"  {weight:+8.3f}  {name}")
    if args.write:
        MODEL_FILE.write_text(
            json.dumps(export(model, files), indent=1, ensure_ascii=False) + "\n", "utf-8"
        )
        print(f"wrote {MODEL_FILE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
