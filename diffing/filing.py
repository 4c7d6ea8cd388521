"""Which category a statement is filed under: what its own sentence is about.

A period in a sentence about deletion is retention; one in a cookie table is
tracking; a negation bears on the topic named right after it ("we only share
... with third parties": recipients); a country where data is hosted is a
transfer, in an address the controller's contact. Each function takes a
sentence's topics (:func:`policywatch.diffing.lexicons.topics`) and returns one
category.

    >>> from policywatch.diffing.context import Context
    >>> k = "we do not sell your data to advertisers"
    >>> negated(k, topics(k), "en"), about(topics(k), Context(), FLIP_PRIORITY)
    ('sale_sharing', 'sale_sharing')
    >>> lead_topic("Who we share your personal data with")
    'recipients'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from policywatch.core.lexicon import languages_of
from policywatch.core.lexicon.category_words import AUDIENCE_WORDS
from policywatch.core.lexicon.phrases import phrase_regex
from policywatch.core.lexicon.subject_rights import (
    ALTERNATIVES,
    EXERCISE_NEGATORS,
    OTHER_RIGHTS,
    rights_purpose_phrases,
)
from policywatch.diffing import signals as sig
from policywatch.diffing.context import Context
from policywatch.diffing.lexicons import ACTION_KINDS, cue, topics
from policywatch.diffing.text import key

# Where a number lands when its sentence names one of these topics (else nowhere).
NUMBER_TOPICS = ("retention", "children", "breach", "fees_termination", "security", "rights")
# Where a named party lands. Last, a place or body named in a clause on law and
# disputes: a jurisdiction, a court, an arbitral institution ("the courts of the County
# of New York", "JAMS") decides where a user must go to law.
NAME_TOPICS = (
    "tracking_ads",
    "recipients",
    "transfers",
    "controller_contact",
    "ai_training",
    "security",
    "law_liability",
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
# Whose channel a contact address is: the controller's unless the sentence is about a
# right (a supervisory authority's address).
CONTACT_TOPICS = ("controller_contact", "rights")
# A country in a sentence that does not say data goes or lives there: what else it is.
COUNTRY_TOPICS = ("controller_contact", "law_liability", "rights", "children", "recipients")
# What the entries of a list are, by the topic its heading names first: a list under a
# legal basis ("Legitimate interest: - to prevent fraud - ...") lists purposes.
LISTED_TOPICS = {
    "purposes": "purposes",
    "data_categories": "data_categories",
    "recipients": "recipients",
    "rights": "rights",
    "legal_basis": "purposes",
}
# A negation or "only" bears on the topic named this many words after it at most.
NEGATION_SCOPE = 8
# The actions asked for stand this many words after "ask us to" at most ("ask us to
# correct, restrict or delete the personal data we hold"), in its clause: a sentence
# end, a colon or semicolon, a line break (sentences of a section) end it, and so does
# a comma unless an action follows it at once ("ask us to correct, restrict or delete";
# not "ask us to send you the newsletter, and we delete ...").
REQUEST_SCOPE = 10
_CLAUSE_END = re.compile(r"[.;:!?](?=\s|$)|\n")


def negated(k: str, own: dict[str, list[str]], lang: str | None) -> str:
    """The topic a negation or limit bears on: the first one named right after it
    ("we only share ... with third parties": recipients), or "" when none is."""
    ws = k.split()
    word_at, offset = {}, 0
    for i, w in enumerate(ws):
        word_at[offset] = i
        offset += len(w) + 1
    hits = sorted(
        (word_at[m.start()], category)
        for category, found in own.items()
        for hit in set(found)
        for m in re.finditer(re.escape(hit), k)
        if m.start() in word_at
    )
    cues = sig.negation_words(lang)
    for i, w in enumerate(ws):
        if w in cues:
            after = [(j, c) for j, c in hits if i < j <= i + NEGATION_SCOPE]
            # "non utilizziamo i tuoi contenuti per addestrare": the verb of using
            # (purposes) frames what follows; a topic named after it is what is negated.
            framed = [(j, c) for j, c in after if c != "purposes"]
            if framed or after:
                return min(framed or after)[1]
    return ""


def requested_actions(text: str, lang: str | None) -> list[tuple[str, str]]:
    """Each action asked for (:func:`requested`) with its kind (see, correct, delete,
    restrict, stop, move: :data:`policywatch.diffing.lexicons.ACTION_KINDS`): "ask us
    to erase" and "ask us to delete" ask for the same thing.

    >>> requested_actions("You can ask us to erase or correct your data.", "en")
    [('erase', 'delete'), ('correct', 'correct')]
    """
    return list(_requested_actions(text, lang))


@lru_cache(maxsize=512)
def _requested_actions(text: str, lang: str | None) -> tuple[tuple[str, str], ...]:
    # Cached: a section's text is read once for each of its changed sentences.
    found: list[tuple[str, str]] = []
    kinds = [(kind, cue(f"ACTION {kind}", lang)) for kind in ACTION_KINDS]
    for window in _request_windows(text, lang):
        for hit in cue("REQUESTED_ACTIONS", lang).finditer(window):
            end = window.find(" ", hit.end())
            word = window[hit.start() : end if end >= 0 else len(window)]
            kind = next((k for k, pattern in kinds if pattern.match(window, hit.start())), word)
            if (word, kind) not in found:
                found.append((word, kind))
    return tuple(found)


def requested(text: str, lang: str | None) -> list[str]:
    """The actions a sentence says a person may ask the service to take, each a whole
    word ("you can ask us to correct or delete your data": correct, delete): a right
    stated as a request (:mod:`policywatch.core.lexicon.right_requests`), whatever
    its action is otherwise about (deleting is retention, unless it is asked for).
    ``text`` is the plain sentence (its punctuation ends the request's clause), or a
    section's sentence keys one a line.

    >>> requested("You can ask us to correct, or delete, your data.", "en")
    ['correct', 'delete']
    >>> requested("Vous pouvez nous demander de supprimer vos données.", "fr")
    ['supprimer']
    >>> requested("You can ask us to call you back, and we delete old data.", "en")
    []
    """
    return list(dict.fromkeys(word for word, _kind in requested_actions(text, lang)))


def _request_windows(text: str, lang: str | None) -> list[str]:
    """The words after each request cue, up to the end of its clause (REQUEST_SCOPE)."""
    actions, asking = cue("REQUESTED_ACTIONS", lang), cue("REQUEST_WORDS", lang)
    windows: list[str] = []
    # Clause by clause, with no search over the whole text first: the clauses' keys are
    # small and mostly cached (a sentence's), while a headingless document's one section
    # can run to 100,000 characters whose key costs more than all its clauses.
    for clause in _CLAUSE_END.split(text):
        if not asking.search(key(clause)):
            continue
        parts = [key(part) for part in clause.split(",")]
        for i, part in enumerate(parts):
            for asked in asking.finditer(part):
                words = part[asked.end() :].split()
                rest = parts[i + 1 :]
                if not words and rest:
                    words = rest.pop(0).split()  # "uns bitten, Ihre Daten zu löschen"
                for more in map(str.split, rest):
                    if not any(actions.match(" ".join(more[j:])) for j in range(2)):
                        break
                    words += more
                windows.append(" ".join(words[:REQUEST_SCOPE]))
    return windows


def is_requested(hit: str, asked: list[str]) -> bool:
    """Whether a topic word found in a sentence is one of its requested actions."""
    return any(word.startswith(hit) or hit.startswith(word) for word in asked)


def lead_topic(heading: str | None, language: str | None = None) -> str:
    """The topic a heading names first ("Which cookies ... and how to opt out": cookies).

    >>> lead_topic("Who we share your personal data with")
    'recipients'
    """
    k = key(heading or "")
    found = topics(k, language)
    return min(found, key=lambda c: k.find(found[c][0]), default="")


def for_whom(text: str, language: str | None) -> str:
    """``text`` with its audience phrases blanked, each with up to four words of place
    after it ("users residing in the UK", "if you are located in Brazil":
    AUDIENCE_WORDS of :mod:`policywatch.core.lexicon.category_words`): a country there
    says whom the sentence is for, not where data goes; read countries from the rest.

    >>> for_whom("If you live in Canada, your data stays in the EU.", "en")
    ' , your data stays in the EU.'
    """
    return _audience(_base(language)).sub(" ", text)


@lru_cache(maxsize=32)
def _audience(base: str) -> re.Pattern[str]:
    stems = [*AUDIENCE_WORDS["en"], *(AUDIENCE_WORDS.get(base, ()) if base != "en" else ())]
    # The phrase, then up to four words of the place (punctuation ends it).
    place = r"(?:[ \t]+[^\W\d_][\w.'’-]*){1,4}"
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + ")" + place, re.IGNORECASE)


def _base(language: str | None) -> str:
    return (language or "en").split("-")[0].lower()


def period_category(own: dict[str, list[str]], ctx: Context) -> str:
    """Where a duration lands: beside a word of keeping or deleting it is how long data
    is kept, whatever else the sentence or its heading is about ("security logs are
    kept for 90 days" under "Security"); else what :func:`about` says for numbers.

    >>> period_category({"retention": ["kept for"], "security": ["security"]}, Context("Security"))
    'retention'
    >>> period_category({"security": ["audit"]}, Context("Data retention"))
    'security'
    """
    if "retention" in own:
        return "retention"
    return about(own, ctx, NUMBER_TOPICS)


def contact_category(text: str, own: dict[str, list[str]], lang: str | None) -> str:
    """Whose channel an e-mail address or phone number is: a supervisory authority's
    (``rights``: where to complain) when the clause that gives it names one
    (:mod:`policywatch.core.lexicon.authorities`), a rights channel when that clause
    says it is for exercising one's rights (:data:`RIGHTS_PURPOSE`: "write to us to
    exercise your rights", "pour exercer vos droits"), else the first of
    :data:`CONTACT_TOPICS` the sentence is about, else the controller's. ``text`` is
    the plain sentence: a clause ends at a full stop, a semicolon, a line break.

    >>> contact_category("Contact the CNIL at plaintes@cnil.fr.", {}, "fr")
    'rights'
    >>> contact_category("Contact our DPO at dpo@acme.example.", {}, "en")
    'controller_contact'
    >>> contact_category("Skriv til oss på dpo@acme.example for å utøve rettighetene dine.",
    ...                  {"controller_contact": ["skriv til oss"]}, "nb")
    'rights'
    >>> contact_category("We are registered with the Information Commissioner's Office; "
    ...                  "contact us at privacy@acme.example.", {}, "en")
    'controller_contact'
    """
    authority = cue("AUTHORITY_WORDS", lang)
    for clause in _CONTACT_CLAUSE.split(text):
        if not sig.contacts(clause, lang):
            continue
        purpose = rights_purpose(clause, lang)
        if authority.search(key(clause)) or purpose == "rights":
            return "rights"
        if purpose == "negated":
            # "You cannot exercise your rights by e-mail at ...": not this address's use.
            own = {c: hits for c, hits in own.items() if c != "rights"}
    # An authority named in another clause is no right of this address.
    own = {c: [h for h in hits if not authority.match(h)] for c, hits in own.items()}
    return pick({c: hits for c, hits in own.items() if hits}, CONTACT_TOPICS, "controller_contact")


def rights_purpose(clause: str, lang: str | None) -> str:
    """Whether ``clause`` says it is for exercising one's rights: ``"rights"``,
    ``"negated"`` when a negator of the exercise verb stands in the few words before
    it or inside it ("you cannot exercise your rights by e-mail", "Sie können Ihre
    Rechte nicht ausüben"), else ``""``. A negation of something else ("there is no fee
    to exercise your rights", "sans frais") leaves the purpose; so does a refused
    channel followed by the one to use ("not by phone, only by e-mail at ..."), and
    another's rights ("the rights of third parties", "droits d'auteur") are none.

    >>> rights_purpose("Write to us to exercise any of your rights", "en")
    'rights'
    >>> rights_purpose("Vous ne pouvez pas exercer vos droits par téléphone", "fr")
    'negated'
    >>> rights_purpose("There is no fee to exercise your rights: email us@acme.example", "en")
    'rights'
    >>> rights_purpose("Write to us about your invoices", "en")
    ''
    """
    reading = _purpose_reading(lang)
    for found in reading.phrases.finditer(clause):
        if reading.others.match(clause[found.end() :].lstrip()):
            continue  # "your rights of third parties", "vos droits d'auteur"
        before = key(clause[: found.start()]).split()[-_NEGATION_REACH:]
        if not reading.negators.intersection(before + key(found.group()).split()):
            return "rights"
        instead = reading.alternatives.search(clause, found.end())
        if instead is not None and sig.contacts(clause[instead.end() :], lang):
            return "rights"  # "not by phone, only by e-mail at ..."
        return "negated"
    return ""


# How many words before a purpose clause a negation bears on it ("vous ne pouvez pas").
_NEGATION_REACH = 3


class _PurposeReading(NamedTuple):
    """How :func:`rights_purpose` reads a language (with English)."""

    phrases: re.Pattern[str]
    others: re.Pattern[str]
    negators: frozenset[str]
    alternatives: re.Pattern[str]


@lru_cache(maxsize=32)
def _purpose_reading(lang: str | None) -> _PurposeReading:
    """The purpose clauses of exercising one's rights in English and ``lang``, with
    the words that make them another's rights, negate them or name another channel."""
    read = ("en", *languages_of(lang, unknown=("en",)))

    return _PurposeReading(
        phrase_regex(sorted({p for language in read for p in rights_purpose_phrases(language)})),
        phrase_regex(sorted({p for language in read for p in OTHER_RIGHTS.get(language, ())})),
        frozenset(key(w) for language in read for w in EXERCISE_NEGATORS.get(language, ())),
        phrase_regex(sorted({w for language in read for w in ALTERNATIVES.get(language, ())})),
    )


# Where the clause giving a contact ends (not at a colon: "an die Behörde wenden: ...").
_CONTACT_CLAUSE = re.compile(r"[.;!?](?=\s|$)|\n")


def country_category(k: str, own: dict[str, list[str]], ctx: Context, default: str) -> str:
    """A country where data is stored, hosted or sent is a transfer; in an address, a
    law clause or a rights clause it is the controller's contact, the law, a right;
    elsewhere ``default`` ("" for no statement)."""
    if "transfers" in own or cue("DATA_LOCATION_WORDS", ctx.language).search(k):
        return "transfers"
    if cue("ADDRESS_WORDS", ctx.language).search(k):
        return "controller_contact"
    return pick(own, COUNTRY_TOPICS, "") or default


def about(
    own: dict[str, list[str]],
    ctx: Context,
    order: tuple[str, ...],
    default: str = "other",
    *,
    only: bool = False,
) -> str:
    """What a sentence is about, for a signal that prefers the categories of ``order``.

    Its own topics decide, one its heading shares first (a period under "Data
    retention"), those of ``order`` before others (a period in a sentence about
    cookies is about cookies); a sentence naming no topic is about what its heading
    and neighbours are about. ``only``: a category of ``order`` or ``default``.
    """
    head = context_topics(key(ctx.heading or ""), ctx)
    shared = {c: h for c, h in own.items() if c in head}
    everything = order if only else (*order, *(c for c in FLIP_PRIORITY if c not in order))
    found = (
        pick(shared, order, "")
        or pick(own, order, "")
        or pick(shared, everything, "")
        or pick(own, everything, "")
    )
    if found:
        return found
    around = context_topics(" ".join((key(ctx.heading or ""), key(ctx.nearby))), ctx)
    return pick(around, order, default)


def context_topics(k: str, ctx: Context) -> dict[str, list[str]]:
    """The topics of a sentence's heading, neighbours or section (``k``, a key): read
    with the sentence's language and, when the page is in another, the page's too (an
    English sentence under the Norwegian heading "Lagringstid" is about retention).

    >>> sorted(context_topics("lagringstid", Context(language="en", page_language="nb")))
    ['retention']
    """
    found = topics(k, ctx.language)
    if ctx.page_language is None or ctx.page_language == ctx.language:
        return found
    page = topics(k, ctx.page_language)
    return {c: [*found.get(c, ()), *page.get(c, ())] for c in (*found, *page)}


def pick(found: dict[str, list[str]], order: tuple[str, ...], default: str = "other") -> str:
    """The first category of ``order`` present in ``found``, else ``default``."""
    for category in order:
        if category in found:
            return category
    return default
