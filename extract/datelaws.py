"""An effective cue about a law dates the law, not the page: "Since the GDPR came into
force on 25 May 2018" (issue 12).

:mod:`.dates` asks :func:`dates_a_law` of every effective cue inside a sentence; the
law must be what the cue's clause is about, its subject or its complement ("the GDPR
came into force", "Inkrafttreten der DSGVO am"), not a word before a noun ("Our GDPR
update is effective from …", "Nos engagements RGPD décrits ci-dessous sont en
vigueur …"): those date the page.

    >>> text = "Since the GDPR came into force on 25 May 2018, you have more rights."
    >>> start = text.index("came")
    >>> cue = Cue("effective", start, start + len("came into force"), False)
    >>> dates_a_law(text, cue, text.index("25 May"), text, "en")
    True
"""

from __future__ import annotations

import re
from functools import cache

from policywatch.core.lexicon import one_norwegian_row
from policywatch.core.lexicon.date_cues import CUES
from policywatch.core.lexicon.function_words import FUNCTION_WORDS
from policywatch.core.lexicon.laws import law_noun_regex, law_regex
from policywatch.extract.dateclauses import Cue, names_document, opens_sentence

_LAW_BEFORE = 80  # characters before the cue a law may stand in (the clause's reach)
_WORDS = re.compile(r"[^\W\d_]+")
_AGREEMENT = 2  # letters of another ending: "entré" of the row's "entrée en vigueur"


def dates_a_law(source: str, cue: Cue, date_start: int, clause: str, language: str | None) -> bool:
    """Whether an effective cue inside a sentence dates a law, not the document.

    "Since the GDPR came into force on 25 May 2018", "Seit dem Inkrafttreten der
    DSGVO am 25. Mai 2018": the cue neither opens its line or sentence nor labels
    a value, its clause names a law
    (:data:`~policywatch.core.lexicon.laws.PRIVACY_LAWS`) but no document, and the
    law is what the cue is about (:func:`law_is_the_head`). "This policy applies
    from 25 May 2018 under the GDPR", "Gültig ab 25. Mai 2018 (DSGVO)" and "Our
    GDPR update is effective from 25 May 2018" still date the page.
    """
    return (
        not cue.opens_line
        and not opens_sentence(source, cue.start)
        and ":" not in source[cue.end : date_start]
        and law_regex().search(clause) is not None
        # A document word of any language, as for a participle (:func:`in_running_text`),
        # outside the law's own name ("Personvernforordningen" is no "personvern*" text).
        and not names_document(law_regex().sub(" ", clause), None)
        and law_is_the_head(source, cue, date_start, language)
    )


def law_is_the_head(source: str, cue: Cue, date_start: int, language: str | None) -> bool:
    """Whether a law's name is what the effective cue at ``cue`` is about.

    The law is a modifier only when a noun directly follows its name (after a space
    or a hyphen) and that noun is no law noun of the language
    (:data:`~policywatch.core.lexicon.laws.LAW_NOUNS`): "Our GDPR update is
    effective", "Våre GDPR-rutiner gjelder", "Nos engagements RGPD décrits … sont en
    vigueur" date the page. A function word of the page's language
    (:data:`~policywatch.core.lexicon.function_words.FUNCTION_WORDS`), a word of its
    effective cues in any agreement ("entré"), the word right before the cue
    ("became effective"), a law noun ("GDPR regulation") or punctuation after the
    name leave the law the head: "The GDPR, a new EU law, came into force", "die
    Datenschutz-Grundverordnung (DSGVO) der EU trat … in Kraft". Laws joined by a
    function word share the last one's reading ("GDPR and CCPA commitments"). A
    language the function-word table does not hold reads any law in the clause, as
    before.

        >>> text = "Our GDPR update is effective from 25 May 2018."
        >>> start = text.index("effective")
        >>> law_is_the_head(text, Cue("effective", start, start + 14, False), 34, "en")
        False
        >>> text = "The GDPR, a new EU law, came into force on 25 May 2018."
        >>> start = text.index("came")
        >>> law_is_the_head(text, Cue("effective", start, start + 15, False), 43, "en")
        True
    """
    base = one_norwegian_row(language)
    if base not in FUNCTION_WORDS or base not in CUES:
        return True
    laws = [
        law
        for law in law_regex().finditer(source, max(0, cue.start - _LAW_BEFORE), date_start)
        if law.end() <= cue.start or law.start() >= cue.end  # not overlapping the cue
    ]
    head_after: bool | None = None  # the reading of the law after this one
    after_start = -1  # and where it starts
    found = False
    for law in reversed(laws):
        follower = _FOLLOWER.match(source, law.end())
        if follower is None:
            head = True
        else:
            word = follower.group(1)
            nouns = law_noun_regex(base)
            if nouns is not None and nouns.fullmatch(word):
                head = True
            elif not source[follower.end() : cue.start].strip():
                head = True  # the cue's own verb: "… Regulation became effective"
            elif _links(word.casefold(), base):
                # "GDPR and CCPA commitments": the coordinated law's reading.
                joined = after_start >= 0 and not source[follower.end() : after_start].strip()
                head = head_after if joined and head_after is not None else True
            else:
                head = False
        found = found or head
        head_after, after_start = head, law.start()
    return found


# A word directly after a law's name: a space or a hyphen between ("GDPR update",
# "GDPR-rutiner"), no punctuation.
_FOLLOWER = re.compile(r"[ \t]*-?[ \t]*([^\W\d_]+)")


@cache
def _cue_words(language: str) -> frozenset[str]:
    """The words of ``language``'s effective cues ("entrée", "vigueur", "came", "force")."""
    return frozenset(w.casefold() for p in CUES[language]["effective"] for w in _WORDS.findall(p))


def _links(word: str, language: str) -> bool:
    """Whether ``word`` (case-folded) is a function word of ``language`` or a word of its
    effective cues, in any agreement."""
    if word in FUNCTION_WORDS[language]:
        return True
    return any(
        word == other
        or (
            len(other) > _AGREEMENT + 1
            and (word.startswith(other) or other.startswith(word))
            and abs(len(word) - len(other)) <= _AGREEMENT
        )
        for other in _cue_words(language)
    )
