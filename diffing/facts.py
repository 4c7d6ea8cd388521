"""Facts a procurement team asks about, read from a policy with their evidence.

    >>> from policywatch.crawler.extract.model import ExtractedDocument
    >>> doc = ExtractedDocument(text="We do not sell your personal data. "
    ...     "We delete your data within three months after termination of the agreement.")
    >>> [(f.kind, f.normalised) for f in extract_facts(doc)]
    [('sale', 'no'), ('retention', '90d')]

Each :class:`Fact` keeps the sentence (or table row) it came from, so a
person can check it. Rules and word lists (:mod:`.facts_lexicon`), no
model: they are explainable and fast. :func:`compare_facts` turns two
versions' facts into material reasons for the diff.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from policywatch.crawler.extract.model import ExtractedDocument
from policywatch.diffing import facts_lexicon as lex
from policywatch.diffing.topics import literal_prefix

# kind -> (label, diff category from the materiality vocabulary)
FACT_KINDS: dict[str, tuple[str, str]] = {
    "sale": ("Sells personal data", "sale_sharing"),
    "ad_sharing": ("Used/shared for third-party ads", "tracking_ads"),
    "retention": ("Retention periods", "retention"),
    "location": ("Countries/regions data goes to", "transfers"),
    "transfer_mechanism": ("Transfer mechanism", "transfers"),
    "third_party": ("Named third parties", "recipients"),
    "certification": ("Certifications", "security"),
    "breach_notice": ("Breach notification period", "breach"),
    "children_age": ("Children's age limit", "children"),
    "governing_law": ("Governing law / jurisdiction", "law_liability"),
    "privacy_law": ("Privacy laws referenced", "rights"),
    "right": ("Data subject rights named", "rights"),
    "request_response": ("Response time for requests", "rights"),
    "contact_email": ("Contact emails", "controller_contact"),
    "dpo": ("DPO / privacy officer", "controller_contact"),
    "ai_training": ("AI training on customer data", "ai_training"),
}

SNIPPET_CHARS = 320


@dataclass(frozen=True)
class Fact:
    """One fact: ``normalised`` is the comparable form (``14d``, ``no``, ``ISO 27001``)."""

    kind: str
    value: str
    normalised: str
    snippet: str
    section: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class FactChange:
    """A fact that differs between two versions: a material reason for the diff."""

    kind: str
    category: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    old_snippet: str | None
    new_snippet: str | None
    explanation: str


@dataclass
class _Present:
    """The gazetteer entries that occur anywhere in the document.

    Found with one scan of the whole text each, so the per-sentence readers
    only try the handful that can match (a 20x speed-up on long policies).
    """

    parties: list[tuple[re.Pattern[str], str]]
    regions: list[tuple[re.Pattern[str], str]]
    tables: dict[str, list[tuple[str, str]]]
    cell: bool = False  # reading one table cell: no locative word needed

    @classmethod
    def scan(cls, text: str) -> _Present:
        tables = {
            "transfer_mechanism": lex.TRANSFER_MECHANISMS,
            "certification": lex.CERTIFICATIONS,
            "privacy_law": lex.PRIVACY_LAWS,
            "right": lex.RIGHTS,
        }
        low = text.lower()
        return cls(
            [
                (r, n)
                for r, n in lex.THIRD_PARTY_RE
                if _may_occur(r.pattern, low) and r.search(text)
            ],
            [(r, n) for r, n in lex.REGION_RE if r.search(text)],
            {
                kind: [(p, n) for p, n in table if _may_occur(p, low) and re.search(p, text, re.I)]
                for kind, table in tables.items()
            },
        )


def _may_occur(pattern: str, low: str) -> bool:
    """False only if no top-level alternative's literal prefix is in ``low``.

    A substring test is ~100x cheaper than a regex scan, and most gazetteer
    entries are absent from any one document.
    """
    body = re.sub(r"^\(\?<![^)]*\)\(\?:|\)\(\?!\[\\w\]\)$", "", pattern)
    for alternative in body.split("|"):
        prefix = literal_prefix(alternative.replace("\\b", ""))
        if len(prefix) < 3 or prefix.lower() in low:
            return True
    return False


# --- splitting text into checkable units ------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“«(]?[A-ZÆØÅÉÄÖÜ0-9])")
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")


def _table_rows(cells: list[str]) -> list[str] | None:
    """Rebuild rows from a run of one-cell paragraphs ("AWS |", "EU/EEA |", ...).

    The header is the cells before the first one that names a company or a
    region; its length is the row width. ``None`` if the cells do not look
    like a table (no header of two or more cells, or fewer than two rows).
    """
    width = 0
    for i, cell in enumerate(cells):
        if _names_party_or_region(cell):
            width = i
            break
    if width < 2 or len(cells) < 2 * width:
        return None
    return [" | ".join(cells[i : i + width]) for i in range(0, len(cells), width)]


def _names_party_or_region(text: str) -> bool:
    return (
        any(r.search(text) for r, _ in lex.THIRD_PARTY_RE)
        or any(r.search(text) for r, _ in lex.REGION_RE)
        or bool(lex.COMPANY.search(text))
    )


def _is_cell(para: str) -> bool:
    """A short one-line paragraph with no sentence end: maybe a flattened table cell."""
    return "\n" not in para and len(para) < 90 and not para.rstrip(" |").endswith((".", ":", "?"))


def _flush(cells: list[str], piped: bool) -> Iterator[tuple[str, bool]]:
    """A run of cells is a table when it has pipes, or names a party or a region
    in a cell of its own after a header of at least two cells."""
    if not cells:
        return
    rows = _table_rows(cells)
    if rows is not None:
        yield from ((row, True) for row in rows)
    elif piped:
        yield " | ".join(cells), True
    else:
        yield from ((cell, False) for cell in cells)


def _units(text: str) -> Iterator[tuple[str, bool]]:
    """Yield ``(unit, is_table_row)``: sentences, list items and table rows."""
    cells: list[str] = []
    piped = False
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        if _is_cell(para):
            piped = piped or para.endswith("|")
            cells.append(para.strip(" |"))
            continue
        yield from _flush(cells, piped)
        cells, piped = [], False
        lines = para.splitlines()
        if len(lines) > 1 and all(line.count("|") >= 2 for line in lines):
            yield from ((line.strip(), True) for line in lines if not set(line) <= set("|-: "))
            continue
        buffer: list[str] = []
        for line in lines:
            if _BULLET.match(line) and buffer:
                yield from ((s, False) for s in _sentences(" ".join(buffer)))
                buffer = []
            buffer.append(_BULLET.sub("", line).strip())
        if buffer:
            yield from ((s, False) for s in _sentences(" ".join(buffer)))
    yield from _flush(cells, piped)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(re.sub(r"\s+", " ", text)) if s.strip()]


def _snippet(unit: str, start: int = 0) -> str:
    if len(unit) <= SNIPPET_CHARS:
        return unit
    left = max(0, min(start - SNIPPET_CHARS // 3, len(unit) - SNIPPET_CHARS))
    return ("…" if left else "") + unit[left : left + SNIPPET_CHARS].strip() + "…"


def _negated(unit: str, at: int, window: int = 45) -> bool:
    """True if a negation word sits in the same clause shortly before ``at``."""
    before = re.split(r"[,;:]|\b(?:but|except|unless|men|unntatt|sauf|aber)\b", unit[:at])[-1]
    return bool(lex.NEGATION.search(before[-window:]))


# --- the readers, one per fact kind ------------------------------------------

Found = Iterator[tuple[str, str, int]]  # (value, normalised, offset in the unit)


def _days(match: re.Match[str]) -> int | None:
    num = match.group("num").lower()
    n = int(num) if num.isdigit() else lex.NUMBER_WORDS.get(num)
    unit = match.group("unit").lower()
    for pattern, days in lex.UNIT_DAYS:
        if re.fullmatch(pattern, unit):
            return None if n is None or days == 0 else n * days
    return None


def _retention(unit: str) -> Found:
    if not lex.RETENTION_CUE.search(unit):
        return
    responding = bool(lex.RESPONSE_CUE.search(unit))
    for m in lex.PERIOD.finditer(unit):
        before, after = unit[: m.start()], unit[m.end() :]
        within = re.search(r"\b(?:within|innen|innerhalb|sous)\s*$", before[-12:], re.I)
        if lex.NOT_RETENTION_BEFORE.search(before[-25:]) and not within:
            continue
        if lex.NOT_RETENTION_AFTER.search(after) or (responding and within):
            continue
        days = _days(m)
        if days is None:
            continue
        # The event the period runs from: look after the period first
        # ("14 days after termination"), then before ("upon termination ... within").
        trigger = lex.TERMINATION.search(after[:80]) or lex.TERMINATION.search(before)
        value = m.group(0) + (" (after termination/closure)" if trigger else "")
        yield value, f"{days}d", m.start()
    qualitative = lex.AS_LONG_AS.search(unit)
    if qualitative:
        yield qualitative.group(0), "as_long_as_necessary", qualitative.start()


def _is_region_cell(cell: str, ctx: _Present) -> bool:
    cell = re.sub(r"\((?:inside|outside|innenfor|utenfor)[^)]*\)", "", cell).strip(" ()")
    return any(r.fullmatch(cell) for r, _ in ctx.regions)


def _locations(unit: str, table_row: bool, ctx: _Present) -> Found:
    if table_row:
        # In a table a region stands in its own cell ("EU/EEA |"), not inside
        # another cell's text ("EU Standard Contractual Clauses").
        offset = 0
        for cell in unit.split("|"):
            if _is_region_cell(cell, ctx):
                yield from _locations(cell, False, _Present(ctx.parties, ctx.regions, {}, True))
            offset += len(cell) + 1
        return
    if not (ctx.cell or lex.LOCATION_CUE.search(unit)):
        return
    if not ctx.cell and lex.LAW_SCOPE.search(unit) and not lex.STRONG_LOCATION.search(unit):
        return
    found: list[tuple[int, int, str]] = []
    for regex, name in ctx.regions:
        for m in regex.finditer(unit):
            if any(s <= m.start() < e for s, e, _ in found):
                continue  # "EU" inside an "EU/EEA" already found
            found.append((m.start(), m.end(), name))
    found.sort()
    previous_end = -1
    for start, end, name in found:
        before = unit[max(0, start - 30) : start]
        chained = previous_end >= 0 and re.fullmatch(
            r"[\s,/]*(?:and|og|or|eller|et|und)?[\s,/]*(?:the |det |le |la |der )?",
            unit[previous_end:start],
            re.I,
        )
        if not (ctx.cell or chained or lex.LOCATIVE.search(before)):
            continue
        previous_end = end
        if lex.OUTSIDE.search(before):
            yield f"outside {name}", f"outside:{name}", start
        else:
            yield name, name, start


def _third_parties(unit: str, table_row: bool, ctx: _Present) -> Found:
    names: list[tuple[int, str]] = []
    for regex, name in ctx.parties:
        m = regex.search(unit)
        if m and not any(name in n or n in name for _, n in names):
            names.append((m.start(), name))
    if table_row or lex.PROCESSOR_CUE.search(unit):
        for m in lex.COMPANY.finditer(unit):
            name = m.group(1).strip()
            if not any(name.split()[0] in n for _, n in names):
                names.append((m.start(), name))
    regions = sorted({n for _, n, _ in _locations(unit, True, ctx)}) if table_row else []
    for start, name in sorted(names):
        yield (f"{name} ({', '.join(regions)})" if regions else name), name, start


def _certifications(unit: str, ctx: _Present) -> Found:
    for pattern, name in ctx.tables.get("certification", lex.CERTIFICATIONS):
        m = re.search(pattern, unit)
        if m:
            status = "in progress" if lex.IN_PROGRESS.search(unit) else "stated"
            yield f"{name} ({status})", f"{name}:{status.replace(' ', '_')}", m.start()


def _yes_no(unit: str, terms: re.Pattern[str]) -> Found:
    m = terms.search(unit)
    if m:
        answer = "no" if _negated(unit, m.start()) else "yes"
        yield answer, answer, m.start()


def _sale(unit: str) -> Found:
    if lex.NOT_SALE.search(unit) and not re.search(r"\b(?:never|aldri|not|ikke)\b", unit, re.I):
        return
    if lex.SALE_TERMS.search(unit) and re.search(
        r"\b(?:data|information|informasjon\w*|opplysning\w*|données|daten)\b", unit, re.I
    ):
        yield from _yes_no(unit, lex.SALE_TERMS)


def _ad_sharing(unit: str) -> Found:
    if lex.ADS_TERMS.search(unit) and lex.ADS_PARTY.search(unit):
        yield from _yes_no(unit, lex.ADS_TERMS)


def _children(unit: str) -> Found:
    if not lex.CHILD_CUE.search(unit):
        return
    for m in lex.AGE.finditer(unit):
        age = m.group("age") or m.group("age2")
        if 6 <= int(age) <= 21:
            yield f"under {age}", age, m.start()


def _breach(unit: str) -> Found:
    if not (lex.BREACH_CUE.search(unit) and lex.NOTIFY_CUE.search(unit)):
        return
    if re.search(r"\b(?:reported|report\w*|notif\w*|meld\w*) to us\b|\btil oss\b", unit, re.I):
        return  # the customer telling the vendor is not the vendor's promise
    for m in lex.PERIOD.finditer(unit):
        days = _days(m)
        if days is not None:
            yield m.group(0), f"{days * 24}h", m.start()
        elif m.group("num").isdigit():
            yield m.group(0), f"{int(m.group('num'))}h", m.start()
    prompt = lex.PROMPT.search(unit)
    if prompt:
        yield prompt.group(0), "without_undue_delay", prompt.start()


def _request_response(unit: str) -> Found:
    if not lex.RESPONSE_CUE.search(unit) or lex.BREACH_CUE.search(unit):
        return
    for m in lex.PERIOD.finditer(unit):
        if re.search(r"\b(?:within|innen|sous|innerhalb)\s*$", unit[: m.start()][-15:], re.I):
            days = _days(m)
            if days:
                yield f"within {m.group(0)}", f"{days}d", m.start()
    reasonable = lex.REASONABLE_TIME.search(unit)
    if reasonable:
        yield reasonable.group(0), "reasonable_time", reasonable.start()


def _lookup(unit: str, table: list[tuple[str, str]], flags: int = re.I) -> Found:
    for pattern, name in table:
        m = re.search(pattern, unit, flags)
        if m:
            yield name, name, m.start()


def _rights(unit: str, ctx: _Present) -> Found:
    # A short unit is a list item or heading ("Right of Access", "Sletting").
    if lex.RIGHTS_CUE.search(unit) or len(unit.split()) <= 5:
        yield from _lookup(unit, ctx.tables.get("right", lex.RIGHTS))


def _governing_law(unit: str) -> Found:
    low = unit.lower()
    if not any(w in low for w in ("law", "legislation", "lov", "rett", "droit", "recht", "court")):
        return
    for regex in lex.GOVERNING_LAW:
        m = regex.search(unit)
        if m:
            law = m.group("law").strip()
            yield law, law.lower(), m.start()
    venue = lex.VENUE.search(unit)
    if venue:
        place = (venue.group("law") or venue.group("law2") or "").strip()
        yield f"courts: {place}", f"courts:{place.lower()}", venue.start()


def _emails(unit: str) -> Found:
    for m in lex.EMAIL.finditer(unit):
        yield m.group(0), m.group(0).lower(), m.start()


def _dpo(unit: str) -> Found:
    for pattern, role in lex.DPO:
        m = re.search(pattern, unit, re.I)
        if m:
            email = lex.EMAIL.search(unit)
            yield (f"{role} ({email.group(0)})" if email else role), role.lower(), m.start()


def _ai_training(unit: str) -> Found:
    if lex.AI_TERMS.search(unit) and lex.AI_DATA.search(unit):
        yield from _yes_no(unit, lex.AI_TERMS)


def _readers(unit: str, row: bool, ctx: _Present) -> Iterator[tuple[str, Found]]:
    yield "sale", _sale(unit)
    yield "ad_sharing", _ad_sharing(unit)
    yield "retention", _retention(unit)
    yield "location", _locations(unit, row, ctx)
    yield "transfer_mechanism", _lookup(unit, ctx.tables.get("transfer_mechanism", []))
    yield "third_party", _third_parties(unit, row, ctx)
    yield "certification", _certifications(unit, ctx)
    yield "breach_notice", _breach(unit)
    yield "children_age", _children(unit)
    yield "governing_law", _governing_law(unit)
    yield "privacy_law", _lookup(unit, ctx.tables.get("privacy_law", []), 0)
    yield "right", _rights(unit, ctx)
    yield "request_response", _request_response(unit)
    yield "contact_email", _emails(unit)
    yield "dpo", _dpo(unit)
    yield "ai_training", _ai_training(unit)


def extract_facts(doc: ExtractedDocument) -> list[Fact]:
    """Every fact in ``doc``, one per ``(kind, normalised)``, first evidence kept.

    Order: by kind (as in :data:`FACT_KINDS`), then document order. A "yes"
    and a "no" for the same question are both kept, so a contradiction in
    the text stays visible.
    """
    parts = [(s.heading, f"{s.heading}\n\n{s.text}" if s.heading else s.text) for s in doc.sections]
    if not parts or not any(text.strip() for _, text in parts):
        parts = [("", doc.text)]
    ctx = _Present.scan("\n".join(text for _, text in parts))
    seen: dict[tuple[str, str], Fact] = {}
    for heading, text in parts:
        for unit, row in _units(text):
            for kind, found in _readers(unit, row, ctx):
                for value, normalised, at in found:
                    key = (kind, normalised)
                    if key not in seen:
                        seen[key] = Fact(kind, value, normalised, _snippet(unit, at), heading)
    order = list(FACT_KINDS)
    return sorted(seen.values(), key=lambda f: order.index(f.kind))


def compare_facts(old_facts: list[Fact], new_facts: list[Fact]) -> list[FactChange]:
    """Facts that differ between two versions, one change per kind.

    ``category`` is from the materiality vocabulary (retention, transfers,
    recipients, sale_sharing, ...), so each change can become a material
    reason in the diff.
    """
    changes: list[FactChange] = []
    for kind, (label, category) in FACT_KINDS.items():
        old = {f.normalised: f for f in old_facts if f.kind == kind}
        new = {f.normalised: f for f in new_facts if f.kind == kind}
        added = tuple(new[k].value for k in new if k not in old)
        removed = tuple(old[k].value for k in old if k not in new)
        if not added and not removed:
            continue
        parts = []
        if removed:
            parts.append("no longer states " + "; ".join(removed))
        if added:
            parts.append("now states " + "; ".join(added))
        old_snip = next((old[k].snippet for k in old if k not in new), None)
        new_snip = next((new[k].snippet for k in new if k not in old), None)
        changes.append(
            FactChange(
                kind,
                category,
                added,
                removed,
                old_snip,
                new_snip,
                f"{label}: {', and '.join(parts)}.",
            )
        )
    return changes


def fact_reasons(old_facts: list[Fact], new_facts: list[Fact]) -> list[Any]:
    """:func:`compare_facts` as :class:`policywatch.diffing.model.Reason` objects."""
    from policywatch.diffing.model import Reason

    return [
        Reason(c.category, None, c.old_snippet, c.new_snippet, c.explanation)
        for c in compare_facts(old_facts, new_facts)
    ]
