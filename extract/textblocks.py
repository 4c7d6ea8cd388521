"""Plain text (and text pulled out of PDFs) to blocks, headings guessed from shape.

    >>> [(b.kind, b.text) for b in read_text("1.DEFINITIONS\\nThe App means the\\nsoftware.")]
    [('heading', '1. DEFINITIONS'), ('para', 'The App means the software.')]

PDF text breaks lines mid-sentence, splits words with hyphens and quotes
across lines, and carries page numbers and page furniture (a running
header or footer repeated at the edge of most pages; pages are separated
by form feeds or ``----- page N -----`` lines). Furniture is dropped, but
the first copy of a running line that states the date is kept;
lines are re-joined into paragraphs unless a line ends a sentence well
short of the usual line width; headings are numbered lines
(``1.DEFINITIONS``, ``2.1 HOW WE ...``, ``Article 3 – Prix``), upper-case
lines and short title-case lines that start a paragraph. A short
upper-case line is a heading even inside a paragraph: PDF text often runs
a heading on from the line before it.
"""

from __future__ import annotations

import csv
import io
import re
import statistics

from policywatch.core.lexicon.structure import annex_label_pattern, clause_label_pattern
from policywatch.core.lexicon.tokens import LETTER_WORD
from policywatch.extract.blocks import GUESS, Block
from policywatch.extract.datetext import has_year
from policywatch.extract.heading_text import is_date_line
from policywatch.extract.normalise import normalise_inline
from policywatch.extract.partylines import name_detail_items
from policywatch.extract.pdflines import LineStyle, style_key
from policywatch.extract.pdftables import TABLE_SEPARATOR, table_row

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$", re.I)
# A rule typed under a line ("Sharing" / "======="): the line above is a heading.
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,}|~{3,}|\*{3,})$")
_BULLET = re.compile(r"^(?:[•▪●◦‣∙·*–-]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+(.*)$")
# Only the label is case-blind: the title after the number must start with a
# capital, or "Article 17 of the GDPR. You also..." (a wrapped line) is a heading.
_NUMBERED = re.compile(
    rf"^((?i:{clause_label_pattern()})\s*\d+[.:]?(?:\s*[-–—:])?|\d{{1,2}}(?:\.\d{{1,2}})*\.?"
    r"|(?:[IVX]{1,5}|[A-Z])[.)](?=\s))\s*"
    r"([A-ZÀ-ÖØ-Þ].{1,150})$"
)
_SHORT_LINE = 0.5
_MAX_UNDERLINED = 100  # characters of a line a rule under it makes a heading
LARGER = 1.15  # a font this much larger than the body's sets a line apart
_MAX_LABEL = 120
_LABEL_LETTERS = 0.7  # share of a label's characters that are letters
_MIN_WRAPPED = 10
# "Article 3 – Prix", "§ 4: Haftung": a labelled clause number and a stop open a heading
# anywhere ("Section 5 The ..." may be a wrapped sentence; "Section 5 – The ..." is not).
_ARTICLE = re.compile(rf"^(?i:{clause_label_pattern()})\s*\d+\s*[-–—:.]\s*[A-ZÀ-ÖØ-Þ]")
# "Annex 1", "Anhang B – Unterauftragsverarbeiter": an annex opens a part of its own.
_ANNEX_LINE = re.compile(
    rf"^(?i:{annex_label_pattern()})\s*(?:\d{{1,2}}|[A-Z]|[IVX]+)\b.{{0,100}}$"
)
PAGE_BREAK = "\n\f\n"
_PAGE_MARKER = re.compile(r"^-{3,}\s*page\s+\d+\s*-{3,}$", re.I)
_EDGE_LINES = 2  # lines at the top and the foot of a page where furniture sits
_MIN_PAGES = 2
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
    "with", "we", "our", "your", "do", "is", "us", "de", "la", "le", "et", "des", "du",
}  # fmt: skip
_SENTENCE_END = (".", "!", ";", ",")
# Words a line cannot end on when it is whole: it wraps on to the next.
_DANGLING = {"and", "or", "the", "a", "an", "of", "et", "ou", "le", "la", "les", "des", "du",
             "de", "und", "oder", "der", "die", "das", "y", "o", "e"}  # fmt: skip
_STOPS = (".", "!", "?", ":", ";")


def read_text(text: str, styles: dict[str, LineStyle] | None = None) -> list[Block]:
    """Split plain or PDF text into paragraph, item and guessed-heading blocks.

    ``styles`` (PDF) gives each line's typography by :func:`style_key`: a
    short line set bold or larger than the body at the start of a paragraph
    is a heading candidate even when its shape alone would not say so.
    """
    styles = styles or {}
    lines = _without_furniture(text)
    lines = [line for line in lines if not _PAGE_NUMBER.match(line)]
    width = _typical_width(lines)
    short_width = width if _width_known(lines) else 0  # 0: line length says nothing
    # Names one a line over their details (extract/partylines.py): items, whatever
    # the line before them ended with or their detail lines look like.
    party_items = name_detail_items(lines)
    after_item = 0
    blocks: list[Block] = []
    current: list[str] = []
    kind = "para"

    def flush() -> None:
        nonlocal kind
        if current:
            blocks.append(Block(kind, _join(current)))
            current.clear()
        kind = "para"

    for i, line in enumerate(lines):
        if i < after_item:
            continue  # a wrapped detail line, joined into its item
        if i in party_items:
            flush()
            after_item = party_items[i]
            blocks.append(Block("item", _join(lines[i:after_item])))
            continue
        if not line or _UNDERLINE.match(line) or ("|" in line and TABLE_SEPARATOR.match(line)):
            flush()  # a rule under a heading went with it (below); alone it separates
            continue
        if row := table_row(line):  # a table's row ("| a | b |", a PDF's: extract/pdftables.py)
            flush()
            blocks.append(Block("row", row))
            continue
        if _underlined(line, lines[i + 1] if i + 1 < len(lines) else ""):
            flush()
            blocks.append(Block("heading", tidy_number(line), GUESS))
            continue
        nxt = next((x for x in lines[i + 1 :] if x), "")
        at_start = not current or _ends_paragraph(current[-1], width)
        # Headings that PDF text runs on from the line above: an upper-case
        # line, a labelled clause ("Article 3 – Prix"), or any heading-shaped
        # line after a line far shorter than the width (a title, a date line),
        # or the next number after a numbered heading ("2. Your rights" after "1. Data").
        run_on = bool(current) and (
            _caps_heading(line, current[-1], width)
            or _ARTICLE.match(line) is not None
            or len(current[-1]) < short_width * _SHORT_LINE
            or _next_numbered_heading(line, current[-1], nxt, blocks)
        )
        style = _style(styles, line)
        # A line its font sets apart may start a block after any sentence's end.
        after_sentence = not current or current[-1].endswith(_STOPS)
        # A short line standing alone between blank lines, a paragraph below it.
        alone = not current and (i == 0 or not lines[i - 1]) and _blank_after(lines, i)
        if (
            ((at_start or run_on) and is_heading_line(line, nxt))
            or (
                after_sentence
                and _set_apart(style)
                and _label_shaped(line, nxt, _style(styles, nxt), style)
            )
            or (alone and _lone_heading(line, nxt, short_width))
        ):
            flush()
            block = Block("heading", tidy_number(line), GUESS)
            if style is not None:
                block.font_bold, block.font_scale = style.bold, style.scale
            blocks.append(block)
            continue
        if blocks and blocks[-1].kind == "heading" and not current and _continues_heading(line):
            blocks[-1].text += " " + line
            continue
        bullet = _BULLET.match(line)
        if bullet or at_start:
            flush()
            if bullet:
                kind = "item"
                line = bullet.group(1)
        current.append(line)
    flush()
    return blocks


def read_csv(text: str) -> list[Block]:
    """A CSV file (a sub-processor list kept as a spreadsheet): one table row a line.

    >>> [b.text for b in read_csv('Name,Purpose\\n"Acme, Inc.",Hosting\\n')]
    ['Name | Purpose', 'Acme, Inc. | Hosting']
    """
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    blocks = []
    for cells in rows:
        line = " | ".join(c for c in (normalise_inline(cell) for cell in cells) if c)
        if line:
            blocks.append(Block("row", line))
    return blocks


def _without_furniture(text: str) -> list[str]:
    """The normalised lines of ``text`` less page markers and running headers/footers.

    A line is furniture when the same line (digits aside: "Page 3 of 12")
    stands among the first or last lines of at least half the pages, and
    of two pages or more. One copy per page is furniture: a title right
    below a running header that repeats it is the title.
    """
    pages: list[list[str]] = []
    for chunk in text.split("\f"):
        pages.append([])
        for raw in chunk.splitlines():
            line = normalise_inline(raw)
            if _PAGE_MARKER.match(line):
                pages.append([])
            else:
                pages[-1].append(line)
    if len(pages) < _MIN_PAGES:
        return [line for page in pages for line in page]
    seen: dict[str, int] = {}
    for page in pages:
        for key in {_furniture_key(page[i]) for i in _edges(page)}:
            seen[key] = seen.get(key, 0) + 1
    furniture = {key for key, n in seen.items() if n >= max(_MIN_PAGES, len(pages) / 2)}
    lines: list[str] = []
    kept: set[str] = set()
    for page in pages:
        edges = _edges(page)
        dropped: set[str] = set()
        for i, line in enumerate(page):
            key = _furniture_key(line)
            if i in edges and key in furniture and key not in dropped:
                dropped.add(key)
                if key in kept or not is_date_line(line):
                    continue
                # A running header or footer stating the date ("Privacy Policy -
                # Last updated 12 May 2025 - Page 1 of 4"): its first copy stays.
                kept.add(key)
                lines += ["", line, ""]
                continue
            lines.append(line)
        lines.append("")
    return lines


def _edges(page: list[str]) -> set[int]:
    """Indexes of the first and last non-empty lines of a page."""
    filled = [i for i, line in enumerate(page) if line]
    return set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", line).casefold()


def _underlined(line: str, below: str) -> bool:
    """A short line with a rule of about its length right below it (setext style)."""
    return (
        len(line) <= _MAX_UNDERLINED
        and _UNDERLINE.match(below) is not None
        and abs(len(below) - len(line)) <= max(3, len(line) // 3)
        and sum(c.isalpha() for c in line) >= 3
    )


def _caps_heading(line: str, previous: str, width: int) -> bool:
    """An upper-case line well short of the width after a line that is not upper case."""
    return len(line) < width * 0.7 and _is_caps(line) and not _is_caps(previous)


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _typical_width(lines: list[str]) -> int:
    long_lines = [len(line) for line in lines if len(line) > 30]
    return int(statistics.median(long_lines)) if long_lines else 80


def _width_known(lines: list[str]) -> bool:
    """Enough wrapped lines to tell a short line from a full one."""
    return sum(len(line) > 30 for line in lines) >= _MIN_WRAPPED


def _ends_paragraph(line: str, width: int) -> bool:
    """A line ends its paragraph when it ends a sentence well short of the line width."""
    return line.endswith((".", "!", "?", ":", ";")) and len(line) < width * 0.8


def _join(lines: list[str]) -> str:
    """Re-join wrapped lines: repair hyphenation and quotes split from their word."""
    out = lines[0]
    for line in lines[1:]:
        if re.search(r"[a-zà-ÿ]-$", out) and line[:1].islower():
            out = out[:-1] + line
        elif out.endswith(('"', "(", "'", "/")) and _opens_quote(out):
            out += line
        else:
            out += " " + line
    return normalise_inline(out)


def _opens_quote(text: str) -> bool:
    """True when the trailing quote is an opening one (odd number of quotes so far)."""
    return not text.endswith('"') or text.count('"') % 2 == 1


def is_heading_line(line: str, nxt: str) -> bool:
    if len(line) > 150 or line.endswith(_SENTENCE_END) or not nxt:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 3:
        return False
    if _ANNEX_LINE.match(line):
        return True
    numbered = _NUMBERED.match(line)
    if numbered and not numbered.group(2).endswith(_SENTENCE_END):
        return len(line) <= 120
    if sum(c.isupper() for c in letters) >= 0.85 * len(letters):
        return len(letters) >= 4
    if line.endswith(":") or any(c.isdigit() for c in line):
        return False  # "Last Updated:", "October 2020": labels and dates, not headings
    return _is_title_case(line) and len(line) <= 80 and nxt[:1].isupper()


def _is_title_case(line: str) -> bool:
    words = LETTER_WORD.findall(line)
    if not words or not words[0][0].isupper() or len(words) > 12:
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(big) and sum(w[0].isupper() for w in big) >= 0.75 * len(big)


def _style(styles: dict[str, LineStyle], line: str) -> LineStyle | None:
    return styles.get(style_key(line)) if styles and line else None


def _set_apart(style: LineStyle | None) -> bool:
    """Set in a bold font or larger than the body text."""
    return style is not None and (style.bold or style.scale >= LARGER)


def _label_shaped(
    line: str, nxt: str, next_style: LineStyle | None, style: LineStyle | None = None
) -> bool:
    """A line its font sets apart that heads what follows.

    Short, starting in upper case, not the end of a sentence, and followed
    by a line that is not set apart the same way (consecutive bold lines
    are a bold paragraph, or a term wrapped over two lines; a large bold
    title over a body-size bold heading is two lines set apart differently).
    """
    letters = sum(c.isalpha() for c in line)
    words = line.split()
    return (
        bool(nxt)
        and letters >= 3
        and letters >= _LABEL_LETTERS * len(line.replace(" ", ""))
        and len(line) <= _MAX_LABEL
        and line[:1].isalnum()
        and not line[:1].islower()
        and not line.endswith(_SENTENCE_END)
        and words[-1].casefold() not in _DANGLING  # "... and" wraps on
        and not has_year(line)  # a date line, not a heading
        and not (_set_apart(next_style) and (style is None or next_style == style))
    )


def _lone_heading(line: str, nxt: str, width: int) -> bool:
    """A short line between blank lines heading the longer paragraph below it.

    Well short of the lines' usual width when the text wraps (PDF text that
    puts a blank line between all its lines has wrapped lines alone too),
    and the paragraph below ends a sentence.
    """
    return (
        _label_shaped(line, nxt, None)
        and len(nxt) > len(line)
        and not line.endswith(":")  # "In addition, the following data are required:"
        and nxt.endswith(_STOPS)
        and (not width or len(line) < width * _SHORT_LINE)
    )


def _blank_after(lines: list[str], i: int) -> bool:
    return i + 1 < len(lines) and not lines[i + 1]


_TOP_NUMBER = re.compile(r"^(\d{1,2})\.?\s+[A-ZÀ-ÖØ-Þ]")


def _next_numbered_heading(line: str, previous: str, nxt: str, blocks: list[Block]) -> bool:
    """ "2. Your rights" after a sentence's end, when "1. ..." was the last numbered heading.

    A full last line of a paragraph does not end it by its length, so only
    the numbering tells a heading from a wrapped line there; the next line
    must start anew (a wrapped sentence goes on in lower case).
    """
    this = _TOP_NUMBER.match(line)
    if this is None or not previous.endswith((".", "!", "?")) or not nxt[:1].isupper():
        return False
    numbers = (_TOP_NUMBER.match(b.text) for b in reversed(blocks) if b.kind == "heading")
    before = next((m for m in numbers if m), None)
    return before is not None and int(this.group(1)) == int(before.group(1)) + 1


def _continues_heading(line: str) -> bool:
    """A heading wrapped over two lines: the second part starts in lower case."""
    return line[:1].islower() and len(line) < 80 and not line.endswith(".")


def tidy_number(line: str) -> str:
    """``1.DEFINITIONS`` -> ``1. DEFINITIONS`` so numbering reads the same everywhere."""
    line = re.sub(r"^(\d{1,2}(?:\.\d{1,2})*\.)(?=[^\W\d])", r"\1 ", line)
    # "1General": a number glued to a capitalised word (text lost its space).
    return re.sub(r"^(\d{1,2})(?=[A-ZÀ-Þ][a-zà-ÿ])", r"\1 ", line)
