"""What the scripts that write a generated lexicon module share: the rows of quoted
words and the command line (write the module, or ``--check`` that it is current).

A script builds its module's text and hands it over::

    def module_text() -> str:
        lines = ['FUNCTION_WORDS: dict[str, frozenset[str]] = {', '    "en": frozenset((']
        lines += word_rows(["the", "of"])
        ...

    if __name__ == "__main__":
        sys.exit(main(sys.argv[1:], TARGET, module_text))

    >>> word_rows(["a", "b"])
    ['        "a", "b",']
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# A row starts under the opening bracket of its language's entry and stays within
# ruff's line length (the generated modules sit between "# fmt: off" and "# fmt: on").
_INDENT = "       "
_WIDTH = 92


def word_rows(words: Iterable[str]) -> list[str]:
    """``words`` quoted, comma-separated and wrapped into rows ([] for no words)."""
    rows: list[str] = []
    row = _INDENT
    for word in words:
        item = f' "{word}",'
        if len(row) + len(item) > _WIDTH:
            rows.append(row)
            row = _INDENT
        row += item
    if row.strip():
        rows.append(row)
    return rows


def main(argv: list[str], target: Path, module_text: Callable[[], str]) -> int:
    """Write ``module_text()`` to ``target``; with ``--check`` only compare: 0 when
    ``target`` is current, 1 (and a line saying what to run) when it is stale or edited
    by hand, 2 for an unknown argument."""
    script = Path(sys.argv[0]).name or "the script"
    unknown = [arg for arg in argv if arg != "--check"]
    if unknown:
        print(
            f"{script}: unknown argument {unknown[0]!r}; use no argument or --check",
            file=sys.stderr,
        )
        return 2
    text = module_text()
    if "--check" in argv:
        current = target.is_file() and target.read_text(encoding="utf-8") == text
        if not current:
            print(f"{target} is not what {script} writes: run it to rewrite", file=sys.stderr)
        return 0 if current else 1
    target.write_text(text, encoding="utf-8")
    return 0
