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
# us to exercise your rights"). It makes the address given in its clause a rights
# channel, not the controller's general contact. Read with
# :func:`policywatch.core.lexicon.phrases.phrase_regex` (``*`` ends a word stem).
# fmt: off
RIGHTS_PURPOSE: dict[str, tuple[str, ...]] = {
    "en": ("exercis* your right*", "exercis* your data protection right*",
           "exercis* your privacy right*", "exercis* any of your right*",
           "exercis* these right*", "exercis* any of these right*",
           "exercis* of your right*"),
    "nb": ("utøve rettighetene dine", "utøve dine rettigheter", "utøve disse rettighetene",
           "utøve noen av rettighetene dine", "utøvelse av rettighetene dine",
           "utøvelse av dine rettigheter", "benytte deg av rettighetene dine",
           "benytte deg av dine rettigheter"),
    "de": ("ihre rechte auszuüben", "ihre rechte geltend zu machen", "ausübung ihrer rechte",
           "geltendmachung ihrer rechte", "diese rechte auszuüben",
           "ihre betroffenenrechte auszuüben", "ihre betroffenenrechte geltend"),
    "fr": ("exercer vos droits", "exercer ces droits", "exercer l'un de vos droits",
           "exercer l'un de ces droits", "exercice de vos droits", "exercice de ces droits"),
}
# fmt: on
