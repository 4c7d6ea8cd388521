"""Two documents' lists of parties diffed entry by entry (read by :mod:`.entries`).

Entries are paired by name (legal form, punctuation and case aside), then
among namesakes by the rest of their row, then the same company renamed
(a shared distinctive word and the same row otherwise). An entry added or
removed, or its location, purpose, data or scope changed, is material; a
rename alone is not. :mod:`.entries` reads the lists and re-exports
:func:`diff_entries`; its docstring shows both at work::

    >>> identity("Stripe, Inc."), identity("Amazon Web Services (AWS)")
    ('stripe', 'amazon web services aws')
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from policywatch.core.lexicon.legal_forms import FORM_AT_END
from policywatch.core.lexicon.legal_forms import WORDS as LEGAL_FORMS
from policywatch.diffing.lexicons import topics
from policywatch.diffing.model import Entry, EntryChange
from policywatch.diffing.text import key

if TYPE_CHECKING:
    from policywatch.diffing.entries import PartyLists

# Two purposes this alike are the same purpose re-worded or re-spelled.
SAME_TEXT = 0.85
# A renamed entry keeps this much of its row besides the name.
RENAME_ROW = 0.6


def diff_entries(
    old: PartyLists, new: PartyLists, language: str | None = None
) -> list[EntryChange]:
    """Entries added, removed, changed (material) or renamed (not), in the new list's order."""
    pairs, gone, came = _match(old.entries, new.entries)
    changes: list[EntryChange] = []
    old_countries = set().union(*(e.countries for e in old.entries)) if old.entries else set()
    new_countries = set().union(*(e.countries for e in new.entries)) if new.entries else set()
    for a, b in pairs:
        change = _compare(a, b)
        if change is not None:
            changes.append(change)
    for b in came:
        changes.append(EntryChange("added", None, b, (), _alone(b, old_countries, language)))
    for a in gone:
        changes.append(EntryChange("removed", a, None, (), _alone(a, new_countries, language)))
    order = {id(e): n for n, e in enumerate(new.entries)}
    old_order = {id(e): n for n, e in enumerate(old.entries)}
    changes.sort(key=lambda c: order.get(id(c.new), old_order.get(id(c.old), 0) + 0.5))
    return changes


def identity(name: str) -> str:
    """A name without legal form, punctuation or case: 'Stripe, Inc.' == 'Stripe'.

    The forms that end it go as whole forms, as written ("EG A/S" is "eg", "SIA S.p.A."
    is "sia"), then the forms' words anywhere ("Acme GmbH & Co. KG" is "acme"); a name
    that is only a form stays itself.

    >>> identity("EG A/S"), identity("BT Group plc"), identity("Acme Sp. z o.o.")
    ('eg', 'bt group', 'acme')
    """
    rest = name.strip()
    while (end := FORM_AT_END.search(rest)) and end.start() > 0:
        rest = rest[: end.start()]
    words = [w for w in key(rest).split() if w not in LEGAL_FORMS]
    return " ".join(words) or key(rest) or key(name)


def _tokens(name: str) -> set[str]:
    """The words of a name that tell companies apart (parenthesised aliases included)."""
    return {w for w in identity(name).split() if len(w) > 2}


def _row_text(e: Entry) -> str:
    return key(f"{e.purpose} {e.location} {e.data} {e.other}")


def _alike(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _match(
    old: list[Entry], new: list[Entry]
) -> tuple[list[tuple[Entry, Entry]], list[Entry], list[Entry]]:
    """Pair entries by name (then by the rest of the row among namesakes), then renames."""
    by_name: dict[str, list[Entry]] = {}
    for e in new:
        by_name.setdefault(identity(e.name), []).append(e)
    pairs: list[tuple[Entry, Entry]] = []
    gone: list[Entry] = []
    for a in old:
        candidates = by_name.get(identity(a.name), [])
        if not candidates:
            gone.append(a)
            continue
        best = max(candidates, key=lambda b: _alike(_row_text(a), _row_text(b)))
        candidates.remove(best)
        pairs.append((a, best))
    matched = {id(b) for _, b in pairs}
    came = [b for b in new if id(b) not in matched]
    # The same company renamed: a shared distinctive word and the same row otherwise.
    for a in list(gone):
        for b in came:
            if (
                _tokens(a.name) & _tokens(b.name)
                and _alike(_row_text(a), _row_text(b)) >= RENAME_ROW
            ):
                pairs.append((a, b))
                gone.remove(a)
                came.remove(b)
                break
    return pairs, gone, came


def _compare(a: Entry, b: Entry) -> EntryChange | None:
    changed: list[str] = []
    cats: list[str] = []
    if a.countries != b.countries or (
        not a.countries and _alike(key(a.location), key(b.location)) < SAME_TEXT
    ):
        changed.append("location")
        cats.append("transfers")
    if _alike(key(a.purpose), key(b.purpose)) < SAME_TEXT:
        changed.append("purpose")
        cats.append("purposes")
    if _alike(key(a.data), key(b.data)) < SAME_TEXT:
        changed.append("data")
        cats.append("data_categories")
    if _alike(key(a.other), key(b.other)) < SAME_TEXT:
        changed.append("scope")
        cats.append("recipients")
    renamed = identity(a.name) != identity(b.name)
    if not changed:
        return EntryChange("renamed", a, b, ("name",), ()) if renamed else None
    if renamed:
        changed.insert(0, "name")
    return EntryChange("changed", a, b, tuple(changed), tuple(dict.fromkeys(cats)))


def _alone(e: Entry, other_countries: set[str], language: str | None) -> tuple[str, ...]:
    """The categories of an entry only one version lists: a recipient; a transfer when it
    names a country the other version's entries do not; its purpose's tracking topics."""
    cats = ["recipients"]
    if e.countries - other_countries:
        cats.append("transfers")
    cats.extend(_purpose_topics(e, language))
    return tuple(dict.fromkeys(cats))


def _purpose_topics(e: Entry, language: str | None) -> list[str]:
    """An analytics or advertising party is also a tracking change (read in the page's
    language, as its sentences are)."""
    found = topics(key(f"{e.name} {e.purpose}"), language)
    return ["tracking_ads"] if "tracking_ads" in found else []
