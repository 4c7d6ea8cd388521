"""The topic model's error breakdown: which topic it gave instead of which."""

from __future__ import annotations

from tests.conftest import REPO, load_script


def _report():
    return load_script(REPO / "benchmarks/topic_report.py", "bench_topic_report")


def test_a_wrong_topic_is_paired_with_the_one_it_displaced() -> None:
    report = _report()
    gold = [{"purposes"}, {"purposes"}, {"retention", "rights"}]
    given = [{"data_categories"}, {"data_categories"}, {"retention"}]
    assert report.confusions(gold, given) == [
        ("data_categories", "purposes", 2),
        ("nothing", "rights", 1),
    ]


def test_an_extra_topic_beside_the_right_ones_displaced_nothing() -> None:
    report = _report()
    gold = [set(), {"security"}]
    given = [{"regional"}, {"security", "breach"}]
    assert report.confusions(gold, given) == [("breach", "nothing", 1), ("regional", "nothing", 1)]


def test_a_paragraph_given_exactly_its_labels_is_no_confusion() -> None:
    report = _report()
    assert report.confusions([{"children"}, set()], [{"children"}, set()]) == []


def test_the_gap_is_in_sample_minus_held_out_f1() -> None:
    report = _report()
    level = {"paragraphs": 0, "sections": 0, "opp115_paragraphs": 0}
    result = {
        "in_sample": {k: {"f1": 0.9} for k in level},
        "lovo": {k: {"f1": 0.7} for k in level},
    }
    assert report.gap(result) == {k: 0.2 for k in level}
