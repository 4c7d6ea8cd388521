"""Many phrases as one fast regex: how every word list of the lexicon is matched.

    >>> rx = phrase_regex(["last updated", "last update", "aktualisiert*"])
    >>> [m.group() for m in rx.finditer("LAST UPDATE; lastupdated; Aktualisierte Fassung")]
    ['LAST UPDATE', 'lastupdated', 'Aktualisierte']

How phrases are written: lower case, words separated by one space (any run
of whitespace matches it, or none: PDF text often loses its spaces,
"Dernièremiseàjour"). A trailing ``*`` on a word stands for any word
ending ("aktualizowan*": aktualizowany, aktualizowana, ...). Letters with
diacritics also match their plain letter, so "mise a jour" on an
ASCII-only page is still found. A phrase starts and ends at word
boundaries (``*`` aside).
"""

from __future__ import annotations

import re
import unicodedata


def plain(text: str) -> str:
    """``text`` without diacritics ("à" -> "a"), case folded."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _letter(char: str) -> str:
    """A phrase letter as a pattern: itself, or itself and its plain letter."""
    base = plain(char)
    if char == "'":
        return "'"  # text is normalised to ASCII quotes before reading
    if len(base) == 1 and base != char:
        return f"[{re.escape(char)}{re.escape(base)}]"
    return re.escape(char)


def trie_pattern(phrases: list[str]) -> str:
    """One regex for many phrases, shared prefixes matched once (longest first)."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict) -> str:
        branches = []
        for char in sorted(node, key=lambda c: c == ""):  # the end of a phrase is tried last
            if char == "":
                continue
            if char == " ":
                head = r"\s*"
            elif char == "*":
                head = r"[^\W\d_]*"
            else:
                head = _letter(char)
            branches.append(head + walk(node[char]))
        ends = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # A phrase may end here: anything after must not continue a word.
            return f"(?:{body}|(?![^\\W\\d_]))"
        return body

    return walk(trie)


def phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """A case-blind regex finding any of ``phrases`` at a word start.

    The phrases share one trie so the engine reads each letter once whatever
    the number of languages; a look-ahead for their first letters skips most
    positions of a paragraph at once.
    """
    firsts = {p[0] for p in phrases} | {plain(p[0]) for p in phrases}
    lookahead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    ends = r"(?![^\W\d_])"
    body = trie_pattern(phrases)
    return re.compile(r"(?<![^\W\d_])" + lookahead + "(?:" + body + ")" + ends, re.I)
