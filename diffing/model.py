"""Data classes a diff returns; ``DiffResult.to_dict()`` is the JSON contract."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

VERDICTS = ("unchanged", "cosmetic", "editorial", "material", "suspect")


@dataclass
class Reason:
    """Why a change was judged as it was: evidence a person can check."""

    category: str
    section: str | None
    old: str | None
    new: str | None
    explanation: str


@dataclass
class ChangeItem:
    """One section-level change (matched, added, removed, moved, renamed...)."""

    kind: str
    old_heading: str | None
    new_heading: str | None
    verdict: str
    categories: list[str] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)
    # Word-level redline of the section: list of (op, text), op in -1/0/1.
    ops: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class DiffResult:
    verdict: str
    categories: list[str] = field(default_factory=list)
    summary: str = ""
    reasons: list[Reason] = field(default_factory=list)
    items: list[ChangeItem] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def material(self) -> bool:
        return self.verdict == "material"

    def to_dict(self, *, with_ops: bool = False) -> dict[str, Any]:
        items = []
        for item in self.items:
            d = asdict(item)
            if not with_ops:
                d.pop("ops")
            items.append(d)
        return {
            "verdict": self.verdict,
            "material": self.material,
            "categories": list(self.categories),
            "summary": self.summary,
            "flags": list(self.flags),
            "reasons": [asdict(r) for r in self.reasons],
            "items": items,
            "stats": dict(self.stats),
        }
