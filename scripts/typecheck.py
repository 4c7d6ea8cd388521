"""Run mypy on the ``policywatch`` package as it installs.

The component folders (crawler/, diffing/, db/, alerts/) sit at the
repository root and install as ``policywatch.<name>`` through the
package-dir mapping in pyproject.toml. mypy cannot follow that mapping, so
this builds ``.typecheck/policywatch`` out of symlinks with the installed
layout and checks that::

    .venv/bin/python scripts/typecheck.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_tree() -> Path:
    mapping = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-dir"
    ]
    stage = ROOT / ".typecheck"
    shutil.rmtree(stage, ignore_errors=True)
    package = stage / "policywatch"
    package.mkdir(parents=True)
    for item in (ROOT / mapping["policywatch"]).iterdir():
        if item.name != "__pycache__":
            (package / item.name).symlink_to(item)
    for name, folder in mapping.items():
        if name != "policywatch":
            (package / name.split(".", 1)[1]).symlink_to(ROOT / folder)
    return stage


def main() -> int:
    stage = build_tree()
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(ROOT / "pyproject.toml"),
        "-p",
        "policywatch",
    ]
    return subprocess.call(cmd, cwd=stage)


if __name__ == "__main__":
    raise SystemExit(main())
