"""Text normalisation shared by every input format.

The normalised text is what versions hash and diffs compare, so every rule
here must be deterministic and idempotent::

    >>> normalise_inline("  “Hello”\u00a0 world\u200b ")
    '"Hello" world'
"""

from __future__ import annotations

import re
import unicodedata

# Typographic quotes and spaces fold to ASCII so a vendor's CMS switching
# quote styles is not a change; invisible characters are dropped.
TYPOGRAPHIC_FOLDS = {
    0x2018: "'",
    0x2019: "'",
    0x201A: "'",
    0x201B: "'",
    0x2032: "'",
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x201F: '"',
    0x00AB: '"',
    0x00BB: '"',
    0x00A0: " ",
    0x2007: " ",
    0x202F: " ",
    0x2009: " ",
    0x200A: " ",
    0x2002: " ",
    0x2003: " ",
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0x2060: None,
    0xFEFF: None,
    0x00AD: None,  # soft hyphen
    0x2011: "-",
}
# ``str.translate`` with a dict looks up every character in Python; a regex
# finds the few characters that need folding in C, which is ~8x faster on the
# long paragraphs of a policy (this runs once per block, so it sets the pace).
_FOLDED = re.compile("[" + "".join(chr(c) for c in TYPOGRAPHIC_FOLDS) + "]")


def _fold(match: re.Match[str]) -> str:
    return TYPOGRAPHIC_FOLDS[ord(match.group())] or ""


def normalise_inline(text: str) -> str:
    """One line of text: NFC, ASCII quotes, no invisible characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = _FOLDED.sub(_fold, text)
    # Most paragraphs are already single-spaced: in a printable string the only
    # whitespace is " " (tabs, newlines and the Unicode spaces are all
    # non-printable), so without a double or an outer space there is nothing to
    # collapse. isprintable() is one C pass; split/join builds every word.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return str(text)  # not lxml's str subclass, which keeps its whole tree alive
    # str.split() splits on exactly the characters that \s matches, and strips.
    return " ".join(text.split())


def normalise(text: str) -> str:
    """A whole text: each paragraph normalised, paragraphs separated by one blank line.

    >>> normalise("a\\n b\\n\\n\\n c")
    'a b\\n\\nc'
    """
    paragraphs = (normalise_inline(p) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
