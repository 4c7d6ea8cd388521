"""Another commit's code beside this one's, for benchmarks that time both side by side.

    from benchmarks.other_commit import alternating, checked_out, import_from, run_child

    with checked_out("integration", Path(tmp)) as other:     # a detached worktree
        for _, root in alternating([REPO, other], rounds=3):  # REPO, other; other, REPO; ...
            result = run_child(__file__, ["--child", str(root)])  # JSON it printed last

    def child(root):  # in the child process, before anything imports the product
        import_from(root)

On a shared machine one timing says little, and two taken at different
moments less: so each round runs one fresh process per code, the order
alternating. The other commit is checked out in a temporary detached
worktree (removed after, whatever happens); a child process imports
``policywatch.*`` from the folders of the code it measures
(:class:`Folders`), in this virtualenv, hiding what this checkout pins and
the other does not (:class:`Unpinned`). ``benchmarks/first_run.py`` and
``benchmarks/topics_speed.py`` use it.
"""

from __future__ import annotations

import importlib.abc
import importlib.metadata
import importlib.util
import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]

T = TypeVar("T")


@contextmanager
def checked_out(revision: str, under: Path) -> Iterator[Path]:
    """``revision`` checked out (detached) in the new folder ``under/other``, removed after."""
    other = under / "other"
    subprocess.run(
        ["git", "-C", str(REPO), "worktree", "add", "--detach", str(other), revision],
        check=True,
        capture_output=True,
    )
    try:
        yield other
    finally:
        # Not check=True: a failed removal must not hide the error that ended the run;
        # prune drops the entry of a folder that is already gone (a killed run).
        git = ["git", "-C", str(REPO), "worktree"]
        subprocess.run([*git, "remove", "--force", str(other)], check=False, capture_output=True)
        subprocess.run([*git, "prune"], check=False, capture_output=True)


def alternating(items: Sequence[T], rounds: int) -> Iterator[tuple[int, T]]:
    """``(round, item)``: every item once per round, in reverse order every other round.

    >>> [item for _, item in alternating(["this", "other"], rounds=2)]
    ['this', 'other', 'other', 'this']
    """
    for n in range(rounds):
        for item in items if n % 2 == 0 else items[::-1]:
            yield n, item


def run_child(script: str, args: list[str], env: dict[str, str] | None = None) -> Any:
    """Run ``script`` with ``args`` in a fresh process of this interpreter; what its last
    line of output says, read as JSON (the child prints its measures so)."""
    out = subprocess.run(
        [sys.executable, script, *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def import_from(root: Path) -> None:
    """Import ``policywatch.*`` from ``root``'s folders from now on (a child process's
    first step), without the packages only this checkout pins."""
    sys.meta_path.insert(0, Unpinned(root))
    sys.meta_path.insert(1, Folders(root))


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
