"""The features the heading scorer reads: each candidate described in its document.

    >>> from policywatch.extract.blocks import Block
    >>> blocks = [Block("heading", "1. Scope", 2), Block("para", "All data we hold.")]
    >>> sorted(features(blocks, [0])[0])[:4]
    ['at_top', 'body_after', 'first', 'last']

HTML, Markdown, PDF and plain text all reach here as blocks (:mod:`.blocks`),
so one set of features describes a candidate whatever its format: its
numbering and depth, its level among the page's headings (markup h1-h6, then
bold, shape-guessed and plain paragraphs), typography where the format gives
it (PDF fonts), length, case, final punctuation, where it stands, the body
text after it, repetition (a table of contents), the title, and its siblings:
how many candidates share its shape, and the numbered outline it belongs to.
Whether it is one of a run of colon labels each over its paragraph (a
page's rhythm of label and paragraph, read by rule) is :mod:`.headings_rhythm`.
The family read from a candidate's own text (length, case, punctuation, a
field, a date line, naming the document) is :mod:`.heading_text`.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import accumulate

from policywatch.core.lexicon.documents import document_regex
from policywatch.extract.blocks import BOLD, GUESS, PLAIN, Block
from policywatch.extract.heading_text import starts_mid_sentence, text_features
from policywatch.extract.headings_rhythm import Rhythm
from policywatch.extract.numbering import (
    MIN_RUN,
    Number,
    has_clause_label,
    in_sequence,
    is_caps,
    numbered_outline,
    numbers_of,
    restarting_kinds,
)
from policywatch.extract.textblocks import LARGER

_TOP_BODY = 300  # characters of body text before a candidate that still count as the page's top
_ENTRY_TEXT = 40  # characters after a numbered heading that make it more than a contents line


def features(
    blocks: list[Block],
    cands: list[int],
    title: int | None = None,
    page_title: str | None = None,
) -> list[dict[str, float]]:
    """The features of each candidate (block indexes, in order), as the model reads them.

    Every feature is about the candidate in its document: its own shape,
    and how it compares with the other candidates (levels, numbering runs,
    siblings of the same shape, body text around it). Binary features are
    present (1.0) or absent; the few numeric ones lie in [0, 1].
    """
    return scored(blocks, cands, title, page_title)[0]


def scored(
    blocks: list[Block],
    cands: list[int],
    title: int | None = None,
    page_title: str | None = None,
) -> tuple[list[dict[str, float]], list[bool]]:
    """:func:`features`, and whether each candidate is one of a run of labels over paragraphs.

    The run (:mod:`.headings_rhythm`: short colon labels of a page without
    heading markup, "Retention:", each over its paragraph, three or more
    alike) is read by rule (:func:`.headings.top_level`), not weighed.
    """
    if not cands:
        return [], []
    doc = _Doc(blocks, cands, title, page_title)
    feats = [doc.candidate(k) for k in range(len(cands))]
    runs = [
        doc.ranks[k] == PLAIN and doc.rhythm.in_colon_run(k) and "plain.first" not in f
        for k, f in enumerate(feats)
    ]
    return feats, runs


class _Doc:
    """What every candidate's features compare against: the document's other candidates."""

    def __init__(
        self, blocks: list[Block], cands: list[int], title: int | None, page_title: str | None
    ) -> None:
        self.blocks, self.cands, self.title = blocks, cands, title
        self.texts = [blocks[i].text for i in cands]
        # A short paragraph (no heading markup at all) ranks below every marked-up kind.
        self.ranks = [blocks[i].rank if blocks[i].is_candidate else PLAIN for i in cands]
        self.numbers = numbers_of(self.texts)
        self.caps = [is_caps(t) for t in self.texts]
        # Characters of text before each block: sums over spans are then differences.
        text_before = list(accumulate((len(b.text) for b in blocks), initial=0))
        self.body_after = _body_after(text_before, cands)
        self.body_before = _body_before(text_before, blocks, cands)
        self.own_body = _own_body(text_before, cands, self.ranks)
        # Levels: markup h1-h6, then bold paragraphs, then shape-guessed lines.
        self.levels = sorted(set(self.ranks))
        self.rank_count = Counter(self.ranks)
        # The shallowest level used by several headings: a lone shallower one is a stray.
        self.recurring = min(
            (r for r in self.levels if self.rank_count[r] >= MIN_RUN), default=None
        )
        self.shapes = [
            _shape(r, num, c) for r, num, c in zip(self.ranks, self.numbers, self.caps, strict=True)
        ]
        self.shape_count = Counter(self.shapes)
        self.shape_with_body = Counter(
            s for s, body in zip(self.shapes, self.body_after, strict=True) if body
        )
        keys = [_key(t) for t in self.texts]
        self.keys, self.key_count = keys, Counter(keys)
        self.title_keys = {_key(blocks[title].text)} if title is not None else set()
        if page_title:
            self.title_keys.add(_key(page_title))
        self.restarts = restarting_kinds(self.numbers)
        self.outline_kind, self.outline_shape = numbered_outline(
            self.numbers,
            self.ranks,
            [(_markup_class(r), c) for r, c in zip(self.ranks, self.caps, strict=True)],
        )
        self.outline_at = [
            k for k, n in enumerate(self.numbers) if n and n.kind == self.outline_kind
        ]
        self.wrapped = self._outline_wrapped()
        self.in_sequence = in_sequence(self.numbers)
        # Clauses of the numbered outline in sequence ("1." ... "12.") are siblings
        # whatever their markup: their level is compared with the other candidates only.
        self.members = self._first_run()
        everyone: set[int] = set()
        self.parents = self._parents(everyone)
        self.recurring_after = self._recurring_after(everyone)
        if self.members:
            member_parents = self._parents(self.members)
            member_after = self._recurring_after(self.members)
            for k in self.members:
                self.parents[k], self.recurring_after[k] = member_parents[k], member_after[k]
        self.annex_before = self._annexes_before()
        self.doc_names = document_regex()
        # (a run of labels written alike, whichever of them a reader guessed a heading)
        self.rhythm = Rhythm(blocks, cands, [shape[1:] for shape in self.shapes])

    def candidate(self, k: int) -> dict[str, float]:
        i, text, rank = self.cands[k], self.texts[k], self.ranks[k]
        f: dict[str, float] = {_markup_class(rank): 1.0}
        block = self.blocks[i]
        if block.kind == "item":
            f["item"] = 1.0
        if block.font_bold:
            f["font_bold"] = 1.0  # PDF: set in a bold font
        if block.font_scale >= LARGER:
            f["font_larger"] = min(1.0, block.font_scale - 1.0)  # PDF: larger than the body
        self._level(f, k)
        self._numbering(f, k)
        text_features(f, text, self.caps[k], self.doc_names)
        self._position(f, k)
        self._siblings(f, k)
        if rank == PLAIN:
            # Pages without heading markup have weights of their own: the same
            # feature says different things when nothing is marked up.
            return {"plain." + name: value for name, value in f.items()}
        return f

    def _level(self, f: dict[str, float], k: int) -> None:
        """Its level among the candidates, and against the nearest shallower one above it."""
        rank = self.ranks[k]
        f[f"level_{min(self.levels.index(rank), 2)}"] = 1.0
        if len(self.levels) == 1:
            f["level_only"] = 1.0
        if rank == self.recurring:
            f["level_recurring"] = 1.0
        parent = self.parents[k]
        if parent is not None:
            f["shallower_before"] = 1.0
            # A parent that only introduces its children is short; one with a long
            # body of its own is a sibling marked up at another level.
            f["parent_body"] = _log_scale(self.own_body[parent])
            if (num := self.numbers[parent]) is not None and num.kind == "annex":
                f["parent_annex"] = 1.0  # a part of an annex ("Appendix 1" under "Attachment 1")
        if self.recurring_after[k] < rank:
            f["shallower_after"] = 1.0  # a parent level below it (a lone stray heading is none)

    def _numbering(self, f: dict[str, float], k: int) -> None:
        num, text, rank = self.numbers[k], self.texts[k], self.ranks[k]
        outline = self.outline_kind
        if num is None:
            if outline is not None:
                inside = self.outline_at[0] < k < self.outline_at[-1]
                f["between_numbered" if inside else "outside_numbered"] = 1.0
                if (_markup_class(rank), self.caps[k]) == self.outline_shape:
                    f["like_numbered"] = 1.0
                if k in self.wrapped:
                    f["wraps_numbered"] = 1.0
        elif num.kind == "annex":
            f["annex"] = 1.0
        else:
            f[f"num_{num.kind}"] = 1.0
            f["num_depth_1" if num.depth == 1 else "num_deep"] = 1.0
            if has_clause_label(text):
                f["clause_label"] = 1.0
            if num.depth == 1 and num.kind in self.restarts:
                f["num_restarts"] = 1.0
            if num.depth == 1 and num.kind == outline:
                f["outline_kind"] = 1.0
                if k in self.members:
                    f["outline_member"] = 1.0
                if self.wrapped:
                    f["outline_wrapped"] = 1.0
        before = self.annex_before[k]
        if num is not None and num.kind == "annex":
            label = _label(text)
            if label in before:
                f["annex_after_same"] = 1.0  # "Schedule 2" after "Schedule 1"
            if before - {label}:
                f["annex_after_other"] = 1.0  # "Appendix 1" inside "Attachment 1"
        elif before:
            f["after_annex"] = 1.0

    def _position(self, f: dict[str, float], k: int) -> None:
        i = self.cands[k]
        if k == 0 and (self.title is None or self.ranks[k] != PLAIN):
            # A short paragraph first on a page whose title was not found is often
            # that title (the plain weights learn so: the tune pages hold no plain
            # candidate under a found title); under a found title it is a section.
            f["first"] = 1.0
        if k == len(self.cands) - 1:
            f["last"] = 1.0
        if self.body_before[k] < _TOP_BODY:
            f["at_top"] = 1.0
            if "names_document" in f:
                f["top_names_document"] = 1.0
        f["body_after"] = _log_scale(self.body_after[k])
        if self.body_after[k] == 0:
            f["no_body_after"] = 1.0
        if i + 1 < len(self.blocks) and self.blocks[i + 1].kind == "item":
            f["items_follow"] = 1.0
        if i + 1 < len(self.blocks) and starts_mid_sentence(self.blocks[i + 1].text):
            # Its sentence goes on in the next block ("... while you" / "are using the
            # app"): a line of a paragraph that a PDF's layout broke, not a heading.
            f["runs_on"] = 1.0

    def _siblings(self, f: dict[str, float], k: int) -> None:
        """Parallel headings share a shape; a table of contents repeats them."""
        shape = self.shapes[k]
        count = self.shape_count[shape]
        f["shape_share"] = count / len(self.cands)
        f[f"shape_count_{_bucket(count)}"] = 1.0
        f["shape_without_body"] = 1 - self.shape_with_body[shape] / count
        if self.key_count[self.keys[k]] > 1:
            f["repeated"] = 1.0
        key = self.keys[k]
        if any(key.startswith(t) or t.startswith(key) for t in self.title_keys if t and key):
            f["repeats_title"] = 1.0  # the title again, shorter or longer ("... web")

    def _first_run(self) -> set[int]:
        """The outline's depth-1 clauses in sequence, in the run that carries the text.

        A numbering that starts again ("1. For consumers residing in France"
        after "15. Contacting us") numbers the parts of an annex, not the
        document; a first run with no text between its entries is a table of
        contents, and the clauses are the next run.
        """
        runs: list[list[int]] = [[]]
        last = 0
        for k in self.outline_at:
            num = self.numbers[k]
            if num is None or num.depth != 1:
                continue
            if runs[-1] and (num.value < last or (num.value == last and not num.inserted)):
                runs.append([])
            last = num.value
            runs[-1].append(k)
        main = next((run for run in runs if self._carries_text(run)), runs[0])
        return {k for k in main if self.in_sequence[k]}

    def _carries_text(self, run: list[int]) -> bool:
        """Whether most entries of a run have text of their own after them (not contents)."""
        with_text = sum(self.body_after[k] >= _ENTRY_TEXT for k in run)
        return with_text * 2 >= len(run)

    def _parents(self, skip: set[int]) -> list[int | None]:
        """For each candidate, the nearest one above it of a shallower level (``skip`` aside)."""
        last_at: dict[int, int] = {}
        out: list[int | None] = []
        for k, (i, rank) in enumerate(zip(self.cands, self.ranks, strict=True)):
            out.append(max((at for r, at in last_at.items() if r < rank), default=None))
            if (self.title is None or i > self.title) and k not in skip:
                last_at[rank] = k
        return out

    def _recurring_after(self, skip: set[int]) -> list[int]:
        """The shallowest recurring level among the candidates after each one (``skip`` aside)."""
        out, shallowest = [], 99
        for k in reversed(range(len(self.ranks))):
            out.append(shallowest)
            if self.rank_count[self.ranks[k]] >= MIN_RUN and k not in skip:
                shallowest = min(shallowest, self.ranks[k])
        out.reverse()
        return out

    def _outline_wrapped(self) -> set[int]:
        """Unnumbered parts marked up above the numbered outline, before and after it.

        ("Data protection" ... 1. 2. 3. ... "Disclaimer"): the numbered
        clauses then sit inside parts. Returns the parts' positions.
        """
        if not self.outline_at:
            return set()
        first, last = self.outline_at[0], self.outline_at[-1]
        level = min(self.ranks[k] for k in self.outline_at)
        parts = [
            k
            for k, (num, r) in enumerate(zip(self.numbers, self.ranks, strict=True))
            if r < level and (num is None or num.kind == "annex")
        ]
        if any(k < first for k in parts) and any(k > last for k in parts):
            return set(parts)
        return set()

    def _annexes_before(self) -> list[set[str]]:
        """The labels of the annexes above each candidate ("schedule", "anhang")."""
        out: list[set[str]] = []
        labels: set[str] = set()
        for text, num in zip(self.texts, self.numbers, strict=True):
            out.append(labels)
            if num is not None and num.kind == "annex":
                labels = labels | {_label(text)}
        return out


def _markup_class(rank: int) -> str:
    if rank <= 6:
        return "markup"
    return {BOLD: "bold", GUESS: "guess", PLAIN: "plain"}.get(rank, "other")


def _shape(rank: int, num: Number | None, caps: bool) -> tuple[int, str, bool]:
    numbering = "none" if num is None else f"{num.kind}{min(num.depth, 2)}"
    return rank, numbering, caps


def _label(text: str) -> str:
    """The first word of an annex heading: its label ("schedule", "appendix")."""
    return text.split(maxsplit=1)[0].casefold() if text.strip() else ""


def _log_scale(chars: int) -> float:
    """0 for no text, 1 for about 3,000 characters or more."""
    return min(1.0, math.log1p(chars) / 8)


def _bucket(count: int) -> str:
    return "1" if count == 1 else "2_4" if count <= 4 else "5_"


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _body_after(text_before: list[int], cands: list[int]) -> list[int]:
    """Characters of text between each candidate and the next."""
    ends = [*cands[1:], len(text_before) - 1]
    return [text_before[end] - text_before[i + 1] for i, end in zip(cands, ends, strict=True)]


def _own_body(text_before: list[int], cands: list[int], ranks: list[int]) -> list[int]:
    """Characters between each candidate and the next markup heading (bold labels included)."""
    ends, end = [], len(text_before) - 1
    for i, rank in zip(reversed(cands), reversed(ranks), strict=True):
        ends.append(end)
        if rank <= 6:
            end = i
    ends.reverse()
    return [text_before[e] - text_before[i + 1] for i, e in zip(cands, ends, strict=True)]


def _body_before(text_before: list[int], blocks: list[Block], cands: list[int]) -> list[int]:
    """Characters of body text (candidates' own text aside) before each candidate."""
    out, headings = [], 0
    for i in cands:
        out.append(text_before[i] - headings)
        headings += len(blocks[i].text)
    return out
