"""What an alert says, independent of the channel that carries it.

A :class:`Message` holds one :class:`Notice` per change (several for a
digest) and the idempotency ``key`` that stays the same on every retry.
Channels render it: :func:`subject`, :func:`text` and :func:`html` here are
shared by email and apprise; Slack builds Block Kit from the same fields.

    >>> m = sample_message("test-1")
    >>> subject(m)
    '[policywatch] TEST Material change: Example Vendor privacy policy'
"""

from __future__ import annotations

import html as _html
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from policywatch.diffing.model import Reason

MAX_REASONS = 3
# Entries of a list of parties shown per change ("added: Cloudflare (CDN, US)").
MAX_ENTRIES = 10
DOC_NAMES = {
    "privacy_policy": "privacy policy",
    "terms": "terms",
    "dpa": "DPA",
    "subprocessors": "sub-processor list",
    "cookie_policy": "cookie policy",
    "other": "document",
}


@dataclass
class Notice:
    """One change as a person reads it."""

    change_id: int
    vendor: str
    vendor_slug: str
    doc_type: str
    document_url: str
    verdict: str
    categories: list[str]
    summary: str
    detected_at: str
    reasons: list[Reason] = field(default_factory=list)
    more_reasons: int = 0
    link: str | None = None
    # Last day to object to a material DPA / sub-processor change (issue 18).
    objection_deadline: str | None = None
    # Sub-processor / recipient list entries added, removed or changed, as sentences.
    entries: list[str] = field(default_factory=list)
    more_entries: int = 0

    @property
    def document(self) -> str:
        """``"Fusetools AS privacy policy"``."""
        return f"{self.vendor} {DOC_NAMES.get(self.doc_type, self.doc_type.replace('_', ' '))}"

    @property
    def headline(self) -> str:
        """``"Material change: Fusetools AS privacy policy"``."""
        return f"{self.verdict.capitalize()} change: {self.document}"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "document": self.document}


@dataclass
class Message:
    notices: list[Notice]
    key: str
    digest: bool = False
    in_doubt: bool = False
    test: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The generic webhook body (also what ``alerts test`` sends)."""
        body: dict[str, Any] = {
            "type": "digest" if self.digest else "change",
            "idempotency_key": self.key,
            "possible_duplicate": self.in_doubt,
            "test": self.test,
        }
        if self.digest:
            body["changes"] = [n.to_dict() for n in self.notices]
        else:
            body["change"] = self.notices[0].to_dict()
        return body


def notice_from_row(row: dict[str, Any], base_url: str | None) -> Notice:
    """Build a notice from :func:`policywatch.alerts.outbox.change_details` row."""
    diff = json.loads(row.get("diff_json") or "{}")
    raw_reasons = diff.get("reasons") or []
    reasons = [
        Reason(
            category=str(r.get("category") or ""),
            section=r.get("section"),
            old=r.get("old"),
            new=r.get("new"),
            explanation=str(r.get("explanation") or ""),
        )
        for r in raw_reasons[:MAX_REASONS]
    ]
    material_entries = [e for e in diff.get("entries") or [] if e.get("categories")]
    return Notice(
        change_id=row["id"],
        vendor=row["vendor_name"],
        vendor_slug=row["vendor_slug"],
        doc_type=row["doc_type"],
        document_url=row["document_url"],
        verdict=row["verdict"],
        categories=json.loads(row.get("categories") or "[]"),
        summary=row.get("summary") or "",
        detected_at=row["detected_at"],
        reasons=reasons,
        more_reasons=max(0, len(raw_reasons) - MAX_REASONS),
        link=f"{base_url}/-/policywatch/change/{row['id']}" if base_url else None,
        objection_deadline=row.get("objection_deadline"),
        entries=[str(e.get("description") or "") for e in material_entries[:MAX_ENTRIES]],
        more_entries=max(0, len(material_entries) - MAX_ENTRIES),
    )


def sample_message(key: str, base_url: str | None = None) -> Message:
    """A made-up change for ``policywatch alerts test``; clearly labelled as a test."""
    notice = Notice(
        change_id=0,
        vendor="Example Vendor",
        vendor_slug="example-vendor",
        doc_type="privacy_policy",
        document_url="https://example.com/privacy",
        verdict="material",
        categories=["retention"],
        summary="Test message from policywatch: this channel works. (Sample change below.)",
        detected_at="2024-01-01T00:00:00.000000Z",
        reasons=[
            Reason(
                "retention",
                "How long we keep data",
                "We delete your data 14 days after you close your account.",
                "We delete your data 180 days after you close your account.",
                "period changed: 14 days → 180 days",
            )
        ],
        link=f"{base_url}/-/policywatch/change/0" if base_url else None,
    )
    return Message([notice], key=key, test=True)


def subject(message: Message) -> str:
    """``[policywatch] Material change: Fusetools AS privacy policy``."""
    prefix = "[policywatch] " + ("TEST " if message.test else "")
    if message.digest:
        n = len(message.notices)
        material = sum(1 for x in message.notices if x.verdict == "material")
        return f"{prefix}Daily digest: {n} change{'s' * (n != 1)} ({material} material)"
    return prefix + message.notices[0].headline


def clip(text: str | None, limit: int = 400) -> str:
    """Shorten long sentences for chat and mail; the link has the full diff."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def text(message: Message) -> str:
    """The plain-text body (email text part, apprise)."""
    out: list[str] = []
    if message.in_doubt:
        out += ["(Possible duplicate: an earlier attempt may already have been delivered.)", ""]
    for notice in message.notices:
        if message.digest:
            out += [notice.headline, "=" * len(notice.headline)]
        out += [
            f"Vendor:     {notice.vendor}",
            f"Document:   {notice.document_url}",
            f"Verdict:    {notice.verdict}",
            f"Categories: {', '.join(notice.categories) or '-'}",
            f"Detected:   {notice.detected_at}",
            *([f"Object by:  {notice.objection_deadline}"] if notice.objection_deadline else []),
            "",
            notice.summary,
            "",
        ]
        if notice.entries:
            out += ["Entries:", *(f"  {e}" for e in notice.entries)]
            if notice.more_entries:
                out.append(f"  and {notice.more_entries} more")
            out.append("")
        for r in notice.reasons:
            where = f" ({r.section})" if r.section else ""
            out += [f"* {r.category}{where}: {r.explanation}"]
            out += [f"    old: {clip(r.old)}", f"    new: {clip(r.new)}"]
        if notice.more_reasons:
            out.append(f"* and {notice.more_reasons} more")
        if notice.link:
            out += ["", f"Evidence: {notice.link}"]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def html(message: Message) -> str:
    """The HTML body (email HTML part): same content, old → new visibly marked."""
    e = _html.escape
    parts = ["<html><body style='font-family: sans-serif'>"]
    if message.in_doubt:
        parts.append("<p><em>Possible duplicate: an earlier attempt may already have been")
        parts.append(" delivered.</em></p>")
    for notice in message.notices:
        parts.append(f"<h2>{e(notice.headline)}</h2>")
        parts.append("<table>")
        rows = [
            ("Vendor", e(notice.vendor)),
            ("Document", f"<a href='{e(notice.document_url)}'>{e(notice.document_url)}</a>"),
            ("Verdict", f"<strong>{e(notice.verdict)}</strong>"),
            ("Categories", e(", ".join(notice.categories) or "-")),
            ("Detected", e(notice.detected_at)),
        ]
        if notice.objection_deadline:
            rows.append(("Object by", f"<strong>{e(notice.objection_deadline)}</strong>"))
        parts += [f"<tr><th align='left'>{k}</th><td>{v}</td></tr>" for k, v in rows]
        parts.append(f"</table><p>{e(notice.summary)}</p>")
        if notice.entries:
            more = [f"and {notice.more_entries} more"] if notice.more_entries else []
            items = "".join(f"<li>{e(x)}</li>" for x in [*notice.entries, *more])
            parts.append(f"<p><strong>Entries</strong></p><ul class='entries'>{items}</ul>")
        parts.append("<ul>")
        for r in notice.reasons:
            where = f" ({e(r.section)})" if r.section else ""
            parts.append(
                f"<li><strong>{e(r.category)}</strong>{where}: {e(r.explanation)}<br>"
                f"<del style='color:#b00'>{e(clip(r.old))}</del> → "
                f"<ins style='color:#070'>{e(clip(r.new))}</ins></li>"
            )
        if notice.more_reasons:
            parts.append(f"<li>and {notice.more_reasons} more</li>")
        parts.append("</ul>")
        if notice.link:
            parts.append(f"<p><a href='{e(notice.link)}'>See the evidence</a></p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def markdown(message: Message) -> str:
    """A Markdown body for apprise (Teams, Discord, ... render it their own way)."""
    out: list[str] = []
    if message.in_doubt:
        out += ["_Possible duplicate: an earlier attempt may already have been delivered._", ""]
    for notice in message.notices:
        if message.digest:
            out += [f"**{notice.headline}**", ""]
        out += [
            f"**{notice.verdict}** · {', '.join(notice.categories) or 'no category'}",
            *([f"**Object by {notice.objection_deadline}**"] if notice.objection_deadline else []),
            "",
            notice.summary,
            "",
        ]
        out += [f"- {e}" for e in notice.entries]
        for r in notice.reasons:
            out.append(f"- **{r.category}**: {clip(r.old, 200)} → {clip(r.new, 200)}")
        if notice.link:
            out += ["", f"[See the evidence]({notice.link})"]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
