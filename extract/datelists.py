"""Lists of dates: change logs, "Version | Date" tables, milestones, archives of old texts.

    >>> log = ["Version history", "10 January 2023: first version", "1 March 2024: new DPA"]
    >>> entry = dates_in(log[1], "en")[0]
    >>> listed_entry(log, 1, entry, "en"), change_log_entry(log, 1, entry)
    (True, True)
    >>> in_dated_list(["1 March 2024", "Copyright 2020 Acme Inc."], 0, "en")
    False

A page's date line stands alone; a list of dates does not. This module
tells :mod:`.dates` which dates are entries of a list. Every entry of a
change log (a list or table under a version or update label, in the
per-language cues of :mod:`policywatch.core.lexicon.date_cues`) is a
version of the text and is scored like the others, whatever its place in
the list, so the newest wins (oldest-first, newest-first or shuffled);
an entry under "Previous versions" or "Archive" is another text's; an
entry of a list under another label ("Our milestones") is no date line
of the page. A neighbour makes a list only when it is a date line itself:
a copyright line, "Acme Inc. (2020)" or a document number beside a date
line hold a year but no date, and leave the date line alone.
"""

from __future__ import annotations

import re

from policywatch.core.lexicon.date_cues import change_word_regex, cue_regex, kind_of_cue
from policywatch.core.lexicon.documents import document_regex
from policywatch.extract.datetext import DateText, dates_in, has_year

OWN_LINE = 140  # a block this short is a date line, not a paragraph
LONE_DATE_REST = 25  # characters besides the date on a line that is only a date
_LIST_REACH = 30  # blocks of a list of dates looked through for the list's label
# What may open a change-log entry before its date: a bullet, a version number, a cell rule.
_ENTRY_OPENING = re.compile(r"[\s\d.|:*•\-–—vV]*")
# The kinds of a label that makes a list of dates a change log ("Version history", "Updates").
_CHANGE_LOG_KINDS = ("version", "last_updated")
_LABEL = 80  # characters: a heading, not a sentence about changes


def opens_entry(text: str, date: DateText) -> bool:
    """Whether only a bullet, a version number or a cell rule stands before ``date``."""
    return _ENTRY_OPENING.fullmatch(text[: date.start]) is not None


def date_line(text: str, language: str | None) -> bool:
    """A short line that is a date: a full date with at most :data:`LONE_DATE_REST` other
    characters ("01.03.2024", "Updated 1 March 2024"), or an entry opening with its full
    date ("1 March 2024: new sub-processor added"). "© 2024 Acme SA" is not one."""
    return len(text) <= OWN_LINE and any(
        date.precision == "day"
        and (len(text) - (date.end - date.start) <= LONE_DATE_REST or opens_entry(text, date))
        for date in dates_in(text, language)
    )


def in_dated_list(blocks: list[str], index: int, language: str | None) -> bool:
    """Whether the block before or after ``index`` is a date line too: one of a list of dates.

    A neighbour that opens with its cue ("Posted on 5 April 2024 by Jane",
    "Effective: 1 May 2024") is a labelled line of its own, not an entry of
    a list of bare dates.
    """
    return any(
        0 <= i < len(blocks)
        and has_year(blocks[i])
        and date_line(blocks[i], language)
        and not _opens_with_cue(blocks[i], language)
        for i in (index - 1, index + 1)
    )


def _opens_with_cue(text: str, language: str | None) -> bool:
    cue = cue_regex(language=language).search(text, 0, 40)
    return cue is not None and not text[: cue.start()].strip(" *_#>-|([:")


def listed_entry(blocks: list[str], index: int, date: DateText, language: str | None) -> bool:
    """Whether ``date`` opens block ``index`` and a block beside it opens with a full date
    too: two entries of one list ("10 January 2023: first version" above "1 March 2024: ...").

    Such an entry is not read together with the line above it, which is the
    list's label or another entry, not its own label.
    """
    block = blocks[index]
    return (
        len(block) <= OWN_LINE
        and opens_entry(block, date)
        and any(
            0 <= i < len(blocks) and _entry_line(blocks[i], language)
            for i in (index - 1, index + 1)
        )
    )


def _entry_line(text: str, language: str | None) -> bool:
    if len(text) > OWN_LINE or not has_year(text):
        return False
    found = dates_in(text, language)
    return bool(found) and found[0].precision == "day" and opens_entry(text, found[0])


def change_log_entry(
    blocks: list[str], index: int, date: DateText, language: str | None = None
) -> bool:
    """An entry of a change log: a line opening with its date, in a list or table labelled
    with a version or update cue ("Version history", "Version | Date | Changes").

    Every entry is a version of the text, so the newest wins; a date line
    of the page, a stronger kind, still beats them. A list of dates under
    another label ("Our milestones", "Name | Since") is not one.
    """
    return opens_entry(blocks[index], date) and under_change_log(blocks, index, language)


def under_change_log(blocks: list[str], index: int, language: str | None = None) -> bool:
    """Whether the label of the list that block ``index`` belongs to is a change log's."""
    label = list_label(blocks, index, OWN_LINE)
    return label is not None and change_log_label(label, language)


def change_log_label(text: str, language: str | None = None) -> bool:
    """Whether ``text`` labels a change log: a short line whose first cue is a version or
    update cue ("Version history", "Änderungsverlauf"), not another text's ("Release notes"),
    and with no word of another text after it ("Versions précédentes": earlier versions);
    or, with no cue, a heading with a change word that names the document ("Changes to
    this policy")."""
    if len(text) > OWN_LINE or other_version(text, language):
        return False
    cue = cue_regex(language=language).search(text)
    if cue is not None:
        return kind_of_cue(cue.group()) in _CHANGE_LOG_KINDS
    # "Changes to this policy": a change word beside the document's name.
    return len(text) <= _LABEL and bool(
        change_word_regex().search(text) and document_regex().search(text)
    )


def listed_under_other_version(blocks: list[str], index: int, language: str | None = None) -> bool:
    """A date in a list under "Previous versions:" / "Archive": the list's label rules it out.

    The label is the nearest block above that is not itself a short line of
    the same list (another date, another link).
    """
    label = list_label(blocks, index, LONE_DATE_REST)
    return label is not None and len(label) <= OWN_LINE and other_version(label, language)


def cued_under_other_version(blocks: list[str], index: int, language: str | None = None) -> bool:
    """A dated line of a list of dated lines under "Release notes", "Previous versions" or
    "Archive", even with a cue of its own ("Version 3.2, 20 June 2024"): another text's date.

    A line is in such a list when a block beside it is a short dated line too
    (another entry); the list's label is the nearest block above them that is not one.
    """
    beside = (
        0 <= i < len(blocks) and len(blocks[i]) <= OWN_LINE and has_year(blocks[i])
        for i in (index - 1, index + 1)
    )
    if len(blocks[index]) > OWN_LINE or not any(beside):
        return False
    label = list_label(blocks, index, OWN_LINE)
    return label is not None and len(label) <= OWN_LINE and other_version(label, language)


def list_label(blocks: list[str], index: int, entry_width: int) -> str | None:
    """The nearest block above ``index`` that is not a dated line (of ``entry_width``
    characters or fewer) of the same list."""
    for above in range(index - 1, max(-1, index - _LIST_REACH), -1):
        text = blocks[above]
        if len(text) > entry_width or not has_year(text):
            return text
    return None


def other_version(clause: str, language: str | None = None) -> bool:
    """Whether words about an earlier or a later text stand in the date's clause.

    The longest cue at a place says which kind it is: "Αρχείο αλλαγών"
    (change log) is a version label although "αρχείο" (archive) is another
    text's word.
    """
    cues = cue_regex(language=language).finditer(clause)
    return any(kind_of_cue(m.group()) == "other" for m in cues)
