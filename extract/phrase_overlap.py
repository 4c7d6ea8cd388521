"""How much of one text's wording another keeps: shared 3-word phrases (shingles).

    >>> old = "we keep your data for thirty days".split()
    >>> phrase_overlap(old[:5], old), containment(old[:5], old)
    (1.0, 1.0)
    >>> containment("we sell your data to anyone".split(), old)
    0.0

The guard (:mod:`.guard`) tells a new version of a document from something
else in its place with these: a rewrite keeps many of its phrases in either
direction, another page shares almost none, a truncated download is made of
the previous text. Texts come as lists of lower-case words
(``WORD.findall(text.lower())``). Phrases are hashed word triples: only
whether two texts share one counts, not what it says.
"""

from __future__ import annotations


def shingles(words: list[str]) -> set[int]:
    """Each run of three consecutive words, hashed."""
    return {hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2)}


def phrase_overlap(new: list[str], old: list[str], at_least: int = 1) -> float | None:
    """The larger share of either text's 3-word phrases found in the other (None when
    either has fewer than ``at_least``)."""
    mine, theirs = shingles(new), shingles(old)
    if len(mine) < max(at_least, 1) or len(theirs) < max(at_least, 1):
        return None
    common = len(mine & theirs)
    return max(common / len(mine), common / len(theirs))


def containment(new: list[str], old: list[str]) -> float:
    """Share of the new text's 3-word phrases that also occur in the old text (a text
    too short for one: whether all its words do)."""
    mine = shingles(new)
    if not mine:
        return 1.0 if set(new) <= set(old) else 0.0
    return len(mine & shingles(old)) / len(mine)
