"""A crawl killed with SIGKILL while it records, then run again, ends where a clean run ends.

The kills land at chosen points, never on a timer that a loaded machine
outruns: ``POLICYWATCH_TEST_KILL_AT=N:before_commit`` makes the crawl kill
itself while it records its N-th document, that document's rows written but
not committed; ``N:after_commit`` just after they are committed. Every
document position and both points are covered.
"""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from benchmarks.crawl_jobs.sites import crawl_command, local_env
from policywatch.crawler.pipelines import KILL_AT_ENV, KILL_PHASES
from policywatch.demo.server import LocalSite
from tests.conftest import DEMO

STATES = 5
KILLS_PER_STATE = 4  # 20 killed crawls in all
PAGES = [
    "fusetools/privacy.html",
    "faveo/personvern.html",
    "nordhost/personvern.html",
    "connectmyapps/privacy-policy.html",
    "fusion/Fusion_Privacy_Policy.pdf",
]


def change_site(site: Path, state: int) -> None:
    """State N: some pages gain a sentence (a real change), the others stay."""
    for i, page in enumerate(PAGES):
        original = (DEMO / "site" / page).read_bytes()
        if page.endswith(".pdf") or (i + state) % 2:
            (site / page).write_bytes(original)  # unchanged or back (a flap)
            continue
        extra = f"<p>Update {state}: we now keep server logs for {10 * state} days.</p>"
        (site / page).write_bytes(original.replace(b"</body>", extra.encode() + b"</body>"))


ENV = local_env()


def complete(db: Path, vendors: Path) -> None:
    result = subprocess.run(
        crawl_command(db, vendors), capture_output=True, text=True, env=ENV, timeout=240
    )
    assert result.returncode == 0, result.stdout + result.stderr


def history(db: Path) -> list[tuple[str, int, str]]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        return conn.execute(
            "select d.url, v.number, v.text_hash from versions v"
            " join documents d on d.id = v.document_id order by d.url, v.number"
        ).fetchall()


# Every (document position, phase), each twice over the 20 kills.
POINTS = [f"{n}:{phase}" for n in range(1, len(PAGES) + 1) for phase in KILL_PHASES]


def kill_points(state: int) -> list[str]:
    """The kills of one state of the site, in turn through :data:`POINTS`."""
    return [POINTS[(state * KILLS_PER_STATE + k) % len(POINTS)] for k in range(KILLS_PER_STATE)]


@pytest.mark.slow
def test_sigkill_at_chosen_moments_loses_and_invents_nothing(tmp_path):
    from policywatch.commands.demo import demo_vendors_yaml

    site_dir = tmp_path / "site"
    shutil.copytree(DEMO / "site", site_dir)
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    points = []
    with LocalSite(site_dir) as site:
        vendors = tmp_path / "vendors.yaml"
        vendors.write_text(demo_vendors_yaml(site.base_url))
        for state in range(STATES):
            change_site(site_dir, state)
            complete(clean_db, vendors)
            for point in kill_points(state):
                result = subprocess.run(
                    crawl_command(killed_db, vendors),
                    env={**ENV, KILL_AT_ENV: point},
                    capture_output=True,
                    timeout=240,
                )
                assert result.returncode == -signal.SIGKILL, (point, result.stderr[-2000:])
                points.append(point)
                history(killed_db)  # integrity after each kill
            complete(killed_db, vendors)
    assert len(points) == STATES * KILLS_PER_STATE
    assert set(points) == set(POINTS)
    assert history(killed_db) == history(clean_db)
    assert json.dumps(history(clean_db))  # and there is something to compare
    assert len(history(clean_db)) > len(PAGES)
