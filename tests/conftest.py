"""Shared fixtures: real local servers, real database files, the real CLI."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

# The dev corpus's one path (its split into tune and frozen vendors is beside it).
from benchmarks.corpus import CORPUS as CORPUS
from policywatch.demo.server import LocalSite

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
DEMO = REPO / "policywatch" / "demo"


def load_script(path: Path, name: str) -> ModuleType:
    """Run the script at ``path`` (a benchmark, a notebook builder) as the module ``name``,
    so a test calls its functions: ``load_script(REPO / "benchmarks/diffing.py",
    "bench_diffing").measure()``."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    """A writable copy of the demo vendor site (the seeds as HTML and PDF)."""
    dest = tmp_path / "site"
    shutil.copytree(DEMO / "site", dest)
    return dest


@pytest.fixture
def local_site(site_dir: Path) -> Iterator[LocalSite]:
    """The demo site served on 127.0.0.1 with ETags; ``.requests`` logs paths."""
    with LocalSite(site_dir) as site:
        yield site


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "policywatch.db"


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 240,
    input_text: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real ``policywatch`` command in a subprocess (Twisted's reactor
    cannot restart in-process, and this is how cron runs it)."""
    full_env = {**os.environ, "POLICYWATCH_ALLOW_NETWORKS": "127.0.0.0/8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "policywatch", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        input=input_text,
    )
