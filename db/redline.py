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

from dataclasses import replace
from typing import Any

from markupsafe import Markup, escape

from policywatch.db.webdata import MARK_END, MARK_START

MODES = ("inline", "side_by_side")


def redline(diff: dict[str, Any] | None, mode: str = "inline") -> Markup:
    """The stored diff (``DiffResult.to_dict(with_ops=True)``) drawn as HTML.

    The page shows the verdict, categories and reasons of the whole change on
    top itself, so they are left out here; each section keeps its own reasons.
    """
    from policywatch.diffing import DiffResult, render_html

    if not diff:
        return Markup('<p class="pw-empty">No diff was stored for this change.</p>')
    result = DiffResult.from_dict(diff)
    sections_only = replace(result, summary="", categories=[], reasons=[], flags=[])
    return Markup(render_html(sections_only, mode=mode if mode in MODES else "inline"))


def highlight(snippet: str | None) -> Markup:
    """An FTS5 snippet with its match markers as ``<mark>``, all text escaped."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))
