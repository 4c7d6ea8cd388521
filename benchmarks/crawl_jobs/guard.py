"""The guard's cost per page (issue 8), on the dev corpus's real texts (already extracted).

    guard_cost()   # benchmarks/crawl.py --guard

Prints medians over every version only: no per-document figure.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.corpus import CORPUS
from policywatch.extract import guard


def guard_cost() -> None:
    """Milliseconds per page for the guard, on the real corpus (text already extracted)."""
    guard.check(guard.Page(url="u", text="warm up " * 50), guard.Previous("load the model " * 50))
    alone, against = [], []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        previous = None
        for path in sorted(folder.glob("v*.md")):
            page = guard.Page(url="https://x.example/privacy", text=path.read_text())
            for _ in range(3):  # the fastest of 3, as the other benchmarks do
                start = time.perf_counter()
                guard.check(page)
                first = time.perf_counter() - start
            alone.append(first)
            if previous is not None:
                start = time.perf_counter()
                guard.check(page, previous)
                against.append(time.perf_counter() - start)
            previous = guard.Previous(page.text)
    ms = 1000
    print(f"guard: {len(alone)} real policy versions (dev corpus)")
    print(f"  page alone (every changed page):  {ms * statistics.median(alone):8.2f} ms median")
    print(f"  against the previous version:     {ms * statistics.median(against):8.2f} ms median")
    print(f"                                    {ms * max(against):8.2f} ms max")
    print("  (unchanged pages never reach the guard: equal bytes or text hash end earlier)")
