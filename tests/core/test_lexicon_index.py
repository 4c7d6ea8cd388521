"""The lexicon package's docstring is its index: one line per module, none for a missing one."""

from __future__ import annotations

import re
from pathlib import Path

import policywatch.core.lexicon as lexicon

LISTED = re.compile(r"^- :mod:`\.(\w+)`:", re.M)


def modules() -> set[str]:
    folder = Path(lexicon.__file__).parent
    files = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    return files | {p.parent.name for p in folder.glob("*/__init__.py")}


def test_every_lexicon_module_is_listed_once() -> None:
    listed = LISTED.findall(lexicon.__doc__ or "")
    assert sorted(set(modules()) - set(listed)) == []
    assert len(listed) == len(set(listed))


def test_nothing_is_listed_that_is_not_a_module() -> None:
    assert sorted(set(LISTED.findall(lexicon.__doc__ or "")) - modules()) == []
