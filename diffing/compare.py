"""Diff two extracted documents and judge the change: the entry point of the package.

>>> from policywatch.core.model import ExtractedDocument, Section
>>> a, b = "We keep data for 30 days.", "We keep data for 24 months."
>>> old = ExtractedDocument(text=a, sections=[Section(1, "Retention", a)])
>>> new = ExtractedDocument(text=b, sections=[Section(1, "Retention", b)])
>>> r = diff_documents(old, new)
>>> r.verdict, r.categories, r.flags
('material', ['retention'], ['silent_edit'])
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace

from policywatch.core.lexicon.definitions import defined_terms
from policywatch.core.model import ExtractedDocument, Section
from policywatch.diffing import facts
from policywatch.diffing.align import SectionPair, align_sections
from policywatch.diffing.classify import RANK, Context, Judgement, is_label, judge, name_swaps
from policywatch.diffing.lists import Lists, entry_reasons
from policywatch.diffing.model import ChangeItem, DiffResult, EntryChange, Reason
from policywatch.diffing.moves import cancel_moves, rematch
from policywatch.diffing.roles import role_texts
from policywatch.diffing.sentences import Unit, sentence_diff
from policywatch.diffing.statements import cancel
from policywatch.diffing.summary import summarise
from policywatch.diffing.text import key
from policywatch.diffing.words import Op, word_ops

# Section verdicts whose facts are compared.
REWORDED = ("editorial", "material")


def diff_documents(
    old: ExtractedDocument, new: ExtractedDocument, *, doc_type: str | None = None
) -> DiffResult:
    """Align, diff and classify; see the module docstring for an example.

    Both sides are taken to be versions of one document: whether a page is
    usable at all (an error page, another page, another language) is the
    guard's call (:func:`policywatch.extract.guard.check`), made before this;
    its verdict becomes a result with :meth:`DiffResult.not_compared`.
    ``doc_type`` (``subprocessors``, ``dpa``, ...) says what kind of document
    it is; a sub-processor list is always diffed entry by entry.
    """
    started = time.perf_counter()
    if old.text == new.text:
        return DiffResult(verdict="unchanged", summary="No change.")
    old_secs, new_secs = _sections(old), _sections(new)
    pairs = align_sections(old_secs, new_secs)
    language = new.language or old.language
    diffs = [_pair_units(p, old_secs, new_secs, language) for p in pairs]
    cancel_moves(diffs, old_secs, new_secs)
    rematch(diffs)
    lists = Lists.of(old, new, doc_type)
    # Each side's words, from the keys of its sentences and headings (already computed:
    # the key of the whole text would cost as much again on a long document).
    old_all, new_all = _joined_keys(diffs, -1), _joined_keys(diffs, 1)
    old_words = Counter(old_all.split()) + Counter(_heading_words(old_secs))
    new_vocab = frozenset(new_all.split()) | frozenset(_heading_words(new_secs))
    base = Context(
        renames=_count_renames(diffs, new.language or old.language),
        old_vocab=frozenset(old_words),
        new_vocab=new_vocab,
        vanished=frozenset(w for w, n in old_words.items() if n >= VANISHED and w not in new_vocab),
        defined=defined_terms(old.text, language) | defined_terms(new.text, language),
        language=new.language or old.language,
        old_all=old_all,
        new_all=new_all,
        old_roles=role_texts(_keys(diffs, -1), old_secs, new.language or old.language),
        new_roles=role_texts(_keys(diffs, 1), new_secs, new.language or old.language),
        old_headings=frozenset(key(s.heading) for s in old_secs if s.heading),
        new_headings=frozenset(key(s.heading) for s in new_secs if s.heading),
    )
    judged = [
        _judgements(p, units, old_secs, new_secs, base, lists)
        for p, units in zip(pairs, diffs, strict=True)
    ]
    # A statement one sentence lost and another gained was reworded or moved.
    read = [j for js in judged for j in js if j.otherwise]
    cancel((j.lost, j.gained) for j in read)
    for j in read:
        j.settle()
    items = [
        _item(p, units, js, old_secs, new_secs, base)
        for p, units, js in zip(pairs, diffs, judged, strict=True)
    ]
    # Rows of a list of parties are compared as entries, not as facts in sentences.
    changed = [
        (i.new_heading or i.old_heading or "", u)
        for units, i in zip(diffs, items, strict=True)
        if i and i.verdict in REWORDED
        for u in units
        if u.old != u.new and lists.judge(u, None) is None
    ]
    facts = changed_fact_reasons(
        [Section(2, h, u.old) for h, u in changed if u.old],
        [Section(2, h, u.new) for h, u in changed if u.new],
        base.old_all,
        base.new_all,
        base.language,
    )
    result = _result(old, new, [i for i in items if i is not None], facts, lists.changes)
    result.stats["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _sections(doc: ExtractedDocument) -> list[Section]:
    """The document outline; one untitled section when extraction found none."""
    if doc.sections and any(s.text.strip() or s.heading.strip() for s in doc.sections):
        return list(doc.sections)
    return [Section(1, "", doc.text)]


def _pair_units(
    pair: SectionPair, old: list[Section], new: list[Section], language: str | None
) -> list[Unit]:
    old_text = "\n\n".join(old[i].text for i in pair.old)
    new_text = "\n\n".join(new[j].text for j in pair.new)
    return sentence_diff(old_text, new_text, language)


# A word OLD used this often and NEW never uses was renamed, not dropped from one sentence.
VANISHED = 3


def _heading_words(sections: list[Section]) -> list[str]:
    return [w for s in sections for w in key(s.heading).split()]


def _keys(diffs: list[list[Unit]], side: int) -> list[str]:
    """Every sentence key of one side (-1 old, 1 new)."""
    keys = (key((u.old if side < 0 else u.new) or "") for units in diffs for u in units)
    return [k for k in keys if k]


def _joined_keys(diffs: list[list[Unit]], side: int) -> str:
    """Every sentence key of one side, space-delimited, for substring look-ups."""
    return " " + " ".join(_keys(diffs, side)) + " "


def _nearby(units: list[Unit], n: int) -> str:
    """The sentences just before and after unit ``n`` (what a list item or row belongs to)."""
    out = []
    for m in (n - 1, n + 1):
        if 0 <= m < len(units):
            u = units[m]
            out.append(u.new if u.new is not None else u.old or "")
    return " ".join(out)


def _count_renames(diffs: list[list[Unit]], language: str | None) -> Counter[tuple[str, str]]:
    """How often each one-name-for-another swap occurs across the document."""
    counts: Counter[tuple[str, str]] = Counter()
    for units in diffs:
        for u in units:
            if u.old is not None and u.new is not None and u.old != u.new:
                counts.update(name_swaps(u.old, u.new, language))
    return counts


def _headings(
    pair: SectionPair, old: list[Section], new: list[Section]
) -> tuple[str | None, str | None]:
    old_heading = " + ".join(old[i].heading for i in pair.old) if pair.old else None
    new_heading = " + ".join(new[j].heading for j in pair.new) if pair.new else None
    return old_heading, new_heading


def _judgements(
    pair: SectionPair,
    units: list[Unit],
    old: list[Section],
    new: list[Section],
    base: Context,
    lists: Lists,
) -> list[Judgement]:
    """The judgement of each changed unit of a section pair (list rows by the entry diff)."""
    old_heading, new_heading = _headings(pair, old, new)
    heading = new_heading or old_heading
    section_text = " ".join(
        [*(old[i].text[:2000] for i in pair.old), *(new[j].text[:2000] for j in pair.new)]
    )
    base = replace(
        base,
        heading=heading,
        headings=frozenset(
            key(s.heading) for s in [*(old[i] for i in pair.old), *(new[j] for j in pair.new)]
        ),
        section=section_text,
        old_section=" " + " \n ".join(key(u.old) for u in units if u.old) + " ",
        new_section=" " + " \n ".join(key(u.new) for u in units if u.new) + " ",
    )
    return [
        lists.judge(u, heading) or judge(u, replace(base, nearby=_nearby(units, n)))
        for n, u in enumerate(units)
        if u.old != u.new
    ]


def _item(
    pair: SectionPair,
    units: list[Unit],
    judgements: list[Judgement],
    old: list[Section],
    new: list[Section],
    base: Context,
) -> ChangeItem | None:
    """One section-level change with its verdict, or None when nothing changed."""
    old_heading, new_heading = _headings(pair, old, new)
    verdict = max((j.verdict for j in judgements), key=RANK.__getitem__, default="unchanged")
    if pair.kind != "matched" and verdict == "unchanged":
        verdict = _recut(pair, old, new, base)
    if verdict == "unchanged":
        return None
    reasons = [r for j in judgements for r in j.reasons]
    categories = list(dict.fromkeys(r.category for r in reasons))
    ops: list[Op] = []
    for u in units:
        if ops:
            ops.append((0, " "))
        ops.extend(u.ops)
    flags = sorted({f for j in judgements for f in j.flags})
    changed = sum(1 for j in judgements if j.verdict != "cosmetic")
    return ChangeItem(
        pair.kind, old_heading, new_heading, verdict, categories, reasons, ops, flags, changed
    )


def _recut(pair: SectionPair, old: list[Section], new: list[Section], base: Context) -> str:
    """The verdict on sections split, merged, moved, renamed, added or removed with no
    sentence changed. A heading reworded is editorial at most (a heading states
    nothing); a heading no version keeps, as a heading or a line of text, is judged as
    a label; sections only cut differently are cosmetic."""
    olds = [old[i].heading for i in pair.old if old[i].heading]
    news = [new[j].heading for j in pair.new if new[j].heading]
    lost = [h for h in olds if not _kept(key(h), base.new_headings, base.new_all)]
    gained = [h for h in news if not _kept(key(h), base.old_headings, base.old_all)]
    if len(lost) == 1 and len(gained) == 1:
        verdict = judge(Unit(lost[0], gained[0], word_ops(lost[0], gained[0])), base).verdict
        return "editorial" if verdict == "material" else verdict
    return "cosmetic" if all(is_label(h) for h in lost + gained) else "editorial"


def _kept(k: str, headings: frozenset[str], joined: str) -> bool:
    return k in headings or f" {k} " in joined


def changed_fact_reasons(
    old: list[Section],
    new: list[Section],
    old_all: str = "",
    new_all: str = "",
    language: str | None = None,
) -> list[Reason]:
    """Facts (retention periods, countries, sub-processors, ...) that differ
    between the changed sentences of each side, as material reasons.

    Only changed sentences are read: facts of untouched text are equal on
    both sides, and skipping them keeps a diff of a long document fast. A
    party, address or certificate the other version names elsewhere
    (``old_all``/``new_all``: its sentence keys joined) is no new fact. The page's
    ``language`` reads whose channel an address is.
    """
    if not old and not new:
        return []
    # The page's language cuts the changed sentences as the diff does ("z. B." ends none).
    before = facts.extract_facts(ExtractedDocument(text="", sections=old, language=language))
    after = facts.extract_facts(ExtractedDocument(text="", sections=new, language=language))
    return facts.fact_reasons(
        [f for f in before if not facts.named_in(f, new_all)],
        [f for f in after if not facts.named_in(f, old_all)],
        language,
    )


def _result(
    old: ExtractedDocument,
    new: ExtractedDocument,
    items: list[ChangeItem],
    fact_changes: list[Reason],
    entries: list[EntryChange],
) -> DiffResult:
    verdict = max((i.verdict for i in items), key=RANK.__getitem__, default="cosmetic")
    reasons: list[Reason] = [r for i in items if i.verdict == "material" for r in i.reasons]
    # Every material entry change is a reason, even one no changed row carried
    # (a list read from several lines); each is said once.
    for change in entries:
        for reason in entry_reasons(change, None):
            if not any(r.explanation == reason.explanation for r in reasons):
                reasons.append(reason)
                verdict = "material"
    reasons = _unique(reasons)
    # A changed fact is a material reason, even where the wording signals missed it;
    # where they already gave a reason of the same category, it would only repeat it.
    found = {r.category for r in reasons}
    fact_changes = [r for r in fact_changes if r.category not in found]
    if fact_changes and verdict in REWORDED:
        verdict = "material"
        reasons.extend(fact_changes)
    categories = list(dict.fromkeys(r.category for r in reasons))
    flags = _date_flags(old, new, verdict, items)
    stats = {
        "items": len(items),
        "changed_sentences": sum(i.changed_sentences for i in items),
        "old_words": old.word_count,
        "new_words": new.word_count,
    }
    summary = summarise(verdict, reasons, flags, stats)
    return DiffResult(verdict, categories, summary, reasons, items, flags, stats, entries)


def _unique(reasons: list[Reason]) -> list[Reason]:
    """Each (category, explanation) once: one entry change is often several rows' reason."""
    seen: set[tuple[str, str]] = set()
    out = []
    for r in reasons:
        if (r.category, r.explanation) not in seen:
            seen.add((r.category, r.explanation))
            out.append(r)
    return out


def _date_flags(
    old: ExtractedDocument, new: ExtractedDocument, verdict: str, items: list[ChangeItem]
) -> list[str]:
    """``date_bump`` when the stated date moved; ``silent_edit`` when a material change
    did not move it."""
    if old.stated_date and new.stated_date:
        moved = old.stated_date.value != new.stated_date.value
    else:
        # Extraction found no date: fall back to a date change seen in the text itself.
        moved = any("date_bump" in i.flags for i in items)
    flags = []
    if moved:
        flags.append("date_bump")
    if verdict == "material" and not moved:
        flags.append("silent_edit")
    return flags
