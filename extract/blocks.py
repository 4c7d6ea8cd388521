"""The intermediate form every reader produces: a flat list of text blocks.

HTML, Markdown, PDF and plain text readers all turn their input into
:class:`Block` objects; :mod:`outline` then decides which blocks are headings
and at what depth, and renders the normalised text and the sections.
"""

from __future__ import annotations

from dataclasses import dataclass

# Ranks of heading candidates: 1-6 are markup heading levels (h1-h6, ATX,
# setext); BOLD is a paragraph that is entirely bold; GUESS is a line that a
# plain-text/PDF reader guessed to be a heading from its shape alone; PLAIN is
# a short paragraph of a page that marks up almost no headings (CSS-styled
# ones come out as plain paragraphs), read as a candidate by the outline.
BOLD = 7
GUESS = 8
PLAIN = 9


@dataclass
class Block:
    """One paragraph, list item, table row or heading candidate.

    ``kind`` is ``"para"``, ``"item"`` (list item), ``"row"`` (table row) or
    ``"heading"``; ``rank`` orders heading candidates (see module constants).
    """

    kind: str
    text: str
    rank: int = 0
    single_line: bool = False  # a paragraph that was one source line (heading-shaped?)
    # Typography where the format says it (PDF fonts): set in a bold font, and
    # the font size over the body text's.
    font_bold: bool = False
    font_scale: float = 1.0
    list_number: int | None = None  # an ordered list item's number as written (Markdown)

    @property
    def is_candidate(self) -> bool:
        return self.kind == "heading" or self.rank == BOLD
