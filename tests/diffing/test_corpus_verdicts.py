"""The dev corpus's change labels (change_labels.jsonl), scored by the real benchmark.

Judging every pair is the slow part (about a minute alone, five at a load of 19): it is
spread over :data:`CHUNKS` chunks, each judging every CHUNKS-th pair once per session
(the session-scoped :func:`judged` holds them), and no test item judges more than one
chunk, whatever the selection. The floors are checked per part on all the pairs by the
floor test's item that completes the set of chunks (or its last item when the verdict
tests judged them all). Chunks are numbered, never named by vendor, and a failure names
only tune pairs: the frozen vendors' pairs stay hidden.
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


@cache
def _benchmark() -> ModuleType:
    return load_script(REPO / "benchmarks/diffing.py", "bench_diffing")


@cache
def _pairs() -> tuple[dict, ...]:
    bench = _benchmark()
    return tuple(bench.labelled_pairs(bench.DEFAULT_LABELS))


@pytest.fixture(scope="session")
def judged() -> dict[int, list[dict]]:
    """Judged pairs per chunk, filled by whichever test needs a chunk first."""
    return {}


def _chunk(judged: dict[int, list[dict]], k: int) -> list[dict]:
    if k not in judged:
        bench = _benchmark()
        judged[k] = bench.judge(bench.DEFAULT_LABELS, rows=list(_pairs()[k::CHUNKS]))
    return judged[k]


def _all_judged(judged: dict[int, list[dict]]) -> list[dict]:
    """Every pair judged, in the labels' order (every chunk judged already)."""
    rows: list[dict] = [{}] * len(_pairs())
    for k in range(CHUNKS):
        rows[k::CHUNKS] = judged[k]
    return rows


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_every_pair_gets_a_verdict(chunk: int, judged: dict[int, list[dict]]) -> None:
    rows = _chunk(judged, chunk)
    assert [r["new_file"] for r in rows] == [r["new_file"] for r in _pairs()[chunk::CHUNKS]]
    wrong = [r for r in rows if r["got"] not in set(Verdict) or r["diffed"] not in set(Verdict)]
    assert not wrong, [r["new_file"] for r in wrong if not is_frozen(r["doc_id"], CORPUS)]


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_verdicts_hold_their_floors(chunk: int, judged: dict[int, list[dict]]) -> None:
    """Verdicts on the whole corpus, on the frozen third and leaving one tune vendor out
    never get worse. Each item judges its chunk (if no test did yet); the item that
    completes the set checks every part's floors on all the pairs."""
    bench = _benchmark()
    assert set(bench.FLOORS) == {"all", "frozen", "lovo"}  # a new part gets its test
    missing = chunk not in judged
    assert len(_chunk(judged, chunk)) == len(_pairs()[chunk::CHUNKS])
    # Checked once: by the item judging the last chunk missing, or by the last item when
    # the verdict tests judged them all; until then the chunks left are other items' work.
    if len(judged) < CHUNKS or not (missing or chunk == CHUNKS - 1):
        return
    parts = bench.score_parts(_all_judged(judged), bench.DEFAULT_LABELS.parent)
    broken = [
        (part, name, round(parts[part][name], 3), floor)
        for part, floors in bench.FLOORS.items()
        for name, floor in floors.items()
        if round(parts[part][name], 3) < floor
    ]
    assert not broken, broken
