"""Sentences that moved: what the diff of each section pair cannot see on its own.

Each aligned section pair is diffed sentence by sentence
(:func:`policywatch.diffing.sentences.sentence_diff`), so a sentence moved to
another section shows as removed in one pair and added in another. Before the
change is judged (:mod:`.compare`), :func:`cancel_moves` turns a sentence the
other version still has (moved, repeated, or a heading become a line of text)
back into an unchanged one, and :func:`rematch` pairs a sentence added in one
place with a similar one removed elsewhere (moved and edited), or with a near
copy the old version kept, so that only the edit is judged::

    >>> from policywatch.diffing.sentences import Unit
    >>> gone = "We keep data for 30 days."
    >>> diffs = [[Unit(gone, None, [(-1, gone)])], [Unit(None, "We keep data for 90 days.", [])]]
    >>> rematch(diffs)
    >>> diffs[0][0].new, diffs[1][0].old
    ('We keep data for 30 days.', 'We keep data for 30 days.')

Both change ``diffs`` (a list of units per section pair) in place.
"""

from __future__ import annotations

from policywatch.core.model import Section
from policywatch.diffing.sentences import Unit
from policywatch.diffing.text import key, similarity
from policywatch.diffing.words import word_ops

# A sentence moved elsewhere and edited still shares this much of its words.
REMATCH_SIMILARITY = 0.5
# An added sentence this close to one OLD still has is a copy of it, edited.
COPY_SIMILARITY = 0.7
# Above this many comparisons, skip re-matching (a rewrite; it would only cost time).
MAX_REMATCH = 400_000
# A sentence this long found inside another is that sentence (shorter ones recur by chance).
SURVIVES_WORDS = 8


class Repeated(Unit):
    """A sentence NEW added that OLD already has (moved or repeated): unchanged, and told
    in NEW's wording on both sides, which may not be OLD's own ("Example : ..." respaced
    from OLD's "Example: ..."), so never quoted as what OLD said (:func:`rematch`)."""


def cancel_moves(diffs: list[list[Unit]], old: list[Section], new: list[Section]) -> None:
    """A sentence removed in one place and added in another moved; a sentence added
    that OLD already had (or removed that NEW still has) is a repeat. Neither is new
    wording, and neither is a heading that became a line of text (a PDF re-extracted)."""
    old_keys = {key(u.old) for units in diffs for u in units if u.old is not None}
    new_keys = {key(u.new) for units in diffs for u in units if u.new is not None}
    old_keys |= {key(s.heading) for s in old if s.heading}
    new_keys |= {key(s.heading) for s in new if s.heading}
    # A sentence can also survive inside another one (glued to its neighbour when the
    # next sentence opens in lower case: "... minimisation. eharmony's provider ...").
    # Joined across a line break, which no key holds, so that a key is only ever found
    # inside one key, never across two that the set's order (the process's hash
    # seed) happened to put side by side.
    old_all = " " + " \n ".join(old_keys) + " "
    new_all = " " + " \n ".join(new_keys) + " "
    for units in diffs:
        for n, u in enumerate(units):
            if u.old is None and u.new is not None and still_there(key(u.new), old_keys, old_all):
                units[n] = Repeated(u.new, u.new, [(0, u.new)])
            elif u.new is None and u.old is not None and still_there(key(u.old), new_keys, new_all):
                units[n] = Unit(u.old, u.old, [(0, u.old)])


def still_there(k: str, keys: set[str], joined: str) -> bool:
    """Whether the sentence key ``k`` is one of ``keys`` or, long enough, inside one of
    them (``joined``: the keys space-delimited)."""
    return k in keys or (len(k.split()) >= SURVIVES_WORDS and f" {k} " in joined)


def rematch(diffs: list[list[Unit]]) -> None:
    """Pair a sentence added in one place with a similar one removed elsewhere (moved and
    edited), or with a near copy OLD already had (a duplicated passage with one edit)."""
    removed = [
        (d, n) for d, units in enumerate(diffs) for n, u in enumerate(units) if u.new is None
    ]
    added = [(d, n) for d, units in enumerate(diffs) for n, u in enumerate(units) if u.old is None]
    if not added or len(added) * (len(removed) + 1) > MAX_REMATCH:
        return
    # OLD's sentences that NEW kept, in document order (a set's order would follow the
    # hash seed, and pick one of two equally near copies by chance). A repeat is told in
    # NEW's wording: OLD's own is in the pool from where OLD had it.
    old_pool = list(
        dict.fromkeys(
            u.old
            for units in diffs
            for u in units
            if u.old is not None and u.new is not None and not isinstance(u, Repeated)
        )
    )
    used: set[tuple[int, int]] = set()
    for d, n in added:
        text = diffs[d][n].new or ""
        words = set(key(text).split())
        best, best_sim = None, REMATCH_SIMILARITY
        for loc in removed:
            if loc in used:
                continue
            sim = similarity(words, set(key(diffs[loc[0]][loc[1]].old or "").split()))
            if sim >= best_sim:
                best, best_sim = loc, sim
        if best is not None:
            old_text = diffs[best[0]][best[1]].old or ""
            used.add(best)
            diffs[best[0]][best[1]] = Unit(old_text, old_text, [(0, old_text)])
            diffs[d][n] = Unit(old_text, text, word_ops(old_text, text))
            continue
        if len(old_pool) * len(added) <= MAX_REMATCH:
            copy = near_copy(text, words, old_pool)
            if copy is not None:
                diffs[d][n] = Unit(copy, text, word_ops(copy, text))


def near_copy(text: str, words: set[str], pool: list[str]) -> str | None:
    """The sentence of ``pool`` most like ``text`` (``words``: its key's words), if one is
    at least :data:`COPY_SIMILARITY` alike; of equals, the first in ``pool``'s order.

    >>> near_copy("Fees: 5€.", {"fees", "5"}, ["Fees : 5€.", "Fees: 5€.", "Tax: 5€."])
    'Fees : 5€.'
    """
    best, best_sim = None, COPY_SIMILARITY
    for candidate in pool:
        sim = similarity(words, set(key(candidate).split()))
        if sim > best_sim or (best is None and sim == best_sim):
            best, best_sim = candidate, sim
    return best
