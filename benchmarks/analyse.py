"""``policywatch analyse`` as a run: versions per second with no workers and with two.

    .venv/bin/python benchmarks/analyse.py                       # 120 versions, 3 rounds
    .venv/bin/python benchmarks/analyse.py --versions 60 --rounds 2
    .venv/bin/python benchmarks/analyse.py --workers 0 1 2

Cron runs ``policywatch analyse`` after each crawl, in a fresh process; issue
14 asks for 20 versions/s on two cores. ``benchmarks/first_run.py`` measures
one core's CPU per version inside one process; this runs the command itself.

Dev-corpus Markdown versions (tune vendors, manifest order: each document's
versions in turn) are stored in a fresh database through the crawl's one
write path (:func:`policywatch.recorder.record`, each file's bytes as a
fetch of its document: guard, "is it a policy?", diff) until ``--versions``
are stored (a text the crawl would not take is no version: the outcomes are
printed), so the database holds what a crawl leaves: versions, changes, no
analysis. Each round then copies
it once per ``--workers`` value and runs ``policywatch analyse --db COPY
--workers N`` as a subprocess on its copy, the values in alternating order
(the machine is shared: neighbours matter less to runs side by side). Timed
from outside: wall time, and CPU time of the command with its worker
processes (the children's resource usage). Printed: per value the fastest of
the rounds, versions/s wall and per CPU second, and the ratio of versions/s
wall against the first value. Every value must write the same analysis (each
table's rows, the stemmed index's terms, all but the clock's ``analysed_at``)
as the first: else the run fails, naming the tables. Nothing per document is
printed (``--frozen`` adds the frozen vendors' versions to the run, timed only).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.corpus import CORPUS, DOC_TYPES, is_frozen, manifest  # noqa: E402
from benchmarks.other_commit import alternating  # noqa: E402

_ANALYSED = re.compile(r"Analysed (\d+) versions?")
PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def corpus_rows(frozen: bool) -> list[dict[str, Any]]:
    """The dev corpus's Markdown versions in manifest order (tune vendors' only unless
    ``frozen``): each document's versions in turn, as a crawl over the years met them."""
    return [
        r
        for r in manifest()
        if r["format"] == "md" and (frozen or not is_frozen(r["doc_id"], CORPUS))
    ]


def store(db_path: Path, rows: list[dict[str, Any]], versions: int) -> Counter[str]:
    """Record rows' files as fetches of their documents until ``versions`` are stored;
    return the outcomes' counts (a text the crawl would not take is no version)."""
    from policywatch.core.model import FetchResult
    from policywatch.db import open_db
    from policywatch.db.catalog import upsert_document, upsert_vendor
    from policywatch.recorder import record

    db = open_db(db_path)
    outcomes: Counter[str] = Counter()
    documents: dict[str, int] = {}
    for row in rows:
        if outcomes["new_version"] >= versions:
            break
        doc_id, doc_type = row["doc_id"], DOC_TYPES[row["doc_type"]]
        url = f"https://{doc_id}.example/{doc_type.replace('_', '-')}"
        if doc_id not in documents:
            vendor_id, _ = upsert_vendor(db, doc_id, doc_id, [])
            documents[doc_id], _ = upsert_document(
                db, vendor_id, {"url": url, "doc_type": doc_type}
            )
        fetched = FetchResult(
            document_id=documents[doc_id],
            url=url,
            started_at=row["commit_date"],
            status=200,
            content_type="text/markdown; charset=utf-8",
            body=(CORPUS / row["file"]).read_bytes(),
        )
        outcomes[record(db, fetched).outcome] += 1
    db.close()
    return outcomes


def adopt_orphans() -> bool:
    """Make this process the one that reaps its descendants' orphans (Linux).

    ``analyse --workers N`` starts its workers from a forkserver, which
    outlives the command: reaped here (:func:`reap_orphans`), its CPU time and
    its workers' (it reaps them) count in this process's children's usage.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        _REAPER["on"] = int(libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        _REAPER["on"] = False
    return _REAPER["on"]


_REAPER = {"on": False}  # whether this process reaps orphans (else it waits for none)


def reap_orphans() -> None:
    """Wait for every process left behind by the last command (its forkserver exits
    when the command has); nothing unless :func:`adopt_orphans` made this process
    their reaper (else it would wait for children that are not the command's)."""
    while _REAPER["on"]:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def copy_db(db_path: Path, to: Path) -> None:
    """The database with any write-ahead log beside it."""
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{to}{suffix}")


def run_analyse(db_path: Path, workers: int) -> dict[str, float]:
    """Run the command on ``db_path``; its wall and CPU seconds (workers included) and
    how many versions it analysed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    command = [sys.executable, "-m", "policywatch", "analyse", "--db", str(db_path)]
    done = subprocess.run(
        [*command, "--workers", str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - start
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    count = _ANALYSED.search(done.stdout)
    if count is None:
        raise SystemExit(f"policywatch analyse said: {done.stdout.strip()!r}")
    return {"wall": wall, "cpu": cpu, "versions": float(count.group(1))}


# What ``policywatch analyse`` writes, in write order; ``analysed_at`` (the clock) left out.
ANALYSIS_QUERIES = {
    "version_analysis": "select version_id, rules from version_analysis order by version_id",
    "section_topics": "select * from section_topics order by id",
    "facts": "select * from facts order by id",
    "stems": "select doc, term from temp.stems_vocabulary order by doc, term",
}


def analysis_rows(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the analyse stage wrote in ``db_path``, per table (the stemmed index's
    terms per section text through an fts5vocab table of this connection only)."""
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    db.execute(
        "create virtual table temp.stems_vocabulary"
        " using fts5vocab(main, section_text_stems_fts, instance)"
    )
    rows = {name: db.execute(sql).fetchall() for name, sql in ANALYSIS_QUERIES.items()}
    db.close()
    return rows


def differing_tables(copies: dict[int, Path]) -> dict[int, list[str]]:
    """Per ``--workers`` value after the first, the tables whose analysis rows differ from
    the first value's (``copies``: each value's analysed database, in that order)."""
    [first, *others] = copies
    expected = analysis_rows(copies[first])
    differing = {}
    for workers in others:
        got = analysis_rows(copies[workers])
        differing[workers] = [table for table in expected if got[table] != expected[table]]
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=120, help="corpus versions stored")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[0, 2], help="values compared")
    parser.add_argument("--frozen", action="store_true", help="also the frozen vendors (timed)")
    args = parser.parse_args()
    if args.versions < 1 or args.rounds < 1 or min(args.workers) < 0:
        parser.error("--versions and --rounds must be 1 or more, --workers 0 or more")
    if not adopt_orphans():
        print("(not Linux: the CPU time printed leaves out the worker processes')")
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        stored = Path(tmp) / "stored.db"
        start = time.process_time()
        outcomes = store(stored, corpus_rows(args.frozen), args.versions)
        print(
            f"stored {outcomes['new_version']} corpus versions through the write path"
            f" ({time.process_time() - start:.1f} s CPU): "
            + ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()))
        )
        runs: dict[int, list[dict[str, float]]] = {n: [] for n in args.workers}
        copies: dict[int, Path] = {}
        for round_, workers in alternating(args.workers, args.rounds):
            copies[workers] = Path(tmp) / f"round{round_}-workers{workers}.db"
            copy_db(stored, copies[workers])
            runs[workers].append(run_analyse(copies[workers], workers))
        differing = differing_tables({n: copies[n] for n in args.workers})
    if any(differing.values()):
        print(f"the analysis differs from --workers {args.workers[0]}'s: {differing}")
        return 1
    counts = {int(r["versions"]) for per in runs.values() for r in per}
    if len(counts) != 1:
        print(f"the runs analysed different numbers of versions: {sorted(counts)}")
        return 1
    [versions] = counts
    cores = os.cpu_count()
    print(
        f"policywatch analyse, {versions} versions, a fresh process each run, fastest of"
        f" {args.rounds} alternating rounds ({cores} cores; load average {load:.1f} before,"
        f" {os.getloadavg()[0]:.1f} after):"
    )
    base = None
    for workers, per in runs.items():
        best = min(per, key=lambda r: r["wall"])
        rate = versions / best["wall"]
        base = base or rate
        print(
            f"  --workers {workers}: {best['wall']:6.2f} s wall, {best['cpu']:6.2f} s CPU:"
            f" {rate:5.1f} versions/s wall, {versions / best['cpu']:5.1f} per CPU second;"
            f" {rate / base:.2f}x --workers {args.workers[0]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
