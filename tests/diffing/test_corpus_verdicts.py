"""The dev corpus's change labels (change_labels.jsonl), scored by the real benchmark."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, REPO, load_script

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/dev not beside the repo")


def _benchmark():
    return load_script(REPO / "benchmarks/diffing.py", "bench_diffing")


def test_verdicts_hold_their_floors():
    """Verdicts on the whole corpus and on the frozen third never get worse."""
    bench = _benchmark()
    parts = bench.measure()
    for part, floors in bench.FLOORS.items():
        for name, floor in floors.items():
            assert round(parts[part][name], 3) >= floor, (part, name, parts[part])
