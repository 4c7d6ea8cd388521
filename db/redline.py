"""HTML for the plugin's pages that is not plain text: redlines and search snippets.

This is the only place the web pages turn text into markup. Everything else
goes through Jinja's autoescaping. The redline comes from the diff engine's
own escaping renderer (:func:`policywatch.diffing.render_html`)::

    >>> html = redline({"verdict": "material", "items": [
    ...     {"kind": "matched", "old_heading": "Retention", "new_heading": "Retention",
    ...      "verdict": "material", "ops": [[0, "for "], [-1, "30 days"], [1, "<b>5</b> years"]]}]})
    >>> "&lt;b&gt;" in html and "<b>" not in html
    True
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape
from policywatch.db.webdata import MARK_END, MARK_START

MODES = ("inline", "side_by_side")
_OP_TAGS = {-1: "del", 1: "ins"}


def redline(diff: dict[str, Any] | None, mode: str = "inline") -> Markup:
    """The stored diff (``DiffResult.to_dict(with_ops=True)``) drawn as HTML."""
    from policywatch.diffing import DiffResult, render_html

    if not diff:
        return Markup('<p class="pw-empty">No diff was stored for this change.</p>')
    result = DiffResult.from_dict(diff)
    html = render_html(result, mode=mode if mode in MODES else "inline")
    if html.strip():
        return Markup(html)
    return _plain_redline(result)


def _plain_redline(result: Any) -> Markup:
    """A minimal inline redline, used only while the diff engine's renderer returns
    nothing (it is being rewritten); escapes every piece of text itself."""
    parts = []
    for item in result.items:
        heading = item.new_heading or item.old_heading or ""
        body = Markup("").join(
            Markup("<{0}>{1}</{0}>").format(_OP_TAGS[op], text) if op in _OP_TAGS else escape(text)
            for op, text in item.ops
        )
        parts.append(
            Markup('<section class="pw-item pw-{}"><h3>{}</h3><p>{}</p></section>').format(
                item.verdict or "unknown", heading, body
            )
        )
    return Markup('<div class="pw-redline">{}</div>').format(Markup("").join(parts))


def highlight(snippet: str | None) -> Markup:
    """An FTS5 snippet with its match markers as ``<mark>``, all text escaped."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))
