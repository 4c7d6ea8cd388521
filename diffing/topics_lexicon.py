"""The topic lexicon :mod:`policywatch.diffing.topics` classifies sections with.

Topics start from the OPP-115 categories (Wilson et al., ACL 2016: first-party
collection/use, third-party sharing/collection, user choice/control, user
access/edit/deletion, data retention, data security, policy change, do not
track, international and specific audiences) and add procurement topics.
Terms are regexes, matched lower-case at word starts, in English, Norwegian
bokmål, and the commonest French and German forms. Nothing here names a
particular vendor's document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """One topic: an id, a label, and weighted regex terms (any language)."""

    id: str
    label: str
    opp115: bool
    # (regex, weight): regexes are matched case-insensitively at word starts.
    terms: tuple[tuple[str, float], ...]


def _t(weight: float, patterns: str) -> tuple[tuple[str, float], ...]:
    """Terms of one weight: regexes separated by ``;`` or new lines (spaces are literal)."""
    return tuple((p.strip(), weight) for p in re.split(r"[;\n]", patterns) if p.strip())


# Weights: 4 = names the topic on its own ("Do Not Track", "ISO 27001"),
# 2-3 = a clear phrase, 1 = a word that only counts together with others.
TOPICS: tuple[Topic, ...] = (
    Topic(
        "first_party_collection",
        "First-party collection and use",
        True,
        _t(
            2,
            r"""
    (?:information|data|personal data) (?:we|that we) collect; we collect
    collect(?:ion)? (?:and|&) use; how we use; information you provide
    samler (?:vi )?inn; innsamling; hvilken informasjon
    kategorier av personopplysninger; donn[ée]es (?:que nous )?collect; erhobene daten
    erheben
""",
        )
        + _t(
            1,
            r"""
    collect\w*; purposes?; we use; use of (?:your )?(?:personal )?(?:data|information)
    bruk(?:e|er)? (?:av )?(?:den|dine|personopplysning|informasjon); formål\w*
    finalit[ée]s?; zweck\w*; verarbeit\w*; traitement
""",
        ),
    ),
    Topic(
        "third_party_sharing",
        "Third-party sharing and collection",
        True,
        _t(
            2,
            r"""
    third[- ]part(?:y|ies); share (?:your |personal |the )?(?:data|information)
    we share; disclos\w* (?:of |your |personal ); recipients?; tredjepart\w*
    deler? (?:visse )?(?:personopplysning|informasjon|opplysning); utlever\w*
    mottakere?; tiers; destinataires?; partag\w*; dritt\w*; empf[äa]nger\w*; weitergabe
""",
        )
        + _t(
            1,
            r"""
    shar(?:e|es|ed|ing); disclos\w*; partners?; vendors?; affiliates?; dele
    samarbeidspartner\w*; konsernselskap\w*; leverandør\w*
""",
        ),
    ),
    Topic(
        "user_choice",
        "User choice and control",
        True,
        _t(
            2,
            r"""
    opt[- ]?(?:out|in); unsubscrib\w*; withdraw\w* (?:your )?consent; your choices?
    manage (?:your )?(?:cookie )?preferences; trekke tilbake; reservere; melde deg av
    velge bort; widerruf\w*; d[ée]sinscri\w*
""",
        )
        + _t(
            1,
            r"""
    consent(?:ement)?; samtykke\w*; einwillig\w*; choice\w*; preferences?; settings?
    turn (?:it |them )?off; disable; innstilling\w*; slå (?:dem |av)
""",
        ),
    ),
    Topic(
        "access_edit_deletion",
        "Access, edit and deletion",
        True,
        _t(
            2,
            r"""
    right (?:of|to) (?:access|rectif\w*|erasure|deletion|delete|know|data portability)
    access(?:,)? (?:to )?(?:and )?(?:correct|update|delete|rectify)\w*; rectif\w*
    erasure; data portability; portabilit\w*; your rights; individuals'? rights
    data subject; innsyn\w*; retting\w*; sletting\w*; dataportabilitet; rettigheter
    registrertes rettigheter; droit d'acc[eè]s; droits?; auskunft\w*; berichtigung
    l[öo]schung; betroffenenrecht\w*
""",
        )
        + _t(
            1,
            r"""
    access; correct\w*; updat\w*; delet\w*; right to; tilgang; endre; slette\w*
    fjern\w*; rett til; rectification; suppression
""",
        ),
    ),
    Topic(
        "retention",
        "Data retention",
        True,
        _t(
            2,
            r"""
    retention; retain\w*; how long; storage period; kept for; stored for
    keep (?:your )?(?:personal )?(?:data|information); oppbevar\w*; lagringstid\w*
    hvor lenge; beholder; lagrer (?:vi )?data; conserv\w*; dur[ée]e de conservation
    speicherdauer; aufbewahr\w*; speicher(?:n|ung)
""",
        )
        + _t(
            1,
            r"""
    as long as (?:\w+ )?necessary; delet\w*; anonymi[sz]\w*; so lenge; sletter; slettes
    period\w*
""",
        ),
    ),
    Topic(
        "security",
        "Data security",
        True,
        _t(
            2,
            r"""
    secur(?:e|ity|ed|ing); encrypt\w*; safeguards?; unauthori[sz]ed access; sikkerhet\w*
    kryptering; krypter\w*; beskytt\w*; tilgangskontroll; s[ée]curit[ée]; chiffr\w*
    sicherheit\w*; verschl[üu]ssel\w*
""",
        )
        + _t(
            1,
            r"""
    protect\w*; firewalls?; access control; confidential\w*; ssl; tls; penetration
    misuse; integritet; konfidensiel\w*; taushet\w*
""",
        ),
    ),
    Topic(
        "policy_change",
        "Policy change",
        True,
        _t(
            2,
            r"""
    changes? to (?:this|our|these); updates? to (?:this|our)
    (?:may|will) (?:update|change|modify|amend) (?:this|our|these); material changes?
    endringer (?:i|av) (?:denne|disse|personvern); endring\w*; modifications?
    [äa]nderung\w*
""",
        )
        + _t(
            1,
            r"""
    last updated; effective date; revis\w*; oppdater\w*; changes?
""",
        ),
    ),
    Topic(
        "do_not_track",
        "Do Not Track",
        True,
        _t(
            4,
            r"""
    do[- ]not[- ]track; dnt; ikke spor; global privacy control; gpc
""",
        ),
    ),
    Topic(
        "specific_audiences",
        "Specific audiences (children, California...)",
        True,
        _t(
            2,
            r"""
    child(?:ren)?; minors?; under (?:the age of )?1[0-8]; age of 1[0-8]; california
    ccpa; cpra; residents? of; barn\w*; mindreårig\w*; under 1[0-8] år; foreldre
    enfants?; mineurs?; kinder\w*; minderj[äa]hrig\w*; eea residents; european users
    brazil\w*; lgpd
""",
        )
        + _t(
            1,
            r"""
    parents?; guardians?; age
""",
        ),
    ),
    Topic(
        "sale_of_data",
        "Sale of personal data",
        False,
        _t(
            3,
            r"""
    sell\w*; sold; sale of (?:your )?(?:personal )?(?:data|information); rent(?:s)? out
    selge\w*; selger; solgt; vend(?:re|ons|ent|u); verkauf\w*; do not sell
    sharing for cross-context
""",
        ),
    ),
    Topic(
        "sub_processors",
        "Sub-processors and processors",
        False,
        _t(
            3,
            r"""
    sub-?processors?; data processors?; processors?; service providers?
    databehandler\w*; underleverandør\w*; underdatabehandler\w*
    data processing agreements?; databehandleravtale\w*; sous-traitants?
    auftragsverarbeit\w*; unterauftrag\w*
""",
        )
        + _t(
            1,
            r"""
    suppliers?; subcontractors?; on (?:our|its) behalf; på (?:våre|vegne); leverandør\w*
""",
        ),
    ),
    Topic(
        "international_transfers",
        "International transfers",
        False,
        _t(
            3,
            r"""
    (?:international|cross-border) (?:data )?transfers?
    transfer\w* (?:of (?:your |personal )?(?:data|information) )?(?:to|outside|from)
    outside (?:the )?(?:eu|eea|european); standard contractual clauses; sccs?
    adequacy decision; binding corporate rules; privacy shield; data privacy framework
    overfør\w*; utenfor (?:eu|eøs); transferts?; hors de l'union; drittl[äa]nd\w*
    [üu]bermittlung
""",
        )
        + _t(
            1,
            r"""
    countr(?:y|ies); united states; usa; eea; eøs; land
""",
        ),
    ),
    Topic(
        "breach_notification",
        "Breach notification",
        False,
        _t(
            3,
            r"""
    (?:data|security|personal data) breach\w*; breach\w*; security incidents?
    without undue delay; brudd på; avvik\w*; sikkerhetsbrudd; violation de donn[ée]es
    datenpanne\w*; verletzung des schutzes
""",
        ),
    ),
    Topic(
        "certifications",
        "Certifications and audits",
        False,
        _t(
            4,
            r"""
    iso[ /-]?(?:iec )?2700[0-9]; iso[ /-]?2770[01]; iso[ /-]?2701[78]; soc ?[123]
    soc ?2 type; pci[- ]dss; csa star; hds; tisax; certifi\w*; sertifi\w*; zertifi\w*
""",
        )
        + _t(
            0.5,
            r"""
    audits?; auditors?; revisjon\w*
""",
        ),
    ),
    Topic(
        "ai_training",
        "AI training on customer data",
        False,
        _t(
            3,
            r"""
    train\w* (?:our |the |its )?(?:ai |machine learning )?models?
    (?:artificial intelligence|machine learning|generative ai|large language)
    model training; improve (?:our )?models?; kunstig intelligens; maskinlæring
    trene\w* (?:modell|ki); entra[îi]n\w*; intelligence artificielle
    k[üu]nstliche intelligenz; trainier\w*
""",
        ),
    ),
    Topic(
        "governing_law",
        "Governing law and disputes",
        False,
        _t(
            3,
            r"""
    governing law; governed by (?:the )?laws?; jurisdiction; arbitration; venue
    courts? of; lovvalg; verneting; norsk rett; domstol\w*; droit applicable
    tribunal\w*; gerichtsstand; anwendbares recht
""",
        )
        + _t(
            1,
            r"""
    disputes?; applicable law; gjeldende lov\w*; tvist\w*
""",
        ),
    ),
    Topic(
        "contact_dpo",
        "Contact, controller and DPO",
        False,
        _t(
            3,
            r"""
    data protection officer; dpo; privacy officer; personvernombud\w*; contact us
    contact information; kontakt(?:er|e)? oss; kontaktinformasjon; controller
    behandlingsansvarlig\w*; dataansvarlig\w*; nous contacter
    d[ée]l[ée]gu[ée] [àa] la protection; datenschutzbeauftragt\w*; verantwortlich\w*
""",
        )
        + _t(
            1,
            r"""
    contact\w*; kontakt\w*; questions?; spørsmål; e-?mail; e-post; epost
""",
        ),
    ),
)
