"""Runs of colon labels over paragraphs: "Retention:" / "We keep ...", down the page.

Pages with no heading markup (plain text, Markdown without ``#``, HTML styled
by CSS, PDF lines in the body font) may head their sections with short colon
labels, each alone on its line above its paragraph ("Retention:",
"Oppbevaring:", "Speicherdauer:", "Conservation :"). One such label alone says
little (a lone "Note:" above a paragraph); a list's lead-in is followed by the
list, and a sentence ending in a colon ("We collect, for example:") is no
label. Three or more labels of one shape, each over a paragraph that starts a
sentence and runs longer, are the page's sections (:data:`.headings.RULED`).

    >>> from policywatch.extract.blocks import Block
    >>> body = "We keep the data you give us only as long as the service needs it."
    >>> blocks = [Block("para", "Privacy"), Block("para", body)]
    >>> for topic in ("Retention:", "Sharing:", "Your rights:"):
    ...     blocks += [Block("para", topic), Block("para", body)]
    >>> rhythm = Rhythm(blocks, [2, 4, 6], [(9, "none", False)] * 3)
    >>> [rhythm.run_kind(k) for k in range(3)]
    ['colon', 'colon', 'colon']
    >>> is_colon_label("Conservation :"), is_colon_label("We collect, for example:")
    (True, False)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Sequence

from policywatch.extract.blocks import Block
from policywatch.extract.heading_text import starts_mid_sentence
from policywatch.extract.numbering import MIN_RUN

# A label of one to six words (no digits, no comma) ending in a colon, French
# spacing allowed: "Retention:", "Oppbevaring:", "Speicherdauer:", "Conservation :".
_COLON_LABEL = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_]+){0,5} ?:")
# A line that ends a sentence (or runs on) is no label line; a question may head a section.
_SENTENCE_END = re.compile(r"[.;,:!…]\W*$")
_MAX_LINE = 80  # characters of a label line
_MIN_BODY = 60  # characters of the paragraph a label heads (and at least twice the label)


def is_label_line(text: str) -> bool:
    """A short line that ends no sentence: ``Your rights``, ``Who are we?``."""
    text = text.strip()
    return len(text) <= _MAX_LINE and _SENTENCE_END.search(text) is None


def is_colon_label(text: str) -> bool:
    """A few words ending in a colon: ``Retention:`` (``Note: see below`` is a lead-in)."""
    return _COLON_LABEL.fullmatch(text.strip()) is not None


class Rhythm:
    """Which candidates are labels over a paragraph, and how many of their shape and kind are.

    ``shapes``: each candidate's shape (its level, numbering and case), so a
    run is of labels written alike. Kinds: ``colon`` ("Retention:") and
    ``line`` (a short line that ends no sentence, "Your rights").
    """

    def __init__(self, blocks: list[Block], cands: list[int], shapes: Sequence[Hashable]) -> None:
        cand_set = set(cands)
        self.kinds = [
            _label_kind(blocks[i].text) if _heads_paragraph(blocks, i, cand_set) else None
            for i in cands
        ]
        self.shapes = shapes
        self.runs = Counter(
            (s, kind) for s, kind in zip(shapes, self.kinds, strict=True) if kind is not None
        )

    def run_kind(self, k: int) -> str | None:
        """``colon`` or ``line`` when candidate ``k`` is one of a run of labels of its shape."""
        kind = self.kinds[k]
        return kind if kind and self.runs[(self.shapes[k], kind)] >= MIN_RUN else None


def _label_kind(text: str) -> str | None:
    if is_colon_label(text):
        return "colon"
    return "line" if is_label_line(text) else None


def _heads_paragraph(blocks: list[Block], i: int, cand_set: set[int]) -> bool:
    """The next block is a paragraph (no candidate) that starts a sentence, and longer."""
    if i + 1 >= len(blocks) or i + 1 in cand_set:
        return False
    nxt, text = blocks[i + 1], blocks[i].text
    return (
        nxt.kind == "para"
        and not starts_mid_sentence(nxt.text)
        and len(nxt.text) >= max(_MIN_BODY, 2 * len(text))
    )
