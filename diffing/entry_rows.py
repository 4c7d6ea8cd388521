"""Reading a list's rows, cells and items into entries (a party's name, purpose, location, data).

:mod:`.entries` finds the lists of a document (runs of lines of one shape, sections
headed by a party's name) and groups them; this module reads one list once found:
the shape of a line, the cells of a table row, the role of a header cell, and the
entry each row or item makes.

    >>> line_shape("AWS | Hosting | United States")
    ('pipe', 3)
    >>> row_cells("AWS | Hosting | United States", "pipe")
    ['AWS', 'Hosting', 'United States']
    >>> column_role("Location")
    'location'
    >>> run = ListRun("pipe", ["Name | Purpose", "AWS | Hosting", "Stripe | Payments"], "", "")
    >>> [e.name for e in table_entries(run, whole=True, language="en")]
    ['AWS', 'Stripe']
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.countries import countries_in, country_name
from policywatch.core.lexicon.definitions import defines
from policywatch.core.lexicon.party_columns import (
    LINK_LABELS,
    NOT_PARTY_HEADERS,
    ROLE_ORDER,
    ROLE_WORDS,
)
from policywatch.diffing.lexicons import topics
from policywatch.diffing.model import Entry
from policywatch.diffing.party_names import FORM_COMMA, NAME_WITH_FORM, name_like, opens_sentence
from policywatch.diffing.text import key, plain
from policywatch.extract.tablerows import row_numbers

# A list needs this many entries.
MIN_ENTRIES = 2
# A list item's marker: a bullet or a number ("- ", "3. ", "2) ").
BULLET = re.compile(r"^\s*(?:[-*+•–]|\d{1,3}[.)])\s+")
# A Markdown heading; "# | Name | ..." is a row whose first cell is "#".
HEADING = re.compile(r"^#{1,6}\s+(?!\|)")
_PIPE = re.compile(r"\s*\|\s*")
_SLASH = re.compile(r"\s+/\s+")
_PLACE_NOTE = re.compile(r"\([^()]{1,60}\)|(?:[,;]|\s[-–])\s[^,;()]{1,40}$")
_LABELLED = re.compile(r"^[\w ]{1,20}:\s")
_SENTENCE = re.compile(r"\w\s+\w.*\w[.!?]$")


@dataclass
class ListRun:
    """Consecutive lines of one list shape, with the heading above them and their lead sentence."""

    shape: str  # pipe | slash | csv | bullet | para
    lines: list[str]
    heading: str
    lead: str  # the paragraph just before the run


def line_shape(line: str) -> tuple[str, int]:
    """A line's list shape (pipe | slash | csv | bullet | heading | para) and its cell count."""
    body = HEADING.sub("", line)
    if "|" in body:
        cells = [c for c in _PIPE.split(body.strip().strip("|")) if c.strip()]
        # A blank first cell is a column too (" | Name" over "1 | Stripe, Inc.").
        blank_first = (
            len(_PIPE.split(_unframed(body.strip()))) > 1 and not row_cells(line, "pipe")[0]
        )
        if len(cells) + blank_first >= 2:
            return "pipe", len(cells) + blank_first
    if _SLASH.search(body):
        return "slash", len(_SLASH.split(body))
    if "," in FORM_COMMA.sub(" ", body) and not body.rstrip().endswith((".", ":")):
        cells = next(csv.reader([body]))
        if len(cells) >= 2 and all(len(c.split()) <= 12 for c in cells):
            return "csv", len(cells)
    if BULLET.match(line):
        return "bullet", 0
    if HEADING.match(line):
        return "heading", 0
    return "para", 0


def about_parties(run: ListRun, language: str | None) -> bool:
    """The list's heading or the sentence introducing it speaks of recipients, in the
    page's language (:func:`~policywatch.diffing.lexicons.topics`): a French heading
    "Compartiments" is no Spanish "compart-" (share)."""
    return "recipients" in topics(key(f"{run.heading} {run.lead}"), language)


def row_cells(line: str, shape: str) -> list[str]:
    """The cells of a table row of the given shape (pipe, slash or csv)."""
    body = HEADING.sub("", line).strip()
    if shape == "pipe":
        return [c.strip() for c in _PIPE.split(_unframed(body))]
    if shape == "slash":
        return [c.strip() for c in _SLASH.split(body)]
    return [c.strip() for c in next(csv.reader([body]))]


def _unframed(body: str) -> str:
    """A pipe row without the frame of a Markdown row ("| a | b |"), but with its empty
    cells: extraction writes a row whose first cell is empty as " | b | c" (an empty
    header over a column of row numbers, a name left blank), and that first cell is a
    column like any other, so the cells after it stay under their headers.

    >>> _unframed("| a | b |"), _unframed("| b | c"), _unframed("|  | b |")
    (' a | b ', '| b | c', '  | b ')
    """
    return body[1:-1] if len(body) > 1 and body[0] == body[-1] == "|" else body


def column_role(cell: str) -> str | None:
    """What a header cell or a field label says a column holds (name, location, purpose,
    data...; core/lexicon/party_columns.py), or None."""
    words = f" {key(cell)} "
    for role in ROLE_ORDER:
        if any(f" {w} " in words for w in ROLE_WORDS[role]):
            return role
    return None


def note_row(line: str) -> bool:
    """A table's row with one cell filled, a sentence ("All sub-processors are bound by
    contract. |  | ", a note spanning the table's columns): no party, but still the
    table's. A cell that is a name or a phrase ("Stripe, Inc. |  | ") is no note."""
    filled = [c for c in row_cells(line, "pipe") if c]
    return (
        len(filled) == 1
        and _SENTENCE.search(filled[0]) is not None
        and not NAME_WITH_FORM.match(filled[0])
    )


def header_row(line: str, language: str | None) -> bool:
    """A party table's header row: every filled cell names a column, one of them the
    party's ("Name | Purpose | Location", "# | Anbieter | Zweck": a row number's "#",
    "Nr." or "No." names none), and none names a company or a country ("Name.com,
    Inc. | Purpose-built domains | Location US" is a row like it)."""
    cells = [c for c in row_cells(line, "pipe") if len(key(c)) > 2]
    if any(NAME_WITH_FORM.match(c) or countries_in(c, language) for c in cells):
        return False
    roles = [column_role(c) for c in cells]
    return len(roles) >= 2 and "name" in roles and None not in roles


def table_entries(run: ListRun, whole: bool, language: str | None) -> list[Entry]:
    """A table's rows as entries, its columns' roles from its header or guessed; none when
    it is no list of parties (``whole``: the document is a sub-processor list)."""
    rows = [row_cells(line, run.shape) for line in run.lines]
    numbered = int(_numbered(rows, language))
    if numbered:
        # A column of row numbers (1, 2, 3 ...) says nothing of a party: a party
        # added above another renumbers it.
        rows = [r[1:] for r in rows]
    header = rows[0]
    roles = [column_role(c) for c in header]
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
        roles = guess_roles(rows, language)
        # No header: a list of parties by its place (a sub-processor list, a section on
        # recipients) or by its shape (names, and a column saying in which country).
        if len(rows) < MIN_ENTRIES or not (
            whole or about_parties(run, language) or "location" in roles
        ):
            return []
    lines = [x for x in run.lines if row_cells(x, run.shape)[numbered:] in rows]
    parties: list[tuple[str, dict[str, list[str]], str]] = []  # name, fields by role, row
    named = 0  # rows that name a party or go on with the one above
    last: dict[str, list[str]] | None = None
    for cells, line in zip(rows, lines, strict=True):
        fields: dict[str, list[str]] = {}
        for n, cell in enumerate(cells):
            role = (roles[n] if n < len(roles) else None) or "other"
            if cell and key(cell) not in LINK_LABELS:
                fields.setdefault(role, []).append(cell)
        name = " ".join(fields.pop("name", []))
        if not fields and note_row(line):
            continue  # a note across the table ("All are bound by contract."), no party
        if last is not None and fields and (not name or key(name) == key(parties[-1][0])):
            # The name cell left blank under a party's row, or spanning both (a rowspan
            # is read in every row it covers): that party's row goes on (another purpose
            # or place), as a PDF's line with an empty first cell does.
            for role, values in fields.items():
                last.setdefault(role, []).extend(values)
            named += 1
            continue
        if "location" not in fields and (note := _LAST_NOTE.search(name)):
            # "Stripe, Inc. (Ireland)" in a name column: the place is its location.
            located = places_named(note.group(0), language)
            if located:
                name = name[: note.start()].strip()
                fields["location"] = [", ".join(sorted(country_name(c) for c in located))]
        # A number alone names no one (clause numbers beside their text).
        last = fields if name_like(name, language) and not name.rstrip(".").isdigit() else None
        if last is not None:
            parties.append((name, fields, line))
            named += 1
    # Most rows must name someone, or this is a table of something else.
    if named * 2 < len(rows):
        return []
    return [make_entry(name, f, line, run.heading, language) for name, f, line in parties]


def _numbered(rows: list[list[str]], language: str | None) -> bool:
    """The first column numbers the rows (1, 2, 3 ... under "#", "No." or a blank
    header), beside two columns or more, or beside one column of names (a numbered
    list of names, not clause numbers beside their text)."""
    width = min(len(r) for r in rows)
    if width < 2 or not row_numbers([r[0] for r in rows]):
        return False
    return width > 2 or sum(name_like(r[1], language) for r in rows) * 2 > len(rows)


def guess_roles(rows: list[list[str]], language: str | None) -> list[str | None]:
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


def item_entries(
    run: ListRun, language: str | None, split: Callable[[str], tuple[str, str] | None]
) -> list[Entry]:
    """Items or paragraphs as entries, each ``split`` into a name and what it says of it."""
    entries, definitions = [], 0
    texts = [plain(BULLET.sub("", line)) for line in run.lines]
    # Every item quoted ('"Stripe": payments', German „Stripe“): quotes are the list's style.
    quoted_list = all(_QUOTED_LEAD.match(text) for text in texts)
    for line, text in zip(run.lines, texts, strict=True):
        parts = split(text)
        if parts is None:
            # '"Sub-processor" means any processor we engage.': a definition, no party.
            lead = _QUOTED_LEAD.match(text)
            definitions += bool(lead and defines(lead.group(1), language))
            continue
        name, rest = parts
        if defined_term(name, rest, language, quoted_list=quoted_list):
            # A definition beside the parties is neither a party nor a line that failed
            # to be one: it does not outvote a list's only party.
            definitions += 1
            continue
        name = _unquoted(name)  # '"Adyen N.V.": payments' names Adyen N.V.
        if not name_like(name, language):
            continue
        rest, located = place_apart(rest, language)
        fields = {"purpose": [rest]} if rest else {}
        if located:
            fields["location"] = [", ".join(sorted(country_name(c) for c in located))]
        entries.append(make_entry(name, fields, line, run.heading, language))
    return entries if len(entries) * 2 > len(run.lines) - definitions else []


# A term in quotes ('"Affiliate": any entity ...'), as definitions lists write them.
_QUOTED = re.compile(r'^"[^"]{1,60}"$')
# A quoted term leading an item, and what follows it ('"Sub-processor" means ...').
_QUOTED_LEAD = re.compile(r'^\s*["“«„][^"“”«„»]{1,60}["”»“]\s*(.*)$')


def _unquoted(name: str) -> str:
    """A name without the quotes around it."""
    return name.strip().strip('"“”«»„ ')


def defined_term(name: str, rest: str, language: str | None, *, quoted_list: bool = False) -> bool:
    """An item that defines a term names no party: '"Affiliate": any entity ...',
    'Affiliate: means any entity ...' (:mod:`policywatch.core.lexicon.definitions`).

    >>> defined_term('"Affiliate"', "any entity that controls Acme", "en")
    True
    >>> defined_term("Affiliate", "means any entity that controls Acme", "en")
    True
    >>> defined_term("Stripe, Inc.", "Payments (Ireland)", "en")
    False

    A name with a legal form is a party, whatever follows it or quotes it:

    >>> defined_term("Adyen N.V.", "means of payment (Netherlands)", "en")
    False
    >>> defined_term('"Stripe Payments Europe Ltd"', "payments", "en")
    False

    In a list whose every item is quoted (``quoted_list``: '„Stripe“: Zahlungen',
    '„Google“: Analyse'), the quotes are the list's style: a quoted item defines a term
    only when its name is a topic word ('"Auftragsverarbeiter"', '"Personal data"'),
    what follows opens as a sentence's noun phrase does ("any entity", "jede Stelle")
    or is a sentence of its own ("l'entité qui a signé le contrat."):

    >>> defined_term('"Stripe"', "Zahlungsabwicklung (USA)", "de", quoted_list=True)
    False
    >>> defined_term('"Verbundenes Unternehmen"', "jede Gesellschaft", "de", quoted_list=True)
    True
    >>> defined_term('"Kunden"', "virksomheten som har signert avtalen.", "nb", quoted_list=True)
    True
    """
    unquoted = _unquoted(name)
    if NAME_WITH_FORM.match(unquoted):
        return False
    if defines(rest, language):
        return True
    if not _QUOTED.match(name.strip()):
        return False
    if not quoted_list:
        return True
    words = rest.split()
    return (
        bool(topics(key(unquoted), language))
        or any(opens_sentence(w, language) for w in words[:1])
        or (len(words) >= _SENTENCE_WORDS and rest.rstrip().endswith("."))
    )


# A definition's body written as a sentence has a noun, a relative clause and a full
# stop ("the entity that signed the contract."); a party's purpose is a few words.
_SENTENCE_WORDS = 4


# "Payments (Irland)": a note of a few words after what a party does, which may name
# its place in another language than the page's (a list in a policy of mixed language).
_LAST_NOTE = re.compile(r"\(([^()]{1,40})\)\s*$")
_NOTE_WORDS = 4


def places_named(text: str, language: str | None) -> set[str]:
    """The places ``text`` names in the page's language (and English), or else the
    places its closing bracketed note names in any language policywatch reads."""
    found = countries_in(text, language)
    note = _LAST_NOTE.search(text)
    if found or note is None or len(note.group(1).split()) > _NOTE_WORDS:
        return found
    return next((p for lang in LANGUAGES if (p := countries_in(note.group(1), lang))), set())


def place_apart(text: str, language: str | None) -> tuple[str, set[str]]:
    """What a party does and the places its text names: the place is the location, not
    part of the purpose, so a party moved changes its location only.

    >>> place_apart("Payments (Ireland)", "en")
    ('Payments', {'IE'})
    """
    located = places_named(text, language)
    if located:
        text = _PLACE_NOTE.sub(
            lambda m: "" if places_named(m.group(0), language) else m.group(0), text
        ).strip(" ,;-–")
    return text, located


def make_entry(
    name: str, fields: dict[str, list[str]], line: str, section: str, language: str | None
) -> Entry:
    """The entry a name and its fields by role make, read from ``line`` under ``section``."""
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
