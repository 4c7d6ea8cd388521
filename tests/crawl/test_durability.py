"""A crawl killed with SIGKILL at any moment, then run again, ends where a clean run ends."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

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


def command(db: Path, vendors: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "policywatch",
        "crawl",
        "--db",
        str(db),
        "--vendors",
        str(vendors),
        "--no-alerts",
    ]


ENV = {**os.environ, "POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8"}


def complete(db: Path, vendors: Path) -> None:
    result = subprocess.run(
        command(db, vendors), capture_output=True, text=True, env=ENV, timeout=240
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


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_and_invents_nothing(tmp_path):
    from policywatch.commands.demo import demo_vendors_yaml

    rng = random.Random(os.environ.get("PYTEST_SEED", 8))
    site_dir = tmp_path / "site"
    shutil.copytree(DEMO / "site", site_dir)
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    kills = 0
    with LocalSite(site_dir) as site:
        vendors = tmp_path / "vendors.yaml"
        vendors.write_text(demo_vendors_yaml(site.base_url))
        for state in range(STATES):
            change_site(site_dir, state)
            complete(clean_db, vendors)
            for _ in range(KILLS_PER_STATE):
                process = subprocess.Popen(
                    command(killed_db, vendors),
                    env=ENV,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                time.sleep(rng.uniform(0.3, 6.0))
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    kills += 1
                process.wait()
                if killed_db.exists():
                    history(killed_db)  # integrity after each kill
            complete(killed_db, vendors)
    assert kills >= 10  # most of the 20 landed mid-crawl
    assert history(killed_db) == history(clean_db)
    assert json.dumps(history(clean_db))  # and there is something to compare
    assert len(history(clean_db)) > len(PAGES)
