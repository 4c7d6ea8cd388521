"""What one sentence states: the statements a version's sentence makes by itself.

A change is material when what a sentence *states* changed, not when a topic
word sits in a reworded sentence. The statements read here are the structured
signals of a sentence:

- ``period``: a duration, in days ("30 days", "thirty days" and "one month" are one);
- ``number``: another quantity, in a sentence about ages, fees, breaches, ...;
- ``negation``: a promise or prohibition on a topic ("we do not sell");
- ``modality``: a commitment that became a permission or the reverse ("will" -> "may");
- ``obligation`` / ``prohibition``: a sentence binding a named party to an action
  ("the Processor shall delete ...", "we must not ...") added or removed whole;
- ``permission``: the service allowing itself to act on the user's contract ("we may
  suspend your account"), identified by what it permits (suspending is not charging);
- ``contact``: an e-mail address or phone number;
- ``country``: a country or region the sentence names (data stored there, an address);
- ``party``: a named party, in a row of a list or a recipient or contact sentence;
- ``item``: an entry added to (or cut from) a list of purposes, data or recipients;
- ``term``: a word naming a kind of data, a right, a safeguard, ... (see
  :data:`TERM_CATEGORIES`) that the other version of the section never uses.

Two more kinds are read but decide nothing (:data:`CONTEXT_KINDS`): a ``topic``
word, and a ``claim`` (a clause with a modal verb on a topic, "you can read more
about cookies"). They only say what a sentence that changed in substance is about.

Each statement carries the category its own sentence gives it (a period in a
sentence about deletion is retention; a country where data is hosted is a
transfer, in an address it is the controller's contact). How two versions'
statements are compared is :mod:`.statements`.

    >>> from policywatch.diffing.context import Context
    >>> [(s.kind, s.value, s.category) for s in said("We keep logs for 30 days.", Context())]
    [('period', '30d', 'retention'), ('topic', 'we keep', 'retention')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from policywatch.core.lexicon.countries import countries_in
from policywatch.core.lexicon.negation import clause_negations
from policywatch.diffing import data_kinds, filing
from policywatch.diffing import signals as sig
from policywatch.diffing.bound import action_topics, binds, permits_us
from policywatch.diffing.context import Context
from policywatch.diffing.lexicons import in_data_sense, topics
from policywatch.diffing.roles import given_roles
from policywatch.diffing.text import key, plain, short

# Categories whose words name a thing a policy either covers or does not: a kind of
# data ("biometric"), a right ("portability"), a legal basis ("consent"), a safeguard
# ("end-to-end"), a transfer mechanism, an act (selling, training), a technology
# ("pixel"), a duty (breach notice), a group (children), a remedy ("arbitration").
# Such a word new to a section, or gone from it, is a statement. The words of the
# other categories (purposes, recipients, retention, contact, fees) are verbs and
# roles any rewording moves around ("share", "delete", "payment"): they only say
# what a sentence is about, and those changes are read from parties, periods,
# contacts, list entries instead.
TERM_CATEGORIES = (
    "data_categories",
    "rights",
    "legal_basis",
    "security",
    "transfers",
    "sale_sharing",
    "ai_training",
    "tracking_ads",
    "breach",
    "children",
    "law_liability",
)
# An entry added to a list has this many words at least.
LIST_ITEM_WORDS = 3
# An added/removed line this short without a full stop is a row of facts, not prose.
ROW_WORDS = 25


@dataclass(frozen=True)
class Statement:
    """One thing a sentence states: ``kind``, a comparable ``value``, its ``category``.

    ``shown`` is how the sentence writes it (``30 days`` for the value ``30d``).
    """

    kind: str
    value: str
    category: str
    shown: str = ""
    # Every topic of its sentence: a promise reworded keeps some of them.
    about: frozenset[str] = frozenset()

    @property
    def ident(self) -> tuple[str, str]:
        """What makes two statements the same statement, wherever they stand."""
        return self.kind, self.value


# Kinds that say what a sentence is about without stating anything by themselves: a
# topic word, and a modal verb beside one ("you can read more about cookies").
CONTEXT_KINDS = frozenset({"topic", "claim"})


def decides(statements: Iterable[Statement]) -> bool:
    """Whether any of the statements makes a change material (a topic word alone does not)."""
    return any(s.kind not in CONTEXT_KINDS for s in statements)


# --- whole sentences -----------------------------------------------------------------


def said(text: str, ctx: Context, *, added: bool = True) -> list[Statement]:
    """The statements of one sentence added (or, ``added=False``, removed) as a whole."""
    p = plain(text)
    lang = ctx.language
    stripped, _dates = sig.strip_dates(p, lang)
    k = key(stripped)
    asked_for = filing.requested_actions(stripped, lang)
    asked = [word for word, _kind in asked_for]
    own = in_data_sense(unasked(topics(k, lang), asked), k, lang, stripped)
    contacts = sig.contacts(p, lang)
    reach = filing.contact_category(p, own, lang)
    out = [Statement("contact", c, reach, c) for c in sorted(contacts)]
    # A country where data goes, or in an address; "users residing in the UK" only
    # says whom the sentence is for (filing.for_whom reads it away).
    where = filing.country_category(k, own, ctx, default="controller_contact" if contacts else "")
    if where:
        places = countries_in(filing.for_whom(stripped, lang), lang)
        out += [Statement("country", c, where, c) for c in sorted(places)]
    for shown, days in sig.period_days(k, lang):
        category = filing.period_category(own, ctx)
        out.append(Statement("period", f"{days:g}d", category, shown))
    # "notify ... without delay" negates a phrase, not the clause: the same rule as binds().
    # Negations, duties and permissions are read without e-mail addresses (spoken()).
    said_k = spoken(p, lang)
    negations = clause_negations(said_k.split(), lang) + sig.limits(said_k, lang)
    if negations and own:
        # A promise or prohibition on a topic ("we do not sell") added or removed.
        about = filing.negated(said_k, own, lang) or filing.about(own, ctx, filing.FLIP_PRIORITY)
        shown = ", ".join(sorted(negations))
        out.append(Statement("negation", about, about, shown, frozenset(own)))
    elif duty := binds(said_k, lang):
        # A party bound to an action ("the Processor shall delete ...", "we must not
        # ..."): a duty added or removed, about what the action is about.
        action = action_topics(k, lang)
        about = filing.about(action, ctx, filing.FLIP_PRIORITY)
        # An action of no topic of its own takes its section's: only the same action
        # said elsewhere cancels it, not any other duty of that section.
        value = about if action else f"{about}: {k}"
        out.append(Statement(duty, value, about, ", ".join(sorted(sig.modals(k, lang)))))
    elif own and sig.modals(k, lang):
        # A permission or commitment on a topic ("cookies may be set to personalise ads").
        about = filing.about(own, ctx, filing.FLIP_PRIORITY)
        # The service allowing itself to act on the user's contract ("we may suspend or
        # close your account", "nous pouvons résilier"): a term of the contract itself.
        modals = ", ".join(sorted(sig.modals(k, lang)))
        if about == "fees_termination" and permits_us(said_k, lang):
            # What it permits is part of it: suspending is not charging a fee.
            permitted = " ".join(sorted(set(own.get(about, ()))))
            out.append(Statement("permission", f"{about}: {permitted}", about, modals))
        else:
            out.append(Statement("claim", about, about, modals))
    if is_row(text):
        other = ctx.old_vocab if added else ctx.new_vocab
        names = {n for n in party_names(sig.names(p, lang), ctx) if not known(n, other)}
        around = filing.context_topics(
            " ".join((key(ctx.heading or ""), key(ctx.nearby), key(ctx.section))), ctx
        )
        category = filing.pick(own, filing.NAME_TOPICS, "") or filing.pick(
            around, filing.NAME_TOPICS, ""
        )
        if category:
            # A row of a table or list naming someone new: a sub-processor, a cookie, a partner.
            out.extend(Statement("party", n, category, n) for n in sorted(names))
    # A company named in a role ("Beta Inc. is a joint controller") the other version
    # never gave it: who answers for the data, or receives it.
    parties = {st.value for st in out if st.kind == "party"}
    out.extend(
        Statement("party", name, category, name)
        for name, category in given_roles(
            party_names(sig.names(p, lang), ctx),
            k,
            other=ctx.old_roles if added else ctx.new_roles,
            language=lang,
        )
        if name not in parties
    )
    listed = filing.lead_topic(ctx.heading, ctx.page_language or lang)
    if listed in filing.LISTED_TOPICS and len(k.split()) >= LIST_ITEM_WORDS and _is_item(text):
        # One more (or one less) entry in a list of purposes, data, recipients, rights.
        out.append(Statement("item", k, filing.LISTED_TOPICS[listed], short(p, 12) or ""))
    other_section = ctx.old_section if added else ctx.new_section
    out += requests_anew(asked_for, filing.requested_actions(other_section, lang) if asked else [])
    out.extend(new_terms(own, other_section))
    out += kinds_anew(k, None, ctx, other_section, out)
    # What else the sentence is about, should it state something (it is read whole).
    named = {s.category for s in out}
    out += [Statement("topic", h[0], c, h[0]) for c, h in own.items() if c not in named]
    return out


def party_names(names: Iterable[str], ctx: Context) -> set[str]:
    """The names that may be parties: not a term the document defines ('"Partner" means
    ...', '(the "Services")': :attr:`Context.defined`), which is its own word however
    capitalised ("the Partner ships the goods" names nobody new).

    >>> sorted(party_names({"Partner", "Acme Ltd"}, Context(defined=frozenset({"partner"}))))
    ['Acme Ltd']
    """
    return {n for n in names if n.casefold() not in ctx.defined}


def _is_item(text: str) -> bool:
    """A bullet, a numbered item or a table row (not a line of prose without a stop)."""
    t = text.strip()
    return t.startswith(("|", "-", "*", "+", "•")) or " | " in t or bool(_NUMBERED.match(t))


_NUMBERED = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s")


def is_row(text: str) -> bool:
    """A table row or list item (short facts, not prose)."""
    t = text.strip()
    if t.startswith(("|", "-", "*", "+", "•")):
        return True
    return len(t.split()) <= ROW_WORDS and not t.rstrip("*_ ").endswith((".", "!", "?"))


def spoken(text: str, lang: str | None) -> str:
    """The comparison key of a plain sentence as its negations, duties and permissions
    are read: without its dates (:func:`policywatch.diffing.signals.strip_dates`) and
    e-mail addresses, whose domain's last part is no word of the sentence
    ("postkasse@datatilsynet.no" says no "no"; links are gone from plain text already).

    >>> spoken("Write to post@tilsynet.no today.", "en")
    'write to today'
    """
    stripped, _dates = sig.strip_dates(sig.EMAIL.sub(" ", text), lang)
    return key(stripped)


def bounds(k: str, lang: str | None) -> int:
    """How many words negate or limit a clause ("not", "never", "only").

    >>> bounds("we do not sell and only share", "en")
    2
    >>> bounds("we notify you without delay", "en")
    0
    """
    negating = clause_negations(k.split(), lang)
    return sum(negating.values()) + sum(sig.limits(k, lang).values())


def kinds_anew(
    this: str, that: str | None, ctx: Context, other_section: str, have: list[Statement]
) -> list[Statement]:
    """Kinds of data collected and advertising cues ``this`` names that ``that`` and the
    other version of the section never name (:mod:`policywatch.diffing.data_kinds`), in
    categories no statement of this side decides yet: they fill in what a sentence
    says in plain words ("your phone number", "ads on other sites"), they add no second
    reason to one already read."""
    decided = {s.category for s in have if s.kind not in CONTEXT_KINDS}
    return [
        Statement("term", value, category, word)
        for value, category, word in data_kinds.named_anew(
            this, that, ctx, other_section=other_section
        )
        if category not in decided
    ]


def unasked(found: dict[str, list[str]], asked: list[str]) -> dict[str, list[str]]:
    """A sentence's topics without the actions it says a person may ask for ("ask us to
    delete": the deleting is the right, :func:`requests_anew`, not retention).

    >>> unasked({"retention": ["delete"], "security": ["encrypt"]}, ["delete"])
    {'security': ['encrypt']}
    """
    if not asked:
        return found
    kept = {c: [h for h in hits if not filing.is_requested(h, asked)] for c, hits in found.items()}
    return {c: hits for c, hits in kept.items() if hits}


def requests_anew(asked: list[tuple[str, str]], other: list[tuple[str, str]]) -> list[Statement]:
    """A right stated as a request ("you can ask us to delete ...") for a kind of action
    (:func:`policywatch.diffing.filing.requested_actions`) the other side never lets a
    person ask for: a right added (or removed). "erase" for "delete" is the same right.

    >>> asked = [("correct", "correct"), ("erase", "delete")]
    >>> [(s.kind, s.value, s.shown) for s in requests_anew(asked, [("rectify", "correct")])]
    [('term', 'delete', 'erase')]
    >>> requests_anew(asked, [("correct", "correct"), ("delete", "delete")])
    []
    """
    kinds = {kind for _word, kind in other}
    firsts: dict[str, str] = {}
    for word, kind in asked:
        firsts.setdefault(kind, word)
    return [
        Statement("term", kind, "rights", word)
        for kind, word in firsts.items()
        if kind not in kinds
    ]


def new_terms(
    found: dict[str, list[str]], other: str, exclude: dict[str, list[str]] | None = None
) -> list[Statement]:
    """Terms named here that the other version of the section never names."""
    out = []
    for category, hits in found.items():
        kind = "term" if category in TERM_CATEGORIES else "topic"
        for hit in sorted(set(hits)):
            if exclude and hit in exclude.get(category, ()):
                continue
            if other and f" {hit}" in other:
                continue
            out.append(Statement(kind, hit, category, hit))
    return out


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def known(name: str, vocab: frozenset[str]) -> bool:
    """Every word of the name occurs in the other document (glued "TwilioTwilio" too)."""
    return all(w in vocab for w in key(name).split()) or all(
        w in vocab for w in key(_CAMEL.sub(" ", name)).split()
    )
