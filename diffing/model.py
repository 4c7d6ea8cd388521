"""Data classes a diff returns; ``DiffResult.to_dict()`` is the JSON contract."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from policywatch.core.vocabulary import Verdict

VERDICTS = tuple(v.value for v in Verdict)


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


@dataclass(frozen=True)
class Entry:
    """One entry of a list of parties: who, for what, where, which data, as written."""

    name: str
    purpose: str = ""
    location: str = ""
    data: str = ""
    other: str = ""  # the rest of the row (products covered, notes)
    countries: frozenset[str] = frozenset()  # CLDR codes read from the location
    row: str = ""  # the line it was read from
    section: str = ""

    def label(self) -> str:
        """'Cloudflare (cloud services, US)': the name, what it does and where."""
        what = " ".join(self.purpose.split()[:ENTRY_PURPOSE_WORDS])
        if len(self.purpose.split()) > ENTRY_PURPOSE_WORDS:
            what += " …"
        details = ", ".join(x for x in (what.rstrip(".;,"), self.location) if x)
        return f"{self.name} ({details})" if details else self.name

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["countries"] = sorted(self.countries)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entry:
        return cls(**{**d, "countries": frozenset(d.get("countries", []))})


# An entry's purpose is cut to this many words in labels.
ENTRY_PURPOSE_WORDS = 8


@dataclass(frozen=True)
class EntryChange:
    """An entry added, removed, changed (``fields`` says what) or renamed (not material)."""

    kind: str  # added | removed | changed | renamed
    old: Entry | None
    new: Entry | None
    fields: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()

    @property
    def material(self) -> bool:
        return bool(self.categories)

    def describe(self) -> str:
        """'added: Cloudflare (cloud services, US)', 'changed: Azure: location US → US, Canada'."""
        if self.kind == "added" and self.new:
            return f"added: {self.new.label()}"
        if self.kind == "removed" and self.old:
            return f"removed: {self.old.label()}"
        assert self.old is not None and self.new is not None
        if self.kind == "renamed":
            return f"renamed: {self.old.name} → {self.new.name}"
        parts = []
        for name in self.fields:
            attr = "other" if name == "scope" else name
            was, now = getattr(self.old, attr) or "-", getattr(self.new, attr) or "-"
            parts.append(f"{name} {was} → {now}")
        return f"changed: {self.new.name}: " + "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "description": self.describe(),
            "categories": list(self.categories),
            "fields": list(self.fields),
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EntryChange:
        return cls(
            kind=d["kind"],
            old=Entry.from_dict(d["old"]) if d.get("old") else None,
            new=Entry.from_dict(d["new"]) if d.get("new") else None,
            fields=tuple(d.get("fields", [])),
            categories=tuple(d.get("categories", [])),
        )


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
    # Lists of parties diffed entry by entry (sub-processors, recipients).
    entries: list[EntryChange] = field(default_factory=list)

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
            "entries": [e.to_dict() for e in self.entries],
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
            entries=[EntryChange.from_dict(e) for e in data.get("entries", [])],
        )
