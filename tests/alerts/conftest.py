"""Fixtures for the alert tests: a database with real changes, real receivers.

Changes are made by the real recorder from the demo site's pages and their
edited copies (``policywatch/demo/changed``): Fusetools' punctuation edit
(cosmetic) and Faveo's retention period 14 → 180 days.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from policywatch.config import Config, load_vendors_file
from policywatch.core.model import FetchResult
from policywatch.db import open_db, utcnow
from policywatch.db.catalog import sync_vendors
from policywatch.recorder import record
from tests.alerts.servers import Receiver, SMTPSink
from tests.conftest import DEMO

PAGES = {"fusetools": "fusetools/privacy.html", "faveo": "faveo/personvern.html"}
BASE_URL = "http://127.0.0.1:8001"

VENDORS = """\
vendors:
  - name: Fusetools AS
    slug: fusetools
    tags: [devtools]
    documents:
      - url: http://127.0.0.1:9/fusetools/privacy.html
  - name: Faveo Helpdesk
    slug: faveo
    tags: [helpdesk]
    documents:
      - url: http://127.0.0.1:9/faveo/personvern.html
"""


def write_vendors(tmp_path: Path, alerts_yaml: str) -> Path:
    """The two demo vendors plus an ``alerts:`` block (YAML, indented as given)."""
    path = tmp_path / "vendors.yaml"
    path.write_text(VENDORS + "alerts:\n" + textwrap.indent(textwrap.dedent(alerts_yaml), "  "))
    return path


def setup_db(db_path: Path, vendors_file: Path) -> tuple[Database, Config]:
    config = load_vendors_file(vendors_file)
    db = open_db(db_path)
    sync_vendors(db, config)
    return db, config


def record_change(db: Database, slug: str, channels: list[Any]) -> int:
    """Fetch the original page, then the changed one, through the real recorder."""
    doc = next(
        db.query(
            "select d.* from documents d join vendors v on v.id = d.vendor_id where v.slug = ?",
            [slug],
        )
    )
    page = PAGES[slug]
    return record_bodies(
        db,
        doc,
        [
            (DEMO / "site" / page).read_bytes(),
            (DEMO / "changed" / page.replace("/", "__")).read_bytes(),
        ],
        channels,
    )


def record_bodies(
    db: Database,
    doc: dict[str, Any],
    bodies: list[bytes],
    channels: list[Any],
    content_type: str = "text/html; charset=utf-8",
) -> int:
    """Record each body in turn as a fetch of ``doc``; the id of the last one's change."""
    change_id = None
    for body in bodies:
        result = FetchResult(
            document_id=doc["id"],
            url=doc["url"],
            started_at=utcnow(),
            final_url=doc["url"],
            status=200,
            body=body,
            content_type=content_type,
        )
        change_id = record(db, result, channels=channels).change_id
    assert change_id is not None
    return change_id


def alert_rows(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("select * from alerts order by id")]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as r:
        yield r


@pytest.fixture
def smtp() -> Iterator[SMTPSink]:
    with SMTPSink() as s:
        yield s
