"""What a fresh process pays: this code against another commit's, side by side.

    .venv/bin/python benchmarks/first_run.py integration              # 3 rounds
    .venv/bin/python benchmarks/first_run.py a67726b --rounds 5
    .venv/bin/python benchmarks/first_run.py integration --versions 40
    .venv/bin/python benchmarks/first_run.py integration --same       # outputs only

Cron runs ``policywatch crawl`` and ``policywatch analyse`` in a fresh
process each time, so every table, compiled regex and memo starts cold;
``benchmarks/diffing.py`` and ``benchmarks/compare.py`` warm up first and
time what a long-running process pays. Here each round starts one fresh
process per code (alternating which goes first), and each measures, in CPU
time (the machine is shared; wall time is printed for information):

- ``diff``: importing ``policywatch.diffing``, then the synthetic 20k-word
  pair of ``benchmarks/diffing.py`` (30 edits, repeated passages) diffed
  twice: the first run pays every lazy table and regex, the second shows
  what memos leave. The language model is loaded before (extraction loads
  it in the crawl, before any diff) and timed apart.
- ``analyse``: importing what ``policywatch analyse`` imports, then
  :func:`policywatch.db.analysis.analyse_version` over the first
  ``--versions`` Markdown versions of the dev corpus in manifest order
  (extracted before timing, as the stored versions are): the first
  version's cost and versions per second.

Per code the fastest of the rounds is kept, and the ratios this / other
printed. ``--same`` (also run before the timings) hashes the output of both
codes on every tune pair of the dev corpus's change labels (the diff's JSON
with its word redline, each verdict as the crawl takes it, guard included)
and every analysed version, and says whether they are identical: a speed
change must change no output. The other commit is checked out in a
temporary detached worktree, removed after (:mod:`benchmarks.other_commit`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.other_commit import (  # noqa: E402
    alternating,
    checked_out,
    import_from,
    run_child,
)


def _clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> dict[str, float]:
    wall, cpu = _clocks()
    return {"wall": (wall - start[0]) * 1000, "cpu": (cpu - start[1]) * 1000}


def child_diff() -> dict[str, Any]:
    """Import, load the language model, and diff the synthetic pair twice (ms)."""
    start = _clocks()
    from policywatch.diffing import diff_documents

    imported = _since(start)
    from policywatch.extract.language import confident_language

    start = _clocks()
    confident_language("We keep your data for thirty days after you close it.", 0.0)
    model = _since(start)
    from benchmarks.diffing import synthetic_pair

    old, new, _ = synthetic_pair()
    runs = []
    for _ in range(2):
        start = _clocks()
        diff_documents(old, new)
        runs.append(_since(start))
    return {"import": imported, "model": model, "first": runs[0], "second": runs[1]}


def _corpus_versions(limit: int) -> list[Any]:
    """The first ``limit`` Markdown versions of the tune vendors, extracted (frozen
    vendors' files are never read: see benchmarks/corpus.py)."""
    from benchmarks.corpus import CORPUS, is_frozen, manifest
    from policywatch.extract import extract

    rows = [r for r in manifest() if r["format"] == "md" and not is_frozen(r["doc_id"], CORPUS)][
        :limit
    ]
    return [
        extract((CORPUS / r["file"]).read_bytes(), "text/markdown", "file:///x.md") for r in rows
    ]


def child_analyse(docs_file: Path) -> dict[str, Any]:
    """Import the analyse stage, then analyse the versions of ``docs_file`` (ms each).

    The versions were extracted by the parent process: ``policywatch analyse``
    reads stored versions and extracts nothing, so nothing extraction loads
    (the language model, lexicons it shares with the analysis) is warm here.
    """
    start = _clocks()
    from policywatch.core.model import ExtractedDocument
    from policywatch.db.analysis import analyse_version

    imported = _since(start)
    docs = [ExtractedDocument.from_dict(d) for d in json.loads(docs_file.read_text())]
    times = []
    for doc in docs:
        start = _clocks()
        analyse_version(doc)
        times.append(_since(start))
    return {"import": imported, "times": times}


def _plain(value: Any) -> Any:
    """Sets in a fixed order (their own differs between processes), anything else as repr."""
    if isinstance(value, set | frozenset):
        return sorted(value, key=repr)
    return repr(value)


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, default=_plain, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _output(result: Any) -> dict[str, Any]:
    """A diff's JSON with its word redline, without the milliseconds it took."""
    out: dict[str, Any] = result.to_dict(with_ops=True)
    out.get("stats", {}).pop("ms", None)
    return out


def child_same(versions: int) -> dict[str, Any]:
    """Hashes of the outputs: each tune pair's diff and verdict, each analysed version."""
    from benchmarks.corpus import CORPUS, is_frozen
    from benchmarks.diffing import compare, doc_types, load, synthetic_pair
    from policywatch.db.analysis import analyse_version
    from policywatch.diffing import diff_documents

    labels = [json.loads(line) for line in (CORPUS / "change_labels.jsonl").open() if line.strip()]
    types = doc_types(CORPUS)
    pairs = {}
    for row in labels:
        if is_frozen(row["doc_id"], CORPUS):  # never read: see benchmarks/corpus.py
            continue
        old, new = load(CORPUS / row["old_file"]), load(CORPUS / row["new_file"])
        doc_type = types.get(row["doc_id"])
        crawl = compare(old, new, (CORPUS / row["new_file"]).as_uri(), doc_type)
        diffed = diff_documents(old, new, doc_type=doc_type)
        key = f"{row['old_file']} -> {row['new_file']}"
        pairs[key] = _digest([_output(crawl), _output(diffed)])
    old, new, _ = synthetic_pair()
    pairs["synthetic"] = _digest(_output(diff_documents(old, new)))
    analysed = [_digest(asdict(analyse_version(doc))) for doc in _corpus_versions(versions)]
    return {"pairs": pairs, "analysed": analysed}


def _run(root: Path, mode: str, versions: int, docs_file: Path) -> dict[str, Any]:
    child = ["--child", str(root), "--mode", mode, "--versions", str(versions)]
    # One hash seed for both codes' outputs: some diffs (a unit's old text, a
    # fact's snippet) follow set order, which the seed of each process changes.
    env = {**os.environ, "PYTHONHASHSEED": "0"} if mode == "same" else None
    result: dict[str, Any] = run_child(__file__, [*child, "--docs", str(docs_file)], env)
    return result


def _child(root: Path, mode: str, versions: int, docs_file: Path) -> None:
    import_from(root)
    runs = {"diff": child_diff, "analyse": lambda: child_analyse(docs_file)}
    runs["same"] = lambda: child_same(versions)
    result = runs[mode]()
    # Checked after, not to import anything before the timing: not the installed code.
    assert Path(sys.modules["policywatch.diffing"].__file__ or "").is_relative_to(root)
    print(json.dumps(result))


def _fastest(runs: list[dict[str, float]]) -> dict[str, float]:
    return min(runs, key=lambda r: r["cpu"])


def _report_same(other: str, this: dict[str, Any], then: dict[str, Any]) -> bool:
    differ = [k for k in then["pairs"] if this["pairs"].get(k) != then["pairs"][k]]
    differ += [k for k in this["pairs"] if k not in then["pairs"]]
    moved = [
        n
        for n, (a, b) in enumerate(zip(this["analysed"], then["analysed"], strict=False))
        if a != b
    ]
    print(
        f"outputs vs {other}: {len(this['pairs'])} diffs (tune pairs, crawl and plain, + the"
        f" synthetic pair): {len(differ)} differ; {len(this['analysed'])} analysed versions:"
        f" {len(moved)} differ"
    )
    for k in differ[:10]:
        print(f"  differs: {k}")
    return not differ and not moved and len(this["analysed"]) == len(then["analysed"])


def _line(label: str, m: dict[str, float]) -> str:
    return f"{label} {m['cpu']:7.1f} CPU ({m['wall']:7.1f} wall)"


def _report(other: str, runs: dict[str, dict[Path, list[dict[str, Any]]]], roots: list[Path]):
    this_root, other_root = roots
    rounds = len(runs["diff"][this_root])
    print(f"fresh process, ms, fastest of {rounds} alternating rounds (CPU; wall in brackets):")
    rows: dict[str, dict[Path, dict[str, float]]] = {}
    for part in ("import", "model", "first", "second"):
        rows[f"diff {part}"] = {r: _fastest([x[part] for x in runs["diff"][r]]) for r in roots}
    rows["analyse import"] = {r: _fastest([x["import"] for x in runs["analyse"][r]]) for r in roots}
    rows["analyse first version"] = {
        r: _fastest([x["times"][0] for x in runs["analyse"][r]]) for r in roots
    }
    totals = {
        r: [{k: sum(t[k] for t in x["times"]) for k in ("cpu", "wall")} for x in runs["analyse"][r]]
        for r in roots
    }
    rows["analyse all versions"] = {r: _fastest(totals[r]) for r in roots}
    cold = {  # what one cron run of analyse pays: imports, then the versions
        r: [
            {k: x["import"][k] + total[k] for k in ("cpu", "wall")}
            for x, total in zip(runs["analyse"][r], totals[r], strict=True)
        ]
        for r in roots
    }
    rows["analyse import + versions"] = {r: _fastest(cold[r]) for r in roots}
    versions = len(runs["analyse"][this_root][0]["times"])
    print(f"  {'':26} {other:>32}   {'this code':>32}   ratio this/other (CPU)")
    for name, per in rows.items():
        a, b = per[other_root], per[this_root]
        print(f"  {name:26} {_line('', a):>32}   {_line('', b):>32}   {b['cpu'] / a['cpu']:.2f}")
    for label, root in ((other, other_root), ("this code", this_root)):
        total = rows["analyse import + versions"][root]
        print(
            f"  analyse, {versions} versions in a fresh process, {label}: "
            f"{versions / total['cpu'] * 1000:.1f} versions/s CPU "
            f"({versions / total['wall'] * 1000:.1f} wall), first version "
            f"{rows['analyse first version'][root]['cpu']:.1f} ms CPU"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", nargs="?", help="the commit to compare with (a git revision)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--versions", type=int, default=60, help="versions analysed per run")
    parser.add_argument("--same", action="store_true", help="compare outputs only, no timing")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mode", choices=("diff", "analyse", "same"), help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.mode, args.versions, args.docs)
        return 0
    if not args.other:
        parser.error("name the commit to compare with, e.g. integration")
    with tempfile.TemporaryDirectory() as tmp:
        docs_file = Path(tmp) / "versions.json"
        docs_file.write_text(json.dumps([d.to_dict() for d in _corpus_versions(args.versions)]))
        with checked_out(args.other, Path(tmp)) as other_root:
            roots = [REPO, other_root]
            same = _report_same(
                args.other,
                _run(REPO, "same", args.versions, docs_file),
                _run(other_root, "same", args.versions, docs_file),
            )
            if args.same:
                return 0 if same else 1
            runs: dict[str, dict[Path, list[dict[str, Any]]]] = {
                "diff": {r: [] for r in roots},
                "analyse": {r: [] for r in roots},
            }
            for _, root in alternating(roots, args.rounds):
                runs["diff"][root].append(_run(root, "diff", args.versions, docs_file))
                runs["analyse"][root].append(_run(root, "analyse", args.versions, docs_file))
    _report(args.other, runs, roots)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
