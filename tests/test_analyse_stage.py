"""``policywatch analyse`` killed at any moment keeps what it finished, and the
next run does the rest: each version's topics and facts commit together."""

from __future__ import annotations

import json
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlite_utils

from policywatch.core.model import ExtractedDocument, Section
from policywatch.db import open_db
from policywatch.db.analysis import analyse_version, pending_analysis
from policywatch.db.versions import load_version
from policywatch.recorder.analysis import analyse_pending, analysis_of, document_tasks
from tests.conftest import run_cli
from tests.db.test_pending_analysis import interleaved_db
from tests.test_parallel_crawl import PAGE

DOCS = 30


def crawled_db(tmp_path: Path) -> Path:
    from policywatch.demo.server import LocalSite

    site_dir = tmp_path / "site"
    for i in range(DOCS):
        page = site_dir / f"v{i}" / "privacy.html"
        page.parent.mkdir(parents=True)
        # Long pages, so that analysing all of them takes a while.
        body = PAGE.format(i=i + 1, day=i % 28 + 1)
        filler = "<p>We keep invoices for 5 years and share them with our auditors.</p>" * 300
        page.write_text(body.replace("</main>", filler + "</main>"), encoding="utf-8")
    db_path = tmp_path / "analyse.db"
    with LocalSite(site_dir) as site:
        vendors = {
            "vendors": [
                {"name": f"Vendor {i}", "documents": [{"url": site.url(f"v{i}/privacy.html")}]}
                for i in range(DOCS)
            ]
        }
        (tmp_path / "vendors.yaml").write_text(json.dumps(vendors), encoding="utf-8")
        vendors_file = str(tmp_path / "vendors.yaml")
        result = run_cli(
            "crawl", "--db", str(db_path), "--vendors", vendors_file, "--no-alerts", "-v"
        )
        assert result.returncode == 0, result.stderr
        # The crawl says what is left to do.
        assert "Run 'policywatch analyse'" in result.stdout
    return db_path


def analysed(db_path: Path) -> int:
    db = sqlite_utils.Database(db_path)
    return int(db.execute("select count(*) from version_analysis").fetchone()[0])


def test_killed_analyse_keeps_whole_versions_and_resumes(tmp_path: Path) -> None:
    db_path = crawled_db(tmp_path)
    assert analysed(db_path) == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "policywatch", "analyse", "--db", str(db_path), "--workers", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while analysed(db_path) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    done = analysed(db_path)
    assert 2 <= done < DOCS, done

    # Every version marked analysed has all its facts, exactly as computed afresh.
    db = sqlite_utils.Database(db_path)
    for row in db.query("select version_id from version_analysis"):
        version_id = row["version_id"]
        expected = {
            (f.kind, f.normalised) for f in analyse_version(load_version(db, version_id)).facts
        }
        stored = {
            (r["kind"], r["normalised"])
            for r in db.query(
                "select kind, normalised from facts where version_id = ?", [version_id]
            )
        }
        assert stored == expected and expected
    # Nothing half-written for the others.
    orphans = db.execute(
        "select count(*) from facts"
        " where version_id not in (select version_id from version_analysis)"
    ).fetchone()[0]
    assert orphans == 0

    rest = run_cli("analyse", "--db", str(db_path))
    assert rest.returncode == 0, rest.stderr
    assert f"Analysed {DOCS - done} versions" in rest.stdout
    assert analysed(db_path) == DOCS


def test_missing_database_is_named_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    result = run_cli("analyse", "--db", str(missing))
    assert result.returncode == 2
    assert str(missing) in result.stderr and "--db" in result.stderr
    assert not missing.exists()


def test_a_worker_sends_back_the_analysis_not_the_document() -> None:
    filler = "This paragraph describes the menu of the website and its colours. " * 200
    doc = ExtractedDocument(
        text="",
        language="en",
        sections=[
            Section(2, "Retention", "We keep invoices for 5 years."),
            Section(2, "About this page", filler),
        ],
    )
    doc.text = "\n\n".join(f"## {s.heading}\n\n{s.text}" for s in doc.sections)
    version_id, analysis = analysis_of((7, doc))
    assert version_id == 7
    assert analysis == analyse_version(doc) and analysis.facts
    # What crosses back to the writing process is a fraction of the document.
    assert len(pickle.dumps((version_id, analysis))) < len(pickle.dumps(doc)) / 4


# Run in a process of its own: the forkserver is one per process, and importing
# the preload module freezes that process's garbage collector.
WORKER_STATE = """
import json
from policywatch.recorder.analysis import analysis_pool
from policywatch.recorder.analysis_preload import warm_up

state = "sorted(__import__('sys').modules), __import__('gc').get_freeze_count()"
with analysis_pool(1) as pool:
    modules, frozen = pool.submit(eval, state).result()
kinds = sorted({f.kind for f in warm_up().facts})
print(json.dumps({"modules": modules, "frozen": frozen, "kinds": kinds}))
"""


def test_workers_start_from_a_forkserver_that_imported_and_warmed_the_analysis() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WORKER_STATE], capture_output=True, text=True, check=True
    )
    worker = json.loads(done.stdout)
    # A fresh worker already holds what analyse_version runs, from the forkserver...
    assert {"policywatch.recorder.analysis_preload", "policywatch.diffing.facts"} <= set(
        worker["modules"]
    )
    # ...whose objects its garbage collector leaves alone (so their pages stay shared).
    assert worker["frozen"] > 0
    # The warm-up document reaches the readers of many kinds of fact, not one.
    assert len(worker["kinds"]) >= 8, worker["kinds"]


def test_a_documents_versions_go_out_together_in_bounded_tasks(tmp_path: Path) -> None:
    docs, versions = interleaved_db(tmp_path / "tasks.db")
    pending = pending_analysis(open_db(tmp_path / "tasks.db"))
    (acme_first, acme_second), (bolt_first, bolt_second) = versions["acme"], versions["bolt"]
    # One task per document (a task is analysed by one worker), current version first.
    assert list(document_tasks(pending)) == [[acme_first, acme_second], [bolt_second, bolt_first]]
    # A document with more versions than a task holds goes out in several, in order...
    many = [(version_id, docs["acme"]) for version_id in range(1, 6)]
    assert list(document_tasks(many, size=2)) == [[1, 2], [3, 4], [5]]
    # ...and versions of one document apart in the list are never one task.
    apart = [(1, docs["acme"]), (2, docs["bolt"]), (3, docs["acme"])]
    assert list(document_tasks(apart)) == [[1], [2], [3]]


def written_analysis(db_path: Path) -> list[list[tuple[object, ...]]]:
    db = sqlite_utils.Database(db_path)
    return [
        db.execute(sql).fetchall()
        for sql in (
            "select version_id, rules from version_analysis order by version_id",
            "select * from section_topics order by id",
            "select * from facts order by id",
        )
    ]


def test_workers_write_what_one_process_writes_task_by_task(tmp_path: Path) -> None:
    alone, shared = tmp_path / "alone.db", tmp_path / "shared.db"
    interleaved_db(alone)
    interleaved_db(shared)
    assert analyse_pending(open_db(alone), workers=0) == 4
    assert analyse_pending(open_db(shared), workers=2) == 4
    assert written_analysis(alone) == written_analysis(shared)
    assert written_analysis(alone)[2]  # facts were read, not nothing compared to nothing
