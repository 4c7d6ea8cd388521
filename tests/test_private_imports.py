"""No module imports another's underscore names (scripts/private_imports.py finds them)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.conftest import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "private_imports.py"


def load() -> ModuleType:
    return load_script(SCRIPT, "private_imports")


def found_in(tmp_path: Path, source: str) -> list[str]:
    """What the finder reports for ``source`` as the module ``policywatch.diffing.user``."""
    (tmp_path / "diffing").mkdir()
    user = tmp_path / "diffing" / "user.py"
    user.write_text(source, encoding="utf-8")
    return list(load().private_imports(user, tmp_path))


def test_no_module_imports_another_modules_private_names() -> None:
    script = load()
    found = [line for path in script.python_files() for line in script.private_imports(path)]
    assert found == []


def test_the_finder_sees_single_multi_line_and_relative_imports(tmp_path: Path) -> None:
    source = (
        "from policywatch.diffing.model import _single\n"
        "from policywatch.diffing.model import (\n    PUBLIC,\n    _multi,\n)\n"
        "from .model import _relative\n"
    )
    assert found_in(tmp_path, source) == [
        "diffing/user.py:1: from policywatch.diffing.model import _single",
        "diffing/user.py:2: from policywatch.diffing.model import _multi",
        "diffing/user.py:6: from policywatch.diffing.model import _relative",
    ]


def test_public_dunder_and_foreign_names_are_not_reported(tmp_path: Path) -> None:
    source = (
        "from policywatch.diffing.model import PUBLIC, __version__\n"
        "from re import _parser\n"
        "from os import _exit\n"
    )
    assert found_in(tmp_path, source) == []
