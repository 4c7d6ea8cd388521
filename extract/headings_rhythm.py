"""Runs of colon labels over paragraphs: "Retention:" / "We keep ...", down the page.

Pages with no heading markup (plain text, Markdown without ``#``, HTML styled
by CSS) may head their sections with short colon labels, each alone on its
line above its paragraph ("Retention:", "Oppbevaring:", "Speicherdauer:",
"Conservation :"). One such label alone says little (a lone "Note:" above a
paragraph); a list's lead-in is followed by the list, and a sentence ending
in a colon ("We collect, for example:") is no label. Three or more labels of
one shape, each over a paragraph that starts a sentence and runs longer, are
the page's sections (read by rule in :func:`.headings.top_level`).

    >>> from policywatch.extract.blocks import Block
    >>> body = "We keep the data you give us only as long as the service needs it."
    >>> blocks = [Block("para", "Privacy"), Block("para", body)]
    >>> for topic in ("Retention:", "Sharing:", "Your rights:"):
    ...     blocks += [Block("para", topic), Block("para", body)]
    >>> rhythm = Rhythm(blocks, [2, 4, 6], [("none", False)] * 3)
    >>> [rhythm.in_colon_run(k) for k in range(3)]
    [True, True, True]
    >>> is_colon_label("Conservation :"), is_colon_label("We collect, for example:")
    (True, False)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Sequence

from policywatch.extract.blocks import Block
from policywatch.extract.heading_text import starts_mid_sentence
from policywatch.extract.numbering import MIN_RUN, is_caps, number_of

# A label of one to six words (no digits, no comma) ending in a colon, French
# spacing allowed: "Retention:", "Oppbevaring:", "Speicherdauer:", "Conservation :".
_COLON_LABEL = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_]+){0,5} ?:")
_MIN_BODY = 60  # characters of the paragraph a label heads (and at least twice the label)


def is_colon_label(text: str) -> bool:
    """A few words ending in a colon: ``Retention:`` (``Note: see below`` is a lead-in)."""
    return _COLON_LABEL.fullmatch(text.strip()) is not None


class Rhythm:
    """Which candidates are colon labels over a paragraph, and how many of their shape are.

    ``shapes``: each candidate's shape (numbering and case), so a run is of
    labels written alike.
    """

    def __init__(self, blocks: list[Block], cands: list[int], shapes: Sequence[Hashable]) -> None:
        cand_set = set(cands)
        self.labels = [
            is_colon_label(blocks[i].text) and _heads_paragraph(blocks, i, cand_set) for i in cands
        ]
        self.shapes = shapes
        self.runs = Counter(s for s, label in zip(shapes, self.labels, strict=True) if label)

    def in_colon_run(self, k: int) -> bool:
        """Candidate ``k`` is a colon label over its paragraph, one of a run of its shape."""
        return self.labels[k] and self.runs[self.shapes[k]] >= MIN_RUN


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


_STOPS = (".", "!", ":", ";", ",")  # a short line ending so is a sentence or a lead-in


def flat_plain_run(blocks: list[Block], cands: list[int]) -> list[int]:
    """On a page without heading markup, the short lines that each head a longer paragraph.

    Read only where the page is flat, no unpunctuated short line directly over
    another (a page that nests its headings, "Data" over "Cookies", shows two
    in a row; so does a signature block), numbers none (a numbered outline
    decides) and writes them in one case: then its unpunctuated short lines
    each over a paragraph are one level, the page's sections (three or more:
    read by rule in :func:`.headings.top_level`; a question is one of them).
    A one-line sentence ("We never sell your data."), a colon label and a
    signature line over another short line stay out of the run.

        >>> body = "We keep the data you give us only as long as the service needs it."
        >>> blocks = [Block("para", "Privacy"), Block("para", body)]
        >>> for topic in ("Retention", "Sharing", "Your rights"):
        ...     blocks += [Block("para", topic), Block("para", body)]
        >>> flat_plain_run(blocks, [2, 4, 6])
        [2, 4, 6]
    """
    cand_set = set(cands)
    unpunctuated = [i for i in cands if not blocks[i].text.rstrip().endswith(_STOPS)]
    if any(blocks[i].is_candidate or i + 1 in cand_set for i in unpunctuated):
        return []  # marked up, or a short line right over another: nested (or a signature)
    if any(number_of(blocks[i].text) is not None for i in cands):
        return []  # a numbered outline says which lines head the document
    heads = [i for i in unpunctuated if _heads_paragraph(blocks, i, cand_set)]
    if len({is_caps(blocks[i].text) for i in heads}) > 1:
        return []  # upper-case lines and others, each over text: two levels
    return heads if len(heads) >= MIN_RUN else []
