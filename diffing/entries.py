"""Lists of parties read as entries, and diffed entry by entry.

A sub-processor list, a recipients table or a "we share with" list says who
gets the data, for what and where. Read line by line it is a wall of
re-formatted rows; read as entries (name, purpose, location, data) its
change is plain: an entry added or removed, or its location, purpose or data
changed, is material with the entry as evidence; a reordered table, a table
turned into a list, a changed link or the same company renamed is not.

    >>> from policywatch.core.model import ExtractedDocument
    >>> old = ExtractedDocument(text="## Sub-processors\\n\\nName | Purpose | Location\\n\\n"
    ...     "AWS | Hosting | United States\\n\\nStripe | Payments | Ireland")
    >>> new = ExtractedDocument(text="## Sub-processors\\n\\nName | Purpose | Location\\n\\n"
    ...     "Stripe | Payments | Ireland\\n\\nAWS | Hosting | United States\\n\\n"
    ...     "Cloudflare | Cloud services | US")
    >>> [c.describe() for c in diff_entries(read_entries(old), read_entries(new))]
    ['added: Cloudflare (Cloud services, US)']

Shapes read, as extraction writes them: table rows (``a | b | c``, cells
joined by `` / `` from ``<br>`` cells, CSV lines), bullet items
(``- Name: what it does``) and, in a document of type ``subprocessors``,
paragraphs that open with a company name (a definition list flattened),
one heading per party, and a name on a line of its own over its details (a
bold name, a card, a ``<dl>`` term; see :mod:`.party_names` for what a name
looks like). Every shape, in eight languages: tests/diffing/test_entry_shapes.py.
A list counts as a list of parties when its header names a party column,
when the document is a sub-processor list, or when its heading or the
sentence before it speaks of recipients (the ``recipients`` words of
:mod:`.lexicons`). Pairing and comparing the entries of two versions is
:mod:`.entries_diff`, whose :func:`diff_entries` this module re-exports.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from policywatch.core.lexicon import LANGUAGES, legal_forms
from policywatch.core.lexicon.countries import countries_in, country_name
from policywatch.core.lexicon.party_columns import (
    LINK_LABELS,
    NOT_PARTY_HEADERS,
    ROLE_ORDER,
    ROLE_WORDS,
)
from policywatch.core.model import ExtractedDocument
from policywatch.diffing.entries_diff import diff_entries
from policywatch.diffing.lexicons import topics
from policywatch.diffing.model import Entry, EntryChange
from policywatch.diffing.party_names import (
    COMPANY_END,
    FORM_COMMA,
    MAX_NAME_CHARS,
    MAX_NAME_WORDS,
    NAME_WITH_FORM,
    bare_name,
    name_like,
    party_paragraph,
    split_item,
    split_paragraph,
)
from policywatch.diffing.text import key, plain
from policywatch.extract.pdftables import row_numbers

__all__ = ["Entry", "EntryChange", "PartyLists", "diff_entries", "read_entries"]

SUBPROCESSORS = "subprocessors"
# A list needs this many entries.
MIN_ENTRIES = 2

# Which column names, locates, says what data or what for: core/lexicon/party_columns.py.
# Legal-form words that do not tell two companies apart (core/lexicon/legal_forms.py).
LEGAL_FORMS = legal_forms.WORDS
_PIPE = re.compile(r"\s*\|\s*")
_SLASH = re.compile(r"\s+/\s+")
_BULLET = re.compile(r"^\s*(?:[-*+•–]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^#{1,6}\s+(?!\|)")  # "# | Name | ...": a row whose first cell is "#"
_PLACE_NOTE = re.compile(r"\([^()]{1,60}\)|(?:[,;]|\s[-–])\s[^,;()]{1,40}$")
_LABELLED = re.compile(r"^[\w ]{1,20}:\s")
_LABEL_AFTER_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[\w ]{1,20}:\s)")
_RULE = re.compile(r"^[\s|:+-]*$")


@dataclass
class PartyLists:
    """The entries of one document's lists of parties, and the rows they were read from."""

    entries: list[Entry] = field(default_factory=list)
    # Comparison keys of every line that belongs to a list (header rows included).
    rows: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.entries)


def read_entries(doc: ExtractedDocument, doc_type: str | None = None) -> PartyLists:
    """Every list of parties in a document, as entries (see the module docstring)."""
    whole = (doc_type or "").replace("-", "_") == SUBPROCESSORS
    found = PartyLists()
    for entries, lines in _heading_entries(doc.text, whole, doc.language):
        found.entries.extend(entries)
        found.rows.update(key(line) for line in lines)
    # The lines under a heading entry ("Purpose: Hosting") are that entry's, no list's.
    in_sections = set(found.rows)
    for run in _runs(doc.text, whole):
        entries = [e for e in _entries(run, whole, doc.language) if key(e.row) not in in_sections]
        if entries:
            found.entries.extend(entries)
            found.rows.update(key(line) for line in run.lines)
    return found


# --- one heading per entry --------------------------------------------------------

# A section that is one entry: its heading the name, a few short lines under it
# ("Purpose: Hosting", "Location: Ireland" or one line saying what it does).
ENTRY_SECTION_LINES = 4
ENTRY_SECTION_WORDS = 60
# A name over lines saying what it does ("**Stripe, Inc.**" over "Payments") heads
# its own section, below any heading.
NAME_LINE_LEVEL = 7


def _heading_entries(
    text: str, whole: bool, language: str | None
) -> Iterator[tuple[list[Entry], list[str]]]:
    """Runs of sibling sections, one per party, headed by its name.

    In a sub-processor list any name-like heading will do ("Cloudflare",
    "Google LLC"); elsewhere the names must carry a legal form (an "Amazon Web
    Services, Inc." heading, not a "Service Providers" one) under a heading or
    lead sentence about recipients.
    """
    sections: list[tuple[int, str, list[str]]] = []  # (level, heading, lines under it)
    lines = [x.strip() for x in text.splitlines() if x.strip() and not _RULE.match(x)]
    listed = False  # the last section is a name listed as an item, its details items too
    for n, line in enumerate(lines):
        if _HEADING.match(line) and not _field_line(_HEADING.sub("", line)):
            sections.append((len(line) - len(line.lstrip("#")), _HEADING.sub("", line), []))
            listed = False
        elif _name_over_details(line, lines[n + 1 : n + 2], whole):
            sections.append((NAME_LINE_LEVEL, plain(_BULLET.sub("", line)), []))
            listed = _BULLET.match(line) is not None
        elif listed and not _BULLET.match(line):
            # A paragraph after a list of names and details ends the list (a <dl>, PDF
            # name lines): it is no detail of the last name.
            sections.append((0, "", [line]))
            listed = False
        elif sections:
            sections[-1][2].append(line)
    run: list[tuple[int, str, list[str]]] = []
    context = ""
    for section in [*sections, (0, "", ["."] * (ENTRY_SECTION_LINES + 1))]:
        level, heading, lines = section
        # Siblings: one heading level, or bold names some of which extraction read as
        # headings and some not.
        sibling = not run or run[0][0] == level or NAME_LINE_LEVEL in (run[0][0], level)
        if _entry_section(heading, lines, whole) and sibling:
            run.append(section)
            continue
        if len(run) >= MIN_ENTRIES and (whole or "recipients" in topics(key(context))):
            entries = [_section_entry(h, body, language) for _, h, body in run]
            yield entries, [line for _, h, body in run for line in (h, *body)]
        run = [section] if _entry_section(heading, lines, whole) else []
        if not run:
            context = f"{heading} {' '.join(lines[-1:])}"


def _field_line(text: str) -> bool:
    """'Location: Ireland', even where extraction read the last such line as a heading."""
    label, _, value = plain(text).partition(": ")
    return bool(value) and len(label.split()) <= 3 and _role(label) not in (None, "name")


def _name_over_details(line: str, following: list[str], whole: bool) -> bool:
    """A bold name, a card's first line or a definition term: a name on a line of its
    own ('Stripe, Inc.') over a line that is no name and no heading ('Payments')."""
    if len(line) > MAX_NAME_CHARS or line.count(" ") >= MAX_NAME_WORDS + 2:
        return False  # most lines: prose, far longer than a name
    name = plain(_BULLET.sub("", line))
    if not (NAME_WITH_FORM.match(name) or (whole and bare_name(name))):
        return False
    if _shape(line)[0] not in ("para", "bullet"):
        return False
    after = [plain(_BULLET.sub("", x)) for x in following if _shape(x)[0] in ("para", "bullet")]
    return bool(after) and not (bare_name(after[0]) or _names_party(after[0]))


def _entry_section(heading: str, lines: list[str], whole: bool) -> bool:
    if len(lines) > ENTRY_SECTION_LINES or len(" ".join(lines).split()) > ENTRY_SECTION_WORDS:
        return False
    if any(COMPANY_END.match(plain(x)) or bare_name(plain(x)) or _names_party(x) for x in lines):
        # Names under it: a group's heading ("Infrastructure", "Monitoring"), no entry.
        return False
    if NAME_WITH_FORM.match(heading.strip()):
        return True
    # The list's own title ("Unterauftragsverarbeiter") names a kind of party, not one.
    return whole and bare_name(heading) and "recipients" not in topics(key(heading))


def _names_party(line: str) -> bool:
    """A list item that opens with a company's name: 'Stripe, Inc.: Payments (Ireland)'."""
    parts = split_item(plain(_BULLET.sub("", line)))
    return parts is not None and bool(NAME_WITH_FORM.match(parts[0]))


def _section_entry(heading: str, lines: list[str], language: str | None) -> Entry:
    fields: dict[str, list[str]] = {}
    # "Cloud hosting. Location: Ireland" is two lines in one.
    parts = [p for x in lines for p in _LABEL_AFTER_SENTENCE.split(plain(_BULLET.sub("", x)))]
    for text in parts:
        label, _, value = text.partition(": ")
        role = _role(label) if value and len(label.split()) <= 3 else None
        if role in (None, "name"):
            role, value = "purpose", text
        if key(value) not in LINK_LABELS:
            fields.setdefault(role, []).append(value)
    if "location" not in fields:
        places = _places(" ".join(fields.get("purpose", [])), language)
        if places:
            fields["location"] = [", ".join(sorted(country_name(c) for c in places))]
    return _entry(heading, fields, heading, heading, language)


# --- finding lists --------------------------------------------------------------


@dataclass
class _Run:
    shape: str  # pipe | slash | csv | bullet | para
    lines: list[str]
    heading: str
    lead: str  # the paragraph just before the run


def _shape(line: str) -> tuple[str, int]:
    body = _HEADING.sub("", line)
    if "|" in body:
        cells = [c for c in _PIPE.split(body.strip().strip("|")) if c.strip()]
        if len(cells) >= 2:
            return "pipe", len(cells)
    if _SLASH.search(body):
        return "slash", len(_SLASH.split(body))
    if "," in FORM_COMMA.sub(" ", body) and not body.rstrip().endswith((".", ":")):
        cells = next(csv.reader([body]))
        if len(cells) >= 2 and all(len(c.split()) <= 12 for c in cells):
            return "csv", len(cells)
    if _BULLET.match(line):
        return "bullet", 0
    if _HEADING.match(line):
        return "heading", 0
    return "para", 0


def _runs(text: str, whole: bool) -> Iterator[_Run]:
    """Runs of consecutive lines of one list shape, with their heading and lead sentence."""
    heading, lead = "", ""
    run: _Run | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or _RULE.match(line):
            continue
        shape, cells = _shape(line)
        same = run is not None and run.shape == shape and shape != "heading"
        if same and shape in ("pipe", "slash", "csv"):
            # A table keeps its width (a ragged row or two of one cell more or less is fine).
            same = abs(cells - _shape(run.lines[0])[1]) <= 1  # type: ignore[union-attr]
        if same and shape == "para" and not whole:
            # Outside a sub-processor list only names ('Stripe, Inc. (Ireland)') make one.
            same = party_paragraph(line) and party_paragraph(run.lines[-1])  # type: ignore[union-attr]
        if same:
            run.lines.append(line)  # type: ignore[union-attr]
            continue
        if run is not None:
            yield run
            if run.shape == "para":
                lead = run.lines[-1]
        run = None
        if shape == "heading":
            heading, lead = _HEADING.sub("", line), ""
        elif shape == "para" and not whole and not party_paragraph(line):
            lead = line
        else:
            run = _Run(shape, [line], heading, lead)
    if run is not None:
        yield run


def _entries(run: _Run, whole: bool, language: str | None) -> list[Entry]:
    if run.shape in ("pipe", "slash", "csv"):
        return _table_entries(run, whole, language)
    if run.shape == "bullet" and (whole or _about_parties(run)):
        return _item_entries(run, language, split=split_item)
    if run.shape == "para" and whole:
        return _item_entries(run, language, split=split_paragraph)
    if run.shape == "para" and len(run.lines) >= MIN_ENTRIES and _about_parties(run):
        # Names with a legal form, one a paragraph, under a heading on recipients.
        return _item_entries(run, language, split=split_paragraph)
    return []


def _about_parties(run: _Run) -> bool:
    """The list's heading or the sentence introducing it speaks of recipients."""
    return "recipients" in topics(key(f"{run.heading} {run.lead}"))


def _cells(line: str, shape: str) -> list[str]:
    body = _HEADING.sub("", line).strip()
    if shape == "pipe":
        return [c.strip() for c in _PIPE.split(body.strip("|"))]
    if shape == "slash":
        return [c.strip() for c in _SLASH.split(body)]
    return [c.strip() for c in next(csv.reader([body]))]


def _role(cell: str) -> str | None:
    words = f" {key(cell)} "
    for role in ROLE_ORDER:
        if any(f" {w} " in words for w in ROLE_WORDS[role]):
            return role
    return None


def _table_entries(run: _Run, whole: bool, language: str | None) -> list[Entry]:
    rows = [_cells(line, run.shape) for line in run.lines]
    numbered = int(min(len(r) for r in rows) > 2 and row_numbers([r[0] for r in rows]))
    if numbered:
        # A column of row numbers (1, 2, 3 ...) says nothing of a party: a party
        # added above another renumbers it.
        rows = [r[1:] for r in rows]
    header = rows[0]
    roles = [_role(c) for c in header]
    # A row naming a company or a country is an entry, not a header ("Amazon Web
    # Services, Inc. | Cloud hosting | United States" has two header-like words).
    has_header = ("name" in roles or sum(r is not None for r in roles) >= 2) and not any(
        NAME_WITH_FORM.match(c) or countries_in(c, language) for c in header
    )
    if any(w in NOT_PARTY_HEADERS for c in header for w in key(c).split()):
        return []
    if has_header:
        # A table broken across pages repeats its header on each: no entry.
        rows = [r for r in rows[1:] if [key(c) for c in r] != [key(c) for c in header]]
        if "name" not in roles:
            roles[0] = "name"
    elif run.shape == "csv":
        return []  # CSV without a header is as likely prose with commas (an address)
    else:
        roles = _guess_roles(rows, language)
        # No header: a list of parties by its place (a sub-processor list, a section on
        # recipients) or by its shape (names, and a column saying in which country).
        if len(rows) < MIN_ENTRIES or not (whole or _about_parties(run) or "location" in roles):
            return []
    entries = []
    lines = [x for x in run.lines if _cells(x, run.shape)[numbered:] in rows]
    for cells, line in zip(rows, lines, strict=True):
        fields: dict[str, list[str]] = {}
        for n, cell in enumerate(cells):
            role = (roles[n] if n < len(roles) else None) or "other"
            if cell and key(cell) not in LINK_LABELS:
                fields.setdefault(role, []).append(cell)
        name = " ".join(fields.pop("name", []))
        if name_like(name):
            entries.append(_entry(name, fields, line, run.heading, language))
    # Most rows must name someone, or this is a table of something else.
    return entries if len(entries) * 2 >= len(rows) else []


def _guess_roles(rows: list[list[str]], language: str | None) -> list[str | None]:
    """No header: the first column names, a column of countries locates, the widest says why."""
    width = max(len(r) for r in rows)
    roles: list[str | None] = [None] * width
    roles[0] = "name"
    for n in range(1, width):
        column = [r[n] for r in rows if n < len(r) and r[n]]
        if column and sum(bool(countries_in(c, language)) for c in column) * 2 > len(column):
            roles[n] = "location"
    # What it does: the first other column that is not a labelled note ("Products: ...").
    for n in range(1, width):
        column = [r[n] for r in rows if n < len(r) and r[n]]
        if roles[n] is None and sum(bool(_LABELLED.match(c)) for c in column) * 2 < len(column):
            roles[n] = "purpose"
            break
    return roles


def _item_entries(
    run: _Run, language: str | None, split: Callable[[str], tuple[str, str] | None]
) -> list[Entry]:
    entries = []
    for line in run.lines:
        parts = split(plain(_BULLET.sub("", line)))
        if parts is None:
            continue
        name, rest = parts
        if not name_like(name):
            continue
        located = _places(rest, language)
        if located:
            # "payments (Ireland)": the place is the location, not part of the purpose.
            rest = _PLACE_NOTE.sub(
                lambda m: "" if _places(m.group(0), language) else m.group(0), rest
            ).strip(" ,;-–")
        fields = {"purpose": [rest]} if rest else {}
        if located:
            fields["location"] = [", ".join(sorted(country_name(c) for c in located))]
        entries.append(_entry(name, fields, line, run.heading, language))
    return entries if len(entries) * 2 > len(run.lines) else []


# "Payments (Irland)": a note of a few words after what a party does, which may name
# its place in another language than the page's (a list in a policy of mixed language).
_LAST_NOTE = re.compile(r"\(([^()]{1,40})\)\s*$")
_NOTE_WORDS = 4


def _places(text: str, language: str | None) -> set[str]:
    """The places ``text`` names in the page's language (and English), or else the
    places its closing bracketed note names in any language policywatch reads."""
    found = countries_in(text, language)
    note = _LAST_NOTE.search(text)
    if found or note is None or len(note.group(1).split()) > _NOTE_WORDS:
        return found
    return next((p for lang in LANGUAGES if (p := countries_in(note.group(1), lang))), set())


def _entry(
    name: str, fields: dict[str, list[str]], line: str, section: str, language: str | None
) -> Entry:
    location = "; ".join(dict.fromkeys(plain(x) for x in fields.get("location", [])))
    purpose = "; ".join(plain(x) for x in fields.get("purpose", []))
    data = "; ".join(plain(x) for x in fields.get("data", []))
    other = "; ".join(plain(x) for x in fields.get("other", []))
    place = countries_in(location or f"{location} {other}", language)
    return Entry(
        name=plain(name),
        purpose=purpose,
        location=location,
        data=data,
        other=other,
        countries=frozenset(place),
        row=line,
        section=section,
    )
