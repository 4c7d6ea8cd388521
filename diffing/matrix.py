"""The comparison matrix: topics and facts, one column per vendor.

    >>> from policywatch.core.model import ExtractedDocument
    >>> a = analyse("a", ExtractedDocument(text="We do not sell your personal data."))
    >>> b = analyse("b", ExtractedDocument(text="We keep logs."))
    >>> m = build_matrix([a, b])
    >>> [c.status for c in m.row("sale").cells]
    ['no', 'not_stated']

A cell is ``yes``/``no`` for questions with a yes-or-no answer, ``stated``
when the policy gives values (periods, countries, names), ``covered`` for a
topic the policy has text on (its values are the one or two sentences that
state it, never matched keywords), and ``not_stated`` when the policy is
silent: "not stated" is never shown as "no".
"""

from __future__ import annotations

import html
import json
import shutil
import textwrap
from dataclasses import dataclass, field
from typing import Any

from policywatch.core.model import ExtractedDocument
from policywatch.diffing.facts import FACT_KINDS, Fact, extract_facts
from policywatch.diffing.topics import (
    TOPIC_IDS,
    TOPIC_LABELS,
    DocumentTopic,
    classify_sections,
    document_topics,
)

YES_NO_KINDS = ("sale", "ad_sharing", "ai_training")
STATUS_TEXT = {
    "yes": "yes",
    "no": "no",
    "stated": "stated",
    "covered": "covered",
    "not_stated": "not stated",
    "contradictory": "yes and no",
}


@dataclass
class VendorAnalysis:
    """What the matrix needs about one vendor's document."""

    label: str
    facts: list[Fact]
    topics: dict[str, DocumentTopic]
    meta: dict[str, Any] = field(default_factory=dict)


def analyse(label: str, doc: ExtractedDocument, **meta: Any) -> VendorAnalysis:
    """Facts and topics of one document (no database)."""
    return VendorAnalysis(label, extract_facts(doc), document_topics(classify_sections(doc)), meta)


@dataclass
class Cell:
    status: str
    values: list[str] = field(default_factory=list)
    evidence: list[dict[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self.status == "covered" and self.values:
            return " / ".join(self.values)
        if self.status == "stated" and self.values:
            return "; ".join(self.values)
        return STATUS_TEXT[self.status]


@dataclass
class Row:
    id: str
    label: str
    group: str  # "fact" | "topic"
    cells: list[Cell]


@dataclass
class Matrix:
    vendors: list[str]
    rows: list[Row]
    meta: list[dict[str, Any]] = field(default_factory=list)

    def row(self, row_id: str) -> Row:
        return next(r for r in self.rows if r.id == row_id)

    def cell(self, row_id: str, vendor: str) -> Cell:
        return self.row(row_id).cells[self.vendors.index(vendor)]

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``policywatch compare --format json``."""
        return {
            "vendors": list(self.vendors),
            "documents": list(self.meta),
            "rows": [
                {
                    "id": r.id,
                    "label": r.label,
                    "group": r.group,
                    "cells": {
                        v: {"status": c.status, "values": c.values, "evidence": c.evidence}
                        for v, c in zip(self.vendors, r.cells, strict=True)
                    },
                }
                for r in self.rows
            ],
        }


def _fact_cell(kind: str, facts: list[Fact]) -> Cell:
    mine = [f for f in facts if f.kind == kind]
    if not mine:
        return Cell("not_stated")
    evidence = [{"snippet": f.snippet, "section": f.section} for f in mine[:4]]
    if kind in YES_NO_KINDS:
        answers = {f.normalised for f in mine}
        status = "contradictory" if len(answers) > 1 else answers.pop()
        return Cell(status, [], evidence)
    values = [f.value for f in mine]
    if kind == "retention":
        values = [f.value for f in sorted(mine, key=_retention_order)]
    return Cell("stated", values, evidence)


def _retention_order(fact: Fact) -> int:
    n = fact.normalised
    return int(n[:-1]) if n.endswith("d") and n[:-1].isdigit() else 10**9


def _topic_cell(topic: str, topics: dict[str, DocumentTopic]) -> Cell:
    hit = topics.get(topic)
    if hit is None or not hit.sentences:
        return Cell("not_stated")
    return Cell(
        "covered",
        [sentence for _, sentence in hit.sentences],
        [{"snippet": sentence, "section": heading} for heading, sentence in hit.sentences],
    )


def build_matrix(vendors: list[VendorAnalysis]) -> Matrix:
    """One row per fact kind, then one per topic; one cell per vendor."""
    rows = [
        Row(kind, label, "fact", [_fact_cell(kind, v.facts) for v in vendors])
        for kind, (label, _) in FACT_KINDS.items()
    ]
    rows += [
        Row(f"topic:{t}", TOPIC_LABELS[t], "topic", [_topic_cell(t, v.topics) for v in vendors])
        for t in TOPIC_IDS
    ]
    return Matrix(
        [v.label for v in vendors], rows, [{"vendor": v.label, **v.meta} for v in vendors]
    )


def render_table(matrix: Matrix, width: int | None = None, max_lines: int = 4) -> str:
    """Plain-text table that fits ``width`` columns (the terminal's when not given).

    Vendor columns share the width left by the row labels; a cell wraps
    over at most ``max_lines`` lines and ends in "…" when cut.
    """
    total = width or shutil.get_terminal_size((120, 24)).columns
    count = max(1, len(matrix.vendors))
    gap = 2
    label_w = min(max(len(r.label) for r in matrix.rows), max(12, total // (count + 2)))
    col_w = max(8, (total - label_w - gap * count) // count)

    def wrap(text: str, w: int, lines: int) -> list[str]:
        out = textwrap.wrap(text, w, break_long_words=True) or [""]
        if len(out) > lines:
            out = out[:lines]
            out[-1] = out[-1][: w - 1].rstrip() + "…"
        return out

    def block(first: str, cells: list[str], lines: int) -> list[str]:
        columns = [wrap(first, label_w, lines)] + [wrap(c, col_w, lines) for c in cells]
        height = max(len(c) for c in columns)
        widths = [label_w] + [col_w] * len(cells)
        return [
            (" " * gap)
            .join(
                (c[i] if i < len(c) else "").ljust(w) for c, w in zip(columns, widths, strict=True)
            )
            .rstrip()
            for i in range(height)
        ]

    out = block("", list(matrix.vendors), 2)
    described = [_column_note(m) for m in matrix.meta]
    if any(described):
        out += block("", described, 2)
    out.append((" " * gap).join(["-" * label_w] + ["-" * col_w] * count))
    group = None
    for r in matrix.rows:
        if r.group != group:
            group = r.group
            out.append("FACTS" if group == "fact" else "TOPICS (the sentences that state them)")
        out += block(r.label, [c.text for c in r.cells], max_lines)
    return "\n".join(out)


def _column_note(meta: dict[str, Any]) -> str:
    """What a column shows: document type, version and the date the document states."""
    parts = [
        str(meta["doc_type"]) if meta.get("doc_type") else "",
        f"version {meta['version']}" if meta.get("version") else "",
        f"stated {meta['stated_date']}" if meta.get("stated_date") else "",
    ]
    return ", ".join(p for p in parts if p)


def render_json(matrix: Matrix) -> str:
    return json.dumps(matrix.to_dict(), ensure_ascii=False, indent=2)


CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top}
th{background:#f3f3f3;text-align:left}td.no{background:#e6f4ea}td.yes{background:#fde8e8}
td.not_stated{color:#888;font-style:italic}td.contradictory{background:#fff4ce}
details{font-size:.85em;color:#444}tr.group th{background:#ddd}
"""


def render_html(matrix: Matrix, *, title: str = "Vendor comparison", full_page: bool = True) -> str:
    """An HTML table; every value and snippet is escaped."""
    e = html.escape
    head = "".join(f"<th>{e(v)}</th>" for v in matrix.vendors)
    body: list[str] = []
    group = None
    for r in matrix.rows:
        if r.group != group:
            group = r.group
            name = "Facts" if group == "fact" else "Topics"
            body.append(
                f'<tr class="group"><th colspan="{len(matrix.vendors) + 1}">{name}</th></tr>'
            )
        tds = []
        for c in r.cells:
            evidence = "".join(
                f"<li>{e(x['snippet'])}"
                + (f" <em>({e(x['section'])})</em>" if x["section"] else "")
                + "</li>"
                for x in c.evidence
            )
            detail = (
                f"<details><summary>evidence</summary><ul>{evidence}</ul></details>"
                if evidence
                else ""
            )
            tds.append(f'<td class="{e(c.status)}">{e(c.text)}{detail}</td>')
        body.append(f"<tr><th>{e(r.label)}</th>{''.join(tds)}</tr>")
    table = (
        f'<table class="policywatch-compare"><thead><tr><th></th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    if not full_page:
        return table
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title>'
        f"<style>{CSS}</style></head><body><h1>{e(title)}</h1>"
        "<p>“not stated” means the policy says nothing we could find; “no” means it says no.</p>"
        f"{table}</body></html>"
    )
