"""Fixtures for the rendering tests: real headless Chromium, real local servers, real crawls.

Debian's ``chromium`` renders the pages (``make test`` installs it). Without
it these tests skip, unless ``POLICYWATCH_REQUIRE_BROWSER=1`` (CI) says they
must run, and then they fail.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from policywatch.crawler.browser import chromium_path
from tests.crawl.conftest import CRAWL_SETTINGS
from tests.crawl.faulty_server import FaultyServer

if chromium_path() is None:
    REASON = "needs Debian's chromium (apt-get install chromium)"
    if os.environ.get("POLICYWATCH_REQUIRE_BROWSER") == "1":
        raise RuntimeError(REASON + "; POLICYWATCH_REQUIRE_BROWSER=1 says it must run")
    pytest.skip(REASON, allow_module_level=True)

# The browser takes a few seconds to start on a loaded machine.
RENDER_SETTINGS = {**CRAWL_SETTINGS, "timeout": "20s"}


def write_vendors(
    path: Path, server: FaultyServer, docs: list[dict[str, Any]], **crawl: Any
) -> Path:
    """A vendors file with one vendor and these documents (paths made into URLs)."""
    documents = [{**d, "url": server.url(d["url"])} for d in docs]
    path.write_text(
        json.dumps(
            {
                "vendors": [{"name": "Acme", "slug": "acme", "documents": documents}],
                "crawl": {**RENDER_SETTINGS, **crawl},
            }
        )
    )
    return path
