"""The install is quiet and complete: a real wheel build of a copy of this checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Data that must ship: (folder in the repository, where it installs).
DATA = [
    (REPO / "policywatch" / "demo" / "site", "policywatch/demo/site"),
    (REPO / "policywatch" / "demo" / "changed", "policywatch/demo/changed"),
    (REPO / "db" / "templates", "policywatch/db/templates"),
    (REPO / "db" / "static", "policywatch/db/static"),
]
NOT_SOURCE = shutil.ignore_patterns(
    ".venv", ".git", "__pycache__", ".typecheck", "*.egg-info", "build", "dist", "*.db*", ".*cache"
)


@pytest.mark.slow
def test_building_the_package_prints_no_warning_and_ships_its_data(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(wheels), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    output = build.stdout + build.stderr
    # setuptools warned 'Package would be ignored' once per data folder.
    assert "would be ignored" not in output and "Warning" not in output, output
    (wheel,) = wheels.glob("policywatch-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"{target}/{path.relative_to(folder).as_posix()}"
        for folder, target in DATA
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    expected |= {"policywatch/db/metadata.yaml", "policywatch/py.typed"}
    assert expected - shipped == set()
    # The data folders are data, not packages: no stray modules came with them.
    assert not any(name.endswith("__init__.py") and "/site/" in name for name in shipped)
