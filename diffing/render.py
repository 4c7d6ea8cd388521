"""HTML rendering placeholder (replaced below)."""

from policywatch.diffing.model import DiffResult


def render_html(result: DiffResult, *, mode: str = "inline") -> str:
    return ""
