"""benchmarks/other_commit.py: another commit checked out beside this one, removed after,
and a child process that imports the product from the commit it measures."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.other_commit import REPO, alternating, checked_out, run_child

CHILD = """\
import json, sys
sys.path.insert(0, {repo!r})
from benchmarks.other_commit import import_from
from pathlib import Path
import_from(Path(sys.argv[1]))
import policywatch.diffing.prefilter as measured
print("noise before the last line")
print(json.dumps({{"file": measured.__file__}}))
"""


def test_a_child_imports_the_product_from_the_commit_checked_out(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(repo=str(REPO)), encoding="utf-8")
    with checked_out("HEAD", tmp_path) as other:
        assert (other / "pyproject.toml").exists() and other != REPO
        found = run_child(str(script), [str(other)])
        assert Path(found["file"]).is_relative_to(other)
    assert not other.exists()


def test_the_worktree_is_removed_when_the_timing_fails(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), checked_out("HEAD", tmp_path) as other:
        assert other.exists()
        raise RuntimeError("a child failed")
    assert not other.exists()


def test_rounds_alternate_which_code_runs_first() -> None:
    assert list(alternating(["this", "other"], 3)) == [
        (0, "this"),
        (0, "other"),
        (1, "other"),
        (1, "this"),
        (2, "this"),
        (2, "other"),
    ]
    assert list(alternating([0, 1, 2], 0)) == []


def test_a_child_that_fails_says_so() -> None:
    with pytest.raises(subprocess.CalledProcessError):
        run_child("-c", ["import sys; sys.exit(3)"])
