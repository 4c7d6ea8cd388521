"""Align the sections of two versions: matched, moved, renamed, split, merged, added, removed.

Sections are matched first by identical content (wherever they sit, so a
reordered document is a set of moves, not a rewrite), then by content
similarity helped by an equal heading, then leftover sections are tested for
splits (one old section's text now spread over several new ones) and merges.

    >>> from policywatch.core.model import Section
    >>> ret, con = "We keep data 30 days.", "Write to us."
    >>> old = [Section(1, "Retention", ret), Section(1, "Contact", con)]
    >>> new = [Section(1, "Contact", con), Section(1, "Retention", ret)]
    >>> sorted(p.kind for p in align_sections(old, new))
    ['matched', 'moved']
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from policywatch.core.model import Section
from policywatch.diffing.text import containment, heading_key, key, shingles, similarity

# A pair of sections is "the same section" above this content similarity...
MATCH_SIMILARITY = 0.35
# ...or above this one when their headings are equal.
MATCH_SIMILARITY_SAME_HEADING = 0.05
# A new section belongs to a split of an old one when this share of it comes from there.
SPLIT_CONTAINMENT = 0.6


@dataclass
class SectionPair:
    """Old and new side of one aligned section (several indexes for split/merged)."""

    kind: str  # matched | moved | renamed | split | merged | added | removed
    old: list[int] = field(default_factory=list)
    new: list[int] = field(default_factory=list)


@dataclass
class _Info:
    heading: str
    content: str
    grams: frozenset[str]


def _info(section: Section) -> _Info:
    text = section.text or ""
    grams = shingles(text) or shingles(text, 1)
    return _Info(heading_key(section.heading), key(text), grams)


def align_sections(old: list[Section], new: list[Section]) -> list[SectionPair]:
    """Pair up sections; the result follows the new document's order, removals in place."""
    if len(old) == 1 and len(new) == 1:
        # One section each (or no outline at all): the guard has already found the two
        # to be versions of one document, so they are one section, whatever changed.
        same = heading_key(old[0].heading) == heading_key(new[0].heading)
        return [SectionPair("matched" if same else "renamed", [0], [0])]
    a, b = [_info(s) for s in old], [_info(s) for s in new]
    pairs: dict[int, int] = {}  # old index -> new index
    _match_identical(a, b, pairs)
    # Splits and merges before similarity: otherwise the largest part of a split
    # would be matched alone and the rest reported as added text.
    groups = _match_split_merge(a, b, pairs)
    grouped = {i for g in groups for i in g.old}, {j for g in groups for j in g.new}
    _match_similar(a, b, pairs, grouped)
    return _order(a, b, pairs, groups)


def _match_identical(a: list[_Info], b: list[_Info], pairs: dict[int, int]) -> None:
    """Same content (and, for empty sections, same heading) wherever it is."""
    by_content: dict[tuple[str, str], list[int]] = {}
    for j, info in enumerate(b):
        by_content.setdefault(_identity(info), []).append(j)
    # Prefer a candidate with the same heading, then the first in document order.
    for i, info in enumerate(a):
        candidates = [j for j in by_content.get(_identity(info), []) if j not in pairs.values()]
        if not candidates:
            continue
        same = [j for j in candidates if b[j].heading == info.heading]
        pairs[i] = (same or candidates)[0]


def _identity(info: _Info) -> tuple[str, str]:
    return ("", info.content) if info.content else (info.heading, "")


def _match_similar(
    a: list[_Info], b: list[_Info], pairs: dict[int, int], grouped: tuple[set[int], set[int]]
) -> None:
    """Greedy best-first matching of what is left, by content and heading."""
    taken = set(pairs.values()) | grouped[1]
    scored: list[tuple[float, int, int]] = []
    for i, ai in enumerate(a):
        if i in pairs or i in grouped[0]:
            continue
        for j, bj in enumerate(b):
            if j in taken:
                continue
            sim = similarity(ai.grams, bj.grams)
            same_heading = bool(ai.heading) and ai.heading == bj.heading
            if sim >= MATCH_SIMILARITY or (same_heading and sim >= MATCH_SIMILARITY_SAME_HEADING):
                scored.append((sim + (0.5 if same_heading else 0.0), i, j))
            elif same_heading and not ai.grams and not bj.grams:
                scored.append((0.5, i, j))
    for _score, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)


def _match_split_merge(a: list[_Info], b: list[_Info], pairs: dict[int, int]) -> list[SectionPair]:
    """An unmatched section whose text is spread over several unmatched others."""
    free_a = [i for i in range(len(a)) if i not in pairs]
    free_b = [j for j in range(len(b)) if j not in pairs.values()]
    groups: list[SectionPair] = []
    used_b: set[int] = set()
    for i in free_a:
        parts = [
            j
            for j in free_b
            if j not in used_b
            and b[j].grams
            and containment(b[j].grams, a[i].grams) >= SPLIT_CONTAINMENT
        ]
        if len(parts) >= 2 and _covers(a[i], [b[j] for j in parts]):
            groups.append(SectionPair("split", [i], parts))
            used_b.update(parts)
    used_a = {i for g in groups for i in g.old}
    for j in free_b:
        if j in used_b:
            continue
        parts = [
            i
            for i in free_a
            if i not in used_a
            and a[i].grams
            and containment(a[i].grams, b[j].grams) >= SPLIT_CONTAINMENT
        ]
        if len(parts) >= 2 and _covers(b[j], [a[i] for i in parts]):
            groups.append(SectionPair("merged", parts, [j]))
            used_a.update(parts)
    return groups


def _covers(whole: _Info, parts: list[_Info]) -> bool:
    """The parts together hold most of the whole (so it is a split, not an excerpt)."""
    union: set[str] = set().union(*(p.grams for p in parts))
    return containment(whole.grams, union) >= SPLIT_CONTAINMENT


def _order(
    a: list[_Info], b: list[_Info], pairs: dict[int, int], groups: list[SectionPair]
) -> list[SectionPair]:
    """Label moves and renames, and lay the pairs out in the new document's order."""
    stay = _longest_increasing(sorted(pairs), pairs)
    out: list[tuple[float, SectionPair]] = []
    for i, j in pairs.items():
        if i not in stay:
            kind = "moved"
        elif a[i].heading != b[j].heading:
            kind = "renamed"
        else:
            kind = "matched"
        out.append((j, SectionPair(kind, [i], [j])))
    grouped_a = {i for g in groups for i in g.old}
    grouped_b = {j for g in groups for j in g.new}
    out.extend((min(g.new), g) for g in groups)
    for j in range(len(b)):
        if j not in pairs.values() and j not in grouped_b:
            out.append((j, SectionPair("added", [], [j])))
    for i in range(len(a)):
        if i not in pairs and i not in grouped_a:
            out.append((_position_after(i, pairs) + 0.5, SectionPair("removed", [i], [])))
    return [p for _pos, p in sorted(out, key=lambda t: t[0])]


def _position_after(i: int, pairs: dict[int, int]) -> float:
    """Where a removed old section would sit in the new order: after its predecessor."""
    before = [pairs[k] for k in pairs if k < i]
    return max(before) if before else -1.0


def _longest_increasing(old_order: list[int], pairs: dict[int, int]) -> set[int]:
    """Old indexes whose new positions form the longest increasing run: the ones that stayed."""
    seq = [(pairs[i], i) for i in old_order]
    tails: list[int] = []
    tail_idx: list[int] = []
    prev: list[int] = [-1] * len(seq)
    for k, (pos, _i) in enumerate(seq):
        at = bisect_left(tails, pos)
        if at == len(tails):
            tails.append(pos)
            tail_idx.append(k)
        else:
            tails[at] = pos
            tail_idx[at] = k
        prev[k] = tail_idx[at - 1] if at else -1
    keep: set[int] = set()
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        keep.add(seq[k][1])
        k = prev[k]
    return keep
