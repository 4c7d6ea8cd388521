"""Abbreviations whose full stop ends no sentence, per language.

No installed library ships sentence-break suppressions (Babel carries no CLDR
``segments/`` data, PyICU is not installed), so these are short lists written after
CLDR's ``common/segments/<lang>.xml`` SentenceBreak suppressions (Unicode-3.0
licence; en, de, fr have one, nb has none) and cut to the abbreviations a policy
uses: country names ("U.S."), "for example" and "that is" in each language, "about",
"or rather", titles and article numbers ("Art.", "Nr."); not "etc.", which often does
end a sentence. Each is written as it stands in text, internal spaces included
("z. B.", "p. ex."); matching is case-sensitive, since "U.S." and "us." differ.

"Art." is also an ordinary German noun ("Daten dieser Art. Wir ..."), so it ends no
sentence only before a number (:data:`ONLY_BEFORE_A_NUMBER`: "Art. 6 DSGVO"); a
country's abbreviation may itself end a sentence (:data:`MAY_END_A_SENTENCE`: "to the
U.S. We keep", "in the U.K. Questions about ..."), which the reader tells by the next
word: a capitalised word starts a new sentence unless it continues a name (an acronym,
a title-case run such as "Data Privacy Framework", or a name head of
:data:`NAME_AFTER_A_COUNTRY`: "U.S. Department of Commerce").

    >>> "U.S." in NO_SENTENCE_END["en"], "z. B." in NO_SENTENCE_END["de"]
    (True, True)
"""

from __future__ import annotations

from types import MappingProxyType

# fmt: off
NO_SENTENCE_END = MappingProxyType({
    "en": ("U.S.", "U.K.", "U.S.A.", "e.g.", "i.e.", "E.G.", "approx.", "ca.", "cf.",
           "incl.", "vs.", "Mr.", "Mrs.", "Ms.", "Dr.", "P.O."),
    "nb": ("f.eks.", "f. eks.", "bl.a.", "bl. a.", "dvs.", "ca.", "evt.", "mht.", "nr.",
           "jf.", "pkt."),
    "de": ("z. B.", "z.B.", "d. h.", "d.h.", "bzw.", "ca.", "evtl.", "ggf.", "inkl.", "u. a.",
           "u.a.", "vgl.", "Nr.", "Abs.", "Art.", "Ziff.", "bspw.", "sog."),
    "fr": ("p. ex.", "p.ex.", "c.-à-d.", "c. à d.", "cf.", "ca.", "env.", "M.", "MM.",
           "art.", "al."),
})
# Abbreviations that are also a word of the language: they end no sentence only
# before a number ("Art. 6 DSGVO", but "Daten dieser Art. Wir ...").
ONLY_BEFORE_A_NUMBER = frozenset(("Art.",))
# Abbreviations that may end a sentence: before a capitalised function word ("U.S.
# We keep ...") their full stop is also the sentence's.
MAY_END_A_SENTENCE = frozenset(("U.S.", "U.K.", "U.S.A."))
# Capitalised words that continue a country's abbreviation into a name even before a
# lower-case word ("the U.S. Department of Commerce", "U.S. Government agencies", "Acme
# U.K. Ltd is"): the heads of public bodies, laws, companies and groups of people a
# policy names after "U.S."/"U.K.". Any other capitalised word before lower case ("U.K.
# Questions about ...") is a new sentence's first word.
NAME_AFTER_A_COUNTRY = frozenset((
    "Department", "Government", "Federal", "State", "States", "Treasury", "Congress",
    "Court", "Courts", "Law", "Laws", "Agency", "Agencies", "Authority", "Authorities",
    "Office", "Commerce", "Dollar", "Dollars", "Inc", "LLC", "Ltd", "Limited", "Corp",
    "Corporation", "Company", "Entity", "Entities", "Subsidiary", "Subsidiaries",
    "Affiliate", "Affiliates", "Users", "Residents", "Persons", "Citizens", "Customers",
))
# fmt: on


def no_sentence_end(language: str | None) -> tuple[str, ...]:
    """The abbreviations of ``language`` and of English (read on pages of any language:
    "U.S.", "e.g."), longest first, so "U.S.A." is tried before "U.S.".

    >>> no_sentence_end("de")[:2]
    ('approx.', 'U.S.A.')
    """
    base = (language or "en").split("-")[0].lower()
    words = {*NO_SENTENCE_END["en"], *NO_SENTENCE_END.get(base, ())}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))
