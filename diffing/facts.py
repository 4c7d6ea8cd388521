"""Facts a procurement team asks about, read from a policy with their evidence.

    >>> from policywatch.core.model import ExtractedDocument
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
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from policywatch.core.model import ExtractedDocument
from policywatch.diffing import facts_lexicon as lex
from policywatch.diffing.facts_units import ALL_UNIT_TABLES, Cues, Present, Unit, units
from policywatch.diffing.text import key

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

# Kinds whose value is a name written in the text (a party, an address, a
# certificate, a law): the same name elsewhere in a version is the same fact.
NAMED_KINDS = frozenset(
    {"third_party", "contact_email", "certification", "transfer_mechanism", "privacy_law", "dpo"}
)

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


def _snippet(unit: str, start: int = 0) -> str:
    if len(unit) <= SNIPPET_CHARS:
        return unit
    left = max(0, min(start - SNIPPET_CHARS // 3, len(unit) - SNIPPET_CHARS))
    return ("…" if left else "") + unit[left : left + SNIPPET_CHARS].strip() + "…"


def _negated(unit: str, at: int, window: int = 45) -> bool:
    """True if a negation word sits in the same clause shortly before ``at``."""
    before = _CLAUSE.split(unit[:at])[-1]
    return bool(lex.NEGATION.search(before[-window:]))


# Compiled once here rather than on every call (re's own cache is a dict
# lookup plus flag checks per call, thousands of times per document).
_CLAUSE = re.compile(r"[,;:]|\b(?:but|except|unless|men|unntatt|sauf|aber)\b")
_UNIT_DAYS = [(re.compile(pattern), days) for pattern, days in lex.UNIT_DAYS]
_WITHIN_END = re.compile(r"\b(?:within|innen|innerhalb|sous)\s*$", re.I)
_WITHIN_END_2 = re.compile(r"\b(?:within|innen|sous|innerhalb)\s*$", re.I)
_CHAIN = re.compile(r"[\s,/]*(?:and|og|or|eller|et|und)?[\s,/]*(?:the |det |le |la |der )?", re.I)
_REGION_NOTE = re.compile(r"\((?:inside|outside|innenfor|utenfor)[^)]*\)")
_NEVER = re.compile(r"\b(?:never|aldri|not|ikke)\b", re.I)
_DATA_WORD = re.compile(
    r"\b(?:data|information|informasjon\w*|opplysning\w*|données|daten)\b", re.I
)
_TO_US = re.compile(r"\b(?:reported|report\w*|notif\w*|meld\w*) to us\b|\btil oss\b", re.I)
_DPO = [(re.compile(pattern, re.I), role) for pattern, role in lex.DPO]


# --- the readers, one per fact kind ------------------------------------------

Found = Iterator[tuple[str, str, int]]  # (value, normalised, offset in the unit)


def _days(match: re.Match[str]) -> int | None:
    num = match.group("num").lower()
    n = int(num) if num.isdigit() else lex.NUMBER_WORDS.get(num)
    unit = match.group("unit").lower()
    for pattern, days in _UNIT_DAYS:
        if pattern.fullmatch(unit):
            return None if n is None or days == 0 else n * days
    return None


def _retention(u: Unit) -> Found:
    if not u.has(lex.RETENTION_CUE):
        return
    unit = u.text
    responding = bool(u.has(lex.RESPONSE_CUE))
    for m in lex.PERIOD.finditer(unit):
        before, after = unit[: m.start()], unit[m.end() :]
        within = _WITHIN_END.search(before[-12:])
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
    qualitative = u.has(lex.AS_LONG_AS)
    if qualitative:
        yield qualitative.group(0), "as_long_as_necessary", qualitative.start()


def _is_region_cell(cell: str, ctx: Present) -> bool:
    cell = _REGION_NOTE.sub("", cell).strip(" ()")
    return any(r.fullmatch(cell) for r, _ in ctx.regions)


def _locations(
    u: Unit, table_row: bool, ctx: Present, regions: list[tuple[re.Pattern[str], str]] | None = None
) -> Found:
    unit = u.text
    if table_row:
        # In a table a region stands in its own cell ("EU/EEA |"), not inside
        # another cell's text ("EU Standard Contractual Clauses").
        for cell in unit.split("|"):
            if _is_region_cell(cell, ctx):
                in_cell = Present(ctx.parties, ctx.regions, {}, True)
                yield from _locations(Unit(cell), False, in_cell)
        return
    if not (ctx.cell or u.has(lex.LOCATION_CUE)):
        return
    if not ctx.cell and u.has(lex.LAW_SCOPE) and not u.has(lex.STRONG_LOCATION):
        return
    if not ctx.cell and u.has(lex.ADDRESS_SCOPE) and not u.has(lex.STRONG_LOCATION):
        return  # an address or a registration: where a company sits
    found: list[tuple[int, int, str]] = []
    for regex, name in ctx.regions if regions is None else regions:
        for m in u.every(regex):
            if any(s <= m.start() < e for s, e, _ in found):
                continue  # "EU" inside an "EU/EEA" already found
            found.append((m.start(), m.end(), name))
    found.sort()
    previous_end = -1
    for start, end, name in found:
        before = unit[max(0, start - 30) : start]
        chained = previous_end >= 0 and _CHAIN.fullmatch(unit[previous_end:start])
        if not (ctx.cell or chained or lex.LOCATIVE.search(before)):
            continue
        previous_end = end
        if lex.OUTSIDE.search(before):
            yield f"outside {name}", f"outside:{name}", start
        else:
            yield name, name, start


def _third_parties(
    u: Unit, table_row: bool, ctx: Present, parties: list[tuple[re.Pattern[str], str]] | None = None
) -> Found:
    names: list[tuple[int, str]] = []
    for regex, name in ctx.parties if parties is None else parties:
        m = u.has(regex)
        if m and not any(name in n or n in name for _, n in names):
            names.append((m.start(), name))
    if table_row or u.has(lex.PROCESSOR_CUE):
        for m in lex.COMPANY.finditer(u.text):
            name = m.group(1).strip()
            if not any(name.split()[0] in n for _, n in names):
                names.append((m.start(), name))
    regions = sorted({n for _, n, _ in _locations(u, True, ctx)}) if table_row else []
    for start, name in sorted(names):
        yield (f"{name} ({', '.join(regions)})" if regions else name), name, start


def _certifications(u: Unit, table: list[tuple[re.Pattern[str], str]]) -> Found:
    for regex, name in table:
        m = u.has(regex)
        if m:
            status = "in progress" if u.has(lex.IN_PROGRESS) else "stated"
            yield f"{name} ({status})", f"{name}:{status.replace(' ', '_')}", m.start()


def _yes_no(u: Unit, terms: re.Pattern[str]) -> Found:
    m = u.has(terms)
    if m:
        answer = "no" if _negated(u.text, m.start()) else "yes"
        yield answer, answer, m.start()


def _sale(u: Unit) -> Found:
    if not u.has(lex.SALE_TERMS):  # first: it is the rarest, and nothing is read without it
        return
    if u.has(lex.NOT_SALE) and not u.has(_NEVER):
        return
    if u.has(_DATA_WORD):
        yield from _yes_no(u, lex.SALE_TERMS)


def _ad_sharing(u: Unit) -> Found:
    if u.has(lex.ADS_TERMS) and u.has(lex.ADS_PARTY):
        yield from _yes_no(u, lex.ADS_TERMS)


def _children(u: Unit) -> Found:
    if not u.has(lex.CHILD_CUE):
        return
    for m in lex.AGE.finditer(u.text):
        age = m.group("age") or m.group("age2")
        if 6 <= int(age) <= 21:
            yield f"under {age}", age, m.start()


def _breach(u: Unit) -> Found:
    if not (u.has(lex.BREACH_CUE) and u.has(lex.NOTIFY_CUE)):
        return
    if u.has(_TO_US):
        return  # the customer telling the vendor is not the vendor's promise
    for m in lex.PERIOD.finditer(u.text):
        days = _days(m)
        if days is not None:
            yield m.group(0), f"{days * 24}h", m.start()
        elif m.group("num").isdigit():
            yield m.group(0), f"{int(m.group('num'))}h", m.start()
    prompt = u.has(lex.PROMPT)
    if prompt:
        yield prompt.group(0), "without_undue_delay", prompt.start()


def _request_response(u: Unit) -> Found:
    if not u.has(lex.RESPONSE_CUE) or u.has(lex.BREACH_CUE):
        return
    unit = u.text
    for m in lex.PERIOD.finditer(unit):
        if _WITHIN_END_2.search(unit[: m.start()][-15:]):
            days = _days(m)
            if days:
                yield f"within {m.group(0)}", f"{days}d", m.start()
    reasonable = u.has(lex.REASONABLE_TIME)
    if reasonable:
        yield reasonable.group(0), "reasonable_time", reasonable.start()


def _lookup(u: Unit, table: list[tuple[re.Pattern[str], str]]) -> Found:
    for regex, name in table:
        m = u.has(regex)
        if m:
            yield name, name, m.start()


def _rights(u: Unit, table: list[tuple[re.Pattern[str], str]]) -> Found:
    # A short unit is a list item or heading ("Right of Access", "Sletting").
    if u.has(lex.RIGHTS_CUE) or len(u.text.split()) <= 5:
        yield from _lookup(u, table)


_LAW_WORDS = ("law", "legislation", "lov", "rett", "droit", "recht", "court")


def _governing_law(u: Unit) -> Found:
    if not any(w in u.low for w in _LAW_WORDS):
        return
    for regex in lex.GOVERNING_LAW:
        m = u.has(regex)
        if m:
            law = m.group("law").strip()
            yield law, law.lower(), m.start()
    venue = u.has(lex.VENUE)
    if venue:
        place = (venue.group("law") or venue.group("law2") or "").strip()
        yield f"courts: {place}", f"courts:{place.lower()}", venue.start()


def _emails(u: Unit) -> Found:
    if "@" not in u.text:  # every address has one; the scan is the costly part
        return
    for m in lex.EMAIL.finditer(u.text):
        yield m.group(0), m.group(0).lower(), m.start()


def _dpo(u: Unit, table: list[tuple[re.Pattern[str], str]]) -> Found:
    for regex, role in table:
        m = u.has(regex)
        if m:
            email = lex.EMAIL.search(u.text) if "@" in u.text else None
            yield (f"{role} ({email.group(0)})" if email else role), role.lower(), m.start()


def _ai_training(u: Unit) -> Found:
    if u.has(lex.AI_TERMS) and u.has(lex.AI_DATA):
        yield from _yes_no(u, lex.AI_TERMS)


Table = list[tuple[re.Pattern[str], str]]

# Each reader as (kind, read): in the order of FACT_KINDS. ``table`` is the
# reader's gazetteer (see :func:`_cues`), less the entries :class:`_Plan`
# found cannot match in the unit.
_READERS: list[tuple[str, Callable[[Unit, bool, Present, Table], Found]]] = [
    ("sale", lambda u, row, ctx, table: _sale(u)),
    ("ad_sharing", lambda u, row, ctx, table: _ad_sharing(u)),
    ("retention", lambda u, row, ctx, table: _retention(u)),
    ("location", _locations),
    ("transfer_mechanism", lambda u, row, ctx, table: _lookup(u, table)),
    ("third_party", _third_parties),
    ("certification", lambda u, row, ctx, table: _certifications(u, table)),
    ("breach_notice", lambda u, row, ctx, table: _breach(u)),
    ("children_age", lambda u, row, ctx, table: _children(u)),
    ("governing_law", lambda u, row, ctx, table: _governing_law(u)),
    ("privacy_law", lambda u, row, ctx, table: _lookup(u, table)),
    ("right", lambda u, row, ctx, table: _rights(u, table)),
    ("request_response", lambda u, row, ctx, table: _request_response(u)),
    ("contact_email", lambda u, row, ctx, table: _emails(u)),
    ("dpo", lambda u, row, ctx, table: _dpo(u, table)),
    ("ai_training", lambda u, row, ctx, table: _ai_training(u)),
]


def _cues(ctx: Present) -> list[tuple[list[re.Pattern[str]], tuple[str, ...], Table, bool]]:
    """Per reader (as :data:`_READERS`), outside a table row: ``(cues,
    substrings, table, needed)``. The reader finds nothing unless one of its
    cues matches or one of the substrings is in the lower-cased unit, or (if
    ``needed``) one of its table's patterns matches; read off its code."""
    tables = ctx.tables
    return [
        ([lex.SALE_TERMS], (), [], False),
        ([lex.ADS_TERMS], (), [], False),
        ([lex.RETENTION_CUE], (), [], False),
        ([lex.LOCATION_CUE], (), ctx.regions, False),
        ([], (), tables.get("transfer_mechanism", []), True),
        ([lex.PROCESSOR_CUE], (), ctx.parties, True),
        ([], (), tables.get("certification", ALL_UNIT_TABLES["certification"]), True),
        ([lex.BREACH_CUE], (), [], False),
        ([lex.CHILD_CUE], (), [], False),
        ([], _LAW_WORDS, [], False),
        ([], (), tables.get("privacy_law", []), True),
        ([], (), tables.get("right", ALL_UNIT_TABLES["right"]), True),
        ([lex.RESPONSE_CUE], (), [], False),
        ([], ("@",), [], False),
        ([], (), _DPO, True),
        ([lex.AI_TERMS], (), [], False),
    ]


class _Plan:
    """Which readers, and which of their gazetteer entries, can match in a unit.

    Every pattern gets a bit; a unit's mask (:meth:`.facts_units.Cues.mask`)
    has the bits of the patterns whose literal starts occur there. A reader
    none of whose cues can match is skipped, and an entry that cannot match
    is left out of its table: both would have found nothing.
    """

    def __init__(self, ctx: Present, doc_low: str) -> None:
        self.cues = Cues()
        self.need: list[int] = []
        self.tables: list[list[tuple[int, re.Pattern[str], str]]] = []
        for cues, substrings, table, needed in _cues(ctx):
            need = 0
            for regex in cues:
                need |= self.cues.pattern(regex)
            for sub in substrings:
                need |= self.cues.substring(sub)
            entries = [(self.cues.pattern(regex), regex, name) for regex, name in table]
            if needed:
                for bit, _, _ in entries:
                    need |= bit
            self.need.append(need)
            self.tables.append(entries)
        self.cues.index(doc_low, ctx.vocabulary)

    def read(self, u: Unit, row: bool, ctx: Present) -> Iterator[tuple[str, Found]]:
        """``(kind, found)`` for each reader that may find something in ``u``."""
        mask = -1 if row else self.cues.mask(u)
        for (kind, read), need, entries in zip(_READERS, self.need, self.tables, strict=True):
            if mask & need:
                table = (
                    [(regex, name) for bit, regex, name in entries if mask & bit] if entries else []
                )
                yield kind, read(u, row, ctx, table)


_KIND_ORDER = {kind: i for i, kind in enumerate(FACT_KINDS)}


def extract_facts(doc: ExtractedDocument) -> list[Fact]:
    """Every fact in ``doc``, one per ``(kind, normalised)``, first evidence kept.

    Order: by kind (as in :data:`FACT_KINDS`), then document order. A "yes"
    and a "no" for the same question are both kept, so a contradiction in
    the text stays visible.
    """
    parts = [(s.heading, f"{s.heading}\n\n{s.text}" if s.heading else s.text) for s in doc.sections]
    if not parts or not any(text.strip() for _, text in parts):
        parts = [("", doc.text)]
    whole = "\n".join(text for _, text in parts)
    ctx = Present.scan(whole)
    plan = _Plan(ctx, whole.lower())
    seen: dict[tuple[str, str], Fact] = {}
    for heading, text in parts:
        for unit, row in units(text):
            for kind, found in plan.read(Unit(unit), row, ctx):
                for value, normalised, at in found:
                    key = (kind, normalised)
                    if key not in seen:
                        seen[key] = Fact(kind, value, normalised, _snippet(unit, at), heading)
    return sorted(seen.values(), key=lambda f: _KIND_ORDER[f.kind])


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


def named_in(fact: Fact, joined: str) -> bool:
    """Whether a fact that is a name (:data:`NAMED_KINDS`) occurs in ``joined``, the
    space-delimited sentence keys of a version: the same party named there."""
    return fact.kind in NAMED_KINDS and f" {key(fact.normalised)} " in joined


def fact_reasons(old_facts: list[Fact], new_facts: list[Fact]) -> list[Any]:
    """:func:`compare_facts` as :class:`policywatch.diffing.model.Reason` objects."""
    from policywatch.diffing.model import Reason

    return [
        Reason(c.category, None, c.old_snippet, c.new_snippet, c.explanation)
        for c in compare_facts(old_facts, new_facts)
    ]
