"""Text helpers shared by the diff: Markdown stripping, comparison keys, sentences, tokens.

Extracted text is Markdown-like, so the same sentence can arrive with different
markup, escaping, list numbering or link targets. Everything that decides
*whether* text changed goes through :func:`plain` and :func:`key`, so markup
alone never counts as a change; what is *shown* keeps the original text.

    >>> plain("We **keep** [your data](https://x.example) for 30\\\\-days.")
    'We keep your data for 30-days.'
    >>> key("3. We  keep DATA.") == key("We keep data")
    True
    >>> split_sentences("We keep data. We delete it!\\n\\n- one item")
    ['We keep data.', 'We delete it!', '- one item']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from policywatch.extract.normalise import TYPOGRAPHIC_FOLDS

# Extraction's folds (quotes, spaces, invisible characters: the one table), and
# for comparison only its dashes: stored text keeps an en or em dash for the
# reader, but "30–60 days" and "30-60 days" say the same thing.
_COMPARISON_FOLDS = {**TYPOGRAPHIC_FOLDS, 0x2010: "-", 0x2013: "-", 0x2014: "-"}
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_URL = re.compile(r"(?:https?://|www\.)[^\s)>\]|]+", re.I)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]{0,200}>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~=])")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3}|~~|`+)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]\s+|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s+)+")
# "3.", "1.2", "A.1.", "4)" before a heading or clause; a bare "24 February" is not one.
_CLAUSE_LABEL = re.compile(
    r"^\s*(?:[A-Z]\.)?\d+(?:(?:\.\d+)+\.?|[.)])(?:\s+|(?=[A-Z]))|^\s*[A-Z]\.\d+\s+"
)
_RULE = re.compile(r"^\s*(?:[-=*_|:]\s*){3,}$")
_HEADING = re.compile(r"^\s*#{1,6}\s*")
OBFUSCATED = re.compile(r"\[?email[\s\xa0]+protected\]?", re.I)
_SPACES = re.compile(r"\s+")
# An address written against harvesters ("name [at] x [dot] com", "name (at) x (dot) com"):
# the same address as "name@x.com", so writing it out is a change of form only. The
# domain must have a dot before its last part, written out or not ("privacy [at]
# acme.com"), so "(at) the office" stays as it is.
_HIDDEN_AT = r"\s*[\[({]\s*(?:at|@)\s*[\])}]\s*"
_HIDDEN_DOT = r"\s*[\[({]\s*(?:dot|\.)\s*[\])}]\s*"
# Bounded as addresses are (RFC 5321: a mailbox of 64 characters, labels of 63, and a
# few labels), so a long run of dotted words with no "[at]" after it is read once, not
# once per starting letter. A mailbox is no capitalised word ("Pay (at) checkout.com").
_HIDDEN_LABEL = r"[\w-]{1,63}"
_HIDDEN_DOMAIN = (
    rf"{_HIDDEN_LABEL}(?:(?:{_HIDDEN_DOT}|\.){_HIDDEN_LABEL}){{0,6}}(?:{_HIDDEN_DOT}|\.)"
    r"[a-z]{2,24}"
)
_HIDDEN_MAILBOX = r"(?<![\w.+-])(?-i:(?![A-Z][a-z]+\s*[\[({]))[\w.+-]{1,64}"
_HIDDEN_EMAIL = re.compile(rf"({_HIDDEN_MAILBOX}){_HIDDEN_AT}({_HIDDEN_DOMAIN})\b", re.I)
_DOT_WORD = re.compile(_HIDDEN_DOT, re.I)

# Obfuscation placeholders and chrome that are not policy wording.
NOISE_PHRASES = ("opens in new tab", "opens in a new tab", "opens in a new window")


def fold(text: str) -> str:
    """NFC, straight quotes and dashes, no invisible characters."""
    return unicodedata.normalize("NFC", text).translate(_COMPARISON_FOLDS)


def unobfuscated(text: str) -> str:
    """Addresses written against harvesters written out.

    >>> unobfuscated("write to privacy [at] acme [dot] com, or (at) the office (dot) com")
    'write to privacy@acme.com, or (at) the office (dot) com'
    >>> unobfuscated("dpo [at] acme.fr")
    'dpo@acme.fr'
    """
    if not ("[" in text or "(" in text or "{" in text):
        return text
    return _HIDDEN_EMAIL.sub(lambda m: f"{m[1]}@{_DOT_WORD.sub('.', m[2])}", text)


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Text as a reader sees it: no Markdown markup, links reduced to labels, no URLs."""
    text = fold(text)
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    text = unobfuscated(OBFUSCATED.sub(" ", text))
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    lines = []
    for line in text.splitlines():
        if _RULE.match(line):
            continue
        line = _HEADING.sub("", line)
        line = _LIST_MARK.sub("", line)
        lines.append(line.replace("|", " "))
    return _SPACES.sub(" ", " ".join(lines)).strip()


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Comparison key: plain text, lower case, no punctuation, no list/clause numbering.

    Two sentences with the same key differ only cosmetically.
    """
    text = _CLAUSE_LABEL.sub("", plain(text))
    text = text.casefold()
    for phrase in NOISE_PHRASES:
        text = text.replace(phrase, " ")
    text = re.sub(r"[^\w\s]|_", " ", text)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The words of a comparison key (lower case, no punctuation)."""
    return key(text).split()


# A sentence ends at . ! ? ; followed by space and an upper-case letter, digit or
# opening mark. A table row stays one unit: it is one fact (a sub-processor, its
# country, its products), and splitting its cells would lose that.
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])\s+(?=[\"'(\[*_]*[A-ZÆØÅÄÖÜÉÈÀÂÎÔ0-9])"
    # A sentence can open with a lower-case brand ("eharmony", "iOS"): after a word of
    # five letters or more and a full stop (not "e.g." or "Inc."), a new one starts.
    r"|(?<=[^\W\d_]{5}[.!?])\s+(?=[a-zà-ÿæøå])"
)
_BLOCK_START = re.compile(r"^(?:#{1,6}\s|[-*+•]\s|\(?\w{1,3}[.)]\s|\||>|\d+(?:\.\d+)+)")
_CONTINUES = re.compile(r"^[a-zà-ÿæøå(,;:]")


def blocks(text: str) -> list[str]:
    """Lines joined into logical blocks: a line that continues a sentence (wrapped text,
    or a PDF line break turned into a paragraph break) is glued to the previous one."""
    out: list[str] = []
    for raw in fold(text).splitlines():
        line = raw.strip()
        if not line or _RULE.match(line):
            continue
        if out and not _BLOCK_START.match(line) and _continues(out[-1], line):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _continues(previous: str, line: str) -> bool:
    if previous.startswith(("#", "|")) or (" | " in previous and " | " in line):
        return False  # a heading, or one table row after another ("xAI | ...")
    return bool(_CONTINUES.match(line)) or (
        not previous.rstrip("*_ ").endswith((".", "!", "?", ":", ";"))
        and not line[:1].isupper()
        and not line[:1].isdigit()
    )


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, list items and table rows (original text kept)."""
    out: list[str] = []
    for block in blocks(text):
        pieces = [block] if block.startswith("|") else _SENTENCE_END.split(block)
        for sentence in pieces:
            sentence = sentence.strip()
            if sentence and key(sentence):
                out.append(sentence)
            elif sentence and out:
                # Pure punctuation/markup: keep it with the previous sentence.
                out[-1] = out[-1] + " " + sentence
    return out


def heading_key(heading: str | None) -> str:
    """A heading without its numbering, markup and case, for matching renamed sections."""
    return key(_CLAUSE_LABEL.sub("", plain(heading or "")))


def similarity(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    """Jaccard similarity of two sets (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def containment(part: AbstractSet[str], whole: AbstractSet[str]) -> float:
    """Share of ``part`` found in ``whole``."""
    if not part:
        return 1.0
    return len(part & whole) / len(part)


@lru_cache(maxsize=256)
def shingles(text: str, size: int = 3) -> frozenset[str]:
    """Word n-grams of a text's key: order-sensitive fingerprints for similarity."""
    ws = words(text)
    if len(ws) < size:
        return frozenset({" ".join(ws)} if ws else ())
    return frozenset(" ".join(ws[i : i + size]) for i in range(len(ws) - size + 1))


def short(text: str | None, limit: int = 40) -> str | None:
    """At most ``limit`` words of text, as evidence a person can read in seconds."""
    if text is None:
        return None
    ws = text.split()
    return " ".join(ws[:limit]) + (" …" if len(ws) > limit else "")


def join(items: Iterable[str]) -> str:
    return ", ".join(sorted(items)) or "nothing"
