"""A team's database, built the way a team builds one, for the review tests.

The demo site is served on 127.0.0.1 and crawled twice by the real CLI with
a vendors file that gives tags, owners, contract dates and an e-mail channel
(a real aiosmtpd server): Faveo's document is declared a DPA signed on
2024-01-15 with a 30-day objection window, and between the crawls its
retention period changes from 14 to 180 days (material). Fusetools' edit is
cosmetic.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from policywatch.demo.server import LocalSite
from tests.alerts.servers import SMTPSink
from tests.conftest import DEMO, run_cli

SIGNED = "2024-01-15"
NOTICE_DAYS = 30


@dataclass
class Team:
    db: Path
    vendors: Path
    config: dict[str, Any]
    mails: list[Any]
    faveo_change: int
    fusetools_change: int
    faveo_document: int


def vendors_config(base: str, smtp_port: int) -> dict[str, Any]:
    return {
        "vendors": [
            {
                "name": "Faveo Helpdesk",
                "slug": "faveo",
                "tags": ["tier-1", "helpdesk"],
                "owner": "Ana Berg",
                "signed": SIGNED,
                "notice_days": NOTICE_DAYS,
                "documents": [{"url": f"{base}/faveo/personvern.html", "type": "dpa"}],
            },
            {
                "name": "Fusetools AS",
                "slug": "fusetools",
                "tags": ["tier-2"],
                "documents": [{"url": f"{base}/fusetools/privacy.html"}],
            },
        ],
        "crawl": {"allow_networks": ["127.0.0.0/8"]},
        "alerts": [
            {
                "type": "email",
                "when": "material",
                "to": ["privacy@example.com"],
                "from": "policywatch@example.com",
                "smtp_host": "127.0.0.1",
                "smtp_port": smtp_port,
            }
        ],
    }


def crawl(db: Path, vendors: Path) -> None:
    # The demo has no DPA: Faveo's privacy policy stands in for one, so it is taken as
    # a person who checked it would take it (it does not read as a DPA).
    result = run_cli("crawl", "--db", str(db), "--vendors", str(vendors), "--accept-change")
    assert result.returncode == 0, result.stdout + result.stderr


def build_team(tmp: Path) -> Iterator[Team]:
    site = tmp / "site"
    shutil.copytree(DEMO / "site", site)
    db = tmp / "team.db"
    with SMTPSink() as smtp, LocalSite(site) as server:
        config = vendors_config(server.base_url, smtp.port)
        vendors = tmp / "vendors.yaml"
        vendors.write_text(json.dumps(config), encoding="utf-8")
        crawl(db, vendors)
        for page in (DEMO / "changed").iterdir():
            shutil.copyfile(page, site / page.name.replace("__", "/"))
        crawl(db, vendors)
        import sqlite3

        conn = sqlite3.connect(db)
        one = conn.execute
        sql = (
            "select c.id, d.id from changes c join documents d on d.id = c.document_id"
            " join vendors v on v.id = d.vendor_id where v.slug = ?"
        )
        faveo_change, faveo_document = one(sql, ["faveo"]).fetchone()
        fusetools_change = one(sql, ["fusetools"]).fetchone()[0]
        conn.close()
        yield Team(
            db, vendors, config, smtp.messages, faveo_change, fusetools_change, faveo_document
        )


@pytest.fixture(scope="module")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """Built once per module; tests that write use :func:`team` (a copy)."""
    yield from build_team(tmp_path_factory.mktemp("team"))


@pytest.fixture
def team(team_template: Team, tmp_path: Path) -> Team:
    """A private copy of the team's database (SQLite's backup API, WAL included)."""
    import sqlite3

    copy = tmp_path / "team.db"
    source = sqlite3.connect(team_template.db)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    return Team(**{**team_template.__dict__, "db": copy})


def cli(*args: str, db: Path, stdin: str | None = None) -> Any:
    """Run the real CLI against ``db``; optional text on standard input."""
    if stdin is None:
        return run_cli(*args, "--db", str(db))
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "policywatch", *args, "--db", str(db)],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=120,
    )
