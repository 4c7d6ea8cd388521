"""Which topics each paragraph and section of a policy covers, and the sentences that say so.

    >>> from policywatch.core.model import ExtractedDocument, Section
    >>> doc = ExtractedDocument(text="", language="en", sections=[
    ...     Section(2, "How long we keep data",
    ...             "We retain your data for 30 days after you close your account.")])
    >>> [(h.topic, h.sentences) for h in classify_sections(doc)[0].topics]
    [('retention', ('We retain your data for 30 days after you close your account.',))]

The topics are the ``topic`` categories of :mod:`policywatch.core.taxonomy`.
Each paragraph (a block of text, with the list items or table rows that
follow it) is scored for every topic by a logistic model whose features
are the paragraph's word stems (Snowball, per language), its heading's
stems, and the rule scores of the taxonomy's multilingual terms. The
weights are in ``topic_model.json`` beside this file, trained by
``benchmarks/train_topics.py`` on hand labels of 22 dev-corpus vendors
(``benchmarks/topic_labels.jsonl``) and scored leaving one vendor out. A
section covers the topics of its paragraphs; each topic comes with the one
or two sentences that state it most plainly (those the same weights score
highest), never with the words that matched.

Runtime needs no scikit-learn: the model is a dot product over a JSON file.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from policywatch.core import taxonomy
from policywatch.core.lexicon.stems import stemmer, words
from policywatch.core.model import ExtractedDocument
from policywatch.diffing.prefilter import (  # the fact readers' gates import these from here
    _WORD,
    CASE_ODD,
    GRAM,
    Needle,
    Prefilter,
    TermMatcher,
    Vocabulary,
    needles,
    prefilter,
)

__all__ = [
    "CASE_ODD",
    "GRAM",
    "TOPIC_IDS",
    "TOPIC_LABELS",
    "_WORD",
    "DocumentTopic",
    "Needle",
    "Prefilter",
    "SectionTopics",
    "TopicHit",
    "Vocabulary",
    "classify_sections",
    "document_topics",
    "needles",
    "paragraph_features",
    "paragraphs",
    "prefilter",
    "unit_features",
]

TOPIC_IDS: tuple[str, ...] = taxonomy.topic_ids()
TOPIC_LABELS: dict[str, str] = {c.id: c.label for c in taxonomy.topics()}

# Rule scores are scaled up against the many stem features, so that the
# model's regularisation costs them less: they carry what a topic means
# across vendors and languages, where single stems fit single documents.
RULE_SCALE = 3.0
# A body term counts at most this many times (long paragraphs repeat words).
MAX_REPEATS = 3
# A paragraph this short (a label, a lone heading) is about nothing on its own.
MIN_WORDS = 3
# A list item or table row joins the paragraph before it while that is shorter than this.
PARAGRAPH_CHARS = 1200
# Evidence: at most this many sentences per topic, each at most this long.
SENTENCES_PER_TOPIC = 2
SENTENCE_CHARS = 400
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•●▪◦]\s|\d+[.)]\s|\|)")
_BLANK_LINE = re.compile(r"\n\s*\n")
# A sentence ends at . ! ? (or a line end) before what starts a new one.
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[\"“'(\[]?[A-ZÀ-ÖØ-Þ0-9])|\n+")
_LIST_MARK = re.compile(r"^(?:[-*+•●▪◦]|\|)\s*")


def paragraphs(text: str) -> list[str]:
    """The paragraphs a section is classified by: blocks of text, list items joined.

    >>> paragraphs("We share data with:\\n\\n- hosting\\n\\n- analytics\\n\\nThat is all.")
    ['We share data with:\\n- hosting\\n- analytics', 'That is all.']
    """
    out: list[str] = []
    for block in _BLANK_LINE.split(text):
        block = block.strip()
        if not block:
            continue
        if out and _LIST_ITEM.match(block) and len(out[-1]) < PARAGRAPH_CHARS:
            out[-1] += "\n" + block
        else:
            out.append(block)
    return out


# --- the rule half: the taxonomy's terms --------------------------------------

# (topic, weight) per compiled term; a term starts at a word start so "dnt"
# does not match inside "didn't" and "age" not inside "page".
# Every term, the weight-1 single words too: they carry a topic across
# languages where stems cannot (without them, leave-one-vendor-out F1
# fell from 0.61 to 0.59 and an unseen Norwegian vendor's from 0.42 to 0.22).
_USED = [(c.id, pattern, weight) for c in taxonomy.topics() for pattern, weight in c.terms]
_TERMS: list[tuple[str, float]] = [(topic, weight) for topic, _, weight in _USED]
_MATCHER = TermMatcher(
    [re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])") for _, pattern, _ in _USED]
)


def _rule_scores(found: dict[int, list[str]]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for term, hits in found.items():
        topic, weight = _TERMS[term]
        scores[topic] = scores.get(topic, 0.0) + weight * min(len(hits), MAX_REPEATS)
    return scores


def _term_counts(found: dict[int, list[str]]) -> dict[str, float]:
    """Per topic, how many distinct taxonomy terms matched (each term once, unweighted).

    Beside the weighted rule score, this says how many different words of
    a topic a paragraph uses, in whatever language: four retention words
    mean more than one retention word said four times.
    """
    counts: dict[str, float] = {}
    for term in found:
        topic = _TERMS[term][0]
        counts[topic] = counts.get(topic, 0.0) + 1.0
    return counts


def _decisive(found: dict[int, list[str]]) -> frozenset[str]:
    """Topics a paragraph names outright (a term of weight ``taxonomy.DECISIVE``)."""
    return frozenset(_TERMS[t][0] for t in found if _TERMS[t][1] >= taxonomy.DECISIVE)


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
) -> dict[str, float]:
    """The features of one paragraph (training and runtime share this function).

    ``neighbour_rules``: the rule scores of the paragraphs just before and
    after it in its section (a list's lead-in, a clause cut in two by a PDF).
    ``term_counts``: :func:`_term_counts` of the paragraph and of its heading
    (leave-one-vendor-out F1 +0.003, OPP-115 macro F1 +0.004).
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
    # Not weights: read by Model.assigned (a topic the paragraph names outright).
    features.update({f"d:{t}": 1.0 for t in decisive})
    features["length"] = math.log1p(words) / 5
    return features


def _stem_set(text: str, language: str | None) -> set[str]:
    """The distinct stems of ``text`` as features see them: numbers as ``#``, no 1-letter words."""
    stem = stemmer(language)
    out = set()
    for word in set(words(text)):
        if word.isdigit():
            out.add("#")
        elif len(word) > 1:
            out.add(stem(word))
    return out


class Model:
    """Logistic weights per topic, as a dense matrix: one row per feature, one column per topic."""

    def __init__(
        self,
        topics: tuple[str, ...],
        intercepts: tuple[float, ...],
        weights: dict[str, dict[str, float]],
        threshold: float,
    ) -> None:
        self.topics = topics
        self.threshold = threshold
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
        return dict(zip(self.topics, self._probabilities([features])[0].tolist(), strict=True))

    def _probabilities(self, many: list[dict[str, float]]) -> np.ndarray:
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
        probabilities = self._probabilities(many).tolist()
        short = math.log1p(MIN_WORDS) / 5
        return [
            {}
            if features.get("length", 0.0) < short
            else {
                t: p
                for t, p in zip(self.topics, row, strict=True)
                if p >= self.threshold or features.get(f"d:{t}")
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
    return Model(topics, intercepts, raw["weights"], float(raw["threshold"]))


# --- classification -----------------------------------------------------------


@dataclass(frozen=True)
class TopicHit:
    """A topic of a section or paragraph: how sure (0-1) and the sentences that state it."""

    topic: str
    score: float
    sentences: tuple[str, ...]


@dataclass
class SectionTopics:
    """The topics of one section (``position`` is its index in the document)."""

    position: int
    heading: str
    topics: list[TopicHit] = field(default_factory=list)
    # Per paragraph, its topics; sentences only where the section shows them.
    paragraphs: list[list[TopicHit]] = field(default_factory=list)

    @property
    def topic_ids(self) -> list[str]:
        return [h.topic for h in self.topics]


@dataclass
class _Unit:
    section: int
    text: str
    low: str


def classify_sections(
    doc: ExtractedDocument, classifier: Model | None = None
) -> list[SectionTopics]:
    """Topics of every section of ``doc`` and of each of its paragraphs, in document order.

    A document without sections is one section holding its text. The
    document's words are read once for all its paragraphs.
    """
    classifier = classifier or model()
    pairs = [(s.heading, s.text) for s in doc.sections or []]
    if not pairs:
        pairs = [(doc.title or "", doc.text)]
    units = [
        _Unit(i, text, text.lower())
        for i, (_, body) in enumerate(pairs)
        for text in paragraphs(body)
    ]
    headings = [heading.lower() for heading, _ in pairs]
    found = _MATCHER.find(headings + [u.low for u in units])
    heading_rules = [_rule_scores(f) for f in found[: len(headings)]]
    heading_counts = [_term_counts(f) for f in found[: len(headings)]]
    heading_stems = [_stem_set(h, doc.language) for h in headings]
    out = [SectionTopics(i, heading) for i, (heading, _) in enumerate(pairs)]
    unit_found = found[len(headings) :]
    rules = [_rule_scores(f) for f in unit_found]
    features = [
        unit_features(
            heading_stems[unit.section],
            _stem_set(unit.text, doc.language),
            rules[n],
            heading_rules[unit.section],
            len(unit.text.split()),
            add_scores(
                [
                    rules[m]
                    for m in (n - 1, n + 1)
                    if 0 <= m < len(units) and units[m].section == unit.section
                ]
            ),
            _decisive(unit_found[n]),
            (_term_counts(unit_found[n]), heading_counts[unit.section]),
        )
        for n, unit in enumerate(units)
    ]
    assigned = classifier.assigned_many(features)
    # Sentences are chosen only where they are shown: in each section, the
    # paragraphs most sure of a topic (a long section has many more).
    ranked: dict[tuple[int, str], list[tuple[float, int]]] = {}
    for n, unit in enumerate(units):
        for topic, p in assigned[n].items():
            ranked.setdefault((unit.section, topic), []).append((-p, n))
    wanted: dict[int, set[str]] = {}
    for (_, topic), candidates in ranked.items():
        for _, n in sorted(candidates)[:SENTENCES_PER_TOPIC]:
            wanted.setdefault(n, set()).add(topic)
    for n, unit in enumerate(units):
        chosen = {t: p for t, p in assigned[n].items() if t in wanted.get(n, ())}
        evidence = _evidence(unit, chosen, unit_found[n], classifier, doc.language)
        hits = [TopicHit(t, round(p, 3), evidence.get(t, ())) for t, p in assigned[n].items()]
        hits.sort(key=lambda h: -h.score)
        out[unit.section].paragraphs.append(hits)
    for section_topics in out:
        section_topics.topics = _merge(section_topics.paragraphs)
    return out


def _merge(paragraph_hits: list[list[TopicHit]]) -> list[TopicHit]:
    """A section's topics: each paragraph topic once, its best paragraphs' sentences first."""
    best: dict[str, list[TopicHit]] = {}
    for hits in paragraph_hits:
        for hit in hits:
            best.setdefault(hit.topic, []).append(hit)
    merged = []
    for topic, hits in best.items():
        hits.sort(key=lambda h: -h.score)
        sentences = list(dict.fromkeys(s for h in hits for s in h.sentences))
        merged.append(TopicHit(topic, hits[0].score, tuple(sentences[:SENTENCES_PER_TOPIC])))
    merged.sort(key=lambda h: (-h.score, TOPIC_IDS.index(h.topic)))
    return merged


def _evidence(
    unit: _Unit,
    assigned: dict[str, float],
    found: dict[int, list[str]],
    classifier: Model,
    language: str | None,
) -> dict[str, tuple[str, ...]]:
    """Per assigned topic, the one or two sentences of ``unit`` that say most about it.

    Each sentence is scored by the weights of the topic's terms it holds
    (by the topic's stem weights when none holds one); a paragraph of one or
    two sentences is its own evidence. Sentences of a few words ("Do Not Track.") name a topic
    without stating it, so they are passed over when there are others.
    """
    if not assigned:
        return {}
    sentences = [s for s in (p.strip() for p in _SENTENCE_END.split(unit.text)) if s]
    if len(sentences) <= 1:
        return {t: (_clip(unit.text),) for t in assigned}
    long_enough = [n for n, s in enumerate(sentences) if len(s.split()) > MIN_WORDS] or list(
        range(len(sentences))
    )
    if len(long_enough) <= SENTENCES_PER_TOPIC:  # nothing to choose between
        return {t: tuple(_clip(sentences[n]) for n in long_enough) for t in assigned}
    lows = [s.lower() for s in sentences]
    order = {s: n for n, s in enumerate(sentences)}
    out = {}
    stem_scores: list[np.ndarray] | None = None
    for topic in assigned:
        column = classifier.topics.index(topic)
        terms = [
            (hit, _TERMS[term][1])
            for term, hits in found.items()
            if _TERMS[term][0] == topic
            for hit in hits
        ]
        scores = {n: sum(w for hit, w in terms if hit in lows[n]) for n in long_enough}
        if not any(scores.values()):  # no term of the topic: the model's stem weights decide
            if stem_scores is None:
                stem_scores = [classifier.stem_scores(_stem_set(s, language)) for s in sentences]
            scores = {n: float(stem_scores[n][column]) for n in long_enough}
        scored = sorted(((score, -n, sentences[n]) for n, score in scores.items()), reverse=True)
        top = [s for score, _, s in scored[:SENTENCES_PER_TOPIC] if score > 0] or [scored[0][2]]
        out[topic] = tuple(_clip(s) for s in sorted(top, key=order.__getitem__))
    return out


def _clip(sentence: str) -> str:
    sentence = _LIST_MARK.sub("", " ".join(sentence.split()))
    return sentence if len(sentence) <= SENTENCE_CHARS else sentence[: SENTENCE_CHARS - 1] + "…"


@dataclass
class DocumentTopic:
    """How a whole document covers one topic: where, and the sentences that state it."""

    topic: str
    score: float
    sections: list[str]
    sentences: list[tuple[str, str]]  # (section heading, sentence), best first


def document_topics(classified: list[SectionTopics]) -> dict[str, DocumentTopic]:
    """Fold section topics into one entry per topic, its best sentences first."""
    out: dict[str, DocumentTopic] = {}
    ranked: dict[str, list[tuple[float, int, str, str]]] = {}
    for section in classified:
        for hit in section.topics:
            entry = out.setdefault(hit.topic, DocumentTopic(hit.topic, 0.0, [], []))
            entry.score = max(entry.score, hit.score)
            if section.heading and section.heading not in entry.sections:
                entry.sections.append(section.heading)
            for sentence in hit.sentences:
                ranked.setdefault(hit.topic, []).append(
                    (-hit.score, section.position, section.heading, sentence)
                )
    for topic, entry in out.items():
        seen: list[tuple[str, str]] = []
        for _, _, heading, sentence in sorted(ranked.get(topic, [])):
            if all(s != sentence for _, s in seen):
                seen.append((heading, sentence))
        entry.sentences = seen[:SENTENCES_PER_TOPIC]
    return out


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
    found = _MATCHER.find([heading.lower(), text.lower(), *(n.lower() for n in neighbours)])
    return unit_features(
        _stem_set(heading.lower(), language),
        _stem_set(text, language),
        _rule_scores(found[1]),
        _rule_scores(found[0]),
        len(text.split()),
        add_scores([_rule_scores(f) for f in found[2:]]),
        _decisive(found[1]),
        (_term_counts(found[1]), _term_counts(found[0])),
    )
