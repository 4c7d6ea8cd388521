"""The topic labels follow their written rules (benchmarks/topic_labels.jsonl's first line)."""

from __future__ import annotations

import json
import re
from typing import Any

from policywatch.core import taxonomy
from tests.conftest import REPO

LABELS = REPO / "benchmarks" / "topic_labels.jsonl"


def _rows() -> list[dict[str, Any]]:
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    return [row for row in map(json.loads, lines) if "_comment" not in row]


def test_labels_name_only_taxonomy_topics() -> None:
    known = set(taxonomy.topic_ids())
    unknown = {t for row in _rows() for t in row["topics"]} - known
    assert not unknown


def test_a_paragraph_under_a_region_heading_is_regional() -> None:
    """The rule for 'regional': a section heading that limits it to a region scopes its
    paragraphs ("If you live in Brazil:", "Nevada", "EU residents"). The headings are
    recognised by the taxonomy's own clear regional terms (weight 3), not a list here."""
    clear = [p for p, weight in taxonomy.by_id("regional").terms if weight >= 3]
    region_heading = re.compile(r"(?<![\w-])(?:" + "|".join(clear) + r")(?![\w])")
    scoped = [r for r in _rows() if r["topics"] and region_heading.search(r["heading"].lower())]
    assert len(scoped) >= 20  # the rule is exercised, not vacuous
    missing = [
        (r["doc_id"], r["heading"], r["topics"]) for r in scoped if "regional" not in r["topics"]
    ]
    assert not missing
