"""Accuracy and speed of ``policywatch.diffing`` on hand-labelled real version pairs.

Usage (from the repository root)::

    .venv/bin/python benchmarks/diffing.py                 # the dev corpus
    .venv/bin/python benchmarks/diffing.py --labels PATH   # another change_labels.jsonl
    .venv/bin/python benchmarks/diffing.py --verbose       # one line per pair
    .venv/bin/python benchmarks/diffing.py -vv             # and each category given or
                                                           # missed against the label
    .venv/bin/python benchmarks/diffing.py --part tune -vv # only the tune pairs (and
                                                           # their LOVO), with the wrong
                                                           # categories counted by rule

Each pair goes the way the crawl takes it: the guard first (an error page,
another page or another language is ``suspect`` and never diffed), then
``diff_documents`` with the document's type. "unchanged" (the two files
extract to the same text) counts as cosmetic, as the labels mean it.

Prints material recall and precision, verdict accuracy, category recall (and,
for information, precision) on material pairs, per part (all / tune /
frozen, and tune leaving one vendor out for the one threshold chosen on
labelled pairs: :func:`lovo`), median and max milliseconds per pair, and a
synthetic 20k-word pair with repeated passages and 30 edits: its time (wall
and CPU) and how many edits were found.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import (  # noqa: E402
    CORPUS,
    DOC_TYPES,
    by_part,
    is_frozen,
    manifest,
    vendor_of,
    vendors,
)
from policywatch.diffing import DiffResult, diff_documents  # noqa: E402
from policywatch.diffing.text import key  # noqa: E402
from policywatch.extract import ExtractedDocument, extract, guard  # noqa: E402

DEFAULT_LABELS = CORPUS / "change_labels.jsonl"
# Floors that tests/diffing/test_corpus_verdicts.py holds, per part: what is
# measured now, raised with each improvement, never lowered without a reason.
FLOORS = {
    "all": {
        "material_recall": 0.987,
        "material_precision": 0.949,
        "verdict_accuracy": 0.920,
        "category_recall": 0.900,
        # Held since issue 13u: categories given that the labels lack are words in
        # another sense, and precision must not slide back. 0.408 with 13y (a fact's
        # sentence filed under the fact's category, pointers and definitions no practice);
        # 0.411 with 13aa (sales channels, cookie lifetimes, postal codes); 0.413 with 13ac;
        # 0.414 with fix13ab (registration numbers are no phones, legal-form words no
        # single letters); 0.421 with 13c (words of two senses need a data word, a defined
        # term is no party); lowered to 0.420 with fix13c: 13c's data-word test had taken
        # the legal basis from ordinary sentences ("we use cookies only with your consent",
        # "you can withdraw your consent"), which the labels never test; restoring them
        # gives back 0.001 here.
        "category_precision": 0.420,
    },
    "frozen": {
        "material_recall": 1.000,
        "material_precision": 0.882,
        "verdict_accuracy": 0.833,
        # Lowered from 0.806 (one category of 62): a topic word in a sentence that states
        # nothing no longer gives a category (issue 13, round 2); the tune part rose
        # from 0.847 to 0.888 and category precision from 0.27 to 0.29 here. Back at
        # 0.806 with the duties of issue 13q (erase and disclose verbs in every column);
        # 0.823 with 13v's party tables and subcontractor words (looked at once, at the end).
        "category_recall": 0.823,
        # 0.309 with 13y (looked at once, at the end); 0.311 with 13c (once, at the end);
        # back to 0.309 with fix13c, for the reason given under "all".
        "category_precision": 0.309,
    },
    "lovo": {
        "material_recall": 0.978,
        "material_precision": 1.000,
        "verdict_accuracy": 0.964,
        "category_recall": 0.949,
        # 0.495 with 13y; 0.503 with 13aa (measured with 13fix and perf8 merged); 0.505
        # with 13ac (words added with a clause of their own are no list item); 0.508 with
        # fix13ab (registration numbers are no phones, legal-form words no single letters);
        # 0.522 with 13c (transfer and consent words need a data word beside them).
        "category_precision": 0.522,
    },
}
# Targets (issue 13), on pairs nobody tuned on.
TARGETS = {
    "material_recall": 0.95,
    "material_precision": 0.88,
    "verdict_accuracy": 0.80,
    "category_recall": 0.85,
}


def load(path: Path) -> ExtractedDocument:
    """Extract a corpus file the way the crawl would."""
    return extract(path.read_bytes(), "text/markdown", path.resolve().as_uri())


def compare(
    old: ExtractedDocument, new: ExtractedDocument, url: str, doc_type: str | None
) -> DiffResult:
    """What the crawl does with a new capture: the guard, then the diff."""
    verdict = guard.check(guard.Page.of(new, url), guard.Previous.of(old))
    if not verdict.ok:
        return DiffResult.not_compared(verdict.reason or verdict.code, verdict.code)
    return diff_documents(old, new, doc_type=doc_type)


def doc_types(corpus: Path) -> dict[str, str]:
    """doc_id -> its type as the vendors file spells it (``subprocessors``, ``dpa``, ...)."""
    return {r["doc_id"]: DOC_TYPES[r["doc_type"]] for r in manifest(corpus)}


def labelled_pairs(labels: Path) -> list[dict]:
    """The rows of a ``change_labels.jsonl``: one labelled version pair each."""
    return [json.loads(line) for line in labels.read_text().splitlines() if line.strip()]


def judge(labels: Path, verbose: int = 0, rows: list[dict] | None = None) -> list[dict]:
    """Diff every labelled pair (or only ``rows``, some of :func:`labelled_pairs`): one
    row per pair with the label, the verdict and the time.

    Each row also keeps what :func:`lovo` needs to judge the pair again under
    another guard threshold: the diff's own verdict and the guard's for each
    threshold of :data:`VARIANT_GRID`.
    """
    base = labels.parent
    rows = labelled_pairs(labels) if rows is None else rows
    types = doc_types(base) if (base / "manifest.jsonl").is_file() else {}
    judged = []
    for row in rows:
        old, new = load(base / row["old_file"]), load(base / row["new_file"])
        url = (base / row["new_file"]).as_uri()
        started = time.perf_counter()
        result = compare(old, new, url, types.get(row["doc_id"]))  # the crawl's way
        ms = (time.perf_counter() - started) * 1000
        got = "cosmetic" if result.verdict == "unchanged" else result.verdict
        page, previous = guard.Page.of(new, url), guard.Previous.of(old)
        doc_type = types.get(row["doc_id"])
        diffed = (
            result if result.verdict != "suspect" else diff_documents(old, new, doc_type=doc_type)
        )
        judged.append(
            {
                **row,
                "got": got,
                "got_categories": result.categories,
                "ms": ms,
                "diffed": ("cosmetic" if diffed.verdict == "unchanged" else diffed.verdict),
                "diffed_categories": diffed.categories,
                "guard_ok": {
                    t: guard.check(
                        page, previous, policy=replace(guard.DEFAULT, variant_overlap=t)
                    ).ok
                    for t in VARIANT_GRID
                },
            }
        )
        # Pairs of the frozen vendors are never printed: nobody tunes on them.
        if verbose and not is_frozen(row["doc_id"], base):
            want = row["verdict"]
            mark = "ok " if want == got else "XX "
            print(
                f"{mark}{want:9} {got:9} {row['new_file'][:48]:48} "
                f"want={row['categories']} got={result.categories} {ms:.0f}ms"
            )
            if want != got or verbose > 1:
                print(f"      {result.summary[:300]}")
            if verbose > 1:
                _print_category_errors(row["categories"], result)
        if not is_frozen(row["doc_id"], base):
            judged[-1]["given_rules"] = given_rules(row, result)
    return judged


def _print_category_errors(want: list[str], result: DiffResult) -> None:
    """Each category given that the label lacks, with the reasons that gave it (what
    they say, and the sentence), and each category missed: what ``-vv`` adds per pair."""
    for category in dict.fromkeys(result.categories):
        if category in want:
            continue
        for reason in (r for r in result.reasons if r.category == category):
            shown = (reason.new or reason.old or "").replace("\n", " ")
            print(f"      + {category}: {reason.explanation[:90]} || {shown[:120]}")
    for category in (c for c in want if c not in result.categories):
        print(f"      - {category}: missed")


def given_rules(row: dict, result: DiffResult) -> list[tuple[str, str, bool]]:
    """The rule behind each category a material pair was given, one entry per category
    (its first reason's), and whether the label has it: what ``--part tune -vv`` tallies.

    >>> from policywatch.diffing.model import Reason
    >>> r = Reason("rights", None, None, "x", "sentence added (about access; period 30 days)")
    >>> given_rules({"verdict": "material", "categories": []},
    ...             DiffResult("material", ["rights"], reasons=[r]))
    [('rights', 'sentence:about', False)]
    """
    if row["verdict"] != "material" or result.verdict != "material":
        return []
    out = []
    for category in dict.fromkeys(result.categories):
        reason = next((r for r in result.reasons if r.category == category), None)
        rule = rule_of(reason.explanation) if reason else "entry"
        out.append((category, rule, category in row["categories"]))
    return out


def rule_of(explanation: str) -> str:
    """The kind of statement a reason's explanation words (:mod:`policywatch.diffing.reasons`):
    "sentence added (negated promise: not)" -> "sentence:negated promise"."""
    whole = re.match(r"sentence (?:added|removed) \((.*)\)$", explanation, re.S)
    if whole:
        first = whole.group(1).split("; ")[0]
        head = re.match(
            r"(negated promise|about|period|number|contact|countries|names|"
            r"may/will|obligation|prohibition|added to the list|the service may)",
            first,
        )
        return "sentence:" + (head.group(1) if head else "term")
    head = re.match(
        r"(negation|modal verb|countries|names|added to the list|clause|period|"
        r"number|contact|obligation|prohibition|the service may|about|added|removed)",
        explanation,
    )
    return "edit:" + (head.group(1) if head else explanation[:20])


def scores(judged: list[dict]) -> dict[str, float]:
    """Material recall and precision, verdict accuracy, category recall, timing."""
    tp = sum(r["verdict"] == "material" and r["got"] == "material" for r in judged)
    fp = sum(r["verdict"] != "material" and r["got"] == "material" for r in judged)
    fn = sum(r["verdict"] == "material" and r["got"] != "material" for r in judged)
    material = [r for r in judged if r["verdict"] == "material"]
    cat_total = sum(len(r["categories"]) for r in material)
    cat_hits = sum(len(set(r["categories"]) & set(r["got_categories"])) for r in material)
    cat_given = sum(len(r["got_categories"]) for r in material)
    times = [r["ms"] for r in judged] or [0.0]
    return {
        "pairs": len(judged),
        "material_recall": tp / (tp + fn) if tp + fn else 1.0,
        "material_precision": tp / (tp + fp) if tp + fp else 1.0,
        "verdict_accuracy": sum(r["verdict"] == r["got"] for r in judged) / max(1, len(judged)),
        "category_recall": cat_hits / cat_total if cat_total else 1.0,
        "category_precision": cat_hits / cat_given if cat_given else 1.0,
        "ms_median": statistics.median(times),
        "ms_max": max(times),
    }


def measure(
    labels: Path = DEFAULT_LABELS, verbose: int = 0, part: str = "all"
) -> dict[str, dict[str, float]]:
    """Scores per part of the corpus: all, tune, frozen (see benchmarks/corpus.py), and
    the tune part leaving one vendor out (:func:`lovo`). ``part="tune"`` judges only the
    tune pairs, and scores tune and LOVO: what to measure while tuning, with no frozen
    figure to look at."""
    rows = labelled_pairs(labels)
    if part == "tune":
        rows = [r for r in rows if not is_frozen(r["doc_id"], labels.parent)]
    judged = judge(labels, verbose, rows)
    if verbose > 1:
        _print_rule_tally(judged)
    return score_parts(judged, labels.parent, ("tune",) if part == "tune" else None)


def _print_rule_tally(judged: list[dict]) -> None:
    """The categories given on the tune pairs, wrong and right, counted by the rule that
    gave them (and the wrong ones by category too)."""
    given = [g for r in judged for g in r.get("given_rules", ())]
    wrong = Counter(rule for _c, rule, right in given if not right)
    right = Counter(rule for _c, rule, ok in given if ok)
    print(f"categories given on tune material pairs: {len(given)}, wrong {wrong.total()}")
    print("  wrong right  rule")
    for rule, n in wrong.most_common():
        print(f"  {n:5} {right[rule]:5}  {rule}")
    for rule in (r for r in right if r not in wrong):
        print(f"  {0:5} {right[rule]:5}  {rule}")
    for rule, n in Counter(f"{c} <- {rule}" for c, rule, ok in given if not ok).most_common():
        print(f"  {n:5}        {rule}")


def score_parts(
    judged: list[dict], corpus: Path, only: tuple[str, ...] | None = None
) -> dict[str, dict[str, float]]:
    """:func:`measure`'s scores of pairs already judged (:func:`judge`); ``only``: those
    parts (and LOVO)."""
    parts = {
        part: scores(rows) for part, rows in by_part(judged, corpus) if only is None or part in only
    }
    tune = [r for r in judged if not is_frozen(r["doc_id"], corpus)]
    parts["lovo"] = scores(lovo(tune, corpus))
    return parts


# The one threshold of the judgement chosen by looking at labelled pairs: how little
# of its phrases a page whose title names another variant may share with the previous
# version (the guard's ``variant_overlap``). Everything else is a rule.
VARIANT_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def lovo(rows: list[dict], corpus: Path) -> list[dict]:
    """Judge each tune vendor's pairs with the threshold that does best on the others.

    The threshold chosen is the middle one of those that judge the most of the other
    vendors' pairs right (suspect or not); the held-out vendor's pairs are then
    suspect when that threshold's guard says so, and otherwise get their diff's verdict.
    """
    out = []
    for vendor in vendors(rows, corpus):
        train = [r for r in rows if vendor_of(r["doc_id"], corpus) != vendor]
        right = {
            t: sum((r["verdict"] == "suspect") == (not r["guard_ok"][t]) for r in train)
            for t in VARIANT_GRID
        }
        best = [t for t in VARIANT_GRID if right[t] == max(right.values())]
        chosen = best[len(best) // 2]
        for r in rows:
            if vendor_of(r["doc_id"], corpus) == vendor:
                ok = r["guard_ok"][chosen]
                got = r["diffed"] if ok else "suspect"
                out.append(
                    {**r, "got": got, "got_categories": r["diffed_categories"] if ok else []}
                )
    return out


def synthetic_pair(seed: int = 7) -> tuple[ExtractedDocument, ExtractedDocument, list[str]]:
    """A ~20k-word policy made of repeated passages, and a copy with 30 word edits.

    Returns both documents and the inserted marker words, one per edit.
    """
    rng = random.Random(seed)
    passages = [
        "We process your personal data to provide the service and to keep it secure.",
        "You can ask us to access, correct or delete your personal data at any time.",
        "We share data with service providers who process it on our behalf under contract.",
        "We keep account data for as long as your account is open and then delete it.",
    ]
    paragraphs: list[str] = []
    while sum(len(p.split()) for p in paragraphs) < 20_000:
        paragraphs.append(" ".join(rng.choice(passages) for _ in range(5)))
    old_text = "\n\n".join(paragraphs)
    new_paragraphs = list(paragraphs)
    markers = []
    for n, idx in enumerate(sorted(rng.sample(range(len(paragraphs)), 30))):
        marker = f"zebra{n}"
        ws = new_paragraphs[idx].split()
        ws.insert(rng.randrange(len(ws)), marker)
        new_paragraphs[idx] = " ".join(ws)
        markers.append(marker)
    new_text = "\n\n".join(new_paragraphs)
    return ExtractedDocument(text=old_text), ExtractedDocument(text=new_text), markers


def synthetic() -> dict[str, float]:
    old, new, markers = synthetic_pair()
    # Fastest of 3 (the first also pays one-time loading of lexicons and models,
    # and one run on a shared machine swings with the load); the first is shown too.
    # CPU time too: on a shared machine the wall time of one run says more about the
    # other processes than about this one.
    timings, cpu = [], []
    for _ in range(3):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = diff_documents(old, new)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    ms = min(timings)
    inserted = " ".join(text for item in result.items for op, text in item.ops if op == 1)
    found = sum(1 for m in markers if m in key(inserted).split())
    return {
        "synthetic_words": old.word_count,
        "synthetic_ms": ms,
        "synthetic_first_ms": timings[0],
        "synthetic_first_cpu_ms": cpu[0],
        "synthetic_edits_found": found,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--verbose", "-v", action="count", default=0)
    parser.add_argument(
        "--part",
        choices=("all", "tune"),
        default="all",
        help="tune: judge and score only the tune pairs (and LOVO), no frozen figure",
    )
    args = parser.parse_args(argv)
    # Load the language model and compile the lexicons once, as a long-running crawl
    # would, before timing.
    diff_documents(
        ExtractedDocument(text="We do not sell data. We keep data for 30 days. " * 20),
        ExtractedDocument(text="We may sell data to Acme Inc. We keep data for 2 years. " * 20),
    )
    parts = measure(args.labels, args.verbose, args.part)
    numbers = parts.get("all", parts["tune"]) | synthetic()
    print("part    pairs  mat.recall  mat.precision  verdict acc.  category recall (precision)")
    for part, n in parts.items():
        print(
            f"{part:7} {n['pairs']:5}  {n['material_recall']:10.3f}"
            f"  {n['material_precision']:13.3f}  {n['verdict_accuracy']:12.3f}"
            f"  {n['category_recall']:15.3f} ({n['category_precision']:.3f})"
        )
    print(
        "(tune: the vendors rules may be fitted to; frozen: a third of the vendors never read"
        " while tuning; lovo: tune, each vendor judged with the guard's variant threshold"
        " chosen on the other vendors. Targets on unseen pairs: "
        + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items())
        + ")"
    )
    print(f"ms per pair           median {numbers['ms_median']:.1f}  max {numbers['ms_max']:.1f}")
    print(
        f"synthetic {numbers['synthetic_words']} words, 30 edits: "
        f"{numbers['synthetic_ms']:.1f} ms fastest of 3, {numbers['synthetic_first_ms']:.1f} ms"
        f" first ({numbers['synthetic_first_cpu_ms']:.1f} ms CPU; target <= 150), "
        f"edits found {numbers['synthetic_edits_found']}/30"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
