"""Find the date a document states about itself ("last updated", "effective", "version").

    >>> find_stated_date(["Privacy", "Last updated: 6 May 2024"], "en").value
    '2024-05-06'

A page holds many dates (copyright years, an earlier version it links to,
dates inside the policy), so the anchor phrase is found first and only a
date right after it counts; with no anchor the answer is "no date", never a
guess. Numeric dates whose day/month order is ambiguous are read by the
page's language and conventions, and the snippet says how they were read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from policywatch.core.model import StatedDate
from policywatch.extract.anchors import ANCHOR_TABLE as _ANCHOR_TABLE

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar janvier janv enero ene januari gennaio genn januarie",
        "february feb februar février fevrier févr fevr febrero febr februari febbraio",
        "march mar märz maerz marz mars marzo maart mrt",
        "april apr avril abril aprile",
        "may mai mayo mei maj maggio",
        "june jun juni juin junio giugno",
        "july jul juli juillet juil julio luglio",
        "august aug august août aout agosto augusti augustus",
        "september sep sept septembre septiembre setiembre settembre",
        "october oct oktober octobre octubre okt ottobre",
        "november nov novembre noviembre",
        "december dec dezember décembre decembre diciembre dic desember dicembre des",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|er|e|º|°|\.)?"
_DATE_PATTERNS = [
    ("iso", re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("numeric", re.compile(r"(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})\b")),
    ("dmy", re.compile(
        rf"(\d{{1,2}}){_ORD}\s*(?:de\s+)?({_MONTH})\.?,?\s*(?:de\s+)?(\d{{4}})\b", re.I
    )),
    ("mdy", re.compile(rf"({_MONTH})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})\b", re.I)),
    ("my", re.compile(rf"({_MONTH})\.?,?\s+(?:de\s+)?(\d{{4}})\b", re.I)),
    ("numeric-my", re.compile(r"(?<![\d.])(\d{1,2})[./](\d{4})\b")),
]  # fmt: skip

_ANCHORS = [("|".join(phrases), kind, strength) for kind, strength, phrases in _ANCHOR_TABLE]


def _first_letters(phrases: list[str]) -> str:
    """Every letter an anchor phrase can start with, as a character class body."""
    letters = set()
    for phrase in phrases:
        # "(?:date\s+of\s+)?last": the optional group's letter or the one after it.
        optional = re.match(r"\(\?:[^()]*\)\?", phrase)
        for head in (phrase, phrase[optional.end() :] if optional else ""):
            head = head.removeprefix("(?:")
            if head:
                assert head[0].isalpha(), f"anchor phrase must start with a letter: {phrase}"
                letters.add(head[0])
    return "".join(sorted(letters))


# One alternation finds any anchor; the per-kind patterns then say which it was.
# Without a literal prefix the regex engine tries all ~60 phrases at every
# position of a block; the look-ahead for their first letters (case folded
# like the phrases) rejects most positions at once: 2x faster, same matches.
_ANCHOR = re.compile(
    r"\b(?=[" + _first_letters([p for _, _, ps in _ANCHOR_TABLE for p in ps]) + "])"
    r"(?:" + "|".join(rx for rx, _, _ in _ANCHORS) + r")\b",
    re.I,
)
_ANCHOR_KINDS = [
    (re.compile(rf"(?:{rx})\Z", re.I), kind, strength) for rx, kind, strength in _ANCHORS
]


# Most blocks of an English page are ASCII once normalised. On ASCII text
# Unicode and ASCII classes agree, and lowercasing keeps every position, so
# these give the same matches as _YEAR and _ANCHOR, faster: \d tests one
# range, and case-sensitive phrases let the engine reject a phrase by its
# first letter instead of case-folding each try (anchors ~2.5x faster).
def _year(block: str) -> re.Match[str] | None:
    return (_YEAR_ASCII if block.isascii() else _YEAR).search(block)


def _anchors(block: str) -> Iterator[re.Match[str]]:
    if block.isascii():
        return _ANCHOR_LOWER.finditer(block.lower())
    return _ANCHOR.finditer(block)


# A year (19xx/20xx, not inside a longer number) or a short numeric date (3/11/25).
# Written to start with a plain \d so the regex engine can skip to the next digit
# instead of trying both branches at every character: 7x faster on a policy, and
# this runs over every block. Same matches as
# ``(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b``.
_YEAR = re.compile(r"\d(?:(?<!\d\d)(?:(?<=1)9|(?<=2)0)\d\d(?!\d)|\d?[./-]\d{1,2}[./-]\d{2}\b)")
_YEAR_ASCII = re.compile(_YEAR.pattern, re.ASCII)
# The phrases are written in lower case, so on lowercased text no flag is needed.
assert not re.search(r"(?<!\\)[A-Z]", _ANCHOR.pattern), "anchor phrases must be lower case"
_ANCHOR_LOWER = re.compile(_ANCHOR.pattern)
# Words that say a date belongs to another (earlier) version of the document.
# (Each alternation starts with a look-ahead for its words' first letters, as
# _ANCHOR does: same matches, far fewer positions tried.)
_OTHER_VERSION = re.compile(
    r"(?=[abefjprstuv])(?:previous|prior|earlier|former|archived?|replaces|superseded|until|"
    r"vorherig|vorige|bisherig|frühere|ersetzt|alte\s+fassung|bis\s+zum|"
    r"précédente|ancienne|remplace|jusqu|anterior|tidligere|föregående|forrige|precedente)",
    re.I,
)
_FILLER = re.compile(
    r"^[\s:*_\-–—,.(\[]*(?:on|as of|from|am|vom|du|le|el|den|per|dal|il|op|på|:|\s)*", re.I
)
_WINDOW = 70
_US_MARKERS = re.compile(
    r"\b(?=[cutdv$])"
    r"(?:California|CCPA|CPRA|United States|U\.S\.|Texas|Delaware|Virginia|\$\d)",
    re.I,
)
_EU_MARKERS = re.compile(r"\b(?=[grce€\d])(?:GDPR|RGPD|CNIL|EEA|European Union|€|\d\s?EUR)\b", re.I)


@dataclass
class _Candidate:
    score: int
    position: int
    date: StatedDate


def find_stated_date(
    blocks: list[str], language: str | None, lang_hint: str | None = None
) -> StatedDate | None:
    """The document's stated date from its text blocks, or None when it states none."""
    # Scanning the whole page for day/month conventions is the costliest step,
    # and only an ambiguous numeric date (03/04/2024) needs it: done on demand.
    day_first = cache(lambda: _day_first(blocks, language, lang_hint))
    best: _Candidate | None = None
    has_year = [bool(_year(block)) for block in blocks]
    for index, block in enumerate(blocks):
        if not has_year[index] and not (index + 1 < len(blocks) and has_year[index + 1]):
            continue  # no year here or in the next block: no stated date can start here
        for anchor in _anchors(block):
            found = _candidate(blocks, index, anchor, day_first)
            if found and (best is None or found.score > best.score):
                best = found
    return best.date if best else None


def _candidate(
    blocks: list[str], index: int, anchor: re.Match[str], day_first: Callable[[], bool]
) -> _Candidate | None:
    block = blocks[index]
    kind, strength = next(
        ((k, st) for rx, k, st in _ANCHOR_KINDS if rx.match(anchor.group())), ("last_updated", 1)
    )
    rest = block[anchor.end() :]
    source = block
    filler = _FILLER.match(rest)
    offset = filler.end() if filler else 0
    parsed = _parse_date(rest[offset : offset + _WINDOW + 30], day_first, limit=_WINDOW)
    if parsed is None and not rest[offset:].strip() and index + 1 < len(blocks):
        # "Last Updated:" at the end of a line or a heading: the date opens the next block.
        source = block + " " + blocks[index + 1]
        parsed = _parse_date(blocks[index + 1][: _WINDOW + 30], day_first, limit=20)
    if parsed is None:
        return None
    value, precision, note = parsed
    score = strength * 2
    before = block[: anchor.start()]
    if not before.strip(" *_#>-"):
        score += 3  # the anchor opens its line: a date line, not a sentence
    if len(source) < 140:
        score += 2
    if _OTHER_VERSION.search(block):
        score -= 20
    if score < 0:
        return None
    snippet = _snippet(source, anchor.start()) + (f" [{note}]" if note else "")
    return _Candidate(score, index, StatedDate(value, precision, kind, snippet))


def _snippet(text: str, start: int) -> str:
    """The anchor with a little context, cut at word boundaries."""
    lo = max(0, start - 30)
    while lo > 0 and not text[lo - 1].isspace():
        lo += 1
    hi = min(len(text), start + 100)
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return text[lo:hi].strip()


def _parse_date(
    text: str, day_first: Callable[[], bool], limit: int
) -> tuple[str, str, str] | None:
    """The first date at the start of ``text``: (value, precision, how it was read)."""
    best: tuple[int, tuple[str, str, str]] | None = None
    for name, pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m or m.start() > limit or "." in text[: m.start()].rstrip(". "):
            continue
        parsed = _read(name, m, day_first)
        if parsed and (best is None or m.start() < best[0]):
            best = (m.start(), parsed)
    return best[1] if best else None


def _read(
    name: str, m: re.Match[str], day_first: Callable[[], bool]
) -> tuple[str, str, str] | None:
    note = ""
    g = m.groups()
    if name == "iso":
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    elif name == "numeric":
        a, b, y = int(g[0]), int(g[2]), int(g[3])
        y = y + 2000 if y < 100 else y
        ambiguous = a <= 12 and b <= 12 and a != b
        if a > 12 or (ambiguous and day_first()):
            d, mo = a, b
        else:
            mo, d = a, b
        if ambiguous:
            note = "read as day/month" if day_first() else "read as month/day"
    elif name == "dmy":
        d, mo, y = int(g[0]), _MONTHS[g[1].lower()], int(g[2])
    elif name == "mdy":
        mo, d, y = _MONTHS[g[0].lower()], int(g[1]), int(g[2])
    else:
        if name == "my":
            mo, y = _MONTHS[g[0].lower()], int(g[1])
        else:
            mo, y = int(g[0]), int(g[1])
        if not (1 <= mo <= 12 and 1990 <= y <= 2100):
            return None
        return f"{y:04d}-{mo:02d}", "month", note
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1990 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}", "day", note


def _day_first(blocks: list[str], language: str | None, lang_hint: str | None) -> bool:
    """Day/month order for ambiguous numeric dates: by the page's numbers, then language."""
    text = "\n".join(blocks)
    orders = _unambiguous_orders(text)
    if orders[0] != orders[1]:
        return orders[0] > orders[1]
    # CMS templates default to lang="en-US" whatever the company, so the
    # hint is not trusted for order; the page's own signals are.
    if (language or "en") != "en":
        return True
    return len(_EU_MARKERS.findall(text)) > len(_US_MARKERS.findall(text))


def _unambiguous_orders(text: str) -> tuple[int, int]:
    """Count numeric dates that can only be day-first vs only month-first."""
    day_first = month_first = 0
    for m in _DATE_PATTERNS[1][1].finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
    return day_first, month_first
