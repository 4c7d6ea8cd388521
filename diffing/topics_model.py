"""The topic classifier's model: the features of a paragraph and the weights that score them.

    >>> features = paragraph_features("How long we keep data",
    ...     "We retain your data for 30 days after you close your account.", "en")
    >>> "retention" in model().assigned(features)
    True

Two halves, both read by :mod:`policywatch.diffing.topics` (which assigns
topics to sections and picks their sentences, and re-exports the names
callers use from here): the rule half, the ``topic`` categories' weighted
terms of :mod:`policywatch.core.taxonomy` matched in one pass; and the model
half, logistic weights per topic in ``topic_model.json`` beside this file,
trained by ``benchmarks/train_topics.py`` with :func:`unit_features`, the
one feature function training and runtime share.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np

from policywatch.core import taxonomy
from policywatch.core.lexicon.stems import stemmer, words
from policywatch.diffing.prefilter import TermMatcher
from policywatch.diffing.topics_concepts import concepts_many

TOPIC_IDS: tuple[str, ...] = taxonomy.topic_ids()

# Rule scores are scaled up against the many stem features, so that the
# model's regularisation costs them less: they carry what a topic means
# across vendors and languages, where single stems fit single documents.
RULE_SCALE = 3.0
# Concept ids (topics_concepts) are scaled like the rule scores, and for the
# same reason: they are the features that carry across vendors and languages.
CONCEPT_SCALE = 3.0
# A body term counts at most this many times (long paragraphs repeat words).
MAX_REPEATS = 3
# A paragraph this short (a label, a lone heading) is about nothing on its own.
MIN_WORDS = 3


# --- the rule half: the taxonomy's terms --------------------------------------

# (topic, weight) per compiled term; a term starts at a word start so "dnt"
# does not match inside "didn't" and "age" not inside "page".
# Every term, the weight-1 single words too: they carry a topic across
# languages where stems cannot (without them, leave-one-vendor-out F1
# fell from 0.61 to 0.59 and an unseen Norwegian vendor's from 0.42 to 0.22).
_USED = [(c.id, pattern, weight) for c in taxonomy.topics() for pattern, weight in c.terms]
#: ``(topic, weight)`` of each taxonomy term, indexed as :data:`RULE_MATCHER`'s patterns.
RULE_TERMS: list[tuple[str, float]] = [(topic, weight) for topic, _, weight in _USED]
#: Every taxonomy term compiled once; ``RULE_MATCHER.find(texts)`` gives, per
#: lower-case text, ``{term index: [hits]}``, the ``found`` the functions below read.
RULE_MATCHER = TermMatcher(
    [re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])") for _, pattern, _ in _USED]
)


def rule_scores(found: dict[int, list[str]]) -> dict[str, float]:
    """Per topic, the weighted score of the terms found (a term counts up to ``MAX_REPEATS`` times).

    >>> found = RULE_MATCHER.find(["we retain your data for two years"])[0]
    >>> rule_scores(found)["retention"] > 0
    True
    """
    scores: dict[str, float] = {}
    for term, hits in found.items():
        topic, weight = RULE_TERMS[term]
        scores[topic] = scores.get(topic, 0.0) + weight * min(len(hits), MAX_REPEATS)
    return scores


def term_counts_of(found: dict[int, list[str]]) -> dict[str, float]:
    """Per topic, how many distinct taxonomy terms matched (each term once, unweighted).

    Beside the weighted rule score, this says how many different words of
    a topic a paragraph uses, in whatever language: four retention words
    mean more than one retention word said four times.
    """
    counts: dict[str, float] = {}
    for term in found:
        topic = RULE_TERMS[term][0]
        counts[topic] = counts.get(topic, 0.0) + 1.0
    return counts


def decisive_topics(found: dict[int, list[str]]) -> frozenset[str]:
    """Topics a paragraph names outright (a term of weight ``taxonomy.DECISIVE``)."""
    return frozenset(RULE_TERMS[t][0] for t in found if RULE_TERMS[t][1] >= taxonomy.DECISIVE)


# --- the model half -----------------------------------------------------------


def unit_features(
    heading_stems: set[str],
    text_stems: set[str],
    rules: dict[str, float],
    heading_rules: dict[str, float],
    words: int,
    neighbour_rules: dict[str, float] | None = None,
    decisive: frozenset[str] = frozenset(),
    term_counts: tuple[dict[str, float], dict[str, float]] = ({}, {}),
    concept_ids: tuple[dict[str, float], dict[str, float]] = ({}, {}),
) -> dict[str, float]:
    """The features of one paragraph (training and runtime share this function).

    ``neighbour_rules``: the rule scores of the paragraphs just before and
    after it in its section (a list's lead-in, a clause cut in two by a PDF).
    ``term_counts``: :func:`term_counts_of` of the paragraph and of its heading
    (leave-one-vendor-out F1 +0.003, OPP-115 macro F1 +0.004).
    ``concept_ids``: :func:`policywatch.diffing.topics_concepts.concepts` of the
    paragraph and of its heading, the same feature in every language.
    """
    features: dict[str, float] = {f"w:{s}": 1.0 for s in text_stems}
    features.update({f"h:{s}": 1.0 for s in heading_stems})
    features.update({f"r:{t}": RULE_SCALE * math.log1p(v) for t, v in rules.items()})
    features.update({f"rh:{t}": RULE_SCALE * math.log1p(v) for t, v in heading_rules.items()})
    features.update(
        {f"rn:{t}": RULE_SCALE * math.log1p(v) for t, v in (neighbour_rules or {}).items()}
    )
    body_counts, heading_counts = term_counts
    features.update({f"c:{t}": math.log1p(v) for t, v in body_counts.items()})
    features.update({f"ch:{t}": math.log1p(v) for t, v in heading_counts.items()})
    body_concepts, heading_concepts = concept_ids
    features.update({name: CONCEPT_SCALE * v for name, v in body_concepts.items()})
    features.update({f"h{name}": CONCEPT_SCALE * v for name, v in heading_concepts.items()})
    # Not weights: read by Model.assigned (a topic the paragraph names outright).
    features.update({f"d:{t}": 1.0 for t in decisive})
    features["length"] = math.log1p(words) / 5
    return features


def stem_set(text: str, language: str | None) -> set[str]:
    """The distinct stems of ``text`` as features see them: numbers as ``#``, no 1-letter words."""
    return set(_stems_of(text, language))


# A new version repeats most paragraphs (and sentences) of the one before.
@lru_cache(maxsize=4096)
def _stems_of(text: str, language: str | None) -> frozenset[str]:
    stem = stemmer(language)
    out = set()
    for word in set(words(text)):
        if word.isdigit():
            out.add("#")
        elif len(word) > 1:
            out.add(stem(word))
    return frozenset(out)


class Model:
    """Logistic weights per topic, as a dense matrix: one row per feature, one column per topic."""

    def __init__(
        self,
        topics: tuple[str, ...],
        intercepts: tuple[float, ...],
        weights: dict[str, dict[str, float]],
        threshold: float,
        thresholds: dict[str, float] | None = None,
    ) -> None:
        """``thresholds``: per topic, the probability it is assigned from
        (``threshold`` for a topic without one)."""
        self.topics = topics
        self.threshold = threshold
        self.thresholds = {t: (thresholds or {}).get(t, threshold) for t in topics}
        self.intercepts = np.array(intercepts, dtype=np.float64)
        self.index = {name: row for row, name in enumerate(weights)}
        column = {t: c for c, t in enumerate(topics)}
        self.matrix = np.zeros((len(weights), len(topics)), dtype=np.float64)
        for row, per_topic in enumerate(weights.values()):
            for topic, weight in per_topic.items():
                self.matrix[row, column[topic]] = weight

    def decision(self, features: dict[str, float]) -> np.ndarray:
        rows, values = [], []
        for name, value in features.items():
            row = self.index.get(name)
            if row is not None:
                rows.append(row)
                values.append(value)
        if not rows:
            return self.intercepts.copy()
        result: np.ndarray = self.intercepts + np.asarray(values) @ self.matrix[rows]
        return result

    def stem_scores(self, stems: set[str]) -> np.ndarray:
        """Per topic, the summed weights of these body stems (how a sentence scores)."""
        rows = [r for r in (self.index.get(f"w:{s}") for s in stems) if r is not None]
        if not rows:
            return np.zeros(len(self.topics))
        result: np.ndarray = self.matrix[rows].sum(axis=0)
        return result

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        return dict(zip(self.topics, self.probabilities_many([features])[0].tolist(), strict=True))

    def probabilities_many(self, many: list[dict[str, float]]) -> np.ndarray:
        """One row of topic probabilities per feature dict, in one matrix product."""
        rows: list[int] = []
        values: list[float] = []
        owner: list[int] = []
        for n, features in enumerate(many):
            for name, value in features.items():
                row = self.index.get(name)
                if row is not None:
                    rows.append(row)
                    values.append(value)
                    owner.append(n)
        decision = np.tile(self.intercepts, (len(many), 1))
        if rows:
            np.add.at(decision, owner, np.asarray(values)[:, None] * self.matrix[rows])
        result: np.ndarray = 1 / (1 + np.exp(-np.clip(decision, -30.0, 30.0)))
        return result

    def assigned(self, features: dict[str, float]) -> dict[str, float]:
        """The topics of a paragraph and how sure: probable ones, and those it names outright.

        A paragraph of fewer than ``MIN_WORDS`` words (a label, a lone
        heading) has none.
        """
        return self.assigned_many([features])[0]

    def assigned_many(self, many: list[dict[str, float]]) -> list[dict[str, float]]:
        """:meth:`assigned` of many paragraphs at once (one matrix product)."""
        if not many:
            return []
        probabilities = self.probabilities_many(many).tolist()
        short = math.log1p(MIN_WORDS) / 5
        return [
            {}
            if features.get("length", 0.0) < short
            else {
                t: p
                for t, p in zip(self.topics, row, strict=True)
                if p >= self.thresholds[t] or features.get(f"d:{t}")
            }
            for features, row in zip(many, probabilities, strict=True)
        ]


MODEL_FILE = "topic_model.json"


@cache
def model() -> Model:
    """The shipped model (``diffing/topic_model.json``)."""
    raw = json.loads(resources.files("policywatch.diffing").joinpath(MODEL_FILE).read_text())
    return model_from_dict(raw)


def model_from_dict(raw: dict[str, Any]) -> Model:
    topics = tuple(raw["topics"])
    unknown = set(topics) - set(TOPIC_IDS)
    if unknown:
        raise ValueError(f"topic model names topics the taxonomy lacks: {sorted(unknown)}")
    intercepts = tuple(float(raw["intercepts"][t]) for t in topics)
    thresholds = {t: float(v) for t, v in raw.get("thresholds", {}).items() if t in topics}
    return Model(topics, intercepts, raw["weights"], float(raw["threshold"]), thresholds)


def add_scores(scores: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for one in scores:
        for t, v in one.items():
            total[t] = total.get(t, 0.0) + v
    return total


def paragraph_features(
    heading: str, text: str, language: str | None, neighbours: tuple[str, ...] = ()
) -> dict[str, float]:
    """The features of one paragraph under ``heading`` beside ``neighbours``, as
    :func:`classify_sections` computes them."""
    found = RULE_MATCHER.find([heading.lower(), text.lower(), *(n.lower() for n in neighbours)])
    body_concepts, heading_concepts = concepts_many([text, heading], language)
    return unit_features(
        stem_set(heading.lower(), language),
        stem_set(text, language),
        rule_scores(found[1]),
        rule_scores(found[0]),
        len(text.split()),
        add_scores([rule_scores(f) for f in found[2:]]),
        decisive_topics(found[1]),
        (term_counts_of(found[1]), term_counts_of(found[0])),
        (body_concepts, heading_concepts),
    )
