"""How a heading is numbered: "3.", "2.1", "Article 4", "B)", "IV.", "Annex 2".

    >>> number_of("Article 3 – Prix")
    Number(kind='num', value=3, depth=1, inserted=False)
    >>> number_of("10bis. Jeux concours"), number_of("2a. Eligibility").depth
    (Number(kind='num', value=10, depth=1, inserted=True), 2)
    >>> number_of("2.1 How we share").depth, number_of("Schedule 1").kind, number_of("Scope")
    (2, 'annex', None)

Clause labels ("Article", "§", "Artículo") and annex labels ("Annex",
"Anhang", "Załącznik") come from :mod:`policywatch.core.lexicon.structure`,
so numbering reads the same in every language and every format.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from policywatch.core.lexicon.structure import annex_label_pattern, clause_label_pattern
from policywatch.extract.blocks import GUESS, Block

_NUM = re.compile(
    rf"^(?:{clause_label_pattern()}\s*)?"
    r"(\d{1,3})((?:\.\d{1,3})*)(bis|ter|quater|[a-z])?(?:\.|\)|:|\s|$)",
    re.I,
)
_LETTER = re.compile(r"^([A-Z])[.)]\s")
_ROMAN = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s")
# An annex label with its number, letter or a stop after it: "Annex 1", "Anhang", "Schedule:".
_ANNEX = re.compile(
    rf"^{annex_label_pattern()}\s*(?:\d|[A-Z]\b|[IVX]+\b|[:.–—(-]|nr\b|no\b|$)", re.I
)
MIN_RUN = 3  # depth-1 numbers of one kind that make a numbered outline
_LABELLED = re.compile(rf"^{clause_label_pattern()}\s*\d", re.I)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


@dataclass(frozen=True)
class Number:
    """A heading's number: its kind, its value and how deep it sits ("2.1" is depth 2)."""

    kind: str  # "num" | "letter" | "roman" | "annex"
    value: int
    depth: int
    inserted: bool = False  # "10bis", "4ter": a clause inserted after the one of that number


def number_of(text: str) -> Number | None:
    """The number a heading opens with, or None when it has none."""
    if _ANNEX.match(text):
        return Number("annex", 0, 1)
    if m := _NUM.match(text):
        # "3a" is a sub-clause of 3; "10bis" is inserted beside 10, as deep as it.
        depth = 1 + m.group(2).count(".") + (len(m.group(3) or "") == 1)
        return Number("num", int(m.group(1)), depth, len(m.group(3) or "") > 1)
    if m := _LETTER.match(text):
        return Number("letter", ord(m.group(1)) - 64, 1)
    if (m := _ROMAN.match(text)) and m.group(1):
        return Number("roman", _roman_value(m.group(1)), 1)
    return None


def numbers_of(texts: list[str]) -> list[Number | None]:
    """The numbers of a document's headings, read together: "I." is a roman one among "II.", "III.".

    A lone letter that is also a roman numeral ("I.", "V.", "X.") reads as a
    letter unless the document numbers with unambiguous roman numerals ("II.",
    "IV.") and the letter does not follow the previous letter ("H." before "I.").

        >>> [n.kind for n in numbers_of(["I. Scope", "II. Data", "IV. Rights", "V. Contact"])]
        ['roman', 'roman', 'roman', 'roman']
        >>> [n.kind for n in numbers_of(["H) Ads", "I) Cookies", "J) Rights"])]
        ['letter', 'letter', 'letter']
    """
    numbers = [number_of(t) for t in texts]
    if not any(n and n.kind == "roman" for n in numbers):
        return numbers
    previous_letter = 0
    for k, (text, num) in enumerate(zip(texts, numbers, strict=True)):
        if num is None or num.kind != "letter":
            continue
        follows = num.value == previous_letter + 1
        previous_letter = num.value
        if not follows and (m := _ROMAN.match(text)) and m.group(1):
            numbers[k] = Number("roman", _roman_value(m.group(1)), 1)
    return numbers


def has_clause_label(text: str) -> bool:
    """Whether the number comes with a clause label ("Article 3", "§ 4", "Cláusula 2")."""
    return _LABELLED.match(text) is not None


def is_caps(text: str) -> bool:
    """Mostly upper-case letters (at least 80%): "1. DEFINITIONS", "PRÉAMBULE"."""
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper > 0 and upper >= 4 * lower  # upper >= 0.8 of cased letters


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def numbered_outline(
    numbers: list[Number | None], ranks: list[int], shapes: list[tuple[str, bool]]
) -> tuple[str | None, tuple[str, bool] | None]:
    """The kind of the document's numbered outline (3+ depth-1 numbers) and its usual shape.

    Of several kinds (lettered parts holding numbered clauses), the top one
    does not start over inside the document, has the shallowest markup, and
    is the most frequent, in that order. ``ranks`` order the candidates'
    markup levels; ``shapes`` say how each looks (markup class, upper case),
    and the outline's usual shape is returned with its kind.
    """
    restarts = restarting_kinds(numbers)
    kinds = Counter(n.kind for n in numbers if n and n.depth == 1 and n.kind != "annex")
    runs = [k for k, count in kinds.items() if count >= MIN_RUN]
    if not runs:
        return None, None
    kind = min(
        runs,
        key=lambda k: (
            k in restarts,
            min(r for n, r in zip(numbers, ranks, strict=True) if n and n.kind == k),
            -kinds[k],
        ),
    )
    usual = Counter(
        shape
        for n, shape in zip(numbers, shapes, strict=True)
        if n and n.kind == kind and n.depth == 1
    )
    return kind, usual.most_common(1)[0][0]


def restarting_kinds(numbers: list[Number | None]) -> set[str]:
    """Kinds of depth-1 numbering that start over (1, 2, 3, 1, 2): lists or nested clauses."""
    last: dict[str, int] = {}
    out = set()
    for num in numbers:
        if num is None or num.depth != 1 or num.kind == "annex":
            continue
        previous = last.get(num.kind, 0)
        if num.value < previous or (num.value == previous and not num.inserted):
            out.add(num.kind)
        last[num.kind] = num.value
    return out


def in_sequence(numbers: list[Number | None]) -> list[bool]:
    """Whether each depth-1 number follows the previous one of its kind (a skip allowed)."""
    last: dict[str, int] = {}
    at_kind: dict[str, int] = {}
    out = []
    for num in numbers:
        if num is None or num.depth != 1 or num.kind == "annex":
            out.append(False)
            continue
        previous = last.get(num.kind)
        if previous is None:
            out.append(num.value <= 1)
        else:
            step = num.value - previous
            out.append(step == 0 if num.inserted else 0 < step <= 2)
            if not out[at_kind[num.kind]] and 0 < step <= 2:
                out[at_kind[num.kind]] = True  # an excerpt may start at 7: its successor says so
        last[num.kind] = num.value
        at_kind[num.kind] = len(out) - 1
    return out


# A line that is only a section number: "2.", "2.1", "IV.", "B)", "Article 3", "§ 4:".
# A bare "2" is not one: that is a page number at a page's foot.
_NUMBER_ONLY = re.compile(
    rf"^(?:(?i:{clause_label_pattern()})\s*\d{{1,3}}[.:]?|\d{{1,2}}\.|\d{{1,2}}(?:\.\d{{1,2}})+\.?"
    r"|[IVX]{1,5}\.|[A-Z][.)])$"
)
_MAX_JOINED = 120  # characters of a heading-shaped line a lone number joins
_OPEN_ENDS = (".", ",", ";", ":", "!")


def join_lone_numbers(blocks: list[Block]) -> list[Block]:
    """A block that is only a section number joins the heading-shaped block after it.

    PDF text (and Markdown or HTML made from it) can set a heading's number
    on a line of its own: "2." then "DESCRIPTION OF THE APPLICATION" reads
    as one heading, "2. DESCRIPTION OF THE APPLICATION", before headings are
    judged. A number before a paragraph, a page number ("2" alone) and a
    numbered item whose text wraps on (the line after it goes on in lower
    case) stay as they are.

    >>> [b.text for b in join_lone_numbers([Block("para", "2."), Block("heading", "SCOPE", 8),
    ...                                     Block("para", "We collect data.")])]
    ['2. SCOPE', 'We collect data.']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        if nxt is not None and _NUMBER_ONLY.match(block.text) and _heading_shaped(nxt, after):
            # A plain line becomes a guessed heading, as a numbered PDF line is.
            plain = nxt.kind == "para" and not nxt.rank
            kind, rank = ("heading", GUESS) if plain else (nxt.kind, nxt.rank)
            out.append(replace(nxt, kind=kind, rank=rank, text=f"{block.text} {nxt.text}"))
            i += 2
            continue
        out.append(block)
        i += 1
    return out


def _heading_shaped(block: Block, after: Block | None) -> bool:
    """A short line that starts in upper case, ends no sentence and does not wrap on."""
    text = block.text
    letters = sum(c.isalpha() for c in text)
    return (
        block.kind in ("para", "heading")
        and letters >= 3
        and len(text) <= _MAX_JOINED
        and text[:1].isupper()
        and not text.endswith(_OPEN_ENDS)
        and number_of(text) is None
        and not (after is not None and after.text[:1].islower())
    )
