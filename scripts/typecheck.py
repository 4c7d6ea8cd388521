"""Run mypy and the import-linter layer contracts on ``policywatch`` as it installs.

The component folders (crawler/, diffing/, db/, alerts/) sit at the
repository root and install as ``policywatch.<name>`` through the
package-dir mapping in pyproject.toml. mypy cannot follow that mapping, so
this builds ``.typecheck/policywatch`` out of symlinks with the installed
layout and checks that (types with mypy, then the layer contracts of
``[tool.importlinter]`` in pyproject.toml with lint-imports)::

    .venv/bin/python scripts/typecheck.py
"""

from __future__ import annotations

import os
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
    config = str(ROOT / "pyproject.toml")
    mypy = [sys.executable, "-m", "mypy", "--config-file", config, "-p", "policywatch"]
    if subprocess.call(mypy, cwd=stage):
        return 1
    lint_imports = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(stage)}
    return subprocess.call(
        [str(lint_imports), "--config", config, "--no-cache"], cwd=stage, env=env
    )


if __name__ == "__main__":
    raise SystemExit(main())
