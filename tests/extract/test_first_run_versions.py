"""benchmarks/first_run.py reads no frozen vendor's file (review 8c, finding 8)."""

from __future__ import annotations

import pytest

from benchmarks import first_run
from benchmarks.corpus import CORPUS, is_frozen, manifest


def test_the_corpus_versions_are_tune_vendors_only(monkeypatch):
    if not CORPUS.exists():
        pytest.skip("shared/corpus/dev not beside the repo")
    read: list[str] = []
    real = type(CORPUS).read_bytes

    def recording(path, *args):  # records the files read; reads them as before
        read.append(path.relative_to(CORPUS).as_posix())
        return real(path, *args)

    monkeypatch.setattr(type(CORPUS), "read_bytes", recording)
    markdown = [r for r in manifest() if r["format"] == "md"]
    every = len(markdown)
    docs = first_run._corpus_versions(every)
    frozen = {r["file"] for r in markdown if is_frozen(r["doc_id"], CORPUS)}
    assert frozen, "the corpus has frozen Markdown versions: the test must be able to fail"
    assert read and not frozen & set(read)
    assert len(docs) == every - len(frozen)
