"""Fixtures for the web tests: one real database, Datasette's client, a real server.

The database is built once per session the way a user builds one: the real
``policywatch demo --no-serve`` (five vendors, one material change), then the
real crawl of a hostile vendor served from 127.0.0.1 whose policy text is
full of ``<script>``, ``onerror`` and ``javascript:`` (see ``hostile/``).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from policywatch.demo.server import LocalSite
from tests.conftest import run_cli

HOSTILE = Path(__file__).parent / "hostile"
# The vendor name is hostile too: it is shown on every page about the vendor.
HOSTILE_NAME = "Acme <script>window.pwned=5</script> Cloud"


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The real ``policywatch demo --no-serve``: its database, and what it printed."""
    db = tmp_path_factory.mktemp("web") / "policywatch.db"
    demo = run_cli("demo", "--db", str(db), "--no-serve")
    assert demo.returncode == 0, demo.stdout + demo.stderr
    return db, demo


@pytest.fixture(scope="session")
def web_db(demo_run: tuple[Path, Any]) -> Path:
    """A real policywatch database: the demo vendors plus the hostile one, two versions each."""
    db = demo_run[0]
    tmp = db.parent
    site = tmp / "site"
    (site / "acme").mkdir(parents=True)
    shutil.copyfile(HOSTILE / "v1.html", site / "acme" / "privacy.html")
    with LocalSite(site) as server:
        vendors = tmp / "vendors.yaml"
        config = {
            "vendors": [
                {
                    "name": HOSTILE_NAME,
                    "slug": "acme",
                    "documents": [
                        {"url": server.url("acme/privacy.html"), "type": "privacy_policy"}
                    ],
                }
            ],
            "crawl": {"allow_networks": ["127.0.0.0/8"]},
        }
        vendors.write_text(json.dumps(config), encoding="utf-8")
        for version in ("v1.html", "v2.html"):
            shutil.copyfile(HOSTILE / version, site / "acme" / "privacy.html")
            crawl = run_cli(
                "crawl",
                "--db",
                str(db),
                "--vendors",
                str(vendors),
                "--vendor",
                "acme",
                "--no-alerts",
            )
            assert crawl.returncode == 0, crawl.stdout + crawl.stderr
    return db


@pytest.fixture(scope="session")
def ids(web_db: Path) -> dict[str, int]:
    """Ids of the rows the tests look at, read from the file with plain sqlite3."""
    import sqlite3

    conn = sqlite3.connect(web_db)

    def one(sql: str) -> int:
        row = conn.execute(sql).fetchone()
        assert row is not None, sql
        return int(row[0])

    change_sql = (
        "select c.id from changes c join documents d on d.id = c.document_id"
        " join vendors v on v.id = d.vendor_id where v.slug = '{}' and c.verdict = '{}'"
    )
    found = {
        "faveo_change": one(change_sql.format("faveo", "material")),
        "fusetools_change": one(change_sql.format("fusetools", "cosmetic")),
        "hostile_change": one(change_sql.format("acme", "material")),
        "hostile_document": one(
            "select d.id from documents d join vendors v on v.id = d.vendor_id"
            " where v.slug = 'acme'"
        ),
        "faveo_document": one(
            "select d.id from documents d join vendors v on v.id = d.vendor_id"
            " where v.slug = 'faveo'"
        ),
    }
    conn.close()
    return found


class Client:
    """Datasette's own test client (``ds.client``), called from plain sync tests."""

    def __init__(self, db_path: Path) -> None:
        from policywatch.db.web import make_datasette

        self.ds = make_datasette(str(db_path))
        self.db_name = db_path.stem

    def get(self, path: str) -> httpx.Response:
        response: httpx.Response = asyncio.run(self.ds.client.get(path))
        return response

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        response: httpx.Response = asyncio.run(self.ds.client.post(path, **kwargs))
        return response


@pytest.fixture(scope="session")
def client(web_db: Path) -> Client:
    return Client(web_db)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_serve(db: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    """Start the real ``policywatch serve`` and wait until it answers; return it and its URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "policywatch", "serve", "--db", str(db), "--port", str(port), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=5):
                return process, base
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                out, err = process.communicate()
                pytest.fail(f"policywatch serve did not answer:\n{out}\n{err}")
            time.sleep(0.2)


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    process.terminate()
    try:
        return process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()


@pytest.fixture(scope="session")
def server(web_db: Path) -> Iterator[str]:
    """Base URL of the real ``policywatch serve`` on a free port of 127.0.0.1."""
    process, base = start_serve(web_db)
    yield base
    stop(process)
