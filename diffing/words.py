"""Word-level diff with diff-match-patch.

diff-match-patch diffs characters; we map every distinct token to one private
Unicode character (the library's own "lines to chars" trick, applied to words),
diff those strings and map back. Its Myers bisection with common prefix/suffix
and half-match speed-ups aligns repeated passages correctly, where difflib's
longest-block-first matching jumps to the wrong copy.

    >>> word_ops("We keep data for 30 days.", "We keep data for 24 months.")
    [(0, 'We keep data for '), (-1, '30 days'), (1, '24 months'), (0, '.')]
    >>> ops_text([(0, "a "), (-1, "b"), (1, "c")], side=1)
    'a c'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diff_match_patch import diff_match_patch

Op = tuple[int, str]

# A word, one punctuation mark, or a run of whitespace: not tokens.WORD, as a
# diff must cover every character and "don't" or "sub-processor" changes as one.
_TOKEN = re.compile(r"\w+(?:['-]\w+)*|[^\w\s]|\s+")
# Private-use plane 15/16 gives ~130k code points; the basic private area 6400 more.
_BASES = [(0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD)]


def tokenize(text: str) -> list[str]:
    """Words, punctuation marks and whitespace runs; ``"".join`` gives ``text`` back."""
    return _TOKEN.findall(text)


def _code_points() -> list[int]:
    points: list[int] = []
    for lo, hi in _BASES:
        points.extend(range(lo, hi + 1))
    return points


_POINTS = _code_points()


def _encode(tokens: Sequence[str], table: dict[str, str], vocab: list[str]) -> str:
    chars = []
    for tok in tokens:
        ch = table.get(tok)
        if ch is None:
            if len(vocab) >= len(_POINTS):
                raise ValueError("too many distinct tokens to diff")
            ch = chr(_POINTS[len(vocab)])
            table[tok] = ch
            vocab.append(tok)
        chars.append(ch)
    return "".join(chars)


def token_diff(
    a: Sequence[str], b: Sequence[str], *, timeout: float = 2.0, semantic: bool = True
) -> list[Op]:
    """Diff two token sequences; return ``(op, text)`` runs, op -1 delete, 0 equal, 1 insert."""
    table: dict[str, str] = {}
    vocab: list[str] = []
    sa, sb = _encode(a, table, vocab), _encode(b, table, vocab)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    diffs = dmp.diff_main(sa, sb, False)
    # Merge tiny equalities between edits ("the" in "a the b" -> "x the y") into the
    # edit, so a reworded clause reads as one replacement rather than confetti.
    if semantic:
        dmp.diff_cleanupSemantic(diffs)
    index = {ch: tok for tok, ch in table.items()}
    return _merge([(op, "".join(index[c] for c in chars)) for op, chars in diffs if chars])


def word_ops(old: str, new: str, *, timeout: float = 2.0) -> list[Op]:
    """Word-level diff of two strings (whitespace and punctuation are tokens of their own)."""
    return token_diff(tokenize(old), tokenize(new), timeout=timeout)


def _merge(ops: list[Op]) -> list[Op]:
    out: list[Op] = []
    for op, text in ops:
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out


def ops_text(ops: Sequence[Op], *, side: int) -> str:
    """Rebuild one side from ops: ``side=-1`` the old text, ``side=1`` the new text."""
    return "".join(text for op, text in ops if op == 0 or op == side)


def changed_text(ops: Sequence[Op], *, side: int) -> str:
    """Only the deleted (``side=-1``) or inserted (``side=1``) text, runs joined by ' … '."""
    return " … ".join(text.strip() for op, text in ops if op == side and text.strip())
