"""Find the date a document states about itself ("last updated", "effective", "version").

    >>> find_stated_date(["Privacy", "Last updated: 6 May 2024"], "en").value
    '2024-05-06'
    >>> find_stated_date(["Effective: 1 May 2024", "Last modified: 3 June 2024"], "en").kind
    'last_updated'
    >>> find_stated_date(["We were founded on 1 March 2010."], "en") is None
    True

Every date in the text is a candidate (:mod:`.datetext`). A candidate is
scored by the cue before it (the per-language phrases of
:mod:`policywatch.core.lexicon.date_cues`: last updated, effective,
version), by its form ("Label: date", a line of its own, a short block),
and by where it stands (the top of the page, or its last lines); words
about another version of the text ("previous version", "replaces",
"will take effect") next to it rule it out. The entries of a list of dates
(:mod:`.datelists`) are read apart: every entry of a change log is a
version date, the newest in force winning. Structured hints (``<time>``,
JSON-LD ``dateModified``, meta tags) only add weight to a date the text
states too. The entries of a list of dated links (latest posts, news,
press releases: :func:`.chrome.dated_links`) date other pages and are no
candidates; a byline's publication date ("Posted on ...") counts only when
no other candidate is strong enough. Among the candidates strong enough, "last updated" beats
"effective", which beats "version"; with none strong enough the answer
is "no date", never a guess. A date more than a year in the future or
before 1995 is never stated, nor one whose day is a template's unfilled
slot ("Last Modified: [1] May 2026"). Finding the cue beside a date and the clause
around them is :mod:`.dateclauses`; the day/month order of an ambiguous
numeric date (03/04/2024) is :mod:`.dateorder`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from policywatch.core.lexicon.date_cues import is_publication
from policywatch.core.lexicon.tokens import LETTERS
from policywatch.core.model import StatedDate
from policywatch.extract.dateclauses import (
    FILLER,
    clause_around,
    cue_after,
    cue_before,
    document_before,
    in_running_text,
    names_another_document,
    names_document,
    opens_sentence,
)
from policywatch.extract.datelaws import dates_a_law
from policywatch.extract.datelists import (
    LONE_DATE_REST,
    OWN_LINE,
    change_log_entry,
    change_log_label,
    cued_under_other_version,
    in_dated_list,
    listed_entry,
    listed_under_other_version,
    other_version,
    under_change_log,
)
from policywatch.extract.dateorder import page_day_first
from policywatch.extract.datetext import DateText, dates_of_line, has_year

# Preference between kinds when a page states several (dev corpus README).
PRIORITY = {"last_updated": 3, "effective": 2, "version": 1}
THRESHOLD = 4  # the least score a candidate needs to be the stated date
_NEAR_SCORE = 1  # candidates this close to the strongest one compete by date
EARLIEST = "1995"
_LONG_BLOCK = 400
_TOP_BLOCKS = 8  # blocks at the top of the page (title, banner, date line)
_BOTTOM_BLOCKS = 4
_LONE_DATE_WORDS = 2  # "Paris, le 20 septembre 2021", "Veepee (16/07/2020)"
# A template's unfilled slot just before a date: "Last Modified: [1] May 2026",
# "{{ day }} May 2026". The slot stands for the day; what is left is no date.
_TEMPLATE_SLOT = re.compile(r"(?:\[[^\]\n]{0,12}\]|\{\{?[^}\n]{0,20}\}\}?)\s*\Z")


@dataclass
class Candidate:
    """A date in the text, with what was found around it and its score."""

    date: DateText
    block: int
    kind: str
    score: int
    snippet: str
    # Dated by a publication cue ("Posted on 3 March 2024 by Jane"): a byline,
    # the page's date only when no other date line is strong enough.
    byline: bool = False


def find_stated_date(
    blocks: list[str],
    language: str | None,
    *,
    hints: Iterable[str] = (),
    title_at: int = 0,
    today: dt.date | None = None,
    other_pages: Iterable[int] = (),
    region: str | None = None,
) -> StatedDate | None:
    """The document's stated date from its text blocks, or None when it states none.

    ``hints`` are ISO dates from the page's markup (``<time datetime>``,
    JSON-LD, meta tags): weak evidence for a date the text also states.
    ``title_at`` is the block of the document's title: the top of the page
    is counted from there. ``today`` is the day the page was fetched (by
    default today): a change-log entry after it is planned, not in force,
    and a date more than a year after it is never stated. ``other_pages``
    are the blocks that are entries of a list of dated links (latest posts,
    news, press releases: :func:`.chrome.dated_links`): their dates are the
    pages they link to, unless the list is the document's change log.
    ``region`` is the region of the page's ``lang`` attribute
    (:func:`.language.page_region`: "GB" of "en-GB"), which tells the order of
    an ambiguous numeric date in ``language`` (:func:`.dateorder.page_day_first`).
    """
    found = candidates(
        blocks,
        language,
        hints=hints,
        title_at=title_at,
        today=today,
        other_pages=other_pages,
        region=region,
    )
    best = newest_of_strongest([c for c in found if c.score >= THRESHOLD])
    if best is None:
        return None
    note = f" [{best.date.note}]" if best.date.note else ""
    return StatedDate(best.date.value, best.date.precision, best.kind, best.snippet + note)


def newest_of_strongest(strong: list[Candidate]) -> Candidate | None:
    """The stated date among candidates above the threshold.

    The preferred kind wins ("last updated" over "effective" over "version");
    among its candidates about as strong as the best one, the newest date:
    a page last updated on 1 March 2024 that also says "Updated 5 June 2023"
    in a change log, or a revision table listing versions 1.0 and 2.0,
    states the later date for its current text. A byline ("Posted on ...")
    counts only when no other candidate is strong enough. A date of the
    preferred kind that cannot be read (03/04/2024, order unknown) still
    holds its rank: "Last updated: 03/04/2024" above "Effective date:
    January 1, 2020" is no date, never the older effective one.
    """
    strong = [c for c in strong if not c.byline] or strong
    if not strong:
        return None
    kind = max(strong, key=lambda c: PRIORITY[c.kind]).kind
    same = [c for c in strong if c.kind == kind and not c.date.unread]
    if not same:
        return None
    top = max(c.score for c in same)
    near = [c for c in same if c.score >= top - _NEAR_SCORE]
    return max(near, key=lambda c: (c.date.value, c.score, -c.block))


def candidates(
    blocks: list[str],
    language: str | None,
    *,
    hints: Iterable[str] = (),
    title_at: int = 0,
    today: dt.date | None = None,
    other_pages: Iterable[int] = (),
    region: str | None = None,
) -> list[Candidate]:
    """Every date of the page that could be its stated date, scored (see the module doc)."""
    fetched = today or dt.date.today()
    latest = fetched + dt.timedelta(days=365)
    hinted = {h[:10] for h in hints} | {h[:7] for h in hints}
    # Scanning the page for day/month order is costly, and only an ambiguous
    # numeric date (03/04/2024) needs it: done on demand, once per language. The
    # page's region is its language's: a Hungarian line on an en-GB page is Hungarian.
    orders: dict[str | None, Callable[[], bool | None]] = {}

    def order(reading: str | None) -> Callable[[], bool | None]:
        here = region if reading == language else None
        return orders.setdefault(reading, cache(lambda: page_day_first(blocks, reading, here)))

    found: list[Candidate] = []
    blocks = [_unglued(block) for block in blocks]
    edges = (title_at + _TOP_BLOCKS, len(blocks) - _BOTTOM_BLOCKS)
    title = blocks[title_at] if title_at < len(blocks) else ""
    linked = set(other_pages)
    for index, block in enumerate(blocks):
        if not has_year(block):
            continue
        if index in linked and _links_elsewhere(blocks, index, linked, language):
            continue
        for date in dates_of_line(block, language, order):
            if date.value < EARLIEST or date.value > latest.isoformat()[: len(date.value)]:
                continue
            if _TEMPLATE_SLOT.search(block, max(0, date.start - 30), date.start):
                continue
            scored = _score(blocks, index, date, edges, language, fetched.isoformat(), title)
            if scored is None:
                continue
            kind, score, snippet, byline = scored
            if date.value in hinted:
                score += 1
            found.append(Candidate(date, index, kind, score, snippet, byline))
    return found


# A lower-case letter glued to a capital: two inline elements a page's CSS sets apart
# ("<span>Last updated</span><span>May 1, 2024</span>" reads "Last updatedMay 1, 2024").
_GLUED = re.compile(r"(?<=[a-zß-öø-ÿа-яα-ω])(?=[A-ZÀ-ÖØ-ÞА-ЯΑ-Ω])")


def _unglued(block: str) -> str:
    """A short dated block with its glued words set apart, as the page shows them."""
    if len(block) > OWN_LINE or not has_year(block):
        return block
    return _GLUED.sub(" ", block)


def _links_elsewhere(blocks: list[str], index: int, linked: set[int], language: str | None) -> bool:
    """Whether entry ``index`` of a list of dated links dates another page: unless the
    block above the list (its label, not a card's own title) labels a change log, whose
    entries link to the versions of this text."""
    above = index
    while above - 1 in linked:
        above -= 1
    return above == 0 or not change_log_label(blocks[above - 1], language)


def _score(
    blocks: list[str],
    index: int,
    date: DateText,
    edges: tuple[int, int],
    language: str | None,
    fetched: str,
    title: str,
) -> tuple[str, int, str, bool] | None:
    """(kind, score, snippet, byline) of a date, or None when nothing makes it a stated date.

    ``fetched`` is the ISO date the page was fetched (or today); ``title`` the
    document's title ("Terms (updated ...)" under another title dates the terms).
    """
    block = blocks[index]
    # One of several entries opening with their dates, in a list or a table:
    # read on its own, never with the line above (the list's label or another entry).
    entry = listed_entry(blocks, index, date, language)
    if entry and under_change_log(blocks, index, language):
        return _change_log_version(block, date, fetched)
    source, offset = block, 0
    cue = cue_before(block, date.start, language)
    if cue is None and index > 0 and not entry and FILLER.fullmatch(block[: date.start]):
        # "Last updated:" ending the line above (a label, a heading): the date opens this one.
        above = blocks[index - 1] + " "
        if len(above) <= OWN_LINE:
            cue = cue_before(above + block, len(above) + date.start, language)
            source, offset = above + block, len(above)
    if cue is None:
        cue = cue_after(block, date.end, language) or document_before(block, date.start, language)
    if cue is None:
        if date.needs_cue or listed_under_other_version(blocks, index, language):
            return None
        if change_log_entry(blocks, index, date, language):
            return _change_log_version(block, date, fetched)
        return _lone_date(blocks, index, date, edges, language)
    if cue.kind == "other" or cued_under_other_version(blocks, index, language):
        return None
    if names_another_document(source, cue.start, title, language):
        return None
    if (
        cue.kind == "version"
        and _after(date, fetched)
        and under_change_log(blocks, index, language)
    ):
        return None  # "Version 4 | 2027-04-06 | planned": a row of the log not yet in force
    start, end = date.start + offset, date.end + offset
    clause = clause_around(source, min(cue.start, start), max(cue.end, end), language)
    if other_version(clause, language):
        return None
    if cue.kind == "effective" and dates_a_law(source, cue, start, clause, language):
        return None  # "Since the GDPR came into force on 25 May 2018": the law's date
    # A participle inside a sentence about something else is no date line, wherever it
    # stands: too weak alone, unless the page's metadata names the same day.
    running = in_running_text(source, cue, (start, end), clause, language)
    edge = not running and (index < edges[0] or index >= edges[1])
    # A short block is a date line when the cue or the date opens it (or opens
    # a sentence of it), when it names the document, or at the top or the foot:
    # "Last updated: ...", "This policy was revised on ...". Inside the text, a
    # sentence about something else is not: "We reviewed our vendors on ...".
    short = len(block) <= OWN_LINE
    opens = opens_sentence(source, min(cue.start, start))
    date_line = not running and short and (edge or opens or names_document(clause, language))
    # Inside prose at the top or the foot of the page, a sentence that names
    # the document states its date ("This privacy statement applies from
    # 1 July 2018"); one about a law does not.
    about_document = (
        edge and not short and len(clause) <= OWN_LINE and names_document(clause, language)
    )
    score = 2
    score += 3 if cue.opens_line else 0
    between = source[cue.end : start] if cue.end <= start else source[end : cue.start]
    score += 1 if FILLER.fullmatch(between) else 0
    score += 2 if date_line or about_document else -2 if len(block) > _LONG_BLOCK else 0
    # The top or the foot of the page counts only for a date line, not inside prose.
    score += 1 if edge and (date_line or cue.opens_line or about_document) else 0
    byline = is_publication(source[cue.start : cue.end])
    return cue.kind, score, _snippet(source, min(cue.start, start)), byline


def _change_log_version(
    block: str, date: DateText, fetched: str
) -> tuple[str, int, str, bool] | None:
    """An entry of a change log is a version date, every entry scored the same (the newest
    wins, :func:`newest_of_strongest`); one later than the fetch is planned, not in force."""
    return None if _after(date, fetched) else ("version", THRESHOLD, block, False)


def _after(date: DateText, day: str) -> bool:
    """Whether ``date`` is later than the ISO ``day`` (a month-precise date: its month)."""
    return date.value > day[: len(date.value)]


_FIELD_SEPARATORS = (" · ", " • ")  # " | " parts table cells, no byline fields


def _lone_date(
    blocks: list[str], index: int, date: DateText, edges: tuple[int, int], language: str | None
) -> tuple[str, int, str, bool] | None:
    """A line that is only a date, at the top or the foot of the page: a version date."""
    block = blocks[index]
    start, end = date.start, date.end
    if index < edges[0]:
        # A byline at the top: the date is a field of its own ("By the Legal team · 1 March 2024").
        start = max(
            (at + len(sep) for sep in _FIELD_SEPARATORS if (at := block.rfind(sep, 0, start)) >= 0),
            default=0,
        )
        ends = [i for i in (block.find(sep, end) for sep in _FIELD_SEPARATORS) if i >= 0]
        end = min(ends, default=len(block))
        block = block[start:end]
        start, end = date.start - start, date.end - start
    rest = block[:start] + " " + block[end:]
    if len(rest) > LONE_DATE_REST or len(LETTERS.findall(rest)) > _LONE_DATE_WORDS:
        return None
    if in_dated_list(blocks, index, language):
        return None  # one entry of a list of dates ("Our milestones"), not a line of its own
    if index < edges[0]:
        return "version", 5, blocks[index], False
    if index >= edges[1]:
        return "version", 4, blocks[index], False
    return None


def _snippet(text: str, start: int) -> str:
    """The cue with a little context, cut at word boundaries."""
    lo = max(0, start - 30)
    while lo > 0 and not text[lo - 1].isspace():
        lo += 1
    hi = min(len(text), start + 100)
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return text[lo:hi].strip()
