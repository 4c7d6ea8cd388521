"""HTML rendering of a diff; every piece of page text is escaped."""

from __future__ import annotations

from html import escape

from policywatch.diffing.model import DiffResult


def render_html(result: DiffResult) -> str:
    """An inline redline (``<del>``/``<ins>``) of every changed item."""
    parts = [f'<div class="pw-diff pw-{escape(result.verdict)}">']
    parts.append(f"<p class=\"pw-summary\">{escape(result.summary)}</p>")
    for item in result.items:
        parts.append('<div class="pw-item">')
        for op, text in item.ops:
            if op < 0:
                parts.append(f"<del>{escape(text)}</del> ")
            elif op > 0:
                parts.append(f"<ins>{escape(text)}</ins> ")
            else:
                parts.append(escape(text) + " ")
        parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)
