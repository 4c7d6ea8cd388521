"""Judge one changed sentence: cosmetic, editorial or material, with reasons.

The rules run from the cheapest certainty to the most specific signal:

1. same comparison key (markup, case, punctuation, numbering) -> cosmetic;
2. only dates differ -> cosmetic, with a ``date_bump`` flag when the date moved;
3. every changed word is a near-identical spelling -> cosmetic;
4. a material signal (period, negation, modal, contact, country, name in a
   recipient/contact context, a topic word added or removed) -> material;
5. otherwise -> editorial (reworded, same meaning).

    >>> from policywatch.diffing.sentences import Unit
    >>> j = judge(Unit("We keep data for 30 days.", "We keep data for 24 months."), "Retention")
    >>> j.verdict, j.reasons[0].category
    ('material', 'retention')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from policywatch.core.lexicon.countries import countries_in
from policywatch.diffing import signals as sig
from policywatch.diffing.lexicons import is_change_notice, topics
from policywatch.diffing.model import Reason
from policywatch.diffing.sentences import Unit
from policywatch.diffing.text import OBFUSCATED, key, plain

RANK = {"unchanged": 0, "cosmetic": 1, "editorial": 2, "material": 3}
# Where a number or a name change lands when the sentence names no topic.
NUMBER_TOPICS = ("retention", "children", "breach", "fees_termination", "security", "rights")
NAME_TOPICS = (
    "tracking_ads",
    "recipients",
    "transfers",
    "controller_contact",
    "ai_training",
    "security",
)
# Which topic a negation or modal flip is about, when a sentence names several.
FLIP_PRIORITY = (
    "sale_sharing",
    "ai_training",
    "security",
    "breach",
    "children",
    "transfers",
    "retention",
    "tracking_ads",
    "data_categories",
    "rights",
    "legal_basis",
    "recipients",
    "fees_termination",
    "law_liability",
    "controller_contact",
    "purposes",
)
# A whole sentence added or removed needs this many topic words to be material on
# topic alone ("The purpose of this policy is to inform you" is not a new purpose).
WHOLE_SENTENCE_HITS = 2
MAX_LABEL_WORDS = 12
# A name swapped for another in this many sentences is a rename.
RENAME_MIN = 2
# An added/removed line this short without a full stop is a row of facts, not prose.
ROW_WORDS = 25
# Spellings closer than this are a typo fix or a spelling variant, not a new word.
TYPO_RATIO = 0.75
# Headings whose sentences enumerate, and how many words an added item has at least.
LISTED_TOPICS = ("purposes", "data_categories", "recipients")
LIST_ITEM_WORDS = 3
# Name words at least this long tell one party from another ("Acme"; not "Inc", "AS").
NAME_WORD = 4
# Whole sentences this short with no signal are labels or navigation.
SHORT_WORDS = 3


@dataclass
class Context:
    """What surrounds a changed sentence: its section heading, neighbours and names swapped
    elsewhere in the document (a swap seen twice or more is a rename)."""

    heading: str | None = None
    nearby: str = ""
    section: str = ""
    renames: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Words found anywhere in the old / new document: a name is only new if the
    # other side never mentions one of its words.
    old_vocab: frozenset[str] = frozenset()
    new_vocab: frozenset[str] = frozenset()
    # Words OLD used often (a brand, a product) that NEW no longer uses at all.
    vanished: frozenset[str] = frozenset()
    # The old sentence hid an e-mail address ("[email protected]").
    obfuscated: bool = False
    # Every sentence key of each side, joined: is a moved passage still there?
    old_all: str = ""
    new_all: str = ""
    # The page's language: which months, numbers, units and negations to read.
    language: str | None = None


@dataclass
class Judgement:
    """The verdict on one unit, why, and flags (``date_bump``, ``date_format``)."""

    verdict: str
    note: str
    reasons: list[Reason] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    renames: list[tuple[str, str]] = field(default_factory=list)


def judge(unit: Unit, context: Context | str | None = None) -> Judgement:
    """Classify one changed sentence; ``context`` is a :class:`Context` or just a heading."""
    ctx = context if isinstance(context, Context) else Context(heading=context)
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
    removed, added = _changed_words(ko, kn)
    if _is_typo(removed, added):
        return Judgement("cosmetic", "spelling only")
    context = " ".join((key(heading or ""), kn, ko, key(ctx.nearby)))
    reasons = _edit_signals(po, pn, ko, kn, removed, added, context, ctx)
    swaps = name_swaps(po, pn)
    if reasons:
        return Judgement("material", "", reasons, renames=swaps)
    return Judgement("editorial", "reworded", renames=swaps)


# A passage this long inserted into (or cut from) a sentence that the other side has
# elsewhere was moved there, not written anew.
MOVED_WORDS = 8


def _without_moved(po: str, pn: str, ops: list[tuple[int, str]], ctx: Context) -> tuple[str, str]:
    """The two sides without passages that only moved into or out of this sentence."""
    for op, text in ops:
        if op == 0 or len(text.split()) < MOVED_WORDS:
            continue
        other = ctx.old_all if op > 0 else ctx.new_all
        for piece in _CLAUSE_END.split(text):
            k = key(piece)
            if len(k.split()) >= MOVED_WORDS and f" {k} " in other:
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


def _changed_words(ko: str, kn: str) -> tuple[list[str], list[str]]:
    a, b = ko.split(), kn.split()
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed.extend(a[i1:i2])
            added.extend(b[j1:j2])
    return removed, added


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
        len(x) > 3 and SequenceMatcher(None, x, y).ratio() >= TYPO_RATIO
        for x, y in zip(removed, added, strict=True)
    )


def _edit_signals(
    po: str,
    pn: str,
    ko: str,
    kn: str,
    removed: list[str],
    added: list[str],
    context: str,
    ctx: Context,
) -> list[Reason]:
    found: list[Reason] = []
    section = ctx.heading or None
    heading = ctx.heading
    ctx_topics = topics(context)

    def add(category: str, explanation: str) -> None:
        found.append(Reason(category, section, _short(po), _short(pn), explanation))

    lang = ctx.language
    old_periods, new_periods = Counter(sig.periods(ko, lang)), Counter(sig.periods(kn, lang))
    if old_periods != new_periods:
        what = f"{_join(old_periods - new_periods)} → {_join(new_periods - old_periods)}"
        add(_pick(ctx_topics, NUMBER_TOPICS), f"period changed: {what}")
    elif Counter(sig.numbers(ko, lang)) != Counter(sig.numbers(kn, lang)):
        category = _pick(ctx_topics, NUMBER_TOPICS, default="")
        if category:
            gone = _join(Counter(sig.numbers(ko, lang)) - Counter(sig.numbers(kn, lang)))
            new = _join(Counter(sig.numbers(kn, lang)) - Counter(sig.numbers(ko, lang)))
            add(category, f"number changed: {gone} → {new}")
    neg_old, neg_new = sig.negations(ko, lang), sig.negations(kn, lang)
    if neg_old != neg_new:
        flip = (
            "negation removed"
            if sum(neg_old.values()) > sum(neg_new.values())
            else "negation added"
        )
        add(
            _pick(ctx_topics, FLIP_PRIORITY),
            f"{flip} ('{_short(' '.join(removed), 8)}' → '{_short(' '.join(added), 8)}')",
        )
    elif sig.modality(ko, lang) != sig.modality(kn, lang) and (
        sig.modals(ko, lang) - sig.modals(kn, lang)
    ):
        # A commitment became a permission or the reverse ("will" -> "may"); "will"
        # -> "shall", or a modal merely added in a reworded clause, is no flip.
        was = _join(sig.modals(ko, lang) - sig.modals(kn, lang))
        now = _join(sig.modals(kn, lang) - sig.modals(ko, lang))
        add(_pick(ctx_topics, FLIP_PRIORITY), f"modal verb changed: '{was}' → '{now}'")
    lost, came = sig.contacts(po) - sig.contacts(pn), sig.contacts(pn) - sig.contacts(po)
    # An address behind "[email protected]" shown again is the same address.
    if (lost or came) and not (came and not lost and ctx.obfuscated):
        add("controller_contact", f"contact changed: {_join(lost)} → {_join(came)}")
    places_old, places_new = countries_in(po, lang), countries_in(pn, lang)
    if places_old != places_new:
        lost, came = places_old - places_new, places_new - places_old
        add("transfers", f"countries changed: -{_join(lost)} +{_join(came)}")
    lost_names, new_names = _new_names(po, pn, ctx)
    # What the sentence itself is about decides first (a plan dropped from "we do not
    # train on ..." is about AI training), then its heading and neighbours.
    own = topics(f"{ko} {kn}")
    name_topics = [c for c in NAME_TOPICS if c in own] or [
        c for c in NAME_TOPICS if c in ctx_topics
    ]
    if (lost_names or new_names) and name_topics:
        add(name_topics[0], f"names changed: -{_join(lost_names)} +{_join(new_names)}")
    if not found and not removed and len(added) >= LIST_ITEM_WORDS:
        # Words only added to a sentence under a heading about purposes, data or
        # recipients: one more item in that list ("..., and to verify your identity").
        listed = [c for c in LISTED_TOPICS if c in topics(key(heading or ""))]
        if listed:
            add(listed[0], f"added to the list: '{_short(' '.join(added), 12)}'")
    found.extend(_topic_words(removed, added, ko, kn, section, po, pn))
    if not removed:
        # Words only added to a sentence about who the controller is ("Acme Ltd" ->
        # "Acme Ltd, company number 123, registered office London"): the same entity
        # described more fully. A new address, phone or country still counts.
        found = [
            r
            for r in found
            if r.category != "controller_contact" or r.explanation.startswith("contact")
        ]
    return _dedupe(found)


def _topic_words(
    removed: list[str], added: list[str], ko: str, kn: str, section: str | None, po: str, pn: str
) -> list[Reason]:
    """Topic words that appear in the new sentence but not the old (or the reverse)."""
    out: list[Reason] = []
    new_topics, old_topics = topics(kn), topics(ko)
    gained = topics(" ".join(added))
    lost = topics(" ".join(removed))
    for category, hits in gained.items():
        fresh = [h for h in hits if h not in old_topics.get(category, [])]
        if fresh:
            out.append(
                Reason(
                    category,
                    section,
                    _short(po),
                    _short(pn),
                    f"added: {', '.join(sorted(set(fresh)))}",
                )
            )
    for category, hits in lost.items():
        gone = [h for h in hits if h not in new_topics.get(category, [])]
        if gone:
            out.append(
                Reason(
                    category,
                    section,
                    _short(po),
                    _short(pn),
                    f"removed: {', '.join(sorted(set(gone)))}",
                )
            )
    return out


def _judge_whole(text: str, *, added: bool, ctx: Context) -> Judgement:
    """A sentence added or removed as a whole."""
    p = plain(text)
    lang = ctx.language
    stripped, dates = sig.strip_dates(p, lang)
    k = key(stripped)
    verb = "added" if added else "removed"
    if not k:
        return Judgement(
            "cosmetic", f"date or markup {verb}", flags={"date_bump"} if dates else set()
        )
    found = topics(k)
    evidence: list[str] = [f"{', '.join(sorted(set(h)))}" for h in found.values()]
    hits = sum(len(set(h)) for h in found.values())
    strong: dict[str, str] = {}
    if sig.contacts(p):
        strong["controller_contact"] = "contact " + _join(sig.contacts(p))
    places = countries_in(stripped, lang)
    if places:
        strong["transfers"] = "countries " + _join(places)
    if sig.periods(k, lang):
        strong[_pick(found, NUMBER_TOPICS)] = "period " + ", ".join(sig.periods(k, lang))
    if sig.negations(k, lang) and found:
        # A promise or prohibition on a topic ("we do not sell") added or removed.
        category = _pick(found, FLIP_PRIORITY)
        strong[category] = "negated promise: " + ", ".join(sorted(sig.negations(k, lang)))
    names = {n for n in sig.names(p) if not _known(n, ctx.old_vocab if added else ctx.new_vocab)}
    if names and _is_row(text):
        # A row of a table or list naming someone new: a sub-processor, a cookie, a partner.
        where = topics(" ".join((key(ctx.heading or ""), key(ctx.nearby), key(ctx.section))))
        category = _pick(found, NAME_TOPICS, default="") or _pick(where, NAME_TOPICS, default="")
        if category:
            strong[category] = "names " + _join(names)
    if not strong and len(k.split()) <= SHORT_WORDS:
        return Judgement("cosmetic", f"short label {verb}")
    if not strong and hits < WHOLE_SENTENCE_HITS:
        return Judgement("editorial", f"sentence {verb}")
    if is_change_notice(k) and not (set(strong) - {"controller_contact"}):
        # "We added more detail about how we use cookies": a notice about the update,
        # which says what changed elsewhere; it promises nothing itself.
        return Judgement("editorial", f"change notice {verb}")
    categories = dict.fromkeys([*strong, *found])
    detail = "; ".join([*strong.values(), *evidence])
    reasons = [
        Reason(
            c,
            ctx.heading or None,
            None if added else _short(p),
            _short(p) if added else None,
            f"sentence {verb} ({detail})",
        )
        for c in categories
    ]
    return Judgement("material", "", reasons)


def _is_row(text: str) -> bool:
    """A table row or list item (short facts, not prose)."""
    t = text.strip()
    if t.startswith(("|", "-", "*", "+", "•")):
        return True
    return len(t.split()) <= ROW_WORDS and not t.rstrip("*_ ").endswith((".", "!", "?"))


def _new_names(po: str, pn: str, ctx: Context) -> tuple[set[str], set[str]]:
    """Names the sentence lost, and names it gained that OLD never mentioned.

    A name lost counts as soon as the sentence lost it (a plan dropped from a list),
    unless the document renamed it elsewhere (the old brand replaced throughout). A
    name gained counts only if OLD never named it: a party the policy already named
    is not a new party because one more sentence mentions it.
    """
    names_old, names_new = sig.names(po), sig.names(pn)
    renamed = {was for (was, _now), n in ctx.renames.items() if n >= RENAME_MIN}
    gone = {
        n
        for n in names_old - names_new
        if not _known(n, frozenset(key(pn).split()))
        and n not in renamed
        # A brand OLD used throughout and NEW never uses: renamed (to a lower-case one).
        and not _known(n, ctx.vanished)
    }
    vocab = ctx.old_vocab or frozenset(key(po).split())
    new = {n for n in names_new - names_old if not _known(n, vocab)}
    # "Data Processing Agreement" -> "Data Processing Addendum", "Acme Inc" -> "Acme
    # Group Inc": the same party written another way, not one party for another.
    for was in list(gone):
        for now in list(new):
            if _name_words(was) & _name_words(now):
                gone.discard(was)
                new.discard(now)
                break
    return gone, new


def _name_words(name: str) -> set[str]:
    return {w for w in key(name).split() if len(w) >= NAME_WORD}


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _known(name: str, vocab: frozenset[str]) -> bool:
    """Every word of the name occurs in the other document (glued "TwilioTwilio" too)."""
    return all(w in vocab for w in key(name).split()) or all(
        w in vocab for w in key(_CAMEL.sub(" ", name)).split()
    )


def name_swaps(po: str, pn: str) -> list[tuple[str, str]]:
    gone, new = sig.names(po) - sig.names(pn), sig.names(pn) - sig.names(po)
    if len(gone) == 1 and len(new) == 1:
        return [(next(iter(gone)), next(iter(new)))]
    return []


def _pick(found: dict[str, list[str]], order: tuple[str, ...], default: str = "other") -> str:
    """The first category of ``order`` present in ``found``; else the most mentioned one."""
    for category in order:
        if category in found:
            return category
    return default


def _join(items: Counter[str] | set[str]) -> str:
    return ", ".join(sorted(items)) or "nothing"


def _short(text: str | None, limit: int = 40) -> str | None:
    """At most ``limit`` words of text, as evidence a person can read in seconds."""
    if text is None:
        return None
    ws = text.split()
    return " ".join(ws[:limit]) + (" …" if len(ws) > limit else "")


def _dedupe(reasons: list[Reason]) -> list[Reason]:
    seen: set[tuple[str, str]] = set()
    out = []
    for r in reasons:
        if (r.category, r.explanation) not in seen:
            seen.add((r.category, r.explanation))
            out.append(r)
    return out
