"""Fixtures for the crawl tests: a misbehaving server and a database crawled once."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from tests.conftest import DEMO, run_cli
from tests.crawl.faulty_server import FaultyServer, page

POLICY_A = (DEMO / "site" / "faveo" / "personvern.html").read_bytes()
POLICY_B = (DEMO / "changed" / "faveo__personvern.html").read_bytes()
PDF = (DEMO / "site" / "fusion" / "Fusion_Privacy_Policy.pdf").read_bytes()

# Short timeouts and one retry keep the matrix fast; the behaviour is the same.
CRAWL_SETTINGS = {
    "allow_networks": ["127.0.0.0/8"],
    "timeout": "2s",
    "retries": 1,
    "retry_after_max": "5s",
}
# A channel that wants every change, so a false change would leave an alert row.
HOOK = {"type": "webhook", "name": "hook", "url": "http://127.0.0.1:9/hook", "when": "any"}


def healthy(server: FaultyServer) -> None:
    server.routes = {"/robots.txt": server.routes["/robots.txt"]}
    server.route("/robots.txt", page(b"User-agent: *\nAllow: /\n", ctype="text/plain"))
    server.route("/policy", page(POLICY_A))
    server.route("/terms.pdf", page(PDF, ctype="application/pdf"))


def vendors_yaml(server: FaultyServer, **crawl: Any) -> str:
    return json.dumps(
        {
            "vendors": [
                {
                    "name": "Faveo",
                    "slug": "faveo",
                    "documents": [
                        {"url": server.url("/policy")},
                        # The PDF is a privacy policy ("is it a policy?" checks the type).
                        {"url": server.url("/terms.pdf"), "type": "privacy_policy"},
                    ],
                }
            ],
            "crawl": {**CRAWL_SETTINGS, **crawl},
            "alerts": [HOOK],
        }
    )


def crawl(db: Path, vendors: Path, *args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    args = ("--db", str(db), "--vendors", str(vendors), "--no-alerts", *args)
    result = run_cli("crawl", *args, **kw)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return result


def query(db: Path, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in sqlite_utils.Database(db).query(sql, params or [])]


def scalar(db: Path, sql: str, params: list[Any] | None = None) -> Any:
    return sqlite_utils.Database(db).execute(sql, params or []).fetchone()[0]


def last_fetch(db: Path, document: int) -> dict[str, Any]:
    sql = "select * from fetches where document_id = ? order by id desc limit 1"
    return query(db, sql, [document])[0]


def document_id(db: Path, path: str) -> int:
    return int(scalar(db, "select id from documents where url like ?", [f"%{path}"]))


@pytest.fixture(scope="module")
def server() -> Iterator[FaultyServer]:
    with FaultyServer() as s:
        healthy(s)
        yield s


@pytest.fixture(scope="module")
def crawled_once(server: FaultyServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database after one healthy crawl (copied per test: crawls are slow to start)."""
    folder = tmp_path_factory.mktemp("template")
    vendors = folder / "vendors.yaml"
    vendors.write_text(vendors_yaml(server))
    db = folder / "policywatch.db"
    result = crawl(db, vendors)
    assert result.returncode == 0, result.stderr
    assert scalar(db, "select count(*) from versions") == 2
    return db


@pytest.fixture
def setup(
    server: FaultyServer, crawled_once: Path, tmp_path: Path
) -> Iterator[tuple[FaultyServer, Path, Path]]:
    """(server reset to healthy, a fresh copy of the crawled database, vendors file)."""
    healthy(server)
    db = tmp_path / "policywatch.db"
    for suffix in ("", "-wal"):
        source = Path(f"{crawled_once}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{db}{suffix}")
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(vendors_yaml(server))
    server.log.clear()
    yield server, db, vendors
    healthy(server)
