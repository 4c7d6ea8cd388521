"""What counts as a word when text is cut into words: one pattern for every reader.

    >>> WORD.findall("Sub-processors: 3 (EU)")
    ['Sub', 'processors', '3', 'EU']
    >>> [m.span() for m in WORD.finditer("ÆØÅ og é")]
    [(0, 3), (4, 6), (7, 8)]

A word is a run of Unicode word characters (letters of any script, digits,
the underscore); everything else separates words. The guard's word counts,
the render check's "too little text", the document-type phrases, the diff
prefilter's word sets, the search stems and the legal forms' words all cut
text with :data:`WORD`, so a word means the same thing to each of them.
(:func:`policywatch.core.lexicon.stems.words` joins hyphenated words first;
search needs that, counting does not.)

Two readers need a narrower word, and take it from here too, so that each
meaning is written once:

    >>> LETTERS.findall("Paris, le 20 septembre 2021_v2")
    ['Paris', 'le', 'septembre', 'v']
    >>> LETTER_WORD.findall("Terms of Use (2nd ed.), O'Brien's sub-processors")
    ['Terms', 'of', 'Use', 'nd', 'ed', "O'Brien's", 'sub-processors']
"""

from __future__ import annotations

import re

WORD = re.compile(r"\w+")

# Letters only: a date's neighbourhood is read for words, and "2021" or
# "20." beside a date is part of the date, not a word about it (WORD would
# count it).
LETTERS = re.compile(r"[^\W\d_]+")

# A word that starts with a letter and keeps its inner apostrophes and
# hyphens: title case is judged on each such word's first letter, so
# "O'Brien" is one capitalised word and a number is no word at all.
LETTER_WORD = re.compile(r"[^\W\d_][\w'-]*")
