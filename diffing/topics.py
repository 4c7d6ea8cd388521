"""Which topics each section of a policy covers, and the words that say so.

Topics start from the OPP-115 categories (Wilson et al., 2016) and add what
a procurement team asks before signing: sale of data, sub-processors,
international transfers, breach notice, certifications, AI training,
governing law, DPO/contact. Classification is a transparent lexicon match
(English, Norwegian bokmål, with some French and German), so every
assignment carries the words that placed it there::

    >>> from policywatch.core.model import ExtractedDocument, Section
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
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise
from re import _parser  # type: ignore[attr-defined]  # the stdlib's regex parser
from typing import Any

from policywatch.core.model import ExtractedDocument
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
# Most terms are absent from any one section, and a regex scan with
# look-arounds costs ~100x a set lookup. So each pattern gets, from the
# stdlib's own parser (exact, not a re-implementation), the literal strings
# ("needles") every match must begin with. A needle anchored at a word start
# can only occur where a word of the text begins with its leading word
# characters (is exactly them, when the needle goes on past them): a set
# lookup in the text's words, which are read once per document. Only then is
# the needle searched for (str.find) and the regex tried where it occurs.
# The regex still decides every match, so results are unchanged.

GRAM = 3  # facts_units' gates: the needles cut to this length
# Needles longer than this say little more, and branch into more variants.
NEEDLE_CHARS = 24
_WORD = re.compile(r"\w+")
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


def _starts(
    items: list[Any], prefix: str, at_word: bool, out: set[tuple[str, bool]], limit: int = GRAM
) -> bool:
    """Collect ``(literal start, at a word start)`` for every way ``items`` can begin a match.

    False if some way begins with no literal of at least two characters.
    """
    for i, (op, av) in enumerate(items):
        if len(prefix) >= limit:
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
            return _starts(list(av[3]) + rest, prefix, at_word, out, limit)
        if op is _parser.BRANCH:
            return all(_starts(list(alt) + rest, prefix, at_word, out, limit) for alt in av[1])
        if op is _parser.IN and len(av) <= 4 and all(o is _parser.LITERAL for o, _ in av):
            return all(_starts([(o, c), *rest], prefix, at_word, out, limit) for o, c in av)
        if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and (av[0], av[1]) == (0, 1):
            return _starts(rest, prefix, at_word, out, limit) and _starts(
                list(av[2]) + rest, prefix, at_word, out, limit
            )
        break
    if len(prefix) < 2:
        return False
    # A word-start anchor only says something when the match starts with a word character.
    out.add((prefix[:limit], at_word and prefix[0].isalnum()))
    return True


def _literal_starts(pattern: re.Pattern[str], limit: int) -> set[tuple[str, bool]] | None:
    out: set[tuple[str, bool]] = set()
    if not _starts(list(_parser.parse(pattern.pattern, pattern.flags)), "", False, out, limit):
        return None
    return out if len(out) <= 200 else None


def prefilter(pattern: re.Pattern[str]) -> Prefilter | None:
    """The :class:`Prefilter` of ``pattern``, or ``None`` if it has none (always run it)."""
    out = _literal_starts(pattern, GRAM)
    if out is None:
        return None
    return Prefilter(frozenset(g for g, w in out if w), tuple(sorted({g for g, w in out if not w})))


@dataclass(frozen=True)
class Needle:
    """Lower-case text a match starts with.

    ``head``: its leading word characters if it starts at a word start (else
    ``""``: it may occur anywhere); ``words``: the whole words it holds (a
    run of word characters with a non-word character or the anchor on each
    side), each of which a text it occurs in has; ``pair``: its first two
    words, if the first is whole (the second may be the start of a word:
    then ``open``), which stand next to each other where it occurs.
    """

    text: str
    head: str
    words: frozenset[str]
    pair: tuple[str, str, bool] | None = None

    def occurrences(self, low: str, out: list[int]) -> None:
        """Append where ``self`` occurs in ``low`` (at a word start, if anchored)."""
        text, anchored = self.text, bool(self.head)
        at = low.find(text)
        while at >= 0:
            if not (anchored and at and _is_word(low[at - 1])):
                out.append(at)
            at = low.find(text, at + 1)


def _needle(text: str, at_word: bool) -> Needle:
    runs = list(_WORD.finditer(text))
    whole = {
        m.group(0)
        for m in runs
        if (m.start() or at_word) and m.end() < len(text)  # bounded on both sides
    }
    head = runs[0].group(0) if at_word else ""  # at_word: the text starts with a word character
    pair = None
    if head and len(runs) > 1:
        second = runs[1].group(0)
        pair = (head, second, second not in whole)
    return Needle(text, head, frozenset(whole), pair)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what re's \w is for str patterns


def needles(pattern: re.Pattern[str]) -> tuple[Needle, ...] | None:
    """The needles a match of ``pattern`` starts with (``None``: it may match anywhere).

    A needle that is a longer form of another one (``rights`` of ``right``)
    is left out: the shorter one finds it.
    """
    out = _literal_starts(pattern, NEEDLE_CHARS)
    if out is None:
        return None
    kept = [
        (text, at_word)
        for text, at_word in out
        if not any(t != text and text.startswith(t) and (w <= at_word) for t, w in out)
    ]
    return tuple(_needle(text, at_word) for text, at_word in sorted(kept))


class Vocabulary:
    """The distinct lower-case words of a document, to find where a needle can start."""

    __slots__ = ("sorted", "words")

    def __init__(self, words: set[str]) -> None:
        self.words = words
        self.sorted = sorted(words)

    def starting(self, needle: Needle) -> list[str] | None:
        """The words a match of ``needle`` can start (``None``: it may start anywhere)."""
        if not needle.words <= self.words:
            return []
        head = needle.head
        if not head:
            return None
        if head != needle.text:  # a non-word character follows: the word is exactly ``head``
            return [head]
        return self.prefixed(head)

    def prefixed(self, prefix: str) -> list[str]:
        """The words that start with ``prefix``."""
        words = self.sorted
        i = bisect_left(words, prefix)
        found = []
        while i < len(words) and words[i].startswith(prefix):
            found.append(words[i])
            i += 1
        return found

    def pairs(self, needle: Needle) -> list[tuple[str, str]] | None:
        """The pairs of adjacent words a match of ``needle`` can start with (``None``: any)."""
        if needle.pair is None:
            return None
        first, second, is_open = needle.pair
        return [(first, w) for w in self.prefixed(second)] if is_open else [(first, second)]


# Compiled once: (topic, regex, weight). Patterns are lower case and are
# matched against lower-cased text. A term must start at a word start so
# "dnt" does not match inside "didn't" and "age" not inside "page".
_COMPILED: list[tuple[str, re.Pattern[str], float]] = [
    (topic.id, re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])"), weight)
    for topic in TOPICS
    for pattern, weight in topic.terms
]
# Each needle once, with the terms it starts; and the terms that must always be tried.
_NEEDLES: dict[Needle, list[int]] = {}
_ALWAYS: list[int] = []
for _i, (_, _regex, _weight) in enumerate(_COMPILED):
    _found = needles(_regex)
    if _found is None:
        _ALWAYS.append(_i)
    for _one in _found or ():
        _NEEDLES.setdefault(_one, []).append(_i)
_NEEDLE_LIST = list(_NEEDLES.items())


def _find_terms(texts: list[str]) -> list[dict[int, list[str]]]:
    """Per lower-case text: term index -> its matches (``regex.finditer``), if any."""
    runs = [_WORD.findall(text) for text in texts]
    words = [set(run) for run in runs]
    pairs = [set(pairwise(run)) for run in runs]  # most multi-word needles fail here
    vocabulary = Vocabulary(set().union(*words))
    # word -> the needles a match can start in it (by index), and the pairs of
    # words they need: a text is offered only the needles its own words start.
    by_word: dict[str, list[int]] = {}
    anywhere: list[int] = []
    adjacent: dict[int, list[tuple[str, str]] | None] = {}
    for n, (needle, _) in enumerate(_NEEDLE_LIST):
        begins = vocabulary.starting(needle)
        if begins is not None and not begins:
            continue
        adjacent[n] = vocabulary.pairs(needle)
        if adjacent[n] == []:
            continue
        if begins is None:
            anywhere.append(n)
        for word in begins or ():
            by_word.setdefault(word, []).append(n)
    starts: dict[tuple[int, int], list[int]] = {}  # (term, text) -> where a match may start
    for t, text in enumerate(texts):
        offered = {n for word in words[t] & by_word.keys() for n in by_word[word]}
        for n in [*offered, *anywhere]:
            needle, terms = _NEEDLE_LIST[n]
            if needle.words and not needle.words <= words[t]:
                continue
            need = adjacent[n]
            if need is not None and pairs[t].isdisjoint(need):
                continue
            found: list[int] = []
            needle.occurrences(text, found)
            if found:
                for term in terms:
                    starts.setdefault((term, t), []).extend(found)
    out: list[dict[int, list[str]]] = [{} for _ in texts]
    for (term, t), places in starts.items():
        regex, text, end, hits = _COMPILED[term][1], texts[t], 0, []
        for at in sorted(set(places)):  # leftmost, non-overlapping, as re.finditer
            if at >= end:
                m = regex.match(text, at)
                if m:
                    hits.append(m.group(0))
                    end = m.end()  # never empty: a match starts with its needle
        if hits:
            out[t][term] = hits
    for term in _ALWAYS:
        for t, text in enumerate(texts):
            hits = [m.group(0) for m in _COMPILED[term][1].finditer(text)] if text else []
            if hits:
                out[t][term] = hits
    return out


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
    heading, text = heading.lower(), text.lower()
    head, body = _find_terms([heading, text])
    return _score(head, body, text)


def _score(head: dict[int, list[str]], body: dict[int, list[str]], text: str) -> list[TopicHit]:
    """Hits above threshold from the matches in a heading and its (lower-case) body."""
    scores: dict[str, float] = {}
    words: dict[str, list[str]] = {}
    for term in sorted(head.keys() | body.keys()):  # lexicon order: words keep it
        topic, _, weight = _COMPILED[term]
        hits, found = head.get(term, []), body.get(term, [])
        score = (HEADING_WEIGHT * weight if hits else 0.0) + weight * min(len(found), MAX_REPEATS)
        scores[topic] = scores.get(topic, 0.0) + score
        seen = words.setdefault(topic, [])
        for word in [*hits, *found]:
            if word not in seen:
                seen.append(word)
    result = [
        TopicHit(topic, round(score, 2), tuple(words[topic][:8]))
        for topic, score in scores.items()
        if score >= THRESHOLD
    ]
    result.sort(key=lambda h: (-h.score, TOPIC_IDS.index(h.topic)))
    # maxsplit: only whether there are more words than the limit matters
    if result and len(text.split(maxsplit=RELATIVE_MAX_WORDS)) <= RELATIVE_MAX_WORDS:
        result = [h for h in result if h.score >= RELATIVE * result[0].score]
    return result


def classify_sections(doc: ExtractedDocument) -> list[SectionTopics]:
    """Topics of every section of ``doc``, in document order.

    A document without sections is treated as one section holding its text.
    Sections whose heading and text are empty get an empty topic list. The
    document's words are read once for all its sections.
    """
    pairs = [(s.heading, s.text) for s in doc.sections or []]
    if not pairs:
        pairs = [(doc.title or "", doc.text)]
    texts = [part.lower() for pair in pairs for part in pair]
    found = _find_terms(texts)
    return [
        SectionTopics(i, heading, _score(found[2 * i], found[2 * i + 1], texts[2 * i + 1]))
        for i, (heading, _) in enumerate(pairs)
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
