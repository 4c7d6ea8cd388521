"""Which topics each section of a policy covers, and the words that say so.

Topics start from the OPP-115 categories (Wilson et al., 2016) and add what
a procurement team asks before signing: sale of data, sub-processors,
international transfers, breach notice, certifications, AI training,
governing law, DPO/contact. Classification is a transparent lexicon match
(English, Norwegian bokmål, with some French and German), so every
assignment carries the words that placed it there::

    >>> from policywatch.crawler.extract.model import ExtractedDocument, Section
    >>> doc = ExtractedDocument(text="", sections=[
    ...     Section(2, "Oppbevaring av personlig informasjon",
    ...             "Vi sletter alle dataene dine 14 dager etter oppsigelsen.")])
    >>> [(h.topic, h.matched) for h in classify_sections(doc)[0].topics]
    [('retention', ('oppbevaring', 'sletter'))]

Why a lexicon and not a model: the verdicts must be checkable by a person
reading the matched words, it runs in a few milliseconds per document, and
it needs no weights or training data we do not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policywatch.crawler.extract.model import ExtractedDocument
from policywatch.diffing.topics_lexicon import TOPICS, Topic

__all__ = ["TOPICS", "Topic", "classify_sections", "document_topics", "score_text"]

# A heading that names a topic is much stronger evidence than a word in the
# body: "Data retention" settles it, one "keep" in a paragraph does not.
HEADING_WEIGHT = 3.0
# A body word counts at most this many times (long sections repeat words).
MAX_REPEATS = 3
# Minimum score for a section to be placed in a topic.
THRESHOLD = 3.0
# In a short section a topic must also score at least this share of the
# section's best topic: a paragraph about retention that says "delete" once
# is not also about access/deletion rights. Long sections (a whole policy
# in one section) really do cover many topics, so they are exempt. Tuned on
# benchmarks/topic_labels.jsonl (see benchmarks/compare.py).
RELATIVE = 0.5
RELATIVE_MAX_WORDS = 600


TOPIC_IDS: tuple[str, ...] = tuple(t.id for t in TOPICS)
TOPIC_LABELS: dict[str, str] = {t.id: t.label for t in TOPICS}

_META = set("\\()[]{}?*+|.^$")


def literal_prefix(pattern: str) -> str:
    """The literal characters every match of ``pattern`` starts with ("" if none).

    Used to skip a regex cheaply when its prefix is not in the text at all:
    most terms are absent from any one section, and a substring test is far
    cheaper than a regex scan with look-arounds.
    """
    out: list[str] = []
    for i, ch in enumerate(pattern):
        if ch in _META:
            # A quantifier after the last literal makes that literal optional.
            if ch in "?*{" and out:
                out.pop()
            break
        out.append(ch)
        if i + 1 < len(pattern) and pattern[i + 1] == "|":
            return ""
    return "".join(out) if "|" not in pattern.split("(", 1)[0] else ""


# Compiled once: (topic, prefix, regex, weight). Patterns are lower case and
# are matched against lower-cased text. A term must start at a word start so
# "dnt" does not match inside "didn't" and "age" not inside "page".
_COMPILED: list[tuple[str, str, re.Pattern[str], float]] = [
    (
        topic.id,
        literal_prefix(pattern),
        re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])"),
        weight,
    )
    for topic in TOPICS
    for pattern, weight in topic.terms
]


@dataclass(frozen=True)
class TopicHit:
    """A section placed in a topic: the score and the words that did it."""

    topic: str
    score: float
    matched: tuple[str, ...]


@dataclass
class SectionTopics:
    """The topics of one section (``position`` is its index in the document)."""

    position: int
    heading: str
    topics: list[TopicHit] = field(default_factory=list)

    @property
    def topic_ids(self) -> list[str]:
        return [h.topic for h in self.topics]


def score_text(heading: str, text: str) -> list[TopicHit]:
    """Score one heading + body against every topic; return hits above threshold."""
    scores: dict[str, float] = {}
    words: dict[str, list[str]] = {}
    heading, text = heading.lower(), text.lower()
    for topic, prefix, regex, weight in _COMPILED:
        if prefix and prefix not in heading and prefix not in text:
            continue
        hits = [m.group(0) for m in regex.finditer(heading)] if heading else []
        body = [m.group(0) for m in regex.finditer(text)] if text else []
        if not hits and not body:
            continue
        score = (HEADING_WEIGHT * weight if hits else 0.0) + weight * min(len(body), MAX_REPEATS)
        scores[topic] = scores.get(topic, 0.0) + score
        seen = words.setdefault(topic, [])
        for word in [*hits, *body]:
            if word not in seen:
                seen.append(word)
    result = [
        TopicHit(topic, round(score, 2), tuple(words[topic][:8]))
        for topic, score in scores.items()
        if score >= THRESHOLD
    ]
    result.sort(key=lambda h: (-h.score, TOPIC_IDS.index(h.topic)))
    if result and len(text.split()) <= RELATIVE_MAX_WORDS:
        result = [h for h in result if h.score >= RELATIVE * result[0].score]
    return result


def classify_sections(doc: ExtractedDocument) -> list[SectionTopics]:
    """Topics of every section of ``doc``, in document order.

    A document without sections is treated as one section holding its text.
    Sections whose heading and text are empty get an empty topic list.
    """
    sections = doc.sections or []
    if not sections:
        return [SectionTopics(0, doc.title or "", score_text(doc.title or "", doc.text))]
    return [
        SectionTopics(i, s.heading, score_text(s.heading, s.text)) for i, s in enumerate(sections)
    ]


@dataclass
class DocumentTopic:
    """How a whole document covers one topic: where, and with which words."""

    topic: str
    score: float
    sections: list[str]
    matched: list[str]


def document_topics(classified: list[SectionTopics]) -> dict[str, DocumentTopic]:
    """Fold section topics into one entry per topic covered by the document."""
    out: dict[str, DocumentTopic] = {}
    for section in classified:
        for hit in section.topics:
            entry = out.setdefault(hit.topic, DocumentTopic(hit.topic, 0.0, [], []))
            entry.score = round(entry.score + hit.score, 2)
            if section.heading and section.heading not in entry.sections:
                entry.sections.append(section.heading)
            entry.matched.extend(w for w in hit.matched if w not in entry.matched)
    return out
