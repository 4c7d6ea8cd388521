"""Topics + facts per corpus document: this code against another commit's, side by side.

    .venv/bin/python benchmarks/topics_speed.py c06a638             # 2 rounds
    .venv/bin/python benchmarks/topics_speed.py integration --rounds 3
    .venv/bin/python benchmarks/topics_speed.py HEAD --documents 20  # a quick look

On a shared machine one timing says little, and two taken at different
moments less. So a detached worktree of the other commit is made in a
temporary folder (removed after), and each round runs one fresh process per
code, in alternating order, each timing every Markdown version of the dev
corpus as ``benchmarks/compare.py`` does (extraction not included), in CPU
time (other processes' load matters less than in wall time). Per document
the fastest of the rounds is kept; printed: the median per document of all
versions and of each document's first version (which no earlier version's
paragraphs help), topics and facts apart, and the ratio this / other.
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.metadata
import importlib.util
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


class Folders(importlib.abc.MetaPathFinder):
    """Imports ``policywatch.*`` from another checkout's folders (pyproject's package-dir)."""

    def __init__(self, root: Path) -> None:
        table = tomllib.loads((root / "pyproject.toml").read_text())
        dirs = table["tool"]["setuptools"]["package-dir"]
        self.folders = {name: root / folder for name, folder in dirs.items()}

    def find_spec(
        self, fullname: str, path: Any = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        folder = self.folders.get(fullname)
        if folder is None:
            return None
        return importlib.util.spec_from_file_location(
            fullname, folder / "__init__.py", submodule_search_locations=[str(folder)]
        )


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pinned(root: Path) -> set[str]:
    lines = (root / "constraints.txt").read_text().splitlines()
    return {_normalised(line.split("==")[0]) for line in lines if "==" in line}


class Unpinned(importlib.abc.MetaPathFinder):
    """Hides the installed packages this checkout pins and ``root``'s does not.

    The other commit runs in this virtualenv: a dependency this branch adds
    (a faster implementation another library picks up when installed) must
    not speed the other code up too.
    """

    def __init__(self, root: Path) -> None:
        added = _pinned(REPO) - _pinned(root)
        self.hidden = {
            module
            for module, dists in importlib.metadata.packages_distributions().items()
            if any(_normalised(d) in added for d in dists)
        }

    def find_spec(
        self, fullname: str, path: Any = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.partition(".")[0] in self.hidden:
            raise ModuleNotFoundError(f"{fullname} is not pinned by the code measured")
        return None


def child(root: Path, documents: int | None) -> None:
    """Time the code at ``root``; print one JSON line of per-document CPU milliseconds."""
    sys.meta_path.insert(0, Unpinned(root))
    sys.meta_path.insert(1, Folders(root))
    # compare.py imports the training script, which imports names older commits
    # lack (c06a638 has no topics.document_features); the timing loop uses none of it.
    sys.modules.setdefault("benchmarks.train_topics", ModuleType("benchmarks.train_topics"))
    from benchmarks.compare import document_times
    from policywatch.diffing import topics

    assert Path(topics.__file__ or "").is_relative_to(root)  # not the installed code
    ids, topics_ms, facts_ms = document_times(time.process_time, documents)
    print(json.dumps({"ids": ids, "topics": topics_ms, "facts": facts_ms}))


def _run(root: Path, documents: int | None) -> dict[str, Any]:
    limit = ["--documents", str(documents)] if documents else []
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(root), *limit],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _medians(runs: list[dict[str, Any]]) -> dict[str, float]:
    """Per document the fastest run; medians over all versions and over first versions."""
    from benchmarks.compare import first_versions  # here: it imports the product

    ids = runs[0]["ids"]
    topics = [min(r["topics"][n] for r in runs) for n in range(len(ids))]
    facts = [min(r["facts"][n] for r in runs) for n in range(len(ids))]
    first = first_versions(ids)
    return {
        "all": statistics.median(t + f for t, f in zip(topics, facts, strict=True)),
        "topics": statistics.median(topics),
        "facts": statistics.median(facts),
        "first": statistics.median(topics[n] + facts[n] for n in first),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", nargs="?", help="the commit to compare with (a git revision)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--documents", type=int, help="only the first N versions")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.documents)
        return
    if not args.other:
        parser.error("name the commit to compare with, e.g. c06a638")
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "other"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(other), args.other],
            check=True,
            capture_output=True,
        )
        try:
            runs: dict[Path, list[dict[str, Any]]] = {REPO: [], other: []}
            for n in range(args.rounds):
                for root in (REPO, other) if n % 2 == 0 else (other, REPO):
                    runs[root].append(_run(root, args.documents))
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(other)],
                check=True,
            )
    this, then = _medians(runs[REPO]), _medians(runs[other])
    print(f"CPU ms per document, fastest of {args.rounds} alternating rounds:")
    for label, m in ((args.other, then), ("this code", this)):
        print(
            f"  {label:12} median {m['all']:6.1f} (topics {m['topics']:5.1f}, "
            f"facts {m['facts']:5.1f}); first versions {m['first']:6.1f}"
        )
    print(
        f"  ratio this / {args.other}: {this['all'] / then['all']:.2f} all versions, "
        f"{this['first'] / then['first']:.2f} first versions"
    )


if __name__ == "__main__":
    main()
