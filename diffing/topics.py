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
from re import _parser  # type: ignore[attr-defined]  # the stdlib's regex parser
from typing import Any

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

# --- cheap prefilters --------------------------------------------------------
#
# Most terms are absent from any one section or sentence, and a regex scan
# with look-arounds costs ~100x a set lookup. So each pattern gets, from the
# stdlib's own parser (exact, not a re-implementation), the literal starts
# every match must begin with, cut to 2-3 characters ("gram"). A text whose
# word starts (or, for patterns not anchored at a word start, whose
# characters) contain none of them cannot match, and the regex is skipped.
# The regex still decides every match, so results are unchanged.

GRAM = 3
# Every word start with its next (up to) three characters, lower case.
_WORD_STARTS = re.compile(r"\b(?=(\w.{0,2}))", re.S)
# The only characters for which str.lower() and the re module's
# case-insensitive matching disagree on the letters our lexicons use
# (İ lowers to two characters; ı and ſ match i and s under re.I). Checked
# against every code point when written; a text holding one is not prefiltered.
CASE_ODD = re.compile("[\u0130\u0131\u017f]")


@dataclass(frozen=True)
class Prefilter:
    """Grams a match must start with: at a word start (``words``) or anywhere (``anywhere``)."""

    words: frozenset[str]
    anywhere: tuple[str, ...]


def _is_word_class(items: list[Any]) -> bool:
    """``[\\w...]`` (not negated): a look-behind on it means "not after a word character"."""
    if len(items) != 1 or items[0][0] is not _parser.IN:
        return False
    members = items[0][1]
    return (_parser.CATEGORY, _parser.CATEGORY_WORD) in members and all(
        op is not _parser.NEGATE for op, _ in members
    )


def _starts(items: list[Any], prefix: str, at_word: bool, out: set[tuple[str, bool]]) -> bool:
    """Collect ``(gram, at a word start)`` for every way ``items`` can begin a match.

    False if some way begins with no literal of at least two characters.
    """
    for i, (op, av) in enumerate(items):
        if len(prefix) >= GRAM:
            break
        if op is _parser.LITERAL:
            prefix += chr(av).lower()  # lower case is a superset test for case-sensitive ones too
            continue
        if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):  # zero width
            if not prefix and (
                (op is _parser.AT and av is _parser.AT_BOUNDARY)
                or (op is _parser.ASSERT_NOT and av[0] == -1 and _is_word_class(list(av[1])))
            ):
                at_word = True
            continue
        rest = list(items[i + 1 :])
        if op is _parser.SUBPATTERN:
            return _starts(list(av[3]) + rest, prefix, at_word, out)
        if op is _parser.BRANCH:
            return all(_starts(list(alt) + rest, prefix, at_word, out) for alt in av[1])
        if op is _parser.IN and len(av) <= 4 and all(o is _parser.LITERAL for o, _ in av):
            return all(_starts([(o, c), *rest], prefix, at_word, out) for o, c in av)
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and (av[0], av[1]) == (0, 1):
            return _starts(rest, prefix, at_word, out) and _starts(
                list(av[2]) + rest, prefix, at_word, out
            )
        break
    if len(prefix) < 2:
        return False
    # A word-start anchor only says something when the match starts with a word character.
    out.add((prefix[:GRAM], at_word and prefix[0].isalnum()))
    return True


def prefilter(pattern: re.Pattern[str]) -> Prefilter | None:
    """The :class:`Prefilter` of ``pattern``, or ``None`` if it has none (always run it)."""
    out: set[tuple[str, bool]] = set()
    if not _starts(list(_parser.parse(pattern.pattern, pattern.flags)), "", False, out):
        return None
    if len(out) > 200:
        return None
    return Prefilter(frozenset(g for g, w in out if w), tuple(sorted({g for g, w in out if not w})))


class Probe:
    """One text, indexed once by the grams at its word starts.

    ``fold``: the patterns run on ``text`` case-insensitively (or are
    case-sensitive with upper-case literals), so grams are read from
    ``text.lower()``; positions are the same as long as no character lowers
    differently from how :mod:`re` folds it (then nothing is prefiltered).
    """

    __slots__ = ("_short", "low", "starts", "text")

    def __init__(self, text: str, fold: bool = True) -> None:
        self.text = text
        self.low = text.lower() if fold else text
        self.starts: dict[str, list[int]] | None = None
        self._short: dict[str, list[int]] | None = None
        if fold and CASE_ODD.search(text):
            return
        starts: dict[str, list[int]] = {}
        for m in _WORD_STARTS.finditer(self.low):
            starts.setdefault(m.group(1), []).append(m.start())
        self.starts = starts

    def _at(self, gram: str) -> list[int]:
        """Word starts that begin with ``gram`` (2-gram positions are built on first use)."""
        assert self.starts is not None
        if len(gram) == GRAM:
            return self.starts.get(gram, [])
        if self._short is None:
            self._short = {}
            for key, hits in self.starts.items():
                self._short.setdefault(key[:2], []).extend(hits)
        return self._short.get(gram, [])

    def positions(self, filt: Prefilter | None) -> list[int] | None:
        """Where a match of ``filt``'s pattern can start, ascending (``None``: anywhere)."""
        if filt is None or self.starts is None or filt.anywhere:
            return None
        if len(filt.words) == 1:
            for gram in filt.words:
                return sorted(self._at(gram)) if len(gram) < GRAM else self._at(gram)
        found: list[int] = []
        for gram in filt.words:
            found.extend(self._at(gram))
        return sorted(set(found))

    def search(self, regex: re.Pattern[str], filt: Prefilter | None) -> re.Match[str] | None:
        """``regex.search(text)``, trying only the positions a match can start at."""
        positions = self.positions(filt)
        if positions is None:
            return regex.search(self.text)
        for at in positions:
            m = regex.match(self.text, at)
            if m:
                return m
        return None

    def finditer(self, regex: re.Pattern[str], filt: Prefilter | None) -> list[re.Match[str]]:
        """``list(regex.finditer(text))``: leftmost, non-overlapping, as :mod:`re` does."""
        positions = self.positions(filt)
        if positions is None:
            return list(regex.finditer(self.text))
        out: list[re.Match[str]] = []
        end = 0
        for at in positions:
            if at >= end:
                m = regex.match(self.text, at)
                if m:
                    out.append(m)
                    end = m.end()  # never empty: a match starts with a literal gram
        return out


# Compiled once: (topic, regex, prefilter, weight). Patterns are lower case and
# are matched against lower-cased text. A term must start at a word start so
# "dnt" does not match inside "didn't" and "age" not inside "page".
_COMPILED: list[tuple[str, re.Pattern[str], Prefilter | None, float]] = [
    (topic.id, regex, prefilter(regex), weight)
    for topic in TOPICS
    for pattern, weight in topic.terms
    for regex in [re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])")]
]
# gram -> indices of the terms a word starting with it may match; and the
# terms that must always be tried. A section tries only the terms its own
# word starts point to, in lexicon order (scores and words keep that order).
_BY_GRAM: dict[str, list[int]] = {}
_ALWAYS: set[int] = set()
for _i, _term in enumerate(_COMPILED):
    _filt = _term[2]
    if _filt is None or _filt.anywhere or any(len(g) < GRAM for g in _filt.words):
        _ALWAYS.add(_i)
    else:
        for _gram in _filt.words:
            _BY_GRAM.setdefault(_gram, []).append(_i)


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
    head_probe, text_probe = Probe(heading, fold=False), Probe(text, fold=False)
    assert head_probe.starts is not None and text_probe.starts is not None  # fold=False
    terms = set(_ALWAYS)
    for gram in (head_probe.starts.keys() | text_probe.starts.keys()) & _BY_GRAM.keys():
        terms.update(_BY_GRAM[gram])
    for topic, regex, filt, weight in (_COMPILED[i] for i in sorted(terms)):
        hits = [m.group(0) for m in head_probe.finditer(regex, filt)] if heading else []
        body = [m.group(0) for m in text_probe.finditer(regex, filt)] if text else []
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
