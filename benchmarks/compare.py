"""Topic classification, scored honestly, and what topics and facts cost per document.

    .venv/bin/python benchmarks/compare.py [--json]

Topics: the hand labels of ``benchmarks/topic_labels.jsonl`` (paragraphs of
the 22 tune vendors; see ``benchmarks/train_topics.py``), scored in-sample
(the shipped model's fit) and leaving one vendor out (the model refitted
without the vendor scored), per paragraph, per section (its labelled
paragraphs' union) and folded to the OPP-115 categories. The frozen vendors
have no topic labels: nobody may read them to make any, so there is no
frozen figure here, and LOVO is the held-out figure. Micro precision and
recall over (paragraph, topic) pairs; macro F1 over topics.

Timing: topics + facts over every Markdown version of the dev corpus
(extraction not included), median and mean ms per document, topics and
facts apart; and the median over each document's first version alone, which
no earlier version's paragraphs help (a new version repeats most of the one
before, and topics keep what they read of the texts read last). The timing
runs before the topic scores: training reads corpus paragraphs, and the
timing must not find them already read.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import train_topics  # noqa: E402
from benchmarks.corpus import CORPUS, manifest  # noqa: E402
from policywatch.diffing.facts import extract_facts  # noqa: E402
from policywatch.diffing.topics import classify_sections  # noqa: E402
from policywatch.extract import extract  # noqa: E402

# Floors that tests/compare/test_topic_benchmark.py holds: what is measured
# now (leave one vendor out unless named in-sample), raised with each
# improvement, never lowered without a reason.
# Re-based in session 6 on the enlarged labels (1,049 paragraphs, 440 sections;
# README, topics): on the 991 before, the same model's run gave paragraphs
# 0.638 / 0.700 and sections 0.662 / 0.744; on the same earlier sections the
# enlarged labels' model is not worse (sections 0.659 -> 0.662 P, 0.744 -> 0.747 R).
# Raised in session 7 to what main 29c0650 measures (train_topics.py, same labels),
# then to the 9 fixed rows' figures (sale_sharing, ai_training by the written rules),
# then re-based on a changed measurement: training reads each labelled paragraph
# from its whole document, as the runtime does (README, topics, session 7). The
# labelled-neighbour figures of the fixed labels (0.645 / 0.705; sections
# 0.667 / 0.755; 0.725) were never what the runtime gets: scored on what it reads,
# that model gives 0.639 / 0.707; 0.658 / 0.756; 0.724, every figure at or under these.
# Paragraph precision 0.641 -> 0.640 with the review fix of 13fix (5e3a23b: a right
# the service reserves itself is no data subject's right, per language, read away
# before category words match): the topic features read those word rows, and
# reverting that one commit alone gives back 0.641 (tests/compare/test_topic_benchmark.py);
# OPP-115 macro F1 0.730 -> 0.727 by the same commit (with it reverted every floor holds).
FLOORS = {
    "lovo_paragraphs": {"precision": 0.640, "recall": 0.712},
    "lovo_sections": {"precision": 0.659, "recall": 0.756},
    "lovo_opp115_paragraphs": {"macro_f1": 0.727},
}


def topic_scores() -> dict[str, Any]:
    rows = train_topics.load_rows()
    result = train_topics.evaluate(rows, train_topics.featurize(rows))
    result.pop("model")
    result.pop("lovo_topics")
    return result


def flat(result: dict[str, Any]) -> dict[str, dict[str, float]]:
    """``{"lovo_paragraphs": {...}, "in_sample_sections": {...}, ...}`` for the floors."""
    return {
        f"{kind}_{level}": result[kind][level]
        for kind in ("in_sample", "lovo")
        for level in ("paragraphs", "sections", "opp115_paragraphs")
    }


def document_times(
    clock: Callable[[], float] = time.perf_counter, documents: int | None = None
) -> tuple[list[str], list[float], list[float]]:
    """Each Markdown version of the dev corpus (the first ``documents``), in manifest order:
    its document id, and the ms by ``clock`` its topics and its facts take."""
    rows = [r for r in manifest() if r["format"] == "md"][:documents]
    docs = [
        extract((CORPUS / r["file"]).read_bytes(), "text/markdown", "file:///x.md") for r in rows
    ]
    extract_facts(docs[0])  # compile the regexes and load the model outside the timing
    classify_sections(docs[0])
    topic_times, fact_times = [], []
    for doc in docs:
        start = clock()
        classify_sections(doc)
        middle = clock()
        extract_facts(doc)
        end = clock()
        topic_times.append((middle - start) * 1000)
        fact_times.append((end - middle) * 1000)
    return [r["doc_id"] for r in rows], topic_times, fact_times


def first_versions(ids: list[str]) -> list[int]:
    """Where each document's first version is in ``ids`` (manifest order is version order)."""
    return sorted({doc: n for n, doc in reversed(list(enumerate(ids)))}.values())


def timing() -> dict[str, float]:
    ids, topic_times, fact_times = document_times()
    times = [t + f for t, f in zip(topic_times, fact_times, strict=True)]
    first = first_versions(ids)
    return {
        "documents": len(ids),
        "median_ms": round(statistics.median(times), 1),
        "mean_ms": round(statistics.mean(times), 1),
        "max_ms": round(max(times), 1),
        # Apart, so a slowdown can be pinned on one of them.
        "topics_median_ms": round(statistics.median(topic_times), 1),
        "facts_median_ms": round(statistics.median(fact_times), 1),
        "first_versions": len(first),
        "first_versions_median_ms": round(statistics.median(times[n] for n in first), 1),
    }


def main() -> None:
    timed = timing()  # first: see the module's docstring
    result = {"topics": topic_scores(), "timing": timed}
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
        return
    t = result["topics"]
    print(
        f"topics: {t['paragraphs']} labelled paragraphs of {t['vendors']} tune vendors "
        "(frozen vendors: no labels, never read)"
    )
    for name, s in flat(t).items():
        print(
            f"  {name:28} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            f"  macro F1 {s['macro_f1']:.3f}"
        )
    if t["eval_only_lovo"]:
        s = t["eval_only_lovo"]
        print(f"  {'nb vendor, never trained on':28} P {s['precision']:.3f}  R {s['recall']:.3f}")
    tm = result["timing"]
    print(
        f"time (topics + facts, no extraction): {tm['documents']} docs, "
        f"median {tm['median_ms']} ms, mean {tm['mean_ms']} ms, max {tm['max_ms']} ms per document "
        f"(topics median {tm['topics_median_ms']} ms, facts median {tm['facts_median_ms']} ms); "
        f"first versions of {tm['first_versions']} documents: median "
        f"{tm['first_versions_median_ms']} ms"
    )


if __name__ == "__main__":
    main()
