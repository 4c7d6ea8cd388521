"""The taxonomy's table: every category a policy can be about, with its terms.

This is data, read through the functions of :mod:`policywatch.core.taxonomy`
(``by_id``, ``topics``, ``materiality_ids``, ...), which re-exports these names;
callers import from there. What a :class:`Category` owns (terms, names,
OPP-115 category, fact kinds, materiality words) is described in that module's
docstring. One table on purpose: a category's id, terms and names sit
together so the rule is written once; its length is the terms themselves.

    >>> len({c.id for c in CATEGORIES}) == len(CATEGORIES)
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policywatch.core.lexicon.category_words import CATEGORY_WORDS, COMPANIONS, stems_of

OPP115 = (
    "First Party Collection/Use",
    "Third Party Sharing/Collection",
    "User Choice/Control",
    "User Access, Edit and Deletion",
    "Data Retention",
    "Data Security",
    "Policy Change",
    "Do Not Track",
    "International and Specific Audiences",
    "Other",
)

Terms = tuple[tuple[str, float], ...]
DECISIVE = 4.0


@dataclass(frozen=True)
class Category:
    """One category of the taxonomy (see the module docstring for what it owns)."""

    id: str
    label: str
    topic: bool  # classified per section and paragraph, a row of the comparison
    materiality: bool  # a category of the diff's verdicts and of the change labels
    opp115: str | None = None
    facts: tuple[str, ...] = ()
    terms: Terms = ()
    names: tuple[str, ...] = ()

    def materiality_words(self) -> tuple[str, ...]:
        """Word starts (regexes) a changed sentence of this category uses, every language."""
        return stems_of(CATEGORY_WORDS, self.id) if self.id in CATEGORY_WORDS else ()

    def companion_words(self) -> tuple[str, ...]:
        """Words one of which must stand beside a materiality word for it to count
        ("sell" is about data only beside a word for data); empty: none needed."""
        return stems_of(COMPANIONS, self.id) if self.id in COMPANIONS else ()


def _t(weight: float, patterns: str) -> Terms:
    """Terms of one weight: regexes separated by ``;`` or new lines (spaces are literal)."""
    return tuple((p.strip(), weight) for p in re.split(r"[;\n]", patterns) if p.strip())


# Weights: 4 (DECISIVE) = names the topic on its own ("Do Not Track",
# "personal data breach"): a paragraph holding one is about the topic
# whatever the model says; 2-3 = a clear phrase, 1 = a word that only counts
# together with others.
CATEGORIES: tuple[Category, ...] = (
    Category(
        "purposes",
        "Purposes of use",
        topic=True,
        materiality=True,
        opp115=OPP115[0],
        terms=_t(
            2,
            r"""
    how we use; we use (?:your |the |this |such )?(?:personal )?(?:data|information)
    use (?:your |the )?(?:personal )?(?:data|information) (?:to|for)
    purposes? of (?:the )?processing
    for the purposes?; in order to provide; to provide (?:and|,)? (?:improve|maintain|operate)
    finalit[ée]s?; nous utilisons (?:vos|ces|les) (?:donn|inform); afin de
    zweck\w*; wir (?:nutzen|verwenden) ihre; zu folgenden zwecken
    formål\w*; vi bruker (?:opplysning|personopplysning|informasjon)
""",
        )
        + _t(
            1,
            r"""
    improve; personali[sz]\w*; analy[sz]\w*; fraud; communicat\w*; marketing
    purposes?; provide (?:our |the )?services?; use of (?:your )?(?:personal )?(?:data|information)
    am[ée]liorer; prospection; verbessern; forbedre
""",
        ),
        names=("purposes", "purpose", "use of data", "finalités", "zwecke", "formål"),
    ),
    Category(
        "data_categories",
        "Data collected",
        topic=True,
        materiality=True,
        opp115=OPP115[0],
        terms=_t(
            2,
            r"""
    (?:information|data|personal data) (?:we|that we) (?:collect|receive|process)
    we (?:may )?(?:collect|receive|obtain|gather); categories of personal (?:data|information)
    (?:information|data) you provide; collected automatically; automatically collect\w*
    ip address\w*; device (?:information|identifiers?|id); location (?:data|information)
    nous collectons; donn[ée]es (?:que nous )?collect\w*; cat[ée]gories de donn[ée]es
    donn[ée]es de localisation; adresse ip; recueill\w*
    erhobene daten; wir erheben; erhebung; personenbezogene daten
    samler (?:vi )?inn; innsamling; hvilke (?:opplysninger|personopplysninger)
    kategorier av personopplysninger; ip-adresse
""",
        )
        + _t(
            1,
            r"""
    collect\w*; email address\w*; phone number; name; date of birth; photos?; payment
    usage (?:data|information); browser; biometric\w*; identifiers?; geolocation
    collect\w*; adresse e-mail; num[ée]ro de t[ée]l[ée]phone; date de naissance
    e-mail-adresse; geburtsdatum; navn; fødselsnummer; e-postadresse; telefonnummer
""",
        ),
        names=("data collected", "data categories", "personal data collected", "collection"),
    ),
    Category(
        "recipients",
        "Recipients and sub-processors",
        topic=True,
        materiality=True,
        opp115=OPP115[1],
        facts=("third_party",),
        terms=_t(
            3,
            r"""
    sub-?processors?; third[- ]part(?:y|ies); service providers?; data processors?; processors?
    share (?:your |personal |the |this |such |certain )?(?:data|information)
    we (?:may )?(?:share|disclose); disclos\w* (?:of |your |personal |to ); recipients?
    sous-traitants?; destinataires?; tiers; partag\w*; transmett\w*; communiqu\w* (?:à|aux)
    auftragsverarbeit\w*; unterauftrag\w*; empf[äa]nger\w*; weitergabe; weitergeb\w*; dritte\w*
    tredjepart\w*; databehandler\w*; underleverandør\w*; mottakere?; utlever\w*
    deler? (?:visse )?(?:personopplysning|informasjon|opplysning)
""",
        )
        + _t(
            1,
            r"""
    shar(?:e|es|ed|ing); disclos\w*; partners?; vendors?; affiliates?; suppliers?
    subcontractors?; on (?:our|its) behalf; law enforcement; authorities
    partenaires?; prestataires?; partner\w*; dienstleister\w*
    leverandør\w*; samarbeidspartner\w*; konsernselskap\w*; på vegne
""",
        ),
        names=(
            "sub-processors",
            "subprocessors",
            "sub-processor",
            "processors",
            "recipients",
            "third parties",
            "sharing",
            "sous-traitants",
            "unterauftragsverarbeiter",
            "underleverandører",
            "databehandlere",
        ),
    ),
    Category(
        "sale_sharing",
        "Sale of personal data",
        topic=True,
        materiality=True,
        opp115=OPP115[1],
        facts=("sale",),
        terms=_t(
            4,
            r"""
    sell\w* (?:your |the |any |our users' )?(?:personal )?(?:data|information)
    sale of (?:your )?(?:personal )?(?:data|information); do not sell; sharing for cross-context
    vend(?:re|ons|ent|u)s? (?:vos |les |des )?(?:donn|inform); vente de (?:vos )?donn
    verkauf\w* (?:ihrer |von |der )?(?:personenbezogenen )?daten
    selge\w* (?:personopplysning|opplysning|data|informasjon)
""",
        )
        + _t(
            3,
            r"""
    sell\w*; sold; rent(?:s)? out; cross-context behavio\w*
    vend(?:re|ons|ent|u)\b; verkauf\w*; selge\w*; selger; solgt
""",
        ),
        names=("sale", "sale of data", "selling data", "sell", "vente", "verkauf", "salg"),
    ),
    Category(
        "retention",
        "Data retention",
        topic=True,
        materiality=True,
        opp115=OPP115[4],
        facts=("retention",),
        terms=_t(
            3,
            r"""
    retention; retain\w*; how long; storage period; kept for; stored for; as long as
    keep (?:your |the |this |such )?(?:personal )?(?:data|information); we keep
    conserv\w*; dur[ée]e de conservation; dur[ée]e de r[ée]tention
    supprim[ée]\w* (?:apr[èe]s|au bout); combien de temps
    speicherdauer; aufbewahr\w*; gespeichert; gel[öo]scht; l[öo]schfrist\w*; wie lange
    oppbevar\w*; lagringstid\w*; hvor lenge; slettes; anonymiseres; lagres
""",
        )
        + _t(
            1,
            r"""
    delet\w*; anonymi[sz]\w*; destroy\w*; eras\w*; inactiv\w*; years?; months?; days?
    suppression; supprim\w*; aussi longtemps; l[öo]sch\w*; so ?lange; slett\w*; s[åa] lenge
""",
        ),
        names=(
            "retention",
            "data retention",
            "storage period",
            "conservation",
            "speicherdauer",
            "lagringstid",
            "oppbevaring",
        ),
    ),
    Category(
        "transfers",
        "International transfers",
        topic=True,
        materiality=True,
        facts=("location", "transfer_mechanism"),
        terms=_t(
            3,
            r"""
    (?:international|cross-border) (?:data )?transfers?
    transfer\w* (?:of (?:your |personal )?(?:data|information) )?(?:to|outside|from)
    outside (?:the )?(?:eu|eea|european|uk|united kingdom|country); standard contractual clauses
    sccs?; adequacy decision; binding corporate rules; privacy shield; data privacy framework
    third countr\w*; data exporter; data importer; stored (?:on servers )?(?:in|outside)
    transferts?; hors de l'union; en dehors de l'(?:union|espace); clauses contractuelles types
    pays tiers; drittl[äa]nd\w*; [üu]bermittlung\w*; standardvertragsklausel\w*
    angemessenheitsbeschluss; overfør\w*; utenfor (?:eu|eøs)
""",
        )
        + _t(
            1,
            r"""
    countr(?:y|ies); united states; usa; eea; eøs; china; servers? located
""",
        ),
        names=("transfers", "international transfers", "data location", "transferts"),
    ),
    Category(
        "rights",
        "Your rights: access, correction, deletion",
        topic=True,
        materiality=True,
        opp115=OPP115[3],
        facts=("right", "privacy_law", "request_response"),
        terms=_t(
            3,
            r"""
    right (?:of|to) (?:access|rectif\w*|erasure|deletion|delete|know|data portability)
    right (?:of|to) (?:object|correct\w*)
    rectif\w*; erasure; data portability; portabilit\w*; your (?:privacy )?rights
    data subject(?:s'?)? rights?; exercise (?:your|these|any of your) rights?
    access(?:,)? (?:to )?(?:and )?(?:correct|update|delete|rectify)\w*; supervisory authorit\w*
    droit d'acc[eè]s; droit (?:à|de) l'effacement; droit de rectification; vos droits
    droit d'opposition; exercer (?:vos|ces) droits; auskunft\w*; berichtigung; l[öo]schung
    betroffenenrecht\w*; recht auf; widerspruchsrecht; innsyn\w*; retting\w*; sletting\w*
    dataportabilitet; rettigheter; rett til
""",
        )
        + _t(
            1,
            r"""
    access; correct\w*; updat\w*; delet\w*; rights?; request\w*; copy of
    droits?; demande\w*; rechte?; tilgang; endre
""",
        ),
        names=(
            "rights",
            "data subject rights",
            "access",
            "deletion",
            "right to erasure",
            "droits",
            "rechte",
            "rettigheter",
        ),
    ),
    Category(
        "user_choice",
        "Choices and opt-outs",
        topic=True,
        materiality=False,
        opp115=OPP115[2],
        terms=_t(
            3,
            r"""
    opt[- ]?(?:out|in); unsubscrib\w*; withdraw\w* (?:your )?consent; your choices?
    manage (?:your )?(?:cookie )?(?:preferences|settings)
    you (?:can|may) (?:choose|object|disable|turn off)
    d[ée]sinscri\w*; retirer (?:votre )?consentement; vous opposer; param[èe]tres
    widerruf\w*; widerspruch; abmelden; trekke tilbake; reservere; melde deg av; velge bort
""",
        )
        + _t(
            1,
            r"""
    consent\w*; choice\w*; choose; preferences?; settings?; disable; turn (?:it |them )?off
    object; consentement; einwilligung; einstellungen; samtykke\w*; innstilling\w*
""",
        ),
        names=("opt-out", "opt out", "choices", "consent withdrawal", "unsubscribe"),
    ),
    Category(
        "controller_contact",
        "Controller, contact and DPO",
        topic=True,
        materiality=True,
        opp115=OPP115[9],
        facts=("contact_email", "dpo"),
        terms=_t(
            3,
            r"""
    data protection officer; dpo; privacy officer; contact us; contact information; controller
    representative; registered office; responsable (?:du|de) traitement; d[ée]l[ée]gu[ée]
    nous contacter; repr[ée]sentant; datenschutzbeauftragt\w*; verantwortlich\w*; vertreter
    personvernombud\w*; behandlingsansvarlig\w*; dataansvarlig\w*; kontakt(?:er|e)? oss
""",
        )
        + _t(
            1,
            r"""
    contact\w*; questions?; e-?mail; address; kontakt\w*; spørsmål; e-post
""",
        ),
        names=("contact", "dpo", "data protection officer", "controller", "privacy officer"),
    ),
    Category(
        "legal_basis",
        "Legal basis",
        topic=True,
        materiality=True,
        opp115=OPP115[0],
        terms=_t(
            3,
            r"""
    legal bas[ie]s; lawful bas[ie]s; legitimate interests?; performance of (?:a |the |our )?contract
    legal obligations?; art(?:icle|\.)? ?6; base(?:s)? l[ée]gale\w*; fondement\w*
    int[ée]r[êe]t l[ée]gitime
    ex[ée]cution du contrat; obligation l[ée]gale; rechtsgrundlage; berechtigte\w* interesse\w*
    erf[üu]llung (?:eines|des) vertrag\w*; rettslig grunnlag; rettslige grunnlaget
    behandlingsgrunnlag; berettiget interesse; interesseavveining
""",
        )
        + _t(
            1,
            r"""
    consent; consentement; einwilligung; samtykke\w*; necessary for
""",
        ),
        names=("legal basis", "lawful basis", "base légale", "rechtsgrundlage"),
    ),
    Category(
        "security",
        "Data security and certifications",
        topic=True,
        materiality=True,
        opp115=OPP115[5],
        facts=("certification",),
        terms=_t(
            3,
            r"""
    secur(?:e|ity|ed|ing); encrypt\w*; safeguards?; unauthori[sz]ed access
    technical and organi[sz]ational measures; iso[ /-]?(?:iec )?2700[0-9]; soc ?[123]; pci[- ]dss
    s[ée]curit[ée]; chiffr\w*; mesures techniques et organisationnelles
    sicherheit\w*; verschl[üu]ssel\w*; technische und organisatorische
    sikkerhet\w*; kryptering; krypter\w*; tilgangskontroll
""",
        )
        + _t(
            1,
            r"""
    protect\w*; firewalls?; access control; confidential\w*; ssl; tls; penetration; audits?
    certifi\w*; passwords?; prot[ée]g\w*; sch[üu]tz\w*; beskytt\w*; konfidensiel\w*
""",
        ),
        names=(
            "security",
            "data security",
            "encryption",
            "certifications",
            "sécurité",
            "sicherheit",
            "sikkerhet",
        ),
    ),
    Category(
        "breach",
        "Breach notification",
        topic=True,
        materiality=True,
        opp115=OPP115[5],
        facts=("breach_notice",),
        terms=_t(
            4,
            r"""
    (?:data|security|personal data) breach\w*; breach of security; security incidents?
    violation de (?:vos |des )?donn[ée]es; violation de s[ée]curit[ée]; datenpanne\w*
    verletzung des schutzes; sikkerhetsbrudd; brudd på (?:person|sikker)
""",
        )
        + _t(
            1,
            r"""
    breach\w*; notify\w*; notification\w*; without undue delay; 72 hours; avvik\w*
""",
        ),
        names=("breach", "data breach", "breach notification", "security incident"),
    ),
    Category(
        "children",
        "Children and age limits",
        topic=True,
        materiality=True,
        opp115=OPP115[8],
        facts=("children_age",),
        terms=_t(
            3,
            r"""
    child(?:ren)?; minors?; under (?:the age of )?1[0-8]; age of 1[0-8]; parents? or guardians?
    coppa; enfants?; mineurs?; moins de 1[0-8] ans; kinder\w*; minderj[äa]hrig\w*
    unter 1[0-8] jahren; barn\w*; mindreårig\w*; under 1[0-8] år
""",
        )
        + _t(
            1,
            r"""
    parents?; guardians?; age; years old; âge; alter; alder
""",
        ),
        names=("children", "minors", "age limit", "enfants", "kinder", "barn"),
    ),
    Category(
        "regional",
        "Region-specific terms (California, EEA, ...)",
        topic=True,
        materiality=False,
        opp115=OPP115[8],
        terms=_t(
            3,
            r"""
    california\w*; ccpa; cpra; nevada; virginia; colorado; residents? of; if you (?:live|reside) in
    (?:eea|eu|uk|european) (?:residents|users); shine the light; lgpd; brazil\w*; us state\w*
    r[ée]sidents? (?:de|en|aux); si vous (?:résidez|vivez|habitez); [ée]tats-unis
    wenn sie in; bewohner\w*; bosatt i
""",
        )
        + _t(
            1,
            r"""
    state laws?; united states; switzerland; japan; canada; europe\w*
""",
        ),
        names=("california", "ccpa", "regional", "us states"),
    ),
    Category(
        "tracking_ads",
        "Cookies, tracking and advertising",
        topic=True,
        materiality=True,
        facts=("ad_sharing",),
        terms=_t(
            3,
            r"""
    cookies?; trackers?; tracking (?:technolog\w*|tools?|pixels?); pixels?; web beacons?
    advertis\w*; targeted (?:ads|advertising); interest-based; analytics; sdks?
    publicit\w*; traceurs?; t[ée]moins de connexion; werbung; werbe\w*; tracking
    informasjonskapsl\w*; annonse\w*; reklame\w*
""",
        )
        + _t(
            1,
            r"""
    ads; marketing; audience; measurement; statistics; statistiques; statistik\w*; partners?
""",
        ),
        names=("cookies", "tracking", "advertising", "ads", "publicité", "werbung"),
    ),
    Category(
        "do_not_track",
        "Do Not Track",
        topic=True,
        materiality=False,
        opp115=OPP115[7],
        terms=_t(
            4,
            r"""
    do[- ]not[- ]track; dnt; global privacy control; gpc; ne pas suivre; ikke spor
""",
        ),
        names=("do not track", "dnt", "global privacy control", "gpc"),
    ),
    Category(
        "policy_change",
        "Changes to the policy",
        topic=True,
        materiality=False,
        opp115=OPP115[6],
        terms=_t(
            3,
            r"""
    changes? to (?:this|our|these); updates? to (?:this|our); material changes?
    (?:may|will|can) (?:update|change|modify|amend|revise) (?:this|our|these)
    (?:updated|revised|modified|changed) (?:privacy )?(?:policy|notice|statement|terms)
    modifications? (?:de|à) (?:la présente|cette|notre|nos); modifier (?:la présente|cette|ces)
    [äa]nderung\w* (?:dieser|der|unserer); [äa]ndern; endringer (?:i|av) (?:denne|disse|personvern)
""",
        )
        + _t(
            1,
            r"""
    last updated; effective date; revis\w*; from time to time; changes?; modifi\w*
    mise à jour; aktualisier\w*; oppdater\w*; endring\w*
""",
        ),
        names=("policy changes", "changes", "updates to this policy"),
    ),
    Category(
        "law_liability",
        "Governing law, disputes and liability",
        topic=True,
        materiality=True,
        facts=("governing_law",),
        terms=_t(
            3,
            r"""
    governing law; governed by (?:the )?laws?; jurisdiction; arbitrat\w*; venue; courts? of
    liabilit\w*; liable; indemnif\w*; warrant(?:y|ies); disclaim\w*; disputes?
    droit applicable; tribunaux?; juridiction; litiges?; responsabilit[ée]; garantie\w*
    gerichtsstand; anwendbares recht; haftung; gew[äa]hrleistung; streitbeilegung
    lovvalg; verneting; domstol\w*; ansvar\w*; tvist\w*
""",
        )
        + _t(
            1,
            r"""
    applicable law; claims?; damages; force majeure; gjeldende lov\w*
""",
        ),
        names=("governing law", "jurisdiction", "liability", "disputes", "arbitration"),
    ),
    Category(
        "fees_termination",
        "Fees, renewal and termination",
        topic=True,
        materiality=True,
        terms=_t(
            3,
            r"""
    fees?; refunds?; subscriptions?; billing; renew\w*; terminat\w*; suspend\w*; cancel\w*
    prices?; payments?; abonnement\w*; rembours\w*; r[ée]sili\w*; tarif\w*; factur\w*
    k[üu]ndig\w*; geb[üu]hr\w*; preis\w*; erstattung; oppsigelse; betaling; refusjon
""",
        ),
        names=("fees", "refunds", "termination", "subscription"),
    ),
    Category(
        "ai_training",
        "AI training on customer data",
        topic=True,
        materiality=True,
        facts=("ai_training",),
        terms=_t(
            4,
            r"""
    train\w* (?:our |the |its )?(?:ai |artificial intelligence |machine learning )?models?
    model training; improve (?:our )?models?; entra[îi]n\w* (?:nos |les |des )?mod[èe]les?
    trene\w* (?:modell|ki)
""",
        )
        + _t(
            3,
            r"""
    (?:artificial intelligence|machine learning) models?; training (?:data|datasets?)
    intelligence artificielle; k[üu]nstliche\w* intelligenz; trainier\w*; kunstig intelligens
    maskinlæring
""",
        )
        + _t(
            1,
            r"""
    ai; artificial intelligence; machine learning; models?; large language; generative
""",
        ),
        names=("ai training", "model training", "training", "machine learning"),
    ),
    Category("other", "Other", topic=False, materiality=True, opp115=OPP115[9]),
)
