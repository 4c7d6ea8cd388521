"""Cheap prefilters for many regexes over many texts: most patterns are absent.

    >>> import re
    >>> matcher = TermMatcher([re.compile(r"(?<![\\w-])(?:retain\\w*)(?![\\w])")])
    >>> matcher.find(["we retain data", "nothing here"])
    [{0: ['retain']}, {}]

:class:`TermMatcher` finds every match of a list of patterns in a batch of
lower-case texts, scanning only where a pattern can start (see
:func:`needles`); the topic classifier's rule features and the fact
readers' gates (:mod:`.facts_units`) use it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from re import _parser  # type: ignore[attr-defined]  # the stdlib's regex parser
from typing import Any, TypeAlias

from policywatch.core.lexicon.phrases import LazyPhraseRegex, phrase_source
from policywatch.core.lexicon.tokens import WORD
from policywatch.diffing.memo import TextMemo

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
# The only characters for which str.lower() and the re module's
# case-insensitive matching disagree on the letters our lexicons use
# (İ lowers to two characters; ı and ſ match i and s under re.I). Checked
# against every code point when written; a text holding one is not prefiltered.
CASE_ODD = re.compile("[\u0130\u0131\u017f]")
# What the prefilters read: a compiled pattern, or a phrase pattern not compiled yet.
Pattern: TypeAlias = re.Pattern[str] | LazyPhraseRegex


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


def _literal_starts(pattern: Pattern, limit: int) -> frozenset[tuple[str, bool]] | None:
    if isinstance(pattern, LazyPhraseRegex):
        # Each phrase letter is at least one literal character of the pattern (or stops
        # the literal run where it would anyway), so the phrases cut to ``limit``
        # letters begin with the same literal starts: their pattern is parsed instead
        # (the whole one is not even built).
        cut = phrase_source(sorted({p[:limit] for p in pattern.phrases}))
        return _literal_starts_of(cut, pattern.flags, limit)
    return _literal_starts_of(pattern.pattern, pattern.flags, limit)


def long_phrase_regex(phrases: Iterable[str]) -> LazyPhraseRegex:
    """:func:`~policywatch.core.lexicon.phrases.phrase_regex`, cheap to prefilter and
    compiled only when needed (:class:`~policywatch.core.lexicon.phrases.LazyPhraseRegex`).

    A slot table spells out thousands of phrases (``facts_lexicon.CONTRACT_TERM``
    is 24,000 characters of pattern): the stdlib parser took ~50 ms of a fresh
    process's first diff to read it for its literal starts, which are read here
    from the phrases' first letters instead (the same starts); building and
    compiling it took another ~50 ms of every fresh process, now paid only by
    one whose texts hold a phrase's opening.

        >>> long_phrase_regex(["for the term*"]).search("For the term of it").group(0)
        'For the term'
    """
    return LazyPhraseRegex(phrases)


# A fresh process (each cron run) parses every pattern it prefilters once, and
# about a quarter of them again: one lexicon's pattern is read by several
# matchers and gates. Bounded: a long crawl may build patterns from its pages.
@lru_cache(maxsize=4096)
def _literal_starts_of(pattern: str, flags: int, limit: int) -> frozenset[tuple[str, bool]] | None:
    out: set[tuple[str, bool]] = set()
    if not _starts(list(_parser.parse(pattern, flags)), "", False, out, limit):
        return None
    return frozenset(out) if len(out) <= 200 else None


def prefilter(pattern: Pattern) -> Prefilter | None:
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
    runs = list(WORD.finditer(text))
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


def needles(pattern: Pattern) -> tuple[Needle, ...] | None:
    """The needles a match of ``pattern`` starts with (``None``: it may match anywhere).

    A needle that is a longer form of another one (``rights`` of ``right``)
    is left out: the shorter one finds it.
    """
    out = _literal_starts(pattern, NEEDLE_CHARS)
    if out is None:
        return None
    # Whether each needle's shorter start is a needle too (up to 200 needles of at
    # most NEEDLE_CHARS characters: a set lookup per prefix, not a pass per pair).
    anchored = {text for text, at_word in out if at_word}
    anywhere = {text for text, at_word in out if not at_word}
    kept = [
        (text, at_word)
        for text, at_word in out
        if not any(
            text[:n] in anywhere or (at_word and text[:n] in anchored) for n in range(len(text))
        )
    ]
    return tuple(_needle(text, at_word) for text, at_word in sorted(kept))


class Vocabulary:
    """The distinct lower-case words of a document, to find where a needle can start."""

    __slots__ = ("sorted", "words")

    def __init__(self, words: set[str]) -> None:
        self.words = words
        self.sorted = sorted(words)

    @classmethod
    def of(cls, low: str) -> Vocabulary:
        """The words of a lower-case text: ``Vocabulary.of("we keep data").sorted``
        is ``["data", "keep", "we"]``."""
        return cls(set(WORD.findall(low)))

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


@dataclass(frozen=True)
class WordScan:
    """A lower-case text's words in order, as a set, and its pairs of adjacent words."""

    run: list[str]
    words: set[str]
    pairs: set[tuple[str, str]]

    @classmethod
    def of(cls, text: str) -> WordScan:
        run = WORD.findall(text)
        return cls(run, set(run), set(pairwise(run)))


# The words of each text scanned lately. The topic rules and the concept ids
# read the same lower-cased paragraphs and headings of a document, each with
# its own TermMatcher: the words are scanned once for both.
_SCANS: TextMemo[str, WordScan] = TextMemo(4096)


def word_scans(texts: list[str]) -> list[WordScan]:
    """:meth:`WordScan.of` of each text, texts scanned lately not scanned again (shared:
    do not change them): ``word_scans(["we keep data"])[0].run`` is ``["we", "keep", "data"]``."""
    return _SCANS.many(texts, lambda missing: [WordScan.of(text) for text in missing])


class TermMatcher:
    """Every pattern of a list, found in a batch of lower-case texts."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        # Each needle once, with the patterns it starts; and the patterns always tried.
        found: dict[Needle, list[int]] = {}
        self.always: list[int] = []
        for i, regex in enumerate(patterns):
            starts = needles(regex)
            if starts is None:
                self.always.append(i)
            for one in starts or ():
                found.setdefault(one, []).append(i)
        self.needles = list(found.items())

    def find(
        self, texts: list[str], scans: list[WordScan] | None = None
    ) -> list[dict[int, list[str]]]:
        """Per lower-case text: term index -> its matches (``regex.finditer``), if any.

        ``scans``: each text's :class:`WordScan` (or that of a text with the
        same words in the same order), if already read.
        """
        if scans is None:
            scans = [WordScan.of(text) for text in texts]
        words = [scan.words for scan in scans]
        pairs = [scan.pairs for scan in scans]  # most multi-word needles fail here
        vocabulary = Vocabulary(set().union(*words))
        # word -> the needles a match can start in it (by index), and the pairs of
        # words they need: a text is offered only the needles its own words start.
        by_word: dict[str, list[int]] = {}
        anywhere: list[int] = []
        adjacent: dict[int, list[tuple[str, str]] | None] = {}
        for n, (needle, _) in enumerate(self.needles):
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
                needle, terms = self.needles[n]
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
            regex, text, end, hits = self.patterns[term], texts[t], 0, []
            for at in sorted(set(places)):  # leftmost, non-overlapping, as re.finditer
                if at >= end:
                    m = regex.match(text, at)
                    if m:
                        hits.append(m.group(0))
                        end = m.end()  # never empty: a match starts with its needle
            if hits:
                out[t][term] = hits
        for term in self.always:
            for t, text in enumerate(texts):
                hits = [m.group(0) for m in self.patterns[term].finditer(text)] if text else []
                if hits:
                    out[t][term] = hits
        return out
