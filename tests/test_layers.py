"""The layer contracts catch what they name, and no SQL is written outside db/.

``make typecheck`` runs import-linter on the code as it is; these tests give
it code with each regression the contracts exist for, and check that each is
caught by its own contract.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.conftest import REPO

PYPROJECT = REPO / "pyproject.toml"
PACKAGE_DIRS = tomllib.loads(PYPROJECT.read_text())["tool"]["setuptools"]["package-dir"]

# (file, the import added to it, the contract that must break)
REGRESSIONS = [
    (
        "alerts/channels.py",
        "from policywatch.config import ConfigError",
        "The alerts never read the vendors file's loader",
    ),
    (
        "crawler/pipelines.py",
        "import policywatch.commands.common",
        "The crawler and the alerts never import the CLI",
    ),
    ("alerts/delivery.py", "import sqlite3", "Every SQL statement lives in db/"),
    ("policywatch/config.py", "import sqlite_utils", "Every SQL statement lives in db/"),
    ("db/health.py", "import policywatch.recorder", "Layers: the CLI and the edges on top"),
    ("core/model.py", "import sqlite_utils", "The pure core (extraction, diffing, data model)"),
]


def stage(tmp: Path, additions: dict[str, str]) -> Path:
    """The installed layout (``policywatch.<folder>``) of symlinks, with lines added to files."""
    package = tmp / "policywatch"
    for name, folder in PACKAGE_DIRS.items():
        target = package / name.split(".", 1)[1] if "." in name else package
        shutil.copytree(
            REPO / folder,
            target,
            symlinks=True,
            copy_function=os.symlink,
            ignore=shutil.ignore_patterns("__pycache__", "*.db"),
            dirs_exist_ok=True,
        )
    for path, line in additions.items():
        name, rest = path.split("/", 1)
        module = package / rest if name == "policywatch" else package / name / rest
        text = module.read_text()
        module.unlink()
        module.write_text(text + f"\n{line}  # noqa\n")
    return tmp


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    command = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(command), "--config", str(PYPROJECT), "--no-cache"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_each_contract_catches_its_regression(tmp_path: Path) -> None:
    clean = lint_imports(stage(tmp_path / "clean", {}))
    assert clean.returncode == 0, clean.stdout[-3000:]  # the staging itself breaks nothing
    root = stage(tmp_path / "broken", {path: line for path, line, _ in REGRESSIONS})
    result = lint_imports(root)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    for path, line, contract in REGRESSIONS:
        module = line.split()[1]
        assert contract in broken, (contract, result.stdout[-3000:])
        assert module in broken, (path, module)


SQL_CALLS = {"execute", "executemany", "executescript", "query"}


def test_no_sql_statement_outside_db() -> None:
    """A call like ``db.execute("select ...")`` belongs in a db/ module."""
    offenders = []
    for name, folder in PACKAGE_DIRS.items():
        if name == "policywatch.db":
            continue
        for path in sorted((REPO / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in SQL_CALLS
                    and node.args
                    and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)
                ):
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []
