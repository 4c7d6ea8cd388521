"""Statements worded as reasons a person can check: one per category and kind.

>>> from policywatch.diffing.stated import Statement
>>> lost = [Statement("period", "30d", "retention", "30 days")]
>>> gained = [Statement("period", "720d", "retention", "24 months")]
>>> edit_reasons(lost, gained, "Retention", "kept 30 days", "kept 24 months")[0].explanation
'period changed: 30 days → 24 months'
"""

from __future__ import annotations

from policywatch.diffing.model import Reason
from policywatch.diffing.stated import Statement
from policywatch.diffing.text import plain, short

EXPLAIN = {
    "period": "period",
    "number": "number",
    "negation": "negation",
    "modality": "modal verb",
    "contact": "contact",
    "country": "countries",
    "party": "names",
    "term": "",
    "item": "added to the list",
    "claim": "may/will",
    "obligation": "obligation:",
    "prohibition": "prohibition:",
    "permission": "the service may:",
    "topic": "about",
}


def edit_reasons(
    lost: list[Statement], gained: list[Statement], section: str | None, po: str, pn: str
) -> list[Reason]:
    """One reason per category and kind of statement an edited sentence changed."""
    reasons = []
    groups: dict[tuple[str, str], tuple[list[Statement], list[Statement]]] = {}
    for s in lost:
        groups.setdefault((s.category, s.kind), ([], []))[0].append(s)
    for s in gained:
        groups.setdefault((s.category, s.kind), ([], []))[1].append(s)
    for (category, kind), (gone, came) in groups.items():
        reasons.append(Reason(category, section, short(po), short(pn), _explain(kind, gone, came)))
    return reasons


def _explain(kind: str, gone: list[Statement], came: list[Statement]) -> str:
    was = ", ".join(s.shown or s.value for s in gone) or "nothing"
    now = ", ".join(s.shown or s.value for s in came) or "nothing"
    if kind == "negation":
        s = (gone or came)[0]
        return f"negation {'removed' if gone else 'added'} ({s.shown})"
    if kind == "modality":
        return f"modal verb changed: {came[0].shown}"
    if kind in ("country", "party"):
        return f"{EXPLAIN[kind]} changed: -{was} +{now}"
    if kind == "term":
        return (
            (f"added: {now}" if came else "")
            + ("; " if came and gone else "")
            + (f"removed: {was}" if gone else "")
        )
    if kind == "item":
        return f"added to the list: '{now}'"
    if kind == "claim":
        return f"clause {'added' if came else 'removed'}: '{now if came else was}'"
    return f"{EXPLAIN[kind]} changed: {was} → {now}"


def whole_reasons(
    statements: list[Statement], section: str | None, text: str, *, added: bool
) -> list[Reason]:
    """One reason per category for a sentence added or removed as a whole."""
    verb = "added" if added else "removed"
    p = short(plain(text))
    by_category: dict[str, list[Statement]] = {}
    for s in statements:
        by_category.setdefault(s.category, []).append(s)
    return [
        Reason(
            category,
            section,
            None if added else p,
            p if added else None,
            f"sentence {verb} ({'; '.join(_label(s) for s in found)})",
        )
        for category, found in by_category.items()
    ]


def _label(s: Statement) -> str:
    if s.kind == "negation":
        return f"negated promise: {s.shown}"
    if s.kind == "term":
        return s.shown
    return f"{EXPLAIN[s.kind]} {s.shown or s.value}".strip()
