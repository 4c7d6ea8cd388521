"""Judge one changed sentence: cosmetic, editorial or material, with reasons.

The rules run from the cheapest certainty to the most specific signal:

1. same comparison key (markup, case, punctuation, numbering) -> cosmetic;
2. only dates differ -> cosmetic, with a ``date_bump`` flag when the date moved;
3. every changed word is a near-identical spelling -> cosmetic;
4. a statement changed (:mod:`.statements`: a period, number, negation, modal,
   contact, country, party, a data category or right new to the document) -> material;
5. otherwise -> editorial (reworded, same meaning); a short label or link text
   added or removed as a whole -> cosmetic; a change notice, a pointer to another
   text or a definition added or removed whole that states nothing else -> editorial.

A material sentence's reasons give the categories it states
(:mod:`.categories_given`): a fact's sentence lends no second category.

A topic word in a reworded sentence is no statement: "we share data with
partners" reworded as "partners receive data" says the same.

    >>> from policywatch.diffing.sentences import Unit
    >>> j = judge(Unit("We keep data for 30 days.", "We keep data for 24 months."), "Retention")
    >>> j.verdict, j.reasons[0].category
    ('material', 'retention')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.category_words import LANGUAGES
from policywatch.diffing import signals as sig
from policywatch.diffing.categories_given import given, is_definition, is_pointer
from policywatch.diffing.context import Context
from policywatch.diffing.lexicons import is_change_notice
from policywatch.diffing.model import Reason
from policywatch.diffing.reasons import edit_reasons, whole_reasons
from policywatch.diffing.sentences import Unit
from policywatch.diffing.stated import Statement, decides, said
from policywatch.diffing.statements import RENAME_MIN, changed, changed_words
from policywatch.diffing.text import OBFUSCATED, key, plain
from policywatch.extract.language import base_language, confident_language, same_language

__all__ = ["RANK", "Context", "Judgement", "is_label", "judge", "name_swaps"]

RANK = {"unchanged": 0, "cosmetic": 1, "editorial": 2, "material": 3}
MAX_LABEL_WORDS = 12
# Spellings closer than this are a typo fix or a spelling variant, not a new word.
TYPO_RATIO = 0.75
# What a change notice may name without stating anything itself: topics, a contact.
NOTICE_KINDS = frozenset({"term", "topic", "contact", "claim"})
# What a pointer to another text may name without stating it: topics (not a contact).
POINTER_KINDS = frozenset({"term", "topic", "claim"})
# What a definition may hold without stating anything: topics, terms, its "shall".
DEFINITION_KINDS = frozenset({"term", "topic", "claim", "obligation"})
# Whole sentences this short with no statement are labels or navigation.
SHORT_WORDS = 3


@dataclass
class Judgement:
    """The verdict on one unit, why, and flags (``date_bump``, ``date_format``).

    ``lost``/``gained`` are the statements the unit no longer makes / makes anew;
    :meth:`settle` turns what is left of them (after the document's moves cancelled
    some, :func:`policywatch.diffing.statements.cancel`) into the verdict and reasons.
    """

    verdict: str
    note: str
    reasons: list[Reason] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    renames: list[tuple[str, str]] = field(default_factory=list)
    lost: list[Statement] = field(default_factory=list)
    gained: list[Statement] = field(default_factory=list)
    # What the unit is without a statement ("editorial", or "cosmetic" for a label).
    otherwise: str = ""
    # How to word the reasons: (section, old text, new text); None for a side it lacks.
    shown: tuple[str | None, str | None, str | None] = (None, None, None)
    # The language the unit was read in: its clauses bound what a fact suppresses.
    language: str | None = None

    def settle(self) -> Judgement:
        """Verdict and reasons from the statements left; returns itself."""
        if not self.otherwise:
            return self  # decided before any statement was read
        section, old, new = self.shown
        if not decides(self.lost + self.gained):
            self.verdict, self.reasons = self.otherwise, []
            return self
        # The reasons give the categories the sentence states (categories_given).
        texts = [plain(t) for t in (old, new) if t]
        filed = given(self.lost + self.gained, texts, self.language)
        lost = [s for s in self.lost if s.category in filed]
        gained = [s for s in self.gained if s.category in filed]
        self.verdict = "material"
        if old is not None and new is not None:
            self.reasons = edit_reasons(lost, gained, section, old, new)
        else:
            self.reasons = whole_reasons(
                lost or gained, section, new or old or "", added=new is not None
            )
        return self


def judge(unit: Unit, context: Context | str | None = None) -> Judgement:
    """Classify one changed sentence; ``context`` is a :class:`Context` or just a heading.

    The sentence is read in its own language when it tells one (:func:`reading_language`).
    """
    ctx = context if isinstance(context, Context) else Context(heading=context)
    language = reading_language(unit.new or unit.old or "", ctx.language)
    if language != ctx.language:
        ctx = replace(ctx, language=language, page_language=ctx.language)
    if unit.old is not None and unit.new is not None:
        return _judge_edit(unit.old, unit.new, ctx, unit.ops)
    text = unit.new if unit.new is not None else unit.old or ""
    return _judge_whole(text, added=unit.new is not None, ctx=ctx)


def _judge_edit(old: str, new: str, ctx: Context, unit_ops: list[tuple[int, str]]) -> Judgement:
    po, pn = _without_moved(plain(old), plain(new), unit_ops, ctx)
    if OBFUSCATED.search(old):
        ctx = replace(ctx, obfuscated=True)
        # "[email protected]" -> "dpo@acme.example": the same address, shown again.
        if key(sig.EMAIL.sub(" ", pn)) == key(po):
            return Judgement("cosmetic", "an obfuscated e-mail address shown again")
    heading = ctx.heading
    if key(po) == key(pn):
        return Judgement("cosmetic", "formatting, punctuation or case only")
    if _only_links_differ(old, new) or _url_became_label(unit_ops):
        return Judgement("cosmetic", "link label or target only")
    pn = _undo_renames(po, pn, ctx)
    if key(po) == key(pn):
        return Judgement("editorial", "a name used throughout the document was renamed")
    lang = ctx.language
    so, dates_old = sig.strip_dates(po, lang)
    sn, dates_new = sig.strip_dates(pn, lang)
    ko, kn = key(so), key(sn)
    if ko == kn:
        same = sorted(key(" ".join(dates_old)).split()) == sorted(key(" ".join(dates_new)).split())
        return Judgement(
            "cosmetic",
            "the same date written differently" if same else "a date changed",
            flags={"date_format" if same else "date_bump"},
        )
    removed, added = changed_words(ko, kn)
    if _is_typo(removed, added):
        return Judgement("cosmetic", "spelling only")
    if not (removed and added) and " ".join(removed or added) in ctx.headings:
        # "App Store The platform ..." -> "The platform ..." under the heading "App Store".
        return Judgement("cosmetic", "a heading became a line of text, or the reverse")
    lost, gained = changed(po, pn, ctx, (ko, kn))
    judgement = Judgement(
        "editorial",
        "reworded",
        renames=name_swaps(po, pn, ctx.language),
        lost=lost,
        gained=gained,
        otherwise="editorial",
        shown=(heading or None, po, pn),
        language=ctx.language,
    )
    return judgement.settle()


# A sentence this long tells its own language; a shorter one (a label, a product name
# list) is read in its page's.
OWN_LANGUAGE_WORDS = 8
# ...when py3langid is at least this sure of it (Norwegian shares its mass with Danish
# and Swedish: a plain Norwegian sentence scores ~0.89).
OWN_LANGUAGE_SURE = 0.85


def reading_language(text: str, page: str | None) -> str | None:
    """The language a changed sentence is read with: its own when it is long enough to
    tell and is another language the diff reads (an English paragraph on a Norwegian
    page), else the page's. The one rule: every word list of the sentence follows it.

    >>> reading_language("We keep your data for 30 days after you close your account.", "nb")
    'en'
    >>> reading_language("Vi bruker Google Analytics.", "nb"), reading_language("", None)
    ('nb', None)
    """
    if len(text.split()) < OWN_LANGUAGE_WORDS:
        return page
    own = _own_language(text)
    if own is None or same_language(own, page):
        return page
    return own


@lru_cache(maxsize=8192)
def _own_language(text: str) -> str | None:
    # "no" is read as Bokmål, "nn" as itself with Bokmål's words (languages_of).
    read = languages_of(base_language(confident_language(text, OWN_LANGUAGE_SURE)), unknown=())
    own = [lang for lang in read if lang in LANGUAGES and (lang != "en" or read == ("en",))]
    return read[0] if own else None


# A passage this long inserted into (or cut from) a sentence that the other side has
# elsewhere was moved there, not written anew.
MOVED_WORDS = 8
# A passage found this often on its own side is repeated boilerplate, not moved text.
REPEATED = 2


def _without_moved(po: str, pn: str, ops: list[tuple[int, str]], ctx: Context) -> tuple[str, str]:
    """The two sides without passages that only moved into or out of this sentence."""
    for op, text in ops:
        if op == 0 or len(text.split()) < MOVED_WORDS:
            continue
        other = ctx.old_all if op > 0 else ctx.new_all
        this = ctx.new_all if op > 0 else ctx.old_all
        for piece in _CLAUSE_END.split(text):
            k = key(piece)
            # A passage its own side also has elsewhere is boilerplate said again (one
            # clause of a template repeated per activity), not a passage that moved.
            if (
                len(k.split()) >= MOVED_WORDS
                and f" {k} " in other
                and this.count(f" {k} ") < REPEATED
            ):
                span = plain(piece)
                if op > 0:
                    pn = pn.replace(span, " ")
                else:
                    po = po.replace(span, " ")
    return po, pn


_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+")


def _undo_renames(po: str, pn: str, ctx: Context) -> str:
    """Put back names the document renamed everywhere (a product, a legal entity), so the
    rename itself is not read as a new party or a new topic word."""
    for (was, now), count in ctx.renames.items():
        if count >= RENAME_MIN and now in pn and was in po:
            pn = pn.replace(now, was)
    return pn


def _only_links_differ(old: str, new: str) -> bool:
    """A bare URL became a labelled link (or a label changed) while every URL stayed."""
    urls_old, urls_new = set(_URLS.findall(old)), set(_URLS.findall(new))
    if not urls_old or urls_old != urls_new:
        return False
    return key(_LINKED.sub(" ", old)) == key(_LINKED.sub(" ", new))


def _url_became_label(ops: list[tuple[int, str]]) -> bool:
    """A bare URL replaced by a short link label (what the link says, not where it goes)."""
    removed = [t.strip() for op, t in ops if op < 0 and t.strip()]
    added = " ".join(t for op, t in ops if op > 0)
    return (
        bool(removed)
        and all(_URLS.fullmatch(t) for t in removed)
        and len(added.split()) <= MAX_LABEL_WORDS
        and not any(ch.isdigit() for ch in added)
    )


_URLS = re.compile(r"https?://[^\s)\]>|]+")
_LINKED = re.compile(r"\[[^\]]*\]\([^)]*\)|https?://[^\s)\]>|]+")


def _is_typo(removed: list[str], added: list[str]) -> bool:
    """Every changed word has a near-identical counterpart (typo, spelling variant, joined word)."""
    if not removed and not added:
        return True
    r, a = " ".join(removed), " ".join(added)
    if r.replace(" ", "") == a.replace(" ", ""):
        return True
    if len(removed) != len(added) or any(w.isdigit() for w in removed + added):
        return False
    return all(
        len(x) > 3 and SequenceMatcher(None, x, y).ratio() >= TYPO_RATIO and not _extends(x, y)
        for x, y in zip(removed, added, strict=True)
    )


def _extends(x: str, y: str) -> bool:
    """One word is the other with letters added at its end ("LGBTQ" -> "LGBTQIA"): a
    word extended, not misspelt (a plural's one letter excepted)."""
    short, long = sorted((x, y), key=len)
    return long.startswith(short) and len(long) - len(short) >= 2


def _judge_whole(text: str, *, added: bool, ctx: Context) -> Judgement:
    """A sentence added or removed as a whole: material when it states something."""
    p = plain(text)
    stripped, dates = sig.strip_dates(p, ctx.language)
    k = key(stripped)
    verb = "added" if added else "removed"
    if not k:
        return Judgement(
            "cosmetic", f"date or markup {verb}", flags={"date_bump"} if dates else set()
        )
    statements = said(text, ctx, added=added)
    if is_change_notice(k) and all(s.kind in NOTICE_KINDS for s in statements):
        # "We added more detail about how we use cookies": a notice about the update,
        # which names what changed elsewhere; it promises nothing itself.
        return Judgement("editorial", f"change notice {verb}")
    pointer = ";" not in p and is_pointer(k, ctx.language)
    if pointer and all(s.kind in POINTER_KINDS for s in statements):
        # "For more information about cookies, see our cookie policy": it names what
        # another text tells, and states nothing of it itself (one clause: "we now sell
        # your data; see section 4" states a sale).
        return Judgement("editorial", f"pointer to another text {verb}")
    if is_definition(p, ctx.language) and all(s.kind in DEFINITION_KINDS for s in statements):
        # '"Services" means the products we sell (fashion, children's wear, ...)': what a
        # word of the document stands for; its "shall" binds nobody.
        return Judgement("editorial", f"definition {verb}")
    label = len(k.split()) <= SHORT_WORDS or is_label(text)
    judgement = Judgement(
        "editorial",
        f"sentence {verb}",
        lost=[] if added else statements,
        gained=statements if added else [],
        otherwise="cosmetic" if label else "editorial",
        shown=(ctx.heading or None, None if added else text, text if added else None),
        language=ctx.language,
    )
    return judgement.settle()


# A line this short that is no sentence (no full stop, not a list item) is a label:
# a menu entry, a link card, a heading turned into text.
LABEL_WORDS = 10


def is_label(text: str) -> bool:
    """A menu entry, a link card, a heading: a short line that is no sentence."""
    t = text.strip()
    return (
        len(t.split()) <= LABEL_WORDS
        and not t.startswith(("-", "*", "+", "•", "|"))
        and not plain(t).rstrip("*_ ").endswith((".", "!", "?", ":", ";"))
    )


def name_swaps(po: str, pn: str, language: str | None = None) -> list[tuple[str, str]]:
    """The one name an edit put in place of another ("Parship" -> "eharmony"), if so."""
    before, after = sig.names(po, language), sig.names(pn, language)
    gone, new = before - after, after - before
    if len(gone) == 1 and len(new) == 1:
        return [(next(iter(gone)), next(iter(new)))]
    return []
