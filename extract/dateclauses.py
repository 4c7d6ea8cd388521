"""The cue beside a date and the clause around them, as the stated-date scorer reads them.

:mod:`.dates` scores every date of a page; this module finds what it scores
by: the cue before a date ("Last updated: 6 May 2024"), after it as
verb-final languages write it ("1.1.2024 alkaen"), or the document's own name
as a version label ("Datenschutzerklärung vom 12.03.2024"), and the clause a
cue and its date stand in (where words about another version rule it out),
and whether that clause is about something else: a participle inside a
sentence about another thing (:func:`in_running_text`); an effective cue
dating a law is :func:`.datelaws.dates_a_law`'s.

    >>> text = "Last updated: 6 May 2024. Previous version: 1 May 2020"
    >>> cue = cue_before(text, text.index("6 May"))
    >>> cue.kind, cue.opens_line
    ('last_updated', True)
    >>> clause_around(text, cue.start, text.index("2024") + 4)
    'Last updated: 6 May 2024'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from policywatch.core.lexicon import one_norwegian_row
from policywatch.core.lexicon.articles import governs_noun
from policywatch.core.lexicon.date_cues import (
    CHANGE_LOGS,
    NEXT_REVIEWS,
    cue_regex,
    is_participle,
    is_publication,
    kind_of_cue,
)
from policywatch.core.lexicon.documents import DOCUMENT_WORDS, document_regex, page_regex
from policywatch.core.lexicon.function_words import FUNCTION_WORDS
from policywatch.core.lexicon.phrases import PhraseFinder
from policywatch.extract.datetext import YEAR

CUE_REACH = 60  # characters between a cue's end and its date
# What may stand between a cue and its date: punctuation and small linking words.
FILLER = re.compile(
    r"[\s:*_\-–—,.()\[\]|>]*(?:(?:on|as\s+of|from|of|the|am|vom|den|per|dal|del|al|il|"
    r"le|du|au|el|em|de|op|på|i|w|z|dnia|dne|dňa|ab|seit|since|van|dated|:)\b[\s:,.]*)*"
)
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_CLAUSE_BEFORE = 80  # characters of a sentence before its date cue that count
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-Þ]")


@dataclass(frozen=True)
class Cue:
    """A date cue found in a text: its kind ("last_updated", "effective", "version",
    "other") and where it stands."""

    kind: str
    start: int  # in the text it was found in
    end: int
    opens_line: bool  # nothing but markup before it on its line


def cue_before(text: str, date_start: int, language: str | None = None) -> Cue | None:
    """The cue nearest before ``date_start`` in the same sentence, or None (cues as a page
    in ``language`` reads them: :func:`~policywatch.core.lexicon.date_cues.cue_regex`)."""
    nearest = None
    for m in cue_regex(language=language).finditer(
        text, max(0, date_start - CUE_REACH - 40), date_start
    ):
        gap = text[m.end() : date_start]
        if len(gap) <= CUE_REACH and not _SENTENCE_END.search(gap):
            nearest = m
    if nearest is None:
        return None
    kind = kind_of_cue(nearest.group())
    gap = text[nearest.end() : date_start]
    bare = _BRACKETED.sub("", gap)  # "Last Modified: [1] May 2026": a template's slot
    if kind is None or (kind != "version" and any(c.isdigit() for c in bare)):
        return None  # a number between: "updated 3 times since", not "updated on"
    opens = not text[: nearest.start()].strip(" *_#>-|([:")
    return Cue(kind, nearest.start(), nearest.end(), opens)


def cue_after(text: str, date_end: int, language: str | None = None) -> Cue | None:
    """A cue right after the date, as verb-final languages write it.

    "1.1.2024 alkaen", "2024. március 5-től hatályos", "wurde am 5. März
    2024 aktualisiert". A remark after a date in parentheses ("of 25
    September 2020 (revised FADP)") is not a cue, nor a version label.
    """
    m = cue_regex(language=language).search(text, date_end, date_end + 20)
    kind = kind_of_cue(m.group()) if m else None
    if m is None or kind not in ("effective", "last_updated"):
        return None
    between = _ENDING.sub("", text[date_end : m.start()], count=1)
    if between.strip(" ,:"):
        return None
    return Cue(kind, m.start(), m.end(), False)


def document_before(text: str, date_start: int, language: str | None) -> Cue | None:
    """A version label that is the document's own name: "Datenschutzerklärung vom 12.03.2024".

    The name and the date may be joined only by a linking word ("of",
    "du", "vom") or punctuation.
    """
    for m in document_regex(language).finditer(text, max(0, date_start - CUE_REACH), date_start):
        if FILLER.fullmatch(text[m.end() : date_start]):
            return Cue("version", m.start(), m.end(), not text[: m.start()].strip(" *_#>-|([:"))
    return None


# A case ending written after a date ("5-től", "1.1.2024:stä").
_ENDING = re.compile(r"^[-:']?[^\W\d_]{0,4}")


# A comma and at most three words before a cue: the cue opens the next field of the line.
_FIELD_AFTER_COMMA = re.compile(r",(?:\s*[^\W\d_]+['-]?){0,3}\s*\Z")
_NEXT_LABEL = re.compile(r"\s(?=[^\W\d_]+(?:\s[^\W\d_]+){0,3}\s?:)")


def _line_head(text: str, at: int) -> tuple[str, bool]:
    """What stands before ``at`` on its line or in its sentence (at most
    :data:`_CLAUSE_BEFORE` characters), and whether that start was reached."""
    lo = max(0, at - _CLAUSE_BEFORE)
    head = text[lo:at]
    cut = max(head.rfind(sep) for sep in (". ", "; ", "! ", "? ", "· ", "• ", "| ", "\n"))
    return head[cut + 1 :], cut >= 0 or lo == 0


def opens_sentence(text: str, at: int) -> bool:
    """Whether only markup stands between ``at`` and the start of its line or sentence."""
    head, _ = _line_head(text, at)
    return not head.strip(" *_#>-|([:")


# The number after a version word: "3", "2.1", "v2.1.0", "3b".
_VERSION_NUMBER = re.compile(r"[\s:]*v?\d+(?:\.\d+)*[a-z]?\b", re.I)
# What may end a date that ends a label line: the rest of an all-digit date
# ("2024-03-01"), a case ending ("2024-től"), closing markup, then the end of
# the line, a new sentence or a separator of fields ("|", "·", "—", "(").
# A time of day may follow it ("at 10:00 CET", "kl. 10.00", "um 10:00 Uhr", "à 10h00"),
# and its author ("by the Legal Team", "av juridisk avdeling", "von der Rechtsabteilung",
# "par l'équipe juridique"): words with no verb, unlike "…, fixes a bug".
_TIME_OF_DAY = (
    r"(?:,?\s*(?:at|kl\.?|klokken|um|à)?\s*\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:Uhr|[A-Z]{3,4}|[+-]\d{2}:?\d{2})\b)?)?"
)
_AUTHOR = r"(?:,?\s+(?:by|av|von|par)\s+[^\W\d_]+(?:['’\s-]+[^\W\d_]+){0,4})?"
_LABEL_DATE_END = re.compile(
    r"(?:[-./]\d{1,2}){0,2}[-:']?[^\W\d_]{0,4}"
    + _TIME_OF_DAY
    + _AUTHOR
    + r"[\s*_)\]]*?(?:[ \t]*(?:\n|\Z)|\.(?:\s|\Z)|\s*[|·•—–(])"
)


def follows_label(text: str, at: int, language: str | None) -> bool:
    """Whether the participle at ``at`` ends a label line, not a clause.

    "Version 2.1, updated 1 March 2024", "Versjon 3 – oppdatert …": before the
    participle stands only a version word of the rows (kind ``version``, not a
    publication word) with its number, joined by punctuation or a linking word,
    and after the participle's date, its time of day ("at 10:00 CET", "kl. 10.00")
    and its author ("by the Legal Team") only a separator (end of line, a new
    sentence, "|", "·", "—", "("). "The company, founded in 2001, updated its
    logo" has a subject and a verb before it, "Version 2, updated on 1 March
    2024, fixes a bug" a verb after the date: no label. (A document's own name
    before the participle needs no label: :func:`names_document` already reads
    the clause as the page's.)

        >>> follows_label("Version 2.1, updated 1 March 2024", 13, "en")
        True
        >>> follows_label("Version 2.1, updated 1 March 2024, fixes a bug", 13, "en")
        False
        >>> follows_label("The company, founded in 2001, updated its logo", 30, "en")
        False
    """
    head, whole = _line_head(text, at)
    if not whole or not head.strip(" *_#>-|([:"):
        return False
    rest, labels = head, 0
    for m in reversed(list(cue_regex("version", language).finditer(head))):
        number = _VERSION_NUMBER.match(head, m.end())
        if number and kind_of_cue(m.group()) == "version" and not is_publication(m.group()):
            rest, labels = rest[: m.start()] + " " + rest[number.end() :], labels + 1
    if not labels or FILLER.fullmatch(rest) is None:
        return False
    line_end = text.find("\n", at)
    year = YEAR.search(text, at, min(at + CUE_REACH + 30, len(text) if line_end < 0 else line_end))
    return year is not None and _LABEL_DATE_END.match(text, year.end()) is not None


def clause_around(text: str, start: int, end: int, language: str | None = None) -> str:
    """The text of the clause around ``start:end``: from the sentence start to a stop after."""
    lo = max(0, start - _CLAUSE_BEFORE)
    # Separators between the labels of one line ("Version: … · Previous version: …").
    cut = max(text.rfind(sep, lo, start) for sep in (". ", "; ", "· ", "• ", "| "))
    lo = cut + 2 if cut >= 0 else lo
    # Another date before the cue ends the field it belongs to:
    # "Previous version: 28 November 2023 Version: 17 March 2024".
    for year in YEAR.finditer(text, lo, start):
        lo = year.end()
    tail = text[end : end + 30]
    stop = min((i for i in (tail.find(c) for c in ".;(|·•–—") if i >= 0), default=len(tail))
    # A label after the date opens the next field of the line, not this clause:
    # "Version: 17 March 2024 Previous version: 28 November 2023".
    label = _NEXT_LABEL.search(tail)
    if label:
        stop = min(stop, label.start())
    # So does a cue that opens a word with a capital, or one a few words after a
    # comma that has a date of its own: "Sist gjennomgått 1. mars 2024, neste
    # gjennomgang 1. mars 2025", "…, data następnego przeglądu 17 marca 2025"
    # (not "Version of 1 May 2020, now archived": the archive is this date's).
    for m in cue_regex(language=language).finditer(tail, 1, stop):
        field = _FIELD_AFTER_COMMA.search(tail, 0, m.start())
        if field and not YEAR.search(text, end + m.end(), end + m.end() + CUE_REACH):
            field = None
        if tail[m.start()].isupper() or field:
            stop = field.start() if field else m.start()
            break
    return text[lo:start] + text[start:end] + tail[:stop]


def names_document(clause: str, language: str | None) -> bool:
    """Whether the clause names the document itself ("this privacy policy")."""
    return document_regex(language).search(clause) is not None


_NAME_WORDS = 5  # a document's name before "(updated ...)": "Terms of Service", "Cookie policy"
_NAME_BEFORE_BRACKET = re.compile(r"(?:^|[|·•\n])\s*(?P<name>[^|·•\n()]{1,60}?)\s*\(\s*\Z")


@cache
def _document_finder(language: str | None) -> PhraseFinder:
    base = (language or "").split("-")[0].lower()
    chosen = (base, "en") if base in DOCUMENT_WORDS else tuple(DOCUMENT_WORDS)
    return PhraseFinder(sorted({word for lang in chosen for word in DOCUMENT_WORDS[lang]}))


def names_another_document(text: str, cue_start: int, title: str, language: str | None) -> bool:
    """Whether the cue at ``cue_start`` opens a bracket after another document's name.

    "Terms (updated 1 May 2024)" in the footer of a page titled "Privacy
    Policy" dates the terms: the name shares no document word with the
    page's title. "Privacy Policy (updated 1 May 2024)" is the page's own
    date, and so is any line when the title names no document.

        >>> names_another_document("Terms (updated 1 May 2024)", 7, "Privacy Policy", "en")
        True
        >>> names_another_document("Privacy (updated 1 May 2024)", 9, "Privacy Policy", "en")
        False
    """
    m = _NAME_BEFORE_BRACKET.search(text, 0, cue_start)
    if m is None or len(m.group("name").split()) > _NAME_WORDS:
        return False
    finder = _document_finder(language)
    named = {phrase for *_, phrase in finder.find(m.group("name"))}
    own = {phrase for *_, phrase in finder.find(title)}
    return bool(named) and bool(own) and not named & own


_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:\s+|['’])\Z")


def after_article(text: str, at: int, language: str | None) -> bool:
    """Whether the word just before ``at`` is an article or determiner of the page's
    language (:func:`~policywatch.core.lexicon.articles.governs_noun`): what stands at
    ``at`` is a noun, not a participle. "La mise à jour du 3 mars 2024 ajoute …",
    "lors de la révision du …", "l'actualisation du …" name the revision; "a été mise
    à jour le …" is a participle.

        >>> after_article("Depuis la mise à jour du 3 mars 2024", 10, "fr")
        True
        >>> after_article("L'application a été mise à jour le 3 mars 2024", 21, "fr")
        False
    """
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and governs_noun(m.group(1), language)


_WORDS = re.compile(r"[^\W\d_]+")
# After the date of a label line: markup, then the end of the line or of its sentence.
# A dash between a name and the participle: the participle opens a field of the line.
_FIELD_DASH = re.compile(r"\s[-–—]\s*\Z")
_LINE_ENDS = re.compile(r"[\s*_)\]]*(?:[.!?;|·•]|\n|\Z)")


def bare_label(text: str, cue: Cue, date_start: int, date_end: int, language: str | None) -> bool:
    """Whether the participle's line is a label: a few nouns, the participle, its date.

    "Page mise à jour le 3 mars 2024", "Acme SAS – mise à jour le …", "Dernière
    version mise à jour le …", "Page updated on 3 March 2024": what stands before the
    participle on its line or in its sentence is at most :data:`_NAME_WORDS` words,
    none of them a function word of the page's language
    (:data:`~policywatch.core.lexicon.function_words.FUNCTION_WORDS`: articles,
    pronouns, prepositions and the auxiliaries "was", "ble", "wurde", "a été"), only a
    linking word stands between the participle and the date, and the line or sentence
    ends with the date; and those words name the page itself: a document word
    (:func:`names_document`) or a page word of the language
    (:func:`~policywatch.core.lexicon.documents.page_regex`: "Page", "Innhold",
    "Fassung", "Texte"), or a dash ends them and the participle opens a field of
    the line ("Acme SAS – mise à jour le …"). "Vendor list updated on 3 March
    2024." dates the vendor list, not the page. A clause with an auxiliary
    ("L'application a été mise à jour le …"), an object ("Selskapet endra navn
    1. mars 2019") or more after the date ("Our vendor list, updated on …, names …")
    is a sentence. Another field's cue before it counts as a label's word ("Texte en
    vigueur, mis à jour le …"). False for a language the table does not hold.

        >>> text = "Page updated on 3 March 2024"
        >>> bare_label(text, Cue("last_updated", 5, 12, False), 16, len(text), "en")
        True
        >>> text = "The app was updated on 3 March 2024"
        >>> bare_label(text, Cue("last_updated", 12, 19, False), 23, len(text), "en")
        False
    """
    function_words = FUNCTION_WORDS.get(one_norwegian_row(language))
    head, whole = _line_head(text, cue.start)
    # Another field's cue is a label's word too: "Texte en vigueur, mis à jour le …".
    words = _WORDS.findall(cue_regex(language=language).sub(" ", head))
    pages = page_regex(language)
    names_page = (
        _FIELD_DASH.search(head) is not None
        or names_document(head, language)
        or (pages is not None and pages.search(head) is not None)
    )
    return (
        function_words is not None
        and names_page
        and whole
        and 0 < len(words) <= _NAME_WORDS
        and not any(word.casefold() in function_words for word in words)
        and FILLER.fullmatch(text[cue.end : date_start]) is not None
        and _LINE_ENDS.match(text, date_end) is not None
    )


@cache
def _revision_nouns(language: str | None) -> frozenset[str]:
    base = (language or "").split("-")[0].lower()
    rows = (CHANGE_LOGS.get(base, ((), ()))[1], NEXT_REVIEWS.get(base, ((), ()))[1])
    return frozenset(word.casefold() for row in rows for word in row)


def is_revision_noun(cue: str, language: str | None) -> bool:
    """Whether ``cue`` is a noun for a revision in the change-log or next-review rows of
    ``language`` (:data:`~policywatch.core.lexicon.date_cues.CHANGE_LOGS`,
    :data:`~policywatch.core.lexicon.date_cues.NEXT_REVIEWS`), not a participle.

        >>> is_revision_noun("mise à jour", "fr"), is_revision_noun("revised", "en")
        (True, False)
    """
    return cue.casefold() in _revision_nouns(language)


def in_running_text(
    source: str, cue: Cue, date: tuple[int, int], clause: str, language: str | None
) -> bool:
    """Whether a participle cue stands inside a sentence about something else.

    "The company modified its name on 1 March 2019", "Selskapet endra navn
    1. mars 2019", "L'application a été mise à jour le 3 mars 2024": the
    participle, of one word or several
    (:func:`~policywatch.core.lexicon.date_cues.is_participle`, written in
    lower case; after an article and right before its date it is a noun: "la mise à
    jour du …") neither opens
    its line or sentence nor labels a value ("Endra: 1. mars 2024") nor ends a
    label line ("Page mise à jour le …", :func:`bare_label`), and the sentence
    names no document ("This policy was updated on ...", "Cette politique a été
    mise à jour le ..."), so the date is what happened to something else. It is
    then no date line (:func:`.dates.find_stated_date`): too weak to date the page
    alone. ``date`` is the date's start and end in ``source``.
    """
    date_start, date_end = date
    # "geändert am", "mise à jour le": the row writes the participle with its linking word.
    words = source[cue.start : cue.end].split()
    while len(words) > 1 and FILLER.fullmatch(words[-1]):
        words.pop()
    participle = " ".join(words)
    return (
        is_participle(participle, language)
        # "la mise à jour du …" names the revision the date is of; "the revised guidance
        # of …" still dates the guidance.
        and not (
            after_article(source, cue.start, language)
            and FILLER.fullmatch(source[cue.end : date_start]) is not None
            # "See the revised 3 March 2024 vendor list": an adjective before another
            # noun; the date must end its sentence unless the cue is a revision noun.
            and (
                is_revision_noun(participle, language)
                or _LINE_ENDS.match(source, date_end) is not None
            )
        )
        and not cue.opens_line
        and not opens_sentence(source, cue.start)
        and participle.islower()  # "By the Legal Team Updated on …": a capital opens a field
        and not follows_label(source, cue.start, language)  # "Version 2.1, updated …"
        and not bare_label(source, cue, date_start, date_end, language)  # "Page updated …"
        and ":" not in source[cue.end : date_start]  # "Dáta an nuashonraithe dheireanaigh: …"
        # A document word of any language: the page's language may be read from
        # text in another one ("Denne erklæringen ble endret" on a mostly English page).
        and not names_document(clause, None)
    )
