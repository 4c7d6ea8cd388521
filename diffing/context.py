"""What surrounds a changed sentence when it is judged: a plain record, no logic.

>>> Context(heading="Retention").heading
'Retention'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Context:
    """A changed sentence's section heading, neighbours, and what each whole version says.

    A name swapped for another in two or more sentences is a rename
    (``renames``); the vocabularies and joined sentence keys tell whether a word,
    a name or a passage is new to the document or only new to this sentence.
    """

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
    # The terms either version defines ('"Partner" means ...', '(the "Services")'), lower
    # case: the document's own words, no party wherever they stand.
    defined: frozenset[str] = frozenset()
    # The old sentence hid an e-mail address ("[email protected]").
    obfuscated: bool = False
    # Every sentence key of each side, space-delimited (" a b c "): is a moved passage
    # still there, does the other version name a term at all? Empty: not known.
    old_all: str = ""
    new_all: str = ""
    # The same, for the sentences of this section only (old side, new side), one a line.
    old_section: str = ""
    new_section: str = ""
    # Where each version may give parties roles: its sentence keys and its sections
    # under a role heading ("Our EU Representative"); see diffing.roles.
    old_roles: tuple[str, ...] = ()
    new_roles: tuple[str, ...] = ()
    # Heading keys: every heading of each version, and the headings of this section pair.
    old_headings: frozenset[str] = frozenset()
    new_headings: frozenset[str] = frozenset()
    headings: frozenset[str] = frozenset()
    # The page's language: which months, numbers, units and negations to read.
    language: str | None = None
    # The page's language when this sentence is read in another (classify.judge): its
    # heading, neighbours and section are read with both (filing.context_topics).
    page_language: str | None = None
