"""The fact readers: one per fact kind, each a rule over a unit's words (read by :mod:`.facts`).

A reader takes a :class:`.facts_probe.Unit` (a sentence or a table row) and
yields ``(value, normalised, offset)`` for what it finds; :data:`_READERS`
lists them in the order of :data:`.facts.FACT_KINDS`. :class:`ReadingPlan` skips a
reader, and the entries of its gazetteer, that cannot match in a unit (its
cues' literal starts are absent), so a document is read in one pass.
:func:`.facts.extract_facts` runs the plan and keeps the evidence::

    >>> [v for v, _, _ in _sale(Unit("We do not sell your personal data."))]
    ['no']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from policywatch.diffing import facts_lexicon as lex
from policywatch.diffing.facts_probe import Cues, Unit
from policywatch.diffing.facts_units import ALL_UNIT_TABLES, Present
from policywatch.diffing.text import unobfuscated


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


def _retention(u: Unit, row: bool = False) -> Found:
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
    # "Storing your account data: for the duration of the contract": a period, no number,
    # of data kept (not "you keep access to the service until the end of the contract");
    # a table row's data are its table's (a cookie table's rows are left out upstream).
    term = u.has(lex.CONTRACT_TERM)
    if term and (row or u.has(lex.RETAINED_DATA)):
        yield term.group(0), "contract_term", term.start()


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
    if not ctx.cell and u.has(lex.AUTHORITY_SCOPE) and not u.has(lex.STRONG_LOCATION):
        return  # a supervisory authority and its address: where to complain
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
    text = unobfuscated(u.text)  # "name [at] x [dot] com" is name@x.com
    if "@" not in text:  # every address has one; the scan is the costly part
        return
    for m in lex.EMAIL.finditer(text):
        yield m.group(0), m.group(0).lower(), m.start()


def _dpo(u: Unit, table: list[tuple[re.Pattern[str], str]]) -> Found:
    for regex, role in table:
        m = u.has(regex)
        if m:
            text = unobfuscated(u.text)
            email = lex.EMAIL.search(text) if "@" in text else None
            yield (f"{role} ({email.group(0)})" if email else role), role.lower(), m.start()


def _ai_training(u: Unit) -> Found:
    if u.has(lex.AI_TERMS) and u.has(lex.AI_DATA):
        yield from _yes_no(u, lex.AI_TERMS)


Table = list[tuple[re.Pattern[str], str]]

# Each reader as (kind, read): in the order of FACT_KINDS. ``table`` is the
# reader's gazetteer (see :func:`_cues`), less the entries :class:`ReadingPlan`
# found cannot match in the unit.
_READERS: list[tuple[str, Callable[[Unit, bool, Present, Table], Found]]] = [
    ("sale", lambda u, row, ctx, table: _sale(u)),
    ("ad_sharing", lambda u, row, ctx, table: _ad_sharing(u)),
    ("retention", lambda u, row, ctx, table: _retention(u, row)),
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


class ReadingPlan:
    """Which readers, and which of their gazetteer entries, can match in a unit.

    Every pattern gets a bit; a unit's mask (:meth:`.facts_probe.Cues.mask`)
    has the bits of the patterns whose literal starts occur there. A reader
    none of whose cues can match is skipped, and an entry that cannot match
    is left out of its table: both would have found nothing.
    :func:`.facts.extract_facts` builds one per document and reads each unit
    through it: ``ReadingPlan(Present.scan(text), text.lower())``.
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
