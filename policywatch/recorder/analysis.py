"""The analyse stage through the recorder: topics and facts of stored versions.

    >>> from policywatch.db import open_db
    >>> analyse_pending(open_db(":memory:"))  # every version with none (or older rules)
    0

The crawl stores versions without topics and facts so that downloads never
wait for them; this stage adds them (``policywatch analyse``). Reading is
pure CPU work (:func:`policywatch.db.analysis.analyse_version`), done here
or in worker processes; each version's result is then applied in a
transaction of its own (:func:`apply_analysis`), so an interrupted run keeps
what it finished and the next run does the rest.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from policywatch.core.model import ExtractedDocument
from policywatch.db.analysis import (
    VersionAnalysis,
    analyse_version,
    pending_analysis,
    store_analysis,
)
from policywatch.db.versions import load_version

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Analysed:
    """A version's topics and facts, ready to be written, with the document they were read from."""

    version_id: int
    doc: ExtractedDocument
    analysis: VersionAnalysis


def analyse(version_id: int, doc: ExtractedDocument) -> Analysed:
    """Read one version's topics and facts. Pure."""
    return Analysed(version_id, doc, analyse_version(doc))


def analysis_of(pair: tuple[int, ExtractedDocument]) -> tuple[int, VersionAnalysis]:
    """What a worker process sends back for a (version id, document) pair.

    Not the document: the writing process loaded it and keeps it until the
    analysis comes back (pickling it back cost as much as sending it).
    """
    version_id, doc = pair
    return version_id, analyse_version(doc)


def apply_analysis(db: Database, analysed: Analysed) -> None:
    """Replace the version's topics and facts, all in one transaction."""
    with db.atomic():
        store_analysis(db, analysed.version_id, analysed.doc, analysed.analysis)


def analyse_pending(
    db: Database,
    *,
    force: bool = False,
    workers: int = 0,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Analyse the versions that have no topics and facts (or older rules); return how many.

    ``force`` analyses every version again; ``workers`` > 0 reads in that
    many processes while this one writes; ``on_progress(1)`` follows each
    stored version.
    """
    ids = pending_analysis(db, force=force)
    if not ids:
        return 0
    pairs = ((version_id, load_version(db, version_id)) for version_id in ids)
    with _analyser(workers) as analyse_many:
        for analysed in analyse_many(pairs):
            apply_analysis(db, analysed)
            if on_progress is not None:
                on_progress(1)
    return len(ids)


def _analyse_pair(pair: tuple[int, ExtractedDocument]) -> Analysed:
    return analyse(*pair)


# Imported once by the workers' forkserver: see the module's docstring.
PRELOAD = ["policywatch.recorder.analysis_preload"]


def analysis_pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` processes that start with the analysis code imported and warmed.

    forkserver, as the crawl: a fork of this process would copy its open
    database. The forkserver is one per process: if this process started it
    before (without :data:`PRELOAD`), the workers still work, only slower.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return ProcessPoolExecutor(workers, mp_context=context)


@contextmanager
def _analyser(
    workers: int,
) -> Iterator[Callable[[Iterable[tuple[int, ExtractedDocument]]], Iterator[Analysed]]]:
    """``map`` over (version id, document) pairs, in order: here, or in ``workers`` processes."""
    if workers <= 0:
        yield lambda pairs: map(_analyse_pair, pairs)
        return
    with analysis_pool(workers) as pool:

        def analyse_many(pairs: Iterable[tuple[int, ExtractedDocument]]) -> Iterator[Analysed]:
            # Executor.map would load every version at once; keep a few in flight,
            # each with its document (the worker sends back only the analysis).
            window: deque[tuple[ExtractedDocument, Future[tuple[int, VersionAnalysis]]]]
            window = deque()
            for version_id, doc in pairs:
                window.append((doc, pool.submit(analysis_of, (version_id, doc))))
                if len(window) >= 2 * workers:
                    yield _received(*window.popleft())
            while window:
                yield _received(*window.popleft())

        yield analyse_many


def _received(doc: ExtractedDocument, future: Future[tuple[int, VersionAnalysis]]) -> Analysed:
    version_id, analysis = future.result()
    return Analysed(version_id, doc, analysis)
