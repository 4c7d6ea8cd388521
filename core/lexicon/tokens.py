"""What counts as a word when text is cut into words: one pattern for every reader.

    >>> WORD.findall("Sub-processors: 3 (EU)")
    ['Sub', 'processors', '3', 'EU']
    >>> [m.span() for m in WORD.finditer("ÆØÅ og é")]
    [(0, 3), (4, 6), (7, 8)]

A word is a run of Unicode word characters (letters of any script, digits,
the underscore); everything else separates words. The guard's word counts,
the render check's "too little text", the document-type phrases and the
diff prefilter's word sets all cut text with :data:`WORD`, so a word means
the same thing to each of them. (:func:`policywatch.core.lexicon.stems.words`
joins hyphenated words first; search needs that, counting does not.)
"""

from __future__ import annotations

import re

WORD = re.compile(r"\w+")
