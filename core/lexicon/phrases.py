"""Many phrases as one fast regex: how every word list of policywatch is matched.

    >>> rx = phrase_regex(["last updated", "last update", "aktualisiert*"])
    >>> [m.group() for m in rx.finditer("LAST UPDATE; lastupdated; Aktualisierte Fassung")]
    ['LAST UPDATE', 'lastupdated', 'Aktualisierte']
    >>> finder = PhraseFinder(["sub* processor*", "datenschutzerklärung", "*einstellung*"],
    ...                       gap=NAME_GAP)
    >>> [phrase for _, _, phrase in finder.find("sub-processors datenschutzerklaerung "
    ...                                         "datenschutzeinstellungen")]
    ['sub* processor*', 'datenschutzerklärung', '*einstellung*']

How phrases are written (the date cues, document words and structure labels
of :mod:`policywatch.core.lexicon`, the document-type cues of
:mod:`policywatch.extract.doctype_cues`):

- lower case, words separated by one space. In text (``gap=TEXT_GAP``) any
  run of whitespace matches it, or none: PDF text often loses its spaces
  ("Dernièremiseàjour"). In names (``gap=NAME_GAP``: link texts, titles, URL
  segments) hyphens, underscores and other punctuation do too
  ("sub-processors", "privacy_policy");
- a bare word is a whole word; ``word*`` is a word start that may go on
  (inflections, compounds: "aktualizowan*" finds aktualizowany,
  aktualizowana); ``*word`` may also end a longer word (the tail of a
  compound: "*einstellung*" finds "Datenschutzeinstellungen");
- case does not count, and a letter with diacritics also matches its plain
  letter and its ASCII spelling (:data:`ASCII_SPELLINGS`), so "mise à jour"
  is found on an ASCII-only page and "datenschutzerklärung" in a URL
  written "datenschutzerklaerung".

A phrase starts and ends at word boundaries (``*`` aside).
:class:`PhraseFinder` also tells which phrase was found: the phrases share
one trie, and an empty named group marks where each one ends.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

# What a space between two words of a phrase matches.
TEXT_GAP = r"\s*"
NAME_GAP = r"[\W_]*"
_LETTERS = r"[^\W\d_]*"
_WORD_START = r"(?<![^\W\d_])"
_WORD_END = r"(?![^\W\d_])"

# Letters written another way in ASCII (URLs, keyboards without them): German
# and Nordic umlaut spellings, and letters Unicode does not decompose into a
# plain letter and a mark. Decomposable ones ("é" -> "e") need no entry.
ASCII_SPELLINGS: dict[str, tuple[str, ...]] = {
    "ä": ("ae",), "ö": ("oe",), "ü": ("ue",), "å": ("aa",), "æ": ("ae",),
    "ø": ("o", "oe"), "œ": ("oe",), "ß": ("ss",), "ð": ("d",), "đ": ("d",),
    "þ": ("th",), "ł": ("l",), "ħ": ("h",), "ı": ("i",),
}  # fmt: skip


def plain(text: str) -> str:
    """``text`` case folded, without diacritics ("Confidentialité" -> "confidentialite").

    Compatibility forms are read as what they stand for (the "ﬁ" ligature is "fi").
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _spellings(char: str) -> list[str]:
    """How a phrase letter may be written: itself, its plain letter, its ASCII spellings."""
    base = plain(char)
    found = [char]
    if len(base) == 1 and base != char:
        found.append(base)
    found += [s for s in ASCII_SPELLINGS.get(char, ()) if s not in found]
    return found


@cache  # a slot table spells thousands of phrases from a few dozen letters
def _letter(char: str) -> str:
    """A phrase letter as a pattern."""
    if char == "'":
        return "'"  # text is normalised to ASCII quotes before reading
    spellings = _spellings(char)
    if len(spellings) == 1:
        return re.escape(char)
    if all(len(s) == 1 for s in spellings):
        return "[" + "".join(re.escape(s) for s in spellings) + "]"
    # Longer spellings first ("ae" before "a"), so the longest reading is tried first.
    ordered = sorted(spellings, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(s) for s in ordered) + ")"


def trie_pattern(
    phrases: Iterable[str], *, gap: str = TEXT_GAP, marks: dict[str, str] | None = None
) -> str:
    """One regex for many phrases, shared prefixes matched once (longest first).

    ``marks`` (phrase -> group name) puts an empty named group where each of
    those phrases ends, so a match tells which phrase it was
    (:class:`PhraseFinder`).
    """
    trie: dict = {}
    ends: dict[int, str] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
        if marks and phrase in marks:
            ends[id(node)] = marks[phrase]

    def walk(node: dict) -> str:
        branches = []
        # Letters first, then a wildcard, then the end of a phrase: the longest and
        # most specific phrase wins ("personuppgiftsansvarig*" over "personuppgift*").
        for char in sorted(node, key=lambda c: (c == "", c == "*")):
            if char == "":
                continue
            if char == " ":
                head = gap
            elif char == "*":
                head = _LETTERS
            else:
                head = _letter(char)
            branches.append(head + walk(node[char]))
        mark = f"(?P<{ends[id(node)]}>)" if id(node) in ends else ""
        if not branches:
            return mark
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            # A phrase may end here: anything after must not continue a word.
            return f"(?:{body}|{mark}{_WORD_END})"
        return body

    return walk(trie)


def phrase_regex(
    phrases: Iterable[str], *, gap: str = TEXT_GAP, marks: dict[str, str] | None = None
) -> re.Pattern[str]:
    """A case-blind regex finding any of ``phrases`` at a word start.

    The phrases share one trie so the engine reads each letter once whatever
    the number of languages; a look-ahead for their first letters skips most
    positions of a paragraph at once (unless a phrase may start mid-word).
    """
    return re.compile(phrase_source(phrases, gap=gap, marks=marks), PHRASE_FLAGS)


PHRASE_FLAGS = re.I  # case does not count (see the module's docstring)


def phrase_source(
    phrases: Iterable[str], *, gap: str = TEXT_GAP, marks: dict[str, str] | None = None
) -> str:
    """The text of :func:`phrase_regex`'s pattern (compiled with :data:`PHRASE_FLAGS`)."""
    phrases = list(phrases)
    lookahead = ""
    if not any(p.startswith("*") for p in phrases):
        firsts = {s[0] for p in phrases for s in _spellings(p[0])}
        lookahead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    body = trie_pattern(phrases, gap=gap, marks=marks)
    return _WORD_START + lookahead + "(?:" + body + ")" + _WORD_END


class PhraseFinder:
    """Where any of many phrases occur, and which one each time.

        >>> PhraseFinder(["privacy* polic*", "privacy*"]).find("Our Privacy Policy.")
        [(4, 18, 'privacy* polic*')]

    At each place the longest phrase wins; matches do not overlap.
    """

    def __init__(self, phrases: Iterable[str], *, gap: str = TEXT_GAP) -> None:
        self.phrases = sorted(set(phrases))
        marks = {phrase: f"p{i}" for i, phrase in enumerate(self.phrases)}
        self.pattern = phrase_regex(self.phrases, gap=gap, marks=marks) if self.phrases else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, phrase)`` of each phrase found in ``text``, in order."""
        if self.pattern is None:
            return []
        return [
            (m.start(), m.end(), self.phrases[int(m.lastgroup[1:])])
            for m in self.pattern.finditer(text)
            if m.lastgroup
        ]


def spell_frames(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every phrase a slot table spells, sorted: ``table["frames"]`` names the slots in
    the order a language puts them; each slot lists its words ("" makes it optional).
    How a clause is written once per language rather than as a list of phrasings.

    >>> spell_frames({"frames": ("act whose rights",), "act": ("exercise",),
    ...               "whose": ("", "your"), "rights": ("right*",)})
    ('exercise right*', 'exercise your right*')
    """
    found: set[str] = set()
    for frame in table.get("frames", ()):
        spelled = [""]
        for slot in frame.split():
            spelled = [f"{head} {word}".strip() for head in spelled for word in table[slot]]
        found.update(spelled)
    return tuple(sorted(found))


# How many characters of each phrase :class:`LazyPhraseRegex` checks before it compiles
# the whole pattern: enough to pass over the common words a phrase opens with ("for
# the", "til"), few enough that the check's own pattern stays small (55 openings of
# the contract-term phrases' 1,241).
OPENING_CHARS = 12


class LazyPhraseRegex:
    """:func:`phrase_regex` of many phrases, built and compiled when a text may hold one.

    A slot table spells out thousands of phrases (``periods.CONTRACT_TERM``:
    1,241, a 24,000-character pattern, ~50 ms of a fresh process to build and
    compile). Each call first tries a small pattern of the phrases' openings
    (their first :data:`OPENING_CHARS` characters, read the same way: word
    start, spellings, gaps, case); a match of a phrase is a match of its
    opening at the same place, so where no opening matches, no phrase does,
    and the answer (``None``, no match) is the whole pattern's. The first text
    with an opening compiles the whole pattern, which then answers every call.

        >>> terms = LazyPhraseRegex(["for the duration of the contract*", "til avtalen"])
        >>> terms.search("We keep it for thirty days.") is None
        True
        >>> terms.search("Kept for the duration of the contract.").group(0)
        'for the duration of the contract'
    """

    __slots__ = ("_openings", "_regex", "_source", "phrases")

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = tuple(phrases)
        self._source: str | None = None
        self._openings: re.Pattern[str] | None = None
        self._regex: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        """The whole pattern's text, as ``re.Pattern.pattern``."""
        if self._source is None:
            self._source = phrase_source(self.phrases)
        return self._source

    @property
    def flags(self) -> int:
        """The whole pattern's flags, as ``re.Pattern.flags`` (a text pattern is Unicode)."""
        return PHRASE_FLAGS | re.UNICODE

    @property
    def compiled(self) -> bool:
        """Whether the whole pattern has been compiled (a text held a phrase's opening)."""
        return self._regex is not None

    def regex(self) -> re.Pattern[str]:
        """The whole pattern, compiled (now, if not yet)."""
        if self._regex is None:
            self._regex = re.compile(self.pattern, PHRASE_FLAGS)
        return self._regex

    def _none_here(self, text: str, pos: int, endpos: int, anywhere: bool) -> bool:
        """Whether no phrase can match (at ``pos``, or ``anywhere`` after it), the whole
        pattern not compiled yet."""
        if self._regex is not None:
            return False
        if self._openings is None:
            openings = set()
            for phrase in self.phrases:
                cut = phrase[:OPENING_CHARS].split("*")[0].rstrip()
                # "*": the opening may go on as a word, as the phrase does after it.
                openings.add(cut + "*")
            self._openings = phrase_regex(sorted(openings))
        found = (self._openings.search if anywhere else self._openings.match)(text, pos, endpos)
        return found is None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        if self._none_here(text, pos, endpos, anywhere=True):
            return None
        return self.regex().search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        if self._none_here(text, pos, endpos, anywhere=False):
            return None
        return self.regex().match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        if self._none_here(text, pos, endpos, anywhere=True):
            return iter(())
        return self.regex().finditer(text, pos, endpos)
