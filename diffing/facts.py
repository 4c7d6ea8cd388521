"""Facts a procurement team asks about, read from a policy with their evidence.

    >>> from policywatch.core.model import ExtractedDocument
    >>> doc = ExtractedDocument(text="We do not sell your personal data. "
    ...     "We delete your data within three months after termination of the agreement.")
    >>> [(f.kind, f.normalised) for f in extract_facts(doc)]
    [('sale', 'no'), ('retention', '90d')]

Each :class:`Fact` keeps the sentence (or table row) it came from, so a
person can check it. Rules and word lists (:mod:`.facts_lexicon`), no
model: they are explainable and fast. The readers, one per kind, are in
:mod:`.facts_readers`; the units they read (sentences, table rows) and the
gazetteers in :mod:`.facts_units`, probed cheaply by :mod:`.facts_probe`.
:func:`compare_facts` turns two
versions' facts into material reasons for the diff.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from policywatch.core.lexicon.cookie_columns import is_cookie_header
from policywatch.core.model import ExtractedDocument
from policywatch.diffing.classify import reading_language
from policywatch.diffing.facts_probe import Unit
from policywatch.diffing.facts_readers import ReadingPlan
from policywatch.diffing.facts_units import Present, units
from policywatch.diffing.filing import contact_category
from policywatch.diffing.lexicons import topics
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


_KIND_ORDER = {kind: i for i, kind in enumerate(FACT_KINDS)}


def extract_facts(doc: ExtractedDocument) -> list[Fact]:
    """Every fact in ``doc``, one per ``(kind, normalised)``, first evidence kept.

    A period in a cookie table's row (:func:`policywatch.core.lexicon.cookie_columns.
    is_cookie_header`) is a cookie's lifetime, no retention fact.

    Order: by kind (as in :data:`FACT_KINDS`), then document order. A "yes"
    and a "no" for the same question are both kept, so a contradiction in
    the text stays visible.
    """
    parts = [(s.heading, f"{s.heading}\n\n{s.text}" if s.heading else s.text) for s in doc.sections]
    if not parts or not any(text.strip() for _, text in parts):
        parts = [("", doc.text)]
    whole = "\n".join(text for _, text in parts)
    ctx = Present.scan(whole)
    plan = ReadingPlan(ctx, whole.lower())
    seen: dict[tuple[str, str], Fact] = {}
    for heading, text in parts:
        in_row = cookie_table = False
        for unit, row in units(text, doc.language):
            if row and not in_row:
                # A table's first row is its header: a cookie table's periods are how
                # long a cookie lives in the browser, no retention of personal data.
                cookie_table = is_cookie_header(unit)
            in_row = row
            for kind, found in plan.read(Unit(unit), row, ctx):
                if row and cookie_table and kind == "retention":
                    continue
                for value, normalised, at in found:
                    key = (kind, normalised)
                    if key not in seen:
                        seen[key] = Fact(kind, value, normalised, _snippet(unit, at), heading)
    return sorted(seen.values(), key=lambda f: _KIND_ORDER[f.kind])


def compare_facts(
    old_facts: list[Fact], new_facts: list[Fact], language: str | None = None
) -> list[FactChange]:
    """Facts that differ between two versions, one change per kind and category.

    ``category`` is from the materiality vocabulary (retention, transfers,
    recipients, sale_sharing, ...), so each change can become a material
    reason in the diff: the kind's (:data:`FACT_KINDS`), or what the fact's
    own sentence files it under (:func:`filed_under`: a supervisory
    authority's address is where to complain, a right), read in the page's
    ``language`` unless the sentence tells its own.
    """
    changes: list[FactChange] = []
    for kind, (label, _) in FACT_KINDS.items():
        old = {f.normalised: f for f in old_facts if f.kind == kind}
        new = {f.normalised: f for f in new_facts if f.kind == kind}
        gone = [old[k] for k in old if k not in new]
        came = [new[k] for k in new if k not in old]
        filed = [(f, filed_under(f, language)) for f in (*gone, *came)]
        for category in dict.fromkeys(c for _, c in filed):
            removed = [f for f, c in filed if c == category and f in gone]
            added = [f for f, c in filed if c == category and f in came]
            changes.append(_change(kind, label, category, removed, added))
    return changes


def filed_under(fact: Fact, language: str | None = None) -> str:
    """The category a fact's change is filed under: its kind's, but for a contact
    address, whose channel its own sentence says it is
    (:func:`policywatch.diffing.filing.contact_category`, the rule sentences follow),
    read in the sentence's own language, else the page's ``language``.

    >>> filed_under(Fact("contact_email", "dpo@acme.example", "dpo@acme.example",
    ...     "You can contact our data protection officer at dpo@acme.example."))
    'controller_contact'
    >>> filed_under(Fact("contact_email", "plaintes@cnil.fr", "plaintes@cnil.fr",
    ...     "Écrivez à la CNIL : plaintes@cnil.fr."), "fr")
    'rights'
    """
    if fact.kind != "contact_email":
        return FACT_KINDS[fact.kind][1]
    language = reading_language(fact.snippet, language)
    k = key(fact.snippet)
    return contact_category(fact.snippet, topics(k, language), language)


def _change(
    kind: str, label: str, category: str, removed: list[Fact], added: list[Fact]
) -> FactChange:
    parts = []
    if removed:
        parts.append("no longer states " + "; ".join(f.value for f in removed))
    if added:
        parts.append("now states " + "; ".join(f.value for f in added))
    return FactChange(
        kind,
        category,
        tuple(f.value for f in added),
        tuple(f.value for f in removed),
        removed[0].snippet if removed else None,
        added[0].snippet if added else None,
        f"{label}: {', and '.join(parts)}.",
    )


def named_in(fact: Fact, joined: str) -> bool:
    """Whether a fact that is a name (:data:`NAMED_KINDS`) occurs in ``joined``, the
    space-delimited sentence keys of a version: the same party named there."""
    return fact.kind in NAMED_KINDS and f" {key(fact.normalised)} " in joined


def fact_reasons(
    old_facts: list[Fact], new_facts: list[Fact], language: str | None = None
) -> list[Any]:
    """:func:`compare_facts` as :class:`policywatch.diffing.model.Reason` objects."""
    from policywatch.diffing.model import Reason

    return [
        Reason(c.category, None, c.old_snippet, c.new_snippet, c.explanation)
        for c in compare_facts(old_facts, new_facts, language)
    ]
