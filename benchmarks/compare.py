"""Topic assignment precision/recall on hand-labelled corpus sections, and ms per document.

    .venv/bin/python benchmarks/compare.py [--json]

Labels: ``benchmarks/topic_labels.jsonl`` (its first line says how they were
made). Each labelled section is found again in the extracted document by
heading; precision and recall are micro-averaged over (section, topic)
pairs, and reported per topic. Timing: topics + facts over every Markdown
version in ``../shared/corpus/dev`` (extraction not included), median and
mean ms per document, and the medians of topics and facts apart.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from policywatch.diffing.facts import extract_facts
from policywatch.diffing.topics import TOPIC_IDS, classify_sections
from policywatch.extract import extract

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "dev"
LABELS = REPO / "benchmarks" / "topic_labels.jsonl"


def _norm(heading: str) -> str:
    return " ".join(heading.lower().split())


def topic_scores() -> dict[str, object]:
    rows = [json.loads(line) for line in LABELS.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if "_comment" not in r]
    docs: dict[str, list[tuple[str, set[str]]]] = {}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    missing = 0
    for row in rows:
        if row["file"] not in docs:
            doc = extract((CORPUS / row["file"]).read_bytes(), "text/markdown", "file:///x.md")
            docs[row["file"]] = [
                (_norm(s.heading), set(s.topic_ids)) for s in classify_sections(doc)
            ]
        sections = docs[row["file"]]
        index = row["index"]
        if index < len(sections) and sections[index][0] == _norm(row["heading"]):
            predicted = sections[index][1]
        else:  # sectioning moved: find the heading
            found = [t for h, t in sections if h == _norm(row["heading"])]
            if not found:
                missing += 1
                continue
            predicted = found[0]
        gold = set(row["topics"])
        for t in predicted & gold:
            tp[t] += 1
        for t in predicted - gold:
            fp[t] += 1
        for t in gold - predicted:
            fn[t] += 1
    per_topic = {}
    for t in TOPIC_IDS:
        if tp[t] + fp[t] + fn[t]:
            p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
            r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
            per_topic[t] = {"precision": round(p, 3), "recall": round(r, 3), "gold": tp[t] + fn[t]}
    TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision, recall = TP / (TP + FP), TP / (TP + FN)
    return {
        "sections": len(rows) - missing,
        "sections_not_found": missing,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3),
        "per_topic": per_topic,
    }


def timing() -> dict[str, float]:
    manifest = [json.loads(line) for line in (CORPUS / "manifest.jsonl").open(encoding="utf-8")]
    docs = [
        extract((CORPUS / r["file"]).read_bytes(), "text/markdown", "file:///x.md")
        for r in manifest
        if r["format"] == "md"
    ]
    extract_facts(docs[0])  # compile the regexes outside the timing
    classify_sections(docs[0])
    times, topic_times, fact_times = [], [], []
    for doc in docs:
        start = time.perf_counter()
        classify_sections(doc)
        middle = time.perf_counter()
        extract_facts(doc)
        end = time.perf_counter()
        times.append((end - start) * 1000)
        topic_times.append((middle - start) * 1000)
        fact_times.append((end - middle) * 1000)
    return {
        "documents": len(docs),
        "median_ms": round(statistics.median(times), 1),
        "mean_ms": round(statistics.mean(times), 1),
        "max_ms": round(max(times), 1),
        # Apart, so a slowdown can be pinned on one of them.
        "topics_median_ms": round(statistics.median(topic_times), 1),
        "facts_median_ms": round(statistics.median(fact_times), 1),
    }


def main() -> None:
    result = {"topics": topic_scores(), "timing": timing()}
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
        return
    t = result["topics"]
    assert isinstance(t, dict)
    print(
        f"topics: {t['sections']} labelled sections, precision {t['precision']:.3f}, "
        f"recall {t['recall']:.3f}, F1 {t['f1']:.3f}"
    )
    for topic, s in t["per_topic"].items():
        print(f"  {topic:24} P {s['precision']:.2f}  R {s['recall']:.2f}  (gold {s['gold']})")
    tm = result["timing"]
    print(
        f"time (topics + facts, no extraction): {tm['documents']} docs, "
        f"median {tm['median_ms']} ms, mean {tm['mean_ms']} ms, max {tm['max_ms']} ms per document "
        f"(topics median {tm['topics_median_ms']} ms, facts median {tm['facts_median_ms']} ms)"
    )


if __name__ == "__main__":
    main()
