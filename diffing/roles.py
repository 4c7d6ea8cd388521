"""A party given a role: a company named beside a role word it did not hold before.

"Beta Inc. is a joint controller of your data", "Overleaf is operated and
controlled by Acme Ltd or its affiliate Beta Inc.", "Stripe acts as our
processor": a sentence, new or edited, that puts a company in a role
(:data:`policywatch.core.lexicon.party_roles.PARTY_ROLES`) says who answers
for the data or receives it. That is material, filed under the role's
category, unless a sentence of the other version (or a section under a role heading)
already gave that party a role of that category (the same sentence moved or
reworded).

    >>> k = "beta inc is a joint controller of your data"
    >>> role_near("beta inc", k, "en")
    'controller_contact'
    >>> given_roles(["Beta Inc"], k, other=("acme ltd is the controller",), language="en")
    [('Beta Inc', 'controller_contact')]
    >>> given_roles(["Beta Inc"], k, other=("beta inc is our processor",), language="en")
    [('Beta Inc', 'controller_contact')]
    >>> given_roles(["Beta Inc"], k, other=("beta inc is our controller",), language="en")
    []
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policywatch.core.lexicon.countries import countries_in
from policywatch.core.lexicon.legal_forms import FORM_KEYS
from policywatch.core.lexicon.party_roles import PARTY_ROLES
from policywatch.core.model import Section
from policywatch.diffing.lexicons import cue
from policywatch.diffing.text import key


def role_pattern(category: str, language: str | None) -> re.Pattern[str]:
    """The role words of one category in English and the page's language."""
    return cue(f"ROLE {category}", language)


def role_near(name_key: str, k: str, language: str | None) -> str:
    """The category of the role word nearest the name in the sentence key ``k``, "" if
    the sentence has none (or does not name it)."""
    words = k.split()
    size = len(name_key.split())
    at = [m.start() for m in re.finditer(rf"(?<!\S){re.escape(name_key)}(?!\S)", k)]
    names_at = [k.count(" ", 0, start) for start in at]
    best: tuple[int, str] | None = None
    for category in PARTY_ROLES:
        for hit in role_pattern(category, language).finditer(k):
            j = k.count(" ", 0, hit.start())
            for i in names_at:
                gap = i - j if j < i else max(0, j - (i + size - 1))
                if best is None or gap < best[0]:
                    best = (gap, category)
    return best[1] if best and words else ""


# A section under a role heading ("Our EU Representative is:") names its holder here.
ROLE_SECTION_CHARS = 300


def role_sections(sections: Iterable[Section], language: str | None) -> list[str]:
    """Each section whose heading is a role, as its heading's key then the key of its
    first lines: where a version gave a party a role by its heading.

    >>> role_sections([Section(2, "Our EU Representative", "Acme GmbH, Berlin")], "en")
    ['our eu representative acme gmbh berlin']
    """
    out = []
    for s in sections:
        head = key(s.heading or "")
        if head and any(role_pattern(c, language).search(head) for c in PARTY_ROLES):
            out.append(f"{head} {key(s.text[:ROLE_SECTION_CHARS])}")
    return out


def _is_role_word(name_key: str, language: str | None) -> bool:
    return any(role_pattern(c, language).match(name_key) for c in PARTY_ROLES)


def is_company(name: str, k: str) -> bool:
    """Whether a name stands with a legal form in the sentence key ``k`` ("Beta Inc",
    "Beta S.A.", "Acme sp. z o.o."): a company, not a street, town or register.

    >>> is_company("Beta", "jointly with beta s a"), is_company("Main Street", "1 main street")
    (True, False)
    """
    words = key(name).split()
    if not words:
        return False
    at = f" {k} ".find(f" {' '.join(words)} ")
    if at < 0:
        return False
    after = f" {k} "[at:].split()[len(words) :]
    # A form as a whole, as a key spells it ("s a", "sp z o o", "e k"): at the name's
    # end, right after it, or begun in it ("Beta S" + "a" when a name was cut at the
    # form's dot). Loose letters ("i e", "c o", "Plan B") are no form.
    return any(
        " ".join((*words[i:], *after[:n])) in FORM_KEYS
        for i in range(1, len(words) + 1)
        for n in range(min(len(after), _LONGEST_FORM) + 1)
    )


# The most words a form's key has ("spol s r o").
_LONGEST_FORM = max(len(form.split()) for form in FORM_KEYS)


def role_texts(
    sentence_keys: Iterable[str], sections: Iterable[Section], language: str | None
) -> tuple[str, ...]:
    """Where one version may give parties roles: its sentence keys, and its sections
    under a role heading (:func:`role_sections`). Which of them do is read only for a
    company some change puts in a role (:func:`roles_of`), which is rare."""
    return (*sentence_keys, *role_sections(sections, language))


def given_roles(
    names: Iterable[str],
    k: str,
    *,
    other: tuple[str, ...],
    language: str | None,
) -> list[tuple[str, str]]:
    """The companies of ``k`` given a role there that the other version never gave them.

    A company is a name with a legal form ("Beta Inc.", "Acme sp. z o.o."); ``other``
    is where the other version gives roles (:func:`role_texts`): a company some
    sentence of it already puts beside a role word of the same category keeps it.
    """
    out = []
    for name in sorted(set(names)):
        nk = key(name)
        if not nk or not is_company(name, k) or countries_in(name, language):
            continue
        category = role_near(nk, k, language)
        if category and not any(category in roles_of(nk, o, language) for o in other):
            out.append((name, category))
    return out


def roles_of(name_key: str, k: str, language: str | None) -> set[str]:
    """The role categories of a sentence (key) that names the party, else none."""
    if name_key not in k or f" {name_key} " not in f" {k} ":
        return set()
    return {c for c in PARTY_ROLES if role_pattern(c, language).search(k)}
