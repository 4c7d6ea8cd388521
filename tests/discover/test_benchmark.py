"""The discovery benchmark holds its floors (benchmarks/discover.py FLOORS): per-type
precision and recall on the generated sites, page types on the dev corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import discover as bench
from benchmarks.corpus import CORPUS

REPO = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/dev not beside the repo"),
]


def test_discovery_benchmark_holds_its_floors():
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "discover.py"), "--json", "--alone", "0"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    sites, pages = figures["sites"], figures["pages"]
    assert sites["sites"] >= 20 and len(sites["languages"]) >= 4
    assert round(sites["precision"], 3) >= bench.FLOORS["precision"], sites["per_type"]
    assert round(sites["recall"], 3) >= bench.FLOORS["recall"], sites["per_type"]
    assert round(pages["tune"], 3) >= bench.FLOORS["pages_tune"], pages
    assert round(pages["frozen"], 3) >= bench.FLOORS["pages_frozen"], pages
