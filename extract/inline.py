"""Inline pieces the HTML and Markdown readers must treat alike: image alt text and table cells.

    >>> keep_alt("Logo for Twilio", "Twilio")
    False
    >>> join_cell_lines(["Microsoft Azure", "•", "Cloud Infrastructure", "Worldwide"])
    'Microsoft Azure / Cloud Infrastructure / Worldwide'

OTA's Markdown of a page keeps ``![alt](src)`` and ``<br>`` inside table
cells, and the raw HTML has ``<img alt>`` and ``<br>``/``<p>`` inside
``<td>``; both must come out as the same text, with no words glued together
("Logo for TwilioTwilio", "Microsoft AzureCloud Infrastructure"), so that the
diff can still recognise a sub-processor's name or a country.
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.ordinals import is_ordinal_suffix
from policywatch.extract.normalise import normalise_inline

# Alt text that describes the picture rather than saying anything: logos,
# icons, screenshots, photos, file names. Dropped, never glued to the text.
_DECORATIVE_ALT = re.compile(
    r"\b(?:logos?|logotype|icons?|images?|img|pictures?|photos?|screen ?shots?|banners?|"
    r"avatars?|bild|symbolbild|loading)\b|\.(?:png|jpe?g|gif|svg|webp)$",
    re.I,
)
_MIN_LINKED_ALT_WORDS = 3
# Separates the lines of one table cell; a line ending in punctuation already
# reads as separated, so it is followed by a plain space instead.
CELL_LINE_SEPARATOR = " / "
_ENDS_CLAUSE = (".", ":", ";", ",", "!", "?")
_LEADING_BULLET = re.compile(r"^(?:[-*+•▪●◦‣·–]\s+)+")


def keep_alt(alt: str | None, context: str, *, whole_link: bool = False) -> bool:
    """Whether an image's alt text is real content worth keeping.

    Decorative alts (logos, icons, screenshots) and alts that repeat the text
    right beside them (``<img alt="Nutun"> Nutun``) are dropped: they only
    duplicate or decorate. ``context`` is the text of the enclosing block.
    An image that is a whole link (``whole_link``) is an icon unless its alt
    is a phrase: "Twitter" is navigation, "GDPR Certification: Art 27
    representation by Prighter" says something.
    """
    alt = normalise_inline(alt or "")
    if len(alt) < 2 or _DECORATIVE_ALT.search(alt):
        return False
    if whole_link and len(alt.split()) < _MIN_LINKED_ALT_WORDS:
        return False
    return alt.casefold() not in normalise_inline(context).casefold()


def join_cell_lines(lines: list[str]) -> str:
    """The lines of one table cell (split at ``<br>`` or block boundaries) as one line.

    Lines with no letters or digits (a lone "•" between a name and its
    purpose) are dropped, list bullets are stripped, and the rest is joined
    with :data:`CELL_LINE_SEPARATOR` unless the previous line already ends a
    clause.
    """
    out = ""
    for raw in lines:
        line = _LEADING_BULLET.sub("", normalise_inline(raw))
        if not any(c.isalnum() for c in line):
            continue
        if not out:
            out = line
        elif out.endswith(_ENDS_CLAUSE):
            out += " " + line
        else:
            out += CELL_LINE_SEPARATOR + line
    return out


# Marks, in the pieces of an HTML block, where one inline element ends and the
# next begins with nothing between them (html.py); :func:`join_inline` turns it
# into a space or into nothing.
INLINE_EDGE = "\x00"
_EDGES = re.compile("(.?)\x00+(?=(.?))", re.S)
# How far past an edge glued() looks for the word on either side: an ordinal
# suffix ("ème") or a one-letter prefix ("e" of "eMail") is shorter.
_REACH = 8
_LETTERS = re.compile(r"[^\W\d_]*")


def join_inline(pieces: list[str], language: str | None = None) -> str:
    """The text of a block's pieces, adjacent inline elements set apart where they
    hold two words (:func:`glued`): "Last updated" "May 1, 2024" as the page shows
    them, not "Last updatedMay 1, 2024"; a word split by markup stays one.
    ``language`` is the page's (its lang attribute): the ordinal suffixes joined
    to a number are that language's and English's. An English attribute is no
    evidence (CMS templates default to "en-US" whatever the page's language),
    so there, as with none, every language's suffixes join.

    >>> join_inline(["Last updated", INLINE_EDGE, "May 1, 2024", INLINE_EDGE, "Next"])
    'Last updated May 1, 2024 Next'
    >>> join_inline(["W", INLINE_EDGE, "ord ", "Ex", INLINE_EDGE, "am", INLINE_EDGE, "ple"])
    'Word Example'
    """
    text = "".join(pieces)
    if INLINE_EDGE not in text:
        return text
    if language and language.replace("_", "-").split("-")[0].lower() == "en":
        language = None

    def edge(m: re.Match[str]) -> str:
        before = text[max(0, m.end(1) - _REACH) : m.end(1)].replace(INLINE_EDGE, "")
        after = text[m.end() : m.end() + _REACH].replace(INLINE_EDGE, "")
        return m[1] + (" " if glued(before, after, language) else "")

    return _EDGES.sub(edge, text)


def glued(before: str, after: str, language: str | None = None) -> bool:
    """Whether the text just before and just after an inline element edge holds two
    words: a letter and a digit ("2024" "Next"), or a small letter and a capital
    ("updated" "May"). A capital and small letters ("W" "ord") or two small letters
    ("Ex" "am") are one word split by markup; so are a number and its ordinal
    suffix ("1" "er", "May 1" "st") and a one-letter prefix and a capital ("e" "Mail").
    A suffix that is a word on its own ("a", "e") joins only in the page's
    ``language`` (any language's when it is unknown): "2024" "a" on an Italian
    page are two words; the others ("er", "th") join whatever the lang
    attribute says (:func:`~policywatch.core.lexicon.ordinals.is_ordinal_suffix`).

    >>> glued("updated", "May 1"), glued("1", "er mars"), glued("e", "Mail"), glued("1", "v1")
    (True, False, False, True)
    >>> glued("1", "er mars", "fr"), glued("2024", "e", "de")
    (False, True)
    """
    left, right = before[-1:], after[:1]
    if not (left.isalnum() and right.isalnum()):
        return False
    if left.isdigit() and not right.isdigit():
        suffix = _LETTERS.match(after)
        return not (suffix and is_ordinal_suffix(suffix[0], language))
    if left.isdigit() != right.isdigit():
        return True
    if left.islower() and right.isupper():
        word = _LETTERS.match(before[::-1])
        return word is not None and len(word[0]) >= 2
    return False
