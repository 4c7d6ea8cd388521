"""The "is it a policy?" benchmark holds its floors (benchmarks/is_policy.py FLOORS):
precision and recall on the dev corpus (tune and frozen vendors apart) against the
non-policy pages of benchmarks/not_policies/."""

from __future__ import annotations

import pytest

from benchmarks import is_policy as bench
from benchmarks.corpus import CORPUS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/dev not beside the repo"),
]


def test_is_policy_benchmark_holds_its_floors() -> None:
    result = bench.measure()
    # Every language the negatives were written in, each kind of page.
    negatives = bench.read_rows(bench.NOT_POLICIES / "manifest.jsonl")
    assert {r["lang"] for r in negatives} >= {"en", "nb", "de", "fr", "es", "sv"}
    assert len({r["kind"] for r in negatives}) >= 10
    for part in ("tune", "frozen"):
        for figure in ("precision", "recall"):
            measured = round(result[part][figure], 3)
            assert measured >= bench.FLOORS[part][figure], (part, figure, result)
    assert round(result["negatives_refused"], 3) >= bench.FLOORS["negatives_refused"], result
    for figure, floor in bench.FLOORS["synthetic"].items():
        assert round(result["synthetic"][figure], 3) >= floor, (figure, result["synthetic"])
