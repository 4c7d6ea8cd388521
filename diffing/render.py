"""HTML rendering of a diff: an inline redline or two columns side by side.

Everything that comes from the page (text, headings, evidence) is escaped, because
the page is untrusted. The output is a fragment with its own scoped ``<style>``, so
it works stand-alone (wrap it with :func:`render_page`) and inside Datasette.
It needs only the result, so it can be drawn later from stored
``DiffResult.to_dict(with_ops=True)`` data.

    >>> from policywatch.diffing.model import ChangeItem, DiffResult
    >>> item = ChangeItem("matched", "Retention", "Retention", "material",
    ...                   ops=[(0, "Kept "), (-1, "30 days"), (1, "<b>2 years</b>")])
    >>> html = render_html(DiffResult("material", items=[item]))
    >>> "<del>30 days</del>" in html and "&lt;b&gt;2 years&lt;/b&gt;" in html
    True
"""

from __future__ import annotations

from html import escape

from policywatch.diffing.model import ChangeItem, DiffResult, EntryChange, Reason

STYLE = """<style>
.pw-diff{font:14px/1.5 system-ui,sans-serif;max-width:72rem}
.pw-diff .pw-verdict{display:inline-block;padding:0 .5em;border-radius:3px;font-weight:600}
.pw-diff .pw-material{background:#fdd}.pw-diff .pw-editorial{background:#ffd}
.pw-diff .pw-cosmetic,.pw-diff .pw-unchanged{background:#eee}.pw-diff .pw-suspect{background:#fcf}
.pw-diff del{background:#fbb;text-decoration:line-through}
.pw-diff ins{background:#bfb;text-decoration:none}
.pw-diff .pw-item{border-top:1px solid #ddd;padding:.5em 0}
.pw-diff .pw-text{white-space:pre-wrap}
.pw-diff table.pw-sbs{width:100%;border-collapse:collapse;table-layout:fixed}
.pw-diff table.pw-sbs td{vertical-align:top;padding:.25em .5em;border:1px solid #eee}
.pw-diff .pw-reasons li{margin:.2em 0}
.pw-diff .pw-entries li.pw-added{color:#060}.pw-diff .pw-entries li.pw-removed{color:#900}
</style>"""


def render_html(result: DiffResult, *, mode: str = "inline") -> str:
    """Render a diff as an HTML fragment; ``mode`` is ``"inline"`` or ``"side_by_side"``."""
    if mode not in {"inline", "side_by_side"}:
        raise ValueError(f"unknown mode {mode!r}: use 'inline' or 'side_by_side'")
    parts = [STYLE, f'<div class="pw-diff pw-mode-{mode}">', _header(result)]
    if result.entries:
        parts.append(_entries(result.entries))
    for item in result.items:
        parts.append(_item(item, mode))
    parts.append("</div>")
    return "\n".join(parts)


def render_page(
    result: DiffResult, *, mode: str = "inline", title: str = "policywatch diff"
) -> str:
    """A complete HTML page around :func:`render_html`, for ``--format html``."""
    return (
        '<!doctype html>\n<html><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head><body>\n"
        f"{render_html(result, mode=mode)}\n</body></html>\n"
    )


def _header(result: DiffResult) -> str:
    verdict = escape(result.verdict)
    out = [
        f'<p><span class="pw-verdict pw-{verdict}">{verdict}</span> '
        f'<span class="pw-summary">{escape(result.summary)}</span></p>'
    ]
    if result.categories:
        out.append(f"<p>Categories: {escape(', '.join(result.categories))}</p>")
    if result.flags:
        out.append(f"<p>Flags: {escape(', '.join(result.flags))}</p>")
    if result.reasons:
        out.append(_reasons(result.reasons))
    return "\n".join(out)


def _reasons(reasons: list[Reason]) -> str:
    rows = []
    for r in reasons:
        where = f" — section “{escape(r.section)}”" if r.section else ""
        rows.append(
            f"<li><b>{escape(r.category)}</b>: {escape(r.explanation)}{where}"
            + (f"<br><del>{escape(r.old)}</del>" if r.old else "")
            + (f"<br><ins>{escape(r.new)}</ins>" if r.new else "")
            + "</li>"
        )
    return '<ul class="pw-reasons">' + "".join(rows) + "</ul>"


def _entries(changes: list[EntryChange]) -> str:
    """The list of parties, entry by entry: 'added: Cloudflare (cloud services, US)'."""
    rows = "".join(
        f'<li class="pw-{escape(c.kind)}">{escape(c.describe())}'
        + (f" <small>({escape(', '.join(c.categories))})</small>" if c.categories else "")
        + "</li>"
        for c in changes
    )
    return f'<h4>Entries of the list</h4><ul class="pw-entries">{rows}</ul>'


def _title(item: ChangeItem) -> str:
    old, new = item.old_heading, item.new_heading
    if old is not None and new is not None and old != new:
        return f"{escape(old)} → {escape(new)}"
    return escape(new if new is not None else old or "") or "(untitled section)"


def _item(item: ChangeItem, mode: str) -> str:
    verdict = escape(item.verdict)
    head = (
        f'<div class="pw-item" data-kind="{escape(item.kind)}">'
        f"<h4>{_title(item)} <small>({escape(item.kind)})</small> "
        f'<span class="pw-verdict pw-{verdict}">{verdict}</span></h4>'
    )
    if item.reasons:
        head += _reasons(item.reasons)
    body = _inline(item) if mode == "inline" else _side_by_side(item)
    return head + body + "</div>"


def _inline(item: ChangeItem) -> str:
    out = []
    for op, text in item.ops:
        if op < 0:
            out.append(f"<del>{escape(text)}</del>")
        elif op > 0:
            out.append(f"<ins>{escape(text)}</ins>")
        else:
            out.append(escape(text))
    return '<div class="pw-text">' + "".join(out) + "</div>"


def _side_by_side(item: ChangeItem) -> str:
    left, right = [], []
    for op, text in item.ops:
        if op <= 0:
            left.append(f"<del>{escape(text)}</del>" if op else escape(text))
        if op >= 0:
            right.append(f"<ins>{escape(text)}</ins>" if op else escape(text))
    return (
        '<table class="pw-sbs"><tr><th>Old</th><th>New</th></tr><tr>'
        f'<td class="pw-text">{"".join(left)}</td><td class="pw-text">{"".join(right)}</td>'
        "</tr></table>"
    )
