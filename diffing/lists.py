"""Both versions' lists of parties, and the entry diff's judgement of a changed row.

A changed sentence that is a row (or rows) of a list of parties is judged by
the entry diff (:mod:`.entries`), not read for statements: material when its
entry was added, removed or changed, cosmetic when the row was only
re-formatted, moved or re-linked, editorial for a rename.
"""

from __future__ import annotations

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.classify import Judgement
from policywatch.diffing.entries import PartyLists, diff_entries, read_entries
from policywatch.diffing.model import EntryChange, Reason
from policywatch.diffing.sentences import Unit
from policywatch.diffing.text import key, plain


class Lists:
    """Both sides' lists of parties, their entry changes, and which rows they cover.

    A changed sentence that is a row (or rows) of a list is judged by the entry
    diff: material when its entry was added, removed or changed, cosmetic when
    the row was only re-formatted, moved or re-linked, editorial for a rename.
    """

    # Beyond this many rows, a unit is only looked up whole (no search for glued rows).
    MAX_SCAN = 2000

    def __init__(self, old: PartyLists, new: PartyLists, changes: list[EntryChange]) -> None:
        self.old, self.new, self.changes = old, new, changes
        self._by_row: dict[tuple[int, str], list[EntryChange]] = {}
        for change in changes:
            if change.old is not None:
                self._by_row.setdefault((-1, key(change.old.row)), []).append(change)
            if change.new is not None:
                self._by_row.setdefault((1, key(change.new.row)), []).append(change)

    @classmethod
    def of(cls, old: ExtractedDocument, new: ExtractedDocument, doc_type: str | None) -> Lists:
        before, after = read_entries(old, doc_type), read_entries(new, doc_type)
        if not before and not after:
            return cls(before, after, [])
        return cls(before, after, diff_entries(before, after, new.language or old.language))

    def judge(self, unit: Unit, heading: str | None) -> Judgement | None:
        """The entry diff's judgement of a changed unit, or None when it is no list row."""
        if not self.old.rows and not self.new.rows:
            return None
        olds = self._rows(unit.old, self.old.rows)
        news = self._rows(unit.new, self.new.rows)
        if olds is None or news is None or not (olds or news):
            return None
        linked = [c for r in olds for c in self._by_row.get((-1, r), [])]
        linked += [c for r in news for c in self._by_row.get((1, r), [])]
        linked = list({id(c): c for c in linked}.values())
        material = [c for c in linked if c.material]
        if material:
            return Judgement(
                "material", "", [r for c in material for r in entry_reasons(c, heading)]
            )
        if any(c.kind == "renamed" for c in linked):
            return Judgement("editorial", "a list entry renamed")
        return Judgement("cosmetic", "a list entry re-formatted, moved or re-linked")

    def _rows(self, text: str | None, rows: set[str]) -> list[str] | None:
        """The list rows a unit's text consists of ([] for no text, None when it is prose)."""
        if text is None:
            return []
        k = key(text)
        if k in rows:
            return [k]
        if len(rows) > self.MAX_SCAN:
            return None
        found = [r for r in rows if r and r in k]
        rest = k
        for r in sorted(found, key=len, reverse=True):
            rest = rest.replace(r, " ")
        return found if found and not rest.strip() else None


def entry_reasons(change: EntryChange, section: str | None) -> list[Reason]:
    """One material reason per category of an entry change, the entry's row as evidence."""
    old = plain(change.old.row) if change.old else None
    new = plain(change.new.row) if change.new else None
    where = section or (change.new or change.old).section or None  # type: ignore[union-attr]
    return [Reason(c, where, old, new, change.describe()) for c in change.categories]
