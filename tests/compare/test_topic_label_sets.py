"""The topic labels can be scored without a batch of rows: old and new label sets side by side."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, REPO, load_script

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/dev not beside the repo")

SCRIPT = REPO / "benchmarks/train_topics.py"
# A batch of rows drawn for thin topics (the labels' first line says how).
BATCH = "thin topic (session 4)"


def _drawn_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in (REPO / "benchmarks/topic_labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "_comment" not in row:
            counts[row.get("drawn", "")] = counts.get(row.get("drawn", ""), 0) + 1
    return counts


def test_without_drawn_leaves_out_exactly_that_batch() -> None:
    train_topics = load_script(SCRIPT, "bench_train_topics_sets")
    every = train_topics.load_rows()
    before = train_topics.load_rows(without_drawn=BATCH)
    assert _drawn_counts()[BATCH] > 0
    assert len(every) - len(before) == _drawn_counts()[BATCH]
    assert all(r.get("drawn") != BATCH for r in before)
    # Its twin: a batch nobody drew leaves every row in.
    assert len(train_topics.load_rows(without_drawn="no such batch")) == len(every)


def test_write_with_an_incomplete_label_set_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--write", "--without-drawn", BATCH],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "--without-drawn" in result.stderr and "Traceback" not in result.stderr
