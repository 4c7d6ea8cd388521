"""Topics + facts per corpus document: this code against another commit's, side by side.

    .venv/bin/python benchmarks/topics_speed.py c06a638             # 2 rounds
    .venv/bin/python benchmarks/topics_speed.py integration --rounds 3
    .venv/bin/python benchmarks/topics_speed.py HEAD --documents 20  # a quick look

On a shared machine one timing says little, and two taken at different
moments less. So a detached worktree of the other commit is made in a
temporary folder (removed after), and each round runs one fresh process per
code, in alternating order (:mod:`benchmarks.other_commit`), each timing
every Markdown version of the dev corpus as ``benchmarks/compare.py`` does
(extraction not included), in CPU time (other processes' load matters less
than in wall time). Per document
the fastest of the rounds is kept; printed: the median per document of all
versions and of each document's first version (which no earlier version's
paragraphs help), topics and facts apart, and the ratio this / other.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.other_commit import (  # noqa: E402
    alternating,
    checked_out,
    import_from,
    run_child,
)


def child(root: Path, documents: int | None) -> None:
    """Time the code at ``root``; print one JSON line of per-document CPU milliseconds."""
    import_from(root)
    # compare.py imports the training script, which imports names older commits
    # lack (c06a638 has no topics.document_features); the timing loop uses none of it.
    sys.modules.setdefault("benchmarks.train_topics", ModuleType("benchmarks.train_topics"))
    from benchmarks.compare import document_times
    from policywatch.diffing import topics

    assert Path(topics.__file__ or "").is_relative_to(root)  # not the installed code
    ids, topics_ms, facts_ms = document_times(time.process_time, documents)
    print(json.dumps({"ids": ids, "topics": topics_ms, "facts": facts_ms}))


def _run(root: Path, documents: int | None) -> dict[str, Any]:
    limit = ["--documents", str(documents)] if documents else []
    result: dict[str, Any] = run_child(__file__, ["--child", str(root), *limit])
    return result


def _medians(runs: list[dict[str, Any]]) -> dict[str, float]:
    """Per document the fastest run; medians over all versions and over first versions."""
    from benchmarks.compare import first_versions  # here: it imports the product

    ids = runs[0]["ids"]
    topics = [min(r["topics"][n] for r in runs) for n in range(len(ids))]
    facts = [min(r["facts"][n] for r in runs) for n in range(len(ids))]
    first = first_versions(ids)
    return {
        "all": statistics.median(t + f for t, f in zip(topics, facts, strict=True)),
        "topics": statistics.median(topics),
        "facts": statistics.median(facts),
        "first": statistics.median(topics[n] + facts[n] for n in first),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", nargs="?", help="the commit to compare with (a git revision)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--documents", type=int, help="only the first N versions")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.documents)
        return
    if not args.other:
        parser.error("name the commit to compare with, e.g. c06a638")
    with tempfile.TemporaryDirectory() as tmp, checked_out(args.other, Path(tmp)) as other:
        runs: dict[Path, list[dict[str, Any]]] = {REPO: [], other: []}
        for _, root in alternating([REPO, other], args.rounds):
            runs[root].append(_run(root, args.documents))
    this, then = _medians(runs[REPO]), _medians(runs[other])
    print(f"CPU ms per document, fastest of {args.rounds} alternating rounds:")
    for label, m in ((args.other, then), ("this code", this)):
        print(
            f"  {label:12} median {m['all']:6.1f} (topics {m['topics']:5.1f}, "
            f"facts {m['facts']:5.1f}); first versions {m['first']:6.1f}"
        )
    print(
        f"  ratio this / {args.other}: {this['all'] / then['all']:.2f} all versions, "
        f"{this['first'] / then['first']:.2f} first versions"
    )


if __name__ == "__main__":
    main()
