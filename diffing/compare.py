"""Compare two documents. First version: whole-text word diff, no semantics yet."""

from __future__ import annotations

import difflib

from policywatch.crawler.extract.model import ExtractedDocument
from policywatch.diffing.model import ChangeItem, DiffResult


def diff_documents(old: ExtractedDocument, new: ExtractedDocument) -> DiffResult:
    """Diff two extracted documents and judge the change."""
    if old.text == new.text:
        return DiffResult(verdict="unchanged", summary="No change.")
    a, b = old.text.split(), new.text.split()
    ops: list[tuple[int, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append((0, " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            ops.append((-1, " ".join(a[i1:i2])))
        if j2 > j1:
            ops.append((1, " ".join(b[j1:j2])))
    verdict = "cosmetic" if a == b else "editorial"
    item = ChangeItem(kind="matched", old_heading=None, new_heading=None, verdict=verdict, ops=ops)
    return DiffResult(
        verdict=verdict,
        summary=f"The text changed ({verdict}).",
        items=[item],
        stats={"ratio": round(matcher.ratio(), 4)},
    )
