"""Whether a sentence states a practice of the service: "we" and a practice verb.

A clause whose subject is the service and whose verb is one of its practices
(collect, use, share, store, process, transfer...: ``PRACTICE_CLAUSES`` of
:mod:`policywatch.core.lexicon.references`) states what the service does; the same
words asked about ("how we use cookies") do not. Read by the pointers and clauses of
:mod:`policywatch.diffing.categories_given` and by the data sense of
:func:`policywatch.diffing.lexicons.in_data_sense`, so the one reading of a practice
lives here.

    >>> states_practice("wir speichern sie nur mit ihrer einwilligung", ("de",))
    True
    >>> states_practice("sie dürfen das guthaben nutzen", ("de",))
    False
"""

from __future__ import annotations

import re
from functools import lru_cache

from policywatch.core.lexicon.references import ASKING_WORDS, PRACTICE_CLAUSES, practice_verb


def states_practice(k: str, languages: tuple[str, ...]) -> bool:
    """Whether a comparison key holds a clause of its own: the service as subject and a
    practice verb (``PRACTICE_CLAUSES``), not asked about ("how we use cookies").

    >>> states_practice("lorsque vous consultez notre site nous collectons votre position", ("fr",))
    True
    >>> states_practice("pour en savoir plus sur comment nous utilisons les cookies", ("fr",))
    False
    """
    found = (m for rx in _practice(languages) for m in rx.finditer(k))
    return any(m.groupdict().get("ask") is None for m in found)


@lru_cache(maxsize=32)
def _practice(languages: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    shapes = []
    for lang in (lang for lang in languages if lang in PRACTICE_CLAUSES):
        subject, verbs = PRACTICE_CLAUSES[lang][0], practice_verb(lang)
        ask = rf"(?<!\w)(?:(?P<ask>{ASKING_WORDS[lang]}) )?"
        if subject:  # "we now share", and the verb first in V2 order: "verzamelen wij"
            shapes.append(rf"{ask}(?:{subject})(?: \w+){{0,2}}? {verbs}")
            shapes.append(rf"(?<!\w){verbs} (?:{subject})(?!\w)")
        else:  # the first-person plural is the subject: "recopilamos"
            shapes.append(rf"{ask}(?:{verbs})(?!\w)")
    return tuple(re.compile(shape) for shape in shapes)
