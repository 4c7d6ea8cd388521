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
The features and the model are in :mod:`policywatch.diffing.topics_model`;
this module segments, assigns and picks evidence, and re-exports the model's
public names (``model``, ``paragraph_features``, ...) so callers import from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from policywatch.core import taxonomy
from policywatch.core.model import ExtractedDocument
from policywatch.diffing.memo import TextMemo
from policywatch.diffing.prefilter import word_scans
from policywatch.diffing.topics_concepts import concepts_many
from policywatch.diffing.topics_model import (  # the model half; callers import it from here
    MIN_WORDS,
    MODEL_FILE,
    RULE_MATCHER,
    RULE_TERMS,
    TOPIC_IDS,
    Model,
    add_scores,
    decisive_topics,
    model,
    model_from_dict,
    paragraph_features,
    rule_scores,
    stem_set,
    term_counts_of,
    unit_features,
)

__all__ = [
    "MIN_WORDS",
    "MODEL_FILE",
    "TOPIC_IDS",
    "TOPIC_LABELS",
    "DocumentTopic",
    "Model",
    "SectionTopics",
    "TopicHit",
    "classify_sections",
    "document_features",
    "document_topics",
    "model",
    "model_from_dict",
    "paragraph_features",
    "paragraphs",
    "unit_features",
]

TOPIC_LABELS: dict[str, str] = {c.id: c.label for c in taxonomy.topics()}

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
# The taxonomy terms of each lower-case heading and paragraph read lately (a
# new version repeats most of the one before; the results are shared, unchanged).
_RULES_READ: TextMemo[str, dict[int, list[str]]] = TextMemo(4096)


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


def document_features(doc: ExtractedDocument) -> list[tuple[int, str, dict[str, float]]]:
    """Per paragraph of ``doc`` in order: its section's index, its text, and its features.

    These are the features :func:`classify_sections` scores, read from the
    whole document (a paragraph's neighbours are every paragraph beside it
    in its section), so the training script reads its labelled paragraphs
    the way the runtime reads them.

    >>> from policywatch.core.model import ExtractedDocument, Section
    >>> doc = ExtractedDocument(text="", language="en", sections=[
    ...     Section(2, "Retention", "We retain data for 30 days.\\n\\nThen we delete it.")])
    >>> [(section, text) for section, text, _ in document_features(doc)]
    [(0, 'We retain data for 30 days.'), (0, 'Then we delete it.')]
    """
    _, units, _, features = _read(doc)
    return [(unit.section, unit.text, f) for unit, f in zip(units, features, strict=True)]


def _read(
    doc: ExtractedDocument,
) -> tuple[list[tuple[str, str]], list[_Unit], list[dict[int, list[str]]], list[dict[str, float]]]:
    """The document's (heading, text) pairs, its paragraphs, their term hits and features."""
    pairs = [(s.heading, s.text) for s in doc.sections or []]
    if not pairs:
        pairs = [(doc.title or "", doc.text)]
    units = [
        _Unit(i, text, text.lower())
        for i, (_, body) in enumerate(pairs)
        for text in paragraphs(body)
    ]
    headings = [heading.lower() for heading, _ in pairs]
    found = _RULES_READ.many(
        headings + [u.low for u in units], lambda lows: RULE_MATCHER.find(lows, word_scans(lows))
    )
    heading_rules = [rule_scores(f) for f in found[: len(headings)]]
    heading_counts = [term_counts_of(f) for f in found[: len(headings)]]
    heading_stems = [stem_set(h, doc.language) for h in headings]
    read = concepts_many([heading for heading, _ in pairs] + [u.text for u in units], doc.language)
    heading_concepts, unit_concepts = read[: len(pairs)], read[len(pairs) :]
    unit_found = found[len(headings) :]
    rules = [rule_scores(f) for f in unit_found]
    features = [
        unit_features(
            heading_stems[unit.section],
            stem_set(unit.text, doc.language),
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
            decisive_topics(unit_found[n]),
            (term_counts_of(unit_found[n]), heading_counts[unit.section]),
            (unit_concepts[n], heading_concepts[unit.section]),
        )
        for n, unit in enumerate(units)
    ]
    return pairs, units, unit_found, features


def classify_sections(
    doc: ExtractedDocument, classifier: Model | None = None
) -> list[SectionTopics]:
    """Topics of every section of ``doc`` and of each of its paragraphs, in document order.

    A document without sections is one section holding its text. The
    document's words are read once for all its paragraphs.
    """
    classifier = classifier or model()
    pairs, units, unit_found, features = _read(doc)
    out = [SectionTopics(i, heading) for i, (heading, _) in enumerate(pairs)]
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
            (hit, RULE_TERMS[term][1])
            for term, hits in found.items()
            if RULE_TERMS[term][0] == topic
            for hit in hits
        ]
        scores = {n: sum(w for hit, w in terms if hit in lows[n]) for n in long_enough}
        if not any(scores.values()):  # no term of the topic: the model's stem weights decide
            if stem_scores is None:
                stem_scores = [classifier.stem_scores(stem_set(s, language)) for s in sentences]
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
