"""What changed between two versions' statements: an edited sentence, and the pool.

What one sentence states is :mod:`.stated`. Here an edited sentence's two sides
are compared (:func:`changed`: what it no longer states, what it states anew),
and the diff pools what every changed sentence lost and gained and cancels a
statement lost in one place and gained in another: the same promise reworded or
moved (:func:`cancel`). What remains are the material reasons.

    >>> from policywatch.diffing.context import Context
    >>> lost, gained = changed("We do not sell your data.", "We may sell your data.", Context())
    >>> [(s.kind, s.category) for s in lost], gained
    ([('negation', 'sale_sharing')], [])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher

from policywatch.core.lexicon.countries import countries_in
from policywatch.diffing import filing
from policywatch.diffing import signals as sig
from policywatch.diffing.bound import bound_modality, bound_party
from policywatch.diffing.context import Context
from policywatch.diffing.entries import LEGAL_FORMS
from policywatch.diffing.lexicons import cue, in_data_sense, topics
from policywatch.diffing.list_items import items_anew
from policywatch.diffing.roles import given_roles, is_company
from policywatch.diffing.stated import (
    LIST_ITEM_WORDS,
    Statement,
    bounds,
    kinds_anew,
    known,
    new_terms,
    party_names,
    requests_anew,
    spoken,
    unasked,
)
from policywatch.diffing.text import join, key, short

# What one sentence states is read (and imported) from .stated: one place each.
__all__ = ["RENAME_MIN", "cancel", "changed", "changed_words"]

# Name words at least this long tell one party from another ("Acme"; not "Inc", "AS").
NAME_WORD = 4
# A name swapped for another in this many sentences is a rename.
RENAME_MIN = 2


# --- edited sentences ----------------------------------------------------------------


def changed(
    po: str, pn: str, ctx: Context, keys: tuple[str, str] | None = None
) -> tuple[list[Statement], list[Statement]]:
    """What an edited sentence no longer states, and what it states anew.

    ``po``/``pn`` are the plain old and new sentence; ``keys`` their comparison
    keys with dates taken out (a date is no period or quantity).
    """
    lang = ctx.language
    ko, kn = keys or (key(po), key(pn))
    removed, added = changed_words(ko, kn)
    # "You can ask us to correct (or delete) ...": the actions asked for are rights.
    # Each side's kinds against the other side's sentence and section, as said() does.
    asked_old, asked_new = filing.requested_actions(po, lang), filing.requested_actions(pn, lang)
    asked = [word for word, _kind in asked_old + asked_new]
    own = in_data_sense(
        unasked(topics(f"{ko} {kn}", lang), asked), f"{ko} {kn}", lang, f"{po}\n{pn}"
    )
    lost: list[Statement] = (
        requests_anew(asked_old, asked_new + filing.requested_actions(ctx.new_section, lang))
        if asked_old
        else []
    )
    gained: list[Statement] = (
        requests_anew(asked_new, asked_old + filing.requested_actions(ctx.old_section, lang))
        if asked_new
        else []
    )

    old_periods = {f"{d:g}d": s for s, d in sig.period_days(ko, lang)}
    new_periods = {f"{d:g}d": s for s, d in sig.period_days(kn, lang)}
    if set(old_periods) != set(new_periods):
        category = filing.period_category(own, ctx)
        lost += [
            Statement("period", v, category, s)
            for v, s in old_periods.items()
            if v not in new_periods
        ]
        gained += [
            Statement("period", v, category, s)
            for v, s in new_periods.items()
            if v not in old_periods
        ]
    elif not old_periods and not new_periods:
        numbers_old, numbers_new = Counter(sig.numbers(ko, lang)), Counter(sig.numbers(kn, lang))
        category = filing.about(own, ctx, filing.NUMBER_TOPICS, "", only=True)
        if numbers_old != numbers_new and category:
            lost += [Statement("number", n, category, n) for n in numbers_old - numbers_new]
            gained += [Statement("number", n, category, n) for n in numbers_new - numbers_old]

    flip = filing.about(own, ctx, filing.FLIP_PRIORITY)
    said_old, said_new = spoken(po, lang), spoken(pn, lang)
    neg_old, neg_new = bounds(said_old, lang), bounds(said_new, lang)
    if neg_old != neg_new:
        words = f"'{short(' '.join(removed), 8)}' → '{short(' '.join(added), 8)}'"
        negated = said_old if neg_old > neg_new else said_new
        negated_topics = in_data_sense(topics(negated, lang), negated, lang)
        about = filing.negated(negated, negated_topics, lang) or flip
        flipped = Statement("negation", about, about, words, frozenset(own))
        (lost if neg_old > neg_new else gained).append(flipped)
    elif flipped_modality := _flipped(ko, kn, lang):
        # A commitment became a permission or the reverse ("will" -> "may") for the party
        # it binds; "will" -> "shall", a modal moved to the other party's clause, or a
        # modal merely added or dropped in a reworded clause, is no flip.
        was, now = flipped_modality
        gained.append(Statement("modality", f"{was}→{now}", flip, f"'{was}' → '{now}'"))
    elif (bound := (bound_party(ko, lang), bound_party(kn, lang)))[0] != bound[1] and all(bound):
        # The action handed to the other party ("we delete" -> "the Customer must delete").
        was, now = bound
        gained.append(Statement("modality", f"{was}→{now}", flip, f"'{was}' → '{now}'"))

    contacts_old, contacts_new = sig.contacts(po, ctx.language), sig.contacts(pn, ctx.language)
    came = contacts_new - contacts_old
    # An address behind "[email protected]" shown again is the same address.
    if not (came and not (contacts_old - contacts_new) and ctx.obfuscated):
        # The controller's channel, unless the sentence names a supervisory authority.
        reach = filing.contact_category(f"{po}\n{pn}", {}, lang)
        lost += [Statement("contact", c, reach, c) for c in sorted(contacts_old - contacts_new)]
        gained += [Statement("contact", c, reach, c) for c in sorted(came)]

    places_old = countries_in(filing.for_whom(po, lang), lang)
    places_new = countries_in(filing.for_whom(pn, lang), lang)
    if places_old != places_new:
        category = filing.country_category(f"{ko} {kn}", own, ctx, default="transfers")
        lost += [Statement("country", c, category, c) for c in sorted(places_old - places_new)]
        gained += [Statement("country", c, category, c) for c in sorted(places_new - places_old)]

    lost_names, new_names = _new_names(po, pn, ctx)
    # A name that moved between the heading and the text (a definition list re-cut,
    # a PDF re-extracted as HTML) is still there.
    heading_words = frozenset(key(ctx.heading or "").split())
    lost_names = {n for n in lost_names if not known(n, heading_words)}
    new_names = {n for n in new_names if not known(n, heading_words)}
    # The same entity described more fully ("Acme Ltd, whose registered office is at 10
    # King Street, London"): names that come with added address or registration words
    # (a street, a town, a register) are no parties, whatever the sentence is filed
    # under; a company among them (a legal form beside it) still is.
    if new_names and not lost_names and cue("ADDRESS_WORDS", lang).search(" ".join(added)):
        new_names = {n for n in new_names if is_company(n, kn)}
    # What the sentence itself is about decides first (a plan dropped from "we do not
    # train on ..." is about AI training), then its heading and neighbours.
    party = filing.about(own, ctx, filing.NAME_TOPICS, "", only=True)
    if party:
        lost += [Statement("party", n, party, n) for n in sorted(lost_names)]
        gained += [Statement("party", n, party, n) for n in sorted(new_names)]
    lost += _roles_given(po, pn, ko, ctx, lost, added=False)
    gained += _roles_given(pn, po, kn, ctx, gained, added=True)

    if (
        not lost
        and not gained
        and not removed
        and len(added) >= LIST_ITEM_WORDS
        # A clause with its own modal verb ("our reply will be protected") is said of
        # the list, not one more entry in it: the claim rule below reads it. Words with
        # no topic word of their own are an item only without one anywhere (the term
        # items of .list_items name their topic and keep a relative clause).
        and not sig.modals(" ".join(added), lang)
    ):
        # Words only added to a sentence under a heading about purposes, data or
        # recipients: one more item in that list ("..., and to verify your identity").
        listed = filing.lead_topic(ctx.heading, lang)
        if listed in filing.LISTED_TOPICS:
            item = " ".join(added)
            gained.append(
                Statement("item", item, filing.LISTED_TOPICS[listed], short(item, 12) or "")
            )

    if not lost and not gained:
        # A clause with its own modal verb added to (or cut from) the sentence, on a
        # topic the sentence did not speak of: a permission or commitment more or less.
        for clause, side, other in ((added, gained, ko), (removed, lost, kn)):
            fresh = {
                c: h
                for c, h in topics(" ".join(clause), lang).items()
                if c not in topics(other, lang)
            }
            if fresh and sig.modals(" ".join(clause), lang):
                about = filing.pick(fresh, filing.FLIP_PRIORITY)
                side.append(Statement("claim", about, about, short(" ".join(clause), 12) or ""))
    lost += new_terms(
        in_data_sense(unasked(topics(" ".join(removed), lang), asked), ko, lang),
        ctx.new_section,
        exclude=topics(kn, lang),
    )
    lost += kinds_anew(ko, kn, ctx, ctx.new_section, lost)
    gained += kinds_anew(kn, ko, ctx, ctx.old_section, gained)
    gained += new_terms(
        in_data_sense(unasked(topics(" ".join(added), lang), asked), kn, lang),
        ctx.old_section,
        exclude=topics(ko, lang),
    )
    lost += items_anew(removed, added, kn, lost, lang)
    gained += items_anew(added, removed, ko, gained, lang)
    # What else its changed words are about, should the sentence state something.
    named = {s.category for s in lost + gained}
    gained += [
        Statement("topic", h[0], c, h[0])
        for c, h in in_data_sense(
            unasked(topics(" ".join(added + removed), lang), asked), f"{ko} {kn}", lang
        ).items()
        if c not in named
    ]
    if not any(s.category == "controller_contact" for s in lost):
        # Who the controller is, told more fully ("Acme Ltd." -> "Acme Limited, company
        # number 123, registered office Dublin, Ireland"): the same entity, unless a
        # name, place or channel gave way to it. A new e-mail or phone number counts, and
        # so does a company joining it ("..., jointly with Beta Inc."): a second controller.
        gained = [
            s
            for s in gained
            if s.category != "controller_contact"
            or s.kind == "contact"
            or (s.kind == "party" and is_company(s.value, kn))
        ]
    return lost, gained


def _roles_given(
    this: str, that: str, k: str, ctx: Context, have: list[Statement], *, added: bool
) -> list[Statement]:
    """Parties this side of an edit puts in a role ("..., or its affiliate Beta Inc.")
    that the other side's sentence does not name and its version never gave a role."""
    # A name whose own words (its legal form aside) the other side has is the same
    # party written another way ("Acme Ltd." -> "Acme Limited").
    that_words = frozenset(key(that).split()) | LEGAL_FORMS
    names = {
        n
        for n in party_names(sig.names(this, ctx.language), ctx) - sig.names(that, ctx.language)
        if not known(n, that_words)
    }
    named = {s.value for s in have if s.kind == "party"}
    return [
        Statement("party", name, category, name)
        for name, category in given_roles(
            names,
            k,
            other=ctx.old_roles if added else ctx.new_roles,
            language=ctx.language,
        )
        if name not in named
    ]


def _flipped(ko: str, kn: str, lang: str | None) -> tuple[str, str] | None:
    """The modal words whose flip changed what a clause makes of its party, if any.

    For each party (or the clause with none named), its modality before and after: a
    flip when both sides bind it with modals that differ in kind, or a permission gave
    way to a plain statement ("we may share" -> "we share"); a commitment written in the
    present ("we shall delete" -> "we delete") is the same commitment.

    >>> _flipped("we will delete it", "we may delete it", "en")
    ('will', 'may')
    >>> _flipped("we shall keep it for them", "we keep it and the customer may get it", "en")
    """
    before, after = bound_modality(ko, lang), bound_modality(kn, lang)
    for party, was in before.items():
        now = after.get(party, set())
        # "may not use" -> "does not use" is the same prohibition.
        plain_now = not now and was == {"permission"} and not sig.negations(ko, lang)
        if (now and now != was) or plain_now:
            lost = sig.modals(ko, lang) - sig.modals(kn, lang)
            if lost:
                return join(lost), join(sig.modals(kn, lang) - sig.modals(ko, lang))
    return None


def changed_words(ko: str, kn: str) -> tuple[list[str], list[str]]:
    """The words of two keys that an edit took out, and those it put in."""
    a, b = ko.split(), kn.split()
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed.extend(a[i1:i2])
            added.extend(b[j1:j2])
    return removed, added


# --- pooling and reasons -------------------------------------------------------------


def cancel(pairs: Iterable[tuple[list[Statement], list[Statement]]]) -> None:
    """Strike, in place, each statement one sentence lost and another gained.

    The same promise, period or party removed in one place and stated in another
    (reworded, moved, split over two sentences) is no change of substance. Each
    statement is struck as often as the other side has it; a promise ("we do not
    ...", "only ...") also cancels one whose sentence names the other's topic both
    ways, since a rewording picks other topic words.
    """
    pairs = list(pairs)
    lost = Counter(s.ident for old, _ in pairs for s in old)
    gained = Counter(s.ident for _, new in pairs for s in new)
    strike_lost = lost & gained
    strike_gained = Counter(strike_lost)
    for old, new in pairs:
        old[:] = _keep(old, strike_lost)
        new[:] = _keep(new, strike_gained)
    promises_lost = [s for old, _ in pairs for s in old if s.kind == "negation"]
    promises_gained = [s for _, new in pairs for s in new if s.kind == "negation"]
    struck: set[int] = set()
    for was in promises_lost:
        now = next(
            (
                s
                for s in promises_gained
                if id(s) not in struck and s.category in was.about and was.category in s.about
            ),
            None,
        )
        if now is not None:
            struck |= {id(was), id(now)}
    if struck:
        for old, new in pairs:
            old[:] = [s for s in old if id(s) not in struck]
            new[:] = [s for s in new if id(s) not in struck]


def _keep(side: list[Statement], strike: Counter[tuple[str, str]]) -> list[Statement]:
    out = []
    for s in side:
        if strike[s.ident] > 0:
            strike[s.ident] -= 1
        else:
            out.append(s)
    return out


# --- helpers -------------------------------------------------------------------------


def _new_names(po: str, pn: str, ctx: Context) -> tuple[set[str], set[str]]:
    """Names the sentence lost, and names it gained that OLD never mentioned.

    A name lost counts as soon as the sentence lost it (a plan dropped from a list),
    unless the document renamed it elsewhere (the old brand replaced throughout). A
    name gained counts only if OLD never named it: a party the policy already named
    is not a new party because one more sentence mentions it.
    """
    names_old = party_names(sig.names(po, ctx.language), ctx)
    names_new = party_names(sig.names(pn, ctx.language), ctx)
    renamed = {was for (was, _now), n in ctx.renames.items() if n >= RENAME_MIN}
    gone = {
        n
        for n in names_old - names_new
        if not known(n, frozenset(key(pn).split()))
        and n not in renamed
        # A brand OLD used throughout and NEW never uses: renamed (to a lower-case one).
        and not known(n, ctx.vanished)
    }
    vocab = ctx.old_vocab or frozenset(key(po).split())
    new = {n for n in names_new - names_old if not known(n, vocab)}
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
