"""The dev corpus answer key (labels.jsonl), scored by the real benchmark."""

from __future__ import annotations

import json

import pytest

from policywatch.extract import extract
from policywatch.sources import load_source
from tests.conftest import CORPUS, REPO, load_script

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus/dev not beside the repo")


def _benchmark():
    return load_script(REPO / "benchmarks" / "extraction.py", "bench")


def test_benchmark_holds_its_floors():
    """Dates and headings on the whole corpus and on the frozen third never go down."""
    bench = _benchmark()
    parts, _ = bench.measure(CORPUS)
    for part, floors in bench.FLOORS.items():
        for name, floor in floors.items():
            assert round(parts[part][name], 3) >= floor, (part, name, parts[part])


def _labels():
    for line in (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        yield json.loads(line)


def _labels_with_raw_html():
    if not CORPUS.is_dir():
        return []
    return [r for r in _labels() if any(f.endswith(".html") for f in r["also_applies_to"] or [])]


@pytest.mark.parametrize("label", _labels_with_raw_html(), ids=lambda r: r["file"])
def test_markdown_and_raw_snapshot_agree_on_the_date(label):
    """The raw HTML snapshot states the same date as OTA's cleaned Markdown of it."""
    raw = [f for f in label["also_applies_to"] if f.endswith(".html")]
    dates = []
    for name in [label["file"], raw[0]]:
        doc = extract(*load_source(str(CORPUS / name)))
        dates.append(doc.stated_date.value if doc.stated_date else None)
    assert dates == [label["stated_date"]] * 2


def test_duplicate_hydration_copy_is_ignored():
    """Mistral's captures hold their whole text twice (from the hydration script copy)."""
    pages = sorted((CORPUS / "mistral-privacy-policy").glob("*.md"))
    doc = extract(*load_source(str(pages[-1])))
    assert any("repeated copy" in w for w in doc.warnings)
    paragraphs = [p for p in doc.text.split("\n\n") if len(p) > 120]
    assert len(paragraphs) == len(set(paragraphs))


def test_one_clause_repeated_under_every_heading_is_no_copy_of_the_text():
    """A boilerplate clause in every section is kept (cutting it lost every section after
    the first); a second copy of the whole text is still dropped."""
    clause = (
        "We keep the personal data you give us only as long as the service needs it,"
        " and we never sell it to anyone; you can ask us for a copy."
    )
    topics = ["Data we collect", "How we use it", "Sharing", "Retention", "Your rights"]
    body = "".join(f"## {t}\n\n{clause}\n\n" for t in topics)
    doc = extract(f"# Privacy Policy\n\n{body}".encode(), "text/markdown")
    assert set(topics) <= {s.heading for s in doc.sections}
    assert doc.text.count(clause) == len(topics)
    assert not doc.warnings
    paragraphs = [f"{t}: {clause} ({n})" for n, t in enumerate(topics)]
    copy = "".join(f"## {t}\n\n{p}\n\n" for t, p in zip(topics, paragraphs, strict=True))
    doc = extract(f"# Privacy Policy\n\n{copy}{copy}".encode(), "text/markdown")
    assert any("repeated copy" in w for w in doc.warnings)
    assert doc.text.count(paragraphs[-1]) == 1


def _train_headings():
    import sys

    sys.path.insert(0, str(REPO))  # benchmarks/ is a folder of scripts beside the package
    from benchmarks import train_headings

    return train_headings


def test_heading_labels_are_tune_only_and_the_shipped_model_knows_every_feature():
    """Training never reads a frozen vendor, and heading_model.json is not stale.

    The model is retrained (benchmarks/train_headings.py --write) whenever the
    features change: every feature the tune files give must have its weight.
    """
    from benchmarks.corpus import frozen_vendors, vendor_of
    from policywatch.extract.headings import shipped_model

    train = _train_headings()
    rows = train.label_rows(CORPUS)
    assert not {vendor_of(r["doc_id"], CORPUS) for r in rows} & frozen_vendors(CORPUS)
    files = train.load(CORPUS)
    emitted = {name for lf in files for feats in lf.feats for name in feats}
    assert emitted <= set(shipped_model().weights)
