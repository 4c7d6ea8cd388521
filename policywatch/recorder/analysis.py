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

Work goes out per document (:func:`document_tasks`): a document's versions
repeat most of their sections, and the analysis memoises what it reads per
text within a process, so one worker reading all of a document's versions
reads each unchanged section once; versions handed to whichever worker was
free had every worker read it again.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
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


def analyses_of(
    task: list[tuple[int, ExtractedDocument]],
) -> list[tuple[int, VersionAnalysis]]:
    """What a worker sends back for a task (versions of one document): each one's analysis."""
    return [analysis_of(pair) for pair in task]


# Versions of one document per task: enough to read its unchanged sections once,
# few enough that the documents in flight stay bounded (a page with hundreds of
# versions goes out in several tasks) and that the workers finish together.
VERSIONS_PER_TASK = 8


def document_tasks(
    pending: Iterable[tuple[int, int]], size: int = VERSIONS_PER_TASK
) -> Iterator[list[int]]:
    """Version ids in tasks of one document each, at most ``size`` long, order kept.

        >>> list(document_tasks([(1, 10), (2, 10), (3, 10), (4, 11), (5, 10)], size=2))
        [[1, 2], [3], [4], [5]]

    ``pending``: (version id, document id) pairs, a document's versions
    together (:func:`policywatch.db.analysis.pending_analysis`).
    """
    for _, versions in groupby(pending, key=lambda pair: pair[1]):
        ids = [version_id for version_id, _ in versions]
        for start in range(0, len(ids), size):
            yield ids[start : start + size]


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
    pending = pending_analysis(db, force=force)
    if not pending:
        return 0
    tasks = (
        [(version_id, load_version(db, version_id)) for version_id in task]
        for task in document_tasks(pending)
    )
    with _analyser(workers) as analyse_many:
        for analysed in analyse_many(tasks):
            apply_analysis(db, analysed)
            if on_progress is not None:
                on_progress(1)
    return len(pending)


Task = list[tuple[int, ExtractedDocument]]


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
def _analyser(workers: int) -> Iterator[Callable[[Iterable[Task]], Iterator[Analysed]]]:
    """Each task's versions analysed, in order: here, or in ``workers`` processes."""
    if workers <= 0:
        yield lambda tasks: (analyse(*pair) for task in tasks for pair in task)
        return
    with analysis_pool(workers) as pool:

        def analyse_many(tasks: Iterable[Task]) -> Iterator[Analysed]:
            # Executor.map would load every version at once; keep a few tasks in
            # flight, each with its documents (the worker sends back only analyses).
            window: deque[tuple[Task, Future[list[tuple[int, VersionAnalysis]]]]] = deque()
            for task in tasks:
                window.append((task, pool.submit(analyses_of, task)))
                if len(window) >= 2 * workers:
                    yield from _received(*window.popleft())
            while window:
                yield from _received(*window.popleft())

        yield analyse_many


def _received(task: Task, future: Future[list[tuple[int, VersionAnalysis]]]) -> Iterator[Analysed]:
    # A worker answers its task's versions in the task's order.
    for (version_id, doc), (_, analysis) in zip(task, future.result(), strict=True):
        yield Analysed(version_id, doc, analysis)
