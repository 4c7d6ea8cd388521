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
    # "date_bump" / "date_format" when a date in this section changed.
    flags: list[str] = field(default_factory=list)
    # Sentences changed beyond cosmetics (reworded, added, removed).
    changed_sentences: int = 0


@dataclass
class DiffResult:
    """The verdict on a pair of versions, why, and every section-level change.

    ``to_dict()`` is the JSON contract of ``policywatch diff --format json`` and
    what the crawl stores; ``to_dict(with_ops=True)`` keeps the word redline so
    :func:`policywatch.diffing.render_html` can draw it later from stored data.
    """

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

    @classmethod
    def not_compared(cls, reason: str, code: str = "suspect") -> DiffResult:
        """The result for a pair the guard refused: ``suspect`` with its reason, never material.

        >>> DiffResult.not_compared("the language switched from en to fr").summary
        'Not compared: the language switched from en to fr.'
        """
        return cls(
            verdict="suspect",
            summary=f"Not compared: {reason.rstrip('.')}.",
            flags=["suspect"],
            stats={"suspect_reason": reason, "suspect_code": code},
        )

    def to_dict(self, *, with_ops: bool = False) -> dict[str, Any]:
        items = []
        for item in self.items:
            d = asdict(item)
            if with_ops:
                d["ops"] = [list(op) for op in item.ops]
            else:
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DiffResult:
        """Rebuild a result from ``to_dict()`` output (ops included when they were stored)."""
        items = [
            ChangeItem(
                kind=d["kind"],
                old_heading=d.get("old_heading"),
                new_heading=d.get("new_heading"),
                verdict=d.get("verdict", ""),
                categories=list(d.get("categories", [])),
                reasons=[Reason(**r) for r in d.get("reasons", [])],
                ops=[(int(op), str(text)) for op, text in d.get("ops", [])],
                flags=list(d.get("flags", [])),
                changed_sentences=int(d.get("changed_sentences", 0)),
            )
            for d in data.get("items", [])
        ]
        return cls(
            verdict=data["verdict"],
            categories=list(data.get("categories", [])),
            summary=data.get("summary", ""),
            reasons=[Reason(**r) for r in data.get("reasons", [])],
            items=items,
            flags=list(data.get("flags", [])),
            stats=dict(data.get("stats", {})),
        )
