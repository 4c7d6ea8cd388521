"""Extraction's work grows with the page's length, not its square (issue 12).

A rule that looks back over every block above each candidate (the signature
lines once did) costs nothing on a policy of 80 paragraphs and minutes on a
page of 20,000. Timing would depend on the machine and its load, so these
tests count the Python function calls one extraction makes (``cProfile``, which
observes and changes nothing): four times the paragraphs must cost about four
times the calls. A quadratic step shows as sixteen times (measured before the
fix: 11.9x to 13.1x on these pages; after: 3.94x to 4.00x).
"""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable

import pytest

from policywatch.extract import extract
from policywatch.extract.blocks import Block
from policywatch.extract.headings_signature import signature_lines

BODY = "We keep the data you give us only as long as the service needs it."

# Page shapes, each n units long: short dated paragraphs (short unpunctuated lines,
# as a signature's), a signature block written over and over, Markdown sections.
PAGES: dict[str, Callable[[int], tuple[str, str]]] = {
    "html short lines": lambda n: (
        "text/html",
        "<html lang='en'><body><h1>Privacy</h1>"
        + "<p>Last updated: 13/04/2024 and 25/06/2023</p>" * n
        + "</body></html>",
    ),
    "plain signature lines": lambda n: (
        "text/plain",
        f"Privacy\n\n{BODY}\n\n" + "Acme Ltd\n\n1 Main Street\n\n" * n,
    ),
    "markdown sections": lambda n: (
        "text/markdown",
        "# Privacy\n\n" + "".join(f"## Section {k}\n\n{BODY}\n\n" for k in range(n)),
    ),
}
SMALL, LARGE = 250, 1000
# Linear work gives LARGE / SMALL = 4 times the calls; quadratic, 16.
MAX_GROWTH = 5.0


def calls_to_extract(content_type: str, text: str) -> int:
    """The Python function calls one extraction of ``text`` makes."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        extract(text.encode(), content_type, "https://example.com/policy")
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("shape", PAGES)
def test_extraction_calls_grow_linearly_with_the_page(shape: str) -> None:
    page = PAGES[shape]
    calls_to_extract(*page(20))  # first use: lazy imports and compiled patterns
    small, large = calls_to_extract(*page(SMALL)), calls_to_extract(*page(LARGE))
    assert large / small < MAX_GROWTH, (shape, small, large)


def test_signature_lines_of_a_long_page_are_read_in_one_pass() -> None:
    """20,000 short lines under a paragraph: every one is read, the last block signs.

    Numbered address lines ("1 Main Street") continue a block only to its end,
    so each line's answer depends on all the lines below it: the old per-line
    reading took minutes here.
    """
    lines = [Block("para", BODY)] + [
        Block("para", f"{k % 900 + 1} Main Street") for k in range(20_000)
    ]
    profile = cProfile.Profile()
    profile.enable()
    signs = signature_lines(lines)
    profile.disable()
    assert signs == [False] + [True] * 20_000
    # About 24 calls a line (the old per-line reading: 47,000 a line at 2,000 lines).
    assert pstats.Stats(profile).total_calls < 100 * len(lines)  # type: ignore[attr-defined]
    # Its negative twin: a paragraph under the run makes it an outline's lines, not a signature.
    assert not any(signature_lines([*lines, Block("para", BODY)]))
