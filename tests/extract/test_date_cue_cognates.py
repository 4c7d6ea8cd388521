"""Cognate cues: a sibling language's one-word cue held back on a page (issue 12, 12w step 1).

:data:`policywatch.core.lexicon.date_cues.ordinary.ORDINARY` holds back, on a
page in language Y, the one-word cues of other languages that wordfreq lists as
ordinary words of Y. Between sibling languages (Czech and Slovak, the
Scandinavian languages, Spanish and Portuguese...) such a word is often a real
cue of Y too, and then it belongs in Y's own row, where it is never held back.

:func:`held_back_from_siblings` lists, for every language, the words held back
on its pages that a sibling's one-word dating cue reads. Each one was decided
with a dictionary reading: it is either in :data:`DECIDED_ORDINARY` (an
ordinary word of Y, not a way Y states a date) or was moved to Y's row
(Czech "aktualizované", bokmål "endra" and "offentliggjort", tested in
``test_date_cue_rows.py``). A new held-back sibling word (a new cue, a new
wordfreq list) fails here until someone decides it.
"""

from __future__ import annotations

from policywatch.core.lexicon import LANGUAGES
from policywatch.core.lexicon.date_cues import CUES
from policywatch.core.lexicon.date_cues.ordinary import ORDINARY
from policywatch.core.lexicon.phrases import phrase_regex

# Language families: a family's languages share words by descent or loan. English
# is left out as a source: its row is kept on every page anyway.
SIBLINGS: tuple[frozenset[str], ...] = (
    frozenset({"da", "de", "en", "is", "nb", "nl", "nn", "sv"}),
    frozenset({"es", "fr", "it", "pt", "ro"}),
    frozenset({"bg", "cs", "hr", "pl", "sk", "sl"}),
    frozenset({"lt", "lv"}),
    frozenset({"et", "fi"}),
    # No sibling among the languages read: Greek, Irish, Hungarian, Maltese.
    frozenset({"el"}),
    frozenset({"ga"}),
    frozenset({"hu"}),
    frozenset({"mt"}),
)

_DATING = ("last_updated", "effective", "version")

# (page language, word): its dictionary reading, why it is no date cue of that language.
DECIDED_ORDINARY: dict[tuple[str, str], str] = {
    # German "Stand" (state as of) is a cue of German alone.
    ("da", "stand"): "Danish 'stand': condition, rank (ODS); dates are 'opdateret'",
    ("en", "stand"): "English verb and noun 'stand'",
    ("is", "stand"): "Icelandic 'stand': bustle, fuss (ISLEX)",
    ("nb", "stand"): "bokmål 'stand': condition, class (Bokmålsordboka)",
    ("nl", "stand"): "Dutch 'stand': position, score, class (Van Dale)",
    ("sv", "stand"): "Swedish 'stånd/stand': stall, class (SAOL)",
    ("de", "versiegelt"): "German 'versiegelt': sealed (Duden), not Dutch 'versie'",
    ("es", "vigencia"): (
        "Spanish 'vigencia': the quality of being in force (DLE), a noun; it dates "
        "only as a label ('Vigencia:', kept by the colon) or in 'fecha de vigencia' "
        "(own row), while 'durante la vigencia del contrato' is ordinary prose"
    ),
    ("es", "revise"): "Spanish subjunctive of 'revisar' (to check), not French 'révisé'",
    ("es", "revisen"): "Spanish subjunctive of 'revisar', plural",
    ("es", "revisé"): "Spanish 'revisé': I checked (preterite of 'revisar')",
    ("fr", "modification"): "French noun 'modification' (a change), not Italian 'modificato'",
    ("fr", "modifications"): "French noun plural; 'journal des modifications' is own row",
    ("fr", "publications"): "French noun plural 'publications', not Romanian 'publicat'",
    ("sk", "znení"): (
        "Slovak locative of 'znenie' (wording), chiefly 'v znení neskorších predpisov' "
        "('as amended'), followed by a law, not a date (SSSJ)"
    ),
    ("sk", "verzus"): "Slovak 'verzus': versus",
    ("sl", "verz"): "Slovene 'verz': verse (SSKJ); 'version' is 'verzija', 'različica'",
    ("sl", "verzi"): "Slovene plural of 'verz' (verses)",
    ("sl", "verzov"): "Slovene genitive plural of 'verz'",
    ("sl", "verze"): "Slovene accusative plural of 'verz'",
    ("sl", "verzih"): "Slovene locative plural of 'verz'",
}


def _family(language: str) -> frozenset[str]:
    return next((f for f in SIBLINGS if language in f), frozenset())


def held_back_from_siblings() -> dict[tuple[str, str], list[str]]:
    """(page language, held-back word) -> the sibling languages whose one-word cue reads it."""
    found: dict[tuple[str, str], list[str]] = {}
    for page in LANGUAGES:
        siblings = sorted(_family(page) - {page, "en"})
        for word in ORDINARY[page]:
            sources = [
                lang
                for lang in siblings
                if any(
                    " " not in p and phrase_regex([p]).fullmatch(word)
                    for kind in _DATING
                    for p in CUES[lang][kind]
                )
            ]
            if sources:
                found[(page, word)] = sources
    return found


def test_every_language_is_in_one_family():
    assert sorted(lang for family in SIBLINGS for lang in family) == sorted(LANGUAGES)


def test_every_held_back_sibling_cue_was_decided():
    found = held_back_from_siblings()
    undecided = {key: sources for key, sources in found.items() if key not in DECIDED_ORDINARY}
    assert not undecided, f"decide each (own row or DECIDED_ORDINARY): {undecided}"
    # A decision for a word no longer held back is stale: remove it.
    assert set(DECIDED_ORDINARY) <= set(found), set(DECIDED_ORDINARY) - set(found)


def test_a_cue_moved_to_its_own_row_is_no_longer_held_back():
    for page, word in (("cs", "aktualizované"), ("nb", "endra"), ("nb", "offentliggjort")):
        assert word not in ORDINARY[page], (page, word)
    # Twin: the decided ordinary words stay held back on their page.
    for page, word in DECIDED_ORDINARY:
        assert word in ORDINARY[page], (page, word)
