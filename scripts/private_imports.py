"""Underscore names one of our modules takes from another: a private name used as public.

    .venv/bin/python scripts/private_imports.py          # prints them, exits 1 if any

Reads every tracked ``.py`` file's syntax tree (single- and multi-line
``from X import _name``, relative imports too) where ``X`` is ours
(``policywatch.*``, ``benchmarks``, ``tests``, ``scripts``). Such a name
should be made public (with a docstring) or its user moved next to it.
``--attributes`` also lists ``module._name`` reads of a module imported by
name (tests poking at internals), which are reported, not failed on.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OURS = ("policywatch", "benchmarks", "tests", "scripts")


def _ours(module: str) -> bool:
    return module.split(".")[0] in OURS


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def module_of(path: Path, root: Path = ROOT) -> str:
    """The dotted name ``path`` imports as (root folders install as ``policywatch.<name>``)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    if parts[0] in ("benchmarks", "tests", "scripts", "policywatch"):
        return ".".join(parts)
    return ".".join(["policywatch", *parts])


def python_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [ROOT / name for name in listed]


def private_imports(path: Path, root: Path = ROOT) -> list[str]:
    """``file:line: from module import _name`` for each underscore name ``path`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_of(path, root).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        module = node.module or ""
        if node.level:  # relative: from the package, up level - 1
            base = package[: len(package) - node.level + 1]
            module = ".".join([*base, *([module] if module else [])])
        if not _ours(module):
            continue
        rel = path.relative_to(root)
        found += [
            f"{rel}:{node.lineno}: from {module} import {alias.name}"
            for alias in node.names
            if _private(alias.name)
        ]
    return found


def private_attributes(path: Path) -> list[str]:
    """``file:line: alias._name (module)`` for each underscore attribute read of our modules."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _ours(alias.name):
                    aliases[alias.asname or alias.name.split(".")[0]] = alias.name
        elif isinstance(node, ast.ImportFrom) and _ours(node.module or ""):
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    rel = path.relative_to(ROOT)
    return [
        f"{rel}:{node.lineno}: {node.value.id}.{node.attr} ({aliases[node.value.id]})"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and _private(node.attr)
        and isinstance(node.value, ast.Name)
        and node.value.id in aliases
    ]


def main(argv: list[str]) -> int:
    files = python_files()
    imports = [line for path in files for line in private_imports(path)]
    print("\n".join(imports) or "no underscore name is imported from another module")
    if "--attributes" in argv:
        print("\n".join(line for path in files for line in private_attributes(path)))
    return 1 if imports else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
