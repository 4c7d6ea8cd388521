"""The dev corpus's answer keys, and the split every accuracy benchmark reports.

    >>> from benchmarks.corpus import CORPUS, part_of, vendor_of
    >>> part_of(vendor_of("gitlab-terms-of-service"))
    'frozen'

Figures measured on the documents a rule was tuned on are not results. So
every benchmark reports, beside the in-sample figure, one that the tuning
never saw:

- **frozen**: a third of the dev vendors (11 of 33) set aside for the
  hand-written rules. They are drawn from the second wave of the corpus
  (vendors no earlier rule was tuned on), ordered by a hash of their name,
  so nobody chose them. Nobody reads their documents or their labels while
  tuning; their figure is what a new user's documents should expect.
- **tune**: the other 22 vendors, which rules may be fitted to.
- **leave one vendor out**, for anything fitted from data (weights,
  thresholds, models): see :func:`vendors`, one fold per vendor.

The split is fixed here once; changing it would turn the frozen part into
documents somebody has tuned on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

# The repositories of the corpus's first wave: rules written before this
# split were tuned on them, so the frozen part is drawn from the others.
FIRST_WAVE = frozenset(
    {
        "OpenTermsArchive/dating-versions",
        "OpenTermsArchive/dating-snapshots",
        "OpenTermsArchive/genai-eu-versions",
        "OpenTermsArchive/genai-eu-snapshots",
        "github/site-policy",
        "Fagforbundet/personvern",
    }
)
FROZEN_SHARE = 1 / 3
_SALT = "policywatch-frozen:"


# The corpus manifest's document types as the vendors file spells them ("type:").
DOC_TYPES = {
    "privacy-policy": "privacy_policy",
    "terms-of-service": "terms",
    "dpa": "dpa",
    "subprocessors": "subprocessors",
    "cookie-policy": "cookie_policy",
}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@cache
def manifest(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    return read_jsonl(corpus / "manifest.jsonl")


@cache
def _vendors_by_doc(corpus: Path = CORPUS) -> dict[str, str]:
    return {row["doc_id"]: row["vendor"] for row in manifest(corpus)}


def vendor_of(doc_id: str, corpus: Path = CORPUS) -> str:
    """The vendor a corpus document belongs to (documents outside the manifest: their id)."""
    return _vendors_by_doc(corpus).get(doc_id, doc_id)


@cache
def frozen_vendors(corpus: Path = CORPUS) -> frozenset[str]:
    """The held-out third: second-wave vendors, the first N by a hash of their name."""
    repos: dict[str, set[str]] = {}
    for row in manifest(corpus):
        repos.setdefault(row["vendor"], set()).add(row["source_repo"])
    every = sorted(repos)
    unseen = [v for v in every if not repos[v] & FIRST_WAVE]
    unseen.sort(key=lambda v: hashlib.sha256((_SALT + v).encode()).hexdigest())
    return frozenset(unseen[: round(len(every) * FROZEN_SHARE)])


def part_of(vendor: str, corpus: Path = CORPUS) -> str:
    """``"frozen"`` (never read while tuning) or ``"tune"``."""
    return "frozen" if vendor in frozen_vendors(corpus) else "tune"


def is_frozen(doc_id: str, corpus: Path = CORPUS) -> bool:
    """Whether a document belongs to the frozen part (never print or read it while tuning)."""
    return part_of(vendor_of(doc_id, corpus), corpus) == "frozen"


def vendors(rows: list[dict[str, Any]], corpus: Path = CORPUS) -> list[str]:
    """The vendors of labelled rows (each has a ``doc_id``), sorted: one fold each."""
    return sorted({vendor_of(row["doc_id"], corpus) for row in rows})


def by_part(rows: list[dict[str, Any]], corpus: Path = CORPUS) -> Iterator[tuple[str, list]]:
    """``("all", rows)``, ``("tune", ...)`` and ``("frozen", ...)`` for reporting."""
    yield "all", rows
    for part in ("tune", "frozen"):
        yield part, [r for r in rows if part_of(vendor_of(r["doc_id"], corpus), corpus) == part]
