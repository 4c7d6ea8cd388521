"""The words that name a data subject's right, each pattern with the right's name.

    >>> import re
    >>> [name for p, name in RIGHTS if re.search(p, "you may lose access to the services", re.I)]
    []
    >>> [name for p, name in RIGHTS if re.search(p, "your right of access and to erasure", re.I)]
    ['access', 'erasure']

One ``(pattern, name)`` row per right (access, rectification, erasure,
portability, objection, restriction, consent withdrawn, complaint, opting out
of a sale, automated decisions), its patterns in English, Norwegian bokmål,
French and German. The access row reads access as the data subject's right,
never access to a service ("you may lose access to the services"). The facts
read them case-blind (:mod:`policywatch.diffing.facts_units`) and report the
name, so "right of access" and "innsynsrett" are one fact. A right stated as a
request ("you can ask us to delete") is read with :mod:`.right_requests`.
"""

from __future__ import annotations

from policywatch.core.lexicon.phrases import spell_frames

RIGHTS: list[tuple[str, str]] = [
    (
        # Access as the data subject's right, not access to a service ("you may lose
        # access to the services", "Access Reciprocity"): the right named, access to
        # one's data, an access request, access listed beside the other rights, or an
        # item that is just "Access" ("3. Access", "Access: you can ask for a copy").
        r"rights? (?:of |to )(?:request )?(?:access|know)|"
        r"access to (?:your|the|their) (?:own )?(?:personal )?(?:data|information)|"
        r"\baccess (?:requests?|rights?)\b|request(?:ing)? (?:to )?access\b|"
        r"\baccess,? (?:and |or )?(?:to )?(?:rectif|correct|eras|delet|portab|restrict|updat)|"
        r"(?:rectif\w*|correct\w*|eras\w*|delet\w*|portabilit\w*|restrict\w*),? (?:and |or )?"
        r"access\b|(?<!\w )access(?:(?: ?/ ?know)?\W*$|\W{0,3}[:–-])|"
        r"innsyn\w*|rett til (?:å få )?tilgang|droit d'accès|auskunft\w*",
        "access",
    ),
    (r"rectif\w*|to correct|retting\w*|rettelse\w*|berichtigung", "rectification"),
    (
        r"erasure|right to (?:delete|deletion|be forgotten)|delet\w*|sletting\w*|slette\w*|"
        r"effacement|suppression|löschung",
        "erasure",
    ),
    (r"portabilit\w*|dataportabilitet|übertragbarkeit", "portability"),
    (
        r"right to object|object to|protester\w*|innsigelse\w*|innvending\w*|opposition|"
        r"widerspruch\w*",
        "objection",
    ),
    (r"restrict\w*|begrens\w*|limitation du traitement|einschränkung", "restriction"),
    (
        r"withdraw\w* (?:your |any )?consents?|trekke (?:tilbake )?(?:ditt )?samtykke|"
        r"retirer (?:votre )?consentement|widerruf\w*",
        "withdraw_consent",
    ),
    (
        r"lodge a complaint|right to complain|complain to|complaint (?:with|to)|"
        r"data protection authorit\w*|datatilsynet|klage (?:til|på|hos)|réclamation auprès|cnil|"
        r"beschwerde bei",
        "complaint",
    ),
    (r"opt[- ]out of (?:the )?sale|do not sell my", "opt_out_of_sale"),
    (
        r"automated (?:individual )?decision\w*|automatisert\w* (?:individuell\w* )?"
        r"beslutning\w*|décision\w* automatisée\w*",
        "automated_decisions",
    ),
]


# A purpose clause that says what a contact is for: exercising one's rights ("write to
# us to exercise any of your rights"). It makes the address given in its clause a rights
# channel, not the controller's general contact. Per language, the slots of the clause
# (an act of exercising, a quantifier, whose rights, a kind of right, the rights word)
# and ``frames``, the orders the language puts them in (German puts the verb last:
# "um eines Ihrer Rechte auszuüben"; bokmål may put the possessive after: "rettighetene
# dine"). An empty slot word makes the slot optional. :func:`rights_purpose_phrases`
# spells every clause out (:func:`~policywatch.core.lexicon.phrases.spell_frames`) for
# :func:`~policywatch.core.lexicon.phrases.phrase_regex`.
# The rights are the data subject's: a possessive of the reader ("your", "Ihre", "vos",
# "dine") or a demonstrative pointing back at the rights just listed ("these rights");
# "the"/"les"/"der" only after a quantifier that picks from that list ("each of the
# rights", "l'un des droits", "eines der Rechte"), never alone ("enforce the rights of
# third parties", "Geltendmachung der Rechte Dritter"). The rights word is a whole word
# or a data protection compound named in ``kind`` ("Datenschutzrechte",
# "personvernrettighetene": a phrase's space also matches no space), never another
# right's compound ("Urheberrechte", "opphavsrettigheter", "copyrights"); no word stem
# starts with a wildcard, so a long run of letters is read once (linear time).
# fmt: off
RIGHTS_PURPOSE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"frames": ("act some whose kind rights", "act many the kind rights"),
           "act": ("exercis*", "exercis* of", "invok*", "mak* use of", "enforc*"),
           "some": ("", "any of", "any one of", "one of", "all of", "each of", "some of",
                    "either of"),
           "many": ("any of", "any one of", "one of", "all of", "each of", "some of",
                    "either of"),
           "whose": ("your", "these", "those", "such", "any such"),
           "the": ("the",),
           "kind": ("", "data protection", "privacy", "legal", "statutory", "individual",
                    "data subject", "data subject's", "gdpr"),
           "rights": ("right*",)},
    "nb": {"frames": ("act some whose kind rights", "act some kind rights own"),
           "act": ("utøve", "utøvelse av", "benytte deg av", "benytte seg av",
                   "gjøre gjeldende", "gjøre bruk av"),
           "some": ("", "noen av", "en av", "hver av", "alle", "hvilken som helst av",
                    "hvilke som helst av"),
           "whose": ("dine", "disse"),
           "kind": ("", "personvern"),
           "rights": ("rettighet*",),
           "own": ("dine",)},
    "de": {"frames": ("some whose kind rights act", "deed some whose kind rights",
                      "some whose kind rights not act", "many kind rights act"),
           "act": ("auszuüben", "ausüben", "geltend zu machen", "geltend machen",
                   "wahrzunehmen", "wahrnehmen"),
           "deed": ("ausübung", "geltendmachung", "wahrnehmung"),
           "some": ("", "eines", "eines der", "eines oder mehrerer", "jedes", "alle",
                    "einzelne"),
           "many": ("eines der", "jedes der", "einzelner der"),
           "whose": ("ihre", "ihrer", "deine", "deiner", "diese", "dieser",
                     "ihnen zustehenden", "ihnen zustehende"),
           "kind": ("", "datenschutz", "betroffenen"),
           "rights": ("rechte", "rechten"),
           "not": ("nicht",)},
    "fr": {"frames": ("act some whose rights", "act many rights"),
           "act": ("exercer", "exercice de", "exercice", "faire valoir"),
           "some": ("", "l'un de", "l'un quelconque de", "un de", "chacun de",
                    "n'importe lequel de", "tout ou partie de", "l'ensemble de"),
           "many": ("l'un des", "l'un quelconque des", "chacun des", "n'importe lequel des",
                    "tout ou partie des", "l'ensemble des"),
           "whose": ("vos", "votre", "ces", "tes", "ton"),
           "rights": ("droit*",)},
}

# What, right after the rights word, makes them another person's or another right:
# "rights of third parties", "droits d'auteur", "Rechte Dritter". Such a clause is no
# purpose clause of the reader's rights.
OTHER_RIGHTS: dict[str, tuple[str, ...]] = {
    "en": ("of third parties", "of a third party", "of any third party", "of others",
           "of other users", "in your content", "to your content"),
    "nb": ("til tredjeparter", "til tredjepart", "til andre", "til åndsverk*"),
    "de": ("dritter", "an geistigem eigentum", "am geistigen eigentum", "anderer"),
    "fr": ("d'auteur", "des tiers", "de tiers", "voisins", "de propriété intellectuelle",
           "d'autrui"),
}

# The negators that negate the act of exercising itself ("you cannot exercise", "vous ne
# pouvez pas exercer", "Sie können Ihre Rechte nicht ausüben", "du kan ikke utøve"): the
# particles of :data:`policywatch.core.lexicon.negation.CUES`, never a determiner ("no
# fee", "aucun frais", "keine Kosten", "ingen kostnad") nor "without" ("ohne Kosten"),
# which negate a noun, not the exercise. Words as comparison keys spell them.
EXERCISE_NEGATORS: dict[str, tuple[str, ...]] = {
    "en": ("not", "never", "cannot", "t"),
    "nb": ("ikke", "aldri"),
    "de": ("nicht", "nie", "niemals"),
    "fr": ("ne", "n", "pas", "jamais"),
}

# Words that name the channel to use instead of a refused one ("you can't exercise your
# rights by phone, only by e-mail at ..."): the address after one of them is the rights
# channel. The limiting words of :data:`policywatch.core.lexicon.negation.CUES` ("only")
# and the contrasting conjunctions ("but").
ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "en": ("only", "solely", "exclusively", "but", "instead"),
    "nb": ("kun", "bare", "utelukkende", "men", "i stedet"),
    "de": ("nur", "ausschließlich", "lediglich", "sondern", "stattdessen"),
    "fr": ("uniquement", "seulement", "exclusivement", "mais", "plutôt"),
}
# fmt: on


def rights_purpose_phrases(language: str) -> tuple[str, ...]:
    """Every purpose clause of ``language`` that :data:`RIGHTS_PURPOSE` spells, sorted.

    >>> phrases = rights_purpose_phrases("de")
    >>> "eines ihrer rechte auszuüben" in phrases
    True
    >>> "ihre datenschutz rechte geltend machen" in phrases
    True
    >>> "utøve noen av dine rettighet*" in rights_purpose_phrases("nb")
    True
    """
    return spell_frames(RIGHTS_PURPOSE.get(language, {}))
