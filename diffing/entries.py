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
:mod:`.entries_diff`, whose :func:`diff_entries` this module re-exports; reading a
list's rows, cells and items once found is :mod:`.entry_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from policywatch.core.lexicon import legal_forms
from policywatch.core.lexicon.countries import country_name
from policywatch.core.lexicon.party_columns import LINK_LABELS
from policywatch.core.model import ExtractedDocument
from policywatch.diffing.entries_diff import diff_entries
from policywatch.diffing.entry_rows import (
    BULLET,
    HEADING,
    MIN_ENTRIES,
    ListRun,
    about_parties,
    column_role,
    header_row,
    item_entries,
    line_shape,
    make_entry,
    note_row,
    place_apart,
    row_cells,
    table_entries,
)
from policywatch.diffing.lexicons import topics
from policywatch.diffing.model import Entry, EntryChange
from policywatch.diffing.party_names import (
    COMPANY_END,
    MAX_NAME_CHARS,
    MAX_NAME_WORDS,
    NAME_WITH_FORM,
    bare_name,
    party_paragraph,
    split_item,
    split_paragraph,
)
from policywatch.diffing.sentences import sentences
from policywatch.diffing.text import key, plain

__all__ = ["Entry", "EntryChange", "PartyLists", "diff_entries", "read_entries"]

SUBPROCESSORS = "subprocessors"

# Which column names, locates, says what data or what for: core/lexicon/party_columns.py.
# Legal-form words that do not tell two companies apart (core/lexicon/legal_forms.py).
LEGAL_FORMS = legal_forms.WORDS
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
        found.rows.update(_row_keys(lines, doc.language))
    # The lines under a heading entry ("Purpose: Hosting") are that entry's, no list's.
    in_sections = set(found.rows)
    for run in _runs(doc.text, whole, doc.language):
        entries = [e for e in _entries(run, whole, doc.language) if key(e.row) not in in_sections]
        if entries:
            found.entries.extend(entries)
            found.rows.update(_row_keys(run.lines, doc.language))
    return found


def _row_keys(lines: list[str], language: str | None) -> Iterator[str]:
    """The comparison keys of a list's lines, and of the sentences the diff cuts a line
    into ("Stripe, Inc." and "(Ireland)" of "Stripe, Inc. (Ireland)"): each is a row's
    part, judged by the entry diff, never read as a sentence of its own."""
    for line in lines:
        yield key(line)
        yield from (key(part) for part in sentences(line, language))


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
        if HEADING.match(line) and not _field_line(HEADING.sub("", line)):
            sections.append((len(line) - len(line.lstrip("#")), HEADING.sub("", line), []))
            listed = False
        elif _name_over_details(line, lines[n + 1 : n + 2], whole):
            sections.append((NAME_LINE_LEVEL, plain(BULLET.sub("", line)), []))
            listed = BULLET.match(line) is not None
        elif listed and not BULLET.match(line):
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
        if _entry_section(heading, lines, whole, language) and sibling:
            run.append(section)
            continue
        if len(run) >= MIN_ENTRIES and (whole or "recipients" in topics(key(context), language)):
            entries = [_section_entry(h, body, language) for _, h, body in run]
            yield entries, [line for _, h, body in run for line in (h, *body)]
        run = [section] if _entry_section(heading, lines, whole, language) else []
        if not run:
            context = f"{heading} {' '.join(lines[-1:])}"


def _field_line(text: str) -> bool:
    """'Location: Ireland', even where extraction read the last such line as a heading."""
    label, _, value = plain(text).partition(": ")
    return bool(value) and len(label.split()) <= 3 and column_role(label) not in (None, "name")


def _name_over_details(line: str, following: list[str], whole: bool) -> bool:
    """A bold name, a card's first line or a definition term: a name on a line of its
    own ('Stripe, Inc.') over a line that is no name and no heading ('Payments')."""
    if len(line) > MAX_NAME_CHARS or line.count(" ") >= MAX_NAME_WORDS + 2:
        return False  # most lines: prose, far longer than a name
    name = plain(BULLET.sub("", line))
    if not (NAME_WITH_FORM.match(name) or (whole and bare_name(name))):
        return False
    if line_shape(line)[0] not in ("para", "bullet"):
        return False
    after = [plain(BULLET.sub("", x)) for x in following if line_shape(x)[0] in ("para", "bullet")]
    return bool(after) and not (bare_name(after[0]) or _names_party(after[0]))


def _entry_section(heading: str, lines: list[str], whole: bool, language: str | None) -> bool:
    if len(lines) > ENTRY_SECTION_LINES or len(" ".join(lines).split()) > ENTRY_SECTION_WORDS:
        return False
    if any(COMPANY_END.match(plain(x)) or bare_name(plain(x)) or _names_party(x) for x in lines):
        # Names under it: a group's heading ("Infrastructure", "Monitoring"), no entry.
        return False
    if NAME_WITH_FORM.match(heading.strip()):
        return True
    # The list's own title ("Unterauftragsverarbeiter") names a kind of party, not one.
    return whole and bare_name(heading) and "recipients" not in topics(key(heading), language)


def _names_party(line: str) -> bool:
    """A list item that opens with a company's name: 'Stripe, Inc.: Payments (Ireland)'."""
    parts = split_item(plain(BULLET.sub("", line)))
    return parts is not None and bool(NAME_WITH_FORM.match(parts[0]))


def _section_entry(heading: str, lines: list[str], language: str | None) -> Entry:
    fields: dict[str, list[str]] = {}
    # "Cloud hosting. Location: Ireland" is two lines in one.
    parts = [p for x in lines for p in _LABEL_AFTER_SENTENCE.split(plain(BULLET.sub("", x)))]
    for text in parts:
        label, _, value = text.partition(": ")
        role = column_role(label) if value and len(label.split()) <= 3 else None
        if role in (None, "name"):
            role, value = "purpose", text
        if key(value) not in LINK_LABELS:
            fields.setdefault(role, []).append(value)
    if "location" not in fields:
        places: set[str] = set()
        purposes = []
        for value in fields.get("purpose", []):
            # "Payments (Ireland)": the purpose, and the place apart.
            what, located = place_apart(value, language)
            places |= located
            purposes.extend([what] if what else [])
        if places:
            fields["purpose"] = purposes
            fields["location"] = [", ".join(sorted(country_name(c) for c in places))]
    return make_entry(heading, fields, heading, heading, language)


# --- finding lists --------------------------------------------------------------


def _runs(text: str, whole: bool, language: str | None) -> Iterator[ListRun]:
    """Runs of consecutive lines of one list shape, with their heading and lead sentence."""
    heading, lead = "", ""
    run: ListRun | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or _RULE.match(line):
            continue
        shape, cells = line_shape(line)
        same = run is not None and run.shape == shape and shape != "heading"
        if run is not None and run.shape == "pipe" and "|" in line and note_row(line):
            # A note spanning the table's columns ("All are bound by contract. |  | ")
            # is still the table's row, no paragraph ending it.
            shape, cells = "pipe", len(row_cells(line, "pipe"))
            same = True
        if same and shape in ("pipe", "slash", "csv"):
            # A table keeps its width (a ragged row or two of one cell more or less is fine).
            same = abs(cells - line_shape(run.lines[0])[1]) <= 1  # type: ignore[union-attr]
        if same and shape == "pipe" and header_row(line, language):
            # Another header row: a table right after another is another list, unless it
            # repeats the first's header (a table continued after a page break).
            same = [key(c) for c in row_cells(line, shape)] == [
                key(c)
                for c in row_cells(run.lines[0], shape)  # type: ignore[union-attr]
            ]
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
            heading, lead = HEADING.sub("", line), ""
        elif shape == "para" and not whole and not party_paragraph(line):
            lead = line
        else:
            run = ListRun(shape, [line], heading, lead)
    if run is not None:
        yield run


def _entries(run: ListRun, whole: bool, language: str | None) -> list[Entry]:
    if run.shape in ("pipe", "slash", "csv"):
        return table_entries(run, whole, language)
    if run.shape == "bullet" and (whole or about_parties(run, language)):
        return item_entries(run, language, split=split_item)
    if run.shape == "para" and whole:
        return item_entries(run, language, split=split_paragraph)
    if run.shape == "para" and len(run.lines) >= MIN_ENTRIES and about_parties(run, language):
        # Names with a legal form, one a paragraph, under a heading on recipients.
        return item_entries(run, language, split=split_paragraph)
    return []
