"""Atom feeds of material changes, for feed readers and Slack's RSS app.

Built with ElementTree, so every vendor name, summary and URL is escaped as
XML text or attribute; nothing is pasted into markup by hand::

    xml = atom_feed(rows, title="policywatch: material changes",
                    feed_url="http://127.0.0.1:8001/-/policywatch/feed.atom",
                    site_url="http://127.0.0.1:8001/",
                    change_url=lambda change_id: f"http://.../change/{change_id}")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/atom+xml; charset=utf-8"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def entry_title(row: dict[str, Any]) -> str:
    """ "Faveo Helpdesk: privacy_policy changed (retention, transfers)"."""
    areas = ", ".join(row.get("categories") or []) or row.get("verdict") or "changed"
    return f"{row['vendor']}: {row['doc_type']} changed ({areas})"


def atom_feed(
    rows: Iterable[dict[str, Any]],
    *,
    title: str,
    feed_url: str,
    site_url: str,
    change_url: Callable[[int], str],
) -> bytes:
    """An Atom 1.0 document (RFC 4287) with one entry per change row."""
    rows = list(rows)
    feed = ET.Element("feed", {"xmlns": ATOM})
    _sub(feed, "title", title)
    _sub(feed, "id", feed_url)
    _sub(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=site_url)
    # An empty feed still needs <updated>; newest change otherwise, so the
    # value is stable between polls and readers do not see a spurious update.
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    _sub(feed, "updated", rows[0]["detected_at"] if rows else now)
    author = _sub(feed, "author")
    _sub(author, "name", "policywatch")
    _sub(feed, "generator", "policywatch")
    for row in rows:
        url = change_url(int(row["change_id"]))
        entry = _sub(feed, "entry")
        _sub(entry, "title", entry_title(row))
        _sub(entry, "id", url)
        _sub(entry, "link", rel="alternate", type="text/html", href=url)
        _sub(entry, "updated", row["detected_at"])
        _sub(entry, "published", row["detected_at"])
        for category in row.get("categories") or []:
            _sub(entry, "category", term=str(category))
        summary = row.get("summary") or ""
        if row.get("stated_date"):
            summary += f" (Document states date {row['stated_date']}.)"
        summary += f" Document: {row['document_url']}"
        _sub(entry, "summary", summary, type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
