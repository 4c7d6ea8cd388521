"""The dev corpus's change labels (change_labels.jsonl), scored by the real benchmark.

Judging every pair is the slow part (about a minute alone, five at a load of 19): it is
spread over :data:`CHUNKS` tests, each judging every CHUNKS-th pair, and the floors are
then checked per part on all the pairs. Chunks are numbered, never named by vendor,
and a failure names only tune pairs: the frozen vendors' pairs stay hidden.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

import pytest

from benchmarks.corpus import is_frozen
from policywatch.core.vocabulary import Verdict
from tests.conftest import CORPUS, REPO, load_script

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/dev not beside the repo")

CHUNKS = 8
# Judged pairs per chunk, filled by whichever test needs a chunk first.
_judged: dict[int, list[dict]] = {}


@cache
def _benchmark() -> ModuleType:
    return load_script(REPO / "benchmarks/diffing.py", "bench_diffing")


def _pairs() -> list[dict]:
    bench = _benchmark()
    return bench.labelled_pairs(bench.DEFAULT_LABELS)


def _chunk(k: int) -> list[dict]:
    if k not in _judged:
        bench = _benchmark()
        _judged[k] = bench.judge(bench.DEFAULT_LABELS, rows=_pairs()[k::CHUNKS])
    return _judged[k]


def _all_judged() -> list[dict]:
    """Every pair judged, in the labels' order."""
    judged: list[dict] = [{}] * len(_pairs())
    for k in range(CHUNKS):
        judged[k::CHUNKS] = _chunk(k)
    return judged


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_every_pair_gets_a_verdict(chunk: int) -> None:
    judged = _chunk(chunk)
    assert [r["new_file"] for r in judged] == [r["new_file"] for r in _pairs()[chunk::CHUNKS]]
    wrong = [r for r in judged if r["got"] not in set(Verdict) or r["diffed"] not in set(Verdict)]
    assert not wrong, [r["new_file"] for r in wrong if not is_frozen(r["doc_id"], CORPUS)]


@pytest.mark.parametrize("part", ["all", "frozen", "lovo"])
def test_verdicts_hold_their_floors(part: str) -> None:
    """Verdicts on the whole corpus, on the frozen third and leaving one tune vendor out
    never get worse."""
    bench = _benchmark()
    assert set(bench.FLOORS) == {"all", "frozen", "lovo"}  # a new part gets its test
    parts = bench.score_parts(_all_judged(), bench.DEFAULT_LABELS.parent)
    for name, floor in bench.FLOORS[part].items():
        assert round(parts[part][name], 3) >= floor, (part, name, parts[part])
